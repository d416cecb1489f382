"""`write_building_report`: the building summary sheets as one PDF (overview first) and/or one PDF per building.

This is the function the command line (`survey-app report`) and the GUI (« Imprimer les fiches
bâtiments… ») call. It reads the store once (`report_data`), lays out the campaign overview then
one sheet per building, and writes each file atomically: a failure or a cancellation leaves no
partial file and the previous version untouched. `progress(done, total)` is called as sheets are
laid out; `cancelled()` is polled between sheets. Runs without Qt, on any thread (the GUI calls it
from its worker thread).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from survey_app.core.indicators import IndicatorSettings
from survey_app.core.reports.atomic import AtomicFiles
from survey_app.core.reports.errors import ReportCancelled, ReportError, output_error
from survey_app.core.reports.report_data import BuildingData, ReportData, load_report_data
from survey_app.core.reports.styles import fr_date


@dataclass(frozen=True)
class ReportOptions:
    """What to print: all buildings, one site, or some building codes; `split_dir` adds one file per building."""

    buildings: tuple[str, ...] = ()
    site: str | None = None
    campaign: str | None = None
    split_dir: Path | None = None
    overview: bool = True
    observations: int = 4
    settings: IndicatorSettings | None = None


@dataclass(frozen=True)
class ReportResult:
    files: tuple[Path, ...]
    pages: int  # pages of the combined file (0 when only split files were written)
    buildings: int
    split_files: tuple[Path, ...] = field(default=())

    def summary(self) -> str:
        parts = []
        if self.pages:
            parts.append(f"{self.files[0]} ({self.pages} page{'s' if self.pages > 1 else ''})")
        if self.split_files:
            parts.append(f"{len(self.split_files)} fichier(s) dans « {self.split_files[0].parent} »")
        sheets = f"{self.buildings} fiche{'s' if self.buildings > 1 else ''} bâtiment"
        return f"{sheets} : " + " ; ".join(parts) + "."


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def footer_text(campaign: str, data_date) -> str:
    return f"{campaign} · données au {fr_date(data_date)} · éditée le {fr_date(date.today())}"


def split_name(b: BuildingData, taken: set[str]) -> str:
    """A portable file name for one building's sheet (ASCII, no reserved characters), unique in `taken`."""
    def slug(text: str) -> str:
        text = text.translate(_LIGATURES)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:60] or "batiment"

    base = f"fiche_{slug(b.code)}" if b.code else f"fiche_{slug(b.site)}_logements_individuels"
    name = f"{base}.pdf"
    if name.casefold() in taken:
        name = f"fiche_{slug(b.site)}_{slug(b.code or 'logements')}.pdf"
    number = 2
    while name.casefold() in taken:
        name = f"{base}_{number}.pdf"
        number += 1
    taken.add(name.casefold())
    return name


def write_building_report(store, form, path: str | Path | None, options: ReportOptions = ReportOptions(),
                          progress: Callable[[int, int], None] | None = None,
                          cancelled: Callable[[], bool] | None = None) -> ReportResult:
    """Write the report to `path` (overview + sheets) and/or one file per building in `options.split_dir`."""
    if path is None and options.split_dir is None:
        raise ReportError("Indiquez un fichier PDF à écrire, ou un dossier pour un fichier par bâtiment.")
    data = load_report_data(store, campaign=options.campaign, site=options.site, buildings=options.buildings,
                            settings=options.settings, observations=options.observations, cancelled=cancelled)
    split_dir = Path(options.split_dir).expanduser() if options.split_dir is not None else None
    if split_dir is not None:
        try:
            split_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise output_error(split_dir, exc) from exc
    total = (len(data.buildings) + (1 if options.overview else 0) if path is not None else 0) + \
        (len(data.buildings) if split_dir is not None else 0)
    steps = _Steps(total, progress, cancelled)
    files, pages, split_files = [], 0, []
    with AtomicFiles() as atomic:
        if path is not None:
            dest = Path(path).expanduser()
            pages = _write(atomic.temp_for(dest), dest, data, form, data.buildings, options.overview, steps)
            files.append(dest.absolute())
        if split_dir is not None:
            taken: set[str] = set()
            for b in data.buildings:
                dest = split_dir / split_name(b, taken)
                _write(atomic.temp_for(dest), dest, data, form, (b,), False, steps)
                split_files.append(dest.absolute())
        steps.check()
    return ReportResult(tuple(files + split_files), pages, len(data.buildings), tuple(split_files))


class _Steps:
    """Progress over all the sheets to lay out, with the caller's cancel check."""

    def __init__(self, total: int, progress, cancelled) -> None:
        self.total, self.done, self.progress, self.cancelled = total, 0, progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    def advance(self) -> None:
        self.check()
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)


def _write(tmp: Path, dest: Path, data: ReportData, form, buildings, overview: bool, steps: _Steps) -> int:
    """Lay out the overview (if asked) and the sheets of `buildings` into `tmp`, the future `dest`."""
    from reportlab.platypus import PageBreak

    from survey_app.core.reports.building_sheet import building_story
    from survey_app.core.reports.overview import overview_story
    from survey_app.core.reports.page_layout import build_pdf, frame_width, progress_mark

    width = frame_width()
    story: list = []
    steps.check()
    if overview:
        story += overview_story(data, form, width=width)
        story.append(progress_mark(steps.advance))
    for b in buildings:
        if story:
            story.append(PageBreak())
        story += building_story(b, form, campaign=data.campaign, data_date=data.data_date, settings=data.settings,
                                width=width)
        story.append(progress_mark(steps.advance))
    title = "Fiches bâtiments" if len(buildings) != 1 else f"Fiche bâtiment – {buildings[0].label}"
    try:
        return build_pdf(tmp, story, title=f"{title} – {data.campaign}", footer=footer_text(data.campaign, data.data_date),
                         subject="Enquête Habitat : synthèse par bâtiment")
    except OSError as exc:
        raise output_error(dest, exc) from exc
