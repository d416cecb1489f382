"""The package log: which packages this store wrote or took in, and what changed since the last hand-in.

A laptop records every package it writes ('sortant'), a master every package it merges ('entrant'),
a laptop every field pack it imports ('retour'). One row per (direction, package id), enforced by a
unique constraint: merging the same file again only bumps `last_recorded_at`. `hand_in_status` gives the
GUI what « Exporter mes enquêtes » shows: the last package written and how many interviews and visits of
this laptop changed after its snapshot (so not yet handed in).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from survey_app.core.merge import store_access
from survey_app.core.merge.manifest import Manifest
from survey_app.core.store import Store
from survey_app.core.store.keys import utc_now
from survey_app.core.store.schema import Interview, PackageLog, Visit, format_utc

_LOG = PackageLog.__table__


@dataclass(frozen=True)
class LoggedPackage:
    direction: str
    kind: str
    package_id: str
    sha256: str
    file_name: str
    device_id: str | None
    device_name: str | None
    created_at: datetime
    recorded_at: datetime
    last_recorded_at: datetime
    counts: dict[str, int]


@dataclass(frozen=True)
class HandInStatus:
    """For « Exporter mes enquêtes »: the last package written and what changed since its snapshot."""

    last: LoggedPackage | None
    interviews_changed: int
    visits_changed: int

    def format(self) -> str:
        if self.last is None:
            return "Aucun paquet n'a encore été exporté depuis ce poste."
        when = self.last.created_at.astimezone()
        text = f"Dernier paquet exporté le {when:%d/%m/%Y} à {when:%H}h{when:%M} (« {self.last.file_name} »)"
        if not self.interviews_changed and not self.visits_changed:
            return f"{text} : tout a été remis depuis."
        return (
            f"{text} ; depuis : {self.interviews_changed} entretien(s) et {self.visits_changed} visite(s) "
            "nouveaux ou modifiés, à remettre."
        )


def record_in(
    cursor: sqlite3.Cursor, direction: str, manifest: Manifest, path: Path, counts: dict[str, int] | None = None
) -> None:
    """Log a package inside the caller's transaction (idempotent per direction and package id)."""
    now = format_utc(utc_now())
    cursor.execute(
        "INSERT INTO main.package_log (direction, kind, package_id, sha256, file_name, device_id, device_name, "
        "created_at, recorded_at, last_recorded_at, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (direction, package_id) DO UPDATE SET last_recorded_at = excluded.last_recorded_at",
        (
            direction, manifest.kind, manifest.package_id, manifest.content_sha256, path.name,
            manifest.device_id or None, manifest.device_name or None, format_utc(manifest.created), now, now,
            json.dumps(counts if counts is not None else manifest.counts, ensure_ascii=False),
        ),
    )  # fmt: skip


def record(store: Store, direction: str, manifest: Manifest, path: Path) -> None:
    with store_access.write(store) as conn:
        cursor = store_access.raw_cursor(conn)
        try:
            record_in(cursor, direction, manifest, path)
        finally:
            cursor.close()


def _row(r: object) -> LoggedPackage:
    m = r._mapping  # type: ignore[attr-defined]
    return LoggedPackage(
        direction=m["direction"], kind=m["kind"], package_id=m["package_id"], sha256=m["sha256"],
        file_name=m["file_name"], device_id=m["device_id"], device_name=m["device_name"],
        created_at=m["created_at"], recorded_at=m["recorded_at"], last_recorded_at=m["last_recorded_at"],
        counts=json.loads(m["counts"] or "{}"),
    )  # fmt: skip


def logged(store: Store, direction: str | None = None) -> list[LoggedPackage]:
    """Packages in the log, oldest first."""
    query = select(_LOG).order_by(_LOG.c.seq)
    if direction is not None:
        query = query.where(_LOG.c.direction == direction)
    with store_access.read(store) as conn:
        return [_row(r) for r in conn.execute(query)]


def previous_merge(store: Store, package_id: str) -> LoggedPackage | None:
    """The first merge of this package into this store, if any."""
    query = select(_LOG).where(_LOG.c.direction == "entrant", _LOG.c.package_id == package_id)
    with store_access.read(store) as conn:
        row = conn.execute(query).first()
    return _row(row) if row is not None else None


def hand_in_status(store: Store) -> HandInStatus:
    """What « Exporter mes enquêtes » shows: the last package and this laptop's changes since its snapshot."""
    query = select(_LOG).where(_LOG.c.direction == "sortant", _LOG.c.kind == "enquetes").order_by(_LOG.c.seq.desc())
    i, v = Interview.__table__.c, Visit.__table__.c
    with store_access.read(store) as conn:
        row = conn.execute(query.limit(1)).first()
        since = row._mapping["created_at"] if row is not None else None
        iq = select(func.count()).select_from(Interview.__table__)
        vq = select(func.count()).select_from(Visit.__table__).where(v.device_id == store.device_id)
        if since is not None:
            iq = iq.where(i.modified_at > since)
            vq = vq.where(v.modified_at > since)
        interviews, visits = conn.execute(iq).scalar_one(), conn.execute(vq).scalar_one()
    return HandInStatus(_row(row) if row is not None else None, int(interviews), int(visits))


__all__ = ["HandInStatus", "LoggedPackage", "hand_in_status", "logged", "previous_merge", "record", "record_in"]
