"""Dwelling rows into the campaign tree, with no database library: shared by the store and the fast start-up read.

`row_to_dwelling` turns a result row (columns in `DwellingRow` field order) into a `DwellingRow`;
`sort_key` gives the natural order (A2 before A10); `build_tree` groups sorted rows into
site > building > entrance > floor > dwellings with counts per status.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from survey_app.core.store.records import DwellingRow, TreeNode, floor_label

_ROW_FIELDS = tuple(f for f in DwellingRow.__dataclass_fields__ if f != "extra")


def row_to_dwelling(row: Any, extra: dict[str, Any] | None = None) -> DwellingRow:
    """A DwellingRow from a result row whose first columns follow the dataclass field order.

    Built without calling `__init__` (the frozen-dataclass init costs about 5 µs a row, a quarter of
    the 2,000-row list budget); the dataclass has no `__post_init__`, so the result is identical.
    """
    item = object.__new__(DwellingRow)
    values = item.__dict__
    values.update(zip(_ROW_FIELDS, row))
    values["extra"] = extra
    return item


_DIGITS = re.compile(r"(\d+)")


@lru_cache(maxsize=65536)
def _natural(text: str) -> tuple[Any, ...]:
    # (0, number) or (1, text) items so that numbers and words never get compared with each other.
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in _DIGITS.split(text) if p)


def natural_key(text: str | None) -> tuple[Any, ...]:
    """'A2' < 'A10'; None first."""
    return () if text is None else _natural(text)


def sort_key(row: DwellingRow) -> tuple[Any, ...]:
    return (
        natural_key(row.site_name),
        natural_key(row.building_code),
        natural_key(row.entrance_code),
        -10**6 if row.floor is None else row.floor,
        natural_key(row.door),
        natural_key(row.address),
        natural_key(row.landlord_ref),
    )


def _node(kind: str, key: Any, label: str, rows: list[DwellingRow], children: tuple = (), leaf: bool = False) -> TreeNode:
    return TreeNode(
        kind=kind,
        key=key,
        label=label,
        total=len(rows),
        status_counts=dict(Counter(r.status for r in rows)),
        children=children,
        dwellings=tuple(rows) if leaf else (),
    )


def _group(rows: list[DwellingRow], key: Any) -> list[tuple[Any, list[DwellingRow]]]:
    groups: dict[Any, list[DwellingRow]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return list(groups.items())


def build_tree(rows: list[DwellingRow]) -> list[TreeNode]:
    """Site > building > entrance > floor > dwellings, with totals and counts per status at each level.

    Rows must already be sorted with `sort_key`. Individual houses (no building) are grouped under a
    building node labelled « Maisons individuelles »; a building with no named entrance has one entrance
    node labelled « Entrée unique »; houses have one floor node labelled « Logements ».
    """
    sites = []
    for (site_id, site_name), site_rows in _group(rows, lambda r: (r.site_id, r.site_name)):
        buildings = []
        for (b_id, b_code), b_rows in _group(site_rows, lambda r: (r.building_id, r.building_code)):
            entrances = []
            for (e_id, e_code), e_rows in _group(b_rows, lambda r: (r.entrance_id, r.entrance_code)):
                floors = tuple(
                    _node("floor", f, floor_label(f) or "Logements", f_rows, leaf=True)
                    for f, f_rows in _group(e_rows, lambda r: r.floor)
                )
                label = f"Entrée {e_code}" if e_code else "Entrée unique"
                entrances.append(_node("entrance", e_id, label, e_rows, floors))
            label = f"Bâtiment {b_code}" if b_code else "Maisons individuelles"
            buildings.append(_node("building", b_id, label, b_rows, tuple(entrances)))
        sites.append(_node("site", site_id, site_name, site_rows, tuple(buildings)))
    return sites
