"""The fast row writer gives the same workbook as openpyxl's own write-only path, hostile text included."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from survey_app.core.export.row_xml import row_xml, use_fast_rows

HOSTILE = [
    "=HYPERLINK(\"http://x\")", "<script>alert('x')</script>", "Tom & Jerry", "  espaces autour  ",
    "ligne 1\nligne 2", "retour\r\nchariot", "tab\tulation", "]]> fin de CDATA", "€ é à ç œ « »",
    "x" * 32_767, "&amp; déjà échappé", "\"guillemets\" 'simples'",
]  # fmt: skip


def _rows(ws) -> list[list]:
    rows: list[list] = []
    bold = WriteOnlyCell(ws, "En-tête")
    bold.font = Font(bold=True)
    rows.append([bold, "texte", None, 7])
    for i, text in enumerate(HOSTILE):
        quoted = WriteOnlyCell(ws, "=1+1")
        quoted.data_type, quoted.quotePrefix = "s", True
        dated = WriteOnlyCell(ws, 45_000.5)
        dated.number_format = "DD/MM/YYYY HH:MM"
        rows.append([text, i, 0.1 + 0.2, -1234567.891, True, False, None, "", quoted, dated, 10**15 + 7, 1e-7])
    return rows


def _write(path, fast: bool) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Feuille")
    ws.freeze_panes = "A2"
    if fast:
        assert use_fast_rows(ws)
    for row in _rows(ws):
        ws.append(row)
    wb.save(path)


def _read(path) -> list[list[tuple]]:
    ws = load_workbook(path)["Feuille"]
    return [[(c.value if c.value != "" else None, c.number_format, c.font.b, c.quotePrefix)
             for c in row] for row in ws.iter_rows()]  # fmt: skip


def test_same_cells_as_openpyxl_write_only(tmp_path):
    fast, plain = tmp_path / "fast.xlsx", tmp_path / "plain.xlsx"
    _write(fast, True)
    _write(plain, False)
    assert _read(fast) == _read(plain)
    ws = load_workbook(fast)["Feuille"]
    assert ws.freeze_panes == "A2"
    assert [ws.cell(i + 2, 1).value for i in range(len(HOSTILE))] == HOSTILE
    assert ws["A1"].font.b and ws["I2"].value == "=1+1" and ws["I2"].data_type == "s"
    assert ws["J2"].is_date and ws["J2"].value == dt.datetime(2023, 3, 15, 12, 0)


def test_no_formula_and_text_kept_as_text(tmp_path):
    path = tmp_path / "fast.xlsx"
    _write(path, True)
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    assert '<t xml:space="preserve">  espaces autour  </t>' in sheet
    assert "&lt;script&gt;" in sheet and "Tom &amp; Jerry" in sheet and "&amp;amp; d&#233;j&#224;" in sheet


def test_row_xml_leaves_blanks_out_and_refuses_unprepared_values():
    assert row_xml([None, "", "a", 2, 2.5, True], 3) == (
        '<row r="3"><c r="C3" t="inlineStr"><is><t>a</t></is></c><c r="D3" t="n"><v>2</v></c>'
        '<c r="E3" t="n"><v>2.5</v></c><c r="F3" t="b"><v>1</v></c></row>'
    )
    with pytest.raises(TypeError, match="colonne 2"):
        row_xml(["a", dt.date(2026, 1, 1)], 2)


def test_formula_cells_are_refused():
    ws = Workbook(write_only=True).create_sheet("x")
    formula = WriteOnlyCell(ws, "=SUM(A1:A2)")
    with pytest.raises(ValueError, match="formule"):
        row_xml([formula], 2)


def test_column_letters_beyond_z():
    xml = row_xml([None] * 27 + ["ab"] + [None] * 674 + ["aaa"], 9)
    assert '<c r="AB9"' in xml and '<c r="AAA9"' in xml
