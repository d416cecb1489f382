"""Back to the field: the master's pack tells a laptop what the others did, without carrying any answers."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from survey_app.core.merge import (
    PackageError,
    assign,
    assignments,
    import_field_pack,
    merge_into,
    open_package,
    write_field_pack,
)
from survey_app.core.store import Store
from tests.core.merge_support import interview, laptop, pack


@pytest.fixture
def campaign(tmp_path):
    """Paul completed door 5 and got an appointment at door 6; Marie has not seen either yet."""
    marie, paul = laptop(tmp_path, "PC-Marie"), laptop(tmp_path, "PC-Paul")
    interview(marie, 0, "Marie", {"q1": 1})
    done = interview(paul, 5, "Paul", {"secret": "revenus du ménage"})
    when = datetime(2026, 10, 2, 17, 30, tzinfo=UTC)
    paul.record_visit(paul.list_dwellings()[6].id, "rendez_vous", "Paul", appointment_at=when)
    master_path = tmp_path / "maitre.db"
    merge_into(master_path, [pack(marie, tmp_path / "marie.enqpkg"), pack(paul, tmp_path / "paul.enqpkg")])
    master = Store.open(master_path)
    yield {"marie": marie, "paul": paul, "master": master, "done": done, "when": when, "tmp": tmp_path}
    for s in (marie, paul, master):
        s.close()


def test_field_pack_carries_statuses_not_answers(campaign):
    master, tmp = campaign["master"], campaign["tmp"]
    written = write_field_pack(master, tmp / "retour.enqpkg")
    assert written.manifest.kind == "retour" and written.manifest.counts["statuts_entretiens"] == 2
    with open_package(written.path, expected_kind="retour") as opened:
        conn = sqlite3.connect(opened.database)
        assert conn.execute("SELECT count(*) FROM interviews").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM journal").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM field_interviews").fetchone() == (2,)
        conn.close()
        assert "revenus du ménage".encode() not in opened.database.read_bytes(), "no answer, not even in free pages"


def test_laptop_learns_completed_doors_appointments_and_assignments(campaign):
    master, marie, tmp = campaign["master"], campaign["marie"], campaign["tmp"]
    dwellings = master.list_dwellings()
    assign(master, [d.id for d in dwellings[20:25]], "Marie", by="Claire")
    before = {d.id: d.status for d in marie.list_dwellings()}
    assert before[dwellings[5].id] == "a_visiter" and before[dwellings[6].id] == "a_visiter"
    report = import_field_pack(marie, write_field_pack(master, tmp / "retour.enqpkg").path)
    after = {d.id: d for d in marie.list_dwellings()}
    assert after[dwellings[5].id].status == "termine", "a colleague's completed door is not knocked again"
    assert after[dwellings[6].id].status == "rendez_vous" and after[dwellings[6].id].appointment_at == campaign["when"]
    assert after[dwellings[0].id].latest_interview_id is not None, "her own interview is still hers"
    assert {a.dwelling_id for a in assignments(marie, "Marie")} == {d.id for d in dwellings[20:25]}
    assert report.mine == 5 and report.visits_added == 2 and report.statuses_learned == 2
    text = report.format()
    assert "Terminé : 2" in text and "Logements qui vous sont affectés : 5" in text
    assert marie.list_interviews() and len(marie.list_interviews()) == 1, "no interview of Paul's on Marie's laptop"
    again = import_field_pack(marie, tmp / "retour.enqpkg")
    assert (again.visits_added, again.statuses_learned, again.assignments_changed) == (0, 0, 0)


def test_newer_assignment_wins_and_withdrawal_travels(campaign):
    master, marie, tmp = campaign["master"], campaign["marie"], campaign["tmp"]
    target = [master.list_dwellings()[30].id]
    assign(master, target, "Marie", by="Claire")
    import_field_pack(marie, write_field_pack(master, tmp / "r1.enqpkg").path)
    assign(master, target, None, by="Claire")
    import_field_pack(marie, write_field_pack(master, tmp / "r2.enqpkg").path)
    assert assignments(marie) == []
    import_field_pack(marie, tmp / "r1.enqpkg")
    assert assignments(marie) == [], "an older pack does not bring the assignment back"


def test_packages_of_the_wrong_kind_are_refused_both_ways(campaign):
    master, marie, tmp = campaign["master"], campaign["marie"], campaign["tmp"]
    with pytest.raises(PackageError) as err:
        import_field_pack(marie, tmp / "paul.enqpkg")
    assert err.value.code == "mauvais_type" and "survey-app merge" in err.value.message
    retour = write_field_pack(master, tmp / "retour.enqpkg").path
    report = merge_into(tmp / "maitre.db", [retour])
    assert report.files[0].refused_code == "mauvais_type" and "import-field-pack" in report.files[0].refused_reason


def test_interview_status_changes_reach_the_laptop(campaign):
    master, marie, tmp, done = campaign["master"], campaign["marie"], campaign["tmp"], campaign["done"]
    import_field_pack(marie, write_field_pack(master, tmp / "r1.enqpkg").path)
    master.set_interview_status(done, "rejete", surveyor="Claire")
    master.record_visit(master.get_interview(done).dwelling_id, "absent", "Paul",
                        when=datetime.now(UTC) + timedelta(minutes=1))  # fmt: skip
    import_field_pack(marie, write_field_pack(master, tmp / "r2.enqpkg").path)
    dwelling = next(d for d in marie.list_dwellings() if d.id == master.get_interview(done).dwelling_id)
    assert dwelling.status == "absent", "a rejected interview no longer counts as done"
