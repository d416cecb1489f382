"""The questions of one page (or of one repeat instance) laid out top to bottom.

Questions become `QuestionWidget`s, groups nested in a page become headings followed by their
questions, repeats become `RepeatWidget` tables. Everything built here is registered with the
binding under its node key and unregistered by `dispose()`, so the binding only ever refreshes
widgets that exist.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from survey_app.core.forms.model import Container, Question
from survey_app.gui.interview.pages import is_shown
from survey_app.gui.interview.question_widget import QuestionWidget
from survey_app.gui.interview.styles import apply_role

Index = tuple[int, ...]


class ItemsView(QWidget):
    def __init__(self, binding, items: list[str], index: Index, parent: QWidget | None = None):
        super().__init__(parent)
        self.binding = binding
        self.index = index
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self._registered: list[tuple[dict, tuple, QWidget]] = []
        self.repeat_widgets: list = []
        for name in items:
            self._add(name, index)

    def _register(self, table: dict, key: tuple, widget: QWidget) -> None:
        self.binding.register(table, key, widget)
        self._registered.append((table, key, widget))

    def _add(self, name: str, index: Index) -> None:
        binding = self.binding
        form = binding.session.form
        element = form.elements[name]
        if not is_shown(form, name):
            return
        if isinstance(element, Container) and element.is_repeat:
            from survey_app.gui.interview.repeat_widget import RepeatWidget

            widget = RepeatWidget(binding, name, index, self)
            self.layout_.addWidget(widget)
            self.repeat_widgets.append(widget)
            self._register(binding.repeats, (name, index), widget)
            return
        if isinstance(element, Container):
            heading = QLabel(element.label(binding.session.lang) or name, self)
            apply_role(heading, "heading")
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setWordWrap(True)
            heading.setVisible(binding.session.is_relevant(name, index))
            self.layout_.addWidget(heading)
            self._register(binding.headings, (name, index), heading)
            for child in element.children:
                self._add(child, index)
            return
        if isinstance(element, Question):
            widget = QuestionWidget(binding, element, index, self)
            self.layout_.addWidget(widget)
            self._register(binding.questions, (name, index), widget)

    def question_widgets(self) -> list[QuestionWidget]:
        return [w for table, _key, w in self._registered if isinstance(w, QuestionWidget)]

    def dispose(self) -> None:
        for repeat in self.repeat_widgets:
            repeat.dispose()
        for table, key, widget in self._registered:
            self.binding.unregister(table, key, widget)
        self._registered.clear()
        self.repeat_widgets.clear()
