"""The Store's foundation: opening, creating and closing a store file, transactions, and maintenance.

A Store owns one SQLite connection (WAL, synchronous=FULL) for its whole life and serialises every call
with a lock, so it may be used from one background worker thread (or several, one call at a time).
Each public method is one transaction: it either happens completely or not at all, and any SQLite
failure comes out as a `StoreError` with a French message naming the file (locked, read-only, full,
damaged...). No ORM object or SQLAlchemy row ever leaves this class: callers get the dataclasses of
`records`. Opening an existing file never creates one (`mode=rw`); `create` and `open_default` are the
only ways to make a new store. The data methods (register, dwellings, visits, interviews) are in
`store.Store`, which extends this class.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from survey_app.core.store import errors, journal, migrations, people
from survey_app.core.store.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    WRITE_OPTION,
    check_store_file,
    is_writable,
    make_engine,
)
from survey_app.core.store.keys import new_id, utc_now
from survey_app.core.store.tree import natural_key
from survey_app.core.store.records import (
    BuildingInfo,
    CampaignInfo,
    DeviceId,
    DeviceInfo,
    JournalRecord,
    SiteInfo,
    SurveyorId,
    SurveyorInfo,
)
from survey_app.core.store.schema import Building, Campaign, Site



class StoreBase:
    """Life cycle, transactions and error translation; the data methods live in `Store`."""

    def __init__(self, path: Path, engine: Engine, conn: Connection, device_id: str) -> None:
        self.path = path
        self._engine = engine
        self._conn = conn
        self._device_id = device_id
        self._lock = threading.RLock()
        self._closed = False
        self.migration_backup: Path | None = None
        # Surveyor ids known to be committed, and those registered by the transaction in progress.
        self._known_surveyors: dict[str, SurveyorId] = {}
        self._pending_surveyors: dict[str, SurveyorId] = {}

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = False,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        pragmas: dict[str, int | str] | None = None,
        verify: bool = True,
    ) -> Self:
        """Open an existing store (upgrading an older schema after a backup); `create=True` makes it if missing.

        `verify` runs `PRAGMA quick_check` first (about 9 ms for a 2,000-dwelling campaign), so a damaged
        file is reported when it is opened, not in the middle of an interview, and never migrated.
        """
        path = Path(path).expanduser().absolute()
        if create and not path.exists():
            return cls.create(path, busy_timeout_ms=busy_timeout_ms, pragmas=pragmas)
        check_store_file(path)
        engine = make_engine(path, busy_timeout_ms=busy_timeout_ms, pragmas=pragmas)
        conn = None
        try:
            conn = engine.connect()
            if verify:
                cls._quick_check(conn, path)
            backup = migrations.upgrade(conn, path)
            device_id = cls._ensure_device(conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            engine.dispose()
            if isinstance(exc, (DBAPIError, sqlite3.Error)):
                raise errors.translate_sqlite_error(exc, path) from exc
            raise
        store = cls(path, engine, conn, device_id)
        store.migration_backup = backup
        return store

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        device_name: str | None = None,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        pragmas: dict[str, int | str] | None = None,
    ) -> Self:
        """Make a new, empty store at `path` (refused if the file exists) and open it.

        The store is built under a temporary name in the same folder and renamed when complete, so an
        interrupted creation never leaves a half-made store at `path`.
        """
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise errors.already_exists(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.read_only(path, f"le dossier « {path.parent} » ({exc.strerror})") from exc
        if not is_writable(path.parent):
            raise errors.read_only(path, f"le dossier « {path.parent} »")
        tmp = path.with_name(f".{path.name}.{new_id()}.creation")
        engine = make_engine(tmp, create=True, busy_timeout_ms=busy_timeout_ms)
        try:
            with engine.connect() as conn:
                device_id = new_id()
                migrations.create_schema(conn, device_id)
                with conn.execution_options(**{WRITE_OPTION: True}).begin():
                    people.ensure_device(conn, device_id, device_name or socket.gethostname() or "poste", utc_now())
            engine.dispose()
            if path.exists():  # made by someone else meanwhile: never overwrite a store
                raise errors.already_exists(path)
            os.replace(tmp, path)
        except (DBAPIError, sqlite3.Error) as exc:
            raise errors.translate_sqlite_error(exc, path) from exc
        except OSError as exc:
            raise errors.io_error(path, exc.strerror or str(exc)) from exc
        finally:
            engine.dispose()
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
        return cls.open(path, busy_timeout_ms=busy_timeout_ms, pragmas=pragmas)

    @staticmethod
    def default_path() -> Path:
        from survey_app import paths

        return paths.default_store_path()

    @classmethod
    def open_default(cls, **options: Any) -> Self:
        """The store in the per-user data folder, created there on first use."""
        return cls.open(cls.default_path(), create=True, **options)

    @staticmethod
    def _quick_check(conn: Connection, path: Path) -> None:
        with conn.begin():
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise errors.corrupt(path, "; ".join(problems[:3]))

    @staticmethod
    def _ensure_device(conn: Connection) -> str:
        with conn.begin():
            device_id = people.read_meta(conn, "device_id")
            known = any(d.id == device_id for d in people.list_devices(conn))
        if not known:
            with conn.execution_options(**{WRITE_OPTION: True}).begin():
                device_id = device_id or new_id()
                people.write_meta(conn, "device_id", device_id)
                people.ensure_device(conn, device_id, socket.gethostname() or "poste", utc_now())
            conn.execution_options(**{WRITE_OPTION: False})
        assert device_id is not None
        return device_id

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed into the file). Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._conn.close()
            finally:
                self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- transactions -----------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[Connection]:
        with self._lock:
            if self._closed:
                raise errors.closed(self.path)
            conn = self._conn
            try:
                conn.execution_options(**{WRITE_OPTION: write})
                with conn.begin():
                    yield conn
                self._known_surveyors.update(self._pending_surveyors)
            except (DBAPIError, sqlite3.Error) as exc:
                raise errors.translate_sqlite_error(exc, self.path) from exc
            except SQLAlchemyError as exc:
                raise errors.StoreError(
                    f"Erreur inattendue de la base « {self.path} » ({exc}). Rien n'a été enregistré.", self.path
                ) from exc
            finally:
                self._pending_surveyors.clear()
                conn.execution_options(**{WRITE_OPTION: False})

    def _read(self) -> Any:
        return self._transaction(write=False)

    def _write(self) -> Any:
        return self._transaction(write=True)

    def _raw(self) -> sqlite3.Connection:
        raw = self._conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return raw

    # -- store-level facts and maintenance ------------------------------------------------------

    @property
    def device_id(self) -> DeviceId:
        """This laptop's stable id (made on first open, kept in the store's meta table)."""
        return DeviceId(self._device_id)

    @property
    def schema_version(self) -> int:
        with self._read() as conn:
            return int(people.read_meta(conn, "schema_version") or 0)

    def check_integrity(self) -> list[str]:
        """`PRAGMA integrity_check`: [] when the file is sound, else the problems SQLite reports."""
        try:
            with self._read() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        except errors.StoreCorruptError as exc:
            return [exc.message]
        return [] if rows == ["ok"] else rows

    def snapshot(self, dest: str | os.PathLike[str]) -> Path:
        """A complete, consistent copy of the store at `dest` (VACUUM INTO a temp file, then rename)."""
        dest = Path(dest).expanduser().absolute()
        if dest.exists():
            raise errors.already_exists(dest)
        tmp = dest.with_name(f".{dest.name}.{new_id()}.copie")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.read_only(dest, f"le dossier « {dest.parent} » ({exc.strerror})") from exc
        with self._lock:
            if self._closed:
                raise errors.closed(self.path)
            try:
                self._raw().execute("VACUUM INTO ?", (str(tmp),))
                os.replace(tmp, dest)
            except sqlite3.Error as exc:
                raise errors.translate_sqlite_error(exc, dest) from exc
            except OSError as exc:
                raise errors.io_error(dest, exc.strerror or str(exc)) from exc
            finally:
                tmp.unlink(missing_ok=True)
        return dest

    # -- people and places ----------------------------------------------------------------------------

    def surveyors(self) -> list[SurveyorInfo]:
        with self._read() as conn:
            return people.list_surveyors(conn)

    def add_surveyor(self, name: str) -> SurveyorInfo:
        """Register a surveyor (idempotent: the same name gives the same surveyor)."""
        with self._write() as conn:
            surveyor_id = people.ensure_surveyor(conn, name, utc_now())
        return next(s for s in self.surveyors() if s.id == surveyor_id)

    def _surveyor(self, conn: Connection, name: str) -> SurveyorId:
        """The surveyor's id, registering the name inside the current transaction on first use."""
        known = self._known_surveyors.get(name)
        if known is None:
            known = self._pending_surveyors[name] = people.ensure_surveyor(conn, name, utc_now())
        return known

    def devices(self) -> list[DeviceInfo]:
        with self._read() as conn:
            return people.list_devices(conn)

    def add_device(self, name: str, device_id: str | None = None) -> DeviceId:
        """Register another device (e.g. a laptop whose data is merged in, or a simulated one)."""
        with self._write() as conn:
            return people.ensure_device(conn, device_id or new_id(), name, utc_now())

    def set_device_name(self, name: str) -> None:
        with self._write() as conn:
            people.rename_device(conn, self._device_id, name)

    def campaigns(self) -> list[CampaignInfo]:
        with self._read() as conn:
            rows = conn.execute(select(Campaign.id, Campaign.name, Campaign.created_at).order_by(Campaign.name))
            return [CampaignInfo(r.id, r.name, r.created_at) for r in rows]

    def sites(self, campaign_id: str | None = None) -> list[SiteInfo]:
        query = select(Site.id, Site.campaign_id, Site.name, Site.commune, Site.depcom).order_by(Site.name)
        if campaign_id is not None:
            query = query.where(Site.campaign_id == campaign_id)
        with self._read() as conn:
            return [SiteInfo(r.id, r.campaign_id, r.name, r.commune, r.depcom) for r in conn.execute(query)]

    def buildings(self, site_id: str | None = None) -> list[BuildingInfo]:
        query = select(Building.id, Building.site_id, Building.code, Building.address, Building.levels)
        if site_id is not None:
            query = query.where(Building.site_id == site_id)
        with self._read() as conn:
            rows = [BuildingInfo(r.id, r.site_id, r.code, r.address, r.levels) for r in conn.execute(query)]
        return sorted(rows, key=lambda b: natural_key(b.code))

    def journal(
        self, *, table: str | None = None, row_id: str | None = None, since_seq: int = 0
    ) -> list[JournalRecord]:
        """Journal rows in order, optionally for one table ('interviews', 'visits', 'dwellings') or row."""
        with self._read() as conn:
            return journal.read(conn, table=table, row_id=row_id, since_seq=since_seq)

    def revision_chain(self, interview_id: str) -> list[str]:
        """The interview's revision ids, oldest first: a copy at revision id R descends from every id before R."""
        with self._read() as conn:
            return journal.revision_chain(conn, interview_id)

