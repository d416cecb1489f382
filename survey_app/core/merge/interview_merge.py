"""Merging the interviews of an attached package: new ones in bulk, then each differing copy by its ancestry.

Identity is the interview UUID. Interviews the store does not have are inserted in one statement
(`ON CONFLICT (id) DO NOTHING RETURNING id`). Copies whose revision id equals the store's are identical
and cost nothing more. For the few that differ, `revisions.arrive` decides from the union of both
journals: an older copy is ignored, a descendant replaces the row (« mis à jour »), a diverged copy is
kept beside the other(s) in `interview_versions` and the interview is marked « en conflit » (a
`review_items` row), never overwritten in silence. While in conflict, the interview's row shows the head
modified last (ties: revision id), so the result does not depend on the order of the packages. A
later revision that descends from every head settles the conflict by itself.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from survey_app.core.merge import bulk_copy, errors, revisions
from survey_app.core.store.keys import new_id, utc_now
from survey_app.core.store.schema import format_utc

_ROW_COLUMNS = [
    "id", "dwelling_id", "form_id", "form_version", "form_hash", "status", "surveyor_id", "device_id",
    "created_at", "modified_at", "revision", "revision_id", "parent_revision_id", "answers", "deleted_at",
]  # fmt: skip
_VERSION_COLUMNS = ["interview_id", *_ROW_COLUMNS[1:]]
_LINKS = (
    "SELECT revision_id, parent_revision_id FROM {schema}.journal "
    "WHERE table_name = 'interviews' AND row_id = ? AND revision_id IS NOT NULL"
)


@dataclass
class InterviewCounts:
    new: int = 0
    updated: int = 0
    identical: int = 0
    older: int = 0
    conflicts: list[str] = field(default_factory=list)
    settled: list[str] = field(default_factory=list)  # conflicts closed by a descendant revision


def _cols(prefix: str = "") -> str:
    return ", ".join(f"{prefix}{c}" for c in _ROW_COLUMNS)


def _graph(cursor: sqlite3.Cursor, interview_id: str) -> dict[str, set[str]]:
    rows = cursor.execute(_LINKS.format(schema="main"), (interview_id,)).fetchall()
    rows += cursor.execute(_LINKS.format(schema="pkg"), (interview_id,)).fetchall()
    return revisions.parents_from(rows)


def _open_heads(cursor: sqlite3.Cursor, interview_id: str) -> dict[str, tuple[str, str]]:
    rows = cursor.execute(
        "SELECT revision_id, modified_at FROM main.interview_versions WHERE interview_id = ? AND state = 'ouverte'",
        (interview_id,),
    ).fetchall()
    return {rid: (modified, rid) for rid, modified in rows}


def _save_version(cursor: sqlite3.Cursor, schema: str, interview_id: str, source: str) -> None:
    """Copy the interview row of `schema` (main or pkg) into the versions table as an open head."""
    cols = ", ".join(_VERSION_COLUMNS)
    cursor.execute(
        f"INSERT INTO main.interview_versions ({cols}, state, source, received_at) "
        f"SELECT {_cols()}, 'ouverte', ?, ? FROM {schema}.interviews WHERE id = ? "
        "ON CONFLICT (interview_id, revision_id) DO UPDATE SET state = 'ouverte'",
        (source, format_utc(utc_now()), interview_id),
    )


def _show_version(cursor: sqlite3.Cursor, interview_id: str, revision_id: str) -> None:
    sets = ", ".join(f"{c} = v.{c}" for c in _ROW_COLUMNS[1:])
    cursor.execute(
        f"UPDATE main.interviews SET {sets} FROM main.interview_versions AS v "
        "WHERE interviews.id = ? AND v.interview_id = interviews.id AND v.revision_id = ? "
        "AND interviews.revision_id <> v.revision_id",
        (interview_id, revision_id),
    )


def open_conflict_item(cursor: sqlite3.Cursor, interview_id: str, heads: list[str]) -> None:
    cursor.execute(
        "INSERT INTO main.review_items (id, kind, subject_id, state, detail, detected_at) "
        "VALUES (?, 'conflit', ?, 'ouvert', ?, ?) ON CONFLICT (kind, subject_id) DO UPDATE SET "
        "state = 'ouvert', detail = excluded.detail, resolved_at = NULL, decision_id = NULL, note = NULL",
        (new_id(), interview_id, json.dumps({"versions": sorted(heads)}), format_utc(utc_now())),
    )


def _update_from_package(cursor: sqlite3.Cursor, interview_id: str) -> None:
    sets = ", ".join(f"{c} = p.{c}" for c in _ROW_COLUMNS[1:])
    cursor.execute(
        f"UPDATE main.interviews SET {sets} FROM pkg.interviews AS p WHERE interviews.id = ? AND p.id = interviews.id",
        (interview_id,),
    )


def _settle(cursor: sqlite3.Cursor, interview_id: str, source: str) -> bool:
    """A revision descending from every head closes the conflict; True if there was one open."""
    changed = cursor.execute(
        "UPDATE main.interview_versions SET state = 'remplacee' WHERE interview_id = ? AND state = 'ouverte'",
        (interview_id,),
    ).rowcount
    if not changed:
        return False
    cursor.execute(
        "UPDATE main.review_items SET state = 'resolu', resolved_at = ?, note = ? "
        "WHERE kind = 'conflit' AND subject_id = ? AND state = 'ouvert'",
        (format_utc(utc_now()), f"Réglé par une révision plus récente reçue dans « {source} ».", interview_id),
    )
    return True


def merge_interviews(cursor: sqlite3.Cursor, package: Path, source: str) -> InterviewCounts:
    counts = InterviewCounts()
    bulk_copy.columns(cursor, "interviews", package)  # refuses a package missing a column
    total = cursor.execute("SELECT count(*) FROM pkg.interviews").fetchone()[0]
    bad = cursor.execute(
        "SELECT p.id FROM pkg.interviews p WHERE NOT EXISTS (SELECT 1 FROM main.interviews m "
        "WHERE m.id = p.id AND m.revision_id = p.revision_id) AND NOT json_valid(p.answers) LIMIT 1"
    ).fetchone()
    if bad is not None:
        raise errors.inconsistent(package, f"réponses illisibles pour l'entretien « {str(bad[0])[:40]} »")
    added = [r[0] for r in cursor.execute(
        f"INSERT INTO main.interviews ({_cols()}) SELECT {_cols()} FROM pkg.interviews p "
        "WHERE NOT EXISTS (SELECT 1 FROM main.interviews m WHERE m.id = p.id) "
        "ON CONFLICT (id) DO NOTHING RETURNING id"
    ).fetchall()]  # fmt: skip
    bulk_copy.remember(cursor, "interviews", added)
    counts.new = len(added)
    differing = cursor.execute(
        "SELECT p.id, p.revision_id, p.modified_at, m.revision_id, m.modified_at FROM pkg.interviews p "
        "CROSS JOIN main.interviews m ON m.id = p.id WHERE p.revision_id <> m.revision_id"
    ).fetchall()
    counts.identical = total - counts.new - len(differing)
    for interview_id, incoming, _modified, current, current_modified in differing:
        heads = _open_heads(cursor, interview_id) or {current: (current_modified, current)}
        outcome = revisions.arrive(_graph(cursor, interview_id), heads, incoming)
        if outcome.kind == "identique":
            counts.identical += 1
        elif outcome.kind == "ancienne":
            counts.older += 1
        elif outcome.kind == "mise_a_jour":
            _update_from_package(cursor, interview_id)
            if _settle(cursor, interview_id, source):
                counts.settled.append(interview_id)
            bulk_copy.remember(cursor, "interviews", [interview_id])
            counts.updated += 1
        else:
            if len(heads) == 1:  # first divergence: the store's copy becomes a version too
                _save_version(cursor, "main", interview_id, "base")
            _save_version(cursor, "pkg", interview_id, source)
            if outcome.replaced:
                cursor.executemany(
                    "UPDATE main.interview_versions SET state = 'remplacee' WHERE interview_id = ? AND revision_id = ?",
                    [(interview_id, rid) for rid in outcome.replaced],
                )
            shown = revisions.displayed_head(_open_heads(cursor, interview_id))
            _show_version(cursor, interview_id, shown)
            open_conflict_item(cursor, interview_id, list(outcome.heads))
            bulk_copy.remember(cursor, "interviews", [interview_id])
            counts.conflicts.append(interview_id)
    return counts
