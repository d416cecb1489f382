"""Set-based copies from an attached package (schema `pkg`) into the store: register, people, visits, journal.

Each copy is one `INSERT ... SELECT ... ON CONFLICT ...` run by SQLite itself, so rows never travel
through Python, and idempotence comes from the primary keys and unique constraints (`ON CONFLICT`), not
from a check made beforehand. The `NOT EXISTS` filter inside the same statement only spares SQLite from
reading the big columns (answers) of rows the store already has; the constraint stays the guarantee.
Joins name the package table first (`CROSS JOIN` fixes SQLite's loop order), so the cost of a file
depends on the file, not on the size of the master. Rows the store did not have are collected with
`RETURNING` into the temporary table `merge_rows`, which then selects the journal rows to copy.
Rules:
- campaigns, sites, buildings, entrances, surveyors, devices: ids derive from natural keys, first copy
  kept (`DO NOTHING`);
- dwellings: the copy with the latest `modified_at` wins (the newest register import);
- visits: united by id; a tombstone (`deleted_at`) travels, the earliest deletion time is kept;
- journal: the rows of the visits and interviews this merge added or changed, by journal id.
Column lists come from the store's own schema; a package missing one of them is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from survey_app.core.merge import errors
from survey_app.core.merge.store_access import table_columns
from survey_app.core.store.schema import Base

_FIRST_WINS = ("campaigns", "sites", "buildings", "entrances", "surveyors", "devices")


def columns(cursor: sqlite3.Cursor, table: str, package: Path, *, skip: Iterable[str] = ()) -> list[str]:
    """The store's columns of `table`, all of which the package must have."""
    wanted = [c.name for c in Base.metadata.tables[table].columns if c.name not in set(skip)]
    present = set(table_columns(cursor, "pkg", table))
    missing = [c for c in wanted if c not in present]
    if missing:
        raise errors.foreign(package, f"colonnes absentes de la table {table} : {', '.join(missing)}")
    return wanted


def _names(cols: list[str], prefix: str = "") -> str:
    return ", ".join(f"{prefix}{c}" for c in cols)


def start(cursor: sqlite3.Cursor) -> None:
    cursor.execute(
        "CREATE TEMP TABLE IF NOT EXISTS merge_rows (tbl TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (tbl, id))"
        " WITHOUT ROWID"
    )
    cursor.execute("DELETE FROM temp.merge_rows")


def remember(cursor: sqlite3.Cursor, table: str, ids: Iterable[str]) -> None:
    cursor.executemany("INSERT OR IGNORE INTO temp.merge_rows (tbl, id) VALUES (?, ?)", ((table, i) for i in ids))


def copy_register(cursor: sqlite3.Cursor, package: Path) -> int:
    """Register and people; returns the number of dwellings the store did not have."""
    for table in _FIRST_WINS:
        cols = _names(columns(cursor, table, package))
        cursor.execute(
            f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM pkg.{table} WHERE true ON CONFLICT DO NOTHING"
        )
    cols = columns(cursor, "dwellings", package)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in ("id", "created_at"))
    added = cursor.execute(
        "SELECT count(*) FROM pkg.dwellings p WHERE NOT EXISTS (SELECT 1 FROM main.dwellings m WHERE m.id = p.id)"
    ).fetchone()[0]
    cursor.execute(
        f"INSERT INTO main.dwellings ({_names(cols)}) SELECT {_names(cols, 'p.')} FROM pkg.dwellings p "
        "WHERE NOT EXISTS (SELECT 1 FROM main.dwellings m WHERE m.id = p.id AND m.modified_at >= p.modified_at) "
        f"ON CONFLICT (id) DO UPDATE SET {updates} WHERE excluded.modified_at > dwellings.modified_at"
    )
    return added


def copy_visits(cursor: sqlite3.Cursor, package: Path) -> tuple[int, int]:
    """Unite visits and apply tombstones; returns (live visits added, known visits newly deleted)."""
    cols = _names(columns(cursor, "visits", package))
    inserted = cursor.execute(
        f"INSERT INTO main.visits ({cols}) SELECT {cols} FROM pkg.visits p "
        "WHERE NOT EXISTS (SELECT 1 FROM main.visits m WHERE m.id = p.id) "
        "ON CONFLICT (id) DO NOTHING RETURNING id, deleted_at"
    ).fetchall()
    added = [i for i, deleted_at in inserted if deleted_at is None]  # a visit seen only as deleted is not news
    tombstones = cursor.execute(
        "SELECT p.id, p.deleted_at, p.modified_at, m.deleted_at FROM pkg.visits p CROSS JOIN main.visits m "
        "ON m.id = p.id WHERE p.deleted_at IS NOT NULL AND (m.deleted_at IS NULL OR p.deleted_at < m.deleted_at)"
    ).fetchall()
    cursor.executemany(
        "UPDATE main.visits SET deleted_at = ?, modified_at = max(modified_at, ?) WHERE id = ?",
        [(deleted_at, modified_at, i) for i, deleted_at, modified_at, _was in tombstones],
    )
    newly_deleted = [i for i, _d, _m, was in tombstones if was is None]
    remember(cursor, "visits", [i for i, _deleted in inserted])
    remember(cursor, "visits", newly_deleted)
    return len(added), len(newly_deleted)


def copy_journal(cursor: sqlite3.Cursor, package: Path) -> int:
    """Copy the package's journal rows of every row remembered in `merge_rows`; returns rows added."""
    cols = columns(cursor, "journal", package, skip=("seq",))
    cursor.execute(
        f"INSERT INTO main.journal ({_names(cols)}) SELECT {_names(cols, 'j.')} FROM temp.merge_rows r "
        "CROSS JOIN pkg.journal j ON j.table_name = r.tbl AND j.row_id = r.id WHERE true "
        "ORDER BY j.seq ON CONFLICT (id) DO NOTHING"
    )
    return cursor.rowcount
