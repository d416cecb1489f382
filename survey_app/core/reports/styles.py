"""The printouts' look: grey-level palette, the table style shared by every table, and French formatting.

Everything is chosen to survive a black-and-white office printer: one dark accent (a blue-grey that
prints as dark grey) for titles and rules, light grey fills for headers, and text never lighter
than about 40 % grey. `grid_style` gives the common table commands (hairline rules, header fill);
`fr_int`, `fr_date` and `fr_datetime` format numbers and dates the French way (narrow no-break
space as the thousands separator, day/month/year, « 14h30 »); `short_label` trims a choice label.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from survey_app.core.reports.fonts import FONT, FONT_BOLD

ACCENT = (0.12, 0.23, 0.37)  # titles, rules, header band
INK = (0.1, 0.1, 0.1)
MUTED = (0.38, 0.38, 0.38)
RULE = (0.72, 0.72, 0.72)
FILL = (0.92, 0.93, 0.95)  # table headers, boxes
NNBSP = "\u202f"


@functools.cache
def color(rgb: tuple[float, float, float]):
    """The reportlab colour for an (r, g, b) triple (one shared object per colour)."""
    from reportlab.lib.colors import Color

    return Color(*rgb)


def grid_style(header_rows: int = 1, *, font_size: float = 7.2) -> list:
    """Table commands: hairline rules between rows, and a filled header with an accent rule under it."""
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, color(RULE)),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), color(FILL)),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, font_size - 0.4),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, color(ACCENT)),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    return cmds


def fr_int(number: float | int | None) -> str:
    """12 345 (narrow no-break space), '–' for None."""
    if number is None:
        return "–"
    return f"{round(number):,}".replace(",", NNBSP)


def fr_date(value: date | datetime | None) -> str:
    """25/11/2026 (in local time for an aware datetime); '–' for None."""
    if value is None:
        return "–"
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone()
    return f"{value:%d/%m/%Y}"


def fr_datetime(value: datetime | None) -> str:
    """25/11/2026 14h30 in local time; '–' for None."""
    if value is None:
        return "–"
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{value:%d/%m/%Y} {value:%H}h{value:%M}"


def short_label(text: str) -> str:
    """A choice label without its parenthesised details: « Réseau de chaleur (urbain) » → « Réseau de chaleur »."""
    short = re.sub(r"\s+\([^)]*\)", "", text).strip() or text.strip()
    return short[:1].upper() + short[1:]
