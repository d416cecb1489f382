"""Interview rows: creation, reading, listing, and the one read-change-write path every edit goes through.

`mutate` loads the answers document and revision, lets an edit function change the document (or the
status, or the tombstone), then writes the row with revision + 1, a new revision id chained to the old
one, the modified time, and one journal row, all inside the caller's write transaction. An edit that
changes nothing writes nothing. Everything here runs inside a transaction opened by the Store.

`mutate` runs once per answer typed, so its three statements are compiled once from the models (names
cannot drift from the schema) and executed on the DBAPI cursor of the Store's connection, inside the
same SQLAlchemy-managed transaction: SQLAlchemy's per-statement overhead was about two thirds of the
CPU cost of a save (0.25 ms with Core statements, 0.155 ms like this, synchronous=NORMAL, same run).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.dialects import sqlite

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
from survey_app.core.store.schema import Dwelling, Interview, JournalEntry, Surveyor, format_utc

_I = Interview.__table__.c
_SELECT_CURRENT = select(_I.answers, _I.revision, _I.revision_id, _I.status, _I.deleted_at).where(
    _I.id == bindparam("id")
)
# Prebuilt: this UPDATE runs once per answer typed.
_UPDATE_REVISION = (
    update(Interview.__table__)
    .where(_I.id == bindparam("b_id"))
    .values(
        answers=bindparam("v_answers"),
        status=bindparam("v_status"),
        deleted_at=bindparam("v_deleted_at"),
        revision=bindparam("v_revision"),
        revision_id=bindparam("v_revision_id"),
        parent_revision_id=bindparam("v_parent_revision_id"),
        modified_at=bindparam("v_modified_at"),
    )
)
_NAMED = sqlite.dialect(paramstyle="named")
_SQL_SELECT_CURRENT = str(_SELECT_CURRENT.compile(dialect=_NAMED))
_SQL_UPDATE_REVISION = str(_UPDATE_REVISION.compile(dialect=_NAMED))
_JOURNAL_COLUMNS = [c.name for c in JournalEntry.__table__.c if c.name != "seq"]
_SQL_INSERT_JOURNAL = str(
    insert(JournalEntry.__table__).values({c: bindparam(f"j_{c}") for c in _JOURNAL_COLUMNS}).compile(dialect=_NAMED)
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
    cursor = conn.connection.driver_connection.cursor()  # see the module docstring
    try:
        current = cursor.execute(_SQL_SELECT_CURRENT, {"id": interview_id}).fetchone()
        if current is None or current[4] is not None:
            raise not_found(interview_id, store_path)
        answers_text, old_revision, old_revision_id, old_status, _deleted = current
        doc = json.loads(answers_text)
        change = edit(doc, old_status)
        if change is None:
            return Revision(InterviewId(interview_id), old_revision, old_revision_id, None, now, changed=False)
        revision, revision_id, stamp = old_revision + 1, new_id(), format_utc(now)
        cursor.execute(
            _SQL_UPDATE_REVISION,
            {
                "b_id": interview_id,
                "v_answers": dumps(change.answers) if change.answers is not None else answers_text,
                "v_status": change.status or old_status,
                "v_deleted_at": format_utc(change.deleted_at) if change.deleted_at is not None else None,
                "v_revision": revision,
                "v_revision_id": revision_id,
                "v_parent_revision_id": old_revision_id,
                "v_modified_at": stamp,
            },
        )
        row = journal.entry(
            table="interviews", row_id=interview_id, action=change.action, field=change.field,
            device_id=device_id, at=now, path=change.path, old=change.old, new=change.new,
            surveyor_id=surveyor_id, revision=revision, revision_id=revision_id,
            parent_revision_id=old_revision_id,
        )  # fmt: skip
        row["at"] = stamp
        cursor.execute(_SQL_INSERT_JOURNAL, {f"j_{k}": v for k, v in row.items()})
    finally:
        cursor.close()
    return Revision(InterviewId(interview_id), revision, revision_id, old_revision_id, now)


def _summary_query() -> Any:
    return select(*_SUMMARY_COLUMNS).join(Surveyor.__table__, Surveyor.__table__.c.id == _I.surveyor_id)


def get(conn: Connection, interview_id: str, *, include_deleted: bool, store_path: Any) -> InterviewRecord:
    query = _summary_query().add_columns(_I.answers).where(_I.id == interview_id)
    row = conn.execute(query).first()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise not_found(interview_id, store_path)
    m = row._mapping
    return InterviewRecord(**{k: m[k] for k in _SUMMARY_FIELDS}, answers=json.loads(m["answers"]))


def answers_of(conn: Connection, interview_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The answers documents of several live interviews, by id, in a few queries (for reports)."""
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(interview_ids), 500):
        chunk = interview_ids[start:start + 500]
        query = select(_I.id, _I.answers).where(_I.id.in_(chunk), _I.deleted_at.is_(None))
        out.update((row.id, json.loads(row.answers)) for row in conn.execute(query))
    return out


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
