"""Which questions an interview skipped: the relevance of every node, read cheaply enough for 100,000 interviews.

The export must tell « sans objet » (skipped by the skip logic) from « non renseigné » (asked, left
empty). The form engine knows, but building a `FormSession` costs about 1.9 ms an interview (every
calculation and check is evaluated), more than the whole export budget. So two views answer the
same three questions — `value(name, index)`, `relevant(name, index)`, `count(repeat, parent_index)`:

* `DocumentView`, for finished interviews (status terminé or validé): the engine wrote their
  document with `finish()`, which keeps only relevant answers, the calculated values and the active
  repeat instances. So a stored value means « relevant », expressions can read stored values as they
  are, and only the relevance of an *absent* value needs evaluating: lazily, once per node, with the
  engine's own expression evaluator and ODK's `${name}` resolution in repeats (as `NodeContext`).
* `SessionView`, for everything else (drafts, rejected interviews being corrected, whose documents
  may still hold answers that became non-relevant): a real `FormSession`, exact by construction.

`view_for(form, answers, finished)` picks one. A test checks that both agree on every node of a demo
campaign. Names the interview's form does not know read as absent and not relevant.
"""

from __future__ import annotations

import datetime as dt

from survey_app.core.engine import FormSession
from survey_app.core.engine.context import common_depth
from survey_app.core.expr import ExprEvalError, NodeSet, compile_node, references, to_boolean, uses_clock, uses_current
from survey_app.core.forms.model import Container, Element, Form, Question

Index = tuple[int, ...]
FINISHED_STATUSES = frozenset({"termine", "valide"})
_CACHED = 64


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == []


class _Tables:
    """Per-form facts the relevance walk needs, looked up once per export instead of once per node."""

    def __init__(self, form: Form):
        self.form = form
        self.chain = {name: e.repeat_chain for name, e in form.elements.items()}
        self.repeats = frozenset(r.name for r in form.repeats())
        self.parent: dict[str, tuple[str, bool] | None] = {}
        self.rule = {}
        for name, element in form.elements.items():
            parent = form.elements[element.parent] if element.parent is not None else None
            self.parent[name] = None if parent is None else (parent.name, isinstance(parent, Container) and parent.is_repeat)
            self.rule[name] = None if element.relevant is None else compile_node(element.relevant.node)
        # For top-level nodes (all their ancestors are groups): the nearest ancestor with a rule of its own.
        self.gate: dict[str, str | None] = {}
        for name, element in form.elements.items():
            ancestor = element.parent
            while ancestor is not None and self.rule[ancestor] is None:
                ancestor = form.elements[ancestor].parent
            self.gate[name] = ancestor
        # A top-level rule reading only top-level answers (no `.`, no clock) is a function of those answers:
        # its results are shared between interviews, keyed by the values read (at most _CACHED keys a rule).
        self.shared: dict[str, tuple[tuple[str, ...], dict]] = {}
        for name, element in form.elements.items():
            if element.repeat_chain or element.relevant is None:
                continue
            node = element.relevant.node
            refs = tuple(sorted(references(node)))
            if uses_current(node) or uses_clock(node) or any(
                r not in form.elements or form.elements[r].repeat_chain or r in self.repeats for r in refs
            ):
                continue
            self.shared[name] = (refs, {})


_TABLES: dict[int, _Tables] = {}


def _tables(form: Form) -> _Tables:
    tables = _TABLES.get(id(form))
    if tables is None or tables.form is not form:
        if len(_TABLES) > 16:
            _TABLES.clear()
        tables = _TABLES[id(form)] = _Tables(form)
    return tables


class DocumentView:
    """A finished answers document, with lazily evaluated relevance (see the module docstring)."""

    __slots__ = ("form", "doc", "_memo", "_now", "_tables")

    def __init__(self, form: Form, doc: dict):
        self.form = form
        self.doc = doc
        self._memo: dict[object, bool] = {}
        self._now: dt.datetime | None = None
        self._tables = _tables(form)

    # -- the document ------------------------------------------------------------------------------
    def _level(self, chain: tuple[str, ...], index: Index) -> dict:
        level = self.doc
        for depth, repeat in enumerate(chain):
            instances = level.get(repeat)
            if not isinstance(instances, list) or not 0 <= index[depth] < len(instances):
                return {}
            level = instances[index[depth]]
            if not isinstance(level, dict):
                return {}
        return level

    def value(self, name: str, index: Index = ()) -> object:
        if index:
            chain = self._tables.chain.get(name)
            if chain is None:
                return None
            value = self._level(chain, index).get(name)
        else:
            value = self.doc.get(name) if name in self._tables.chain else None
        return None if value is None or value == "" or value == [] else value

    def count(self, repeat: str, parent_index: Index = ()) -> int:
        chain = self._tables.chain.get(repeat)
        if chain is None:
            return 0
        instances = (self._level(chain, parent_index) if parent_index else self.doc).get(repeat)
        return len(instances) if isinstance(instances, list) else 0

    def indices(self, chain: tuple[str, ...], prefix: Index) -> list[Index]:
        """Every index of a node under `chain`, restricted to those starting with `prefix`."""
        found: list[Index] = [()]
        for depth, repeat in enumerate(chain):
            if depth < len(prefix):
                found = [i + (prefix[depth],) for i in found if prefix[depth] < self.count(repeat, i)]
            else:
                found = [i + (k,) for i in found for k in range(self.count(repeat, i))]
        return found

    # -- relevance ---------------------------------------------------------------------------------
    def relevant(self, name: str, index: Index = ()) -> bool:
        key = (name, index) if index else name
        known = self._memo.get(key)
        if known is not None:
            return known
        tables = self._tables
        if name not in tables.chain:
            return False
        result = True
        if not index:
            gate = tables.gate[name]
            if gate is not None:
                result = self._memo.get(gate)
                if result is None:
                    result = self.relevant(gate)
        else:
            parent = tables.parent[name]
            if parent is not None:
                result = self.relevant(parent[0], index[:-1] if parent[1] else index)
        rule = tables.rule[name]
        if result and rule is not None:
            shared = tables.shared.get(name)
            if shared is None:
                result = self._evaluate(rule, name, index)
            else:
                refs, known = shared
                values = []
                for ref in refs:
                    value = self.doc.get(ref)
                    values.append(tuple(value) if type(value) is list else None if value == "" else value)
                values = tuple(values)
                result = known.get(values)
                if result is None:
                    result = self._evaluate(rule, name, index)
                    if len(known) < _CACHED:
                        known[values] = result
        self._memo[key] = result
        return result

    def _evaluate(self, rule, name: str, index: Index) -> bool:
        try:
            return to_boolean(rule(_DocContext(self, self.form.elements[name], index)))
        except (ExprEvalError, ArithmeticError):
            return True  # the engine's default for a relevance it cannot evaluate

    def now(self) -> dt.datetime:
        if self._now is None:
            self._now = dt.datetime.now().replace(microsecond=0)
        return self._now


class _DocContext:
    """The `EvalContext` of one node of a finished document (mirrors engine.context.NodeContext)."""

    __slots__ = ("view", "element", "index")

    def __init__(self, view: DocumentView, element: Element, index: Index):
        self.view = view
        self.element = element
        self.index = index

    def lookup(self, name: str) -> object:
        view = self.view
        chain = view._tables.chain.get(name)
        if chain is None:
            raise ExprEvalError(f"question inconnue : ${{{name}}}")
        if not chain and name not in view._tables.repeats:  # the common case: a top-level question
            value = view.doc.get(name)
            return None if value == "" or value == [] else value
        target = view.form.elements[name]
        prefix = self.index[: common_depth(chain, self.element.repeat_chain)]
        if isinstance(target, Container) and target.is_repeat:
            return NodeSet([True] * sum(view.count(name, i) for i in view.indices(chain, prefix)))
        if len(prefix) == len(chain):
            return view.value(name, prefix)
        return NodeSet([view.value(name, i) for i in view.indices(chain, prefix)])

    def current(self) -> object:
        return self.view.value(self.element.name, self.index) if isinstance(self.element, Question) else None

    def position(self) -> int:
        return self.index[-1] + 1 if self.index else 1

    def indexed_repeat(self, name: str, repeat_names_and_indexes: list[tuple[str, int]]) -> object:
        target = self.view.form.elements.get(name)
        if target is None:
            raise ExprEvalError(f"question inconnue : ${{{name}}}")
        wanted = dict(repeat_names_and_indexes)
        own = self.element.repeat_chain
        index = []
        for depth, repeat in enumerate(target.repeat_chain):
            if repeat in wanted:
                index.append(int(wanted[repeat]) - 1)
            elif depth < len(self.index) and depth < len(own) and own[depth] == repeat:
                index.append(self.index[depth])
            else:
                index.append(0)
        key = tuple(index)
        if key not in self.view.indices(target.repeat_chain, key):
            return None
        return self.view.value(name, key)

    def choice_label(self, question: str, value: str) -> str:
        form = self.view.form
        element = form.elements.get(question)
        if not isinstance(element, Question) or not element.list_name:
            return ""
        choice_list = form.choice_lists.get(element.list_name)
        choice = choice_list.get(str(value)) if choice_list else None
        return choice.label(form.default_language) if choice else ""

    def now(self) -> dt.datetime:
        return self.view.now()

    def column(self, name: str) -> object:
        raise ExprEvalError(f"« {name} » n'a de sens que dans un filtre de choix (choice_filter)")


class SessionView:
    """Any interview, through the form engine: exact, about 2 ms an interview."""

    __slots__ = ("form", "session")

    def __init__(self, form: Form, doc: dict):
        self.form = form
        self.session = FormSession(form, doc)

    def value(self, name: str, index: Index = ()) -> object:
        if name not in self.form.elements or not self.session.exists(name, index) or not self.relevant(name, index):
            return None
        value = self.session.value(name, index)
        return None if _is_empty(value) else value

    def relevant(self, name: str, index: Index = ()) -> bool:
        if name not in self.form.elements:
            return False
        element = self.form.elements[name]
        if element.repeat_chain and not self.session.instance_active(element.repeat_chain, index):
            return False
        return self.session.is_relevant(name, index)

    def count(self, repeat: str, parent_index: Index = ()) -> int:
        if repeat not in self.form.elements or not self.session.is_relevant(repeat, parent_index):
            return 0
        return self.session.active_count(repeat, parent_index)


def view_for(form: Form, answers: dict, finished: bool) -> DocumentView | SessionView:
    """The cheap view for a finished interview's document, the engine for any other."""
    return DocumentView(form, answers) if finished else SessionView(form, answers)
