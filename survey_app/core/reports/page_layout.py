"""The page frame shared by every printout: A4 margins, document properties and the « page N / M » footer.

`build_pdf(path, story, ...)` lays out a platypus story on A4 (portrait or landscape) with one frame,
and draws on every page a footer line — the campaign and the date of the data on the left, « page
N / M » on the right — once the total is known (the canvas keeps each page until the end, then
stamps them: one layout pass only). It writes to `path` as given; callers pass a temporary path
from `atomic` and move it into place. Returns the number of pages.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from survey_app import APP_NAME, __version__
from survey_app.core.reports.fonts import FONT, register_fonts
from survey_app.core.reports.styles import MUTED, RULE, color

MM = 72 / 25.4


@dataclass(frozen=True)
class PageSetup:
    landscape: bool = False
    margin: float = 11 * MM
    footer_gap: float = 9 * MM  # room kept under the frame for the footer


def _canvas_class(footer: str, setup: PageSetup, pages: list[int]):
    from reportlab.pdfgen.canvas import Canvas

    class FooterCanvas(Canvas):
        """Keeps each finished page, then stamps « page N / M » on all of them when saving."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._kept)
            pages.append(total)
            for state in self._kept:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            y = setup.margin * 0.55
            self.saveState()
            self.setStrokeColor(color(RULE))
            self.setLineWidth(0.4)
            self.line(setup.margin, y + 9, width - setup.margin, y + 9)
            self.setFont(FONT, 6.8)
            self.setFillColor(color(MUTED))
            self.drawString(setup.margin, y, footer)
            self.drawRightString(width - setup.margin, y, f"page {self._pageNumber} / {total}")
            self.restoreState()

    return FooterCanvas


def build_pdf(path: Path, story: list, *, title: str, footer: str, setup: PageSetup = PageSetup(),
              subject: str = "") -> int:
    """Lay out `story` into the PDF at `path`; returns the page count."""
    register_fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    size = landscape(A4) if setup.landscape else A4
    width, height = size
    frame = Frame(setup.margin, setup.margin + setup.footer_gap * 0.5, width - 2 * setup.margin,
                  height - 2 * setup.margin - setup.footer_gap * 0.5, id="main",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        str(path), pagesize=size, pageTemplates=[PageTemplate("page", [frame])], title=title,
        author="Habitat & Développement", subject=subject, creator=f"{APP_NAME} {__version__}",
        leftMargin=setup.margin, rightMargin=setup.margin, topMargin=setup.margin, bottomMargin=setup.margin,
    )  # fmt: skip
    pages: list[int] = []
    doc.build(story, canvasmaker=_canvas_class(footer, setup, pages))
    return pages[-1] if pages else 0


def frame_width(setup: PageSetup = PageSetup()) -> float:
    """Usable width of the frame, in points."""
    from reportlab.lib.pagesizes import A4, landscape

    size = landscape(A4) if setup.landscape else A4
    return size[0] - 2 * setup.margin


def progress_mark(callback):
    """A zero-size flowable that calls `callback()` when the layout reaches it (progress, cancel check)."""
    return _mark_class()(callback)


@functools.cache
def _mark_class():
    from reportlab.platypus.flowables import Flowable

    class ProgressMark(Flowable):
        def __init__(self, callback) -> None:
            super().__init__()
            self.callback = callback

        def wrap(self, *_args):
            return 0, 0

        def draw(self):
            self.callback()

    return ProgressMark
