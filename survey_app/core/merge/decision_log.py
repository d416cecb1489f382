"""The writing side shared by review decisions: one transaction, new interview revisions, the decision log.

`transaction(store, consultant)` opens one write transaction and yields a `DecisionWriter` that knows
the consultant, the device and the time. Its `revise` writes a new revision of an interview (journal
rows with old and new values; one row per parent when a revision settles several heads), `record`
appends the decision to `review_decisions` with what undoing needs and closes its review item.
`list_decisions` / `get_decision` read the log back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from survey_app.core.merge import store_access
from survey_app.core.store import RecordNotFoundError, Store
from survey_app.core.store.keys import new_id, utc_now
from survey_app.core.store.schema import format_utc, parse_utc

DECISION_LABELS = {
    "conflit_version": "Conflit réglé : une version gardée",
    "conflit_reponses": "Conflit réglé réponse par réponse",
    "doublon_garder_un": "Doublon réglé : un entretien gardé, les autres rejetés",
    "doublon_garder_tous": "Doublon réglé : tous les entretiens gardés",
    "validation": "Entretien validé",
    "rejet": "Entretien rejeté",
}
ROW_COLUMNS = [
    "dwelling_id", "form_id", "form_version", "form_hash", "status", "surveyor_id", "device_id", "created_at",
    "modified_at", "revision", "revision_id", "parent_revision_id", "answers", "deleted_at",
]  # fmt: skip
_JOURNAL = [
    "id", "table_name", "row_id", "action", "field", "path", "old_value", "new_value", "surveyor_id", "device_id",
    "at", "revision", "revision_id", "parent_revision_id",
]  # fmt: skip


@dataclass(frozen=True)
class Decision:
    id: str
    kind: str
    subject_id: str  # interview (conflict, verdict) or dwelling (duplicate)
    reason: str
    consultant: str
    decided_at: datetime
    interviews: tuple[str, ...]
    undone_at: datetime | None

    @property
    def label(self) -> str:
        return DECISION_LABELS.get(self.kind, self.kind)


def not_found(what: str, key: str, store: Store) -> RecordNotFoundError:
    return RecordNotFoundError(f"{what} « {key} » introuvable dans la base « {store.path} ».", store.path)


@dataclass
class DecisionWriter:
    store: Store
    cur: sqlite3.Cursor
    who: str  # the consultant's surveyor id
    device: str
    now: str

    def row(self, interview_id: str) -> dict[str, Any]:
        """The interview's row as stored (text times), for undo snapshots."""
        found = self.cur.execute(
            f"SELECT {', '.join(ROW_COLUMNS)} FROM main.interviews WHERE id = ?", (interview_id,)
        ).fetchone()
        if found is None:
            raise not_found("Entretien", interview_id, self.store)
        return dict(zip(ROW_COLUMNS, found))

    def journal(self, interview_id: str, action: str, field: str, old: Any, new: Any, *,
                parents: Sequence[str | None] = (None,), revision: int | None = None,
                revision_id: str | None = None) -> None:  # fmt: skip
        """Journal rows for the interview (one per parent revision), old and new values as JSON."""
        rows = [
            (new_id(), "interviews", interview_id, action, field, None, json.dumps(old, ensure_ascii=False),
             json.dumps(new, ensure_ascii=False), self.who, self.device, self.now, revision, revision_id, parent)
            for parent in parents
        ]  # fmt: skip
        placeholders = ", ".join("?" * len(_JOURNAL))
        self.cur.executemany(f"INSERT INTO main.journal ({', '.join(_JOURNAL)}) VALUES ({placeholders})", rows)

    def revise(self, interview_id: str, changes: dict[str, Any], *, parents: Sequence[str], revision: int,
               action: str, field: str, old: Any, new: Any) -> str:  # fmt: skip
        """Write a new revision of the interview with `changes`, chained to every parent; returns its id."""
        revision_id = new_id()
        values = {**changes, "revision": revision, "revision_id": revision_id, "parent_revision_id": parents[0],
                  "modified_at": self.now}  # fmt: skip
        sets = ", ".join(f"{k} = ?" for k in values)
        self.cur.execute(f"UPDATE main.interviews SET {sets} WHERE id = ?", (*values.values(), interview_id))
        self.journal(interview_id, action, field, old, new, parents=parents, revision=revision,
                     revision_id=revision_id)  # fmt: skip
        return revision_id

    def restore(self, interview_id: str, before: dict[str, Any]) -> None:
        sets = ", ".join(f"{c} = ?" for c in ROW_COLUMNS)
        self.cur.execute(f"UPDATE main.interviews SET {sets} WHERE id = ?",
                         (*(before[c] for c in ROW_COLUMNS), interview_id))  # fmt: skip

    def open_item(self, kind: str, subject: str) -> str | None:
        row = self.cur.execute(
            "SELECT id FROM main.review_items WHERE kind = ? AND subject_id = ? AND state = 'ouvert'", (kind, subject)
        ).fetchone()
        return row[0] if row else None

    def record(self, kind: str, subject: str, item_id: str | None, reason: str, undo: dict[str, Any]) -> str:
        """Log the decision (and close its review item); returns the decision id."""
        decision_id = new_id()
        self.cur.execute(
            "INSERT INTO main.review_decisions (id, kind, subject_id, item_id, reason, consultant_id, decided_at, undo)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (decision_id, kind, subject, item_id, reason, self.who, self.now, json.dumps(undo, ensure_ascii=False)),
        )
        if item_id is not None:
            self.cur.execute(
                "UPDATE main.review_items SET state = 'resolu', resolved_at = ?, decision_id = ? WHERE id = ?",
                (self.now, decision_id, item_id),
            )
        return decision_id


@contextmanager
def transaction(store: Store, consultant: str) -> Iterator[DecisionWriter]:
    with store_access.write(store) as conn:
        who = store_access.surveyor_id(store, conn, consultant)
        cur = store_access.raw_cursor(conn)
        try:
            yield DecisionWriter(store, cur, who, store.device_id, format_utc(utc_now()))
        finally:
            cur.close()


def _decisions(store: Store, where: str, params: tuple[Any, ...]) -> list[Decision]:
    with store_access.read(store) as conn:
        cur = store_access.raw_cursor(conn)
        try:
            rows = cur.execute(
                "SELECT d.id, d.kind, d.subject_id, d.reason, coalesce(s.name, d.consultant_id), d.decided_at, "
                "d.undo, d.undone_at FROM main.review_decisions d "
                f"LEFT JOIN main.surveyors s ON s.id = d.consultant_id {where} ORDER BY d.seq",
                params,
            ).fetchall()
        finally:
            cur.close()
    return [
        Decision(i, kind, subject, reason, who, parse_utc(at), _concerned(json.loads(undo), subject),
                 parse_utc(undone) if undone else None)
        for i, kind, subject, reason, who, at, undo, undone in rows
    ]  # fmt: skip


def _concerned(undo: dict[str, Any], subject: str) -> tuple[str, ...]:
    return tuple(undo.get("interviews") or undo.get("rows") or (subject,))


def get_decision(store: Store, decision_id: str) -> Decision:
    found = _decisions(store, "WHERE d.id = ?", (decision_id,))
    if not found:
        raise not_found("Décision", decision_id, store)
    return found[0]


def list_decisions(store: Store, subject_id: str | None = None) -> list[Decision]:
    """Decisions in order (about one interview or dwelling, or all), undone ones included."""
    if subject_id is None:
        return _decisions(store, "", ())
    return _decisions(store, "WHERE d.subject_id = ? OR d.undo LIKE ?", (subject_id, f'%"{subject_id}"%'))
