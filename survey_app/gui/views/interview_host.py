"""The page that holds an open interview: a slim top bar (« Retour à la liste », the dwelling) above it.

Escape goes back to the list when no widget of the interview has used it. The interview widget itself comes from `survey_app.gui.interview` and is put in with `show_panel`; when
that module is not available, `show_message` puts a French explanation in its place so the button
never leads to a blank page. Layout only: the main window decides what « Retour » does.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from survey_app.gui import icons


class InterviewHost(QWidget):
    # Escape that no widget of the interview used (an open list, a cell being edited, a dialog keep
    # theirs): a key handler, not a shortcut, because shortcuts would take Escape from them first.
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(icons.icon("action_back"), self.tr("Retour à la liste (Échap)"))
        self.back_button.setIconSize(QSize(20, 20))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        bar = QFrame()
        bar.setObjectName("topbar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        bar_layout.addWidget(self.back_button)
        bar_layout.addSpacing(12)
        bar_layout.addWidget(self.title, 1)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addLayout(self.body, 1)
        self.panel: QWidget | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    def show_panel(self, panel: QWidget, title: str = "") -> None:
        """Put `panel` on the page; `title` names the dwelling when the panel has no header of its own."""
        self.clear()
        self.panel = panel
        self.title.setText(title)
        self.body.addWidget(panel)
        panel.show()

    def show_message(self, text: str, title: str) -> None:
        label = QLabel(text)
        label.setObjectName("empty")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_panel(label, title)

    def take_panel(self) -> QWidget | None:
        """Remove the current panel from the page (the caller disposes of it)."""
        panel, self.panel = self.panel, None
        if panel is not None:
            self.body.removeWidget(panel)
            panel.hide()
        return panel

    def clear(self) -> None:
        panel = self.take_panel()
        if panel is not None:
            panel.deleteLater()
