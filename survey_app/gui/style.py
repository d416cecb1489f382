"""The application's look: a font large enough to read standing at a door, and a light style sheet.

Applied once to the QApplication (`apply_style(app)`), by the app and by the screenshot script, so
what the tests and screenshots show is what the surveyor sees. The base font is at least 11 points;
titles in the detail pane use the object names below. Colours for statuses live in `status_style`.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11

STYLE_SHEET = """
QTreeView { font-size: 12pt; }
QTreeView::item { padding: 3px 2px; }
QLabel#title { font-size: 17pt; font-weight: bold; }
QLabel#subtitle { font-size: 12pt; color: #374151; }
QLabel#status { font-size: 15pt; font-weight: bold; }
QLabel#section { font-size: 10pt; font-weight: bold; color: #4b5563; text-transform: uppercase; }
QLabel#hint { color: #4b5563; }
QLabel#empty { font-size: 13pt; color: #374151; padding: 24px; }
QPushButton#primary { font-size: 13pt; font-weight: bold; padding: 10px 16px; color: white;
                      background: #1d4ed8; border: 1px solid #1e40af; border-radius: 6px; }
QPushButton#primary:focus { border: 3px solid #f59e0b; }
QPushButton#primary:disabled { background: #9ca3af; border-color: #9ca3af; }
QToolButton#outcome { font-size: 11pt; padding: 6px 8px; text-align: left; border: 1px solid #cbd5e1;
                      border-radius: 5px; background: #f8fafc; }
QToolButton#outcome:hover { background: #e2e8f0; }
QToolButton#outcome:disabled { color: #9ca3af; }
QFrame#topbar { background: #eff6ff; border-bottom: 1px solid #bfdbfe; }
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
