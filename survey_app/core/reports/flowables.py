"""Light platypus flowables for plain text: wrapped text blocks and section titles.

reportlab's `Paragraph` parses mark-up and re-breaks its lines at every wrap; the sheets print a lot
of short plain text (notes, quotes, titles), where that costs more than the tables themselves (see
benchmarks/bench_reports.py). `TextBlock` breaks plain text with `simpleSplit` (a word wider than the
line is cut) and draws it line by line; `SectionTitle` is a bold title over an accent rule;
`split_lines` prepares a table cell. Line breaks are cached, since the same captions and choice
labels come back on every sheet. User text prints as written: no mark-up is interpreted, control
characters become spaces.
"""

from __future__ import annotations

import functools

from reportlab.lib.utils import simpleSplit
from reportlab.platypus.flowables import Flowable

from survey_app.core.reports.fonts import FONT, FONT_BOLD, register_fonts
from survey_app.core.reports.styles import ACCENT, INK, color


def clean_text(text: object) -> str:
    """User text made printable: control characters (a pasted \\x0b, a NUL) and halves of characters (lone
    surrogates, which an answer document from a damaged package can carry) become spaces; newlines stay."""
    return "".join(ch if (ch >= " " or ch == "\n") and not "\ud800" <= ch <= "\udfff" else " " for ch in str(text))


@functools.lru_cache(maxsize=4096)
def _wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(_wrap(text, font, size, width))


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken at spaces to fit `width` points; a word longer than the width is cut where it must.

    Results are cached: the sheets repeat the same captions and choice labels on every page."""
    return list(_wrapped(text, font, size, round(width, 2)))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while len(line) > 1 and stringWidth(line, font, size) > width:
            low, high = 1, len(line) - 1  # longest prefix that fits (binary search)
            while low < high:
                middle = (low + high + 1) // 2
                if stringWidth(line[:middle], font, size) <= width:
                    low = middle
                else:
                    high = middle - 1
            out.append(line[:low])
            line = line[low:]
        out.append(line)
    return out


class TextBlock(Flowable):
    """Plain text wrapped to the frame (or `width`); `indent` shifts it right; `space_before/after` in points."""

    def __init__(self, text: str, *, font: str = FONT, size: float = 7.0, leading: float | None = None,
                 rgb: tuple[float, float, float] = INK, indent: float = 0, space_before: float = 0,
                 space_after: float = 0, align: str = "left") -> None:
        super().__init__()
        register_fonts()
        self.text = "" if text is None else clean_text(text)
        self.font, self.size, self.leading = font, size, leading or size * 1.22
        self.rgb, self.indent, self.align = rgb, indent, align
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._lines: list[str] = []
        self._for_width: float | None = None

    def wrap(self, avail_width, avail_height):
        if self._for_width != avail_width:
            self._lines = []
            for part in self.text.split("\n"):
                self._lines += wrap_lines(part.strip(), self.font, self.size, avail_width - self.indent)
            self._for_width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(color(self.rgb))
        y = self.height - self.size
        for line in self._lines:
            if self.align == "center":
                canvas.drawCentredString(self.width / 2, y, line)
            elif self.align == "right":
                canvas.drawRightString(self.width, y, line)
            else:
                canvas.drawString(self.indent, y, line)
            y -= self.leading


class SectionTitle(Flowable):
    """A bold title with an accent rule under it (`rule=False`: a smaller sub-title without rule)."""

    def __init__(self, text: str, *, rule: bool = True, space_before: float = 4) -> None:
        super().__init__()
        register_fonts()
        self.text, self.rule = text, rule
        self.size = 9.5 if rule else 8.3
        self.spaceBefore, self.spaceAfter = space_before, 3 if rule else 1.5

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, self.size + (4 if self.rule else 2)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setFont(FONT_BOLD, self.size)
        canvas.setFillColor(color(ACCENT if self.rule else INK))
        canvas.drawString(0, self.height - self.size, self.text)
        if self.rule:
            canvas.setStrokeColor(color(ACCENT))
            canvas.setLineWidth(0.8)
            canvas.line(0, 0.6, self.width, 0.6)


@functools.lru_cache(maxsize=4096)
def split_lines(text: str, width: float, font: str = FONT, size: float = 7.0, max_lines: int = 3) -> str:
    """`text` broken into at most `max_lines` lines for a table cell (a plain string with newlines)."""
    register_fonts()
    lines = wrap_lines(clean_text(text), font, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" ,;:") + "…"
    return "\n".join(lines)
