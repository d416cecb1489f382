"""Schema versions: create a new store, upgrade an older one step by step, refuse a newer one.

The `meta` table holds `schema_version`. `SCHEMA_VERSION` is what this code writes; `STEPS` lists the
upgrades in order, each taking a store from version N-1 to N. Opening an older store first writes a
complete backup copy next to it with the SQLite backup API (a plain file copy of a live WAL store can
miss committed data), then runs every missing step and the version bump in ONE transaction: if a step
fails, nothing changes and the backup stays. A store whose version is newer than `SCHEMA_VERSION` is
refused untouched. A step that rebuilds a table must use `PRAGMA defer_foreign_keys = ON` (foreign keys
are on and cannot be switched off inside a transaction).

To add a version: bump `SCHEMA_VERSION`, change `schema.py`, append a `Step`, and add a fixture store of
the previous version to the tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, insert, inspect, select, update

from survey_app import __version__
from survey_app.core.store import errors
from survey_app.core.store.engine import WRITE_OPTION
from survey_app.core.store.schema import VERSION_2_TABLES, Base, Meta, format_utc
from survey_app.core.store.version import SCHEMA_VERSION


@dataclass(frozen=True)
class Step:
    """One upgrade: `apply(conn)` takes the store from `version - 1` to `version` (inside a transaction)."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _add_merge_tables(conn: Connection) -> None:
    Base.metadata.create_all(conn, tables=VERSION_2_TABLES)


STEPS: list[Step] = [
    Step(2, "fusion des paquets : versions en conflit, revue, journal des paquets, affectations", _add_merge_tables),
]


def create_schema(conn: Connection, device_id: str) -> None:
    """Create every table of the current version and the meta rows, in one write transaction."""
    now = format_utc(datetime.now(UTC))
    with conn.execution_options(**{WRITE_OPTION: True}).begin():
        Base.metadata.create_all(conn)
        conn.execute(
            insert(Meta),
            [
                {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                {"key": "created_at", "value": now},
                {"key": "created_by", "value": f"survey_app {__version__}"},
                {"key": "device_id", "value": device_id},
            ],
        )
    conn.execution_options(**{WRITE_OPTION: False})


def read_version(conn: Connection, path: Path) -> int:
    """The store's schema version; a SQLite file that is not one of our stores is refused."""
    with conn.begin():
        if not inspect(conn).has_table("meta"):
            raise errors.not_a_survey_store(path)
        text = conn.execute(select(Meta.value).where(Meta.key == "schema_version")).scalar()
    try:
        return int(text) if text is not None else -1
    except ValueError:
        return -1


def backup_path_for(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.sauvegarde-schema{version}-{stamp}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.sauvegarde-schema{version}-{stamp}-{n}{path.suffix}")
        n += 1
    return candidate


def backup_copy(conn: Connection, dest: Path) -> None:
    """A complete, consistent copy of the open store (committed WAL content included)."""
    source = conn.connection.driver_connection
    assert isinstance(source, sqlite3.Connection)
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
    finally:
        target.close()


def upgrade(
    conn: Connection,
    path: Path,
    *,
    target: int | None = None,
    steps: Sequence[Step] | None = None,
) -> Path | None:
    """Bring the store to `target` (default SCHEMA_VERSION); returns the backup made, or None."""
    target = SCHEMA_VERSION if target is None else target
    steps = STEPS if steps is None else steps
    found = read_version(conn, path)
    if found > target:
        raise errors.newer_schema(path, found, target)
    if found < 1:
        raise errors.not_a_survey_store(path)
    if found == target:
        return None
    todo = sorted((s for s in steps if found < s.version <= target), key=lambda s: s.version)
    if [s.version for s in todo] != list(range(found + 1, target + 1)):
        raise errors.StoreMigrationError(
            f"Aucune mise à jour connue de la base « {path} » du schéma {found} au schéma {target}. "
            "Utilisez la version de l'application qui l'a créée.",
            path,
        )
    backup = backup_path_for(path, found)
    try:
        backup_copy(conn, backup)
    except sqlite3.Error as exc:
        backup.unlink(missing_ok=True)
        raise errors.translate_sqlite_error(exc, backup) from exc
    current = found
    try:
        with conn.execution_options(**{WRITE_OPTION: True}).begin():
            for step in todo:
                current = step.version
                step.apply(conn)
            conn.execute(update(Meta).where(Meta.key == "schema_version").values(value=str(target)))
    except errors.StoreError:
        raise
    except Exception as exc:  # a failed step must leave the store as it was, whatever went wrong
        raise errors.migration_failed(path, current, str(exc), backup) from exc
    finally:
        conn.execution_options(**{WRITE_OPTION: False})
    return backup
