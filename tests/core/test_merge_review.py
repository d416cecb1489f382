"""Review after a merge: list, compare side by side, settle conflicts and duplicates, validate or reject,
every decision journaled and undoable."""

from __future__ import annotations

import pytest

from survey_app.core.merge import (
    compare_conflict,
    compare_duplicate,
    count_open,
    list_decisions,
    list_review,
    merge_into,
    merge_packages,
    resolve_conflict,
    resolve_duplicate,
    set_verdict,
    undo_decision,
)
from survey_app.core.store import InvalidDataError, Store
from tests.core.merge_support import interview, laptop, pack


@pytest.fixture
def conflict(tmp_path):
    """An interview corrected on the master while the surveyor kept editing it on her laptop."""
    marie = laptop(tmp_path, "PC-Marie")
    target = interview(marie, 0, "Marie", {"q1": 1, "q2": "oui", "membres": [{"age": 30}]}, status="brouillon")
    master_path = tmp_path / "maitre.db"
    merge_into(master_path, [pack(marie, tmp_path / "m1.enqpkg")])
    master = Store.open(master_path)
    master.save_answer(target, ("q1",), 100, surveyor="Claire")
    marie.save_answer(target, ("q2",), "non", surveyor="Marie")
    marie.add_repeat_instance(target, ("membres",), {"age": 8}, surveyor="Marie")
    late = pack(marie, tmp_path / "m2.enqpkg")
    merge_packages(master, [late])
    yield {"master": master, "marie": marie, "target": target, "late": late, "tmp": tmp_path}
    master.close()
    marie.close()


def test_conflict_is_listed_and_compared_side_by_side(conflict):
    master, target = conflict["master"], conflict["target"]
    [entry] = list_review(master)
    assert entry.kind_label == "En conflit" and entry.state_label == "À revoir" and entry.subject_id == target
    assert "Grande Résidence" in entry.place and "porte" in entry.place
    assert count_open(master) == {"conflit": 1, "doublon": 0}
    view = compare_conflict(master, target)
    assert len(view.versions) == 2
    titles = " / ".join(v.title for v in view.versions)
    assert "Claire" in titles and "Marie" in titles and "PC-Marie" in titles
    differing = {r.label: r.values for r in view.differing}
    assert set(differing) == {"q1", "q2", "membres (toutes les occurrences)"}
    assert [r.label for r in view.rows if not r.differs] == []  # every answer here was touched


def test_keep_one_version(conflict):
    master, target = conflict["master"], conflict["target"]
    claire = next(v for v in compare_conflict(master, target).versions if v.edited_by == "Claire")
    decision = resolve_conflict(master, target, keep=claire.key, reason="Correction vérifiée par téléphone",
                                consultant="Claire")  # fmt: skip
    assert decision.label == "Conflit réglé : une version gardée" and decision.consultant == "Claire"
    assert master.get_interview(target).answers == claire.answers
    assert list_review(master) == [] and list_review(master, include_resolved=True)[0].state == "resolu"
    resolution = [j for j in master.journal(row_id=target) if j.action == "resolution"]
    assert len(resolution) == 2, "one revision with both heads as parents"
    assert resolution[0].new_value["motif"] == "Correction vérifiée par téléphone"


def test_pick_answer_by_answer_then_stale_packages_cannot_reopen(conflict):
    master, target = conflict["master"], conflict["target"]
    view = compare_conflict(master, target)
    claire = next(v for v in view.versions if v.edited_by == "Claire")
    marie = next(v for v in view.versions if v.edited_by == "Marie")
    resolve_conflict(master, target, keep=claire.key, choices={("q2",): marie.key, ("membres",): marie.key},
                     reason="Chacun a corrigé une partie", consultant="Claire")  # fmt: skip
    answers = master.get_interview(target).answers
    assert answers["q1"] == 100 and answers["q2"] == "non" and answers["membres"] == [{"age": 30}, {"age": 8}]
    report = merge_packages_again(conflict)
    assert [f.interviews_conflict for f in report.files] == [0, 0] and not any(f.changed for f in report.files)
    assert list_review(master) == []


def merge_packages_again(conflict):
    return merge_packages(conflict["master"], [conflict["late"], conflict["tmp"] / "m1.enqpkg"])


def test_new_edit_after_resolution_is_a_new_conflict(conflict):
    master, target, marie = conflict["master"], conflict["target"], conflict["marie"]
    keep = compare_conflict(master, target).versions[0].key
    resolve_conflict(master, target, keep=keep, reason="motif", consultant="Claire")
    marie.save_answer(target, ("q1",), 7, surveyor="Marie")
    report = merge_packages(master, [pack(marie, conflict["tmp"] / "m3.enqpkg")])
    assert report.files[0].interviews_conflict == 1
    assert [e.subject_id for e in list_review(master)] == [target]


def test_undo_restores_exactly_and_reopens(conflict):
    master, target = conflict["master"], conflict["target"]
    before = master.get_interview(target)
    keep = compare_conflict(master, target).versions[0].key
    decision = resolve_conflict(master, target, keep=keep, reason="motif", consultant="Claire")
    undone = undo_decision(master, decision.id, consultant="Claire")
    assert undone.undone_at is not None
    after = master.get_interview(target)
    assert (after.revision_id, after.answers, after.status) == (before.revision_id, before.answers, before.status)
    assert [e.subject_id for e in list_review(master)] == [target]
    assert len(compare_conflict(master, target).versions) == 2
    assert any(j.action == "annulation" for j in master.journal(row_id=target))
    with pytest.raises(InvalidDataError):
        undo_decision(master, decision.id, consultant="Claire")


def test_undo_is_refused_when_the_interview_changed_since(conflict):
    master, target = conflict["master"], conflict["target"]
    keep = compare_conflict(master, target).versions[0].key
    decision = resolve_conflict(master, target, keep=keep, reason="motif", consultant="Claire")
    master.save_answer(target, ("q1",), 5, surveyor="Claire")
    with pytest.raises(InvalidDataError) as err:
        undo_decision(master, decision.id, consultant="Claire")
    assert "a changé depuis" in err.value.message


def test_resolution_needs_a_reason_and_known_versions(conflict):
    master, target = conflict["master"], conflict["target"]
    keep = compare_conflict(master, target).versions[0].key
    with pytest.raises(InvalidDataError) as err:
        resolve_conflict(master, target, keep=keep, reason="  ", consultant="Claire")
    assert "motif" in err.value.message
    with pytest.raises(InvalidDataError):
        resolve_conflict(master, target, keep="inconnue", reason="x", consultant="Claire")
    with pytest.raises(InvalidDataError) as err:
        set_verdict(master, target, "valide", consultant="Claire")
    assert "en conflit" in err.value.message
    assert list_decisions(master) == []


@pytest.fixture
def duplicate(tmp_path):
    marie, ines = laptop(tmp_path, "PC-Marie"), laptop(tmp_path, "PC-Ines")
    first = interview(marie, 3, "Marie", {"q1": 1})
    second = interview(ines, 3, "Inès", {"q1": 2})
    master_path = tmp_path / "maitre.db"
    merge_into(master_path, [pack(marie, tmp_path / "a.enqpkg"), pack(ines, tmp_path / "b.enqpkg")])
    master = Store.open(master_path)
    yield master, first, second
    master.close()
    marie.close()
    ines.close()


def test_duplicate_keep_one_rejects_the_other_and_undo_brings_it_back(duplicate):
    master, first, second = duplicate
    [entry] = list_review(master)
    assert entry.kind_label == "Doublon" and set(entry.interviews) == {first, second}
    view = compare_duplicate(master, entry.subject_id)
    assert [r.label for r in view.differing] == ["q1"] and len(view.versions) == 2
    decision = resolve_duplicate(master, entry.subject_id, keep=first, reason="Inès a frappé à la mauvaise porte",
                                 consultant="Claire")  # fmt: skip
    assert master.get_interview(second).status == "rejete" and master.get_interview(first).status == "termine"
    assert list_review(master) == [] and set(decision.interviews) == {first, second}
    undo_decision(master, decision.id, consultant="Claire")
    assert master.get_interview(second).status == "termine"
    assert [e.kind for e in list_review(master)] == ["doublon"]


def test_duplicate_keep_both(duplicate):
    master, _first, _second = duplicate
    entry = list_review(master)[0]
    resolve_duplicate(master, entry.subject_id, keep=None, reason="Deux ménages dans le logement", consultant="Claire")
    assert list_review(master) == []
    assert [d.label for d in list_decisions(master)] == ["Doublon réglé : tous les entretiens gardés"]


def test_validate_and_reject_with_a_comment(duplicate):
    master, first, second = duplicate
    resolve_duplicate(master, list_review(master)[0].subject_id, keep=None, reason="ok", consultant="Claire")
    decision = set_verdict(master, first, "valide", consultant="Claire")
    assert master.get_interview(first).status == "valide" and decision.label == "Entretien validé"
    with pytest.raises(InvalidDataError) as err:
        set_verdict(master, second, "rejete", consultant="Claire")
    assert "motif" in err.value.message
    rejected = set_verdict(master, second, "rejete", comment="Réponses incohérentes", consultant="Claire")
    assert master.get_interview(second).status == "rejete" and rejected.reason == "Réponses incohérentes"
    history = [j for j in master.journal(row_id=second) if j.field == "status"]
    assert (history[-1].old_value, history[-1].new_value) == ("termine", "rejete")
    undo_decision(master, rejected.id, consultant="Claire")
    assert master.get_interview(second).status == "termine"
    assert [d.kind for d in list_decisions(master, second)][-1] == "rejet"
