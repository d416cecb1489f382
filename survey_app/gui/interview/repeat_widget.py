"""A repeat on its page: the table of instances, add / remove buttons, and the selected row's questions below.

Keyboard: Enter in the table opens the selected row's first question, Inser adds a row, Suppr
removes it (after a confirmation). When the number of rows follows a count question (« Combien de
personnes… » → `repeat_count`), adding or removing a row changes that answer, and the engine grows
the table; with any other count expression the rows only follow the answers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from survey_app.core.forms.model import Container, Question
from survey_app.gui.interview.navigation import chain_after
from survey_app.gui.interview.pages import is_shown
from survey_app.gui.interview.repeat_model import RepeatTableModel
from survey_app.gui.interview.styles import apply_role

Index = tuple[int, ...]
_SINGLE_REF = re.compile(r"^\s*\$\{\s*([A-Za-z_][\w.\-]*)\s*\}\s*$")
MAX_VISIBLE_ROWS = 8


def table_columns(form, repeat: Container) -> list[Question]:
    """Questions shown as columns: those of the repeat and its groups, not of nested repeats, no notes."""
    columns: list[Question] = []
    for name in repeat.children:
        element = form.elements[name]
        if isinstance(element, Container):
            if not element.is_repeat:
                columns += table_columns(form, element)
        elif isinstance(element, Question) and element.kind != "note" and is_shown(form, name):
            columns.append(element)
    return columns


class RepeatWidget(QFrame):
    def __init__(self, binding, repeat: str, parent_index: Index, parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = binding
        self.session = binding.session
        self.repeat = repeat
        self.parent_index = parent_index
        self.container: Container = self.session.form.elements[repeat]
        self.label = self.container.label(self.session.lang) or repeat
        self.count_question = self._count_question()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.title = QLabel(self)
        apply_role(self.title, "heading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.model = RepeatTableModel(self.session, repeat, parent_index, table_columns(self.session.form, self.container), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(self.label)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter une ligne (Inser)"), self)
        self.remove_button = QPushButton(self.tr("Retirer la ligne… (Suppr)"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.ask_remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.help = QLabel(self.tr("Entrée : remplir la ligne choisie"), self)
        apply_role(self.help, "hint")
        buttons.addWidget(self.help)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.editor_frame = QFrame(self)
        self.editor_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.editor_layout = QVBoxLayout(self.editor_frame)
        self.editor_layout.setContentsMargins(12, 8, 12, 8)
        self.editor_title = QLabel(self.editor_frame)
        apply_role(self.editor_title, "heading")
        self.editor_title.setTextFormat(Qt.TextFormat.PlainText)
        self.editor_layout.addWidget(self.editor_title)
        layout.addWidget(self.editor_frame)
        self.row_view = None
        self.selected_row: int | None = None
        self.confirm_box: QMessageBox | None = None
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.reload()
        self.container_changed()

    def _count_question(self) -> str | None:
        expression = self.container.repeat_count
        if expression is None:
            return None
        match = _SINGLE_REF.match(expression.source)
        element = self.session.form.elements.get(match.group(1)) if match else None
        if isinstance(element, Question) and element.kind == "integer":
            return element.name
        return ""  # driven by an expression: rows follow the answers only

    # -- state ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Rows may have appeared or gone: refresh the table, keep the selected row when it still exists."""
        self.model.reload()
        rows = self.model.rowCount()
        self.title.setText(f"{self.label} ({rows})")
        self._fit_height()
        wanted = self.selected_row
        if wanted is None:
            wanted = 0 if rows else None  # the first row opens below the table
        elif wanted >= rows:
            wanted = rows - 1 if rows else None
        self._select(wanted, rebuild=wanted != self.selected_row or self.row_view is None)
        self._update_buttons()

    def _fit_height(self) -> None:
        rows = max(1, min(self.model.rowCount(), MAX_VISIBLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _update_buttons(self) -> None:
        editable = not self.binding.locked and self.count_question != ""
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_row is not None)
        if self.count_question == "":
            tip = self.tr("Le nombre de lignes suit les réponses du questionnaire.")
            self.add_button.setToolTip(tip)
            self.remove_button.setToolTip(tip)

    def container_changed(self) -> None:
        relevant = self.session.is_relevant(self.repeat, self.parent_index)
        if self.isHidden() == relevant:
            self.setVisible(relevant)

    def cell_changed(self, row: int, name: str) -> None:
        self.model.cell_changed(row, name)

    # -- the row editor ---------------------------------------------------------------------------
    def _select(self, row: int | None, *, rebuild: bool) -> None:
        self.selected_row = row
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(row, 0), flags)
        selection.blockSignals(False)
        if rebuild:
            self._build_row_view()
        self._update_title()

    def _row_changed(self, current, _previous) -> None:
        row = current.row() if current.isValid() else None
        if row != self.selected_row:
            self._select(row, rebuild=True)
            self._update_buttons()

    def _update_title(self) -> None:
        row = self.selected_row
        if row is None:
            self.editor_title.setText(self.tr("Aucune ligne : « Ajouter une ligne » pour commencer."))
            return
        if self.model.active(row):
            text = self.tr("{repeat} n° {number}")
        else:
            text = self.tr("{repeat} n° {number} (au-delà du nombre indiqué, ne sera pas gardée)")
        self.editor_title.setText(text.format(repeat=self.label, number=row + 1))

    def _build_row_view(self) -> None:
        from survey_app.gui.interview.items_view import ItemsView

        if self.row_view is not None:
            self.row_view.dispose()
            self.row_view.hide()
            self.row_view.deleteLater()
            self.row_view = None
        if self.selected_row is None:
            return
        self.row_view = ItemsView(self.binding, self.container.children, self.parent_index + (self.selected_row,), self.editor_frame)
        self.editor_layout.addWidget(self.row_view)
        self.row_view.show()  # at once, not at the next event-loop turn: the cursor goes there now
        chain_after(self.remove_button, self.row_view)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount() and row != self.selected_row:
            self._select(row, rebuild=True)
            self._update_buttons()

    def focus_first(self) -> bool:
        if self.row_view is None:
            return False
        return any(w.focus_editor() for w in self.row_view.question_widgets())

    # -- adding and removing ----------------------------------------------------------------------
    def _count_key(self) -> tuple[str, Index]:
        question = self.session.form.elements[self.count_question]
        return self.count_question, self.parent_index[: len(question.repeat_chain)]

    def add_row(self) -> None:
        if self.binding.locked or self.count_question == "":
            return
        if self.count_question:
            key = self._count_key()
            current = self.session.state(*key).value
            target = self.session.active_count(self.repeat, self.parent_index)
            self.binding.edit(key, max(int(current or 0), target) + 1, True)
            row = min(target, self.model.rowCount() - 1)
        else:
            row = self.binding.add_instance(self.repeat, self.parent_index)
        self.select_row(row)
        self.focus_first()

    def ask_remove(self) -> None:
        row = self.selected_row
        if row is None or self.binding.locked or self.count_question == "":
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Retirer une ligne"),
                          self.tr("Retirer « {repeat} » n° {number} et toutes ses réponses ?").format(
                              repeat=self.label, number=row + 1),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)  # fmt: skip
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Retirer"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuler"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _result: self._removal_answered(box, row))
        self.confirm_box = box
        box.open()

    def _removal_answered(self, box: QMessageBox, row: int) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            self.table.setFocus()
            return
        self.remove_row(row)

    def remove_row(self, row: int) -> None:
        was_active = self.model.active(row)
        self.binding.remove_instance(self.repeat, self.parent_index + (row,))
        if self.count_question and was_active:
            key = self._count_key()
            current = self.session.state(*key).value
            if isinstance(current, int) and current > 0:
                self.binding.edit(key, current - 1, True)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.focus_first() or True
            if key == Qt.Key.Key_Insert:
                self.add_row()
                return True
            if key == Qt.Key.Key_Delete:
                self.ask_remove()
                return True
        return False

    def dispose(self) -> None:
        if self.row_view is not None:
            self.row_view.dispose()
