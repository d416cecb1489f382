"""Atomic writing of the PDF files: never a half-written printout, never a lost previous version.

Each output is first written under a hidden temporary name in its destination folder, flushed to
disk (fsync), and only then moved over the final name with `os.replace` — a reader sees the old file
or the new one, never a torn one. `AtomicFiles` does this for several files at once (`--split`):
all are written first, and moved into place only when every one of them succeeded; on any failure
or cancellation the temporary files are removed and the destinations are left as they were.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from survey_app.core.reports.errors import ReportError, output_error


class AtomicFiles:
    """Temporary files in the destination folders, committed together; use as a context manager."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, destination)

    def __enter__(self) -> AtomicFiles:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()

    def temp_for(self, dest: str | os.PathLike[str]) -> Path:
        """A fresh temporary path next to `dest` (checks that `dest` can be written there)."""
        dest = Path(dest).expanduser().absolute()
        if dest.is_dir():
            raise ReportError(f"Impossible d'écrire « {dest} » : c'est un dossier, pas un fichier.", dest)
        if not dest.parent.is_dir():
            raise ReportError(f"Impossible d'écrire « {dest} » : le dossier « {dest.parent} » n'existe pas.", dest)
        tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:12]}.tmp")
        self._pending.append((tmp, dest))
        return tmp

    def commit(self) -> list[Path]:
        """fsync every temporary file, then move each over its destination; returns the destinations."""
        try:
            for tmp, dest in self._pending:
                try:
                    with open(tmp, "rb+") as handle:
                        os.fsync(handle.fileno())
                except OSError as exc:
                    raise output_error(dest, exc) from exc
            done = []
            for tmp, dest in self._pending:
                try:
                    os.replace(tmp, dest)
                except OSError as exc:
                    raise output_error(dest, exc) from exc
                done.append(dest)
            _sync_folders({dest.parent for dest in done})
            return done
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the temporary files that were not moved into place."""
        for tmp, _dest in self._pending:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        self._pending.clear()


@contextmanager
def atomic_output(dest: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `dest`, on failure it is removed."""
    with AtomicFiles() as files:
        yield files.temp_for(dest)


def _sync_folders(folders: set[Path]) -> None:
    """Make the renames durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    for folder in folders:
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
