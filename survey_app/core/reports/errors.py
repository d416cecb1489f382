"""Failures of the printouts (building sheets, round sheets, paper form) as exceptions with a French message.

`ReportError.message` is complete on its own: what could not be done and which file or building is
concerned, so the command line and the GUI can show it as is. `ReportCancelled` is raised when the
caller's cancel check answers yes; nothing has been written then. `output_error` turns an `OSError`
met while writing a PDF into the right message (folder missing, access refused or file open in a
reader, disk full). Standard library only.
"""

from __future__ import annotations

import errno
from pathlib import Path


class ReportError(Exception):
    """A printout could not be produced; `message` says why, in French."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return self.message


class ReportCancelled(ReportError):
    """The user cancelled: no file was written or replaced."""

    def __init__(self) -> None:
        super().__init__("Impression annulée : aucun fichier n'a été écrit.")


def output_error(path: Path, exc: OSError) -> ReportError:
    """A French message for an OSError met while writing `path` (the previous file, if any, is intact)."""
    where = f"« {path} »"
    if exc.errno == errno.ENOENT:
        return ReportError(f"Impossible d'écrire {where} : le dossier « {path.parent} » n'existe pas.", path)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReportError(
            f"Impossible d'écrire {where} : accès refusé. Le fichier est peut-être ouvert dans un lecteur "
            "PDF, ou le dossier est protégé : fermez-le ou choisissez un autre nom.", path)
    if exc.errno == errno.ENOSPC:
        return ReportError(f"Impossible d'écrire {where} : le disque est plein.", path)
    if exc.errno == errno.EISDIR:
        return ReportError(f"Impossible d'écrire {where} : c'est un dossier, pas un fichier.", path)
    reason = exc.strerror or str(exc)
    return ReportError(f"Impossible d'écrire {where} : {reason}.", path)
