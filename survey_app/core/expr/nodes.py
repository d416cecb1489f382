"""Syntax tree of an XLSForm expression, and queries over it.

Nodes are frozen, hashable dataclasses (`Literal`, `Ref`, `Name`, `Current`, `Parent`, `BinOp`,
`Neg`, `Call`) whose `str()` gives back a readable expression that parses to an equal tree. The queries
`references`, `uses_current` and `uses_clock` tell the form compiler what an expression depends on;
they walk the tree without recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Union

from survey_app.core.expr.values import format_number

# Binding strength of each binary operator (XPath 1.0); unary minus binds tighter than all.
PRECEDENCE = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
}
NEG_PRECEDENCE = 7
_ATOM_PRECEDENCE = 8

CLOCK_FUNCTIONS = frozenset({"today", "now"})
QUOTED_REF_RE = re.compile(r"\s*\$\{([^{}\s]+)\}\s*")


class _NodeBase:
    """Common base: the evaluator caches a compiled closure on each node, which copies and pickles skip."""

    def __getstate__(self) -> dict:
        return {key: value for key, value in self.__dict__.items() if key != "_compiled"}


@dataclass(frozen=True)
class Literal(_NodeBase):
    """A string or number written in the expression."""

    value: Union[str, float]

    def __str__(self) -> str:
        if isinstance(self.value, str):
            quote = '"' if "'" in self.value else "'"
            return f"{quote}{self.value}{quote}"
        return format_number(self.value)


@dataclass(frozen=True)
class Ref(_NodeBase):
    """`${name}`: the answer to another question."""

    name: str

    def __str__(self) -> str:
        return "${" + self.name + "}"


@dataclass(frozen=True)
class Name(_NodeBase):
    """A bare name, only in choice filters (`parse(text, allow_names=True)`): a column of the choice."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Current(_NodeBase):
    """`.`: the answer to the question being checked."""

    def __str__(self) -> str:
        return "."


@dataclass(frozen=True)
class Parent(_NodeBase):
    """`..`: only valid as the argument of position(..)."""

    def __str__(self) -> str:
        return ".."


@dataclass(frozen=True)
class BinOp(_NodeBase):
    """A binary operator: or, and, = != < <= > >=, + - * div mod."""

    op: str
    left: "Node"
    right: "Node"

    def __str__(self) -> str:
        mine = PRECEDENCE[self.op]
        left = _wrap(self.left, _precedence(self.left) < mine)
        right = _wrap(self.right, _precedence(self.right) <= mine)
        return f"{left} {self.op} {right}"


@dataclass(frozen=True)
class Neg(_NodeBase):
    """Unary minus."""

    operand: "Node"

    def __str__(self) -> str:
        return "-" + _wrap(self.operand, _precedence(self.operand) < NEG_PRECEDENCE)


@dataclass(frozen=True)
class Call(_NodeBase):
    """A function call; `name` as written (e.g. 'count-selected', 'jr:choice-name')."""

    name: str
    args: tuple = ()

    def __str__(self) -> str:
        return f"{self.name}({', '.join(str(a) for a in self.args)})"


Node = Union[Literal, Ref, Name, Current, Parent, BinOp, Neg, Call]


def _precedence(node) -> int:
    if isinstance(node, BinOp):
        return PRECEDENCE[node.op]
    if isinstance(node, Neg):
        return NEG_PRECEDENCE
    return _ATOM_PRECEDENCE


def _wrap(node, needed: bool) -> str:
    return f"({node})" if needed else str(node)


def children(node) -> tuple:
    """The direct sub-expressions of a node."""
    if isinstance(node, BinOp):
        return (node.left, node.right)
    if isinstance(node, Neg):
        return (node.operand,)
    if isinstance(node, Call):
        return node.args
    return ()


def iter_nodes(node) -> Iterator:
    """Every node of the tree, parents before children (iterative, any depth)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(children(current)))


def references(node) -> set[str]:
    """Names used as ${name}, including jr:choice-name's quoted '${q}' second argument."""
    names = set()
    for item in iter_nodes(node):
        if isinstance(item, Ref):
            names.add(item.name)
        elif isinstance(item, Call) and item.name == "jr:choice-name" and len(item.args) == 2:
            quoted = item.args[1]
            if isinstance(quoted, Literal) and isinstance(quoted.value, str):
                match = QUOTED_REF_RE.fullmatch(quoted.value)
                if match:
                    names.add(match.group(1))
    return names


def uses_current(node) -> bool:
    """True when the expression reads `.` (the question being checked)."""
    return any(isinstance(item, Current) for item in iter_nodes(node))


def uses_clock(node) -> bool:
    """True when the expression calls today() or now(), so its value changes with time."""
    return any(isinstance(item, Call) and item.name in CLOCK_FUNCTIONS for item in iter_nodes(node))
