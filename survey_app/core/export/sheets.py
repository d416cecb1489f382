"""One streamed worksheet ready to read on first open: bold frozen header, autofilter, readable widths.

openpyxl's write-only sheets write each row to disk as it is appended, so memory stays flat however
many rows there are, but widths and the frozen pane must be set before the first row. `SheetWriter`
therefore holds the first rows back (`sample` of them), sizes each column from its header and those
rows (capped), then writes the header and streams the rest, each row as one piece of XML (`row_xml`). Rows go through `CellPreparer` only
when written. The autofilter covers the header and every row, and is set when the sheet closes.
Excel's limit of 1,048,576 rows is checked, with a French message suggesting a filter.
"""

from __future__ import annotations

import datetime as dt

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from survey_app.core.export.cells import CellPreparer, Truncations
from survey_app.core.export.options import ExportError
from survey_app.core.export.row_xml import use_fast_rows

MAX_ROWS = 1_048_576
MIN_WIDTH, MAX_WIDTH = 6, 50
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_WIDTH_OF = {dt.date: 11, dt.datetime: 17, dt.time: 6}


def _width(value: object) -> int:
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    width = _WIDTH_OF.get(type(value))
    if width:
        return width
    return len(str(value)) if value is not None else 0


class SheetWriter:
    def __init__(self, wb, title: str, headers: list[str], report: Truncations, *, sample: int = 100,
                 max_width: int = MAX_WIDTH, wrap: bool = False, safe: frozenset[str] = frozenset()):  # fmt: skip
        self.ws = wb.create_sheet(title)
        self.title = title
        self.headers = headers
        self.rows = 0
        self._cells = CellPreparer(self.ws, title, headers, report, safe)
        self._buffer: list[list] | None = []
        self._sample = sample
        self._max_width = max_width
        self._wrap = wrap

    def append(self, row: list) -> None:
        if self.rows >= MAX_ROWS - 1:
            raise ExportError(
                f"La feuille « {self.title} » dépasserait la limite d'Excel ({MAX_ROWS:,} lignes) : "
                "exportez par site ou par bâtiment.".replace(",", "\u202f")
            )
        self.rows += 1
        if self._buffer is None:
            self.ws.append(self._cells.prepare(row))
            return
        self._buffer.append(row)
        if len(self._buffer) >= self._sample:
            self._start()

    def _start(self) -> None:
        rows, self._buffer = self._buffer or [], None
        ws = self.ws
        for column, header in enumerate(self.headers):
            width = max([len(header) + 2, *(_width(r[column]) + 1 for r in rows if column < len(r))])
            ws.column_dimensions[get_column_letter(column + 1)].width = max(MIN_WIDTH, min(width, self._max_width))
        ws.freeze_panes = "A2"
        use_fast_rows(ws)
        header_cells = []
        for header in self.headers:
            cell = WriteOnlyCell(ws, self._cells.text(header))
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            header_cells.append(cell)
        ws.append(header_cells)
        wrap = Alignment(wrap_text=True, vertical="top") if self._wrap else None
        for row in rows:
            prepared = self._cells.prepare(row)
            if wrap is not None:
                prepared = [self._wrapped(v, wrap) for v in prepared]
            ws.append(prepared)

    def _wrapped(self, value: object, alignment: Alignment) -> object:
        if not isinstance(value, str) or len(value) <= self._max_width:
            return value
        cell = WriteOnlyCell(self.ws, value)
        cell.alignment = alignment
        return cell

    def close(self) -> None:
        if self._buffer is not None:
            self._start()
        last = get_column_letter(max(1, len(self.headers)))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
