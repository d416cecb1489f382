"""Skip instructions in words: an XLSForm `relevant` expression turned into a French sentence.

`describe_condition(expression, form, numbers)` reads the parsed expression (`core.expr` nodes) and
writes what a surveyor holding the paper form needs: « Si Q12 = « Oui » », « Si Q30 : « Électricité »
coché », « Si Q4 = « Entretien réalisé » ou « Entretien partiel » et Q7 = « Oui » », « Si Q15 n'a pas
de réponse », « Si Q21 ≥ 16 ». It knows the common patterns: `${x} = 'v'` and `!=` (choice labels
for select questions, « sans réponse » for `''`), comparisons, `selected(${x}, 'v')`,
`count-selected(${x}) > 0`, `not(...)`, `and` / `or` (equalities on the same question merged),
and a calculated flag written `if(CONDITION, 1, 0)` (its condition is described instead, when it is
short enough; otherwise, like any other calculation, it is named: « le calcul « x » »). Anything
else falls back to « Voir la condition : … » with the expression as written, so nothing is lost.
"""

from __future__ import annotations

from survey_app.core.expr import BinOp, Call, Literal, Ref
from survey_app.core.reports.styles import short_label as short_choice

OPERATORS = {"=": "=", "!=": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥"}
MAX_LENGTH = 420
_CHECK = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
          "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


class _Untranslatable(Exception):
    pass


def describe_condition(expression, form, numbers: dict[str, str]) -> str:
    """« Si … » for a relevance expression (`Expression` or its source text); '' for none."""
    if expression is None:
        return ""
    node = getattr(expression, "node", None)
    source = getattr(expression, "source", str(expression))
    if node is None:
        from survey_app.core.expr import ExprSyntaxError, parse

        try:
            node = parse(source)
        except ExprSyntaxError:
            return f"Voir la condition : {source}"
    try:
        text = _Describer(form, numbers).text(node, depth=0)
    except _Untranslatable:
        return f"Voir la condition : {source}"
    if len(text) > MAX_LENGTH:
        return f"Voir la condition : {source}"
    return f"Si {text}"


class _Describer:
    def __init__(self, form, numbers: dict[str, str]) -> None:
        self.form, self.numbers = form, numbers

    # -- references and values ---------------------------------------------------------------------
    def ref(self, name: str) -> str:
        if name in self.numbers:
            return self.numbers[name]
        if self.question(name) is not None and getattr(self.question(name), "calculation", None) is not None:
            return f"le calcul « {name} »"
        raise _Untranslatable(name)

    def question(self, name: str):
        element = self.form.elements.get(name) if self.form is not None else None
        return element

    def value(self, name: str, literal) -> str:
        value = literal.value
        q = self.question(name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value)
        if q is not None and getattr(q, "list_name", None):
            choice_list = self.form.choice_lists.get(q.list_name)
            choice = choice_list.get(text) if choice_list else None
            if choice is not None:
                return f"« {short_choice(choice.label())} »"
        if isinstance(literal.value, str):
            return f"« {text} »"
        return text.replace(".", ",")

    # -- nodes -------------------------------------------------------------------------------------
    def text(self, node, depth: int) -> str:
        if depth > 6:
            raise _Untranslatable("trop imbriqué")
        if isinstance(node, BinOp) and node.op in ("and", "or"):
            return self.logic(node, depth)
        if isinstance(node, BinOp) and node.op in OPERATORS:
            return self.comparison(node, depth)
        if isinstance(node, Call):
            return self.call(node, depth)
        raise _Untranslatable(str(node))

    def choices_of(self, name: str):
        q = self.question(name)
        if q is None or name not in self.numbers or not getattr(q, "list_name", None) or q.kind != "select_one":
            return None
        choice_list = self.form.choice_lists.get(q.list_name)
        return choice_list.choices if choice_list else None

    def select_set(self, terms: list, combine: str) -> str | None:
        """Comparisons of one select_one question with numeric codes, as the list of choices they keep."""
        names = {t.left.name for t in terms if isinstance(t, BinOp) and isinstance(t.left, Ref)}
        if len(names) != 1 or not all(isinstance(t, BinOp) and t.op in OPERATORS and isinstance(t.right, Literal)
                                      and _number(t.right.value) is not None for t in terms):
            return None
        (name,) = names
        choices = self.choices_of(name)
        if not choices:
            return None
        keep, drop = [], []
        for choice in choices:
            code = _number(choice.name)
            tests = [code is not None and _CHECK[t.op](code, _number(t.right.value)) for t in terms]
            (keep if (all(tests) if combine == "and" else any(tests)) else drop).append(choice)
        if not keep or not drop:
            return None
        label = lambda c: f"« {short_choice(c.label())} »"  # noqa: E731
        if len(keep) <= len(drop):
            return f"{self.ref(name)} = " + " ou ".join(label(c) for c in keep)
        if len(drop) == 1:
            return f"{self.ref(name)} ≠ {label(drop[0])}"
        return f"{self.ref(name)} n'est ni " + " ni ".join(label(c) for c in drop)

    def logic(self, node: BinOp, depth: int) -> str:
        terms = _flatten(node, node.op)
        if node.op == "and" or any(t.op != "=" for t in terms if isinstance(t, BinOp)):
            as_set = self.select_set(terms, node.op)
            if as_set is not None:
                return as_set
        word = " ou " if node.op == "or" else " et "
        parts: list[str] = []
        merged: dict[str, int] = {}  # ref name → position in parts, for `${x} = a or ${x} = b`
        values: dict[str, list[str]] = {}
        for term in terms:
            same = _equality(term)
            if node.op == "or" and same is not None and same[0] in self.numbers:
                name, literal = same
                text = self.value(name, literal)
                if name in merged:
                    values[name].append(text)
                    parts[merged[name]] = f"{self.ref(name)} = {' ou '.join(values[name])}"
                    continue
                merged[name], values[name] = len(parts), [text]
                parts.append(f"{self.ref(name)} = {text}")
                continue
            inner = self.text(term, depth + 1)
            if isinstance(term, BinOp) and term.op in ("and", "or") and term.op != node.op:
                inner = f"({inner})"
            parts.append(inner)
        return word.join(parts)

    def comparison(self, node: BinOp, depth: int) -> str:
        left, right, op = node.left, node.right, node.op
        if isinstance(right, Ref) and isinstance(left, Literal):
            left, right = right, left
            op = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(op, op)
        if isinstance(left, Ref) and isinstance(right, Literal):
            if right.value == "" and op in ("=", "!="):
                return f"{self.ref(left.name)} " + ("n'a pas de réponse" if op == "=" else "a une réponse")
            flag = self.calculated_flag(left.name, right, op, depth)
            if flag is not None:
                return flag
            if op not in ("=", "!="):
                as_set = self.select_set([node], "and")
                if as_set is not None:
                    return as_set
            return f"{self.ref(left.name)} {OPERATORS[op]} {self.value(left.name, right)}"
        if isinstance(left, Call) and left.name == "count-selected" and isinstance(right, Literal):
            (arg,) = left.args or (None,)
            if isinstance(arg, Ref) and right.value in (0, 0.0) and op in (">", "!="):
                return f"{self.ref(arg.name)} a au moins une case cochée"
            if isinstance(arg, Ref) and right.value in (0, 0.0) and op == "=":
                return f"{self.ref(arg.name)} n'a aucune case cochée"
        raise _Untranslatable(str(node))

    def calculated_flag(self, name: str, literal, op: str, depth: int) -> str | None:
        """`${flag} = 1` where flag is calculated as `if(CONDITION, 1, 0)`: describe CONDITION instead."""
        if name in self.numbers:
            return None
        q = self.question(name)
        calc = getattr(q, "calculation", None) if q is not None else None
        node = getattr(calc, "node", None)
        if not (isinstance(node, Call) and node.name == "if" and len(node.args) == 3):
            return None
        condition, yes, no = node.args
        if not (isinstance(yes, Literal) and isinstance(no, Literal) and op in ("=", "!=")):
            return None
        wanted = literal.value
        if wanted in (yes.value, str(yes.value)) or (_number(wanted) == _number(yes.value)):
            positive = op == "="
        elif wanted in (no.value, str(no.value)) or (_number(wanted) == _number(no.value)):
            positive = op != "="
        else:
            return None
        try:
            inner = self.text(condition, depth + 1)
        except _Untranslatable:
            return None
        if len(inner) > MAX_LENGTH // 2:
            return None  # too long to be useful: name the calculation instead
        return inner if positive else f"non ({inner})"

    def call(self, node: Call, depth: int) -> str:
        if node.name == "selected" and len(node.args) == 2:
            ref, value = node.args
            if isinstance(ref, Ref) and isinstance(value, Literal):
                return f"{self.ref(ref.name)} : {self.value(ref.name, value)} coché"
        if node.name == "not" and len(node.args) == 1:
            (inner,) = node.args
            if isinstance(inner, Call) and inner.name == "selected" and len(inner.args) == 2:
                ref, value = inner.args
                if isinstance(ref, Ref) and isinstance(value, Literal):
                    return f"{self.ref(ref.name)} : {self.value(ref.name, value)} non coché"
            if isinstance(inner, BinOp) and inner.op == "or":
                equalities = _flatten(inner, "or")
                as_set = self.select_set([BinOp("!=", t.left, t.right) for t in equalities
                                          if isinstance(t, BinOp) and t.op == "="], "and") \
                    if all(isinstance(t, BinOp) and t.op == "=" for t in equalities) else None
                if as_set is not None:
                    return as_set
            return f"non ({self.text(inner, depth + 1)})"
        raise _Untranslatable(str(node))


def _flatten(node, op: str) -> list:
    if isinstance(node, BinOp) and node.op == op:
        return _flatten(node.left, op) + _flatten(node.right, op)
    return [node]


def _equality(node) -> tuple[str, Literal] | None:
    if isinstance(node, BinOp) and node.op == "=":
        if isinstance(node.left, Ref) and isinstance(node.right, Literal) and node.right.value != "":
            return node.left.name, node.right
    return None


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
