"""Store failures as exceptions with a complete French message: which file, what happened, what to do.

Every error the store raises is a `StoreError`. Each subclass stands for one situation the user can act
on (missing, locked, read-only, damaged, disk full, newer version...), and its message names the file
and the next step. `translate_sqlite_error` turns a raw `sqlite3` / SQLAlchemy database error into the
right subclass using SQLite's result code, never by parsing English text. This module imports only the
standard library.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class StoreError(Exception):
    """Base of every store failure; `message` is French and complete on its own."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return self.message


class StoreNotFoundError(StoreError):
    """The database file does not exist (a mistyped path never creates an empty store)."""


class StoreExistsError(StoreError):
    """`create` was asked for a path that already exists."""


class StoreCorruptError(StoreError):
    """Empty, truncated, foreign or damaged file."""


class StoreLockedError(StoreError):
    """Another process holds the write lock for longer than the busy timeout."""


class StoreReadOnlyError(StoreError):
    """The file or its folder cannot be written."""


class StoreFullError(StoreError):
    """The disk (or the database's page limit) is full."""


class StoreIOError(StoreError):
    """The operating system reported a read or write failure."""


class StoreVersionError(StoreError):
    """The store was written by a newer version of the application, or is not one of ours."""


class StoreMigrationError(StoreError):
    """Upgrading an older store failed; the store was left as it was."""


class StoreClosedError(StoreError):
    """The store was used after `close()`."""


class RecordNotFoundError(StoreError, LookupError):
    """An id given to the store names no row (or a deleted one)."""


class InvalidDataError(StoreError, ValueError):
    """A value given to the store is not acceptable (unknown outcome, bad answer path...)."""


def _quote(path: str | Path | None) -> str:
    return f"« {path} »" if path is not None else "(base en mémoire)"


def not_found(path: Path) -> StoreNotFoundError:
    return StoreNotFoundError(
        f"La base d'enquête {_quote(path)} est introuvable. Vérifiez le chemin donné (--db) ; pour "
        f"commencer une nouvelle base, utilisez « survey-app init-store --db {path} ».",
        path,
    )


def not_a_file(path: Path) -> StoreNotFoundError:
    return StoreNotFoundError(
        f"{_quote(path)} est un dossier, pas une base d'enquête : indiquez le fichier .db lui-même.", path
    )


def empty_file(path: Path) -> StoreCorruptError:
    return StoreCorruptError(
        f"Le fichier {_quote(path)} est vide (0 octet) : ce n'est pas une base d'enquête. Il a sans "
        "doute été mal copié. Recopiez la base depuis l'original ou restaurez une sauvegarde ; pour "
        "repartir d'une base neuve, supprimez ce fichier puis lancez « survey-app init-store ».",
        path,
    )


def not_a_database(path: Path) -> StoreCorruptError:
    return StoreCorruptError(
        f"Le fichier {_quote(path)} n'est pas une base d'enquête (ou il est endommagé). Vérifiez que "
        "vous avez choisi le bon fichier ; sinon, restaurez une sauvegarde.",
        path,
    )


def truncated(path: Path, size: int, expected: int) -> StoreCorruptError:
    return StoreCorruptError(
        f"La base {_quote(path)} est tronquée : le fichier fait {size} octets au lieu de {expected}. "
        "Elle a probablement été copiée de façon incomplète. Ne la modifiez pas ; recopiez-la depuis "
        "l'original ou restaurez une sauvegarde.",
        path,
    )


def corrupt(path: Path | None, detail: str) -> StoreCorruptError:
    return StoreCorruptError(
        f"La base {_quote(path)} est endommagée ({detail}). N'y saisissez plus rien : faites-en une "
        "copie pour le superviseur, puis restaurez la dernière sauvegarde.",
        path,
    )


def locked(path: Path | None) -> StoreLockedError:
    return StoreLockedError(
        f"La base {_quote(path)} est occupée par un autre programme (une autre fenêtre de "
        "l'application, une copie ou une synchronisation en cours). Fermez-le puis réessayez ; "
        "cette opération n'a pas été enregistrée, les saisies précédentes sont intactes.",
        path,
    )


def read_only(path: Path | None, what: str = "le fichier") -> StoreReadOnlyError:
    return StoreReadOnlyError(
        f"La base {_quote(path)} ne peut pas être modifiée : {what} est en lecture seule. Copiez la "
        "base dans un dossier où vous pouvez écrire (par exemple vos Documents) ou retirez la "
        "protection en écriture, puis rouvrez-la. Rien n'a été modifié.",
        path,
    )


def disk_full(path: Path | None) -> StoreFullError:
    return StoreFullError(
        f"Le disque qui contient la base {_quote(path)} est plein : la dernière opération n'a pas été "
        "enregistrée, les saisies précédentes sont intactes. Libérez de la place (fichiers inutiles, "
        "corbeille) puis réessayez.",
        path,
    )


def io_error(path: Path | None, detail: str) -> StoreIOError:
    return StoreIOError(
        f"Erreur de lecture ou d'écriture sur la base {_quote(path)} ({detail}). Vérifiez que le disque "
        "ou la clé USB est bien branché puis réessayez ; la dernière opération n'a pas été enregistrée.",
        path,
    )


def cant_open(path: Path | None, detail: str) -> StoreError:
    return StoreIOError(
        f"Impossible d'ouvrir la base {_quote(path)} ({detail}). Vérifiez que le fichier existe, que "
        "son dossier est accessible en écriture et que le disque est branché.",
        path,
    )


def newer_schema(path: Path, found: int, known: int) -> StoreVersionError:
    return StoreVersionError(
        f"La base {_quote(path)} a été écrite par une version plus récente de l'application (schéma "
        f"{found} ; cette version ne connaît que le schéma {known}). Mettez l'application à jour avant "
        "d'ouvrir cette base ; elle n'a pas été modifiée.",
        path,
    )


def not_a_survey_store(path: Path) -> StoreVersionError:
    return StoreVersionError(
        f"Le fichier {_quote(path)} est une base SQLite, mais pas une base d'enquête de cette "
        "application. Vérifiez le fichier choisi ; il n'a pas été modifié.",
        path,
    )


def already_exists(path: Path) -> StoreExistsError:
    return StoreExistsError(
        f"Le fichier {_quote(path)} existe déjà : ouvrez-le, ou choisissez un autre nom pour une "
        "nouvelle base.",
        path,
    )


def migration_failed(path: Path, version: int, detail: str, backup: Path) -> StoreMigrationError:
    return StoreMigrationError(
        f"La mise à jour de la base {_quote(path)} vers le schéma {version} a échoué ({detail}). La "
        f"base est restée dans son état précédent ; une copie de sauvegarde se trouve dans "
        f"{_quote(backup)}. Signalez le problème avec ce message.",
        path,
    )


def closed(path: Path | None) -> StoreClosedError:
    return StoreClosedError(f"La base {_quote(path)} est fermée : rouvrez-la avant de continuer.", path)


def _sqlite_error_of(exc: BaseException) -> sqlite3.Error | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, sqlite3.Error):
            return current
        seen.add(id(current))
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def translate_sqlite_error(exc: BaseException, path: Path | None) -> StoreError:
    """Map a `sqlite3.Error` (possibly wrapped by SQLAlchemy) to the `StoreError` the user can act on."""
    if isinstance(exc, StoreError):
        return exc
    err = _sqlite_error_of(exc)
    detail = str(err if err is not None else exc)
    code = getattr(err, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return locked(path)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return read_only(path, "le fichier ou son dossier")
    if primary == SQLITE_FULL:
        return disk_full(path)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return corrupt(path, detail)
    if primary == SQLITE_CANTOPEN:
        return cant_open(path, detail)
    if primary == SQLITE_IOERR:
        return io_error(path, detail)
    return StoreError(
        f"Erreur inattendue de la base {_quote(path)} ({detail}). La dernière opération n'a pas été "
        "enregistrée ; réessayez, et signalez le problème s'il revient.",
        path,
    )
