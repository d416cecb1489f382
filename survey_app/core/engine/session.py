"""`FormSession`: one interview being filled, with skip logic, calculations and checks kept up to date.

Every node is a question or container at an *index*: the tuple of repeat-instance positions that
encloses it (`()` at the top, `(2,)` in the third household member). When an answer changes, the
session re-evaluates only the nodes that depend on it, in dependency order, and stops where nothing
changed (see `core.forms.dependencies`). ODK semantics: answers to questions that become
non-relevant are kept while editing but count as empty in expressions and are left out of the
finished interview; a required question only blocks when it is relevant.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from survey_app.core.engine.coercion import AnswerError, coerce, is_empty
from survey_app.core.engine.context import NodeContext
from survey_app.core.engine.document import read_document, write_document
from survey_app.core.engine.instances import fill_new, shift_key
from survey_app.core.expr import ExprEvalError, evaluate
from survey_app.core.expr.values import to_boolean, to_number
from survey_app.core.forms.dependencies import graph_of
from survey_app.core.forms.model import Choice, Container, Element, Expression, Form, Question

Index = tuple[int, ...]
Key = tuple[str, Index]
_TOP: tuple[Index, ...] = ((),)


@dataclass(frozen=True)
class SessionMeta:
    """What the metadata types (deviceid, username) and pre-filled questions are filled from."""

    deviceid: str = ""
    username: str = ""
    prefill: dict[str, object] = field(default_factory=dict)


@dataclass
class Changes:
    """What an edit touched: the GUI refreshes these nodes only."""

    values: set[Key] = field(default_factory=set)  # value or relevance changed
    checks: set[Key] = field(default_factory=set)  # error / warning / required state may have changed
    structure: bool = False  # repeat instances appeared or disappeared


@dataclass(frozen=True)
class NodeState:
    relevant: bool
    value: object
    required: bool
    missing: bool  # required, relevant and empty
    read_only: bool
    error: str | None  # constraint failed (or value no longer allowed)
    warning: str | None  # plausibility warning not yet confirmed
    confirmed: bool  # warning shown and confirmed by the surveyor


@dataclass(frozen=True)
class Problem:
    name: str
    index: Index
    kind: str  # "required", "constraint", "warning"
    message: str


class FormSession:
    def __init__(
        self,
        form: Form,
        answers: dict | None = None,
        *,
        meta: SessionMeta | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        lang: str | None = None,
    ):
        self.form = form
        self.meta = meta or SessionMeta()
        self.clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self.lang = lang if lang is not None else form.default_language
        self.graph = graph_of(form)
        self._checked_questions = [
            q for q in form.questions() if q.required is not None or q.constraint is not None
            or q.warning is not None or q.choice_filter is not None
        ]
        self._raw: dict[Key, object] = {}
        self._calc: dict[Key, object] = {}
        self._relevant: dict[Key, bool] = {}
        self._counts: dict[Key, int] = {}
        self._targets: dict[Key, int | None] = {}
        self._errors: dict[Key, str] = {}
        self._warnings: dict[Key, str] = {}
        self._required: dict[Key, bool] = {}
        self._read_only: dict[Key, bool] = {}
        self._confirmed: set[Key] = set()
        self._extra: dict[str, object] = {}
        self.is_new = answers is None
        if answers is None:
            self._fill_new(())
        else:
            read_document(self, answers)
        self.recompute_all()

    # -- reading ----------------------------------------------------------------------------------
    def value(self, name: str, index: Index = ()) -> object:
        """The answer (or calculated value) as stored, even when the question is not relevant."""
        key = (name, index)
        if self.form.elements[name].kind in ("calculate",):
            return self._calc.get(key)
        return self._raw.get(key)

    def effective(self, name: str, index: Index) -> object:
        """The value expressions see: empty when the node is not relevant."""
        key = (name, index)
        if not self._relevant.get(key, True):
            return None
        element = self.form.elements[name]
        if element.kind == "calculate":
            return self._calc.get(key)
        return self._raw.get(key)

    def is_relevant(self, name: str, index: Index = ()) -> bool:
        return self._relevant.get((name, index), True)

    def count(self, repeat: str, parent_index: Index = ()) -> int:
        """Number of instances of a repeat (including inactive ones beyond its repeat_count)."""
        return self._counts.get((repeat, parent_index), 0)

    def active_count(self, repeat: str, parent_index: Index = ()) -> int:
        total = self.count(repeat, parent_index)
        target = self._targets.get((repeat, parent_index))
        return total if target is None else min(total, target)

    def instances(self, name: str, prefix: Index = ()) -> Iterator[Index] | tuple[Index, ...]:
        """Every index at which `name` exists, restricted to those starting with `prefix`."""
        chain = self.form.elements[name].repeat_chain
        if not chain:
            return _TOP
        return self._walk(chain, 0, (), prefix)

    def exists(self, name: str, index: Index) -> bool:
        """True when `name` has a node at `index` (every enclosing repeat instance exists)."""
        chain = self.form.elements[name].repeat_chain
        if len(index) != len(chain):
            return False
        return all(0 <= index[d] < self._counts.get((chain[d], index[:d]), 0) for d in range(len(chain)))

    def _walk(self, chain, depth, index, prefix) -> Iterator[Index]:
        if depth == len(chain):
            yield index
            return
        if depth < len(prefix):
            if prefix[depth] < self._counts.get((chain[depth], index), 0):
                yield from self._walk(chain, depth + 1, index + (prefix[depth],), prefix)
            return
        for i in range(self._counts.get((chain[depth], index), 0)):
            yield from self._walk(chain, depth + 1, index + (i,), prefix)

    def instance_active(self, chain: tuple[str, ...], index: Index) -> bool:
        """False when some enclosing instance lies beyond its repeat's repeat_count."""
        for depth, repeat in enumerate(chain):
            target = self._targets.get((repeat, index[:depth]))
            if target is not None and index[depth] >= target:
                return False
        return True

    def verdict(self, name: str, index: Index = ()) -> tuple[str | None, str | None]:
        """(constraint error, unconfirmed warning) of a relevant node: a cheap subset of `state`."""
        key = (name, index)
        if not self._relevant.get(key, True):
            return None, None
        warning = self._warnings.get(key) if key not in self._confirmed else None
        return self._errors.get(key), warning

    def state(self, name: str, index: Index = ()) -> NodeState:
        key = (name, index)
        relevant = self._relevant.get(key, True)
        required = relevant and self._required.get(key, False)
        value = self.value(name, index)
        return NodeState(
            relevant=relevant,
            value=value,
            required=required,
            missing=required and is_empty(value),
            read_only=self._read_only.get(key, False),
            error=self._errors.get(key) if relevant else None,
            warning=self._warnings.get(key) if relevant and key not in self._confirmed else None,
            confirmed=key in self._confirmed and key in self._warnings,
        )

    def visible_choices(self, name: str, index: Index = ()) -> list[Choice]:
        question = self.form.question(name)
        choices = self.form.choices_for(question)
        if question.choice_filter is None:
            return list(choices)
        ctx = NodeContext(self, question, index)
        visible = []
        for choice in choices:
            ctx.choice = choice
            try:
                if to_boolean(evaluate(question.choice_filter.node, ctx)):
                    visible.append(choice)
            except ExprEvalError:
                visible.append(choice)
        return visible

    def label(self, name: str, index: Index = (), lang: str | None = None) -> str:
        """The label with `${name}` references replaced by the current answers."""
        element = self.form.elements[name]
        return self._render(element.label(lang or self.lang), element, index)

    def hint(self, name: str, index: Index = (), lang: str | None = None) -> str:
        element = self.form.elements[name]
        return self._render(element.hint(lang or self.lang), element, index)

    def _render(self, text: str, element: Element, index: Index) -> str:
        if "${" not in text:
            return text
        from survey_app.core.engine.context import render_refs

        return render_refs(self, element, index, text)

    def path(self, name: str, index: Index = ()) -> tuple:
        """Address of a node in the answers document: ("membres", 2, "age")."""
        parts: list = []
        for repeat, position in zip(self.form.elements[name].repeat_chain, index):
            parts += [repeat, position]
        return tuple(parts + [name])

    # -- editing ----------------------------------------------------------------------------------
    def set_value(self, name: str, value: object, index: Index = ()) -> Changes:
        """Store an answer (coerced to its type; AnswerError if it does not fit) and update dependents."""
        question = self.form.question(name)
        if not (question.is_input or question.kind == "hidden" or question.is_metadata):
            raise AnswerError(f"« {name} » est calculée ou affichée, elle ne prend pas de réponse")
        if not self.exists(name, index):
            raise AnswerError(f"l'occurrence {index} de « {name} » n'existe pas")
        stored = coerce(self.form, question, value)
        key = (name, index)
        if self._raw.get(key) == stored:
            return Changes()
        if stored is None:
            self._raw.pop(key, None)
        else:
            self._raw[key] = stored
        self._confirmed.discard(key)
        return self._propagate([key])

    def confirm_warning(self, name: str, index: Index = ()) -> Changes:
        key = (name, index)
        if key in self._warnings:
            self._confirmed.add(key)
        return Changes(checks={key})

    def add_instance(self, repeat: str, parent_index: Index = ()) -> int:
        """Append an instance to a repeat (with its defaults); return its position."""
        container = self.form.elements[repeat]
        if not (isinstance(container, Container) and container.is_repeat):
            raise AnswerError(f"« {repeat} » n'est pas une répétition")
        position = self._counts.get((repeat, parent_index), 0)
        self._counts[(repeat, parent_index)] = position + 1
        self._fill_new(parent_index + (position,), container)
        self.recompute_all()
        return position

    def remove_instance(self, repeat: str, index: Index) -> None:
        """Remove instance `index` (full index of the instance) and shift the following ones."""
        parent, position = index[:-1], index[-1]
        total = self._counts.get((repeat, parent), 0)
        if not 0 <= position < total:
            raise AnswerError(f"l'occurrence {position + 1} de « {repeat} » n'existe pas")
        inside = {n for n, e in self.form.elements.items() if repeat in e.repeat_chain}
        for table in (self._raw, self._calc, self._relevant, self._errors, self._warnings, self._required,
                      self._read_only, self._counts, self._targets):
            shifted = {shift_key(key, inside, index): value for key, value in table.items()}
            table.clear()
            table.update((key, value) for key, value in shifted.items() if key is not None)
        self._confirmed = {k for k in map(lambda key: shift_key(key, inside, index), self._confirmed) if k}
        self._counts[(repeat, parent)] = total - 1
        self.recompute_all()

    # -- problems and results ---------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """Everything that keeps the interview from being finished, in form order."""
        found: list[Problem] = []
        for element in self._checked_questions:
            name = element.name
            for index in self.instances(name):
                key = (name, index)
                if not self._relevant.get(key, True):
                    continue
                if self._required.get(key) and is_empty(self.value(name, index)):
                    message = element.required_message and _text(element.required_message, self.lang)
                    found.append(Problem(name, index, "required", message or "réponse obligatoire"))
                if key in self._errors:
                    found.append(Problem(name, index, "constraint", self._errors[key]))
                if key in self._warnings and key not in self._confirmed:
                    found.append(Problem(name, index, "warning", self._warnings[key]))
        return found

    def blocking_problems(self) -> list[Problem]:
        return [p for p in self.problems() if p.kind != "warning"]

    def to_document(self, *, finished: bool = False) -> dict:
        """The answers document; `finished=True` leaves out what is not relevant."""
        return write_document(self, finished=finished)

    def finish(self) -> dict:
        """Stamp the `end` metadata and return the finished answers (only relevant ones)."""
        now = self.clock().replace(microsecond=0).isoformat()
        for question in self.form.questions():
            if question.kind == "end" and not question.repeat_chain:
                self._raw[(question.name, ())] = now
        return self.to_document(finished=True)

    # -- evaluation -------------------------------------------------------------------------------
    def recompute_all(self) -> None:
        """Re-evaluate every node (after loading or a change of structure)."""
        self._calc.clear()
        self._relevant.clear()
        for name in self.graph.order:
            element = self.form.elements[name]
            for index in list(self.instances(name)):
                self._evaluate_node(element, index)
        for name in self.graph.order:
            element = self.form.elements[name]
            if isinstance(element, Question):
                for index in self.instances(name):
                    self._check_node(element, index)

    def _propagate(self, seeds: list[Key]) -> Changes:
        changes = Changes(values=set(seeds), checks=set(seeds))
        rank = self.graph.rank
        heap: list[tuple[int, str, Index]] = []
        queued: set[Key] = set()

        def push_dependents(key: Key) -> None:
            source = self.form.elements[key[0]]
            for dependent in self.graph.value_dependents.get(key[0], ()):
                for index in self._matching(source, key[1], dependent):
                    if (dependent, index) not in queued:
                        queued.add((dependent, index))
                        heapq.heappush(heap, (rank[dependent], dependent, index))
            for dependent in self.graph.check_dependents.get(key[0], ()):
                for index in self._matching(source, key[1], dependent):
                    changes.checks.add((dependent, index))

        for key in seeds:
            push_dependents(key)
        while heap:
            _, name, index = heapq.heappop(heap)
            element = self.form.elements[name]
            key = (name, index)
            if self._evaluate_node(element, index):
                changes.values.add(key)
                changes.checks.add(key)
                push_dependents(key)
        for name, index in changes.checks:
            element = self.form.elements.get(name)
            if isinstance(element, Question):
                self._check_node(element, index)
        if self._structure_changed:
            # New or deactivated repeat instances were reached through the repeat's dependents
            # (its children and every count()/sum() over it), so no full re-evaluation is needed.
            self._structure_changed = False
            changes.structure = True
        return changes

    _structure_changed = False

    def _matching(self, source: Element, index: Index, dependent: str) -> Iterator[Index] | tuple[Index, ...]:
        chain = self.form.elements[dependent].repeat_chain
        if not chain:
            return _TOP
        common = 0
        for a, b in zip(source.repeat_chain, chain):
            if a != b:
                break
            common += 1
        return self.instances(dependent, index[:common])

    def _evaluate_node(self, element: Element, index: Index) -> bool:
        """Recompute relevance (and value for calculates, count for repeats); True if anything changed."""
        key = (element.name, index)
        relevant = self._parent_relevant(element, index)
        if relevant and element.relevant is not None:
            relevant = self._truth(element.relevant, element, index, default=True)
        changed = self._relevant.get(key) != relevant
        self._relevant[key] = relevant
        if isinstance(element, Question) and element.kind == "calculate":
            value = None
            if relevant and element.calculation is not None:
                value = self._value_of(element.calculation, element, index)
            elif relevant:  # a calculate without formula holds its pre-filled value or its default
                value = self._raw.get(key, element.default or None)
            if self._calc.get(key) != value:
                changed = True
            self._calc[key] = value
        elif isinstance(element, Container) and element.repeat_count is not None:
            target = None
            if relevant:
                number = to_number(self._value_of(element.repeat_count, element, index))
                target = max(0, min(int(number), 500)) if number == number and abs(number) != float("inf") else 0
            if self._targets.get(key, "unset") != target:
                changed = True
                self._targets[key] = target
                if target is not None and target > self._counts.get(key, 0):
                    for position in range(self._counts.get(key, 0), target):
                        self._counts[key] = position + 1
                        self._fill_new(index + (position,), element)
                    self._structure_changed = True
                elif target is not None or key in self._counts:
                    self._structure_changed = True
        return changed

    def _parent_relevant(self, element: Element, index: Index) -> bool:
        parent_name = element.parent
        if parent_name is None:
            return True
        parent = self.form.elements[parent_name]
        if isinstance(parent, Container) and parent.is_repeat:
            parent_index = index[:-1]
            if not self._relevant.get((parent_name, parent_index), True):
                return False
            target = self._targets.get((parent_name, parent_index))
            return target is None or index[-1] < target
        return self._relevant.get((parent_name, index), True)

    def _check_node(self, question: Question, index: Index) -> None:
        key = (question.name, index)
        self._errors.pop(key, None)
        self._warnings.pop(key, None)
        if not self._relevant.get(key, True):
            return
        self._required[key] = question.required is not None and self._truth(question.required, question, index)
        self._read_only[key] = question.read_only is not None and self._truth(question.read_only, question, index)
        value = self.value(question.name, index)
        if is_empty(value):
            return
        if question.constraint is not None and not self._truth(question.constraint, question, index, default=False):
            self._errors[key] = _text(question.constraint_message, self.lang) or "valeur non acceptée"
        elif question.choice_filter is not None and question.is_select:
            allowed = {c.name for c in self.visible_choices(question.name, index)}
            chosen = value if isinstance(value, list) else [value]
            if any(v not in allowed for v in chosen):
                self._errors[key] = "ce choix ne correspond plus aux réponses précédentes : choisissez à nouveau"
        if question.warning is not None and not self._truth(question.warning, question, index, default=True):
            self._warnings[key] = _text(question.warning_message, self.lang)

    def _value_of(self, expr: Expression, element: Element, index: Index) -> object:
        try:
            return evaluate(expr.node, NodeContext(self, element, index))
        except ExprEvalError:
            return None

    def _truth(self, expr: Expression, element: Element, index: Index, default: bool = False) -> bool:
        try:
            return to_boolean(evaluate(expr.node, NodeContext(self, element, index)))
        except ExprEvalError:
            return default

    def _fill_new(self, index: Index, container: Container | None = None) -> None:
        fill_new(self, index, container)


def _text(texts: dict[str, str], lang: str | None) -> str:
    from survey_app.core.forms.model import pick_text

    return pick_text(texts, lang)
