"""Tests of the questionnaire readers: every format, value normalisation, and hostile files.

Fixture workbooks are generated in `tmp_path` (openpyxl for .xlsx, a few raw zip parts where a
malformed or very large file is needed); the pyxform corpus in /work/shared is read whole.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from survey_app.core.forms import file_guards, workbook as workbook_module
from survey_app.core.forms.readers import XlsCellConverter, number_text, read_workbook
from survey_app.core.forms.workbook import Workbook
from survey_app.core.issues import Issue

CORPUS = Path("/work/shared/external-forms/pyxform-examples")
CORPUS_FILES = sorted(
    p for p in CORPUS.rglob("*") if p.suffix in (".xls", ".xlsx", ".csv", ".md")
) if CORPUS.is_dir() else []
EXAMPLES = CORPUS / "example_xls"
FRENCH_HINTS = ("classeur", "fichier", "feuille", "ligne", "colonne", "en-tête", "extension")


# --- helpers -----------------------------------------------------------------------------------


def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def raw_xlsx(path: Path, sheet_xml: str, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal xlsx written part by part: one sheet 'survey' whose XML is given."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="survey" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def sheet_xml(rows: list[list[str]], dimension: str = "A1") -> str:
    def cell(text: str) -> str:
        return f'<c t="inlineStr"><is><t>{text}</t></is></c>'

    body = "".join(f'<row r="{i}">{"".join(cell(t) for t in row)}</row>'
                   for i, row in enumerate(rows, start=1))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{body}</sheetData></worksheet>'
    )


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def codes(issues: list[Issue]) -> set[str]:
    return {i.code for i in issues}


def assert_refused(path: Path, code: str, *words: str) -> Issue:
    """The file is refused: no workbook, one error with `code`, naming the file, in French."""
    workbook, issues = read_workbook(path)
    assert workbook is None
    matching = [i for i in errors(issues) if i.code == code]
    assert matching, [i.format() for i in issues]
    message = matching[0].format()
    assert path.name in message or str(path) in message
    for word in words:
        assert word in message, message
    return matching[0]


def values(workbook: Workbook, sheet: str = "survey") -> list[dict[str, str]]:
    found = workbook.sheet(sheet)
    assert found is not None
    return [row.values for row in found.rows]


# --- the pyxform corpus ------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_file_reads_or_reports(path: Path) -> None:
    workbook, issues = read_workbook(path)
    assert all(isinstance(i, Issue) for i in issues)
    if workbook is None:
        assert errors(issues)
    else:
        assert workbook.sheet("survey") is not None, [i.format() for i in issues]


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
def test_corpus_files_that_are_refused_are_only_the_expected_ones() -> None:
    refused = {p.name for p in CORPUS_FILES if read_workbook(p)[0] is None}
    assert refused == {"fruits.csv"}  # an itemset for select_one_from_file, not an XLSForm


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
def test_corpus_duplicate_columns_is_a_duplicate_header_error() -> None:
    workbook, issues = read_workbook(CORPUS / "bug_example_xls" / "duplicate_columns.xlsx")
    duplicates = [i for i in issues if i.code == "duplicate-header"]
    assert len(duplicates) == 1
    assert duplicates[0].format() == (
        "feuille 'survey', ligne 1, colonne E : en-tête de colonne en double : label"
    )
    assert workbook is not None and workbook.sheet("survey").headers.count("label") == 1


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
@pytest.mark.parametrize("stem", ["group", "loop", "case_insensitivity", "yes_or_no_question"])
def test_corpus_formats_agree(stem: str) -> None:
    """The same form as .xls, .xlsx, .csv and .md gives the same sheets and the same values."""
    readings = {}
    for suffix in (".xls", ".xlsx", ".csv", ".md"):
        path = EXAMPLES / f"{stem}{suffix}"
        if path.exists():
            workbook, issues = read_workbook(path)
            assert workbook is not None and not errors(issues), suffix
            readings[suffix] = {
                key: [row.values for row in sheet.rows] for key, sheet in workbook.sheets.items()
            }
    assert len(readings) >= 3
    first = next(iter(readings.values()))
    for suffix, reading in readings.items():
        assert reading == first, suffix


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
def test_corpus_xls_values_are_normalised() -> None:
    settings = read_workbook(CORPUS / "bug_example_xls" / "blank_second_row.xls")[0]
    assert values(settings, "settings") == [{"form_title": "Title", "form_id": "ID", "version": "1"}]
    survey = read_workbook(CORPUS / "bug_example_xls" / "blank_second_row.xls")[0].sheet("survey")
    assert survey.header_row == 1 and [r.row for r in survey.rows] == [3]
    time_default = read_workbook(EXAMPLES / "default_time_demo.xls")[0]
    assert values(time_default)[0]["default"] == "09:30:00"
    note = read_workbook(EXAMPLES / "repeat_date_test.xls")[0]
    assert values(note)[0]["label"] == "2012-12-12"
    sms = read_workbook(EXAMPLES / "sms_info.xls")[0]
    assert values(sms, "settings")[0]["sms_allow_media"] == "TRUE"
    spaces = read_workbook(CORPUS / "bug_example_xls" / "spaces_in_choices_header.xls")
    assert values(spaces[0], "settings") == [
        {"submission_url": "https://odk.ona.io/random_person/submission"}
    ]
    unnamed = [i for i in spaces[1] if i.code == "unnamed-column"]
    assert [(i.sheet, i.row, i.column, i.severity) for i in unnamed] == [
        ("choices", 3, "F", "warning")
    ]


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
def test_corpus_single_unnamed_sheet_is_read_as_survey() -> None:
    workbook, issues = read_workbook(EXAMPLES / "survey_no_name.xlsx")
    assert workbook is not None and workbook.sheet("survey").name == "Sheet1"
    assert codes(issues) == {"sheet-as-survey"} and not errors(issues)


# --- value normalisation -----------------------------------------------------------------------


def test_xlsx_values_become_text_as_authors_expect(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "v.xlsx", {"survey": [
        ["type", "name", "label::Français (fr)", "default", "when", "at", "flag"],
        ["integer", "  age  ", "Âge\nen années ", 1.0, dt.date(2026, 11, 25), dt.time(10, 30), True],
        ["decimal", "x", "a\u00a0b", 2.5, dt.datetime(2026, 11, 25, 10, 30), None, False],
        ["decimal", "y", "   ", 1e-05, dt.datetime(2026, 11, 25), None, 3],
    ]})
    workbook, issues = read_workbook(path)
    assert not issues
    sheet = workbook.sheet("survey")
    assert sheet.headers[2] == "label::Français (fr)"
    assert values(workbook) == [
        {"type": "integer", "name": "age", "label::Français (fr)": "Âge\nen années",
         "default": "1", "when": "2026-11-25", "at": "10:30:00", "flag": "TRUE"},
        {"type": "decimal", "name": "x", "label::Français (fr)": "a b", "default": "2.5",
         "when": "2026-11-25T10:30:00", "flag": "FALSE"},
        {"type": "decimal", "name": "y", "default": "0.00001", "when": "2026-11-25",
         "flag": "3"},
    ]


def test_number_text() -> None:
    assert number_text(1.0) == "1"
    assert number_text(-3.0) == "-3"
    assert number_text(0.1) == "0.1"
    assert number_text(18.31) == "18.31"
    assert number_text(1e-05) == "0.00001"
    assert number_text(1e20) == "100000000000000000000"


def test_xls_cells_including_dates_and_impossible_dates() -> None:
    import xlrd

    issues: list[Issue] = []
    cells = XlsCellConverter(0, "survey", issues)
    assert cells.text(xlrd.XL_CELL_NUMBER, 1.0, 2, 0) == "1"
    assert cells.text(xlrd.XL_CELL_NUMBER, 2.25, 2, 0) == "2.25"
    assert cells.text(xlrd.XL_CELL_TEXT, "  a\r\nb  ", 2, 0) == "a\nb"
    assert cells.text(xlrd.XL_CELL_BOOLEAN, 1, 2, 0) == "TRUE"
    assert cells.text(xlrd.XL_CELL_EMPTY, "", 2, 0) is None
    assert cells.text(xlrd.XL_CELL_ERROR, 0x07, 2, 0) == "#DIV/0!"
    assert cells.text(xlrd.XL_CELL_DATE, 46351.0, 2, 0) == "2026-11-25"
    assert cells.text(xlrd.XL_CELL_DATE, 46351.4375, 2, 0) == "2026-11-25T10:30:00"
    assert cells.text(xlrd.XL_CELL_DATE, 0.4375, 2, 0) == "10:30:00"
    assert not issues
    assert cells.text(xlrd.XL_CELL_DATE, 30.0, 7, 3) == "30"  # before 1900-03-01: ambiguous
    assert [(i.code, i.sheet, i.row, i.column, i.severity) for i in issues] == [
        ("ambiguous-date", "survey", 7, "D", "warning")
    ]


# --- headers, rows and sheets ------------------------------------------------------------------


def test_header_row_is_first_non_empty_row_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "h.xlsx", {"survey": [
        [], [None, None], ["  type ", "list   name", "name"], [], ["text", None, "a"], [None, None],
        ["note", None, "b"],
    ]})
    workbook, issues = read_workbook(path)
    sheet = workbook.sheet("survey")
    assert not issues
    assert (sheet.header_row, sheet.headers) == (3, ["type", "list name", "name"])
    assert [(r.row, r.values) for r in sheet.rows] == [
        (5, {"type": "text", "name": "a"}), (7, {"type": "note", "name": "b"})
    ]
    assert sheet.column_letter("name") == "C"


def test_duplicate_headers_even_in_other_case_are_errors(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "d.xlsx", {"Survey": [
        ["type", "name", "label", "Label", "hint", "label"], ["text", "a", "A", "B", "h", "C"],
    ]})
    workbook, issues = read_workbook(path)
    assert workbook is not None
    assert [i.format() for i in issues] == [
        "feuille 'Survey', ligne 1, colonne D : en-tête de colonne en double : Label",
        "feuille 'Survey', ligne 1, colonne F : en-tête de colonne en double : label",
    ]
    assert values(workbook) == [{"type": "text", "name": "a", "label": "A", "hint": "h"}]


def test_data_under_empty_header_is_ignored_with_one_warning(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "e.xlsx", {"survey": [
        ["type", None, "name"], ["text", "oops", "a"], ["text", "again", "b"],
        ["text", None, "c", "far"],
    ]})
    workbook, issues = read_workbook(path)
    assert [(i.code, i.row, i.column, i.severity) for i in issues] == [
        ("unnamed-column", 2, "B", "warning"), ("unnamed-column", 4, "D", "warning")
    ]
    assert "colonne sans en-tête" in issues[0].format()
    assert values(workbook)[0] == {"type": "text", "name": "a"}


def test_sheet_names_are_case_insensitive_and_other_sheets_ignored(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "s.xlsx", {
        "Survey": [["type", "name"], ["text", "a"]],
        " CHOICES ": [["list_name", "name"], ["l", "x"]],
        "notes": [["a", "a"]],  # duplicate headers outside the form are none of our concern
    })
    workbook, issues = read_workbook(path)
    assert not issues
    assert set(workbook.sheets) == {"survey", "choices"}
    assert workbook.sheet("SURVEY").name == "Survey"
    assert workbook.sheet("choices").name == " CHOICES "
    assert workbook.all_sheet_names == ["Survey", " CHOICES ", "notes"]


def test_sheets_colliding_once_lower_cased_are_an_error(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "c.xlsx", {
        "survey": [["type", "name"], ["text", "a"]], "SURVEY ": [["type"], ["note"]],
    })  # Excel itself refuses 'survey' and 'SURVEY'; a trailing space slips through
    workbook, issues = read_workbook(path)
    assert workbook is not None and workbook.sheet("survey").name == "survey"
    assert [(i.code, i.sheet) for i in errors(issues)] == [("duplicate-sheet", "SURVEY ")]
    assert "'survey' et 'SURVEY '" in issues[0].message


def test_missing_survey_sheet_still_returns_the_workbook(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "m.xlsx", {"choices": [["list_name"], ["x"]], "Feuil2": []})
    workbook, issues = read_workbook(path)
    assert workbook is not None and workbook.sheet("survey") is None and not issues


def test_far_away_cells_are_read_and_wide_rows_warned(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(["type", "name"])
    sheet.append(["text", "a"])
    sheet.cell(row=1_000_000, column=1, value="note")
    sheet.cell(row=2, column=600, value="trop loin")
    book.save(tmp_path / "far.xlsx")
    workbook, issues = read_workbook(tmp_path / "far.xlsx")
    assert [r.row for r in workbook.sheet("survey").rows] == [2, 1_000_000]
    assert [(i.code, i.row, i.severity) for i in issues] == [("too-many-columns", 2, "warning")]


# --- Markdown and CSV --------------------------------------------------------------------------


MARKDOWN = """\
# Questionnaire de test
Du texte libre hors tableau est ignoré.

| survey |
|        | type    | name | label::Français (fr) |
|--------|---------|------|---------------------|
|        | integer | age  | Âge \\| en années     |
# | | text | commented | out |
|        | text    | nom  | Votre nom           | # commentaire
|        |         |      |                     |
| Choices | list_name | name |
|        | oui_non | oui  |
| settings | form_id |
|          | enquete |
"""


def test_markdown_sheets_comments_and_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "form.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    workbook, issues = read_workbook(path)
    assert not issues
    survey = workbook.sheet("survey")
    assert survey.header_row == 5
    assert [(r.row, r.values) for r in survey.rows] == [
        (7, {"type": "integer", "name": "age", "label::Français (fr)": "Âge | en années"}),
        (9, {"type": "text", "name": "nom", "label::Français (fr)": "Votre nom"}),
    ]
    assert survey.column_letter("name") == "name"
    choices = workbook.sheet("choices")
    assert (choices.name, choices.header_row, choices.headers) == ("Choices", 11, ["list_name", "name"])
    assert values(workbook, "choices") == [{"list_name": "oui_non", "name": "oui"}]
    assert values(workbook, "settings") == [{"form_id": "enquete"}]


def test_markdown_duplicate_header_names_the_header_as_column(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("| survey |\n| | type | label | label |\n| | note | a | b |\n", encoding="utf-8")
    _, issues = read_workbook(path)
    assert [i.format() for i in issues] == [
        "feuille 'survey', ligne 2, colonne label : en-tête de colonne en double : label"
    ]


def test_sheet_declared_twice_in_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "twice.md"
    path.write_text(
        "| survey |\n| | type | name |\n| | text | a |\n| SURVEY |\n| | type | name |\n| | note | b |\n",
        encoding="utf-8",
    )
    workbook, issues = read_workbook(path)
    assert values(workbook) == [{"type": "text", "name": "a"}]
    assert [(i.code, i.row) for i in errors(issues)] == [("duplicate-sheet", 4)]


def test_markdown_without_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "prose.md"
    path.write_text("# Titre\n\nAucun tableau ici.\n", encoding="utf-8")
    assert_refused(path, "not-xlsform", "XLSForm")


CSV_TEXT = (
    '"survey",,,\n'
    ',"type","name","label"\n'
    ',"text","a","Ligne un\nligne deux"\n'
    ',,,\n'
    ',"integer","b","Âge"\n'
    'CHOICES,,,\n'
    ',list_name,name,label\n'
    ',oui_non,oui,Oui\n'
)


def test_csv_sheets_multiline_cells_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_bytes(b"\xef\xbb\xbf" + CSV_TEXT.encode("utf-8"))
    workbook, issues = read_workbook(path)
    assert not issues
    survey = workbook.sheet("survey")
    assert survey.header_row == 2
    assert [(r.row, r.values) for r in survey.rows] == [
        (3, {"type": "text", "name": "a", "label": "Ligne un\nligne deux"}),
        (6, {"type": "integer", "name": "b", "label": "Âge"}),
    ]
    assert (survey.column_letter("type"), survey.column_letter("label")) == ("B", "D")
    assert workbook.sheet("choices").name == "CHOICES"
    assert values(workbook, "choices") == [{"list_name": "oui_non", "name": "oui", "label": "Oui"}]


def test_csv_in_windows_1252_with_semicolons_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "excel-fr.csv"
    text = "survey;;;\n;type;name;label\n;text;nom;Prénom, nom ; « âge »\n"
    path.write_bytes(text.replace(" ; ", " ").encode("cp1252"))
    workbook, issues = read_workbook(path)
    assert values(workbook) == [{"type": "text", "name": "nom", "label": "Prénom, nom « âge »"}]
    assert [(i.code, i.severity) for i in issues] == [("encoding-fallback", "warning")]
    assert "UTF-8" in issues[0].message and "excel-fr.csv" in issues[0].message


def test_csv_in_utf16_is_read(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("survey\t\t\n\ttype\tname\n\tnote\tété\n".encode("utf-16"))
    workbook, issues = read_workbook(path)
    assert values(workbook) == [{"type": "note", "name": "été"}] and not issues


def test_csv_rows_before_any_sheet_name_are_warned(tmp_path: Path) -> None:
    path = tmp_path / "orphan.csv"
    path.write_text(",type,name\nsurvey,,\n,type,name\n,text,a\n", encoding="utf-8")
    workbook, issues = read_workbook(path)
    assert values(workbook) == [{"type": "text", "name": "a"}]
    assert [(i.code, i.row, i.severity) for i in issues] == [("row-without-sheet", 1, "warning")]


def test_csv_that_is_not_an_xlsform_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("name,label\nparis,Paris\nlyon,Lyon\n", encoding="utf-8")
    assert_refused(path, "not-xlsform", "première colonne", "'name'")


# --- hostile files -----------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert_refused(tmp_path / "absent.xlsx", "file-not-found", "introuvable")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.xlsx"
    folder.mkdir()
    assert_refused(folder, "not-a-file", "dossier")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "secret.xlsx", {"survey": [["type"]]})
    path.chmod(0)
    try:
        assert_refused(path, "unreadable", "droits")
    finally:
        path.chmod(0o600)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_xlsx(tmp_path / "secret.xlsx", {"survey": [["type"]]})

    def deny(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert_refused(path, "unreadable", "droits insuffisants")


@pytest.mark.parametrize("name", ["vide.xlsx", "vide.xls", "vide.csv", "vide.md"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    assert_refused(tmp_path / name, "empty-file", "vide")


@pytest.mark.parametrize("name", ["form.ods", "form.txt", "form.json", "form"])
def test_unknown_extension_lists_the_accepted_ones(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("survey", encoding="utf-8")
    issue = assert_refused(tmp_path / name, "unsupported-extension")
    assert all(s in issue.message for s in (".xlsx", ".xlsm", ".xls", ".csv", ".md"))


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("texte.xlsx", b"type,name\ntext,a\n", ("pas un classeur", "texte")),
        ("image.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ("PNG",)),
        ("image.xls", b"\xff\xd8\xff\xe0" + bytes(200), ("JPEG",)),
        ("page.xls", b"<html><body><table><tr><td>x</td></tr></table></body></html>", ("HTML",)),
        ("doc.xlsm", b"%PDF-1.7\n" + bytes(100), ("PDF",)),
    ],
)
def test_not_a_workbook(tmp_path: Path, name: str, content: bytes, words: tuple[str, ...]) -> None:
    (tmp_path / name).write_bytes(content)
    assert_refused(tmp_path / name, "not-a-workbook", *words)


@pytest.mark.parametrize("name", ["image.csv", "image.md"])
def test_binary_file_with_text_extension(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    assert_refused(tmp_path / name, "not-a-workbook", "texte")


def test_truncated_xlsx(tmp_path: Path) -> None:
    whole = make_xlsx(tmp_path / "whole.xlsx", {"survey": [["type", "name"], ["text", "a"]]})
    data = whole.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert_refused(tmp_path / "cut.xlsx", "corrupt", "endommagé", "(BadZipFile)")


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
def test_truncated_xls(tmp_path: Path) -> None:
    data = (EXAMPLES / "yes_or_no_question.xls").read_bytes()
    (tmp_path / "cut.xls").write_bytes(data[: len(data) // 2])
    issue = assert_refused(tmp_path / "cut.xls", "corrupt", "endommagé")
    assert issue.message.endswith(")")  # the exception class name, for diagnosis


def test_corrupt_xml_inside_xlsx(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "bad.xlsx", "<worksheet><sheetData><row><c>")
    issue = assert_refused(path, "corrupt", "endommagé")
    assert "(" in issue.message and "Traceback" not in issue.message


def test_encrypted_office_file_named_xlsx(tmp_path: Path) -> None:
    ole = file_guards.OLE_SIGNATURE + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500)
    (tmp_path / "protege.xlsx").write_bytes(ole)
    assert_refused(tmp_path / "protege.xlsx", "encrypted", "mot de passe", "sans mot de passe")


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
def test_encrypted_xls(tmp_path: Path) -> None:
    """A real .xls whose first record after BOF is turned into FILEPASS (encryption header)."""
    data = bytearray((EXAMPLES / "yes_or_no_question.xls").read_bytes())
    bof = data.find(b"\x09\x08\x10\x00\x00\x06\x05\x00")
    assert bof > 0
    data[bof + 20 : bof + 22] = b"\x2f\x00"
    (tmp_path / "protege.xls").write_bytes(bytes(data))
    assert_refused(tmp_path / "protege.xls", "encrypted", "mot de passe")


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = raw_xlsx(
        tmp_path / "bomb.xlsx",
        sheet_xml([["type"]]),
        extra={"xl/media/zeros.bin": bytes(file_guards.RATIO_CHECK_BYTES + 1024)},
    )
    assert_refused(path, "zip-bomb", "suspecte", "zeros.bin")


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", {"survey": [["type"], ["text"]]})
    monkeypatch.setattr(file_guards, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert_refused(path, "zip-bomb", "décompressée")


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", {"survey": [["type"], ["text"]]})
    monkeypatch.setattr(file_guards, "MAX_FILE_BYTES", 100)
    assert_refused(path, "too-large", "volumineux")


def test_doctype_in_xlsx_part_is_refused(tmp_path: Path) -> None:
    xml = sheet_xml([["type"]]).replace(
        "<worksheet", '<!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet', 1
    )
    assert_refused(raw_xlsx(tmp_path / "dtd.xlsx", xml), "zip-bomb", "DOCTYPE")


@pytest.mark.parametrize(
    ("member", "content", "words"),
    [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", (".ods",)),
        ("word/document.xml", b"<w:document/>", ("Word",)),
        ("autre.txt", b"rien", ("sans classeur",)),
    ],
)
def test_zip_that_is_not_an_excel_workbook(
    tmp_path: Path, member: str, content: bytes, words: tuple[str, ...]
) -> None:
    path = tmp_path / "faux.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, content)
    assert_refused(path, "not-a-workbook", *words)


def test_xlsx_content_with_xls_or_csv_extension_is_read_with_a_warning(tmp_path: Path) -> None:
    for name in ("renomme.xls", "renomme.csv"):
        path = make_xlsx(tmp_path / name, {"survey": [["type", "name"], ["text", "a"]]})
        workbook, issues = read_workbook(path)
        assert values(workbook) == [{"type": "text", "name": "a"}]
        assert [(i.code, i.severity) for i in issues] == [("format-mismatch", "warning")]
        assert "renommez-le en .xlsx" in issues[0].message


@pytest.mark.skipif(not CORPUS_FILES, reason="pyxform corpus not available")
def test_xls_content_with_xlsx_extension_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "renomme.xlsx"
    path.write_bytes((EXAMPLES / "yes_or_no_question.xls").read_bytes())
    workbook, issues = read_workbook(path)
    assert workbook is not None and workbook.sheet("survey") is not None
    assert codes(issues) == {"format-mismatch"}


def test_hundred_thousand_row_survey_is_refused_as_too_many_rows(tmp_path: Path) -> None:
    rows = [["type", "name", "label"]] + [["text", f"q{i}", f"Question {i}"] for i in range(100_000)]
    path = raw_xlsx(tmp_path / "enorme.xlsx", sheet_xml(rows, dimension="A1:C100001"))
    workbook, issues = read_workbook(path)
    assert workbook is None
    assert [(i.code, i.sheet) for i in errors(issues)] == [("too-many-rows", "survey")]
    assert "trop de lignes" in issues[0].message and "20 000" in issues[0].message


def test_row_limits_per_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_module, "MAX_SURVEY_ROWS", 5)
    monkeypatch.setattr(workbook_module, "MAX_SHEET_ROWS", 8)
    choices = [["list_name", "name"]] + [["l", f"c{i}"] for i in range(8)]
    survey = [["type", "name"]] + [["text", f"q{i}"] for i in range(5)]
    ok = make_xlsx(tmp_path / "ok.xlsx", {"survey": survey, "choices": choices})
    assert read_workbook(ok)[0] is not None
    for name, sheets in (
        ("s.xlsx", {"survey": survey + [["text", "q9"]]}),
        ("c.xlsx", {"survey": survey, "choices": choices + [["l", "c9"]]}),
    ):
        path = make_xlsx(tmp_path / name, sheets)
        assert read_workbook(path)[0] is None
        assert "too-many-rows" in codes(read_workbook(path)[1])
    text = tmp_path / "long.csv"
    text.write_text("survey,,\n,type,name\n" + ",text,q\n" * 6, encoding="utf-8")
    assert read_workbook(text)[0] is None


def test_unexpected_failure_becomes_an_issue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_xlsx(tmp_path / "ok.xlsx", {"survey": [["type"], ["text"]]})

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(openpyxl, "load_workbook", explode)
    issue = assert_refused(path, "corrupt", "(RuntimeError)")
    assert "boom" not in issue.message


@pytest.mark.parametrize(
    "content",
    [b"\x00" * 10, b"PK\x03\x04" + bytes(40), file_guards.OLE_SIGNATURE + bytes(40), b"\xff" * 99],
)
@pytest.mark.parametrize("suffix", [".xlsx", ".xlsm", ".xls", ".csv", ".md"])
def test_garbage_never_raises(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(content)
    workbook, issues = read_workbook(path)
    assert workbook is None and errors(issues)
    for issue in issues:
        assert "garbage" in issue.message
        assert any(hint in issue.message for hint in FRENCH_HINTS) or "protégé" in issue.message


@pytest.mark.parametrize("bad", [None, 42, "nul\x00.xlsx"])
def test_invalid_paths_never_raise(bad: object) -> None:
    workbook, issues = read_workbook(bad)  # type: ignore[arg-type]
    assert workbook is None and errors(issues)


def test_markdown_single_table_of_any_name_is_the_survey(tmp_path: Path) -> None:
    path = tmp_path / "seul.md"
    path.write_text("| Feuil1 |\n| | type | name |\n| | text | a |\n", encoding="utf-8")
    workbook, issues = read_workbook(path)
    assert values(workbook) == [{"type": "text", "name": "a"}]
    assert codes(issues) == {"sheet-as-survey"}


def test_text_sheets_outside_the_form_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("survey,,\n,type,name\n,text,a\nnotes,,\n,x,x\n,1,2\n", encoding="utf-8")
    workbook, issues = read_workbook(path)
    assert set(workbook.sheets) == {"survey"} and not issues
    assert workbook.all_sheet_names == ["survey", "notes"]
