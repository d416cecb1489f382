"""Answers as a French surveyor reads and types them: decimal comma, dates 25/11/2026, times 14:30.

The engine stores JSON-native values (ISO dates, floats); these helpers turn them into the text an
editor shows, and into the short text of a repeat table cell (choice labels). Parsing goes the
other way through the engine's own coercion, which already accepts these French forms.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from survey_app.core.expr.values import format_number
from survey_app.core.forms.model import Form, Question


def number_text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    return format_number(value).replace(".", ",")


def date_text(value: object) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def time_text(value: object) -> str:
    try:
        moment = dt.time.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return moment.strftime("%H:%M") if moment.second == 0 else moment.strftime("%H:%M:%S")


def datetime_text(value: object) -> str:
    text = str(value)
    if "T" not in text:
        return text
    day, moment = text.split("T", 1)
    return f"{date_text(day)} {time_text(moment[:8])}"


def editor_text(question: Question, value: object) -> str:
    """What a text-like editor shows for a stored value."""
    if value is None:
        return ""
    kind = question.kind
    if kind in ("integer", "decimal"):
        return number_text(value)
    if kind in ("date", "today"):
        return date_text(value)
    if kind == "time":
        return time_text(value)
    if kind in ("datetime", "start", "end"):
        return datetime_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    return str(value)


def choice_label(form: Form, question: Question, code: object, lang: str | None = None) -> str:
    choice_list = form.choice_lists.get(question.list_name or "")
    choice = choice_list.get(str(code)) if choice_list else None
    return choice.label(lang) if choice else str(code)


def cell_text(form: Form, question: Question, value: object, lang: str | None = None) -> str:
    """A value in one line, for a table cell: choice labels, French numbers and dates."""
    if value is None or value == "" or value == []:
        return ""
    if question.is_select:
        codes = value if isinstance(value, list) else [value]
        return ", ".join(choice_label(form, question, code, lang) for code in codes)
    if question.kind == "acknowledge":
        return QCoreApplication.translate("InterviewFormatting", "Oui")
    return " ".join(editor_text(question, value).split())
