"""A repeat (household members, heating appliances) as a table: one row per instance, one column per question.

Read straight from the `FormSession`: cells show answers as text (choice labels, French numbers),
coloured when an answer is refused by a constraint (red), waits for a confirmation (orange) or is
required and missing (yellow). Rows beyond a repeat count that went down are greyed: they will be
left out of the finished interview. Editing happens in the row editor below the table.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from survey_app.core.engine import FormSession
from survey_app.core.forms.model import Question
from survey_app.gui.interview.formatting import cell_text
from survey_app.gui.interview.pages import short_title
from survey_app.gui.interview.styles import ERROR_BG, MISSING_BG, MUTED, WARNING_BG

Index = tuple[int, ...]
AnyIndex = QModelIndex | QPersistentModelIndex


class RepeatTableModel(QAbstractTableModel):
    def __init__(self, session: FormSession, repeat: str, parent_index: Index, columns: list[Question], parent=None):
        super().__init__(parent)
        self.session = session
        self.repeat = repeat
        self.chain = session.form.elements[repeat].repeat_chain + (repeat,)
        self.parent_index = parent_index
        self.columns = columns
        self._column_of = {q.name: i for i, q in enumerate(columns)}
        self._rows = session.count(repeat, parent_index)
        self._brushes = {
            "error": QBrush(QColor(ERROR_BG)),
            "warning": QBrush(QColor(WARNING_BG)),
            "missing": QBrush(QColor(MISSING_BG)),
            "muted": QBrush(QColor(MUTED)),
        }

    # -- shape ------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def active(self, row: int) -> bool:
        return self.session.instance_active(self.chain, self.parent_index + (row,))

    # -- content ----------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self._rows and 0 <= index.column() < len(self.columns)):
            return None
        question = self.columns[index.column()]
        node = (question.name, self.parent_index + (index.row(),))
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.session.state(*node)
            if not state.relevant:
                return ""
            return cell_text(self.session.form, question, state.value, self.session.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not self.active(index.row()):
                return self.tr("Au-delà du nombre indiqué : cette ligne ne sera pas gardée à la fin de l'entretien.")
            state = self.session.state(*node)
            return state.error or state.warning or (self.tr("Réponse obligatoire") if state.missing else None)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not self.active(index.row()):
                return None
            state = self.session.state(*node)
            if state.error:
                return self._brushes["error"]
            if state.warning:
                return self._brushes["warning"]
            if state.missing:
                return self._brushes["missing"]
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not self.active(index.row()):
            return self._brushes["muted"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            question = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return short_title(question.label(self.session.lang) or question.name, 24)
            if role == Qt.ItemDataRole.ToolTipRole:
                return question.label(self.session.lang) or question.name
            return None
        if 0 <= section < self._rows and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    # -- updates from the binding -----------------------------------------------------------------
    def cell_changed(self, row: int, name: str) -> None:
        column = self._column_of.get(name)
        if column is not None and 0 <= row < self._rows:
            cell = self.index(row, column)
            self.dataChanged.emit(cell, cell)

    def reload(self) -> None:
        """After instances were added or removed (or a repeat count changed)."""
        self.beginResetModel()
        self._rows = self.session.count(self.repeat, self.parent_index)
        self.endResetModel()
