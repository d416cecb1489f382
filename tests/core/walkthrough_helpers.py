"""Helpers to drive the form engine through whole interviews on the real default questionnaire.

`Surveyor` wraps a `FormSession` of `forms/enquete_habitat.xlsx` opened with the dwelling's
identification pre-filled, the way the app opens it. `answer()` refuses a question that the skip
logic does not offer at that moment, a question earlier in the form than the previous answer (the
surveyor goes forward, repeat instance by repeat instance), an answer the form rejects, and an
unexpected plausibility warning; `asked()` then lists the questions the interview actually showed.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from survey_app.core.engine import FormSession, SessionMeta
from survey_app.core.forms import load_form
from survey_app.core.forms.model import Question
from tests.conftest import ROOT

FORM_PATH = ROOT / "forms" / "enquete_habitat.xlsx"
CLOCK = lambda: dt.datetime(2026, 11, 25, 10, 30, 0)  # noqa: E731

Index = tuple[int, ...]


@lru_cache(maxsize=1)
def default_form():
    result = load_form(FORM_PATH)
    assert result.ok, "\n".join(issue.format() for issue in result.errors)
    return result.form


class Surveyor:
    """One interview filled in form order; every answer is checked against the skip logic."""

    def __init__(self, prefill: dict[str, object], *, username: str = "enq-03"):
        self.form = default_form()
        meta = SessionMeta(deviceid="PORTABLE-02", username=username, prefill=prefill)
        self.session = FormSession(self.form, meta=meta, clock=CLOCK)
        self.prefilled = {name for name, value in prefill.items() if value not in (None, "")}
        self.answered: list[tuple[str, Index]] = []
        self._position = {name: i for i, name in enumerate(self.form.elements)}
        self._last: tuple | None = None

    def _order_key(self, name: str, index: Index) -> tuple:
        chain = self.form.elements[name].repeat_chain
        outer = self._position[chain[0]] if chain else self._position[name]
        return (outer, index, self._position[name])

    def answer(self, name: str, value: object, index: Index = (), *, warning: bool = False) -> None:
        """Answer `name`; with `warning=True` a plausibility warning is expected and confirmed."""
        s = self.session
        assert s.is_relevant(name, index), f"« {name} » {index} n'est pas posée à ce moment de l'entretien"
        key = self._order_key(name, index)
        assert self._last is None or key > self._last, f"« {name} » vient avant la question précédente"
        self._last = key
        s.set_value(name, value, index)
        state = s.state(name, index)
        assert state.error is None, f"« {name} » = {value!r} refusé : {state.error}"
        if warning:
            assert state.warning, f"un avertissement était attendu sur « {name} »"
            s.confirm_warning(name, index)
        else:
            assert state.warning is None, f"avertissement inattendu sur « {name} » : {state.warning}"
        self.answered.append((name, index))

    def instances(self, repeat: str) -> int:
        return self.session.count(repeat)

    def asked(self) -> set[str]:
        """Names of the input questions the interview shows (relevant at least once), prefilled included."""
        out = set()
        for name, element in self.form.elements.items():
            if isinstance(element, Question) and element.is_input:
                if any(self.session.is_relevant(name, i) for i in self.session.instances(name)):
                    out.add(name)
        return out

    def never_asked(self, *names: str) -> list[str]:
        """Of `names`, those that were asked (should be empty)."""
        asked = self.asked()
        return [n for n in names if n in asked]

    def left_blank(self) -> set[str]:
        """Relevant input questions with no value: the optional ones the surveyor chose to skip."""
        s, out = self.session, set()
        for name, element in self.form.elements.items():
            if isinstance(element, Question) and element.is_input:
                for index in s.instances(name):
                    if s.is_relevant(name, index) and s.value(name, index) in (None, "", []):
                        out.add(name)
        return out

    def calc(self, name: str, index: Index = ()) -> object:
        return self.session.value(name, index)


Step = tuple  # (name, value) or (name, value, index)


def run_interview(prefill: dict[str, object], steps: list[Step]) -> Surveyor:
    """Play `steps` in order with a new `Surveyor` and return it (the interview is not finished)."""
    surveyor = Surveyor(prefill)
    for step in steps:
        surveyor.answer(*step)
    return surveyor


def replace_step(steps: list[Step], name: str, *new: Step) -> list[Step]:
    """A copy of `steps` where the answers to `name` are replaced by `new` (nothing: dropped)."""
    assert any(step[0] == name for step in steps), f"aucune réponse à « {name} » dans le scénario"
    out: list[Step] = []
    for step in steps:
        if step[0] != name:
            out.append(step)
        elif new:
            out.extend(new)
            new = ()
    return out
