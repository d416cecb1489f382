"""The contract every answer editor follows, so the question frame can treat all types alike.

An editor shows one value and reports what the surveyor does: `edited(value, final)` with the raw
value (text as typed, a choice code, a list of codes) and whether the answer is complete (a choice
clicked, a field left) or still being typed; `advance()` when Enter asks to move on. The engine does
the parsing (French decimal comma, 25/11/2026), so editors never validate. The widget that takes the
keyboard focus carries the `interview_editor` property: navigation looks for it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from survey_app.core.forms.model import Choice, Question
from survey_app.gui.interview.styles import QUESTION_POINT_SIZE, set_font_size, set_look

EDITOR_PROPERTY = "interview_editor"


def mark_focus_target(widget: QWidget) -> None:
    widget.setProperty(EDITOR_PROPERTY, True)


def is_focus_target(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property(EDITOR_PROPERTY))


def button_text(text: str) -> str:
    """A label safe for a button: '&' would otherwise become a keyboard mnemonic."""
    return text.replace("&", "&&")


class Editor(QWidget):
    edited = Signal(object, bool)  # raw value, final
    advance = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.lang: str | None = None  # language of choice labels (the session's)
        self.read_only = False
        set_font_size(self, QUESTION_POINT_SIZE)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)

    # -- what subclasses provide --------------------------------------------------------------------
    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self

    def look_target(self) -> QWidget:
        return self.focus_target()

    def set_choices(self, choices: list[Choice]) -> None:
        """Only selects use this (choice filters)."""

    def apply_read_only(self, read_only: bool) -> None:
        self.focus_target().setEnabled(not read_only)

    # -- shared -----------------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self.apply_read_only(read_only)

    def set_look(self, look: str) -> None:
        set_look(self.look_target(), look)
