"""The XLSForm expression language (ODK XPath subset): parse text to a tree, query it, evaluate it.

`parse(text)` gives a syntax tree or raises `ExprSyntaxError` (French message, position), and
`parse(text, allow_names=True)` also accepts the bare choice-column names of choice filters;
`references`, `uses_current` and `uses_clock` say what a tree depends on; `evaluate(node, ctx)`
computes its value against an `EvalContext` supplied by the form engine, raising `ExprEvalError`
on runtime problems. `FUNCTIONS` is the table of supported functions and their arities.
"""

from survey_app.core.expr.evaluate import EvalContext, compile_node, equals, evaluate
from survey_app.core.expr.functions import FUNCTIONS
from survey_app.core.expr.nodes import (
    BinOp,
    Call,
    Current,
    Literal,
    Name,
    Neg,
    Node,
    Parent,
    Ref,
    references,
    uses_clock,
    uses_current,
)
from survey_app.core.expr.parser import ExprSyntaxError, parse
from survey_app.core.expr.values import (
    ExprEvalError,
    NodeSet,
    format_number,
    is_empty,
    to_boolean,
    to_number,
    to_string,
)

__all__ = [
    "BinOp",
    "Call",
    "Current",
    "EvalContext",
    "ExprEvalError",
    "ExprSyntaxError",
    "FUNCTIONS",
    "Literal",
    "Name",
    "Neg",
    "Node",
    "NodeSet",
    "Parent",
    "Ref",
    "compile_node",
    "equals",
    "evaluate",
    "format_number",
    "is_empty",
    "parse",
    "references",
    "to_boolean",
    "to_number",
    "to_string",
    "uses_clock",
    "uses_current",
]
