"""How an expression sees the interview from one node: ODK's resolution of `${name}` in repeats.

Inside a repeat, `${name}` of a sibling resolves to the same instance; a question inside a repeat
seen from outside it is a node-set (for count(), sum() ...). `NodeContext` implements the
`EvalContext` protocol of `core.expr` for one node at one index.
"""

from __future__ import annotations

from survey_app.core.expr import ExprEvalError, NodeSet
from survey_app.core.expr.values import format_number
from survey_app.core.forms.model import Container, Question


def common_depth(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    depth = 0
    for x, y in zip(a, b):
        if x != y:
            break
        depth += 1
    return depth


class NodeContext:
    __slots__ = ("session", "element", "index", "choice")

    def __init__(self, session, element, index):
        self.session = session
        self.element = element
        self.index = index
        self.choice = None

    # -- EvalContext protocol ---------------------------------------------------------------------
    def lookup(self, name: str) -> object:
        session = self.session
        target = session.form.elements.get(name)
        if target is None:
            raise ExprEvalError(f"question inconnue : ${{{name}}}")
        chain = target.repeat_chain
        depth = common_depth(chain, self.element.repeat_chain)
        prefix = self.index[:depth]
        if isinstance(target, Container) and target.is_repeat:
            total = sum(
                session.active_count(name, idx)
                for idx in session.instances(name, prefix)
                if session.instance_active(chain, idx)
            )
            return NodeSet([True] * total)
        if depth == len(chain):
            return session.effective(name, prefix)
        return NodeSet(
            [session.effective(name, idx) for idx in session.instances(name, prefix) if session.instance_active(chain, idx)]
        )

    def current(self) -> object:
        if isinstance(self.element, Question):
            return self.session.value(self.element.name, self.index)
        return None

    def position(self) -> int:
        return self.index[-1] + 1 if self.index else 1

    def indexed_repeat(self, name: str, repeat_names_and_indexes: list[tuple[str, int]]) -> object:
        session = self.session
        target = session.form.elements.get(name)
        if target is None:
            raise ExprEvalError(f"question inconnue : ${{{name}}}")
        wanted = dict(repeat_names_and_indexes)
        index = []
        for depth, repeat in enumerate(target.repeat_chain):
            if repeat in wanted:
                index.append(int(wanted[repeat]) - 1)
            elif depth < len(self.index) and depth < len(self.element.repeat_chain) and self.element.repeat_chain[depth] == repeat:
                index.append(self.index[depth])
            else:
                index.append(0)
        key = tuple(index)
        if any(i < 0 for i in key) or key not in set(session.instances(name, key)):
            return None
        return session.effective(name, key)

    def choice_label(self, question: str, value: str) -> str:
        form = self.session.form
        element = form.elements.get(question)
        if not isinstance(element, Question) or not element.list_name:
            return ""
        choice_list = form.choice_lists.get(element.list_name)
        choice = choice_list.get(str(value)) if choice_list else None
        return choice.label(self.session.lang) if choice else ""

    def now(self):
        return self.session.clock()

    def column(self, name: str) -> object:
        """A bare name in a choice_filter: a column of the choice being filtered."""
        choice = self.choice
        if choice is None:
            raise ExprEvalError(f"« {name} » n'a de sens que dans un filtre de choix (choice_filter)")
        if name == "name":
            return choice.name
        if name == "label":
            return choice.label(self.session.lang)
        if name in choice.columns:
            return choice.columns[name]
        lowered = {k.lower(): v for k, v in choice.columns.items()}
        return lowered.get(name.lower(), "")


def display_value(session, question: Question, value: object) -> str:
    """A value as a person reads it: choice labels, numbers without '.0', nothing for empty."""
    if value is None:
        return ""
    if isinstance(value, NodeSet):
        return ", ".join(display_value(session, question, v) for v in value.values if v is not None)
    if question.is_select:
        codes = value if isinstance(value, list) else [value]
        labels = []
        for code in codes:
            choice = session.form.choice_lists[question.list_name].get(str(code))
            labels.append(choice.label(session.lang) if choice else str(code))
        return ", ".join(labels)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def render_refs(session, element, index, text: str) -> str:
    import re

    ctx = NodeContext(session, element, index)

    def replace(match: re.Match) -> str:
        name = match.group(1).strip()
        target = session.form.elements.get(name)
        if not isinstance(target, Question):
            return match.group(0)
        try:
            return display_value(session, target, ctx.lookup(name))
        except ExprEvalError:
            return ""

    return re.sub(r"\$\{([^}]*)\}", replace, text)
