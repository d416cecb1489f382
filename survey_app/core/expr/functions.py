"""The XLSForm/ODK function library: one implementation per function name, and the FUNCTIONS table.

`FUNCTIONS` maps a name as written in a form (e.g. 'count-selected', 'jr:choice-name') to
`(min_args, max_args or None, implementation)`; the parser checks arity against it. An
implementation is called `impl(ctx, *args)`. By default the arguments are evaluated values (a
`NodeSet` passes through untouched); functions marked `lazy` receive closures `arg(ctx)` so they
evaluate only what they need (if, coalesce); functions marked `refs` receive the name of some
`${name}` arguments instead of their value (indexed-repeat's question and repeats).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from survey_app.core.expr.nodes import QUOTED_REF_RE
from survey_app.core.expr.values import (
    NAN,
    ExprEvalError,
    NodeSet,
    date_to_days,
    format_date,
    is_empty,
    single,
    to_boolean,
    to_date,
    to_number,
    to_string,
)


def lazy(function):
    """Mark a function as receiving closures `arg(ctx)` instead of values."""
    function.style = "lazy"
    return function


def refs(is_name_position):
    """Mark a function as receiving names for the ${name} arguments at the positions (0-based) that
    `is_name_position` accepts, and closures for the others."""

    def mark(function):
        function.style = "refs"
        function.is_name_position = is_name_position
        return function

    return mark


def _each(values):
    """Flatten the arguments: every value of a NodeSet, other values as they are."""
    for value in values:
        if type(value) is NodeSet:
            yield from value.values
        else:
            yield value


def _index(value) -> int:
    number = to_number(value)
    if number != number:
        return 0
    if math.isinf(number):
        return 2**31 if number > 0 else -(2**31)
    return int(number)


# --------------------------------------------------------------------------- logic


@lazy
def _if(ctx, condition, then, otherwise):
    return then(ctx) if to_boolean(condition(ctx)) else otherwise(ctx)


@lazy
def _coalesce(ctx, *args):
    for arg in args:
        value = single(arg(ctx))
        if not is_empty(value):
            return value
    return ""


def _boolean_from_string(ctx, value):
    return to_string(value).strip() in ("true", "1")


# --------------------------------------------------------------------------- choices


def _choices(value) -> list:
    value = single(value)
    if type(value) is list:
        return [to_string(v) for v in value]
    return to_string(value).split()


def _selected(ctx, value, choice):
    return to_string(choice).strip() in _choices(value)


def _selected_at(ctx, value, index):
    choices = _choices(value)
    position = _index(index)
    return choices[position] if 0 <= position < len(choices) else ""


def _count_selected(ctx, value):
    return len(_choices(value))


def _choice_name(ctx, value, question):
    text = to_string(question)
    match = QUOTED_REF_RE.fullmatch(text)
    name = match.group(1) if match else text.strip()
    value = single(value)
    if is_empty(value):
        return ""
    if type(value) is list:
        return ", ".join(to_string(ctx.choice_label(name, to_string(v))) for v in value)
    return to_string(ctx.choice_label(name, to_string(value)))


# --------------------------------------------------------------------------- strings


@lru_cache(maxsize=256)
def _compiled_regex(pattern: str):
    try:
        return re.compile(pattern)
    except re.error as error:
        raise ExprEvalError(f"expression régulière invalide « {pattern} » : {error}") from None


def _regex(ctx, value, pattern):
    return _compiled_regex(to_string(pattern)).search(to_string(value)) is not None


def _concat(ctx, *values):
    return "".join(to_string(v) for v in _each(values))


def _join(ctx, separator, *values):
    return to_string(separator).join(to_string(v) for v in _each(values))


def _string_length(ctx, value):
    return len(to_string(value))


def _substr(ctx, value, start, end=None):
    text = to_string(value)
    return text[_index(start) : len(text) if end is None else _index(end)]


def _substring_before(ctx, value, part):
    text, part = to_string(value), to_string(part)
    return text.partition(part)[0] if part and part in text else ""


def _substring_after(ctx, value, part):
    text, part = to_string(value), to_string(part)
    if not part:
        return text
    return text.partition(part)[2] if part in text else ""


def _contains(ctx, value, part):
    return to_string(part) in to_string(value)


def _starts_with(ctx, value, part):
    return to_string(value).startswith(to_string(part))


def _ends_with(ctx, value, part):
    return to_string(value).endswith(to_string(part))


def _normalize_space(ctx, value):
    return " ".join(to_string(value).split())


# --------------------------------------------------------------------------- numbers


def _int(ctx, value):
    number = to_number(value)
    if number != number or math.isinf(number):
        return number
    return int(number)


def _round(ctx, value, digits=0.0):
    number, places = to_number(value), to_number(digits)
    if number != number or math.isinf(number) or places != places:
        return number if places == places else NAN
    try:
        exponent = Decimal(1).scaleb(-int(places))
        return float(Decimal(repr(number)).quantize(exponent, rounding=ROUND_HALF_UP))
    except (InvalidOperation, OverflowError):
        return number


def _floor(ctx, value):
    number = to_number(value)
    return number if number != number or math.isinf(number) else float(math.floor(number))


def _ceiling(ctx, value):
    number = to_number(value)
    return number if number != number or math.isinf(number) else float(math.ceil(number))


def _abs(ctx, value):
    return abs(to_number(value))


def _pow(ctx, base, exponent):
    x, y = to_number(base), to_number(exponent)
    try:
        return math.pow(x, y)
    except OverflowError:
        odd = y == math.floor(y) and int(y) % 2 == 1
        return -math.inf if x < 0 and odd else math.inf
    except ValueError:
        return math.inf if x == 0 and y < 0 else NAN


def _count(ctx, value):
    return len(value.values) if type(value) is NodeSet else 1


def _sum(ctx, value):
    if type(value) is NodeSet:
        return float(sum(to_number(v) for v in value.values))
    return to_number(value)


def _extreme(values, pick):
    numbers = [to_number(v) for v in _each(values)]
    if not numbers or any(n != n for n in numbers):
        return NAN
    return pick(numbers)


def _max(ctx, *values):
    return _extreme(values, max)


def _min(ctx, *values):
    return _extreme(values, min)


# --------------------------------------------------------------------------- dates


def _today(ctx):
    return ctx.now().date()


def _now(ctx):
    return ctx.now()


def _date(ctx, value):
    parsed = to_date(value)
    return "" if parsed is None else parsed


def _date_time(ctx, value):
    parsed = to_date(value)
    if parsed is None:
        return ""
    if not isinstance(parsed, dt.datetime):
        return dt.datetime.combine(parsed, dt.time())
    return parsed


def _decimal_date_time(ctx, value):
    parsed = to_date(value)
    return NAN if parsed is None else date_to_days(parsed)


def _decimal_time(ctx, value):
    parsed = to_date(value)
    if parsed is None:
        return NAN
    if not isinstance(parsed, dt.datetime):
        return 0.0
    midnight = parsed.replace(hour=0, minute=0, second=0, microsecond=0)
    return (parsed - midnight).total_seconds() / 86400.0


def _format_date(ctx, value, pattern):
    return format_date(to_date(value), to_string(pattern))


# --------------------------------------------------------------------------- repeats


@lazy
def _position(ctx, parent):
    return ctx.position()


@refs(lambda i: i == 0 or i % 2 == 1)
def _indexed_repeat(ctx, name, *repeats_and_indexes):
    pairs = []
    for i in range(0, len(repeats_and_indexes), 2):
        index = to_number(repeats_and_indexes[i + 1](ctx))
        if index != index or math.isinf(index):
            return None
        pairs.append((repeats_and_indexes[i], int(index)))
    return ctx.indexed_repeat(name, pairs)


FUNCTIONS = {
    "if": (3, 3, _if),
    "coalesce": (2, None, _coalesce),
    "once": (1, 1, lambda ctx, value: value),
    "not": (1, 1, lambda ctx, value: not to_boolean(value)),
    "true": (0, 0, lambda ctx: True),
    "false": (0, 0, lambda ctx: False),
    "boolean": (1, 1, lambda ctx, value: to_boolean(value)),
    "boolean-from-string": (1, 1, _boolean_from_string),
    "selected": (2, 2, _selected),
    "selected-at": (2, 2, _selected_at),
    "count-selected": (1, 1, _count_selected),
    "jr:choice-name": (2, 2, _choice_name),
    "regex": (2, 2, _regex),
    "concat": (1, None, _concat),
    "join": (2, None, _join),
    "string": (1, 1, lambda ctx, value: to_string(value)),
    "string-length": (1, 1, _string_length),
    "substr": (2, 3, _substr),
    "substring-before": (2, 2, _substring_before),
    "substring-after": (2, 2, _substring_after),
    "contains": (2, 2, _contains),
    "starts-with": (2, 2, _starts_with),
    "ends-with": (2, 2, _ends_with),
    "normalize-space": (1, 1, _normalize_space),
    "number": (1, 1, lambda ctx, value: to_number(value)),
    "int": (1, 1, _int),
    "round": (1, 2, _round),
    "floor": (1, 1, _floor),
    "ceiling": (1, 1, _ceiling),
    "abs": (1, 1, _abs),
    "pow": (2, 2, _pow),
    "count": (1, 1, _count),
    "sum": (1, 1, _sum),
    "max": (1, None, _max),
    "min": (1, None, _min),
    "today": (0, 0, _today),
    "now": (0, 0, _now),
    "date": (1, 1, _date),
    "date-time": (1, 1, _date_time),
    "decimal-date-time": (1, 1, _decimal_date_time),
    "decimal-time": (1, 1, _decimal_time),
    "format-date": (2, 2, _format_date),
    "format-date-time": (2, 2, _format_date),
    "position": (1, 1, _position),
    "indexed-repeat": (3, None, _indexed_repeat),
}
