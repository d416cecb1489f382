"""The application's SVG icons, loaded once from the bundled `resources/icons` folder.

`icon("action_import")` returns the QIcon of `resources/icons/action_import.svg`; `status_icon(code)` the
icon of a dwelling status (`status_<code>.svg`, falling back to « autre »); `filter_icon(key)` the
icon of a choice of the « Afficher » menu (the status's own icon, or `filter_<name>.svg` for the
choices that group several statuses); `app_icon()` the window icon. The folder comes from
`survey_app.paths.bundled_dir`, so the same code works from the checkout, an installed wheel and a
frozen bundle. A missing file gives an empty icon, never an error: the text next to every icon still
says what it means.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from survey_app.paths import bundled_dir


@cache
def _folder() -> Path:
    return bundled_dir("resources") / "icons"


@cache
def icon(name: str) -> QIcon:
    path = _folder() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def status_icon(status: str) -> QIcon:
    found = icon(f"status_{status}")
    return found if not found.isNull() else icon("status_autre")


def kind_icon(kind: str, label: str = "") -> QIcon:
    """Icon of a tree level: site, building (or the individual houses' group), entrance, floor, street."""
    if kind == "building" and label == "Maisons individuelles":
        return icon("kind_houses")
    return icon(f"kind_{kind}")


# Filters of the « Afficher » menu that are not a single status -> their icon (the others use status_<key>).
FILTER_ICONS = {
    "tous": "filter_all",
    "a_faire": "filter_to_do",
    "aujourdhui": "filter_today",
    "a_revisiter": "filter_revisit",
}


def filter_icon(key: str) -> QIcon:
    """Icon of a status filter (`survey_app.gui.models.filters`): its own, else its status's."""
    return icon(FILTER_ICONS[key]) if key in FILTER_ICONS else status_icon(key)


def app_icon() -> QIcon:
    return icon("app")
