"""Editors for choices: radio buttons, check boxes, a likert row, a drop-down list, an acknowledgement.

A choice list is one keyboard stop: Tab enters and leaves it as a whole. Inside, digit keys pick by
position (1 = first choice; two digits typed quickly reach the tenth choice and beyond), the arrow
keys move, Space ticks, Delete clears and Enter moves to the next question. Each option shows its
number so the surveyor knows which key to press. Every pick is final (saved at once).
"""

from __future__ import annotations

import math
import textwrap

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QComboBox, QGridLayout, QRadioButton, QWidget

from survey_app.core.forms.model import Choice, Question
from survey_app.gui.interview.editor_base import Editor, button_text, mark_focus_target
from survey_app.gui.interview.styles import ACCENT, CURRENT_BG, ERROR, WARNING

DIGIT_DELAY_MS = 900
LIKERT_WRAP = 16  # characters per line under a likert option
LINE_WRAP = 80
_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}


class DigitPicker:
    """Turns digit keys into 1-based positions; a second digit soon after extends the first (1, 2 → 12)."""

    def __init__(self, owner: QObject):
        self._buffer = 0
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DIGIT_DELAY_MS)
        self._timer.timeout.connect(self.reset)

    def reset(self) -> None:
        self._buffer = 0

    def press(self, digit: int, count: int) -> tuple[int | None, bool]:
        """(position, replaces_previous): the position to pick, and whether it extends the last digit."""
        extended = self._buffer * 10 + digit
        if self._buffer and self._timer.isActive() and extended <= count:
            self._buffer = extended if extended * 10 <= count else 0
            self._timer.start()
            return extended, True
        self._buffer = digit if 0 < digit and digit * 10 <= count else 0
        self._timer.start()
        return (digit if 1 <= digit <= count else None), False


class ChoiceButtonsEditor(Editor):
    """select_one as radio buttons (vertical, or a horizontal row for `likert`), select_multiple as check boxes."""

    def __init__(self, question: Question, parent: QWidget | None = None, *, multiple: bool = False, horizontal: bool = False):
        super().__init__(question, parent)
        self.multiple = multiple
        self.horizontal = horizontal
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("role", "choices")
        self.look = ""
        self.setAccessibleName(question.label() or question.name)
        mark_focus_target(self)
        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(4, 2, 4, 2)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(2)
        self.row.addWidget(self.body)
        self.row.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.group.idClicked.connect(self._clicked)
        self.choices: list[Choice] = []
        self.buttons: list[QAbstractButton] = []
        self.value: object = None
        self.current = 0
        self.digits = DigitPicker(self)
        self._last_toggle: int | None = None

    # -- building ---------------------------------------------------------------------------------
    def set_choices(self, choices: list[Choice]) -> None:
        if [c.name for c in choices] == [c.name for c in self.choices]:
            return
        for button in self.buttons:
            self.group.removeButton(button)
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.choices = list(choices)
        self.buttons = []
        count = len(self.choices)
        texts = [f"{position + 1}. {choice.label(self.lang)}" for position, choice in enumerate(self.choices)]
        rows, columns, wrap = self._arrangement(texts)
        for position, text in enumerate(texts):
            text = button_text("\n".join(textwrap.wrap(text, wrap)) if len(text) > wrap else text)
            button = QCheckBox(text, self.body) if self.multiple else QRadioButton(text, self.body)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, self.read_only)
            self.group.addButton(button, position)
            self.grid.addWidget(button, position % rows, position // rows)
            button.show()
            self.buttons.append(button)
        self.current = min(self.current, max(count - 1, 0))
        self._show_value()

    def _arrangement(self, texts: list[str]) -> tuple[int, int, int]:
        """(rows, columns, wrap width): a likert scale on one row (labels on two lines), a short list
        such as Oui / Non on one row, longer lists in one to three columns filled top to bottom."""
        count = len(texts)
        longest = max((len(t) for t in texts), default=0)
        if self.horizontal:
            return 1, count, LIKERT_WRAP
        if count <= 4 and sum(len(t) for t in texts) <= 56:
            return 1, count, LINE_WRAP
        columns = 1 if count <= 5 or longest > 52 else (2 if count <= 12 else 3)
        return math.ceil(count / columns), columns, LINE_WRAP if columns == 1 else 52

    # -- value ------------------------------------------------------------------------------------
    def set_value(self, value: object) -> None:
        self.value = value
        self._show_value()

    def _codes(self) -> list[str]:
        if self.value is None:
            return []
        return [str(v) for v in self.value] if isinstance(self.value, list) else [str(self.value)]

    def _show_value(self) -> None:
        codes = set(self._codes())
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)
        for choice, button in zip(self.choices, self.buttons):
            if button.isChecked() != (choice.name in codes):
                button.setChecked(choice.name in codes)
        self.group.setExclusive(exclusive)
        if not self.multiple and codes:
            position = next((i for i, c in enumerate(self.choices) if c.name in codes), None)
            if position is not None:
                self.current = position
        self._mark_current()

    def _mark_current(self) -> None:
        self.update()

    def set_look(self, look: str) -> None:
        if look != self.look:
            self.look = look
            self.setProperty("look", look)
            self.update()

    def paintEvent(self, event) -> None:
        """A frame when focused or flagged, and the keyboard cursor's choice highlighted (check boxes)."""
        colour = {"error": ERROR, "warning": WARNING}.get(self.look) or (ACCENT if self.hasFocus() else None)
        if colour is None:
            return
        painter = QPainter(self)
        if self.hasFocus() and self.multiple and 0 <= self.current < len(self.buttons):
            button = self.buttons[self.current]
            painter.fillRect(button.geometry().translated(self.body.pos()), QColor(CURRENT_BG))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), 2))
        painter.drawRoundedRect(self.body.geometry().adjusted(1, 1, -1, -1), 4, 4)

    def apply_read_only(self, read_only: bool) -> None:
        # Still readable (not greyed): the buttons just stop taking clicks, and keys are ignored.
        for button in self.buttons:
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)

    # -- picking ----------------------------------------------------------------------------------
    def _clicked(self, position: int) -> None:
        if self.read_only:
            self._show_value()
            return
        self.current = position
        if self.multiple:
            codes = [c.name for c, b in zip(self.choices, self.buttons) if b.isChecked()]
            self.value = codes or None
        else:
            self.value = self.choices[position].name
        self._mark_current()
        self.edited.emit(self.value, True)

    def pick(self, position: int) -> None:
        """Choose (or, for check boxes, tick / untick) the choice at 0-based `position`."""
        if self.read_only or not 0 <= position < len(self.buttons):
            return
        button = self.buttons[position]
        if self.multiple:
            button.setChecked(not button.isChecked())
        else:
            button.setChecked(True)
        self._clicked(position)

    def clear(self) -> None:
        if self.read_only or self.value is None:
            return
        self.value = None
        self._show_value()
        self.edited.emit(None, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            position, extends = self.digits.press(_DIGITS[key], len(self.choices))
            if position is not None:
                if extends and self.multiple and self._last_toggle is not None:
                    self.pick(self._last_toggle)  # undo the first digit's tick
                self._last_toggle = position - 1
                self.pick(position - 1)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and self.choices:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            self.current = (self.current + step) % len(self.choices)
            if self.multiple:
                self._mark_current()
            else:
                self.pick(self.current)
            return
        if key == Qt.Key.Key_Space:
            self.pick(self.current)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._mark_current()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._mark_current()


class ComboChoiceEditor(Editor):
    """select_one with the `minimal` appearance: a drop-down list; digits pick like the buttons."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(260)
        self.combo.setMaximumWidth(620)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setAccessibleName(question.label() or question.name)
        mark_focus_target(self.combo)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.choices: list[Choice] = []
        self.value: object = None
        self.digits = DigitPicker(self)
        self.combo.activated.connect(self._activated)
        self.combo.installEventFilter(self)

    def focus_target(self) -> QWidget:
        return self.combo

    def set_choices(self, choices: list[Choice]) -> None:
        if [c.name for c in choices] == [c.name for c in self.choices]:
            return
        self.choices = list(choices)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("— choisir —"), None)
        for position, choice in enumerate(self.choices):
            self.combo.addItem(f"{position + 1}. {choice.label(self.lang)}", choice.name)
        self.combo.blockSignals(False)
        self._show_value()

    def set_value(self, value: object) -> None:
        self.value = value
        self._show_value()

    def _show_value(self) -> None:
        row = next((i + 1 for i, c in enumerate(self.choices) if c.name == self.value), 0)
        if self.combo.currentIndex() != row:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(row)
            self.combo.blockSignals(False)

    def _activated(self, row: int) -> None:
        if self.read_only:
            self._show_value()
            return
        self.value = self.choices[row - 1].name if row > 0 else None
        self.edited.emit(self.value, True)

    def _pick_row(self, row: int) -> None:
        self.combo.setCurrentIndex(row)
        self._activated(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or self.read_only:
            return False
        key = event.key()
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            position, _extends = self.digits.press(_DIGITS[key], len(self.choices))
            if position is not None:
                self._pick_row(position)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._pick_row(0)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.combo.view().isVisible():
            self.advance.emit()
            return True
        return False

    def apply_read_only(self, read_only: bool) -> None:
        self.combo.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)


class AcknowledgeEditor(Editor):
    """`acknowledge`: one check box; ticked stores "OK"."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.box = QCheckBox(self.tr("1. Fait / confirmé"), self)
        self.box.setAccessibleName(question.label() or question.name)
        mark_focus_target(self.box)
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.box.clicked.connect(self._clicked)
        self.box.installEventFilter(self)

    def focus_target(self) -> QWidget:
        return self.box

    def set_value(self, value: object) -> None:
        if self.box.isChecked() != (value is not None):
            self.box.setChecked(value is not None)

    def _clicked(self, checked: bool) -> None:
        self.edited.emit("OK" if checked else None, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not self.read_only:
            if event.key() == Qt.Key.Key_1:
                self.box.click()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.advance.emit()
                return True
        return False
