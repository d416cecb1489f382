"""Repeat instances: what a new instance starts with, and how keys move when one is removed.

A new interview or a new repeat instance receives its metadata (start, today, deviceid, username),
the dwelling's pre-filled identification values and the questions' defaults. Removing an instance
shifts the positions of the following ones in every per-node table of the session.
"""

from __future__ import annotations

from survey_app.core.engine.coercion import AnswerError, coerce
from survey_app.core.forms.model import Container, Question

Index = tuple[int, ...]


def shift_key(key: tuple[str, Index], inside: set[str], removed: Index) -> tuple[str, Index] | None:
    """The key after removing instance `removed`: None if it belonged to it, shifted if after it."""
    name, index = key
    depth = len(removed) - 1
    if name not in inside or len(index) <= depth or index[:depth] != removed[:depth]:
        return key
    position = index[depth]
    if position == removed[depth]:
        return None
    if position > removed[depth]:
        return name, index[:depth] + (position - 1,) + index[depth + 1:]
    return key


def fill_new(session, index: Index, container: Container | None = None) -> None:
    """Defaults, metadata and pre-filled values for a new interview or a new repeat instance."""
    depth = len(index)
    for question in session.form.questions():
        if len(question.repeat_chain) != depth:
            continue
        if container is not None and container.name not in question.repeat_chain:
            continue
        key = (question.name, index)
        if key in session._raw:
            continue
        value = initial_value(session, question, index)
        if value is not None:
            try:
                session._raw[key] = coerce(session.form, question, value)
            except AnswerError:
                pass
    if container is None:
        return
    for nested in session.form.repeats():
        if nested.repeat_chain and nested.repeat_chain[-1] == container.name:
            session._counts.setdefault((nested.name, index), 0)


def initial_value(session, question: Question, index: Index) -> object:
    now = session.clock()
    if question.kind == "start":
        return now.isoformat()
    if question.kind == "today":
        return now.date().isoformat()
    if question.kind == "deviceid":
        return session.meta.deviceid or None
    if question.kind == "username":
        return session.meta.username or None
    if not index and question.name in session.meta.prefill:
        return session.meta.prefill[question.name]
    if question.kind == "calculate":
        return None
    if question.default_expr is not None:
        return session._value_of(question.default_expr, question, index)
    return question.default or None
