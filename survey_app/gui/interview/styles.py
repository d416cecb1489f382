"""The interview screen's look: colours, fonts and sizes, readable standing at a door.

Text roles (page title, question, hint, error...) are applied with fonts and palettes, not with a
style sheet: a style sheet over the whole screen made Qt repaint entire views for a one-line change
(the side panel was fully repainted on every key press). Only an editor flagged in error or warning
gets a small style sheet of its own for its red or orange border, and only while it is flagged.
Widgets also carry `role` / `look` properties naming what they show, for tests and accessibility.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

ERROR = "#c62828"
WARNING = "#b85c00"
OK = "#2e7d32"
MUTED = "#5f6368"
ACCENT = "#1565c0"
ERROR_BG = "#fdecea"
WARNING_BG = "#fff4e5"
MISSING_BG = "#fffbe6"
CURRENT_BG = "#d6e6f8"

BASE_POINT_SIZE = 11
QUESTION_POINT_SIZE = 12

ROLES: dict[str, dict] = {
    "": {},
    "page-title": {"size": 16, "bold": True, "colour": "#1a1a1a"},
    "heading": {"size": 13, "bold": True, "colour": "#263238"},
    "question": {"size": QUESTION_POINT_SIZE, "colour": "#1a1a1a"},
    "hint": {"italic": True, "colour": MUTED},
    "note": {"size": QUESTION_POINT_SIZE, "colour": "#263238", "background": "#eef3f8", "margin": 6},
    "error": {"bold": True, "colour": ERROR},
    "warning": {"bold": True, "colour": WARNING},
    "confirmed": {"colour": OK},
    "calculated": {"size": QUESTION_POINT_SIZE, "bold": True},
    "banner-error": {"colour": ERROR, "background": ERROR_BG, "margin": 6, "frame": True},
    "banner-info": {"colour": "#0d3c75", "background": "#e8f1fb", "margin": 6, "frame": True},
    "save-state": {"colour": MUTED},
    "empty-page": {"size": QUESTION_POINT_SIZE, "italic": True, "colour": MUTED},
    "done": {"size": 14, "bold": True, "colour": OK},
}

_BORDER = {
    "error": f"border: 2px solid {ERROR}; border-radius: 3px; padding: 2px;",
    "warning": f"border: 2px solid {WARNING}; border-radius: 3px; padding: 2px;",
}


def apply_role(widget: QWidget, role: str) -> None:
    """Font, colours and margins of a text role (see ROLES)."""
    spec = ROLES[role]
    widget.setProperty("role", role)
    font = widget.font()
    font.setPointSize(spec.get("size", BASE_POINT_SIZE))
    font.setBold(spec.get("bold", False))
    font.setItalic(spec.get("italic", False))
    widget.setFont(font)
    palette = widget.palette()
    default = QApplication.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(spec.get("colour") or default.color(QPalette.ColorRole.WindowText)))
    if "background" in spec:
        palette.setColor(QPalette.ColorRole.Window, QColor(spec["background"]))
    widget.setPalette(palette)
    widget.setAutoFillBackground("background" in spec)
    if isinstance(widget, QLabel):
        widget.setMargin(spec.get("margin", 0))
    if isinstance(widget, QFrame):
        widget.setFrameShape(QFrame.Shape.Box if spec.get("frame") else QFrame.Shape.NoFrame)


def set_font_size(widget: QWidget, points: int, *, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


def set_text_colour(widget: QWidget, colour: str, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> None:
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def set_look(widget: QWidget, look: str) -> None:
    """A red ("error") or orange ("warning") border on an editor, or none (""); cheap when unchanged."""
    if (widget.property("look") or "") == look:
        return
    widget.setProperty("look", look)
    font = widget.font()  # removing a style sheet would otherwise fall back to the application's font
    widget.setStyleSheet(f"{type(widget).__name__} {{ {_BORDER[look]} }}" if look in _BORDER else "")
    widget.setFont(font)
