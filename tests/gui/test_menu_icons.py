"""Every menu entry and toolbar button of the main window has an icon, and every bundled SVG icon is valid.

The window is opened as in `test_main_window.py`; its menu bar is walked recursively (sub-menus
included) and so is every toolbar. An icon counts only if it paints a 16-pixel pixmap, so a missing
or unreadable SVG file fails as surely as an action created without one. One exception, on purpose:
the radio choices of « Afficher » (checkable actions of an exclusive group) show their radio mark in
the icon column; Fusion and the Windows styles draw an icon *instead of* that mark (the chosen filter
then only gets a faint frame, and « Terminés »'s green tick reads as "selected"), so they must have
none. The icons must also reach the wheel (pyproject's force-include of `resources/`) and parse
with Qt's SVG renderer.
"""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

ICON_DIR = ROOT / "resources" / "icons"
SVG_FILES = sorted(ICON_DIR.glob("*.svg"))


def _menu_actions(menu, trail=()):
    """(path of menu titles, action) for every entry of `menu` and of its sub-menus."""
    title = menu.title().replace("&", "")
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu(), (*trail, title))
        else:
            yield (*trail, title), action


def _bar_actions(window):
    from PySide6.QtWidgets import QToolBar

    for top in window.menuBar().actions():
        if top.menu() is not None:
            yield from _menu_actions(top.menu())
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            yield ("barre d'outils", toolbar.windowTitle()), action


def _paints(icon) -> bool:
    return not icon.isNull() and not icon.pixmap(16, 16).isNull()


def _is_radio(action) -> bool:
    group = action.actionGroup()
    return action.isCheckable() and group is not None and group.isExclusive()


def _name(trail, action) -> str:
    return " › ".join((*trail, action.text().replace("&", "")))


def test_every_menu_entry_and_toolbar_button_has_an_icon(open_window, campaign_store):
    window = open_window(campaign_store)
    entries = [(trail, action) for trail, action in _bar_actions(window) if not action.isSeparator() and action.text()]
    without = [_name(trail, action) for trail, action in entries if not _is_radio(action) and not _paints(action.icon())]
    assert not without, "entrées sans icône : " + " ; ".join(without)
    texts = {action.text().replace("&", "").split(" (")[0] for _trail, action in entries}
    # the walk really went through every menu, the consultant's and the « Fichier » package entries included
    assert {"Fusionner des paquets…", "Exporter vers Excel…", "Imprimer le questionnaire papier…",
            "Exporter mes enquêtes…", "Importer le paquet de retour…", "Guide du consultant", "Quitter"} <= texts  # fmt: skip
    assert len([a for _t, a in entries if not _is_radio(a)]) >= 24


def test_the_status_filter_entries_keep_their_radio_mark_instead_of_an_icon(open_window, campaign_store):
    window = open_window(campaign_store)
    radios = [(trail, action) for trail, action in _bar_actions(window) if _is_radio(action)]
    assert {action for _t, action in radios} == set(window.filter_actions.values())
    with_icon = [_name(trail, action) for trail, action in radios if not action.icon().isNull()]
    assert not with_icon, "choix à cocher dont l'icône cacherait la marque : " + " ; ".join(with_icon)


def test_the_consultant_entries_have_distinct_icons(open_window, campaign_store):
    window = open_window(campaign_store)
    actions = [a for a in window.consultant.menu.actions() if not a.isSeparator()] + window.consultant.file_actions
    images = [a.icon().pixmap(24, 24).toImage() for a in actions]
    for i, image in enumerate(images):
        for j in range(i):
            assert image != images[j], f"« {actions[i].text()} » et « {actions[j].text()} » ont la même icône"


def test_status_filters_use_the_status_icon_or_their_own(qapp):
    from survey_app.gui import icons
    from survey_app.gui.models.filters import status_filters

    for item in status_filters():
        assert _paints(icons.filter_icon(item.key)), item.key
    assert icons.filter_icon("absent").pixmap(24, 24).toImage() == icons.status_icon("absent").pixmap(24, 24).toImage()


@pytest.mark.parametrize("path", SVG_FILES, ids=lambda p: p.name)
def test_every_bundled_svg_icon_parses_and_renders(qapp, path: Path):
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(path)).isValid(), path.name
    root = ET.parse(path).getroot()
    assert root.get("viewBox") in ("0 0 24 24", "0 0 64 64"), path.name
    for size in (16, 24, 48):
        assert not QIcon(str(path)).pixmap(size, size).isNull(), (path.name, size)


def test_icons_are_packaged_with_the_wheel():
    assert len(SVG_FILES) >= 40
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force_include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include.get("resources") == "survey_app/_bundled/resources"
