"""Merging laptop packages into a master store: one verified, atomic transaction per file, and a report.

`merge_packages(master, files)` takes each file in turn: `package.open_package` verifies it (ZIP, manifest,
size, SHA-256, SQLite check, schema) and extracts its database to a private temporary folder; the
database is attached read-only and everything it brings is written in ONE transaction (register and
people, visits and tombstones, interviews with conflicts, duplicate flags, journal rows, package log).
A refused or failing file leaves the master exactly as it was and the next file is still merged; a
merge killed at any instant leaves the master before or after the file in progress (SQLite WAL,
synchronous=FULL). The package file is only ever read. Merging the same file again changes nothing:
every row is keyed (interview UUID, visit id, journal id...) and copied with `ON CONFLICT`.

`merge_into(master_path, files)` opens (or creates) the master itself, for the command line. Both take
`progress(done, total)` (files done) and `cancel()` (checked between steps; a cancelled file is rolled
back, the files after it are not touched).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from survey_app.core.merge import bulk_copy, duplicates, errors, hand_in, store_access
from survey_app.core.merge.errors import PackageError
from survey_app.core.merge.interview_merge import merge_interviews
from survey_app.core.merge.package import Cancel, OpenedPackage, Progress, open_package
from survey_app.core.merge.report import FileReport, MergeReport
from survey_app.core.store import Store, StoreError


def _describe(report: FileReport, opened: OpenedPackage) -> None:
    m = opened.manifest
    report.package_id = m.package_id
    report.device = m.device_name or m.device_id
    report.surveyors = list(m.surveyors) or ([m.surveyor] if m.surveyor else [])
    report.created_at = m.created_at
    report.forms = [f"{f.form_id} v{f.version} ({f.interviews})" for f in m.forms]


def _step(cancel: Cancel | None, path: Path) -> None:
    if cancel is not None and cancel():
        raise errors.cancelled(path)


def _merge_opened(store: Store, opened: OpenedPackage, report: FileReport, cancel: Cancel | None) -> None:
    path, source = opened.path, opened.path.name
    previous = hand_in.previous_merge(store, opened.manifest.package_id)
    with store_access.attached_write(store, opened.database, path) as cursor:
        bulk_copy.start(cursor)
        report.dwellings_added = bulk_copy.copy_register(cursor, path)
        _step(cancel, path)
        report.visits_added, report.visits_deleted = bulk_copy.copy_visits(cursor, path)
        _step(cancel, path)
        counts = merge_interviews(cursor, path, source)
        _step(cancel, path)
        twice = duplicates.refresh_in_package_scope(cursor)
        bulk_copy.copy_journal(cursor, path)
        _step(cancel, path)
        report.interviews_new, report.interviews_updated = counts.new, counts.updated
        report.interviews_identical, report.interviews_older = counts.identical, counts.older
        report.interviews_conflict, report.conflict_interviews = len(counts.conflicts), counts.conflicts
        report.conflicts_settled = len(counts.settled)
        report.dwellings_twice, report.duplicate_dwellings = len(twice), twice
        summary = {k: v for k, v in vars(report).items() if isinstance(v, int) and not isinstance(v, bool)}
        hand_in.record_in(cursor, "entrant", opened.manifest, path, summary)
    report.merged = True
    if previous is not None:
        report.already_merged_at = previous.recorded_at.isoformat()


def merge_file(
    store: Store,
    path: str | os.PathLike[str],
    *,
    cancel: Cancel | None = None,
    work_dir: str | os.PathLike[str] | None = None,
) -> FileReport:
    """Merge one package into `store`. A refusal is reported, not raised; a cancellation raises
    `PackageError` with code 'annule' (the file is rolled back)."""
    path = Path(path).expanduser().absolute()
    report = FileReport(str(path))
    try:
        with open_package(path, expected_kind="enquetes", work_dir=work_dir) as opened:
            _describe(report, opened)
            _merge_opened(store, opened, report, cancel)
    except StoreError as exc:
        if getattr(exc, "code", None) == "annule":
            raise
        report.merged = False
        report.refused_code = getattr(exc, "code", "base")
        report.refused_reason = exc.message
    return report


def merge_packages(
    store: Store,
    files: Sequence[str | os.PathLike[str]],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    work_dir: str | os.PathLike[str] | None = None,
) -> MergeReport:
    """« Fusionner des paquets… »: merge every file into the open master `store`, in order."""
    report = MergeReport(str(store.path))
    total = len(files)
    for done, name in enumerate(files):
        if progress is not None:
            progress(done, total)
        if cancel is not None and cancel():
            report.cancelled = True
            break
        try:
            report.files.append(merge_file(store, name, cancel=cancel, work_dir=work_dir))
        except PackageError as exc:  # cancelled in the middle of a file: rolled back
            refused = FileReport(str(Path(name).absolute()), refused_code=exc.code, refused_reason=exc.message)
            report.files.append(refused)
            report.cancelled = True
            break
    if progress is not None:
        progress(total, total)
    return report


def merge_into(
    master: str | os.PathLike[str],
    files: Sequence[str | os.PathLike[str]],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MergeReport:
    """Open the master store (created if missing) and merge `files` into it."""
    master = Path(master).expanduser().absolute()
    created = not master.exists()
    with Store.open(master, create=True) as store:
        report = merge_packages(store, files, progress=progress, cancel=cancel)
    report.master_created = created
    return report
