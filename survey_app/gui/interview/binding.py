"""The live link between the form engine and the widgets showing it.

Widgets register under their node key (name, repeat index). An edit goes to `FormSession.set_value`;
the engine answers with the `Changes` it made, and only the widgets of those nodes are refreshed
(plus the repeat table cells and side-panel pages they sit on), so a key press stays well under a
frame. A value the engine refuses (« nombre attendu ») empties the answer and is shown in red under
the question; while the surveyor is still typing it is only shown after a pause. Every accepted
change is handed to the `Autosaver`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from survey_app.core.engine import AnswerError, Changes, FormSession
from survey_app.gui.interview.autosave import Autosaver
from survey_app.gui.interview.pages import PagePlan

Index = tuple[int, ...]
Key = tuple[str, Index]


class FormBinding(QObject):
    pages_changed = Signal(object)  # set of page positions whose completion may have changed
    structure_changed = Signal()  # repeat instances appeared or disappeared
    advance_requested = Signal(object)  # the QuestionWidget on which Enter was pressed
    edited = Signal()

    def __init__(self, session: FormSession, plan: PagePlan, autosave: Autosaver, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.plan = plan
        self.autosave = autosave
        self.locked = False  # a finished interview: read-only until reopened
        self.questions: dict[Key, list] = {}
        self.headings: dict[Key, list] = {}
        self.repeats: dict[Key, list] = {}  # (repeat name, parent index) -> RepeatWidgets
        self._refused: dict[Key, str] = {}  # value typed but not accepted, with the engine's message
        self._revealed: set[Key] = set()  # refused values whose message is shown
        self.store_counts: dict[Key, int] = {}  # repeat instances the store holds, per (repeat, parent index)
        autosave.idle.connect(self._reveal_refused)

    # -- registration -----------------------------------------------------------------------------
    def register(self, table: dict[Key, list], key: Key, widget) -> None:
        table.setdefault(key, []).append(widget)

    def unregister(self, table: dict[Key, list], key: Key, widget) -> None:
        widgets = table.get(key)
        if widgets and widget in widgets:
            widgets.remove(widget)
            if not widgets:
                del table[key]

    # -- refused values ----------------------------------------------------------------------------
    def refused_message(self, key: Key) -> str | None:
        return self._refused.get(key) if key in self._revealed else None

    def refused(self) -> dict[Key, str]:
        return dict(self._refused)

    def _reveal_refused(self) -> None:
        hidden = [key for key in self._refused if key not in self._revealed]
        self._revealed.update(hidden)
        self._refresh_keys(hidden, with_value=False)

    # -- edits from the widgets -------------------------------------------------------------------
    def edit(self, key: Key, value: object, final: bool) -> None:
        if self.locked:
            return
        name, index = key
        try:
            changes = self.session.set_value(name, value, index)
            accepted = True
            self._refused.pop(key, None)
            self._revealed.discard(key)
        except AnswerError as error:
            accepted = False
            self._refused[key] = error.message
            if final:
                self._revealed.add(key)
            try:
                changes = self.session.set_value(name, None, index)
            except AnswerError:  # the node itself is gone (a row removed meanwhile): nothing to keep
                return
            changes.checks.add(key)
        self.apply(changes, source=key, final=final and accepted)
        if final:
            self.autosave.save_now(key)
        else:
            self.autosave.mark(key)
        self.edited.emit()

    def confirm(self, key: Key) -> None:
        if self.locked or self.session.state(*key).warning is None:
            return
        changes = self.session.confirm_warning(*key)
        self.autosave.run(self.autosave.store.confirm_warning, self.session.path(*key))
        self.apply(changes)
        self.edited.emit()

    def add_instance(self, repeat: str, parent_index: Index) -> int:
        """Append an instance of a free repeat (not driven by a count); returns its position."""
        self.autosave.flush()
        position = self.session.add_instance(repeat, parent_index)
        instance = self._instance_document(repeat, parent_index + (position,))
        self.autosave.run(self.autosave.store.add_repeat_instance, self.session.path(repeat, parent_index), instance)
        self.store_counts = self._counts_now()
        self.apply(Changes(structure=True))
        return position

    def remove_instance(self, repeat: str, index: Index) -> None:
        self.autosave.flush()
        self.session.remove_instance(repeat, index)
        self._forget_below(repeat, index)
        self.autosave.run(self.autosave.store.remove_repeat_instance, self.session.path(repeat, index[:-1]), index[-1])
        self.store_counts = self._counts_now()
        self.apply(Changes(structure=True))

    def _forget_below(self, repeat: str, index: Index) -> None:
        """Refused values inside a removed instance go; those after it shift down."""
        depth = len(index) - 1
        inside = {n for n, e in self.session.form.elements.items() if repeat in e.repeat_chain}
        moved: dict[Key, str] = {}
        for (name, idx), message in self._refused.items():
            if name in inside and idx[:depth] == index[:-1] and len(idx) > depth:
                if idx[depth] == index[-1]:
                    continue
                if idx[depth] > index[-1]:
                    idx = idx[:depth] + (idx[depth] - 1,) + idx[depth + 1:]
            moved[(name, idx)] = message
        self._refused = moved
        self._revealed = {k for k in self._revealed if k in moved}

    def _instance_document(self, repeat: str, index: Index) -> dict:
        document = self.session.to_document()
        node: object = document
        path = self.session.path(repeat, index[:-1])
        for part in path:
            node = node.get(part, []) if isinstance(node, dict) else node[part]
        instances = node if isinstance(node, list) else []
        return instances[index[-1]] if index[-1] < len(instances) else {}

    def load_counts(self, document: dict) -> None:
        """Remember how many instances each repeat has in the store's document."""
        self.store_counts = document_counts(self.session.form, document)

    def _counts_now(self) -> dict[Key, int]:
        return {
            (repeat.name, index): self.session.count(repeat.name, index)
            for repeat in self.session.form.repeats()
            for index in self._parents(repeat)
        }

    def _parents(self, repeat) -> Iterable[Index]:
        """Parent indexes at which the repeat exists (() for a top-level repeat)."""
        if not repeat.repeat_chain:
            return [()]
        outer = repeat.repeat_chain[-1]
        return [idx for parent in self._parents(self.session.form.elements[outer])
                for idx in (parent + (i,) for i in range(self.session.count(outer, parent)))]

    def sync_structure(self) -> None:
        """Mirror the instances the engine created (a repeat_count grew) into the store, in order."""
        for key, want in self._counts_now().items():
            have = self.store_counts.get(key, 0)
            repeat, parent = key
            for position in range(have, want):
                instance = self._instance_document(repeat, parent + (position,))
                self.autosave.run(self.autosave.store.add_repeat_instance, self.session.path(repeat, parent), instance)
            self.store_counts[key] = max(have, want)

    # -- applying what the engine changed ---------------------------------------------------------
    def apply(self, changes: Changes, *, source: Key | None = None, final: bool = False) -> None:
        if changes.structure:
            self.sync_structure()
            self.structure_changed.emit()
            self.refresh_all(typing=None if final else source)
            self.pages_changed.emit(set(range(len(self.plan.pages))))
            return
        keys = changes.values | changes.checks
        for key in keys:
            state = None
            for widget in self.questions.get(key, ()):
                state = state or self.session.state(*key)
                widget.refresh(state, with_value=key != source or final)
            for widget in self.headings.get(key, ()):
                widget.setVisible(self.session.is_relevant(*key))
            name, index = key
            if index:
                element = self.session.form.elements[name]
                if element.repeat_chain:
                    for table in self.repeats.get((element.repeat_chain[-1], index[:-1]), ()):
                        table.cell_changed(index[-1], name)
            for table in self.repeats.get(key, ()):
                table.container_changed()
        page_of = self.plan.page_of
        pages = {page_of[name] for name, _ in keys if name in page_of}
        if pages:
            self.pages_changed.emit(pages)

    def _refresh_keys(self, keys: Iterable[Key], *, with_value: bool = True) -> None:
        for key in keys:
            for widget in self.questions.get(key, ()):
                widget.refresh(self.session.state(*key), with_value=with_value)

    def refresh_all(self, *, typing: Key | None = None) -> None:
        """Every widget on screen (after a change of structure); the field being typed keeps its text."""
        for key, widgets in list(self.questions.items()):
            state = self.session.state(*key)
            for widget in widgets:
                widget.refresh(state, with_value=key != typing)
        for key, widgets in self.headings.items():
            for widget in widgets:
                widget.setVisible(self.session.is_relevant(*key))
        for widgets in list(self.repeats.values()):
            for table in widgets:
                table.reload()

    def advance_from(self, widget) -> None:
        self.advance_requested.emit(widget)


def document_counts(form, document: dict) -> dict[Key, int]:
    """Instances per (repeat, parent index) in an answers document (groups are flattened in it)."""
    counts: dict[Key, int] = {}

    def walk(level: dict, children: list[str], index: Index) -> None:
        for name in children:
            element = form.elements[name]
            if not hasattr(element, "children"):
                continue
            if not element.is_repeat:
                walk(level, element.children, index)
                continue
            instances = level.get(name)
            instances = instances if isinstance(instances, list) else []
            counts[(name, index)] = len(instances)
            for position, instance in enumerate(instances):
                walk(instance if isinstance(instance, dict) else {}, element.children, index + (position,))

    walk(document, form.top, ())
    return counts
