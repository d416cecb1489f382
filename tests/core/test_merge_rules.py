"""Merge rules: idempotence, order independence, descendant wins, conflicts, duplicates, tombstones, versions,
refused files leaving the master untouched, and packages only ever read."""

from __future__ import annotations

import itertools
import os
import stat

import pytest

from survey_app.core.merge import merge_into, merge_packages, write_package
from survey_app.core.store import Store
from tests.core.merge_support import FORM, FORM_V2, dump, interview, laptop, pack


@pytest.fixture
def field(tmp_path):
    """Three laptops: Marie and Paul on different doors, plus Inès who also knocked on one of Marie's doors."""
    marie, paul, ines = (laptop(tmp_path, n) for n in ("PC-Marie", "PC-Paul", "PC-Ines"))
    interview(marie, 0, "Marie", {"q1": 1})
    interview(marie, 1, "Marie", {"q1": 2}, form=FORM_V2)
    interview(paul, 10, "Paul", {"q1": 3})
    gone = paul.record_visit(paul.list_dwellings()[11].id, "absent", "Paul")
    paul.delete_visit(gone.id, surveyor="Paul")
    interview(ines, 0, "Inès", {"q1": 9})  # same door as Marie's first interview: a duplicate
    files = [pack(s, tmp_path / f"{s.path.stem}.enqpkg") for s in (marie, paul, ines)]
    yield {"marie": marie, "paul": paul, "ines": ines, "files": files}
    for s in (marie, paul, ines):
        s.close()


def test_first_merge_reports_per_file(field, tmp_path):
    report = merge_into(tmp_path / "maitre.db", field["files"])
    assert report.master_created and [f.merged for f in report.files] == [True, True, True]
    marie, paul, ines = report.files
    assert (marie.interviews_new, marie.visits_added, marie.dwellings_added) == (2, 2, 35)
    assert (paul.interviews_new, paul.visits_added, paul.visits_deleted) == (1, 1, 0)
    assert ines.interviews_new == 1 and ines.dwellings_twice == 1
    text = report.format()
    assert "3 paquet(s) fusionné(s)" in text and "logements enquêtés deux fois : 1" in text
    with Store.open(tmp_path / "maitre.db") as master:
        assert len(master.list_interviews()) == 4
        assert len(master.list_visits()) == 4 and len(master.list_visits(include_deleted=True)) == 5
        versions = {i.form_version for i in master.list_interviews()}
        assert versions == {FORM[1], FORM_V2[1]}, "each interview keeps its questionnaire version"
        assert {j.row_id for j in master.journal(table="interviews")} == {i.id for i in master.list_interviews()}


def test_merging_the_same_files_again_changes_nothing(field, tmp_path):
    master = tmp_path / "maitre.db"
    merge_into(master, field["files"])
    before = dump(master)
    again = merge_into(master, field["files"])
    assert dump(master) == before
    for f in again.files:
        assert f.merged and not f.changed and f.already_merged_at
        assert f.interviews_new == f.interviews_updated == f.interviews_conflict == f.visits_added == 0
    assert "Rien de nouveau" in again.format()


def test_identity_is_enforced_by_unique_keys_even_for_simultaneous_merges(field, tmp_path):
    import sqlite3
    import threading

    reference = tmp_path / "reference.db"
    merge_into(reference, field["files"])
    master = tmp_path / "maitre.db"
    Store.create(master).close()
    stores = [Store.open(master), Store.open(master)]
    threads = [threading.Thread(target=merge_packages, args=(s, field["files"])) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert dump(master) == dump(reference)
    conn = sqlite3.connect(master)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO interviews SELECT * FROM interviews LIMIT 1")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO journal (id, table_name, row_id, action, field, device_id, at) "
                     "SELECT id, table_name, row_id, action, field, device_id, at FROM journal LIMIT 1")  # fmt: skip
    conn.close()


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_order_of_packages_does_not_change_the_result(field, tmp_path, order):
    reference = tmp_path / "reference.db"
    merge_into(reference, field["files"])
    master = tmp_path / f"maitre-{''.join(map(str, order))}.db"
    merge_into(master, [field["files"][i] for i in order])
    assert dump(master) == dump(reference)


def test_descendant_revision_wins_whatever_the_order(field, tmp_path):
    marie = field["marie"]
    old = field["files"][0]
    target = marie.list_interviews()[0].id
    marie.save_answer(target, ("q1",), 42, surveyor="Marie")
    new = pack(marie, tmp_path / "marie-soir.enqpkg")
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    report = merge_into(first, [old, new])
    assert report.files[1].interviews_updated == 1 and report.files[1].interviews_conflict == 0
    report = merge_into(second, [new, old])
    assert report.files[1].interviews_older == 1 and not report.files[1].changed
    assert dump(first) == dump(second)
    with Store.open(first) as master:
        assert master.get_interview(target).answers["q1"] == 42
        assert master.revision_chain(target) == marie.revision_chain(target)


def _diverge(field, tmp_path):
    """The same interview edited on the master and, meanwhile, on Marie's laptop."""
    master_path = tmp_path / "maitre.db"
    merge_into(master_path, field["files"][:1])
    target = field["marie"].list_interviews()[0].id
    with Store.open(master_path) as master:
        master.save_answer(target, ("q1",), 100, surveyor="Claire")
    field["marie"].save_answer(target, ("q2",), "non", surveyor="Marie")
    return master_path, target, pack(field["marie"], tmp_path / "marie-2.enqpkg")


def test_diverged_edits_keep_both_versions_and_mark_the_interview_in_conflict(field, tmp_path):
    master_path, target, later = _diverge(field, tmp_path)
    report = merge_into(master_path, [later])
    assert report.files[0].interviews_conflict == 1 and report.files[0].conflict_interviews == [target]
    data = dump(master_path)
    answers = sorted(a for i, _r, a in data["versions"] if i == target)
    assert len(answers) == 2 and '"q1":100' in answers[0] + answers[1] and '"q2":"non"' in answers[0] + answers[1]
    assert ("conflit", target, "ouvert") in {r[:3] for r in data["review"]}
    again = merge_into(master_path, [later, field["files"][0]])
    assert again.files[0].interviews_identical == 2 and again.files[1].interviews_older == 1, "no new conflict"
    assert not again.files[0].changed and not again.files[1].changed
    assert dump(master_path)["versions"] == data["versions"]


def test_conflict_is_the_same_set_whatever_the_order(field, tmp_path):
    master_path, target, later = _diverge(field, tmp_path)
    # A second master receiving the master's own state and the laptop's late package in the other order.
    with Store.open(master_path) as master:
        master_pkg = tmp_path / "maitre.enqpkg"
        write_package(master, master_pkg)
    one, two = tmp_path / "un.db", tmp_path / "deux.db"
    merge_into(one, [master_pkg, later])
    merge_into(two, [later, master_pkg])
    assert dump(one)["versions"] == dump(two)["versions"] and len(dump(one)["versions"]) == 2
    assert dump(one) == dump(two)


def test_tombstones_travel(field, tmp_path):
    master_path = tmp_path / "maitre.db"
    merge_into(master_path, field["files"])
    marie = field["marie"]
    visit = marie.list_visits()[0]
    marie.delete_visit(visit.id, surveyor="Marie")
    marie.delete_interview(marie.list_interviews()[1].id, surveyor="Marie")
    report = merge_into(master_path, [pack(marie, tmp_path / "marie-2.enqpkg"), field["files"][0]])
    assert report.files[0].visits_deleted == 1 and report.files[0].interviews_updated == 1
    assert report.files[1].interviews_older == 1, "the old package cannot bring the deleted interview back"
    with Store.open(master_path) as master:
        assert visit.id not in {v.id for v in master.list_visits()}
        assert len(master.list_interviews()) == 3


def test_refused_file_leaves_the_master_as_it_was_and_others_still_merge(field, tmp_path):
    master_path = tmp_path / "maitre.db"
    merge_into(master_path, field["files"][:1])
    before = dump(master_path)
    broken = tmp_path / "casse.enqpkg"
    broken.write_bytes(field["files"][1].read_bytes()[:500])
    report = merge_into(master_path, [broken, tmp_path / "faute-de-frappe.enqpkg", field["files"][2]])
    assert [f.merged for f in report.files] == [False, False, True]
    assert report.files[0].refused_code == "illisible" and "casse.enqpkg" in report.files[0].refused_reason
    assert report.files[1].refused_code == "introuvable" and not (tmp_path / "faute-de-frappe.enqpkg").exists()
    assert "refusé" in report.format()
    after = dump(master_path)
    assert after["interviews"] != before["interviews"] and set(before["interviews"]) <= set(after["interviews"])


def test_a_failure_in_the_middle_of_a_file_rolls_the_whole_file_back(field, tmp_path, monkeypatch):
    master_path = tmp_path / "maitre.db"
    merge_into(master_path, field["files"][:1])
    before = dump(master_path)

    def explode(*args, **kwargs):
        raise OSError("disque arraché")

    from survey_app.core.merge import duplicates

    monkeypatch.setattr(duplicates, "refresh_in_package_scope", explode)
    with pytest.raises(OSError):
        merge_into(master_path, field["files"][1:])
    assert dump(master_path) == before


def test_cancel_between_steps_rolls_back_the_file_in_progress(field, tmp_path):
    master_path = tmp_path / "maitre.db"
    Store.create(master_path).close()
    before = dump(master_path)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2  # let the first checks pass, cancel inside the first file

    with Store.open(master_path) as master:
        report = merge_packages(master, field["files"], cancel=cancel)
    assert report.cancelled and not report.merged
    assert dump(master_path) == before


def test_packages_are_only_read(field, tmp_path):
    files = field["files"]
    for f in files:
        f.chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder_mode = tmp_path.stat().st_mode
    before = {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in files}
    listing = sorted(p.name for p in tmp_path.iterdir())
    merge_into(tmp_path / "maitre.db", files)
    merge_into(tmp_path / "maitre.db", files)
    assert {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in files} == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("maitre.db")) == listing
    assert tmp_path.stat().st_mode == folder_mode
    for f in files:
        os.chmod(f, stat.S_IRUSR | stat.S_IWUSR)


def test_package_from_an_older_schema_merges(tmp_path):
    """A package written by the first release (schema 1) still merges into a current master."""
    import sqlite3

    from tests.core.merge_support import rezip
    from tests.core.test_store_support import first_release_store

    old_store = tmp_path / "ancien.sqlite"
    first_release_store(old_store)
    conn = sqlite3.connect(old_store)
    device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
    conn.close()
    with laptop(tmp_path, "modele") as current:
        template = pack(current, tmp_path / "modele.enqpkg")
    import hashlib

    data = old_store.read_bytes()
    package = rezip(template, tmp_path / "ancien.enqpkg", content=data, manifest=lambda m: {
        **m, "schema_version": 1, "device": {"id": device, "name": "portable-v1"},
        "content": {"name": "store.sqlite", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()},
    })  # fmt: skip
    report = merge_into(tmp_path / "maitre.db", [package])
    assert report.files[0].merged, report.files[0].refused_reason
    assert report.files[0].interviews_new == 1 and report.files[0].visits_added == 2


def test_crafted_package_with_unreadable_answers_is_refused_whole(field, tmp_path):
    from tests.core.merge_support import doctored

    master_path = tmp_path / "maitre.db"
    Store.create(master_path).close()
    before = dump(master_path)
    bad = doctored(field["files"][0], tmp_path / "bricole.enqpkg",
                   "UPDATE interviews SET answers = '{pas du json' WHERE rowid = (SELECT min(rowid) FROM interviews);")
    report = merge_into(master_path, [bad])
    assert report.files[0].refused_code == "incoherent" and "réponses illisibles" in report.files[0].refused_reason
    assert dump(master_path) == before


def test_crafted_package_breaking_a_constraint_is_refused_whole(field, tmp_path):
    from tests.core.merge_support import doctored

    master_path = tmp_path / "maitre.db"
    merge_into(master_path, field["files"][:1])
    before = dump(master_path)
    # Same landlord reference under another id: the register's unique key refuses it.
    bad = doctored(field["files"][1], tmp_path / "bricole.enqpkg",
                   "PRAGMA foreign_keys = OFF; UPDATE dwellings SET id = 'autre-id' WHERE rowid = 1;")
    report = merge_into(master_path, [bad])
    assert report.files[0].refused_code == "incoherent", report.files[0].refused_reason
    assert "base est restée exactement comme avant" in report.files[0].refused_reason
    assert dump(master_path) == before
