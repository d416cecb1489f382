"""Interview rows: creation, reading, listing, and the one read-change-write path every edit goes through.

`mutate` loads the answers document and revision, lets an edit function change the document (or the
status, or the tombstone), then writes the row with revision + 1, a new revision id chained to the old
one, the modified time, and one journal row, all inside the caller's write transaction. An edit that
changes nothing writes nothing. Everything here runs inside a transaction opened by the Store.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from survey_app.core.store import journal
from survey_app.core.store.engine import dumps
from survey_app.core.store.errors import RecordNotFoundError
from survey_app.core.store.keys import new_id
from survey_app.core.store.records import (
    AnswerPath,
    InterviewId,
    InterviewRecord,
    InterviewSummary,
    Revision,
)
from survey_app.core.store.schema import Dwelling, Interview, Surveyor

_I = Interview.__table__.c
_SELECT_CURRENT = select(_I.answers, _I.revision, _I.revision_id, _I.status, _I.deleted_at).where(
    _I.id == bindparam("id")
)
_SUMMARY_COLUMNS = [
    _I.id, _I.dwelling_id, _I.form_id, _I.form_version, _I.form_hash, _I.status, _I.surveyor_id,
    Surveyor.__table__.c.name.label("surveyor"), _I.device_id, _I.created_at, _I.modified_at,
    _I.revision, _I.revision_id, _I.parent_revision_id, _I.deleted_at,
]  # fmt: skip
_SUMMARY_FIELDS = list(InterviewSummary.__dataclass_fields__)


@dataclass
class Change:
    """What an edit did: journal description, and which parts of the row to write."""

    action: str
    field: str
    path: AnswerPath | None
    old: tuple[bool, Any]
    new: tuple[bool, Any]
    answers: dict[str, Any] | None = None
    status: str | None = None
    deleted_at: datetime | None = None


Edit = Callable[[dict[str, Any], str], Change | None]


def not_found(interview_id: str, path: Any) -> RecordNotFoundError:
    return RecordNotFoundError(
        f"Entretien « {interview_id} » introuvable (ou supprimé) dans la base « {path} ».", path
    )


def create(
    conn: Connection,
    *,
    interview_id: str,
    dwelling_id: str,
    form: tuple[str, str, str],
    status: str,
    surveyor_id: str,
    device_id: str,
    answers: dict[str, Any],
    now: datetime,
) -> Revision:
    revision_id = new_id()
    conn.execute(
        insert(Interview.__table__),
        {
            "id": interview_id,
            "dwelling_id": dwelling_id,
            "form_id": form[0],
            "form_version": form[1],
            "form_hash": form[2],
            "status": status,
            "surveyor_id": surveyor_id,
            "device_id": device_id,
            "created_at": now,
            "modified_at": now,
            "revision": 1,
            "revision_id": revision_id,
            "parent_revision_id": None,
            "answers": dumps(answers),
            "deleted_at": None,
        },
    )
    row = journal.entry(
        table="interviews", row_id=interview_id, action="create", field="answers", device_id=device_id,
        at=now, new=(True, answers), surveyor_id=surveyor_id, revision=1, revision_id=revision_id,
    )  # fmt: skip
    journal.append(conn, [row])
    return Revision(InterviewId(interview_id), 1, revision_id, None, now)


def mutate(
    conn: Connection,
    interview_id: str,
    edit: Edit,
    *,
    surveyor_id: str,
    device_id: str,
    now: datetime,
    store_path: Any,
) -> Revision:
    current = conn.execute(_SELECT_CURRENT, {"id": interview_id}).first()
    if current is None or current.deleted_at is not None:
        raise not_found(interview_id, store_path)
    doc = json.loads(current.answers)
    change = edit(doc, current.status)
    if change is None:
        return Revision(
            InterviewId(interview_id), current.revision, current.revision_id, None, now, changed=False
        )
    revision, revision_id = current.revision + 1, new_id()
    values: dict[str, Any] = {
        "revision": revision,
        "revision_id": revision_id,
        "parent_revision_id": current.revision_id,
        "modified_at": now,
    }
    if change.answers is not None:
        values["answers"] = dumps(change.answers)
    if change.status is not None:
        values["status"] = change.status
    if change.deleted_at is not None:
        values["deleted_at"] = change.deleted_at
    conn.execute(update(Interview.__table__).where(_I.id == interview_id).values(**values))
    row = journal.entry(
        table="interviews", row_id=interview_id, action=change.action, field=change.field,
        device_id=device_id, at=now, path=change.path, old=change.old, new=change.new,
        surveyor_id=surveyor_id, revision=revision, revision_id=revision_id,
        parent_revision_id=current.revision_id,
    )  # fmt: skip
    journal.append(conn, [row])
    return Revision(InterviewId(interview_id), revision, revision_id, current.revision_id, now)


def _summary_query() -> Any:
    return select(*_SUMMARY_COLUMNS).join(Surveyor.__table__, Surveyor.__table__.c.id == _I.surveyor_id)


def get(conn: Connection, interview_id: str, *, include_deleted: bool, store_path: Any) -> InterviewRecord:
    query = _summary_query().add_columns(_I.answers).where(_I.id == interview_id)
    row = conn.execute(query).first()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise not_found(interview_id, store_path)
    m = row._mapping
    return InterviewRecord(**{k: m[k] for k in _SUMMARY_FIELDS}, answers=json.loads(m["answers"]))


def list_summaries(
    conn: Connection,
    *,
    dwelling_id: str | None,
    campaign_id: str | None,
    status: str | None,
    include_deleted: bool,
) -> list[InterviewSummary]:
    query = _summary_query().order_by(_I.created_at, _I.id)
    if dwelling_id is not None:
        query = query.where(_I.dwelling_id == dwelling_id)
    if campaign_id is not None:
        query = query.join(Dwelling.__table__, Dwelling.__table__.c.id == _I.dwelling_id).where(
            Dwelling.__table__.c.campaign_id == campaign_id
        )
    if status is not None:
        query = query.where(_I.status == status)
    if not include_deleted:
        query = query.where(_I.deleted_at.is_(None))
    return [InterviewSummary(**{k: r._mapping[k] for k in _SUMMARY_FIELDS}) for r in conn.execute(query)]
