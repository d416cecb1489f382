"""Dwellings and visits: import and re-import, status derivation, the one-query list, the tree."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from survey_app.core.store import InvalidDataError, RecordNotFoundError
from tests.core.test_store_support import CAMPAIGN, populated_store, register_rows

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    store = populated_store(tmp_path)
    yield store
    store.close()


def _by_ref(store):
    return {d.landlord_ref: d for d in store.list_dwellings()}


def test_import_creates_places_and_reimport_updates(store):
    rows = register_rows()
    dwellings = store.list_dwellings()
    assert len(dwellings) == len(rows) == 35
    first = _by_ref(store)["GR-0111"]
    assert (first.site_name, first.building_code, first.entrance_code, first.floor, first.door) == (
        "Lens – Grande Résidence", "Tour A", "1", 1, "11")
    assert first.floor_name == "1er étage" and first.floor_label is None and first.construction == "collectif"
    assert store.get_dwelling(first.id).extra == {"FINAN": "HLM/O"}
    store.record_visit(first.id, "absent", "Marie", T0)
    changed = [replace(r, door="11b", extra={"FINAN": "PLAI"}) if r.landlord_ref == "GR-0111" else r for r in rows]
    report = store.import_dwellings(changed[1:], campaign=CAMPAIGN)
    assert (report.created, report.updated, report.unchanged, report.not_in_file) == (0, 1, 33, 1)
    after = _by_ref(store)
    assert len(after) == 35, "re-import never duplicates nor deletes"
    assert after["GR-0111"].id == first.id and after["GR-0111"].door == "11b"
    assert after["GR-0111"].visit_count == 1, "visits follow the dwelling"
    entry = store.journal(table="dwellings", row_id=first.id)[-1]
    assert entry.action == "update" and entry.old_value == {"door": "11", "extra": {"FINAN": "HLM/O"}}


def test_same_register_gives_same_ids_on_another_laptop(tmp_path):
    a = populated_store(tmp_path, "a.db")
    b = populated_store(tmp_path, "b.db")
    assert [d.id for d in a.list_dwellings()] == [d.id for d in b.list_dwellings()]
    assert a.device_id != b.device_id
    a.close()
    b.close()


def test_duplicate_reference_in_rows_is_refused(store):
    rows = register_rows()
    with pytest.raises(InvalidDataError):
        store.import_dwellings([*rows, rows[0]], campaign="Autre")
    assert [c.name for c in store.campaigns()] == [CAMPAIGN], "nothing written"


def test_statuses(store):
    d = _by_ref(store)
    at = T0
    store.record_visit(d["GR-0101"].id, "absent", "Marie", at)
    store.record_visit(d["GR-0101"].id, "absent", "Paul", at + timedelta(days=1), "volets fermés")
    rdv = at + timedelta(days=3, hours=5)
    store.record_visit(d["GR-0102"].id, "absent", "Marie", at)
    store.record_visit(d["GR-0102"].id, "rendez_vous", "Marie", at + timedelta(days=1), appointment_at=rdv)
    store.record_visit(d["GR-0111"].id, "refus", "Marie", at, refusal_reason="pas le temps")
    store.record_visit(d["GR-0112"].id, "vacant", "Marie", at)
    store.record_visit(d["GR-0121"].id, "mure_demoli", "Marie", at)
    store.record_visit(d["GR-0122"].id, "realise", "Marie", at)
    draft = store.create_interview(d["GR-0131"].id, "f", "1", "h", "Marie")
    done = store.create_interview(d["GR-0132"].id, "f", "1", "h", "Marie", status="termine")
    store.record_visit(d["GR-0132"].id, "refus", "Marie", at + timedelta(days=9))  # a finished interview stays finished
    rejected = store.create_interview(d["GR-1111"].id, "f", "1", "h", "Marie", status="rejete")
    store.record_visit(d["GR-1112"].id, "partiel", "Marie", at)
    store.record_visit(d["GR-1121"].id, "impossible", "Marie", at)
    deleted_visit = store.record_visit(d["GR-1122"].id, "refus", "Marie", at)
    store.delete_visit(deleted_visit.id, surveyor="Marie")

    rows = _by_ref(store)
    expected = {
        "GR-0101": "absent", "GR-0102": "rendez_vous", "GR-0111": "refus", "GR-0112": "vacant",
        "GR-0121": "mure_demoli", "GR-0122": "termine", "GR-0131": "en_cours", "GR-0132": "termine",
        "GR-1111": "rejete", "GR-1112": "en_cours", "GR-1121": "impossible", "GR-1122": "a_visiter",
        "CP-000": "a_visiter",
    }  # fmt: skip
    assert {ref: rows[ref].status for ref in expected} == expected
    absent = rows["GR-0101"]
    assert absent.status_label == "Absent 2 fois" and absent.visit_count == 2
    assert absent.last_visit_surveyor == "Paul" and absent.last_visit_note == "volets fermés"
    assert absent.last_visit_at == at + timedelta(days=1)
    assert rows["GR-0102"].appointment_at == rdv and rows["GR-0102"].absent_count == 1
    assert rows["GR-0102"].status_label.startswith("Rendez-vous le ")
    assert rows["GR-0111"].refusal_reason == "pas le temps" and rows["GR-0111"].status_label == "Refus"
    assert rows["GR-0131"].latest_interview_id == draft.id and rows["GR-0131"].status_label == "Entretien en cours"
    assert rows["GR-0132"].latest_interview_status == "termine" and done.id == rows["GR-0132"].latest_interview_id
    assert rows["GR-1111"].latest_interview_id == rejected.id
    assert rows["GR-1122"].visit_count == 0, "deleted visits do not count"
    store.record_visit(d["GR-1111"].id, "absent", "Marie", at + timedelta(days=2))
    assert _by_ref(store)["GR-1111"].status == "absent", "a later visit decides after a rejection"
    store.delete_interview(draft.id, surveyor="Marie")
    assert _by_ref(store)["GR-0131"].status == "a_visiter"


def test_list_filters(store):
    d = _by_ref(store)
    store.record_visit(d["GR-0101"].id, "absent", "Marie", T0)
    sites = {s.name: s.id for s in store.sites()}
    lievin = store.list_dwellings(site_id=sites["Liévin – Chouard-Pasteur"])
    assert [r.landlord_ref for r in lievin] == ["CP-000", "CP-001", "CP-002"]
    assert all(r.building_id is None for r in lievin)
    tower = d["GR-0101"].building_id
    assert len(store.list_dwellings(building_id=tower)) == 16
    assert len(store.list_dwellings(entrance_id=d["GR-0101"].entrance_id)) == 8
    assert [r.landlord_ref for r in store.list_dwellings(status="absent")] == ["GR-0101"]
    assert len(store.list_dwellings(status=["absent", "a_visiter"])) == 35
    assert store.list_dwellings(campaign_id="inconnue") == []
    with pytest.raises(RecordNotFoundError):
        store.get_dwelling("inconnu")


def test_listing_is_one_query(store):
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement.split()[0].upper())

    engine = store._engine  # test-only peek: count what reaches SQLite
    event.listen(engine, "before_cursor_execute", count)
    try:
        store.list_dwellings()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert [s for s in statements if s not in ("BEGIN", "COMMIT")] == ["WITH"]


def test_query_columns_follow_the_record_fields():
    from survey_app.core.store.dwelling_query import dwelling_select
    from survey_app.core.store.tree import _ROW_FIELDS

    assert tuple(dwelling_select().selected_columns.keys()) == _ROW_FIELDS


def test_natural_order(store):
    refs = [r.landlord_ref for r in store.list_dwellings()]
    assert refs[:3] == ["GR-0101", "GR-0102", "GR-0111"]
    assert refs[-3:] == ["CP-000", "CP-001", "CP-002"]


def test_tree(store):
    d = _by_ref(store)
    store.record_visit(d["GR-0101"].id, "absent", "Marie", T0)
    store.record_visit(d["CP-001"].id, "refus", "Marie", T0)
    sites = store.tree()
    assert [s.label for s in sites] == ["Lens – Grande Résidence", "Liévin – Chouard-Pasteur"]
    lens, lievin = sites
    assert lens.total == 32 and lens.status_counts == {"absent": 1, "a_visiter": 31}
    assert [b.label for b in lens.children] == ["Bâtiment Tour A", "Bâtiment Tour B"]
    tower = lens.children[0]
    assert [e.label for e in tower.children] == ["Entrée 1", "Entrée 2"]
    assert [f.label for f in tower.children[0].children] == ["RDC", "1er étage", "2e étage", "3e étage"]
    assert [x.door for x in tower.children[0].children[0].dwellings] == ["01", "02"]
    houses = lievin.children[0]
    assert houses.label == "Maisons individuelles" and houses.total == 3
    assert houses.children[0].children[0].label == "Logements"
    assert lievin.status_counts == {"refus": 1, "a_visiter": 2}


def test_visit_validation(store):
    dwelling = store.list_dwellings()[0]
    with pytest.raises(InvalidDataError) as err:
        store.record_visit(dwelling.id, "pas_la", "Marie")
    assert "rendez_vous" in str(err.value)
    with pytest.raises(InvalidDataError):
        store.record_visit(dwelling.id, "rendez_vous", "Marie")
    with pytest.raises(InvalidDataError):
        store.record_visit(dwelling.id, "absent", "Marie", appointment_at=T0)
    with pytest.raises(InvalidDataError):
        store.record_visit(dwelling.id, "absent", "Marie", refusal_reason="non")
    with pytest.raises(RecordNotFoundError):
        store.record_visit("inconnu", "absent", "Marie")
    with pytest.raises(InvalidDataError):
        store.record_visit(dwelling.id, "absent", "   ")
    with pytest.raises(InvalidDataError) as err:
        store.record_visit(dwelling.id, "absent", "Marie", device_id="portable-inconnu")
    assert "add_device" in str(err.value)
    assert store.list_visits() == []
    other = store.add_device("Portable 7")
    assert store.record_visit(dwelling.id, "absent", "Marie", device_id=other).device_id == other


def test_visits_list_delete_and_times(store):
    dwelling = store.list_dwellings()[0]
    local_naive = datetime(2026, 3, 10, 14, 30)
    visit = store.record_visit(dwelling.id, "absent", "Marie", local_naive, "boîte pleine")
    assert visit.visited_at == local_naive.astimezone(UTC) and visit.visited_at.tzinfo == UTC
    assert visit.outcome_label == "Absent" and visit.note == "boîte pleine" and visit.surveyor == "Marie"
    assert store.list_visits(dwelling.id) == [visit]
    assert store.delete_visit(visit.id, surveyor="Marie") is True
    assert store.delete_visit(visit.id, surveyor="Marie") is False
    assert store.list_visits(dwelling.id) == []
    assert store.list_visits(dwelling.id, include_deleted=True)[0].deleted_at is not None
    actions = [e.action for e in store.journal(table="visits", row_id=visit.id)]
    assert actions == ["create", "delete"]
    with pytest.raises(RecordNotFoundError):
        store.delete_visit("inconnue", surveyor="Marie")
