"""Editors for typed answers: one-line text, multi-line text, integers and decimals.

Every key press is reported (`edited(text, False)`) so skip logic follows the typing; leaving the
field or pressing Enter reports the final text (`edited(text, True)`), which is when the answer is
saved at once. Numbers are shown the French way (decimal comma) and parsed by the engine.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from survey_app.core.forms.model import Question
from survey_app.gui.interview.editor_base import Editor, mark_focus_target
from survey_app.gui.interview.formatting import editor_text


def shade_read_only(widget: QWidget, read_only: bool) -> None:
    """A read-only field gets the window's grey instead of the white of a field to fill."""
    palette = widget.palette()
    base = QApplication.palette().color(QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base)
    palette.setColor(QPalette.ColorRole.Base, base)
    widget.setPalette(palette)


class LineEditor(Editor):
    width = 460
    placeholder = ""  # marked QT_TRANSLATE_NOOP("LineEditor", …) in subclasses

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.line = QLineEdit(self)
        self.line.setMaximumWidth(self.width)
        self.line.setMinimumWidth(min(self.width, 420))
        self.line.setPlaceholderText(QCoreApplication.translate("LineEditor", self.placeholder) if self.placeholder else "")
        self.line.setAccessibleName(question.label() or question.name)
        mark_focus_target(self.line)
        self.row.addWidget(self.line)
        self.row.addStretch(1)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.line.returnPressed.connect(self.advance)

    def _typed(self, text: str) -> None:
        self.edited.emit(text, False)

    def _finished(self) -> None:
        self.edited.emit(self.line.text(), True)

    def focus_target(self) -> QWidget:
        return self.line

    def apply_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)  # still selectable with the mouse, skipped by Tab
        self.line.setFocusPolicy(Qt.FocusPolicy.ClickFocus if read_only else Qt.FocusPolicy.StrongFocus)
        shade_read_only(self.line, read_only)

    def set_value(self, value: object) -> None:
        text = editor_text(self.question, value)
        if self.line.text() != text:
            self.line.setText(text)


class TextEditor(LineEditor):
    width = 620


class IntegerEditor(LineEditor):
    width = 180
    placeholder = QT_TRANSLATE_NOOP("LineEditor", "nombre entier")


class DecimalEditor(LineEditor):
    width = 180
    placeholder = QT_TRANSLATE_NOOP("LineEditor", "ex. 12,5")


class MultilineEditor(Editor):
    """Long text: Enter makes a new line, Tab moves on, Ctrl+Entrée goes to the next question."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumWidth(760)
        self.text.setFixedHeight(110)
        self.text.setAccessibleName(question.label() or question.name)
        mark_focus_target(self.text)
        self.row.addWidget(self.text, 1)
        self.row.addStretch(0)
        self._shown = ""
        self.text.textChanged.connect(self._typed)
        self.text.installEventFilter(self)

    def _typed(self) -> None:
        current = self.text.toPlainText()
        if current != self._shown:
            self._shown = current
            self.edited.emit(current, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.edited.emit(self.text.toPlainText(), True)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.edited.emit(self.text.toPlainText(), True)
                self.advance.emit()
                return True
        return False

    def focus_target(self) -> QWidget:
        return self.text

    def apply_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        shade_read_only(self.text, read_only)

    def set_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        if self.text.toPlainText() != text:
            self._shown = text
            self.text.setPlainText(text)
