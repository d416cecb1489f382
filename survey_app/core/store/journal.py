"""The change journal: appending one row per change inside the caller's transaction, and reading it back.

Old and new values are stored as JSON text; SQL NULL means "nothing there" (an answer never given, a
row not yet created), which is different from an answer set to null. Interview rows also record the
revision they produced and its parent, so the journal is the interview's revision chain: a merge can
tell whether one copy descends from another.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from survey_app.core.store.engine import dumps
from survey_app.core.store.keys import new_id
from survey_app.core.store.records import AnswerPath, JournalRecord
from survey_app.core.store.schema import JournalEntry

_INSERT = insert(JournalEntry.__table__)
_COLUMNS = JournalEntry.__table__.c


def entry(
    *,
    table: str,
    row_id: str,
    action: str,
    field: str,
    device_id: str,
    at: datetime,
    path: AnswerPath | None = None,
    old: tuple[bool, Any] = (False, None),
    new: tuple[bool, Any] = (False, None),
    surveyor_id: str | None = None,
    revision: int | None = None,
    revision_id: str | None = None,
    parent_revision_id: str | None = None,
) -> dict[str, Any]:
    """One journal row as parameters; `old` / `new` are (present, value) pairs."""
    return {
        "id": new_id(),
        "table_name": table,
        "row_id": row_id,
        "action": action,
        "field": field,
        "path": dumps(list(path)) if path is not None else None,
        "old_value": dumps(old[1]) if old[0] else None,
        "new_value": dumps(new[1]) if new[0] else None,
        "surveyor_id": surveyor_id,
        "device_id": device_id,
        "at": at,
        "revision": revision,
        "revision_id": revision_id,
        "parent_revision_id": parent_revision_id,
    }


def append(conn: Connection, entries: Sequence[dict[str, Any]]) -> None:
    if entries:
        conn.execute(_INSERT, list(entries))


def read(
    conn: Connection, *, table: str | None = None, row_id: str | None = None, since_seq: int = 0
) -> list[JournalRecord]:
    query = select(JournalEntry.__table__).where(_COLUMNS.seq > since_seq).order_by(_COLUMNS.seq)
    if table is not None:
        query = query.where(_COLUMNS.table_name == table)
    if row_id is not None:
        query = query.where(_COLUMNS.row_id == row_id)
    records = []
    for r in conn.execute(query):
        m = r._mapping
        records.append(
            JournalRecord(
                seq=m["seq"],
                id=m["id"],
                table_name=m["table_name"],
                row_id=m["row_id"],
                action=m["action"],
                field=m["field"],
                path=tuple(json.loads(m["path"])) if m["path"] is not None else None,
                old_value=json.loads(m["old_value"]) if m["old_value"] is not None else None,
                new_value=json.loads(m["new_value"]) if m["new_value"] is not None else None,
                has_old=m["old_value"] is not None,
                has_new=m["new_value"] is not None,
                surveyor_id=m["surveyor_id"],
                device_id=m["device_id"],
                at=m["at"],
                revision=m["revision"],
                revision_id=m["revision_id"],
                parent_revision_id=m["parent_revision_id"],
            )
        )
    return records


def revision_chain(conn: Connection, interview_id: str) -> list[str]:
    """The interview's revision ids, oldest first (create, then one per save)."""
    query = (
        select(_COLUMNS.revision_id)
        .where(_COLUMNS.table_name == "interviews", _COLUMNS.row_id == interview_id)
        .where(_COLUMNS.revision_id.is_not(None))
        .order_by(_COLUMNS.revision, _COLUMNS.seq)
    )
    return [r[0] for r in conn.execute(query)]

