"""Which editor shows which question: a table from (type, appearance) to an editor class.

Adding a question type to the application means adding an editor module and one line here. Notes
have no editor (the question frame shows their text); calculations with a label get a read-only
display; metadata and hidden values are never shown (see `pages.is_shown`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from survey_app.core.forms.model import Question
from survey_app.gui.interview.choice_editors import AcknowledgeEditor, ChoiceButtonsEditor, ComboChoiceEditor
from survey_app.gui.interview.datetime_editors import DateEditor, DateTimeEditor, TimeEditor
from survey_app.gui.interview.editor_base import Editor
from survey_app.gui.interview.formatting import editor_text
from survey_app.gui.interview.text_editors import DecimalEditor, IntegerEditor, MultilineEditor, TextEditor
from survey_app.gui.interview.styles import apply_role


class CalculatedDisplay(Editor):
    """A calculation with a label: its value, read-only, updated as the answers change."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.label = QLabel(self)
        apply_role(self.label, "calculated")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row.addWidget(self.label)
        self.row.addStretch(1)

    def set_value(self, value: object) -> None:
        text = editor_text(self.question, value) or "—"
        if self.label.text() != text:
            self.label.setText(text)

    def apply_read_only(self, read_only: bool) -> None:
        pass


EditorFactory = Callable[[Question, QWidget | None], Editor]

# (kind, appearance word) first, then kind alone.
REGISTRY: dict[tuple[str, str | None], EditorFactory] = {
    ("text", "multiline"): MultilineEditor,
    ("text", None): TextEditor,
    ("integer", None): IntegerEditor,
    ("decimal", None): DecimalEditor,
    ("date", None): DateEditor,
    ("time", None): TimeEditor,
    ("datetime", None): DateTimeEditor,
    ("select_one", "minimal"): ComboChoiceEditor,
    ("select_one", "likert"): partial(ChoiceButtonsEditor, horizontal=True),
    ("select_one", None): ChoiceButtonsEditor,
    ("select_multiple", None): partial(ChoiceButtonsEditor, multiple=True),
    ("acknowledge", None): AcknowledgeEditor,
    ("calculate", None): CalculatedDisplay,
}


def editor_for(question: Question, parent: QWidget | None = None, lang: str | None = None) -> Editor | None:
    """A new editor for the question, or None when it has none (notes)."""
    for word in question.appearance.split():
        factory = REGISTRY.get((question.kind, word))
        if factory is not None:
            break
    else:
        factory = REGISTRY.get((question.kind, None))
    if factory is None:
        return None
    editor = factory(question, parent)
    editor.lang = lang
    return editor
