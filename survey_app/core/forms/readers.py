"""Reads a questionnaire file (XLSForm) of any accepted type into a `Workbook`, never raising.

`read_workbook(path)` runs the `file_guards` checks, then hands the file to the reader its
content calls for: .xlsx/.xlsm through openpyxl in read-only streaming mode (formula cells give
their cached value), .xls through xlrd, .csv and .md through `text_readers`. Every failure
becomes a French `Issue` naming the file, with the exception class name in parentheses for
diagnosis, and the workbook is then None; exceptions are caught only here, at the boundary of
each reader. Cells become text the way pyxform does it: strings stripped, integral numbers
without '.0' (1.0 -> '1'), other numbers in plain decimal notation (never '1e-05'), booleans
'TRUE'/'FALSE'; dates and times become ISO text ('2026-11-25', '2026-11-25T10:30:00',
'10:30:00') where pyxform would write Python's str(). Only the first `MAX_COLUMNS` columns of
a sheet are read; a value beyond them draws a warning. Row limits are in `workbook`, file limits
in `file_guards`.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from decimal import Decimal
from pathlib import Path

from survey_app.core.forms.file_guards import (
    PASSWORD_MESSAGE,
    FileCheck,
    file_issue,
    inspect_file,
)
from survey_app.core.forms.text_readers import read_csv, read_markdown
from survey_app.core.forms.workbook import (
    SheetBuilder,
    Workbook,
    clean_text,
    column_letter_of,
    max_rows_for,
    plan_sheets,
)
from survey_app.core.issues import Issue

MAX_COLUMNS = 500


def read_workbook(path: Path) -> tuple[Workbook | None, list[Issue]]:
    """Reads `path`; returns (workbook, issues), the workbook None when the file is unreadable."""
    try:
        path = Path(path)
    except TypeError as error:
        message = f"chemin de fichier invalide : {path!r} ({type(error).__name__})"
        return None, [Issue(message, code="file-not-found")]
    check = FileCheck(kind=None)
    try:
        check = inspect_file(path)
        if check.kind is None:
            return None, check.issues
        if check.kind == "xlsx":
            workbook, found = _read_xlsx(path)
        elif check.kind == "xls":
            workbook, found = _read_xls(path, check.data or b"")
        elif path.suffix.lower() == ".csv":
            workbook, found = read_csv(path, check.data or b"")
        else:
            workbook, found = read_markdown(path, check.data or b"")
    except Exception as error:  # noqa: BLE001 - the reader boundary: nothing may escape
        return None, [*check.issues, _failure_issue(path, check.kind, error)]
    issues = [*check.issues, *found]
    if any(issue.code == "too-many-rows" for issue in issues):
        return None, issues
    return workbook, issues


def _failure_issue(path: Path, kind: str | None, error: BaseException) -> Issue:
    name = type(error).__name__
    if kind == "xls" and "encrypted" in str(error).lower():
        return file_issue(path, PASSWORD_MESSAGE, "encrypted")
    if isinstance(error, MemoryError):
        return file_issue(path, f"fichier trop gros pour la mémoire disponible ({name})", "too-large")
    what = {"xlsx": "classeur .xlsx", "xls": "classeur .xls"}.get(kind, "fichier")
    return file_issue(
        path, f"{what} endommagé ou illisible, impossible de le lire ({name})", "corrupt"
    )


def number_text(value: float) -> str:
    """1.0 -> '1', 2.50 -> '2.5', 1e-05 -> '0.00001' (no exponent, as the author typed it)."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def _datetime_text(value: dt.datetime) -> str:
    if value.time() == dt.time(0, 0):
        return value.date().isoformat()
    return value.isoformat(timespec="seconds")


def _duration_text(value: dt.timedelta) -> str:
    seconds = int(round(value.total_seconds()))
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def cell_text(value: object) -> str | None:
    """Text of an openpyxl cell value; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean_text(value) or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return _datetime_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.timedelta):
        return _duration_text(value)
    return clean_text(str(value)) or None


def _too_wide_issue(sheet: str, row: int) -> Issue:
    return Issue(
        f"valeurs au-delà de la colonne {column_letter_of(MAX_COLUMNS - 1)} ignorées "
        f"(au plus {MAX_COLUMNS} colonnes sont lues)",
        sheet=sheet,
        row=row,
        column=column_letter_of(MAX_COLUMNS),
        severity="warning",
        code="too-many-columns",
    )


def _read_xlsx(path: Path) -> tuple[Workbook | None, list[Issue]]:
    import openpyxl  # imported here: only .xlsx files pay for it

    with warnings.catch_warnings(), path.open("rb") as handle:
        warnings.simplefilter("ignore")  # openpyxl warns about every unsupported extension
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        try:
            names = list(book.sheetnames)
            plan, issues = plan_sheets(names)
            workbook = Workbook(source=path, all_sheet_names=names)
            for name, key in plan:
                worksheet = book[name]
                builder = SheetBuilder(name, max_rows_for(key))
                if hasattr(worksheet, "reset_dimensions"):
                    worksheet.reset_dimensions()  # declared sizes lie; stream what is there
                if hasattr(worksheet, "iter_rows"):  # a chart sheet has no cells
                    rows = worksheet.iter_rows(values_only=True)
                    _stream_rows(builder, rows, cell_text)
                workbook.sheets[key] = builder.sheet
                issues.extend(builder.issues)
        finally:
            book.close()
    return workbook, issues


def _stream_rows(builder: SheetBuilder, rows, convert) -> None:  # noqa: ANN001
    """Feeds `rows` (iterables of raw values, from row 1) to `builder` until it asks to stop."""
    warned_wide = False
    for number, row in enumerate(rows, start=1):
        if not row:
            continue  # a row absent from the file: blank, and free
        if len(row) > MAX_COLUMNS:
            if not warned_wide and any(v not in (None, "") for v in row[MAX_COLUMNS:]):
                warned_wide = True
                builder.issues.append(_too_wide_issue(builder.sheet.name, number))
            row = row[:MAX_COLUMNS]
        cells = [None if value is None else convert(value) for value in row]
        if not builder.add_row(number, cells):
            return


def _read_xls(path: Path, data: bytes) -> tuple[Workbook | None, list[Issue]]:
    import xlrd

    book = xlrd.open_workbook(
        file_contents=data, logfile=io.StringIO(), verbosity=0, on_demand=True, ragged_rows=True
    )
    try:
        names = list(book.sheet_names())
        plan, issues = plan_sheets(names)
        workbook = Workbook(source=path, all_sheet_names=names)
        for name, key in plan:
            sheet = book.sheet_by_name(name)
            builder = SheetBuilder(name, max_rows_for(key))
            converter = XlsCellConverter(book.datemode, name, issues)
            _stream_rows(builder, _xls_rows(sheet, converter), lambda text: text)
            workbook.sheets[key] = builder.sheet
            issues.extend(builder.issues)
    finally:
        book.release_resources()
    return workbook, issues


def _xls_rows(sheet, converter: XlsCellConverter):  # noqa: ANN001, ANN202
    """The rows of an xlrd sheet as lists of text (empty list for an empty row)."""
    for r in range(sheet.nrows):
        width = min(sheet.row_len(r), MAX_COLUMNS + 1)
        types = sheet.row_types(r, 0, width)
        values = sheet.row_values(r, 0, width)
        yield [
            converter.text(kind, value, r + 1, col)
            for col, (kind, value) in enumerate(zip(types, values, strict=True))
        ]


class XlsCellConverter:
    """Text of xlrd cells; an impossible date becomes its number, with a warning."""

    def __init__(self, datemode: int, sheet: str, issues: list[Issue]) -> None:
        self._datemode = datemode
        self._sheet = sheet
        self._issues = issues

    def text(self, kind: int, value: object, row: int, col: int) -> str | None:
        import xlrd

        if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return None
        if kind == xlrd.XL_CELL_TEXT:
            return clean_text(value) or None
        if kind == xlrd.XL_CELL_BOOLEAN:
            return "TRUE" if value else "FALSE"
        if kind == xlrd.XL_CELL_NUMBER:
            return number_text(float(value))
        if kind == xlrd.XL_CELL_ERROR:
            return xlrd.error_text_from_code.get(value, "#ERREUR")
        if kind == xlrd.XL_CELL_DATE:
            return self._date(float(value), row, col)
        return clean_text(str(value)) or None

    def _date(self, value: float, row: int, col: int) -> str:
        from xlrd.xldate import XLDateError, xldate_as_tuple

        try:
            parts = xldate_as_tuple(value, self._datemode)
        except XLDateError as error:
            self._issues.append(
                Issue(
                    f"date que le format .xls ne permet pas de lire ({type(error).__name__}) : "
                    "la valeur brute est gardée ; saisissez la date comme texte, ex. 2026-11-25",
                    sheet=self._sheet,
                    row=row,
                    column=column_letter_of(col),
                    severity="warning",
                    code="ambiguous-date",
                )
            )
            return number_text(value)
        if parts[:3] == (0, 0, 0):
            return dt.time(*parts[3:]).isoformat(timespec="seconds")
        return _datetime_text(dt.datetime(*parts))
