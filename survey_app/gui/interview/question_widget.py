"""One question on screen: its label (with * when required), hint, editor and inline messages.

The frame refreshes itself from the engine's `NodeState`: hidden when not relevant, the required
mark, the editor's value and read-only state, a red constraint error or a refused value, an orange
plausibility warning with its « Confirmer » button. It only reports what the surveyor does to the
binding (edits, confirmations); it never talks to the store.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from survey_app.core.engine import NodeState
from survey_app.core.forms.model import Question
from survey_app.gui.interview.editor_base import Editor
from survey_app.gui.interview.registry import editor_for
from survey_app.gui.interview.styles import WARNING, apply_role, set_font_size, set_text_colour

Index = tuple[int, ...]

CONFIRM_SHORTCUT_TEXT = "F4"
MESSAGE_WIDTH = 720
REQUIRED_MARK = "\u00a0*"  # a required question: « Site * »


class QuestionWidget(QFrame):
    def __init__(self, binding, question: Question, index: Index, parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = binding
        self.question = question
        self.index = index
        self.key = (question.name, index)
        self._has_refs = "${" in question.label(binding.session.lang) or "${" in question.hint(binding.session.lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 8)
        layout.setSpacing(3)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        apply_role(self.title, "note" if question.kind == "note" else "question")
        layout.addWidget(self.title)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        apply_role(self.hint, "hint")
        layout.addWidget(self.hint)
        self.editor: Editor | None = editor_for(question, self, binding.session.lang)
        if self.editor is not None:
            layout.addWidget(self.editor)
            self.editor.edited.connect(self._edited)
            self.editor.advance.connect(self._advance)
            self.title.setBuddy(self.editor.focus_target())
            if question.is_select:
                self.editor.set_choices(binding.session.visible_choices(question.name, index))
        message_row = QHBoxLayout()
        message_row.setSpacing(10)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMaximumWidth(MESSAGE_WIDTH)
        self.message.hide()
        message_row.addWidget(self.message, 4)
        self.confirm = QPushButton(self.tr("Confirmer ({key})").format(key=CONFIRM_SHORTCUT_TEXT), self)
        self.confirm.setProperty("role", "confirm")
        set_font_size(self.confirm, 11, bold=True)
        set_text_colour(self.confirm, WARNING)
        self.confirm.setToolTip(self.tr("La réponse est juste malgré l'avertissement : la garder"))
        self.confirm.hide()
        self.confirm.clicked.connect(self.confirm_warning)
        message_row.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addStretch(1)
        layout.addLayout(message_row)
        self._title_text = ""
        self._hint_text = None
        self._message = ("", "")
        self.refresh(binding.session.state(question.name, index), with_label=True)

    # -- from the engine --------------------------------------------------------------------------
    def refresh(self, state: NodeState, *, with_value: bool = True, with_label: bool = False) -> None:
        if self.isHidden() == state.relevant:
            self.setVisible(state.relevant)
        session = self.binding.session
        if with_label or self._has_refs or state.required != self._title_text.endswith(REQUIRED_MARK):
            self._show_title(session.label(self.question.name, self.index), state.required)
            self._show_hint(session.hint(self.question.name, self.index))
        editor = self.editor
        if editor is not None:
            if self.question.is_select and self.question.choice_filter is not None:
                editor.set_choices(session.visible_choices(self.question.name, self.index))
            editor.set_read_only(state.read_only or self.binding.locked)
            if with_value:
                editor.set_value(state.value)
        refused = self.binding.refused_message(self.key)
        if refused:
            self._show_message("error", refused)
        elif state.error:
            self._show_message("error", state.error)
        elif state.warning:
            self._show_message("warning", state.warning)
        elif state.confirmed:
            self._show_message("confirmed", self.tr("Avertissement confirmé"))
        else:
            self._show_message("", "")

    def _show_title(self, label: str, required: bool) -> None:
        text = (label or self.question.name) + (REQUIRED_MARK if required else "")
        if text != self._title_text:
            self._title_text = text
            self.title.setText(text)

    def _show_hint(self, hint: str) -> None:
        if hint != self._hint_text:
            self._hint_text = hint
            self.hint.setText(hint)
            self.hint.setVisible(bool(hint))

    def _show_message(self, kind: str, text: str) -> None:
        if (kind, text) == self._message:
            return
        self._message = (kind, text)
        self.message.setText(text[:1].upper() + text[1:])  # the engine's messages start in lower case
        apply_role(self.message, kind)
        self.message.setVisible(bool(text))
        self.confirm.setVisible(kind == "warning" and not self.binding.locked)
        if self.editor is not None:
            self.editor.set_look(kind if kind in ("error", "warning") else "")

    # -- from the surveyor ------------------------------------------------------------------------
    @property
    def has_warning(self) -> bool:
        return self._message[0] == "warning"

    def focus_editor(self) -> bool:
        if self.editor is None or not self.isVisible():
            return False
        target = self.editor.focus_target()
        if not target.isEnabled() or target.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()  # like Tab: typing replaces the answer
        return True

    def confirm_warning(self) -> None:
        self.binding.confirm(self.key)

    def _edited(self, value: object, final: bool) -> None:
        self.binding.edit(self.key, value, final)

    def _advance(self) -> None:
        self.binding.advance_from(self)
