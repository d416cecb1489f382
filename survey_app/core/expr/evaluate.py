"""Evaluate a parsed XLSForm expression against the answers of a survey.

Each node is compiled once into a Python closure `fn(ctx)` (cached on the node), so that
re-evaluating an expression after an answer changes is a plain chain of function calls. The
answers come from an `EvalContext` supplied by the form engine. Operators follow XPath 1.0:
arithmetic on doubles (division by zero gives ±Infinity or NaN, `mod` keeps the dividend's sign),
`and`/`or` short-circuit, `=`/`!=` compare as booleans, numbers (dates count as numbers of days) or
strings depending on the operand types, and `< <= > >=` compare numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Callable, Protocol

from survey_app.core.expr.functions import FUNCTIONS
from survey_app.core.expr.nodes import BinOp, Call, Current, Literal, Name, Neg, Parent, Ref
from survey_app.core.expr.values import NAN, ExprEvalError, NodeSet, to_boolean, to_number, to_string

_NUMERIC_TYPES = (int, float, dt.date, dt.datetime)


class EvalContext(Protocol):
    """What an expression may ask the form engine (duck-typed)."""

    def lookup(self, name: str) -> object:
        """The value of ${name}: a scalar, or a NodeSet for a repeated question seen from outside."""

    def current(self) -> object:
        """The value of `.` (the question being checked)."""

    def position(self) -> int:
        """1-based index of the current repeat instance, for position(..)."""

    def indexed_repeat(self, name: str, repeat_names_and_indexes: list[tuple[str, int]]) -> object:
        """The value of ${name} in the given instances of the given repeats (1-based)."""

    def choice_label(self, question: str, value: str) -> str:
        """The label of choice `value` of question `question`, for jr:choice-name()."""

    def now(self) -> dt.datetime:
        """The clock, for today() and now()."""

    def column(self, name: str) -> object:
        """A bare name in a choice filter: that column of the choice being filtered."""


def evaluate(node, ctx: EvalContext):
    """The value of the expression `node` for the answers in `ctx`; raises ExprEvalError."""
    try:
        function = node._compiled
    except AttributeError:
        function = compile_node(node)
    try:
        return function(ctx)
    except ArithmeticError as error:
        raise ExprEvalError(f"calcul impossible : {error}") from None


def compile_node(node) -> Callable:
    """The closure `fn(ctx)` computing `node`; compiled once and cached on the node."""
    function = node.__dict__.get("_compiled")
    if function is None:
        function = _COMPILERS[type(node)](node)
        object.__setattr__(node, "_compiled", function)
    return function


# --------------------------------------------------------------------------- operators


def equals(a, b) -> bool:
    """XPath '=': booleans if either side is one, else numbers (or dates), else strings."""
    type_a, type_b = type(a), type(b)
    if type_a is str and type_b is str:
        return a == b
    if type_a is NodeSet:
        a = a.first()
        type_a = type(a)
    if type_b is NodeSet:
        b = b.first()
        type_b = type(b)
    if type_a is bool or type_b is bool:
        return to_boolean(a) == to_boolean(b)
    if type_a in _NUMERIC_TYPES or type_b in _NUMERIC_TYPES:
        return to_number(a) == to_number(b)
    return to_string(a) == to_string(b)


def divide(a: float, b: float) -> float:
    """XPath 'div': like IEEE 754, x div 0 is ±Infinity and 0 div 0 is NaN."""
    if b == 0.0:
        if a != a or a == 0.0:
            return NAN
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def modulo(a: float, b: float) -> float:
    """XPath 'mod': the remainder of truncating division, with the sign of the dividend."""
    if b == 0.0 or a != a or b != b or math.isinf(a):
        return NAN
    return math.fmod(a, b)


# --------------------------------------------------------------------------- compilers


def _compile_literal(node: Literal):
    value = node.value
    return lambda ctx: value


def _compile_ref(node: Ref):
    name = node.name
    return lambda ctx: ctx.lookup(name)


def _compile_name(node: Name):
    name = node.name
    return lambda ctx: ctx.column(name)


def _compile_current(node: Current):
    return lambda ctx: ctx.current()


def _compile_parent(node: Parent):
    def parent(ctx):
        raise ExprEvalError("'..' n'a de sens que dans position(..)")

    return parent


def _compile_neg(node: Neg):
    operand = compile_node(node.operand)
    return lambda ctx: -to_number(operand(ctx))


def _compile_binop(node: BinOp):
    op, left, right = node.op, compile_node(node.left), compile_node(node.right)
    num, boolean = to_number, to_boolean
    if op == "or":
        return lambda ctx: boolean(left(ctx)) or boolean(right(ctx))
    if op == "and":
        return lambda ctx: boolean(left(ctx)) and boolean(right(ctx))
    if op in ("=", "!="):
        return _compile_equality(node, left, right)
    if op == "+":
        return lambda ctx: num(left(ctx)) + num(right(ctx))
    if op == "-":
        return lambda ctx: num(left(ctx)) - num(right(ctx))
    if op == "*":
        return lambda ctx: num(left(ctx)) * num(right(ctx))
    if op == "div":
        return lambda ctx: divide(num(left(ctx)), num(right(ctx)))
    if op == "mod":
        return lambda ctx: modulo(num(left(ctx)), num(right(ctx)))
    if op == "<":
        return lambda ctx: num(left(ctx)) < num(right(ctx))
    if op == "<=":
        return lambda ctx: num(left(ctx)) <= num(right(ctx))
    if op == ">":
        return lambda ctx: num(left(ctx)) > num(right(ctx))
    if op == ">=":
        return lambda ctx: num(left(ctx)) >= num(right(ctx))
    raise ExprEvalError(f"opérateur inconnu : {op}")


def _compile_equality(node: BinOp, left, right):
    negate = node.op == "!="
    if isinstance(node.right, Literal) and type(node.right.value) is str:
        text = node.right.value  # fast path for the common ${q} = 'yes'

        def compare_text(ctx):
            value = left(ctx)
            same = value == text if type(value) is str else equals(value, text)
            return not same if negate else same

        return compare_text
    if negate:
        return lambda ctx: not equals(left(ctx), right(ctx))
    return lambda ctx: equals(left(ctx), right(ctx))


def _compile_call(node: Call):
    spec = FUNCTIONS.get(node.name)
    if spec is None:
        raise ExprEvalError(f"fonction inconnue : {node.name}()")
    impl = spec[2]
    style = getattr(impl, "style", "values")
    if style == "refs":
        is_name = impl.is_name_position
        args = tuple(
            arg.name if isinstance(arg, Ref) and is_name(i) else compile_node(arg) for i, arg in enumerate(node.args)
        )
        return lambda ctx: impl(ctx, *args)
    args = tuple(compile_node(arg) for arg in node.args)
    if style == "lazy":
        return lambda ctx: impl(ctx, *args)
    if len(args) == 0:
        return lambda ctx: impl(ctx)
    if len(args) == 1:
        (a,) = args
        return lambda ctx: impl(ctx, a(ctx))
    if len(args) == 2:
        a, b = args
        return lambda ctx: impl(ctx, a(ctx), b(ctx))
    return lambda ctx: impl(ctx, *[arg(ctx) for arg in args])


_COMPILERS = {
    Literal: _compile_literal,
    Ref: _compile_ref,
    Name: _compile_name,
    Current: _compile_current,
    Parent: _compile_parent,
    Neg: _compile_neg,
    BinOp: _compile_binop,
    Call: _compile_call,
}
