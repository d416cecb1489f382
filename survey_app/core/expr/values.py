"""XPath value model for XLSForm expressions: coercions between answers and XPath types.

Answers arrive JSON-native (None, str, int, float, bool, list[str] for select_multiple, ISO strings
for dates and times); functions may also produce `datetime.date`/`datetime.datetime` objects. This
module converts any of them to an XPath number (float, NaN when not a number; dates become days
since 1970-01-01), string or boolean, renders numbers without a useless '.0', parses ISO dates and
times, and defines `NodeSet` (the many values of a question in a repeat seen from outside it) and
`ExprEvalError` (a runtime problem, message in French).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from functools import lru_cache

NAN = float("nan")
EPOCH_DATE = dt.date(1970, 1, 1)
EPOCH_DATETIME = dt.datetime(1970, 1, 1)
DAY_SECONDS = 86400.0

_NUMBER_RE = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_MONTHS_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
_DAYS_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_TIME_RE = re.compile(r"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


class ExprEvalError(Exception):
    """A runtime error while evaluating an expression (bad regex, invalid date...); French message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NodeSet:
    """The values of several nodes (a question inside a repeat, referenced from outside it).

    Functions such as count(), sum(), max(), concat() use every value; anywhere a single value is
    expected the first one is used (XPath), or an empty value if there is none.
    """

    __slots__ = ("values",)

    def __init__(self, values):
        self.values = list(values)

    def first(self):
        return self.values[0] if self.values else None

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self):
        return iter(self.values)

    def __eq__(self, other) -> bool:
        return isinstance(other, NodeSet) and other.values == self.values

    __hash__ = None  # mutable container

    def __repr__(self) -> str:
        return f"NodeSet({self.values!r})"


def single(value):
    """The value itself, or the first value of a NodeSet (None when it is empty)."""
    if type(value) is NodeSet:
        return value.first()
    return value


def is_empty(value) -> bool:
    """True for an unanswered value: None, '' or an empty selection (or an empty NodeSet)."""
    value = single(value)
    return value is None or value == "" or value == []


# --------------------------------------------------------------------------- dates and times


def parse_iso(text: str):
    """`datetime.date`, `datetime.datetime` (time-only: on 1970-01-01) for an ISO string, else None.

    Raises ValueError when the text has the ISO shape but is not a real date (2026-02-30).
    Time zones are dropped: ODK works with the device's wall clock.
    """
    text = text.strip()
    if _DATE_RE.fullmatch(text):
        return dt.date.fromisoformat(text)
    if _DATETIME_RE.fullmatch(text):
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    if _TIME_RE.fullmatch(text):
        clock = dt.time.fromisoformat(text)
        return dt.datetime.combine(EPOCH_DATE, clock.replace(tzinfo=None))
    return None


def date_to_days(value: dt.date) -> float:
    """Days since 1970-01-01 (a datetime gives a fractional day, on its wall clock)."""
    if isinstance(value, dt.datetime):
        return (value.replace(tzinfo=None) - EPOCH_DATETIME).total_seconds() / DAY_SECONDS
    return float((value - EPOCH_DATE).days)


def days_to_date(days: float):
    """Inverse of date_to_days: a date for a whole number of days, else a datetime."""
    try:
        if days == math.floor(days):
            return EPOCH_DATE + dt.timedelta(days=int(days))
        return EPOCH_DATETIME + dt.timedelta(seconds=round(days * DAY_SECONDS, 3))
    except (OverflowError, ValueError):
        raise ExprEvalError(f"date hors limites : {format_number(days)} jours depuis le 1970-01-01") from None


def to_date(value):
    """A date or datetime for a value, None when empty/NaN; raises ExprEvalError when invalid."""
    value = single(value)
    if isinstance(value, dt.date):
        return value
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None if math.isnan(value) else days_to_date(float(value))
    text = to_string(value)
    try:
        parsed = parse_iso(text)
    except ValueError:
        parsed = None
    if parsed is None:
        if _NUMBER_RE.fullmatch(text):
            return days_to_date(float(text))
        raise ExprEvalError(f"date invalide : '{text}' (format attendu AAAA-MM-JJ)")
    return parsed


def format_date(moment, pattern: str) -> str:
    """ODK format-date codes %Y %y %m %n %b %d %e %a %H %h %M %S %3 (names in French); '' if None."""
    if moment is None:
        return ""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time())
    codes = {
        "Y": f"{moment.year:04d}",
        "y": f"{moment.year % 100:02d}",
        "m": f"{moment.month:02d}",
        "n": str(moment.month),
        "b": _MONTHS_SHORT[moment.month - 1],
        "d": f"{moment.day:02d}",
        "e": str(moment.day),
        "a": _DAYS_SHORT[moment.weekday()],
        "H": f"{moment.hour:02d}",
        "h": str(moment.hour),
        "M": f"{moment.minute:02d}",
        "S": f"{moment.second:02d}",
        "3": f"{moment.microsecond // 1000:03d}",
        "%": "%",
    }
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "%" and i + 1 < len(pattern) and pattern[i + 1] in codes:
            out.append(codes[pattern[i + 1]])
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------- coercions


@lru_cache(maxsize=4096)
def _string_to_number(text: str) -> float:
    if _NUMBER_RE.fullmatch(text):
        return float(text)
    try:
        parsed = parse_iso(text)
    except ValueError:
        return NAN
    return NAN if parsed is None else date_to_days(parsed)


def to_number(value) -> float:
    """XPath number(): NaN for empty or non-numeric text; dates (objects or ISO text) as days."""
    kind = type(value)
    if kind is float:
        return value
    if kind is int or kind is bool:
        return float(value)
    if value is None:
        return NAN
    if kind is str:
        return _string_to_number(value)
    if kind is NodeSet:
        return to_number(value.first())
    if isinstance(value, dt.date):
        return date_to_days(value)
    if kind is list:
        return _string_to_number(" ".join(value))
    return NAN


def to_string(value) -> str:
    """XPath string(): '' for empty, lists joined by spaces, numbers without '.0', ISO dates."""
    kind = type(value)
    if kind is str:
        return value
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        return "NaN" if value != value else format_number(value)
    if kind is list:
        return " ".join(to_string(v) for v in value)
    if kind is NodeSet:
        return to_string(value.first())
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_boolean(value) -> bool:
    """XPath boolean(): empty and NaN and 0 are false; any non-empty text is true (even 'false')."""
    kind = type(value)
    if kind is bool:
        return value
    if value is None:
        return False
    if kind is str or kind is list:
        return len(value) > 0
    if kind is float:
        return value != 0.0 and value == value
    if kind is int:
        return value != 0
    if kind is NodeSet:
        return to_boolean(value.first())
    return True


def format_number(x) -> str:
    """'3' for 3.0, '2.5', '0.0000001' (never exponent notation), '' for NaN, 'Infinity' for inf."""
    if isinstance(x, bool):
        return "1" if x else "0"
    if isinstance(x, int):
        return str(x)
    if x != x:
        return ""
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == math.floor(x):
        return str(int(x))
    text = repr(x)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text
