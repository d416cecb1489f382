"""Fast rows for openpyxl's write-only sheets: each row serialised as one piece of XML text.

openpyxl's write-only mode binds every value to a cell object and opens one lxml element per cell
(and one per value, and one per inline string): about two thirds of an export's time on a wide
questionnaire. `use_fast_rows(ws)` keeps openpyxl for everything else — the workbook, its styles,
the sheet's head and tail, the zip — and replaces only how one row of an already-started sheet is
written: plain values (text, numbers, booleans) become their `<c>` elements as text, with the same
attributes and number formatting openpyxl gives them; styled cells (`WriteOnlyCell`: dates, shares,
texts forced to the string type, the header) go through openpyxl's own attribute code, so their style
ids are openpyxl's. The row's text is parsed once by lxml and written to the sheet's stream.
Formulas are never written (the export has none; a cell typed as a formula is refused).
Without lxml (openpyxl's pure-Python writer) the sheet is left as openpyxl makes it. This leans on
openpyxl 3.1's write-only internals (`_get_writer`, `_values_to_row`, `write_row`, `_set_attributes`):
pyproject pins 3.1.x, and tests/core/test_export_row_xml.py compares both paths cell by cell.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl import LXML
from openpyxl.cell import Cell
from openpyxl.cell._writer import _set_attributes
from openpyxl.utils import get_column_letter

_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_letters: list[str] = [""]


def _letter(column: int) -> str:
    """The column letters of a 0-based position (cached: rows ask for the same ones again and again)."""
    while len(_letters) <= column + 1:
        _letters.append(get_column_letter(len(_letters)))
    return _letters[column + 1]


def _text_cell(ref: str, text: str, style: str = "") -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text.translate(_ESCAPE)}</t></is></c>'


def _styled_cell(cell: Cell, column: int, row: int) -> str:
    cell.column, cell.row = column + 1, row
    if cell.data_type == "f":
        raise ValueError("une formule ne doit jamais être écrite par l'export")
    value, attributes = _set_attributes(cell, cell.has_style)
    style = f' s="{attributes["s"]}"' if "s" in attributes else ""
    ref = attributes["r"]
    if value is None or value == "":
        return f'<c r="{ref}"{style}/>'
    if cell.data_type == "s":
        return _text_cell(ref, str(value), style)
    kind = attributes.get("t", "n")  # one of openpyxl's type codes: n, b, e, str
    text = "%.16g" % value if isinstance(value, (int, float)) else str(value)
    return f'<c r="{ref}"{style} t="{kind}"><v>{text.translate(_ESCAPE)}</v></c>'


def row_xml(values: list, row: int) -> str:
    """The `<row>` element of sheet row `row` (1-based) holding `values` (None and "" are left blank)."""
    number = str(row)
    parts = [f'<row r="{number}">']
    append = parts.append
    for column, value in enumerate(values):
        if value is None or value == "":
            continue  # a blank cell, as openpyxl writes it (an empty text would count in Excel's COUNTA)
        kind = value.__class__
        if kind is str:
            append(_text_cell(_letter(column) + number, value))
        elif kind is int or kind is float:
            append(f'<c r="{_letter(column)}{number}" t="n"><v>{"%.16g" % value}</v></c>')
        elif kind is bool:
            append(f'<c r="{_letter(column)}{number}" t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, Cell):
            append(_styled_cell(value, column, row))
        else:
            raise TypeError(f"valeur de type {kind.__name__} non préparée pour Excel (colonne {column + 1})")
    append("</row>")
    return "".join(parts)


def use_fast_rows(ws) -> bool:
    """Write the rows of write-only sheet `ws` appended from now on with `row_xml`.

    Call it once the sheet's column widths and frozen pane are set (they are written with the sheet's
    head, which this starts). Returns False, changing nothing, when openpyxl writes without lxml.
    """
    if not LXML:
        return False
    from lxml.etree import XMLParser, fromstring

    parser = XMLParser(huge_tree=True, resolve_entities=False, no_network=True)
    ws._get_writer()  # writes the sheet's head: properties, views, columns
    ws._values_to_row = _as_is
    ws._writer.write_row = _writer_for(fromstring, parser)
    return True


def _as_is(values: list, _row: int) -> list:
    return values


def _writer_for(fromstring, parser) -> Callable:
    def write_row(xf, values: list, row: int) -> None:
        xf.write(fromstring(row_xml(values, row), parser))

    return write_row
