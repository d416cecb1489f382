"""Dwellings surveyed twice (« doublon »): two or more live interviews on one dwelling, both kept, flagged for review.

A live interview is one not deleted and not rejected. After each package, the dwellings it touched are
re-examined: a dwelling with two or more live interviews gets an open 'doublon' review item listing
them (unless a decision already covers exactly that set); an undecided item whose dwelling no longer
has two live interviews is dropped. The flags are thus a function of the interviews alone, whatever
the order the packages came in. Runs inside the merge transaction, set-based.
"""

from __future__ import annotations

import json
import sqlite3

from survey_app.core.store.keys import new_id, utc_now
from survey_app.core.store.schema import format_utc

LIVE = "deleted_at IS NULL AND status <> 'rejete'"


def refresh_in_package_scope(cursor: sqlite3.Cursor) -> list[str]:
    """Re-examine the dwellings of the attached package's interviews; returns those surveyed twice or more."""
    found = {
        dwelling: sorted(json.loads(ids))
        for dwelling, ids in cursor.execute(
            f"SELECT dwelling_id, json_group_array(id) FROM main.interviews WHERE {LIVE} "
            "AND dwelling_id IN (SELECT dwelling_id FROM pkg.interviews) GROUP BY dwelling_id HAVING count(*) > 1"
        )
    }
    existing = {
        subject: (state, json.loads(detail).get("interviews", []))
        for subject, state, detail in cursor.execute(
            "SELECT subject_id, state, detail FROM main.review_items WHERE kind = 'doublon' "
            "AND subject_id IN (SELECT dwelling_id FROM pkg.interviews)"
        )
    }
    now = format_utc(utc_now())
    upserts = [
        (new_id(), dwelling, json.dumps({"interviews": ids}), now)
        for dwelling, ids in found.items()
        if dwelling not in existing or sorted(existing[dwelling][1]) != ids
    ]
    cursor.executemany(
        "INSERT INTO main.review_items (id, kind, subject_id, state, detail, detected_at) "
        "VALUES (?, 'doublon', ?, 'ouvert', ?, ?) ON CONFLICT (kind, subject_id) DO UPDATE SET "
        "state = 'ouvert', detail = excluded.detail, resolved_at = NULL, decision_id = NULL, note = NULL",
        upserts,
    )
    stale = [(d,) for d, (state, _ids) in existing.items() if d not in found and state == "ouvert"]
    cursor.executemany("DELETE FROM main.review_items WHERE kind = 'doublon' AND subject_id = ?", stale)
    return sorted(found)


def refresh_dwelling(cursor: sqlite3.Cursor, dwelling_id: str) -> None:
    """Re-examine one dwelling (after a review decision changed one of its interviews)."""
    ids = sorted(r[0] for r in cursor.execute(
        f"SELECT id FROM main.interviews WHERE {LIVE} AND dwelling_id = ?", (dwelling_id,)
    ))  # fmt: skip
    row = cursor.execute(
        "SELECT state, detail FROM main.review_items WHERE kind = 'doublon' AND subject_id = ?", (dwelling_id,)
    ).fetchone()
    if len(ids) > 1 and (row is None or sorted(json.loads(row[1]).get("interviews", [])) != ids):
        cursor.execute(
            "INSERT INTO main.review_items (id, kind, subject_id, state, detail, detected_at) "
            "VALUES (?, 'doublon', ?, 'ouvert', ?, ?) ON CONFLICT (kind, subject_id) DO UPDATE SET "
            "state = 'ouvert', detail = excluded.detail, resolved_at = NULL, decision_id = NULL, note = NULL",
            (new_id(), dwelling_id, json.dumps({"interviews": ids}), format_utc(utc_now())),
        )
    elif len(ids) < 2 and row is not None and row[0] == "ouvert":
        cursor.execute("DELETE FROM main.review_items WHERE kind = 'doublon' AND subject_id = ?", (dwelling_id,))
