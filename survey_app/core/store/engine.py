"""Opening SQLite files safely: file checks before connecting, the engine factory and its PRAGMAs.

An existing store is opened through a `file:...?mode=rw` URI, so a mistyped path never silently
becomes a new empty database; a new store is only made by `mode=rwc`, which `Store.create` asks for
explicitly. Before connecting, `check_store_file` refuses what SQLite would accept and then fail on
later: a missing path, a folder, a 0-byte file, a foreign file, a truncated copy, a read-only file or
folder. Every connection gets journal_mode=WAL, synchronous=FULL, foreign_keys=ON and a busy timeout.

Why synchronous=FULL: the issue requires that a power cut (flat battery) loses at most the answer
being typed. In WAL mode NORMAL survives a killed process but can lose the last commits on an OS crash
or power loss; FULL fsyncs the WAL at every commit (a few ms, paid on the store's worker thread, not
the GUI thread).

Transactions are explicit: the pysqlite driver is put in autocommit mode and SQLAlchemy's `begin`
event emits `BEGIN IMMEDIATE` for writes (so the busy timeout applies when taking the write lock,
instead of failing later when a reader upgrades) and a deferred `BEGIN` for reads.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from survey_app.core.store import errors

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "survey_write"


def is_writable(path: Path) -> bool:
    # Mode bits as well as os.access: os.access says yes to root even on a chmod 444 file, but a
    # store protected on purpose must still be treated as read-only.
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(path, os.W_OK)


def _has_wal_content(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def check_store_file(path: Path) -> None:
    """Raise the right `StoreError` if `path` is not an existing, complete, writable SQLite file."""
    if not path.exists():
        raise errors.not_found(path)
    if path.is_dir():
        raise errors.not_a_file(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(100)
    except PermissionError:
        raise errors.read_only(path, "le fichier (accès refusé)") from None
    except OSError as exc:
        raise errors.io_error(path, str(exc)) from exc
    if size == 0:
        raise errors.empty_file(path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise errors.not_a_database(path)
    expected = expected_file_size(header)
    if expected is not None and size < expected and not _has_wal_content(path):
        # With a non-empty WAL a short file can be a checkpoint interrupted by a crash, which SQLite
        # repairs on open: leave that case to SQLite and to the quick_check that follows.
        raise errors.truncated(path, size, expected)
    if not is_writable(path):
        raise errors.read_only(path, "le fichier")
    if not is_writable(path.parent):
        raise errors.read_only(path, f"le dossier « {path.parent} »")


def expected_file_size(header: bytes) -> int | None:
    """Size the file must at least have according to its header, or None when the header can't tell."""
    page_size = int.from_bytes(header[16:18], "big")
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        return None
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    # The in-header page count is only trustworthy when written by the same change (SQLite >= 3.7.0).
    if page_count == 0 or valid_for != change_counter:
        return None
    return page_size * page_count


def sqlite_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: object) -> str:
    """The one JSON encoding of the store: compact, UTF-8 text, no NaN.

    A lone surrogate (half of a character, which a paste from a damaged source can carry into a Python
    string) cannot be written as UTF-8: it becomes U+FFFD « � » instead of making the answer unsavable.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def make_engine(
    path: Path,
    *,
    create: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    pragmas: Mapping[str, int | str] | None = None,
) -> Engine:
    """An engine on `path` (mode=rw, or rwc when `create`); nothing touches the file until connect.

    `pragmas` adds PRAGMAs run on every connection after ours (tests use `max_page_count` to
    simulate a full disk). Connections may be used from another thread than the one that made them:
    the Store serialises all access with its own lock.
    """
    uri = sqlite_uri(path, "rwc" if create else "rw")
    extra = dict(pragmas or {})
    for name in extra:
        if not name.isidentifier():
            raise ValueError(f"invalid pragma name {name!r}")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
            check_same_thread=False,
        )

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"journal WAL impossible (mode {mode})")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            for name, value in extra.items():
                cur.execute(f"PRAGMA {name} = {int(value) if isinstance(value, int) else value!r}")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
