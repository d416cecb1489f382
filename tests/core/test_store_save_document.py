"""`Store.save_document`: the whole answers document replaced in one journaled revision (finished interviews)."""

from __future__ import annotations

import pytest

from survey_app.core.store import InvalidDataError, RecordNotFoundError
from tests.core.test_store_support import populated_store

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


def test_document_is_replaced_with_a_revision_and_a_journal_row(store, interview):
    document = {"q1": "non", "total": 2.5, "membres": [{"age": 41}, {"age": 12}], "_confirmed": ["q1"]}
    revision = store.save_document(interview.id, document, surveyor="Paul")
    assert revision.changed and revision.revision == 2 and revision.parent_revision_id == interview.revision_id
    assert store.get_interview(interview.id).answers == document
    last = store.journal(table="interviews", row_id=interview.id)[-1]
    assert (last.action, last.field, last.path) == ("replace", "answers", None)
    assert last.old_value == {"q1": "oui", "membres": [{"age": 40}]} and last.new_value == document


def test_same_document_writes_nothing(store, interview):
    revision = store.save_document(interview.id, {"q1": "oui", "membres": [{"age": 40}]}, surveyor="Marie")
    assert not revision.changed and revision.revision == 1


def test_caller_copy_is_not_shared(store, interview):
    document = {"q1": "non"}
    store.save_document(interview.id, document, surveyor="Marie")
    document["q1"] = "changé après coup"
    assert store.get_interview(interview.id).answers == {"q1": "non"}


@pytest.mark.parametrize("document", [{"q": float("nan")}, {"q": {"objet": 1}}, {"_confirmed": "q"}, ["pas", "un objet"]])
def test_bad_documents_are_refused_and_nothing_changes(store, interview, document):
    with pytest.raises(InvalidDataError) as caught:
        store.save_document(interview.id, document, surveyor="Marie")
    assert caught.value.message
    assert store.get_interview(interview.id).revision == 1


def test_unknown_interview(store):
    with pytest.raises(RecordNotFoundError):
        store.save_document("pas-un-id", {"q": 1}, surveyor="Marie")
