"""The `survey` sheet, row by row: types, names, nesting of groups and repeats, raw column texts.

The result is a list of `RawRow`s in a tree (parent names) plus `Issue`s. Expressions are kept as
text here; `compile_logic` parses and checks them once all names are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from survey_app.core.forms.aliases import (
    IGNORED_SURVEY_FEATURES,
    SELECT_PREFIXES,
    SURVEY_HEADERS,
    TRANSLATABLE,
    TYPE_ALIASES,
    UNSUPPORTED_TYPES,
    fold,
)
from survey_app.core.forms.compile_sheets import Column, split_header
from survey_app.core.issues import Issue

NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
SHEET = "survey"
UNSUPPORTED = "unsupported-feature"  # Issue.code of a valid XLSForm feature this app does not offer
MAX_GAP = 60  # pyxform stops reading after this many empty rows


@dataclass
class RawRow:
    kind: str
    name: str
    row: int
    parent: str | None
    repeat_chain: tuple[str, ...]
    depth: int
    list_name: str | None = None
    or_other: bool = False
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # translatable column -> lang -> text
    has_media: bool = False
    cells: dict[str, str] = field(default_factory=dict)  # other known columns -> text
    columns: dict[str, str] = field(default_factory=dict)  # canonical column -> header as written


@dataclass
class _Open:
    name: str
    kind: str  # "group" or "repeat"
    row: int


def parse_type(raw_type: str) -> tuple[str | None, str | None, bool, str | None]:
    """Return (kind, list_name, or_other, unsupported_feature) for a `type` cell."""
    folded = fold(raw_type)
    if folded in TYPE_ALIASES:
        return TYPE_ALIASES[folded], None, False, None
    tokens = raw_type.strip().split()
    prefixes = dict(SELECT_PREFIXES)
    for count in range(len(tokens) - 1, 0, -1):
        head = fold(" ".join(tokens[:count]))
        if head not in prefixes:
            continue
        rest = tokens[count:]
        if len(rest) == 4 and fold(" ".join(rest[1:])) == "or specify other":
            rest = [rest[0], "or_other"]
        or_other = len(rest) == 2 and rest[1].lower() == "or_other"
        if len(rest) != 1 and not or_other:
            return None, None, False, None
        list_name = rest[0]
        if head.endswith("from file") or list_name.endswith((".csv", ".xml", ".geojson")):
            return None, None, False, UNSUPPORTED_TYPES["select one from file"]
        return prefixes[head], list_name, or_other, None
    for feature_key in sorted(UNSUPPORTED_TYPES, key=len, reverse=True):
        if folded == feature_key or folded.startswith(feature_key + " "):
            return None, None, False, UNSUPPORTED_TYPES[feature_key]
    return None, None, False, None


def read_survey(sheet, refused: set[str] | None = None) -> tuple[list[RawRow], list[Issue]]:
    """Rows of the survey sheet; names of rows refused for an unsupported type go into `refused`."""
    refused = refused if refused is not None else set()
    issues: list[Issue] = []
    columns: dict[str, Column] = {h: split_header(h, SURVEY_HEADERS) for h in sheet.headers}
    bases = {c.base for c in columns.values() if c.known}
    if "type" not in bases:
        return [], [Issue("la feuille 'survey' n'a pas de colonne « type »", sheet=sheet.name, row=sheet.header_row)]
    if "name" not in bases:
        return [], [Issue("la feuille 'survey' n'a pas de colonne « name »", sheet=sheet.name, row=sheet.header_row)]
    warned_features: set[str] = set()
    rows: list[RawRow] = []
    stack: list[_Open] = []
    seen_names: dict[str, int] = {}
    previous_row = sheet.header_row
    for sheet_row in sheet.rows:
        if sheet_row.row - previous_row > MAX_GAP and rows:
            issues.append(
                Issue(
                    f"lignes ignorées à partir d'ici : elles suivent plus de {MAX_GAP} lignes vides "
                    "(comme dans pyxform) ; supprimez les lignes vides si elles font partie du questionnaire",
                    sheet=sheet.name,
                    row=sheet_row.row,
                    severity="warning",
                )
            )
            break
        previous_row = sheet_row.row
        values = _row_values(sheet_row, columns, sheet, issues, warned_features)
        raw_type = values.cells.get("type", "").strip()
        if not raw_type:
            if any(v.strip() for v in values.cells.values()) or values.texts:
                issues.append(Issue("ligne sans type", sheet=sheet.name, row=sheet_row.row, column=_col(sheet, values, "type")))
            continue
        kind, list_name, or_other, unsupported = parse_type(raw_type)
        where = dict(sheet=sheet.name, row=sheet_row.row, column=_col(sheet, values, "type"))
        if unsupported:
            if values.cells.get("name", "").strip():
                refused.add(values.cells["name"].strip())
            issues.append(
                Issue(
                    f"type non pris en charge par l'application : {unsupported} (« {raw_type} »)",
                    code=UNSUPPORTED,
                    **where,
                )
            )
            continue
        if kind is None:
            issues.append(Issue(f"type inconnu : « {raw_type} »", **where))
            continue
        name = values.cells.get("name", "").strip()
        if not name and kind == "note":
            name = f"_note_ligne_{sheet_row.row}"
        if kind in ("end group", "end repeat"):
            wanted = "group" if kind == "end group" else "repeat"
            if not stack:
                issues.append(Issue(f"« {raw_type} » sans début de {_fr(wanted)} correspondant", **where))
            elif stack[-1].kind != wanted:
                opened = stack[-1]
                issues.append(
                    Issue(
                        f"« {raw_type} » ferme un(e) {_fr(wanted)}, mais le bloc ouvert est le/la {_fr(opened.kind)} "
                        f"« {opened.name} » (ligne {opened.row})",
                        **where,
                    )
                )
                stack.pop()
            else:
                stack.pop()
            continue
        name_where = dict(sheet=sheet.name, row=sheet_row.row, column=_col(sheet, values, "name"))
        if not name:
            issues.append(Issue("question ou groupe sans nom (colonne name vide)", **name_where))
            continue
        if not NAME_RE.match(name):
            issues.append(
                Issue(
                    f"nom invalide « {name} » : lettres, chiffres, _ . - seulement, sans espace ni accent, "
                    "et il doit commencer par une lettre ou _",
                    **name_where,
                )
            )
            continue
        if name in seen_names:
            issues.append(Issue(f"nom en double « {name} » (déjà utilisé ligne {seen_names[name]})", **name_where))
            continue
        seen_names[name] = sheet_row.row
        container_kind = {"begin group": "group", "begin repeat": "repeat"}.get(kind)
        chain = tuple(o.name for o in stack if o.kind == "repeat")
        raw = RawRow(
            kind=container_kind or kind,
            name=name,
            row=sheet_row.row,
            parent=stack[-1].name if stack else None,
            repeat_chain=chain,
            depth=len(stack),
            list_name=list_name,
            or_other=or_other,
            texts=values.texts,
            cells=values.cells,
            columns=values.columns,
            has_media=values.has_media,
        )
        rows.append(raw)
        if container_kind:
            stack.append(_Open(name, container_kind, sheet_row.row))
    for still_open in stack:
        issues.append(
            Issue(
                f"le/la {_fr(still_open.kind)} « {still_open.name} » n'est jamais fermé(e) "
                f"(il manque « end_{still_open.kind} »)",
                sheet=sheet.name,
                row=still_open.row,
            )
        )
    return rows, issues


@dataclass
class _Values:
    texts: dict[str, dict[str, str]]
    cells: dict[str, str]
    columns: dict[str, str]
    has_media: bool = False


def _row_values(sheet_row, columns, sheet, issues, warned) -> _Values:
    texts: dict[str, dict[str, str]] = {}
    cells: dict[str, str] = {}
    where: dict[str, str] = {}
    has_media = False
    for header, value in sheet_row.values.items():
        column = columns.get(header)
        if column is None or header.startswith("#"):
            continue
        if not column.known:
            feature = IGNORED_SURVEY_FEATURES.get(column.base)
            has_media = has_media or (feature is not None and "média" in feature and bool(value.strip()))
            if feature and value.strip() and feature not in warned:
                warned.add(feature)
                issues.append(
                    Issue(
                        f"fonction non prise en charge, ignorée : {feature}",
                        sheet=sheet.name,
                        row=sheet_row.row,
                        column=column_ref(sheet, header),
                        severity="warning",
                    )
                )
            continue
        if column.base in TRANSLATABLE:
            texts.setdefault(column.base, {})[column.lang] = value
        else:
            cells[column.base] = value
        where[column.base] = header
    return _Values(texts, cells, where, has_media)


def _col(sheet, values: _Values, base: str) -> str | None:
    header = values.columns.get(base)
    return column_ref(sheet, header) if header else base


def column_ref(sheet, header: str) -> str:
    """`D (relevant)`: the letter to find the cell in Excel and the header to recognise it."""
    letter = sheet.column_letter(header)
    return header if not letter or letter == header else f"{letter} ({header})"


def _fr(kind: str) -> str:
    return {"group": "groupe", "repeat": "répétition"}.get(kind, kind)
