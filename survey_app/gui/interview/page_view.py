"""One page of the interview on screen: a scrollable column with the page title and its questions.

Built only when first shown (a form has some forty pages; most interviews never see half of
them). When nothing on the page applies to this household, a line says so instead of a blank page.
While the surveyor works on a page it keeps its height, so the screen does not jump as questions
appear and disappear.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from survey_app.gui.interview.items_view import ItemsView
from survey_app.gui.interview.pages import Page
from survey_app.gui.interview.styles import apply_role

CONTENT_MAX_WIDTH = 1000


class PageView(QScrollArea):
    def __init__(self, binding, page: Page, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so a question appearing never narrows the page (which re-wraps every label).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        outer = QWidget(self)
        row = QHBoxLayout(outer)
        row.setContentsMargins(24, 12, 24, 24)
        column = QWidget(outer)
        column.setMaximumWidth(CONTENT_MAX_WIDTH)
        row.addWidget(column, 1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(page.title, column)
        apply_role(self.title, "page-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.empty = QLabel(
            self.tr("Rien à demander sur cette page pour ce ménage, d'après les réponses déjà données. "
                    "Passez à la page suivante (Page suiv.)."),
            column,
        )
        apply_role(self.empty, "empty-page")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.items = ItemsView(binding, page.items, (), column)
        layout.addWidget(self.items)
        layout.addStretch(1)
        self.setWidget(outer)
        self._tallest = 0
        self.verticalScrollBar().rangeChanged.connect(self._keep_height)

    def _keep_height(self, _minimum: int, _maximum: int) -> None:
        """While the page is open it never gets shorter: hiding a question leaves blank space at the
        bottom instead of moving the scroll bar (repainting it cost more than the whole edit)."""
        height = self.widget().height()
        if height > self._tallest:
            self._tallest = height
            self.widget().setMinimumHeight(height)

    def reset_height(self) -> None:
        """On arriving at the page: its height fits its content again."""
        self._tallest = 0
        self.widget().setMinimumHeight(0)

    def show_relevance(self, relevant: bool) -> None:
        if self.empty.isHidden() == (not relevant):
            self.empty.setVisible(not relevant)

    def dispose(self) -> None:
        self.items.dispose()
