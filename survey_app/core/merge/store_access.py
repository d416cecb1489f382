"""The merge package's one doorway into a `Store`'s connection: transactions, and a package attached read-only.

The merge, review and field-pack code write tables of the store's schema that the `Store` facade does
not cover (conflict versions, review decisions, package log...) and copy rows in bulk from an attached
package. They must share the store's single connection, lock and error translation, so they go through
the store's transaction helpers here, and only here (the helpers are private to the store package;
this module is the documented friend).

`attached_write` attaches the extracted package database with a `mode=ro&immutable=1` URI before the
write transaction (SQLite refuses to DETACH inside the transaction that read the file), runs the caller's
statements in one `BEGIN IMMEDIATE` transaction on the raw DBAPI cursor (bulk `INSERT ... SELECT`),
commits, then detaches. Any failure rolls the whole file back: the master is exactly as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from survey_app.core.merge import errors
from survey_app.core.store import Store
from survey_app.core.store.errors import closed, translate_sqlite_error

ALIAS = "pkg"


def write(store: Store) -> Any:
    """The store's write transaction (a SQLAlchemy Connection inside BEGIN IMMEDIATE ... COMMIT)."""
    return store._write()


def read(store: Store) -> Any:
    return store._read()


def surveyor_id(store: Store, conn: Connection, name: str) -> str:
    """The surveyor's id, registered inside the current transaction on first use."""
    return store._surveyor(conn, name)


def raw_cursor(conn: Connection) -> sqlite3.Cursor:
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver.cursor()


@contextmanager
def attached_write(store: Store, database: Path, package: Path) -> Iterator[sqlite3.Cursor]:
    """A write transaction on `store` with `database` (extracted from `package`) attached read-only as `pkg`.

    A constraint the package's rows break (same landlord reference under another id...) refuses the
    whole file as inconsistent; the transaction is rolled back.
    """
    uri = f"{database.resolve().as_uri()}?mode=ro&immutable=1"
    with store._lock:
        if store.closed:
            raise closed(store.path)
        raw = store._raw()
        try:
            raw.execute(f"ATTACH DATABASE ? AS {ALIAS}", (uri,))
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, store.path) from exc
        try:
            with store._write() as conn:
                cursor = raw_cursor(conn)
                try:
                    yield cursor
                except sqlite3.IntegrityError as exc:
                    raise errors.inconsistent(package, str(exc)) from exc
                finally:
                    cursor.close()
        finally:
            try:
                raw.execute(f"DETACH DATABASE {ALIAS}")
            except sqlite3.Error:  # pragma: no cover - only after a failed commit; the connection stays usable
                pass


def table_columns(cursor: sqlite3.Cursor, schema: str, table: str) -> list[str]:
    return [r[1] for r in cursor.execute(f"PRAGMA {schema}.table_info({table})")]


__all__ = ["ALIAS", "attached_write", "raw_cursor", "read", "surveyor_id", "table_columns", "write"]
