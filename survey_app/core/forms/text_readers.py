"""Reads pyxform's text formats of an XLSForm, Markdown tables (.md) and CSV (.csv).

Both formats spend their first column on sheet names: a row whose first cell is filled starts
a new sheet (its other cells, if any, are that sheet's header row, as in pyxform); the rows
below, first cell empty, hold the header row then the data rows of that sheet. Row numbers are
the line numbers of the file (for a CSV record spanning lines, the line where it starts); csv
columns are lettered as a spreadsheet shows them (column A being the sheet-name column), md
columns are named by their header. Markdown: lines starting with '#' are comments, a '#' text
after the last '|' is a comment, '\\|' is a literal pipe, separator rows ('|---|') and lines
that are not table rows are skipped. CSV: UTF-8 with or without BOM, UTF-16 with BOM, else
Windows-1252 (ISO-8859-1 as last resort) with a warning; the delimiter is ',' unless ';' or a
tab clearly dominates the start of the file (French Excel writes ';'). A sheet declared twice is
an error (the second block is ignored). A CSV whose first column names no XLSForm sheet is
refused, since it is then not an XLSForm (e.g. a choice list for `select_one_from_file`); a
Markdown file with one single table of another name has it read as 'survey', as pyxform does.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from survey_app.core.forms.file_guards import file_issue
from survey_app.core.forms.workbook import (
    XLSFORM_SHEETS,
    SheetBuilder,
    Workbook,
    clean_text,
    max_rows_for,
    select_sheets,
    sheet_key,
)
from survey_app.core.issues import Issue

DELIMITER_SAMPLE_CHARS = 5000

_MD_COMMENT = re.compile(r"^\s*#")
_MD_INLINE_COMMENT = re.compile(r"^(.*)(#[^|]+)$")
_MD_ROW = re.compile(r"\s*\|(.*)\|")
_MD_PIPE = re.compile(r"(?<!\\)\|")
_MD_SEPARATOR_CELL = re.compile(r"^\s*:?-+:?\s*$")


def decode_text(path: Path, data: bytes) -> tuple[str | None, list[Issue]]:
    """The file's text, or None with an error when it is binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, [
            file_issue(
                path,
                "ce n'est pas un fichier texte (contenu binaire) : "
                f"un fichier {path.suffix.lower()} doit être du texte",
                "not-a-workbook",
            )
        ]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    for encoding, shown in (("cp1252", "Windows-1252"), ("latin-1", "ISO-8859-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [
            file_issue(
                path,
                f"le fichier n'est pas encodé en UTF-8 : il est lu en {shown} ; "
                "vérifiez les accents, ou enregistrez-le en « CSV UTF-8 »",
                "encoding-fallback",
                severity="warning",
            )
        ]
    return None, []  # unreachable: latin-1 decodes any byte string


class _SheetCollector:
    """Gathers the sheets of a text file, one row (first cell, other cells) at a time."""

    def __init__(self, path: Path, letters: bool) -> None:
        self.path = path
        self.issues: list[Issue] = []
        self.builders: list[SheetBuilder] = []
        self.too_many_rows = False
        self._letters = letters
        self._keys: set[str] = set()
        self._current: SheetBuilder | None = None
        self._stopped = False  # the current sheet asked to stop, or is a duplicate block
        self._orphan_warned = False

    def feed(self, line: int, first: str, cells: list[str | None]) -> bool:
        """Returns False when reading must stop (a sheet exceeded its row limit)."""
        if first:
            self._start_sheet(line, first)
        if not any(cells):
            if self._current is not None and not self._stopped and not first:
                self._stopped = not self._current.add_row(line, cells)
            return True
        if self._current is None:
            if not self._stopped and not self._orphan_warned:
                self._orphan_warned = True
                self.issues.append(self._orphan_issue(line))
            return True
        if self._stopped:
            return True
        if not self._current.add_row(line, cells):
            self._stopped = True
            if self._current.too_many_rows:
                self.too_many_rows = True
                return False
        return True

    def _start_sheet(self, line: int, name: str) -> None:
        key = sheet_key(name)
        if key in self._keys:
            self.issues.append(
                Issue(
                    f"la feuille '{name}' est déclarée une seconde fois (ligne {line}) : "
                    "ce second bloc est ignoré ; regroupez ses lignes sous la première déclaration",
                    sheet=name,
                    row=line,
                    code="duplicate-sheet",
                )
            )
            self._current, self._stopped = None, True
            return
        self._keys.add(key)
        offset = 1 if self._letters else 0
        self._current = SheetBuilder(
            name, max_rows_for(key), column_offset=offset, letters=self._letters
        )
        self._stopped = False
        self.builders.append(self._current)

    def _orphan_issue(self, line: int) -> Issue:
        return Issue(
            "ligne ignorée : elle précède tout nom de feuille (la première colonne doit "
            "porter le nom de la feuille, par exemple survey)",
            row=line,
            severity="warning",
            code="row-without-sheet",
        )

    def finish(self, kind: str, single_sheet_fallback: bool) -> tuple[Workbook | None, list[Issue]]:
        """The workbook; `single_sheet_fallback`: one sheet of any name is read as 'survey'."""
        if self.too_many_rows:
            return None, self.issues + [i for b in self.builders for i in b.issues]
        names = [b.sheet.name for b in self.builders]
        known = any(sheet_key(n) in XLSFORM_SHEETS for n in names)
        if not known and not (single_sheet_fallback and len(names) == 1):
            return None, [*self.issues, self._not_xlsform_issue(kind, names)]
        sheets, issues = select_sheets(self.builders)
        workbook = Workbook(source=self.path, sheets=sheets, all_sheet_names=names)
        return workbook, self.issues + issues

    def _not_xlsform_issue(self, kind: str, names: list[str]) -> Issue:
        found = ""
        if names:
            shown = ", ".join(f"'{n}'" for n in names[:3]) + (", …" if len(names) > 3 else "")
            found = f" (trouvé en première colonne : {shown})"
        return file_issue(
            self.path,
            f"ce fichier {kind} n'a pas la forme d'un questionnaire XLSForm : la première "
            "colonne doit porter les noms de feuilles (survey, choices, settings), les "
            f"colonnes suivantes les en-têtes puis les valeurs{found}",
            "not-xlsform",
        )


def _choose_delimiter(text: str) -> str:
    sample = text[:DELIMITER_SAMPLE_CHARS]
    commas = sample.count(",")
    best, best_count = ",", commas
    for candidate in (";", "\t"):
        count = sample.count(candidate)
        if count > best_count:
            best, best_count = candidate, count
    return best


def read_csv(path: Path, data: bytes) -> tuple[Workbook | None, list[Issue]]:
    """Reads pyxform's CSV format: column A names the sheet, the next columns hold its table."""
    text, issues = decode_text(path, data)
    if text is None:
        return None, issues
    collector = _SheetCollector(path, letters=True)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_choose_delimiter(text))
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not record:
                continue
            cells = [clean_text(cell) or None for cell in record[1:]]
            if not collector.feed(start, clean_text(record[0]), cells):
                break
    except csv.Error as error:
        return None, [
            *issues,
            file_issue(path, f"fichier CSV mal formé vers la ligne {line} ({error})", "corrupt"),
        ]
    workbook, found = collector.finish("CSV", single_sheet_fallback=False)
    return workbook, issues + found


def _markdown_cells(line: str) -> list[str] | None:
    """The cells of a Markdown table row (first one included), or None for any other line."""
    if _MD_COMMENT.match(line):
        return None
    comment = _MD_INLINE_COMMENT.match(line)
    if comment:
        line = comment.group(1)
    row = _MD_ROW.match(line)
    if row is None:
        return None
    cells = [cell.replace("\\|", "|") for cell in _MD_PIPE.split(row.group(1))]
    if any(c.strip() for c in cells) and all(
        _MD_SEPARATOR_CELL.match(c) or not c.strip() for c in cells
    ):
        return None  # |---|---| separator
    return cells


def read_markdown(path: Path, data: bytes) -> tuple[Workbook | None, list[Issue]]:
    """Reads pyxform's Markdown format: `| survey |` rows name sheets, `| | a | b |` rows fill them."""
    text, issues = decode_text(path, data)
    if text is None:
        return None, issues
    collector = _SheetCollector(path, letters=False)
    for number, line in enumerate(text.split("\n"), start=1):
        cells = _markdown_cells(line.rstrip("\r"))
        if cells is None:
            continue
        values = [clean_text(cell) or None for cell in cells[1:]]
        if not collector.feed(number, clean_text(cells[0]), values):
            break
    workbook, found = collector.finish("Markdown", single_sheet_fallback=True)
    return workbook, issues + found
