"""Checks made on a questionnaire file before any parser opens it.

`inspect_file` decides, from the path and the first bytes, which reader may open the file and
refuses early, with a French `Issue` naming the file, everything a parser should never see:
a missing path, a directory, an unreadable or empty file, an unknown extension, a file larger
than `MAX_FILE_BYTES`, a password-protected Office file (an OLE compound file holding an
'EncryptedPackage' stream, or a zip with encrypted members), a zip bomb (total uncompressed size
above `MAX_UNCOMPRESSED_BYTES`, more than `MAX_ZIP_MEMBERS` members, or one member larger than
`RATIO_CHECK_BYTES` that expands more than `MAX_COMPRESSION_RATIO` times), an XML part declaring
a DOCTYPE (entity expansion attacks), an OpenDocument or Word file, and anything else that is
not a workbook (image, PDF, HTML, text renamed .xlsx). The content decides the reader: an .xls
that is really an .xlsx is read as such, with a warning.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from survey_app.core.issues import Issue, Severity

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_BYTES = 10 * 1024 * 1024
DOCTYPE_SCAN_BYTES = 4096

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".md")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls")

ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

PASSWORD_MESSAGE = "classeur protégé par mot de passe : enregistrez-le sans mot de passe"
_KNOWN_CONTENTS = (
    (b"\x89PNG", "une image PNG"),
    (b"\xff\xd8\xff", "une image JPEG"),
    (b"GIF8", "une image GIF"),
    (b"%PDF", "un document PDF"),
)


@dataclass
class FileCheck:
    """Outcome of `inspect_file`: `kind` is 'xlsx', 'xls' or 'text', or None when refused."""

    kind: str | None
    issues: list[Issue] = field(default_factory=list)
    data: bytes | None = None  # the whole file, kept for the xls and text readers


def file_issue(path: Path, message: str, code: str, severity: Severity = "error") -> Issue:
    """An issue about the whole file, its message starting with the file's name."""
    return Issue(f"« {path.name} » : {message}", severity=severity, code=code)


def _refuse(path: Path, message: str, code: str) -> FileCheck:
    return FileCheck(kind=None, issues=[file_issue(path, message, code)])


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} Mo"


def inspect_file(path: Path) -> FileCheck:
    """Says which reader may open `path`, or why none may."""
    try:
        if not path.exists():
            return FileCheck(
                kind=None,
                issues=[Issue(f"fichier introuvable : {path}", code="file-not-found")],
            )
        if path.is_dir():
            return _refuse(path, "c'est un dossier, pas un fichier de questionnaire", "not-a-file")
        if not path.is_file():
            return _refuse(path, "ce n'est pas un fichier ordinaire", "not-a-file")
        suffix = path.suffix.lower()
        if suffix not in ACCEPTED_SUFFIXES:
            return _refuse(path, _suffix_message(suffix), "unsupported-extension")
        size = path.stat().st_size
        if size == 0:
            return _refuse(path, "le fichier est vide (0 octet)", "empty-file")
        if size > MAX_FILE_BYTES:
            return _refuse(
                path,
                f"fichier trop volumineux ({_megabytes(size)}, maximum "
                f"{_megabytes(MAX_FILE_BYTES)}) pour un questionnaire",
                "too-large",
            )
        with path.open("rb") as handle:
            head = handle.read(8)
            data = None if head.startswith(ZIP_SIGNATURE) else head + handle.read()
    except PermissionError:
        return _refuse(path, "lecture impossible : droits insuffisants sur le fichier", "unreadable")
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        reason = getattr(error, "strerror", None) or "chemin invalide"
        return _refuse(path, f"lecture impossible : {reason} ({type(error).__name__})", "unreadable")
    if head.startswith(ZIP_SIGNATURE):
        check = _inspect_zip(path)
        return _with_mismatch(path, suffix, check, ".xlsx")
    if head.startswith(OLE_SIGNATURE):
        assert data is not None
        if _ENCRYPTED_STREAM in data:
            return _refuse(path, PASSWORD_MESSAGE, "encrypted")
        return _with_mismatch(path, suffix, FileCheck(kind="xls", data=data), ".xls")
    assert data is not None
    if suffix in SPREADSHEET_SUFFIXES:
        return _refuse(path, _not_a_workbook_message(data), "not-a-workbook")
    return FileCheck(kind="text", data=data)


def _suffix_message(suffix: str) -> str:
    accepted = ", ".join(ACCEPTED_SUFFIXES)
    if suffix == ".ods":
        return (
            "les classeurs LibreOffice (.ods) ne sont pas pris en charge : "
            f"enregistrez-le au format .xlsx (formats acceptés : {accepted})"
        )
    shown = f"« {suffix} »" if suffix else "(aucune)"
    return f"extension {shown} non prise en charge ; formats acceptés : {accepted}"


def _not_a_workbook_message(data: bytes) -> str:
    for signature, what in _KNOWN_CONTENTS:
        if data.startswith(signature):
            return f"ce n'est pas un classeur Excel mais {what}"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        return (
            "ce n'est pas un vrai classeur Excel mais une page HTML ou XML "
            "renommée : ouvrez-le dans Excel et enregistrez-le au format .xlsx"
        )
    if b"\x00" not in data[:4096]:
        return (
            "ce n'est pas un classeur Excel mais un fichier texte "
            "(un fichier CSV renommé ? gardez-lui l'extension .csv)"
        )
    return "ce n'est pas un classeur Excel (contenu non reconnu)"


def _with_mismatch(path: Path, suffix: str, check: FileCheck, real: str) -> FileCheck:
    """Warns when the content (xlsx or xls) contradicts the extension, then reads it anyway."""
    if check.kind is None:
        return check
    same = suffix in (".xlsx", ".xlsm") if real == ".xlsx" else suffix == ".xls"
    if not same:
        check.issues.append(
            file_issue(
                path,
                f"le fichier porte l'extension {suffix} mais contient un classeur {real} : "
                f"il est lu comme tel ; renommez-le en {real}",
                "format-mismatch",
                severity="warning",
            )
        )
    return check


def _inspect_zip(path: Path) -> FileCheck:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            refusal = _zip_refusal(infos)
            if refusal is None:
                refusal = _content_refusal(archive, {info.filename for info in infos})
    except (
        zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, zlib.error,
        NotImplementedError,
    ) as error:
        return _refuse(
            path,
            f"classeur endommagé ou incomplet, impossible de l'ouvrir ({type(error).__name__})",
            "corrupt",
        )
    except OSError as error:
        return _refuse(path, f"lecture impossible ({type(error).__name__})", "unreadable")
    if refusal is not None:
        return _refuse(path, *refusal)
    return FileCheck(kind="xlsx")


def _zip_refusal(infos: list[zipfile.ZipInfo]) -> tuple[str, str] | None:
    """Zip bombs and encrypted members, judged from the directory alone (nothing inflated)."""
    if len(infos) > MAX_ZIP_MEMBERS:
        return (f"archive suspecte : {len(infos)} éléments (maximum {MAX_ZIP_MEMBERS})", "zip-bomb")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        return (
            f"archive suspecte : {_megabytes(total)} une fois décompressée "
            f"(maximum {_megabytes(MAX_UNCOMPRESSED_BYTES)})",
            "zip-bomb",
        )
    for info in infos:
        if info.file_size > RATIO_CHECK_BYTES and (
            info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            return (
                f"archive suspecte : l'élément « {info.filename} » se décompresse "
                f"{info.file_size // max(info.compress_size, 1)} fois (bombe de décompression ?)",
                "zip-bomb",
            )
        if info.flag_bits & 0x1:
            return (PASSWORD_MESSAGE, "encrypted")
    return None


def _content_refusal(archive: zipfile.ZipFile, names: set[str]) -> tuple[str, str] | None:
    """A zip that is not an Excel workbook, or whose XML parts declare a DOCTYPE."""
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:100]
        if b"opendocument.spreadsheet" in mimetype:
            return (
                "c'est un classeur LibreOffice (.ods) : enregistrez-le au format .xlsx",
                "not-a-workbook",
            )
        return ("ce n'est pas un classeur Excel mais un document OpenDocument", "not-a-workbook")
    if "word/document.xml" in names:
        return ("ce n'est pas un classeur Excel mais un document Word", "not-a-workbook")
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        return ("ce n'est pas un classeur Excel (archive ZIP sans classeur)", "not-a-workbook")
    for name in names:
        if name.endswith((".xml", ".rels", ".vml")):
            with archive.open(name) as member:
                if b"<!DOCTYPE" in member.read(DOCTYPE_SCAN_BYTES).upper():
                    return (
                        f"classeur suspect : l'élément « {name} » déclare un DOCTYPE",
                        "zip-bomb",
                    )
    return None
