"""Left pane of the main window: the « Afficher » filter, the search box and the campaign tree (layout only).

The widgets are public (`filter_box`, `search_edit`, `tree`) and the main window connects them. The
search box hands over to the tree with Down or Enter, and Escape clears it; when the store holds no
dwelling at all, an explanation replaces the empty tree. Rows have a uniform height so a 2,000-dwelling
campaign scrolls smoothly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui import icons
from survey_app.gui.models.filters import status_filters


NAMES_MIN_WIDTH, NAMES_MIN_SHARE = 230, 0.35  # room kept for « Porte 201 · T4 » in a narrow window
STATUS_MIN_WIDTH = 110


class CampaignView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_box = QComboBox()
        for item in status_filters():
            self.filter_box.addItem(icons.filter_icon(item.key), item.label, item.key)
        self.filter_box.setToolTip(self.tr("Quels logements montrer"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher : adresse, porte… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icons.icon("action_search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.installEventFilter(self)
        show_label = QLabel(self.tr("Affic&her :"))
        show_label.setBuddy(self.filter_box)
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.filter_box)
        bar.addWidget(self.search_edit, 1)

        self.tree = QTreeView()
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIconSize(QSize(22, 22))
        self.tree.setIndentation(18)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(False)  # double-click opens the interview
        self.tree.header().setStretchLastSection(False)
        self.tree.viewport().installEventFilter(self)  # resized: keep room for the names (`_balance_columns`)
        self._natural_widths = (0, 0)

        self.empty_label = QLabel(
            self.tr(
                "Aucun logement dans cette base.\n\nUn consultant peut importer la liste des logements du "
                "bailleur : menu Consultant › Importer la liste des logements…"
            )
        )
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label = QLabel(self.tr("Chargement de la campagne…"))
        self.loading_label.setObjectName("empty")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label = QLabel(self.tr("Aucun logement ne correspond à ce filtre ou à cette recherche.\n\nÉchap efface la recherche."))
        self.no_match_label.setObjectName("empty")
        self.no_match_label.setWordWrap(True)
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.loading_label, self.tree, self.empty_label, self.no_match_label):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def fit_columns(self) -> None:
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        metrics = self.tree.fontMetrics()
        # Column 1: mostly the store's status labels (French data, not translated); column 2: a short date.
        widest_date = QCoreApplication.translate("CampaignTreeModel", "{day} à {hour}").format(day="00/00", hour="00h00")
        self._natural_widths = (metrics.horizontalAdvance("Rendez-vous le 00/00/0000 à 00h00") + 16,
                                metrics.horizontalAdvance(widest_date) + 24)  # fmt: skip
        self._balance_columns()

    def _balance_columns(self) -> None:
        """Status and date at their natural widths, unless the names would get less than about half the tree:
        then the status column gives way (its text is elided, and shown whole in the dwelling panel)."""
        status, date = self._natural_widths
        if not status:
            return
        width = self.tree.viewport().width()
        names = max(NAMES_MIN_WIDTH, int(width * NAMES_MIN_SHARE))
        status = max(STATUS_MIN_WIDTH, min(status, width - names - date))
        header = self.tree.header()
        header.resizeSection(1, status)
        header.resizeSection(2, date)

    def show_state(self, state: str) -> None:
        """'loading', 'tree', 'empty' (no dwelling in the store) or 'no_match' (filters hide everything)."""
        widget = {"loading": self.loading_label, "tree": self.tree, "empty": self.empty_label,
                  "no_match": self.no_match_label}[state]  # fmt: skip
        self.stack.setCurrentWidget(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._balance_columns()
            return False
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.tree.setFocus()
                return True
            if key == Qt.Key.Key_Escape:
                if self.search_edit.text():
                    self.search_edit.clear()
                else:
                    self.tree.setFocus()
                return True
        return super().eventFilter(watched, event)
