"""Assignments: which surveyor should visit which dwellings, set on the master and sent to laptops by field packs.

One row per dwelling (the latest assignment wins, by time, wherever it was made); withdrawing an
assignment keeps a row with no surveyor, so the withdrawal travels too. Every change is journaled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from survey_app.core.merge import store_access
from survey_app.core.store import InvalidDataError, Store
from survey_app.core.store import journal
from survey_app.core.store.keys import utc_now
from survey_app.core.store.schema import Assignment, Dwelling, Surveyor, format_utc

_UPSERT = (
    "INSERT INTO main.assignments (dwelling_id, surveyor_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (dwelling_id) DO UPDATE SET surveyor_id = excluded.surveyor_id, assigned_at = excluded.assigned_at, "
    "assigned_by = excluded.assigned_by WHERE excluded.assigned_at >= assignments.assigned_at"
)


@dataclass(frozen=True)
class AssignmentRecord:
    dwelling_id: str
    surveyor: str | None
    assigned_at: datetime
    assigned_by: str | None


def assign(store: Store, dwelling_ids: Iterable[str], surveyor: str | None, *, by: str) -> int:
    """Assign dwellings to `surveyor` (None withdraws the assignment); returns how many were changed."""
    ids = sorted(set(dwelling_ids))
    now = utc_now()
    with store_access.write(store) as conn:
        d = Dwelling.__table__.c
        known = {r[0] for r in conn.execute(select(d.id).where(d.id.in_(ids)))} if ids else set()
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise InvalidDataError(f"Logement(s) inconnu(s) de la base « {store.path} » : {', '.join(unknown[:5])}.")
        who = store_access.surveyor_id(store, conn, surveyor) if surveyor else None
        author = store_access.surveyor_id(store, conn, by)
        cursor = store_access.raw_cursor(conn)
        try:
            cursor.executemany(_UPSERT, [(i, who, format_utc(now), by) for i in ids])
        finally:
            cursor.close()
        journal.append(conn, [
            journal.entry(table="assignments", row_id=i, action="assign", field="surveyor",
                          device_id=store.device_id, at=now, new=(True, surveyor), surveyor_id=author)
            for i in ids
        ])  # fmt: skip
    return len(ids)


def assignments(store: Store, surveyor: str | None = None) -> list[AssignmentRecord]:
    """Current assignments (withdrawn ones left out), optionally of one surveyor."""
    a, s = Assignment.__table__.c, Surveyor.__table__.c
    query = (
        select(a.dwelling_id, s.name, a.assigned_at, a.assigned_by)
        .join(Surveyor.__table__, s.id == a.surveyor_id)
        .order_by(s.name, a.dwelling_id)
    )
    if surveyor is not None:
        query = query.where(s.name == " ".join(surveyor.split()))
    with store_access.read(store) as conn:
        return [AssignmentRecord(*r) for r in conn.execute(query)]
