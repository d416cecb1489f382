"""Reading the `settings` and `choices` sheets, and splitting `label::Langue (xx)` headers.

Each function takes a sheet from the workbook and returns plain values plus a list of `Issue`s; none
of them raises for bad content.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

from survey_app.core.forms.aliases import CHOICE_HEADERS, SETTINGS_HEADERS, TRANSLATABLE, fold
from survey_app.core.forms.model import Choice, ChoiceList
from survey_app.core.issues import Issue


@dataclass(frozen=True)
class Column:
    header: str  # as written in the file
    base: str  # canonical base name, or the folded header when unknown
    lang: str  # language part after "::", "" when none
    known: bool


def split_header(header: str, table: dict[str, str]) -> Column:
    """`label::Français (fr)` -> Column(base='label', lang='Français (fr)')."""
    text = header.strip()
    lang = ""
    folded = fold(text)
    if folded in table:
        return Column(header, table[folded], "", True)
    if "::" not in text:
        # Older spellings: "bind:relevant", "label:english" (one colon)
        prefixed = re.sub(r"^(bind|control|body|media):(?!:)", r"\1::", text, flags=re.IGNORECASE)
        if fold(prefixed) in table:
            return Column(header, table[fold(prefixed)], "", True)
        base, _, lang = text.partition(":")
        if lang and fold(base) in table and table[fold(base)] in TRANSLATABLE:
            return Column(header, table[fold(base)], lang.strip(), True)
        lang = ""
    if "::" in text:
        base, _, lang = text.rpartition("::")
        folded_base = fold(base)
        if folded_base in table:
            return Column(header, table[folded_base], lang.strip(), True)
        return Column(header, folded_base, lang.strip(), False)
    return Column(header, folded, "", False)


@dataclass
class Settings:
    form_id: str = ""
    form_title: str = ""
    version: str = ""
    default_language: str = ""
    allow_choice_duplicates: str = ""


def read_settings(sheet) -> tuple[Settings, list[Issue]]:
    settings = Settings()
    if sheet is None or not sheet.rows:
        return settings, []
    first = sheet.rows[0]
    for header, value in first.values.items():
        column = split_header(header, SETTINGS_HEADERS)
        if column.known:
            setattr(settings, column.base, value.strip())
    return settings, []


def read_choices(sheet, allow_duplicates: bool = False) -> tuple[dict[str, ChoiceList], list[Issue]]:
    """Group the rows of the `choices` sheet by list name, checking names and duplicates."""
    issues: list[Issue] = []
    if sheet is None or (not sheet.rows and not sheet.headers):
        return {}, issues
    columns = {h: split_header(h, CHOICE_HEADERS) for h in sheet.headers}
    bases = {c.base for c in columns.values()}
    for needed in ("list_name", "name"):
        if needed not in bases:
            issues.append(
                Issue(f"la feuille des choix n'a pas de colonne « {needed} »", sheet=sheet.name, row=sheet.header_row)
            )
    if issues:
        return {}, issues
    lists: dict[str, list[Choice]] = {}
    seen: dict[tuple[str, str], int] = {}
    for row in sheet.rows:
        fields: dict[str, str] = {}
        labels: dict[str, str] = {}
        extra: dict[str, str] = {}
        for header, value in row.values.items():
            column = columns.get(header)
            if column is None:
                continue
            if column.base == "label":
                labels[column.lang] = value
            elif column.known:
                fields[column.base] = value
            elif not header.startswith("#"):
                extra[header.strip()] = value
        list_name = fields.get("list_name", "").strip()
        name = fields.get("name", "").strip()
        if not list_name and not name:
            continue
        if not list_name:
            issues.append(Issue("choix sans nom de liste (list_name)", sheet=sheet.name, row=row.row))
            continue
        if not name:
            issues.append(
                Issue(f"choix sans code (name) dans la liste « {list_name} »", sheet=sheet.name, row=row.row)
            )
            continue
        key = (list_name, name)
        if key in seen and not allow_duplicates:
            issues.append(
                Issue(
                    f"le code « {name} » apparaît deux fois dans la liste « {list_name} » (déjà ligne {seen[key]}) ; "
                    "si c'est voulu, ajoutez allow_choice_duplicates = yes dans la feuille settings",
                    sheet=sheet.name,
                    row=row.row,
                )
            )
            continue
        seen.setdefault(key, row.row)
        lists.setdefault(list_name, []).append(Choice(name=name, labels=labels, columns=extra))
    return {name: ChoiceList(name, tuple(choices)) for name, choices in lists.items()}, issues
