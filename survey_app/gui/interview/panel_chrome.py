"""The fixed parts around the questions: header, banners, side panel and the bottom button bar.

Layout, wording and the messages shown in them (save state, error and information banners) live
here; `InterviewPanel` wires the behaviour. Buttons carry their keyboard shortcut in their text so
the surveyor learns them by looking.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui.interview.styles import apply_role


SAVED = QT_TRANSLATE_NOOP("PanelChrome", "✔ Réponses enregistrées")
SAVING = QT_TRANSLATE_NOOP("PanelChrome", "Enregistrement…")


def _tr(text: str) -> str:
    """A text of this module (marked with QT_TRANSLATE_NOOP) in the interface language."""
    return QCoreApplication.translate("PanelChrome", text)


class PanelChrome:
    """Builds the panel's widgets on `owner` and exposes them as attributes."""

    def __init__(self, owner: QWidget):
        self.owner = owner
        self._saving = QTimer(owner)  # « Enregistrement… » only when a write takes a while: no flicker
        self._saving.setSingleShot(True)
        self._saving.setInterval(300)
        self._saving.timeout.connect(lambda: self._set_save_state(_tr(SAVING)))
        layout = QVBoxLayout(owner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QWidget(owner)
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(16, 8, 16, 8)
        self.title = QLabel(QCoreApplication.translate("PanelChrome", "Chargement de l'entretien…"), header)
        apply_role(self.title, "heading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel("", header)
        apply_role(self.status, "hint")
        self.save_state = QLabel("", header)
        apply_role(self.save_state, "save-state")
        self.save_state.setMinimumWidth(self.save_state.fontMetrics().horizontalAdvance(_tr(SAVED)) + 8)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header_row.addWidget(self.title, 1)
        header_row.addWidget(self.status)
        header_row.addSpacing(16)
        header_row.addWidget(self.save_state)
        layout.addWidget(header)

        self.error_banner = QLabel("", owner)
        apply_role(self.error_banner, "banner-error")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.error_banner.hide()
        layout.addWidget(self.error_banner)

        self.locked_bar = QWidget(owner)
        locked_row = QHBoxLayout(self.locked_bar)
        locked_row.setContentsMargins(16, 4, 16, 4)
        self.locked_text = QLabel(
            QCoreApplication.translate("PanelChrome", "Cet entretien est terminé : il se lit sans se modifier."), self.locked_bar
        )
        apply_role(self.locked_text, "banner-info")
        self.reopen_button = QPushButton(QCoreApplication.translate("PanelChrome", "Rouvrir pour corriger (Alt+R)"), self.locked_bar)
        locked_row.addWidget(self.locked_text, 1)
        locked_row.addWidget(self.reopen_button)
        self.locked_bar.hide()
        layout.addWidget(self.locked_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, owner)
        # A flat list shown in a tree view: QListView repainted the whole panel for every changed row.
        self.pages_list = QTreeView(self.splitter)
        self.pages_list.setHeaderHidden(True)
        self.pages_list.setRootIsDecorated(False)
        self.pages_list.setItemsExpandable(False)
        self.pages_list.setIndentation(0)
        self.pages_list.setUniformRowHeights(True)
        self.pages_list.setAllColumnsShowFocus(True)
        self.pages_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.pages_list.header().setStretchLastSection(False)
        self.pages_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pages_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pages_list.setMinimumWidth(260)
        self.pages_list.setAccessibleName(QCoreApplication.translate("PanelChrome", "Pages du questionnaire"))
        self.stack = QStackedWidget(self.splitter)
        self.loading = QLabel(QCoreApplication.translate("PanelChrome", "Chargement de l'entretien…"), self.stack)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.stack.addWidget(self.loading)
        self.splitter.addWidget(self.pages_list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 1036])
        layout.addWidget(self.splitter, 1)

        bar = QWidget(owner)
        bar_row = QHBoxLayout(bar)
        bar_row.setContentsMargins(12, 6, 12, 8)
        self.previous_button = QPushButton(QCoreApplication.translate("PanelChrome", "◀ Page préc. (Page↑)"), bar)
        self.next_button = QPushButton(QCoreApplication.translate("PanelChrome", "Page suiv. (Page↓) ▶"), bar)
        self.open_button = QPushButton(QCoreApplication.translate("PanelChrome", "Question à compléter (F3)"), bar)
        self.finish_button = QPushButton(QCoreApplication.translate("PanelChrome", "Terminer l'entretien… (Alt+T)"), bar)
        self.close_button = QPushButton(QCoreApplication.translate("PanelChrome", "Fermer"), bar)
        self.close_button.setToolTip(
            QCoreApplication.translate("PanelChrome", "Revenir à la liste des logements (tout est déjà enregistré)")
        )
        for button in (self.previous_button, self.next_button, self.open_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar_row.addWidget(button)
        bar_row.addStretch(1)
        bar_row.addWidget(self.finish_button)
        bar_row.addWidget(self.close_button)
        layout.addWidget(bar)

    # -- messages ---------------------------------------------------------------------------------
    def show_saving(self, busy: bool) -> None:
        if not isValid(self.owner):
            return
        if busy:
            self._saving.start()
        else:
            self._saving.stop()
            self._set_save_state(_tr(SAVED))

    def _set_save_state(self, text: str) -> None:
        if self.save_state.text() != text:
            self.save_state.setText(text)

    def show_error(self, message: str) -> None:
        if isValid(self.owner):
            apply_role(self.error_banner, "banner-error")
            self.error_banner.setText(message)
            self.error_banner.show()

    def show_info(self, message: str) -> None:
        apply_role(self.error_banner, "banner-info")
        self.error_banner.setText(message)
        self.error_banner.show()
