"""`demo`: a realistic campaign whose interviews respect the form, the same for the same seed."""

from __future__ import annotations

import pytest

from survey_app.core.demo import build_demo
from survey_app.core.engine import FormSession
from survey_app.core.forms import load_form
from survey_app.core.store import Store
from survey_app.paths import default_form_path


@pytest.fixture(scope="module")
def form():
    return load_form(default_form_path()).form


def _campaign(tmp_path, form, name, seed):
    store = Store.create(tmp_path / name)
    report = build_demo(store, form, dwellings=60, seed=seed)
    return store, report


def _content(store):
    interviews = []
    for summary in store.list_interviews():
        record = store.get_interview(summary.id)
        answers = {k: v for k, v in record.answers.items() if k != "poste"}  # the laptop's own id
        interviews.append((record.id, record.dwelling_id, record.status, answers))
    visits = sorted((v.dwelling_id, v.outcome, v.visited_at.isoformat()) for v in store.list_visits())
    return sorted(interviews), visits


def test_same_seed_same_campaign_and_another_seed_differs(tmp_path, form):
    a, report = _campaign(tmp_path, form, "a.db", 7)
    b, _ = _campaign(tmp_path, form, "b.db", 7)
    c, _ = _campaign(tmp_path, form, "c.db", 8)
    assert report.dwellings == 60 and report.interviews > 10 and report.visits >= report.interviews
    assert _content(a) == _content(b)
    assert _content(a) != _content(c)


def test_finished_interviews_respect_the_form(tmp_path, form):
    store, _ = _campaign(tmp_path, form, "d.db", 3)
    finished = [store.get_interview(s.id) for s in store.list_interviews(status="termine")]
    assert finished
    for record in finished:
        session = FormSession(form, record.answers)
        assert session.blocking_problems() == [], record.id
        assert record.answers["entretien"] == 1
        dwelling = store.get_dwelling(record.dwelling_id)
        if dwelling.construction == "collectif":
            assert record.answers["chauff_mode"] in ("1", "2")  # towers: collective heating
            assert "appareils" not in record.answers
        else:
            assert record.answers["chauff_mode"] in ("3", "4", "5")
        assert record.answers["id_logement"] == dwelling.landlord_ref
    statuses = {row.status for row in store.list_dwellings()}
    assert {"termine", "a_visiter", "refus"} <= statuses
