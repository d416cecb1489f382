"""Neutral in-memory form of a questionnaire workbook, and its assembly from raw rows.

Every reader (xlsx, xls, csv, Markdown) turns its file into the same `Workbook`: sheets keyed by
their lower-cased, stripped name, each holding its header cells and its non-blank data rows as
`header -> text` dictionaries with the row numbers the author sees. The rules shared by all
formats live here. `SheetBuilder`: the header row is the first non-empty row; headers are
stripped with inner whitespace runs collapsed to one space (as pyxform does); a header repeated
in the same sheet (ignoring case) is an error and the repeat is ignored; data under an empty
header is ignored with a warning; blank rows are skipped. `plan_sheets` / `select_sheets`: only
the XLSForm sheets are kept (`XLSFORM_SHEETS`), two sheets equal once lower-cased are an error,
and a file holding one single sheet with another name has it read as 'survey' (pyxform does the
same). `clean_text`: surrounding whitespace stripped, inner newlines kept (CR/LF unified),
non-breaking spaces (U+00A0, U+202F) turned into plain spaces. Limits (module constants):
`MAX_SURVEY_ROWS` = 20 000 data rows in 'survey' and `MAX_SHEET_ROWS` = 100 000 in any other
sheet (a long choice list, e.g. every French commune, stays readable); past them reading stops
with an error « trop de lignes ». `MAX_BLANK_RUN` = 100 000 consecutive blank rows handed to a
builder end the sheet with a warning, so a sheet of a million formatted but empty rows cannot
make the reader crawl (the spreadsheet readers do not hand over rows absent from the file, so a
gap before a stray cell on row 1 000 000 costs nothing and the cell is still read).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from survey_app.core.issues import Issue

MAX_SURVEY_ROWS = 20_000
MAX_SHEET_ROWS = 100_000
MAX_BLANK_RUN = 100_000

# Sheets an XLSForm may contain (pyxform's SUPPORTED_SHEET_NAMES); other sheets are not read.
XLSFORM_SHEETS = ("survey", "choices", "settings", "external_choices", "entities", "osm")

_NON_BREAKING_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def clean_text(value: str) -> str:
    """Cell text as XLSForm users expect it: stripped, CR/LF unified, no non-breaking spaces."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.translate(_NON_BREAKING_SPACES).strip()


def clean_header(value: str) -> str:
    """Header text: like `clean_text`, with every inner whitespace run collapsed to one space."""
    return " ".join(clean_text(value).split())


def sheet_key(name: str) -> str:
    """Key of a sheet in `Workbook.sheets`: sheet names are case-insensitive."""
    return name.strip().lower()


def max_rows_for(key: str) -> int:
    return MAX_SURVEY_ROWS if key == "survey" else MAX_SHEET_ROWS


def thousands(number: int) -> str:
    """20000 -> '20 000', the French way."""
    return f"{number:,}".replace(",", " ")


def column_letter_of(index: int) -> str:
    """Spreadsheet letters of a 0-based column index: 0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    number = index + 1
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@dataclass
class SheetRow:
    """One data row: `row` is the 1-based row (xlsx/xls) or line (csv/md) the author sees."""

    row: int
    values: dict[str, str]


@dataclass
class Sheet:
    """One sheet: its name as written, its headers in column order and its non-blank data rows."""

    name: str
    headers: list[str] = field(default_factory=list)
    header_row: int = 0  # 0 when the sheet has no non-empty row at all
    rows: list[SheetRow] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict, repr=False)  # header -> column label

    def column_letter(self, header: str) -> str:
        """Where a header is, for messages: 'C' in xlsx/xls/csv, the header itself in Markdown."""
        return self.columns.get(header, header)


@dataclass
class Workbook:
    """A questionnaire file read into sheets keyed by lower-cased, stripped sheet name."""

    source: Path
    sheets: dict[str, Sheet] = field(default_factory=dict)
    all_sheet_names: list[str] = field(default_factory=list)  # every sheet in the file, as written

    def sheet(self, name: str) -> Sheet | None:
        return self.sheets.get(sheet_key(name))


class SheetBuilder:
    """Turns a stream of raw rows (already converted to text or None) into a `Sheet`.

    `add_row` returns False when the reader should stop: past `max_rows` data rows
    (`too_many_rows` is then True and `issues` holds the error) or after `MAX_BLANK_RUN` blank
    rows (a warning). `column_offset` shifts the letters given to columns (the csv format spends
    column A on sheet names); `letters=False` labels columns by their header (Markdown).
    """

    def __init__(
        self, name: str, max_rows: int, *, column_offset: int = 0, letters: bool = True
    ) -> None:
        self.sheet = Sheet(name=name)
        self.issues: list[Issue] = []
        self.too_many_rows = False
        self._max_rows = max_rows
        self._column_offset = column_offset
        self._letters = letters
        self._keys: list[str | None] = []  # header of each column position, None when ignored
        self._warned_columns: set[int] = set()
        self._blank_run = 0

    def _label(self, index: int, header: str | None) -> str:
        if self._letters or header is None:
            return column_letter_of(index + self._column_offset)
        return header

    def add_row(self, row_number: int, cells: Sequence[str | None]) -> bool:
        """Adds one row; `cells` hold cleaned text, with None or '' for empty cells."""
        if not any(cells):
            return self._blank(row_number)
        if not self.sheet.header_row:
            self._set_headers(row_number, cells)
            return True
        values: dict[str, str] = {}
        for index, value in enumerate(cells):
            if not value:
                continue
            key = self._keys[index] if index < len(self._keys) else None
            if key is not None:
                values[key] = value
            elif index not in self._warned_columns:
                self._warn_unnamed_column(row_number, index)
        if not values:
            return self._blank(row_number)
        self._blank_run = 0
        if len(self.sheet.rows) >= self._max_rows:
            self.too_many_rows = True
            self.issues.append(
                Issue(
                    f"trop de lignes : plus de {thousands(self._max_rows)} lignes de données "
                    "dans cette feuille ; un questionnaire de cette taille n'est pas pris en charge",
                    sheet=self.sheet.name,
                    row=row_number,
                    code="too-many-rows",
                )
            )
            return False
        self.sheet.rows.append(SheetRow(row=row_number, values=values))
        return True

    def _blank(self, row_number: int) -> bool:
        self._blank_run += 1
        if self._blank_run < MAX_BLANK_RUN:
            return True
        self.issues.append(
            Issue(
                f"plus de {thousands(MAX_BLANK_RUN)} lignes vides d'affilée : "
                "la suite de la feuille est ignorée",
                sheet=self.sheet.name,
                row=row_number,
                severity="warning",
                code="blank-run",
            )
        )
        return False

    def _set_headers(self, row_number: int, cells: Sequence[str | None]) -> None:
        sheet = self.sheet
        sheet.header_row = row_number
        seen: set[str] = set()
        for index, raw in enumerate(cells):
            header = clean_header(raw) if raw else ""
            if not header:
                self._keys.append(None)
                continue
            if header.lower() in seen:
                self._keys.append(None)
                self._warned_columns.add(index)  # already reported as an error
                self.issues.append(
                    Issue(
                        f"en-tête de colonne en double : {header}",
                        sheet=sheet.name,
                        row=row_number,
                        column=self._label(index, header),
                        code="duplicate-header",
                    )
                )
                continue
            seen.add(header.lower())
            self._keys.append(header)
            sheet.headers.append(header)
            sheet.columns[header] = self._label(index, header)

    def _warn_unnamed_column(self, row_number: int, index: int) -> None:
        self._warned_columns.add(index)
        self.issues.append(
            Issue(
                "colonne sans en-tête : ses valeurs sont ignorées "
                "(donnez un nom à la colonne sur la ligne d'en-tête ou videz-la)",
                sheet=self.sheet.name,
                row=row_number,
                column=self._label(index, None),
                severity="warning",
                code="unnamed-column",
            )
        )


def _duplicate_sheet_issue(first: str, second: str) -> Issue:
    return Issue(
        f"deux feuilles portent le même nom à la casse près : '{first}' et '{second}' ; "
        f"seule la première est lue",
        sheet=second,
        code="duplicate-sheet",
    )


def _fallback_issue(name: str) -> Issue:
    return Issue(
        f"la seule feuille du fichier, '{name}', est lue comme la feuille 'survey'",
        sheet=name,
        severity="warning",
        code="sheet-as-survey",
    )


def plan_sheets(names: Sequence[str]) -> tuple[list[tuple[str, str]], list[Issue]]:
    """Which sheets of a spreadsheet to read, as (name as written, key) pairs, in file order."""
    issues: list[Issue] = []
    if len(names) == 1 and sheet_key(names[0]) not in XLSFORM_SHEETS:
        return [(names[0], "survey")], [_fallback_issue(names[0])]
    taken: dict[str, str] = {}
    plan: list[tuple[str, str]] = []
    for name in names:
        key = sheet_key(name)
        if key not in XLSFORM_SHEETS:
            continue
        if key in taken:
            issues.append(_duplicate_sheet_issue(taken[key], name))
            continue
        taken[key] = name
        plan.append((name, key))
    return plan, issues


def select_sheets(builders: Sequence[SheetBuilder]) -> tuple[dict[str, Sheet], list[Issue]]:
    """Keeps the XLSForm sheets of a text file whose sheets were all built while reading it.

    Issues of sheets that are not kept are dropped: a note sheet is none of the author's worry.
    """
    if len(builders) == 1 and sheet_key(builders[0].sheet.name) not in XLSFORM_SHEETS:
        only = builders[0]
        return {"survey": only.sheet}, [_fallback_issue(only.sheet.name), *only.issues]
    plan, issues = plan_sheets([b.sheet.name for b in builders])
    kept = {name for name, _ in plan}
    sheets: dict[str, Sheet] = {}
    for builder in builders:
        name = builder.sheet.name
        if name in kept and sheet_key(name) not in sheets:
            sheets[sheet_key(name)] = builder.sheet
            issues.extend(builder.issues)
    return sheets, issues
