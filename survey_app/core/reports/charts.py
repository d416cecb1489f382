"""The sheets' charts, drawn with reportlab.graphics shapes and readable on a black-and-white printer.

* `bar_chart(rows, width)`: horizontal bars (heating mode and energy, comfort problems, renovation
  priorities), first row on top, one grey, the label on the left and the printed figure written
  right after each bar;
* `satisfaction_chart(items, scale, width)`: one 100 % stacked bar per satisfaction item on the
  4-point scale — four well separated grey levels, each segment outlined, its share written inside
  when it is wide enough (white on dark, black on light) — with the « satisfied » share and its base
  on the right and a legend below; a masked item gets a dashed empty bar reading « n < 5 »;
* `masked_box(text, width)`: the placeholder drawn instead of a chart whose base is too small.

The drawings are built from plain shapes (`Rect`, `String`, `Line`) rather than reportlab's chart
widgets: the same look for a fraction of the layout time (see benchmarks/bench_reports.py). Charts
only draw what they are given: every number is a `Figure.display()` string computed by
`core.indicators`, so a masked figure can only ever appear as « n < 5 ».
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from survey_app.core.indicators import Distribution, Figure
from survey_app.core.reports.fonts import FONT, FONT_BOLD, register_fonts
from survey_app.core.reports.styles import ACCENT, FILL, INK, MUTED, RULE, color

BAR_GREY = (0.42, 0.45, 0.50)
SCALE_GREYS = ((0.16, 0.18, 0.22), (0.48, 0.50, 0.54), (0.80, 0.81, 0.83), (1.0, 1.0, 1.0))
SCALE_TEXT = ((1, 1, 1), (1, 1, 1), INK, INK)
LABEL_SIZE = 6.8


@functools.lru_cache(maxsize=4096)
def fit(text: str, width: float, font: str = FONT, size: float = LABEL_SIZE) -> str:
    """`text` cut (with an ellipsis) so that it fits in `width` points (cached: labels repeat on every sheet)."""
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip(" ,;:–-(") + "…"


def _fraction(fig: Figure) -> float:
    return 0.0 if fig.masked or fig.value is None else max(0.0, min(1.0, fig.value))


def bar_chart(rows: Sequence[tuple[str, Figure]], width: float, *, label_width: float | None = None,
              row_height: float = 10.5, value_labels: Sequence[str] | None = None):
    """Horizontal bars scaled to 100 %; `value_labels` replace the figures' own display strings."""
    register_fonts()
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    label_width = label_width if label_width is not None else width * 0.45
    plot = width - label_width - 40
    height = max(1, len(rows)) * row_height + 2
    drawing = Drawing(width, height)
    texts = list(value_labels) if value_labels is not None else [fig.display() for _label, fig in rows]
    bar_h = row_height * 0.64
    ink, grey = color(INK), color(BAR_GREY)
    for i, ((label, fig), text) in enumerate(zip(rows, texts)):
        y = height - 1 - (i + 1) * row_height + (row_height - bar_h) / 2
        length = plot * _fraction(fig)
        if length > 0:
            drawing.add(Rect(label_width, y, length, bar_h, fillColor=grey, strokeColor=None))
        drawing.add(String(label_width - 4, y + 1.6, fit(label, label_width - 6), fontName=FONT,
                           fontSize=LABEL_SIZE, fillColor=ink, textAnchor="end"))
        drawing.add(String(label_width + length + 3, y + 1.6, text, fontName=FONT_BOLD, fontSize=LABEL_SIZE,
                           fillColor=ink))
    drawing.add(Line(label_width, 0.5, label_width, height - 0.5, strokeColor=color(MUTED), strokeWidth=0.6))
    return drawing


def satisfaction_chart(items: Sequence[tuple[str, Distribution, Figure]], scale: Sequence[tuple[str, str]],
                       width: float, *, label_width: float = 128, row_height: float = 12):
    """One stacked bar per item: (label, distribution over the scale codes, « satisfied » figure)."""
    register_fonts()
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    right, legend_h = 74, 14
    plot = width - label_width - right
    rows_h = max(1, len(items)) * row_height
    height = rows_h + legend_h + 12
    drawing = Drawing(width, height)
    top = legend_h + 4 + rows_h
    ink, outline = color(INK), color(INK)
    drawing.add(String(width - right + 6, top + 3, "Satisfaits", fontName=FONT_BOLD, fontSize=6.4, fillColor=ink))
    bar_h = row_height * 0.66
    for i, (label, dist, satisfied) in enumerate(items):
        y = top - (i + 1) * row_height + (row_height - bar_h) / 2
        text_y = y + bar_h / 2 - 2.2
        drawing.add(String(label_width - 4, text_y, fit(label, label_width - 6), fontName=FONT,
                           fontSize=LABEL_SIZE, fillColor=ink, textAnchor="end"))
        if dist.masked:
            drawing.add(Rect(label_width, y, plot, bar_h, fillColor=color(FILL), strokeColor=color(RULE),
                             strokeWidth=0.5, strokeDashArray=[2, 2]))
            drawing.add(String(label_width + plot / 2, text_y, f"{dist.share('1').display()} : non affiché",
                               fontName=FONT, fontSize=6.4, fillColor=color(MUTED), textAnchor="middle"))
        else:
            x = label_width
            for series, (code, _scale_label) in enumerate(scale):
                fig = dist.share(code)
                length = plot * _fraction(fig)
                if length <= 0:
                    continue
                drawing.add(Rect(x, y, length, bar_h, fillColor=color(SCALE_GREYS[series % 4]), strokeColor=outline,
                                 strokeWidth=0.35))
                text = fig.display()
                if stringWidth(text, FONT_BOLD, 6.2) + 4 <= length:
                    drawing.add(String(x + length / 2, text_y + 0.3, text, fontName=FONT_BOLD, fontSize=6.2,
                                       fillColor=color(SCALE_TEXT[series % 4]), textAnchor="middle"))
                x += length
        drawing.add(String(width - right + 6, text_y, satisfied.display(), fontName=FONT_BOLD, fontSize=LABEL_SIZE,
                           fillColor=color(ACCENT)))
        if not satisfied.masked:
            drawing.add(String(width - right + 36, text_y, f"n = {satisfied.base}", fontName=FONT, fontSize=6.0,
                               fillColor=color(MUTED)))
    x = label_width
    for series, (_code, label) in enumerate(scale):
        drawing.add(Rect(x, 3, 9, 7, fillColor=color(SCALE_GREYS[series % 4]), strokeColor=outline, strokeWidth=0.35))
        drawing.add(String(x + 12, 4, label, fontName=FONT, fontSize=6.4, fillColor=ink))
        x += 12 + stringWidth(label, FONT, 6.4) + 12
    return drawing


def masked_box(text: str, width: float, height: float = 26):
    """A light dashed box with a short explanation, drawn where a masked chart would be."""
    register_fonts()
    from reportlab.graphics.shapes import Drawing, Rect, String

    drawing = Drawing(width, height)
    drawing.add(Rect(0.5, 0.5, width - 1, height - 1, fillColor=color(FILL), strokeColor=color(RULE),
                     strokeWidth=0.5, strokeDashArray=[2, 2]))
    drawing.add(String(width / 2, height / 2 - 2.5, fit(text, width - 10, FONT, 7), fontName=FONT, fontSize=7,
                       fillColor=color(MUTED), textAnchor="middle"))
    return drawing
