"""Package files (`.enqpkg`): writing a consistent snapshot of a store with its manifest, and opening one safely.

Format (see README.md in this folder): a ZIP archive holding exactly `manifest.json` (see `manifest`)
and `store.sqlite`, a `VACUUM INTO` snapshot of the store (never a copy of the live file), in rollback
journal mode. The manifest records the SHA-256 and size of `store.sqlite`; reading checks the ZIP
structure and CRC, the manifest, the size, the SHA-256, the SQLite header, `PRAGMA quick_check` and the
store's own schema version and device, and refuses any failure with a French message naming the file.

Writing goes to a temporary name in the destination folder, is fsynced, then renamed, so a reader (or
a crash) never sees half a package. Reading never writes to the package: it is opened read-only and
its database is extracted to a private temporary folder, then attached read-only (`mode=ro`); a
mistyped path is reported, never created.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from survey_app import __version__
from survey_app.core.merge import errors, hand_in
from survey_app.core.merge.manifest import (
    CONTENT_NAME,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Manifest,
    describe,
    parse,
    to_document,
)
from survey_app.core.store import SCHEMA_VERSION, Store
from survey_app.core.store.keys import new_id, utc_now
from survey_app.core.store.schema import format_utc

EXTENSION = ".enqpkg"
_CHUNK = 1 << 20
_SQLITE_MAGIC = b"SQLite format 3\x00"
_REQUIRED_TABLES = {"meta", "dwellings", "surveyors", "devices", "visits", "interviews", "journal"}

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    manifest: Manifest
    size: int


@dataclass(frozen=True)
class OpenedPackage:
    """A verified package: its manifest and the path of its extracted, read-only database."""

    path: Path
    manifest: Manifest
    database: Path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check_cancel(cancel: Cancel | None, path: Path) -> None:
    if cancel is not None and cancel():
        raise errors.cancelled(path)


def _prepare_snapshot(snapshot: Path, transform: Callable[[sqlite3.Connection], None] | None) -> None:
    """Rollback-journal mode (a package is read on machines that never wrote it); optional trimming."""
    conn = sqlite3.connect(snapshot, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        if transform is not None:
            conn.execute("BEGIN")
            transform(conn)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
    finally:
        conn.close()


def build(
    store: Store,
    dest: str | os.PathLike[str],
    *,
    kind: str,
    surveyor: str | None = None,
    overwrite: bool = False,
    transform: Callable[[sqlite3.Connection], None] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> WrittenPackage:
    """Write a package of `kind` from `store` at `dest`; `transform` may trim the snapshot first."""
    dest = Path(dest).expanduser().absolute()
    if dest.is_dir():
        raise errors.not_a_file(dest)
    if dest.exists() and not overwrite:
        raise errors.exists(dest)
    if not dest.parent.is_dir():
        raise errors.missing_folder(dest)
    report = progress or (lambda done, total: None)
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent))
    except OSError as exc:
        raise errors.write_failed(dest, exc.strerror or str(exc)) from exc
    tmp_zip = work.with_suffix(".zip-partiel")
    try:
        report(0, 4)
        created = utc_now()
        snapshot = store.snapshot(work / CONTENT_NAME)
        _check_cancel(cancel, dest)
        _prepare_snapshot(snapshot, transform)
        report(1, 4)
        facts = describe(snapshot)
        manifest = Manifest(
            package_id=new_id(), kind=kind, created_at=format_utc(created), app_version=__version__,
            schema_version=facts["schema_version"], device_id=facts["device_id"],
            device_name=facts["device_name"], surveyor=surveyor, surveyors=facts["surveyors"],
            forms=facts["forms"], counts=facts["counts"], content_size=snapshot.stat().st_size,
            content_sha256=_sha256(snapshot),
        )  # fmt: skip
        _check_cancel(cancel, dest)
        report(2, 4)
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST_NAME, to_document(manifest))
            zf.write(snapshot, CONTENT_NAME)
        with tmp_zip.open("rb+") as f:
            os.fsync(f.fileno())
        _check_cancel(cancel, dest)
        report(3, 4)
        os.replace(tmp_zip, dest)
    except (sqlite3.Error, OSError) as exc:
        raise errors.write_failed(dest, getattr(exc, "strerror", None) or str(exc)) from exc
    finally:
        tmp_zip.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    hand_in.record(store, "sortant", manifest, dest)
    report(4, 4)
    return WrittenPackage(dest, manifest, dest.stat().st_size)


def default_file_name(store: Store, *, kind: str = "enquetes", surveyor: str | None = None) -> str:
    """A file name to propose: 'enquetes-Marie-PC-Marie-2026-03-12-1802.enqpkg' (safe on every system)."""
    devices = {d.id: d.name for d in store.devices()}
    parts = ["retour" if kind == "retour" else "enquetes", surveyor or "", devices.get(store.device_id, "")]
    parts.append(datetime.now().strftime("%Y-%m-%d-%H%M"))
    text = "-".join(p for p in parts if p)
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text)
    return "-".join(filter(None, safe.split("-"))) + EXTENSION


def write_package(
    store: Store,
    dest: str | os.PathLike[str],
    *,
    surveyor: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> WrittenPackage:
    """« Exporter mes enquêtes »: the laptop's whole store as a package for the master."""
    return build(store, dest, kind="enquetes", surveyor=surveyor, overwrite=overwrite, progress=progress,
                 cancel=cancel)  # fmt: skip


def _check_file(path: Path) -> None:
    if not path.exists():
        raise errors.not_found(path)
    if path.is_dir():
        raise errors.not_a_file(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise errors.unreadable(path, exc.strerror or str(exc)) from exc
    if size == 0:
        raise errors.unreadable(path, "fichier vide, 0 octet")


def _open_zip(path: Path) -> zipfile.ZipFile:
    _check_file(path)
    try:
        return zipfile.ZipFile(path, "r")
    except zipfile.BadZipFile:
        with path.open("rb") as f:
            head = f.read(16)
        if head.startswith(b"PK"):
            raise errors.unreadable(path, "archive tronquée ou abîmée") from None
        raise errors.foreign(path, "ce n'est pas une archive de paquet") from None
    except OSError as exc:
        raise errors.unreadable(path, exc.strerror or str(exc)) from exc


def _manifest_of(zf: zipfile.ZipFile, path: Path) -> Manifest:
    names = set(zf.namelist())
    if MANIFEST_NAME not in names or CONTENT_NAME not in names:
        raise errors.foreign(path, "manifeste ou base absents de l'archive")
    info = zf.getinfo(MANIFEST_NAME)
    if info.file_size > MAX_MANIFEST_BYTES:
        raise errors.foreign(path, "manifeste démesuré")
    try:
        raw = zf.read(MANIFEST_NAME)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise errors.unreadable(path, f"manifeste abîmé : {exc}") from None
    return parse(raw, path, known_schema=SCHEMA_VERSION)


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """The package's manifest, checked (for listing files before a merge); the content is not verified."""
    path = Path(path).expanduser().absolute()
    with _open_zip(path) as zf:
        return _manifest_of(zf, path)


def _extract(zf: zipfile.ZipFile, manifest: Manifest, path: Path, dest: Path) -> None:
    """Copy `store.sqlite` out of the archive, checking size and SHA-256 on the way (streamed)."""
    if zf.getinfo(CONTENT_NAME).file_size != manifest.content_size:
        raise errors.tampered(path, "taille de la base différente de celle du manifeste")
    digest, size = hashlib.sha256(), 0
    try:
        with zf.open(CONTENT_NAME) as src, dest.open("wb") as out:
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                if size > manifest.content_size:
                    raise errors.tampered(path, "base plus longue que déclarée")
                digest.update(chunk)
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
        raise errors.unreadable(path, f"contenu abîmé : {exc}") from None
    if size != manifest.content_size or digest.hexdigest() != manifest.content_sha256:
        raise errors.tampered(path, "empreinte SHA-256 différente de celle du manifeste")


def _check_database(db: Path, manifest: Manifest, path: Path) -> None:
    with db.open("rb") as f:
        if f.read(16) != _SQLITE_MAGIC:
            raise errors.foreign(path, "la base du paquet n'est pas une base SQLite")
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        if [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            raise errors.unreadable(path, "base du paquet endommagée")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not _REQUIRED_TABLES <= tables:
            raise errors.foreign(path, "la base du paquet n'est pas une base d'enquête")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise errors.unreadable(path, f"base du paquet endommagée : {exc}") from None
    finally:
        conn.close()
    if str(meta.get("schema_version")) != str(manifest.schema_version) or meta.get("device_id") != manifest.device_id:
        raise errors.tampered(path, "la base ne correspond pas au manifeste")


@contextmanager
def open_package(
    path: str | os.PathLike[str], *, expected_kind: str | None = None, work_dir: str | os.PathLike[str] | None = None
) -> Iterator[OpenedPackage]:
    """Verify a package and extract its database to a private temporary folder (removed afterwards)."""
    path = Path(path).expanduser().absolute()
    with _open_zip(path) as zf:
        manifest = _manifest_of(zf, path)
        if expected_kind is not None and manifest.kind != expected_kind:
            raise errors.wrong_kind(path, manifest.kind, expected_kind)
        try:
            work = Path(tempfile.mkdtemp(prefix="survey_app_paquet_", dir=work_dir))
        except OSError as exc:
            raise errors.unreadable(path, f"dossier temporaire impossible : {exc.strerror}") from exc
        try:
            db = work / CONTENT_NAME
            try:
                _extract(zf, manifest, path, db)
            except OSError as exc:
                raise errors.unreadable(path, f"extraction impossible : {exc.strerror or exc}") from exc
            _check_database(db, manifest, path)
            yield OpenedPackage(path, manifest, db)
        finally:
            shutil.rmtree(work, ignore_errors=True)


__all__ = [
    "EXTENSION",
    "default_file_name",
    "OpenedPackage",
    "WrittenPackage",
    "build",
    "open_package",
    "read_manifest",
    "write_package",
]
