"""The export's shortcuts give exactly the engine's answers: skip logic of finished interviews, building figures."""

from __future__ import annotations

import pytest

from survey_app.core.demo import build_demo
from survey_app.core.engine import FormSession
from survey_app.core.export.buildings import BuildingGroups
from survey_app.core.export.relevance import DocumentView, SessionView, view_for
from survey_app.core.forms import load_form
from survey_app.core.export.rows import DwellingInfo
from survey_app.core.indicators import DwellingRecord, IndicatorSettings, building_indicators
from survey_app.core.store import Store
from survey_app.paths import default_form_path


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    form = load_form(default_form_path()).form
    store = Store.create(tmp_path_factory.mktemp("relevance") / "demo.db")
    build_demo(store, form, dwellings=80, seed=11)
    records = [store.get_interview(s.id) for s in store.list_interviews()]
    yield store, form, records
    store.close()


def _nodes(form, view):
    for element in form.elements.values():
        for index in view.indices(element.repeat_chain, ()):
            yield element, index


def test_finished_documents_read_cheaply_agree_with_the_engine_on_every_node(campaign):
    _store, form, records = campaign
    finished = [r for r in records if r.status in ("termine", "valide")]
    assert len(finished) > 20
    checked = 0
    for record in finished:
        cheap, engine = DocumentView(form, record.answers), SessionView(form, record.answers)
        for element, index in _nodes(form, cheap):
            name = element.name
            assert cheap.relevant(name, index) == engine.relevant(name, index), (record.id, name, index)
            if not element.is_container:
                assert cheap.value(name, index) == engine.value(name, index), (record.id, name, index)
            checked += 1
        for repeat in form.repeats():
            if not repeat.repeat_chain:
                assert cheap.count(repeat.name) == engine.count(repeat.name), (record.id, repeat.name)
    assert checked > 10_000


def test_drafts_go_through_the_engine(campaign):
    _store, form, records = campaign
    drafts = [r for r in records if r.status == "brouillon"]
    assert drafts
    view = view_for(form, drafts[0].answers, finished=False)
    assert isinstance(view, SessionView)
    session = FormSession(form, drafts[0].answers)
    for element in form.questions():
        for index in session.instances(element.name):
            expected = session.value(element.name, index) if session.is_relevant(element.name, index) else None
            assert view.value(element.name, index) == (None if expected in ("", []) else expected)


def test_building_groups_give_the_figures_of_full_documents(campaign):
    store, _form, records = campaign
    finished = {r.dwelling_id: r.answers for r in records if r.status in ("termine", "valide")}
    rows = store.list_dwellings()
    emitted, late = [], []
    groups = BuildingGroups(IndicatorSettings(), lambda g: g, emitted.append)
    deferring = BuildingGroups(IndicatorSettings(), lambda g: g, late.append, defer_from=20)
    for row in rows:
        for building_groups in (groups, deferring):
            building_groups.add(DwellingInfo(row.id, row.landlord_ref, row.site_name, row.building_code,
                                             row.entrance_code, row.floor, row.door, row.status, row.visit_count,
                                             row.absent_count, None, None), finished.get(row.id))  # fmt: skip
    groups.finish()
    deferring.close()
    assert len(late) < len(emitted)  # a big building waits, and the buildings after it wait for it
    deferring.finish()
    assert late == emitted
    by_building: dict = {}
    for row in rows:
        by_building.setdefault((row.site_name, row.building_code), []).append(row)
    expected = [building_indicators([DwellingRecord.from_row(r, finished.get(r.id)) for r in group])
                for group in by_building.values()]  # fmt: skip
    assert emitted == expected and len(emitted) >= 3
    assert any(g.co_risk_dwellings for g in emitted)  # interview dwellings keep their ids
