"""Turning what a surveyor types into a typed, JSON-native answer, with a French message when it can't.

Answers are stored as JSON values: text as `str`, integers as `int`, decimals as `float`,
select_multiple as a list of choice codes, dates as ISO strings ("2026-11-25", "14:30:00",
"2026-11-25T14:30:00"). French habits are accepted on input: a decimal comma, spaces between
thousands, dates written 25/11/2026.
"""

from __future__ import annotations

import datetime as dt
import re

from survey_app.core.forms.model import Form, Question

EMPTY = (None, "", [])
INT_LIMIT = 2**53
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_DATE_FR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:hH](\d{2})(?::(\d{2}))?$")


class AnswerError(ValueError):
    """The value does not fit the question; `message` is French and shown next to the question."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def is_empty(value: object) -> bool:
    return value is None or value == "" or value == []


def coerce(form: Form, question: Question, value: object) -> object:
    """Return the stored form of `value` for `question`, or raise AnswerError."""
    if is_empty(value):
        return None
    kind = question.kind
    if kind in ("text", "hidden", "note", "calculate", "deviceid", "username"):
        return str(value) if not isinstance(value, str) else value
    if kind == "integer":
        return _integer(value)
    if kind == "decimal":
        return _decimal(value)
    if kind in ("date", "today"):
        return _date(value)
    if kind == "time":
        return _time(value)
    if kind in ("datetime", "start", "end"):
        return _datetime(value)
    if kind == "select_one":
        code = str(value).strip()
        _check_choice(form, question, code)
        return code
    if kind == "select_multiple":
        codes = value.split() if isinstance(value, str) else [str(v) for v in value]
        for code in codes:
            _check_choice(form, question, code)
        order = [c.name for c in form.choices_for(question)]
        unique = list(dict.fromkeys(codes))
        return sorted(unique, key=order.index) or None
    if kind == "acknowledge":
        return "OK" if value not in (False, "0", "non", "false") else None
    return value


def _integer(value: object) -> int:
    if isinstance(value, bool):
        raise AnswerError("nombre entier attendu")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = _SPACES.sub("", str(value))
        if not re.fullmatch(r"[+-]?\d+", text):
            raise AnswerError("nombre entier attendu (sans virgule)")
        number = int(text)
    if abs(number) >= INT_LIMIT:
        raise AnswerError("nombre trop grand")
    return number


def _decimal(value: object) -> float:
    if isinstance(value, bool):
        raise AnswerError("nombre attendu")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = _SPACES.sub("", str(value)).replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", text):
            raise AnswerError("nombre attendu (par exemple 12,5)")
        number = float(text)
    if number != number or abs(number) == float("inf") or abs(number) >= 1e15:
        raise AnswerError("nombre hors limites")
    return number


def _date(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    match = _DATE_FR.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day).isoformat()
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise AnswerError("date attendue, par exemple 25/11/2026") from None


def _time(value: object) -> str:
    if isinstance(value, dt.time):
        return value.replace(microsecond=0).isoformat()
    match = _TIME.match(str(value).strip())
    if not match:
        raise AnswerError("heure attendue, par exemple 14:30")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    try:
        return dt.time(hour, minute, second).isoformat()
    except ValueError:
        raise AnswerError("heure impossible") from None


def _datetime(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    text = str(value).strip().replace("T", " ")
    parts = text.split()
    if len(parts) != 2:
        raise AnswerError("date et heure attendues, par exemple 25/11/2026 14:30")
    return f"{_date(parts[0])}T{_time(parts[1])}"


def _check_choice(form: Form, question: Question, code: str) -> None:
    if not any(choice.name == code for choice in form.choices_for(question)):
        raise AnswerError(f"choix inconnu : « {code} »")
