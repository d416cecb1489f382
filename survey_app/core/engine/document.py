"""The answers document: the JSON shape of one interview, read into and written out of a session.

    {"nb_personnes": 3, "membres": [{"prenom": "A.", "age": 41}, ...], "_confirmed": ["surface"]}

Groups are flattened (names are unique in a form); each repeat is a list of instance objects of
the same shape; `_confirmed` lists, per level, the questions whose plausibility warning the
surveyor confirmed. Keys the form does not know (an interview from another form version) are kept
as they are at the top level.
"""

from __future__ import annotations

from survey_app.core.engine.coercion import AnswerError, coerce
from survey_app.core.forms.model import Container, Question

CONFIRMED = "_confirmed"


def read_document(session, document: dict) -> None:
    form = session.form
    known = set(form.elements) | {CONFIRMED}
    session._extra = {k: v for k, v in document.items() if k not in known}
    _read_level(session, document, form.top, ())


def _read_level(session, level: dict, children: list[str], index: tuple[int, ...]) -> None:
    form = session.form
    for name in children:
        element = form.elements[name]
        if isinstance(element, Container):
            if not element.is_repeat:
                _read_level(session, level, element.children, index)
                continue
            instances = level.get(name)
            instances = instances if isinstance(instances, list) else []
            session._counts[(name, index)] = len(instances)
            for position, instance in enumerate(instances):
                _read_level(session, instance if isinstance(instance, dict) else {}, element.children, index + (position,))
            continue
        if not isinstance(element, Question) or not element.holds_value:
            continue
        value = level.get(name)
        if value is None or (element.kind == "calculate" and element.calculation is not None):
            continue
        try:
            session._raw[(name, index)] = coerce(form, element, value)
        except AnswerError:
            session._raw[(name, index)] = value  # keep what was stored; the checks will flag it
    for name in level.get(CONFIRMED, []) if isinstance(level.get(CONFIRMED), list) else []:
        if name in form.elements:
            session._confirmed.add((name, index))


def write_document(session, *, finished: bool) -> dict:
    document = _write_level(session, session.form.top, (), finished)
    if not finished:
        for key, value in session._extra.items():
            document.setdefault(key, value)
    return document


def _write_level(session, children: list[str], index: tuple[int, ...], finished: bool) -> dict:
    form = session.form
    out: dict = {}
    confirmed: list[str] = []
    for name in children:
        element = form.elements[name]
        if finished and not session.is_relevant(name, index):
            continue
        if isinstance(element, Container):
            if not element.is_repeat:
                inner = _write_level(session, element.children, index, finished)
                confirmed += inner.pop(CONFIRMED, [])
                out.update(inner)
                continue
            total = session.active_count(name, index) if finished else session.count(name, index)
            out[name] = [_write_level(session, element.children, index + (i,), finished) for i in range(total)]
            continue
        if not isinstance(element, Question) or not element.holds_value:
            continue
        value = session.value(name, index)
        if value is not None:
            out[name] = value
        if (name, index) in session._confirmed:
            confirmed.append(name)
    if confirmed:
        out[CONFIRMED] = confirmed
    return out
