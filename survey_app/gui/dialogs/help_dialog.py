"""The « Aide » window: one of the French guides kept as Markdown in `resources/help/`, shown in a QTextBrowser.

The guides are plain files in the repository (`guide_enqueteur.md`, `guide_consultant.md`) so that a
consultant can correct them without touching code. A missing or unreadable file gives a French
message in the window instead of an error.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from survey_app.gui import icons
from survey_app.paths import bundled_dir

GUIDES = {"enqueteur": "guide_enqueteur.md", "consultant": "guide_consultant.md"}


def guide_path(which: str):
    return bundled_dir("resources") / "help" / GUIDES[which]


def read_guide(which: str) -> str:
    path = guide_path(which)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        text = QCoreApplication.translate("HelpDialog", "# Guide indisponible\n\nLe fichier « {path} » n'a pas pu être lu ({error}).\n")
        return text.format(path=path, error=exc)


class HelpDialog(QDialog):
    def __init__(self, which: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowIcon(icons.icon("action_help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(read_guide(which))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)
