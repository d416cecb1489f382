"""Safe, typed Excel cells: no formula from respondent text, no control character, no silent truncation.

`CellPreparer.prepare(row)` turns a row of plain values into what openpyxl's write-only sheet
appends, in place:
* text that Excel or openpyxl would read as something else — starting with = + - @ (a formula),
  a tab or carriage return (CSV-style injection), or equal to an error code such as « #N/A » —
  becomes a cell forced to the string type (`data_type = "s"`) with Excel's quote prefix, so it
  is shown and re-edited as text and the file holds no `<f>` element;
* characters that are illegal in XML — control characters pasted from another program (e.g.
  « \\x0b »), lone surrogates that a damaged or hostile answer document can carry, U+FFFE and U+FFFF —
  are removed instead of aborting the export;
* text over Excel's limit of 32,767 characters is cut, marked « [texte tronqué] » and reported
  (`Truncations`), never silently;
* dates, times and datetimes get French formats; numbers stay numbers (`Number` for a share or an
  amount with its own format).
Formatted cells reuse one pre-styled cell per column and format (the row is serialised as soon as it is appended),
which keeps their cost close to that of a plain value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils.datetime import to_excel

MAX_CELL = 32_767
TRUNCATED = " […] [texte tronqué : Excel limite une cellule à 32 767 caractères]"
REMOVED = "(caractères de contrôle retirés)"
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
TIME_FORMAT = "HH:MM"
_RISKY_START = frozenset("=+-@\t\r")
# openpyxl's ILLEGAL_CHARACTERS_RE, plus what XML 1.0 also forbids and a Python string can hold
ILLEGAL_CHARACTERS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ERRORS = frozenset(ERROR_CODES)
_FORMATS = {dt.date: DATE_FORMAT, dt.datetime: DATETIME_FORMAT, dt.time: TIME_FORMAT}
_EXCEL_DAY_ONE = dt.date(1900, 3, 1)  # before this, Excel's 1900 leap-year bug makes serials ambiguous


class Number(NamedTuple):
    """A number with its own display format (a share as « 42 % », an amount in euros)."""

    value: float
    format: str


@dataclass
class Truncations:
    """Cells cut at Excel's limit: the count and the first places (sheet, column, row)."""

    count: int = 0
    places: list[tuple[str, str, int]] = field(default_factory=list)
    cleaned: int = 0  # texts from which control characters were removed

    def add(self, sheet: str, column: str, row: int) -> None:
        self.count += 1
        if len(self.places) < 50:
            self.places.append((sheet, column, row))


def is_safe(text: str) -> bool:
    """True when `text` can be written as it is: no formula look, no control character, within the limit."""
    return bool(text) and text[0] not in _RISKY_START and text not in _ERRORS and len(text) <= MAX_CELL \
        and not ILLEGAL_CHARACTERS_RE.search(text)


def clean_text(value: str) -> str:
    """The text without XML-illegal control characters (never empty if the text was not)."""
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", value)
    return cleaned if cleaned or not value else REMOVED


class CellPreparer:
    """Makes the values of one sheet's rows safe to append (see the module docstring)."""

    def __init__(self, ws, title: str, headers: list[str], report: Truncations, safe: frozenset[str] = frozenset()):
        self.ws = ws
        self.safe = safe  # texts known to need no check (markers, labels of the questionnaire)
        self.title = title
        self.headers = headers
        self.report = report
        self._dated: dict[tuple[int, str], WriteOnlyCell] = {}
        self.row_number = 1  # of the last row prepared (the header is row 1)

    def prepare(self, row: list) -> list:
        self.row_number += 1
        safe, search = self.safe, ILLEGAL_CHARACTERS_RE.search
        for i, value in enumerate(row):
            kind = value.__class__
            if kind is str:
                if value in safe or not value:
                    continue
                if value[0] in _RISKY_START or len(value) > MAX_CELL or value in _ERRORS or search(value):
                    row[i] = self.text(value, i)
            elif kind is int or value is None:
                continue
            elif kind is float:
                if not math.isfinite(value):
                    row[i] = "(non calculable)"
            elif kind in _FORMATS:
                row[i] = self._date(i, kind, value)
            elif kind is Number:
                row[i] = self._styled(i, value.format, value.value)
            elif kind is not bool:
                row[i] = self.text(str(value), i)
        return row

    def text(self, value: str, column: int = 0) -> str | WriteOnlyCell:
        """Safe text: cleaned, cut at the limit (reported), and typed as a string when it looks like a formula."""
        if ILLEGAL_CHARACTERS_RE.search(value):
            value = clean_text(value)
            self.report.cleaned += 1
        if len(value) > MAX_CELL:
            value = value[: MAX_CELL - len(TRUNCATED)] + TRUNCATED
            header = self.headers[column] if column < len(self.headers) else str(column + 1)
            self.report.add(self.title, header, self.row_number)
        if value[:1] in _RISKY_START or value in _ERRORS:
            cell = WriteOnlyCell(self.ws, value)
            cell.data_type = "s"  # openpyxl would otherwise store « =… » as a formula, « #N/A » as an error
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
            return cell
        return value

    def _date(self, column: int, kind: type, value) -> object:
        if kind is not dt.time and (value if kind is dt.date else value.date()) < _EXCEL_DAY_ONE:
            return value.isoformat()  # Excel cannot show it as a date: keep it readable
        return self._styled(column, _FORMATS[kind], to_excel(value))

    def _styled(self, column: int, number_format: str, value: float) -> WriteOnlyCell:
        cell = self._dated.get((column, number_format))
        if cell is None:
            cell = self._dated[(column, number_format)] = WriteOnlyCell(self.ws, 0)
            cell.number_format = number_format
        cell.value = value
        return cell
