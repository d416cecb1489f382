"""`export_workbook`: the whole Excel export, streamed into a temporary file and moved into place at the end.

One pass over the store (see `source`) writes every sheet at once with openpyxl's write-only mode
(lxml): « Entretiens » (one row per interview), one sheet per repeat, « Passages », « Bâtiments »,
then « Dictionnaire » and « À propos ». Memory stays flat: rows go to disk as they are made, and
only one building's dwellings are held at a time. The workbook is saved under a temporary name in
the destination folder, synced to disk and renamed over the target (`os.replace`), so a failed,
interrupted or cancelled export never leaves a half-written file and never harms a previous one.
`progress(done, total)` and `cancelled()` let the GUI show a bar and stop; problems come out as
`ExportError` with a French message (file open in Excel, folder missing, disk full…).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import errno
import json
import os
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from survey_app.core.export import about
from survey_app.core.export.buildings import BuildingGroups, BuildingSheet
from survey_app.core.export.cells import Truncations, is_safe
from survey_app.core.export.columns import MARKERS, Plan, SheetPlan, build_plan
from survey_app.core.export.options import ExportCancelled, ExportError, ExportOptions
from survey_app.core.export.relevance import FINISHED_STATUSES, view_for
from survey_app.core.export.rows import (
    INTERVIEW_KEY, KEY_COLUMNS, NO_VISIT, REVIEW, RowBuilder, instance_keys, meta_columns,
)  # fmt: skip
from survey_app.core.export.sheets import SheetWriter
from survey_app.core.export.source import StoreReader, natkey
from survey_app.core.export.visits import VisitSheet
from survey_app.core.forms.model import Form
from survey_app.core.store.records import INTERVIEW_STATUSES, VISIT_OUTCOMES

FormResolver = Callable[[str, str, str], "Form | None"]
MAIN_SHEET, VISITS_SHEET, BUILDINGS_SHEET = "Entretiens", "Passages", "Bâtiments"
CODEBOOK_SHEET, ABOUT_SHEET = "Dictionnaire", "À propos"
FIXED_SHEETS = (MAIN_SHEET, VISITS_SHEET, BUILDINGS_SHEET, CODEBOOK_SHEET, ABOUT_SHEET)
_CHECK_EVERY = 64  # interviews or visits between two progress / cancel checks


@dataclass
class ExportReport:
    path: Path
    interviews: int
    rows: dict[str, int]  # data rows per sheet title
    truncated: int
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        sheets = ", ".join(f"{title} : {n}" for title, n in self.rows.items())
        text = f"Export écrit dans « {self.path} » : {self.interviews} entretien(s) ({sheets}) en {self.seconds:.1f} s."
        if self.truncated:
            text += f" {self.truncated} texte(s) trop long(s) coupé(s) à 32 767 caractères (voir « À propos »)."
        return text


def forms_resolver(*forms: Form) -> FormResolver:
    """A resolver over known questionnaires: same hash, else same id and version, else same id (latest version).

    Called with empty strings, it returns the first form (the one whose columns an export of no
    interview shows).
    """
    def resolve(form_id: str, version: str, form_hash: str) -> Form | None:
        if not form_id:
            return forms[0] if forms else None
        for test in (lambda f: f.hash == form_hash, lambda f: f.form_id == form_id and f.version == version):
            found = [f for f in forms if test(f)]
            if found:
                return found[0]
        same_id = sorted((f for f in forms if f.form_id == form_id), key=lambda f: natkey(f.version))
        return same_id[-1] if same_id else None

    return resolve


def _check_destination(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise ExportError(f"Le fichier d'export « {path.name} » doit avoir l'extension .xlsx.")
    if path.is_dir():
        raise ExportError(f"« {path} » est un dossier : indiquez un nom de fichier .xlsx.")
    if not path.parent.is_dir():
        raise ExportError(f"Le dossier « {path.parent} » n'existe pas : choisissez un dossier existant.")


def _free_name(path: Path) -> Path:
    n = 2
    while (candidate := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
        n += 1
    return candidate


def _os_error(exc: OSError, path: Path) -> ExportError:
    if isinstance(exc, PermissionError):
        return ExportError(
            f"Impossible d'écrire « {path} » : le fichier est peut-être ouvert dans Excel, ou le dossier est "
            f"protégé. Fermez-le, ou choisissez un autre nom (par exemple « {_free_name(path).name} »)."
        )
    if exc.errno == errno.ENOSPC:
        return ExportError(f"Disque plein : impossible d'écrire « {path} ». Libérez de la place ou choisissez "
                           "un autre disque.")
    return ExportError(f"Impossible d'écrire « {path} » ({exc.strerror or exc}).")


def _resolve_forms(resolver: FormResolver, versions: list[tuple[str, str, str, int]], warnings: list[str]):
    """The form whose columns the sheets use, and the form of each (id, version, hash) met."""
    if len({v[0] for v in versions}) > 1:
        ids = ", ".join(sorted({f"« {v[0]} »" for v in versions}))
        raise ExportError(f"La sélection mélange plusieurs questionnaires ({ids}) : filtrez par site ou par bâtiment "
                          "pour n'en exporter qu'un à la fois.")  # fmt: skip
    found = {(fid, ver, h): resolver(fid, ver, h) for fid, ver, h, _ in versions}
    known = [f for f in found.values() if f is not None]
    main = max(known, key=lambda f: natkey(f.version)) if known else resolver("", "", "")
    if main is None:
        wanted = ", ".join(f"« {fid} » version {ver}" for fid, ver, _, _ in versions) or "aucun"
        raise ExportError(f"Questionnaire introuvable pour ces entretiens ({wanted}) : ouvrez le bon fichier XLSForm.")
    for (fid, ver, _h), form in found.items():
        if form is None:
            warnings.append(f"Questionnaire « {fid} » version {ver} introuvable : ses entretiens sont lus avec la "
                            f"version {main.version}.")  # fmt: skip
    return main, {key: form or main for key, form in found.items()}


def export_workbook(
    store,
    form_resolver: FormResolver | Form,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the consultants' workbook of `store` (a `Store`, or a store file path) to `path` (.xlsx)."""
    started = time.perf_counter()
    options = options or ExportOptions()
    resolver = forms_resolver(form_resolver) if isinstance(form_resolver, Form) else form_resolver
    path = Path(path).expanduser().absolute()
    _check_destination(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    wb = Workbook(write_only=True)
    try:
        with StoreReader(Path(getattr(store, "path", store)), options) as reader:
            report = _write(wb, reader, resolver, options, progress, cancelled or (lambda: False))
        report.path = path  # _write only knows the store; the report names the workbook
        wb.save(tmp)
        with open(tmp, "rb+") as saved:
            os.fsync(saved.fileno())
        os.replace(tmp, path)
        _sync_folder(path.parent)
    except OSError as exc:
        raise _os_error(exc, path) from exc
    finally:
        _discard(wb, tmp)
    report.seconds = time.perf_counter() - started
    return report


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(wb: Workbook, tmp: Path) -> None:
    """Remove the temporary file and openpyxl's per-sheet scratch files (left behind on failure).

    After a failure the sheets' streaming generators are still open: they are closed here, rows first,
    so that they do not complain on stderr when garbage-collected, and their scratch files deleted.
    """
    tmp.unlink(missing_ok=True)
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            try:
                if stream is not None:
                    stream.close()
            except Exception:  # noqa: BLE001 - a stream broken by the failure: closing it is all we want
                pass
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            try:
                os.remove(out)
            except OSError:
                pass


@dataclass
class _Sheets:
    """The workbook's sheets, created in their final order, and what fills them."""

    main: SheetWriter
    repeats: list[tuple[SheetPlan, SheetWriter]]
    visits: SheetWriter
    buildings: SheetWriter
    codebook: SheetWriter
    about: SheetWriter
    visit_sheet: VisitSheet
    building_sheet: BuildingSheet
    groups: BuildingGroups
    truncations: Truncations

    @classmethod
    def open(cls, wb, plan: Plan, form: Form, options: ExportOptions) -> _Sheets:
        report, safe = Truncations(), _safe_texts(plan)

        def sheet(title: str, headers: list[str], **kw) -> SheetWriter:
            return SheetWriter(wb, title, headers, report, **kw)

        visit_sheet = VisitSheet(codes=options.codes, labels=options.labels, pseudonymise=options.pseudonymise)
        building_sheet = BuildingSheet(form, options.indicator_settings)
        main = sheet(plan.main.title, [c.header for c in plan.main.columns], safe=safe)
        repeats = [(p, sheet(p.title, [c.header for c in p.columns], safe=safe)) for p in plan.repeats]
        visits = sheet(VISITS_SHEET, [c.header for c in visit_sheet.columns()], safe=safe)
        buildings = sheet(BUILDINGS_SHEET, [c.header for c in building_sheet.columns()])
        return cls(
            main=main, repeats=repeats, visits=visits, buildings=buildings,
            codebook=sheet(CODEBOOK_SHEET, about.CODEBOOK_HEADERS, sample=10**6, max_width=60, wrap=True),
            about=sheet(ABOUT_SHEET, about.ABOUT_HEADERS, sample=10**6, max_width=100, wrap=True),
            visit_sheet=visit_sheet, building_sheet=building_sheet, truncations=report,
            groups=BuildingGroups(options.indicator_settings, building_sheet.row, buildings.append),
        )  # fmt: skip

    def counts(self) -> list[tuple[str, int]]:
        data = [self.main, *(s for _, s in self.repeats), self.visits, self.buildings]
        return [(s.title, s.rows) for s in data]


class _Ticker:
    """Progress and cancellation, checked every few rows."""

    def __init__(self, progress, cancelled, total: int):
        self.progress, self.cancelled, self.total, self.done = progress, cancelled, total, 0

    def step(self) -> None:
        self.done += 1
        if self.done % _CHECK_EVERY == 0:
            self.check()

    def check(self) -> None:
        if self.cancelled():
            raise ExportCancelled()
        if self.progress:
            self.progress(self.done, self.total)


def _write(wb, reader: StoreReader, resolver, options: ExportOptions, progress, cancelled) -> ExportReport:
    warnings: list[str] = []
    versions = reader.form_versions()
    ticker = _Ticker(progress, cancelled, sum(v[3] for v in versions) + reader.count_visits())
    ticker.check()
    form, forms = _resolve_forms(resolver, versions, warnings)
    plan = build_plan(
        form, codes=options.codes, labels=options.labels, pseudonymise=options.pseudonymise, main_title=MAIN_SHEET,
        keys=[INTERVIEW_KEY, *KEY_COLUMNS], meta=meta_columns(options.codes, options.labels, options.pseudonymise),
        instance_keys=instance_keys, used_titles={t.casefold() for t in FIXED_SHEETS},
    )  # fmt: skip
    sheets = _Sheets.open(wb, plan, form, options)
    campaigns = reader.campaigns()
    _write_interviews(reader, plan, form, forms, options, sheets, ticker, warnings)
    for visit in reader.visits():
        sheets.visits.append(sheets.visit_sheet.row(visit))
        ticker.step()
    reader.close()  # everything is read: SQLite's sort buffers go back to the system…
    _give_back_freed_memory()
    sheets.groups.finish()  # …before the big buildings' household figures are computed
    extra = [(VISITS_SHEET, sheets.visit_sheet.columns()), (BUILDINGS_SHEET, sheets.building_sheet.columns())]
    for row in about.codebook(form, plan, extra):
        sheets.codebook.append(row)
    counts = sheets.counts()
    for sheet in (sheets.main, *(s for _, s in sheets.repeats), sheets.visits, sheets.buildings, sheets.codebook):
        sheet.close()
    for row in about.about(
        campaigns=campaigns, form=form, versions=versions, options=options, counts=counts, plan=plan,
        exported_at=dt.datetime.now().replace(microsecond=0), store_name=reader.path.name,
        truncated=sheets.truncations.places, truncated_count=sheets.truncations.count, warnings=warnings,
    ):  # fmt: skip
        sheets.about.append(row)
    sheets.about.close()
    ticker.check()
    if progress:
        progress(ticker.total, ticker.total)
    return ExportReport(reader.path, sheets.main.rows, dict(counts), sheets.truncations.count, warnings)


def _write_interviews(reader, plan: Plan, form: Form, forms, options: ExportOptions, sheets: _Sheets, ticker,
                      warnings: list[str]) -> None:  # fmt: skip
    """The main sheet, the repeat sheets and the buildings, in one walk over dwellings and their interviews."""
    builder = RowBuilder(plan.main, plan.repeats, codes=options.codes, labels=options.labels,
                         pseudonymise=options.pseudonymise)  # fmt: skip
    for dwelling, interviews in reader.dwellings_with_interviews():
        finished, finished_at = None, ""
        for interview in interviews:
            doc = _answers(interview, warnings)
            if interview.status in FINISHED_STATUSES and interview.modified_at >= finished_at:
                finished, finished_at = doc, interview.modified_at
            if not interview.exported:
                continue
            own_form = forms.get((interview.form_id, interview.form_version, interview.form_hash), form)
            view = view_for(own_form, doc, interview.status in FINISHED_STATUSES)
            sheets.main.append(builder.main_row(dwelling, interview, view))
            for repeat_plan, sheet in sheets.repeats:
                for row in builder.repeat_rows(repeat_plan, dwelling, interview, view):
                    sheet.append(row)
            ticker.step()
        sheets.groups.add(dwelling, finished)
    sheets.groups.close()


def _give_back_freed_memory() -> None:
    """Ask the C allocator to return freed memory to the system (glibc only; elsewhere nothing to do).

    SQLite frees its sort buffers when the streams end, but glibc keeps them in the process, where
    Python's own allocator (separate memory maps) cannot reuse them: without this the figures of a
    site of tens of thousands of houses would come on top of them.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl…): nothing to give back this way
        pass


def _safe_texts(plan: Plan) -> frozenset[str]:
    """Texts the rows repeat all the time and that need no check: markers, choice codes and labels, statuses."""
    texts = {*MARKERS, NO_VISIT, *INTERVIEW_STATUSES, *INTERVIEW_STATUSES.values(), *VISIT_OUTCOMES,
             *VISIT_OUTCOMES.values(), *(t for pair in REVIEW.values() for t in pair)}  # fmt: skip
    for sheet in (plan.main, *plan.repeats):
        for spec in sheet.questions:
            texts.update(spec.labels.values())
            texts.update(c for c in spec.code_cells.values() if isinstance(c, str))
    return frozenset(t for t in texts if is_safe(t))


def _answers(interview, warnings: list[str]) -> dict:
    try:
        doc = json.loads(interview.answers)
    except (TypeError, ValueError):
        doc = None
    if not isinstance(doc, dict):
        warnings.append(f"Entretien « {interview.id} » : réponses illisibles dans la base, exporté sans réponse.")
        return {}
    return doc
