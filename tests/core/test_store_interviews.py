"""Interviews: one transaction per answer, revisions chained for merging, repeats, confirmations, tombstones."""

from __future__ import annotations

import pytest

from survey_app.core.store import InvalidDataError, RecordNotFoundError
from tests.core.test_store_support import populated_store, raw_query

FORM = ("menage", "2026.1", "sha256:abc")


@pytest.fixture
def store(tmp_path):
    store = populated_store(tmp_path)
    yield store
    store.close()


@pytest.fixture
def interview(store):
    dwelling = store.list_dwellings()[0]
    return store.create_interview(dwelling.id, *FORM, "Marie", {"q1": "oui", "membres": [{"age": 40}]})


def test_create_and_get(store, interview):
    assert interview.status == "brouillon" and interview.revision == 1 and interview.parent_revision_id is None
    assert (interview.form_id, interview.form_version, interview.form_hash) == FORM
    assert interview.surveyor == "Marie" and interview.device_id == store.device_id
    assert interview.created_at.tzinfo is not None and interview.created_at == interview.modified_at
    again = store.get_interview(interview.id)
    assert again == interview
    again.answers["q1"] = "modifié en mémoire"
    assert store.get_interview(interview.id).answers["q1"] == "oui", "records are copies"


def test_save_answer_is_committed_with_revision_and_journal(store, interview, tmp_path):
    rev = store.save_answer(interview.id, ("q2",), 3, surveyor="Paul")
    assert rev.revision == 2 and rev.parent_revision_id == interview.revision_id and rev.changed
    # Committed: another connection sees it at once.
    assert raw_query(tmp_path / "enquete.db", "SELECT revision FROM interviews") == [(2,)]
    record = store.get_interview(interview.id)
    assert record.answers["q2"] == 3 and record.modified_at > interview.modified_at
    last = store.journal(table="interviews", row_id=interview.id)[-1]
    assert (last.action, last.path, last.has_old, last.new_value, last.revision) == ("set", ("q2",), False, 3, 2)
    assert last.surveyor_id == store.add_surveyor("Paul").id and last.device_id == store.device_id
    rev3 = store.save_answer(interview.id, ("q2",), None, surveyor="Paul")
    last = store.journal(table="interviews", row_id=interview.id)[-1]
    assert (last.old_value, last.has_new, last.new_value) == (3, True, None)
    assert store.revision_chain(interview.id) == [interview.revision_id, rev.revision_id, rev3.revision_id]


def test_unchanged_value_writes_nothing(store, interview):
    rev = store.save_answer(interview.id, ("q1",), "oui", surveyor="Marie")
    assert not rev.changed and rev.revision == 1
    assert store.save_answer(interview.id, ("q1",), True, surveyor="Marie").changed
    assert store.save_answer(interview.id, ("q1",), 1, surveyor="Marie").changed, "1 is not True"


@pytest.mark.parametrize("value", ["texte", 0, 2.5, False, None, ["a", "b"], "2026-03-12"])
def test_value_types_round_trip(store, interview, value):
    store.save_answer(interview.id, ("v",), value, surveyor="Marie")
    assert store.get_interview(interview.id).answers["v"] == value


def test_half_a_character_pasted_from_a_damaged_source_is_saved_as_a_replacement_mark(store, interview):
    rev = store.save_answer(interview.id, ("note",), "avant \ud83d après", surveyor="Marie")  # a lone surrogate
    assert rev.changed
    assert store.get_interview(interview.id).answers["note"] == "avant \ufffd après"


@pytest.mark.parametrize("value", [float("nan"), {"a": 1}, [1, 2], object()])
def test_bad_values_are_refused(store, interview, value):
    with pytest.raises(InvalidDataError):
        store.save_answer(interview.id, ("v",), value, surveyor="Marie")
    assert store.get_interview(interview.id).revision == 1


@pytest.mark.parametrize("path", [(), ("membres", "x"), ("membres", 5, "age"), ("membres", 0), (3,), ("_confirmed",), ("q1", 0, "x")])
def test_bad_paths_are_refused(store, interview, path):
    with pytest.raises(InvalidDataError):
        store.save_answer(interview.id, path, 1, surveyor="Marie")
    assert store.get_interview(interview.id).revision == 1


def test_repeats(store, interview):
    index, rev = store.add_repeat_instance(interview.id, ("membres",), surveyor="Marie")
    assert index == 1 and rev.revision == 2
    store.save_answer(interview.id, ("membres", 1, "age"), 12, surveyor="Marie")
    store.add_repeat_instance(interview.id, ("membres", 1, "activites"), {"nom": "foot"}, surveyor="Marie")
    store.save_answer(interview.id, ("membres", 1, "activites", 0, "heures"), 2.5, surveyor="Marie")
    answers = store.get_interview(interview.id).answers
    assert answers["membres"] == [{"age": 40}, {"age": 12, "activites": [{"nom": "foot", "heures": 2.5}]}]
    store.remove_repeat_instance(interview.id, ("membres",), 0, surveyor="Marie")
    assert store.get_interview(interview.id).answers["membres"][0]["age"] == 12, "later instances shift down"
    last = store.journal(table="interviews", row_id=interview.id)[-1]
    assert last.action == "remove_instance" and last.path == ("membres", 0) and last.old_value == {"age": 40}
    with pytest.raises(InvalidDataError):
        store.remove_repeat_instance(interview.id, ("membres",), 7, surveyor="Marie")
    with pytest.raises(InvalidDataError):
        store.save_answer(interview.id, ("membres",), "écrase la répétition", surveyor="Marie")
    new_repeat, _ = store.add_repeat_instance(interview.id, ("vehicules",), {"type": "voiture"}, surveyor="Marie")
    assert new_repeat == 0


def test_confirm_warning(store, interview):
    store.confirm_warning(interview.id, ("q1",), surveyor="Marie")
    store.confirm_warning(interview.id, ("membres", 0, "age"), surveyor="Marie")
    answers = store.get_interview(interview.id).answers
    assert answers["_confirmed"] == ["q1"] and answers["membres"][0]["_confirmed"] == ["age"]
    assert not store.confirm_warning(interview.id, ("q1",), surveyor="Marie").changed
    store.confirm_warning(interview.id, ("q1",), surveyor="Marie", confirmed=False)
    assert "_confirmed" not in store.get_interview(interview.id).answers


def test_status_changes(store, interview):
    rev = store.set_interview_status(interview.id, "termine", surveyor="Marie")
    assert rev.revision == 2 and store.get_interview(interview.id).status == "termine"
    assert not store.set_interview_status(interview.id, "termine", surveyor="Marie").changed
    with pytest.raises(InvalidDataError) as err:
        store.set_interview_status(interview.id, "fini", surveyor="Marie")
    assert "brouillon" in str(err.value)
    assert [i.id for i in store.list_interviews(status="termine")] == [interview.id]


def test_delete_is_a_tombstone(store, interview):
    rev = store.delete_interview(interview.id, surveyor="Marie")
    assert rev.revision == 2
    assert store.list_interviews() == []
    with pytest.raises(RecordNotFoundError):
        store.get_interview(interview.id)
    with pytest.raises(RecordNotFoundError):
        store.save_answer(interview.id, ("q1",), "non", surveyor="Marie")
    kept = store.get_interview(interview.id, include_deleted=True)
    assert kept.deleted_at is not None and kept.answers["q1"] == "oui"
    assert [i.id for i in store.list_interviews(include_deleted=True)] == [interview.id]
    assert store.journal(table="interviews", row_id=interview.id)[-1].action == "delete"


def test_unknown_ids(store):
    with pytest.raises(RecordNotFoundError) as err:
        store.get_interview("pas-un-id")
    assert str(store.path) in str(err.value)
    with pytest.raises(RecordNotFoundError):
        store.create_interview("pas-un-logement", *FORM, "Marie")


def test_list_interviews_filters(store, interview):
    rows = store.list_dwellings()
    other = store.create_interview(rows[1].id, *FORM, "Paul", interview_id="11111111-2222-3333-4444-555555555555")
    assert other.id == "11111111-2222-3333-4444-555555555555"
    assert [i.id for i in store.list_interviews()] == [interview.id, other.id]
    assert [i.id for i in store.list_interviews(dwelling_id=rows[1].id)] == [other.id]
    campaign = store.campaigns()[0].id
    assert len(store.list_interviews(campaign_id=campaign)) == 2
    assert not hasattr(store.list_interviews()[0], "answers"), "summaries carry no answers"
