"""The side panel: every page with its completion (answered / questions to ask), greyed when nothing applies.

A list model over the plan's entries (section headers and pages), read from the `FormSession`; the
binding says which pages an edit touched and only those rows are recomputed. A small delegate
indents pages under their section and draws the completion on the right, green when complete.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from survey_app.core.engine import FormSession
from survey_app.core.engine.coercion import is_empty
from survey_app.gui.interview.pages import Header, Page, PagePlan
from survey_app.gui.interview.styles import ERROR, MUTED, OK, WARNING

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # page position in the plan, or None for a header
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 2  # "3/5"
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "empty", "partial", "complete", "problem", "off"
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PageStats:
    relevant: bool
    asked: int  # relevant answerable questions
    answered: int
    problems: int  # required missing, refused, constraint errors, unconfirmed warnings

    @property
    def state(self) -> str:
        if not self.relevant:
            return "off"
        if self.answered and self.problems:
            return "problem"
        if self.asked and self.answered >= self.asked and not self.problems:
            return "complete"
        return "partial" if self.answered else "empty"


def page_stats(plan: PagePlan, session: FormSession, page: Page, refused: dict | None = None) -> PageStats:
    asked = answered = problems = 0
    for name, index in plan.keys_in_order(session, page):
        chain = session.form.elements[name].repeat_chain
        if chain and not session.instance_active(chain, index):
            continue
        state = session.state(name, index)
        if not state.relevant or state.read_only:
            continue
        asked += 1
        if not is_empty(state.value):
            answered += 1
        if state.error or state.warning or (refused and (name, index) in refused):
            problems += 1
    if asked:
        relevant = True
    else:
        relevant = page.container is None or session.is_relevant(page.container, ())
        relevant = relevant and any(session.is_relevant(n, ()) for n in page.items if not session.form.elements[n].repeat_chain)
    return PageStats(relevant, asked, answered, problems)


class PageListModel(QAbstractListModel):
    def __init__(self, plan: PagePlan, session: FormSession, parent=None, refused=None):
        super().__init__(parent)
        self.plan = plan
        self.session = session
        self.refused = refused or (lambda: {})
        self.entries = plan.entries
        self.row_of_page = {i: self.entries.index(page) for i, page in enumerate(plan.pages)}
        self.page_of_row = {row: i for i, row in self.row_of_page.items()}
        self.stats: dict[int, PageStats] = {i: page_stats(plan, session, p, self.refused()) for i, p in enumerate(plan.pages)}
        self._bold = QFont()
        self._bold.setBold(True)
        self._muted = QBrush(QColor(MUTED))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.entries[index.row()], Header):
            return Qt.ItemFlag.NoItemFlags  # a section title: the cursor skips it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == DEPTH_ROLE:
            return entry.depth
        if isinstance(entry, Header):
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return entry.title
            return None
        position = self.page_of_row[index.row()]
        stats = self.stats[position]
        if role == PAGE_ROLE:
            return position
        if role == COMPLETION_ROLE:
            return f"{stats.answered}/{stats.asked}" if stats.asked else ""
        if role == STATE_ROLE:
            return stats.state
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._muted if not stats.relevant else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not stats.relevant:
                return f"{entry.title} : rien à demander pour ce ménage"
            text = f"{entry.title} : {stats.answered} réponse(s) sur {stats.asked} question(s) à poser"
            return text + (f", {stats.problems} à revoir" if stats.problems else "")
        return None

    def update_pages(self, pages: set[int]) -> None:
        refused = self.refused()
        for position in pages:
            stats = page_stats(self.plan, self.session, self.plan.pages[position], refused)
            if stats != self.stats.get(position):
                self.stats[position] = stats
                cell = self.index(self.row_of_page[position])
                self.dataChanged.emit(cell, cell)

    def row_info(self, row: int) -> tuple[int, bool, str, str]:
        """(depth, is_header, completion, state) for the delegate, read without going through QVariant."""
        entry = self.entries[row]
        if isinstance(entry, Header):
            return entry.depth, True, "", ""
        stats = self.stats[self.page_of_row[row]]
        return entry.depth, False, (f"{stats.answered}/{stats.asked}" if stats.asked else ""), stats.state

    def index_of_page(self, position: int) -> QModelIndex:
        return self.index(self.row_of_page[position])


HEADER = "#263238"
OFF = "#a8a8a8"


class PageItemDelegate(QStyledItemDelegate):
    colours = {"complete": OK, "partial": WARNING, "problem": ERROR, "empty": MUTED, "off": OFF}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # Read through the Python model: PySide6 mishandles None coming back from index.data()
        # (a reference-count error that ends in "deallocating None" after many repaints).
        depth, header, completion, state = index.model().row_info(index.row())
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(option.rect)
        completion_width = opt.fontMetrics.horizontalAdvance("000/000") if completion else 0
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_rect = option.rect.adjusted(8 + 16 * depth, 0, -(completion_width + 12), 0)
        painter.setFont(opt.font)
        if selected:
            pen = opt.palette.highlightedText().color()
        elif header:
            pen = QColor(HEADER)
        else:
            pen = QColor(OFF) if state == "off" else opt.palette.text().color()
        painter.setPen(pen)
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
        if completion:
            right = option.rect.adjusted(0, 0, -8, 0)
            painter.setPen(opt.palette.highlightedText().color() if selected else QColor(self.colours.get(state, MUTED)))
            painter.drawText(right, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), completion)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 12))
        return size
