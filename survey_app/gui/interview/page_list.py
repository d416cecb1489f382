"""The side panel: every page with its completion (answered / questions to ask), greyed when nothing applies.

A two-column model (title, completion) over the plan's entries (section headers and pages), read
from the `FormSession`; the binding says which pages an edit touched and only those rows are
recomputed. Everything is drawn by Qt's own delegate from standard roles (indentation, bold section
titles, colours: green complete, orange partial, red to fix, grey nothing to ask), which keeps the
repaint of a changed row cheap on every key press.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from survey_app.core.engine import FormSession
from survey_app.core.engine.coercion import is_empty
from survey_app.gui.interview.pages import Header, Page, PagePlan
from survey_app.gui.interview.styles import ERROR, MUTED, OK, WARNING

COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 2  # "3/5"
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "empty", "partial", "complete", "problem", "off"
TITLE, COMPLETION = 0, 1
INDENT = "\u2003"  # one em space per level
HEADER = "#263238"
OFF = "#a8a8a8"
COLOURS = {"complete": OK, "partial": WARNING, "problem": ERROR, "empty": MUTED, "off": OFF}

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


OFF_PAGE = PageStats(False, 0, 0, 0)


def page_stats(plan: PagePlan, session: FormSession, page: Page, refused: dict | None = None) -> PageStats:
    if page.container is not None and not session.is_relevant(page.container, ()):
        return OFF_PAGE  # the whole group is skipped: nothing to count
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
    relevant = bool(asked) or any(session.is_relevant(n, ()) for n in page.items)
    return PageStats(relevant, asked, answered, problems)


_ROLES = frozenset(int(getattr(r, "value", r)) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.SizeHintRole,
    COMPLETION_ROLE, STATE_ROLE,
))  # fmt: skip
ROW_HEIGHT = 26  # roomy rows, easy to hit and to read


class PageListModel(QAbstractTableModel):
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
        self._brushes = {state: QBrush(QColor(colour)) for state, colour in COLOURS.items()}
        self._header = QBrush(QColor(HEADER))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.entries[index.row()], Header):
            return Qt.ItemFlag.NoItemFlags  # a section title: the cursor skips it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None  # first: the view asks for a dozen roles per cell on every repaint
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        entry = self.entries[index.row()]
        column = index.column()
        if isinstance(entry, Header):
            if role == Qt.ItemDataRole.DisplayRole and column == TITLE:
                return INDENT * entry.depth + entry.title
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._header
            if role == Qt.ItemDataRole.ToolTipRole:
                return entry.title
            return None
        stats = self.stats[self.page_of_row[index.row()]]
        completion = f"{stats.answered}/{stats.asked}" if stats.asked else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return INDENT * entry.depth + entry.title if column == TITLE else completion
        if role == COMPLETION_ROLE:
            return completion
        if role == STATE_ROLE:
            return stats.state
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COMPLETION or stats.state == "off":
                return self._brushes[stats.state]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COMPLETION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not stats.relevant:
                return self.tr("{page} : rien à demander pour ce ménage").format(page=entry.title)
            text = self.tr("{page} : {answered} réponse(s) sur {asked} question(s) à poser").format(
                page=entry.title, answered=stats.answered, asked=stats.asked)
            return text + (self.tr(", {n} à revoir").format(n=stats.problems) if stats.problems else "")
        return None

    def update_pages(self, pages: set[int]) -> None:
        refused = self.refused()
        for position in pages:
            stats = page_stats(self.plan, self.session, self.plan.pages[position], refused)
            if stats != self.stats.get(position):
                self.stats[position] = stats
                row = self.row_of_page[position]
                for column in (TITLE, COMPLETION):  # cell by cell: a range would repaint the whole view
                    cell = self.index(row, column)
                    self.dataChanged.emit(cell, cell)

    def index_of_page(self, position: int) -> QModelIndex:
        return self.index(self.row_of_page[position], TITLE)
