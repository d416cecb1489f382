"""Back to the field: a package from the master that tells each laptop what the others did.

`write_field_pack(master, dest)` (« Préparer un paquet pour les portables », `pack --for-laptop`) writes
a package of kind 'retour': a snapshot of the master trimmed to what a surveyor needs — the register,
the people, every visit (appointments, refusals, absences, tombstones included), the assignments, and
the STATUS of every interview (table `field_interviews`: dwelling, status, surveyor, form version,
revision) — never the answers, the journal or the review data.

`import_field_pack(store, path)` (« Importer le paquet de retour », `import-field-pack`) merges it into
a laptop in one transaction: register and people as in a merge, visits united with tombstones,
interview statuses and assignments newest-wins. The laptop's dwelling list then shows a door a
colleague has completed as « Terminé », with the colleague's appointments and refusals. Importing the
same pack twice changes nothing.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from survey_app.core.merge import bulk_copy, errors, hand_in, store_access
from survey_app.core.merge.assignments import assignments
from survey_app.core.merge.package import Cancel, Progress, WrittenPackage, build, open_package
from survey_app.core.store import DWELLING_STATUSES, Store

_STATUS_COLUMNS = (
    "id, dwelling_id, status, surveyor_id, device_id, form_id, form_version, modified_at, revision_id, deleted_at"
)
_DROPPED = ("interviews", "journal", "interview_versions", "review_items", "review_decisions", "package_log")


def _trim_for_laptops(conn: sqlite3.Connection) -> None:
    conn.execute(
        f"INSERT INTO field_interviews ({_STATUS_COLUMNS}) SELECT {_STATUS_COLUMNS} FROM interviews WHERE true "
        "ON CONFLICT (id) DO UPDATE SET status = excluded.status, modified_at = excluded.modified_at, "
        "revision_id = excluded.revision_id, deleted_at = excluded.deleted_at"
    )
    for table in _DROPPED:
        conn.execute(f"DELETE FROM {table}")


def write_field_pack(
    master: Store,
    dest: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> WrittenPackage:
    """The master's news for the laptops: statuses, visits, appointments, assignments; no answers."""
    return build(master, dest, kind="retour", overwrite=overwrite, transform=_trim_for_laptops, progress=progress,
                 cancel=cancel)  # fmt: skip


@dataclass
class FieldPackReport:
    path: str
    dwellings_added: int = 0
    visits_added: int = 0
    visits_deleted: int = 0
    statuses_learned: int = 0
    assignments_changed: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)
    mine: int = 0  # dwellings assigned to this laptop's surveyor(s)

    def format(self) -> str:
        counts = ", ".join(f"{DWELLING_STATUSES.get(k, k)} : {n}" for k, n in sorted(self.status_counts.items()))
        return (
            f"Paquet de retour « {Path(self.path).name} » importé : {self.visits_added} visite(s) de collègues "
            f"ajoutée(s), {self.visits_deleted} supprimée(s), {self.statuses_learned} statut(s) d'entretien appris, "
            f"{self.assignments_changed} affectation(s) mise(s) à jour, {self.dwellings_added} logement(s) ajouté(s)."
            f"\nLogements par statut : {counts or 'aucun'}."
            + (f"\nLogements qui vous sont affectés : {self.mine}." if self.mine else "")
        )


def _upsert_statuses(cursor: sqlite3.Cursor) -> int:
    cursor.execute(
        f"INSERT INTO main.field_interviews ({_STATUS_COLUMNS}) SELECT {_STATUS_COLUMNS} FROM pkg.field_interviews "
        "WHERE true ON CONFLICT (id) DO UPDATE SET status = excluded.status, modified_at = excluded.modified_at, "
        "revision_id = excluded.revision_id, deleted_at = excluded.deleted_at, surveyor_id = excluded.surveyor_id "
        "WHERE excluded.modified_at > field_interviews.modified_at OR (excluded.modified_at = "
        "field_interviews.modified_at AND excluded.revision_id > field_interviews.revision_id)"
    )
    return cursor.rowcount


def _upsert_assignments(cursor: sqlite3.Cursor) -> int:
    cursor.execute(
        "INSERT INTO main.assignments (dwelling_id, surveyor_id, assigned_at, assigned_by) SELECT dwelling_id, "
        "surveyor_id, assigned_at, assigned_by FROM pkg.assignments WHERE true ON CONFLICT (dwelling_id) DO UPDATE "
        "SET surveyor_id = excluded.surveyor_id, assigned_at = excluded.assigned_at, "
        "assigned_by = excluded.assigned_by "
        "WHERE excluded.assigned_at > assignments.assigned_at"
    )
    return cursor.rowcount


def import_field_pack(
    store: Store,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    work_dir: str | os.PathLike[str] | None = None,
) -> FieldPackReport:
    """Learn from the master what the other laptops did (one transaction; refused packages change nothing)."""
    path = Path(path).expanduser().absolute()
    report = FieldPackReport(str(path))
    if progress is not None:
        progress(0, 2)
    with open_package(path, expected_kind="retour", work_dir=work_dir) as opened:
        if cancel is not None and cancel():
            raise errors.cancelled(path)
        with store_access.attached_write(store, opened.database, path) as cursor:
            bulk_copy.columns(cursor, "field_interviews", path)
            bulk_copy.columns(cursor, "assignments", path)
            bulk_copy.start(cursor)
            report.dwellings_added = bulk_copy.copy_register(cursor, path)
            report.visits_added, report.visits_deleted = bulk_copy.copy_visits(cursor, path)
            report.statuses_learned = _upsert_statuses(cursor)
            report.assignments_changed = _upsert_assignments(cursor)
            if cancel is not None and cancel():
                raise errors.cancelled(path)
            hand_in.record_in(cursor, "retour", opened.manifest, path)
    report.status_counts = dict(Counter(d.status for d in store.list_dwellings()))
    own = _own_surveyors(store)
    report.mine = sum(1 for a in assignments(store) if a.surveyor in own)
    if progress is not None:
        progress(2, 2)
    return report


def _own_surveyors(store: Store) -> set[str]:
    """Surveyors who recorded visits or interviews on this laptop."""
    own = {v.surveyor for v in store.list_visits() if v.device_id == store.device_id}
    own |= {i.surveyor for i in store.list_interviews() if i.device_id == store.device_id}
    return own
