"""The campaign as a Qt tree model: site > building > entrance > floor > dwelling, with statuses and counts.

`CampaignTreeModel.set_tree(nodes)` takes the store's `Store.tree()` result (computed off the GUI
thread) and resets the model once. Levels the register does not have are skipped: individual houses
hang under their street (in house-number order) instead of « Entrée unique » > « Logements ». Three columns:
the place or dwelling (with its status icon, or the level's icon), the status (coloured text; for a
group, how many dwellings are « faits » and « à faire »), and the last door knock. After a visit or an
interview only one dwelling changes: `update_dwelling(row)` swaps it in place, adjusts the counts of
its ancestors and emits `dataChanged` for those rows only (no reset, so selection and scrolling stay).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from survey_app.core.store.tree import natural_key
from survey_app.core.store.records import DwellingRow, TreeNode
from survey_app.gui import icons, status_style
from survey_app.gui.models import roles

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 3  # place / status / last visit


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower case, no accents, single spaces: what the search box compares."""
    if text.isascii():
        return " ".join(text.casefold().split())
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


_NO_COUNTS: Counter[str] = Counter()  # shared by dwelling nodes, never written


class _Node:
    __slots__ = ("kind", "label", "parent", "children", "row", "dwelling", "counts", "search")

    def __init__(self, kind: str, label: str, parent: _Node | None, dwelling: DwellingRow | None = None):
        self.kind = kind
        self.label = label
        self.parent = parent
        self.children: list[_Node] = []
        self.row = 0
        self.dwelling = dwelling
        self.counts: Counter[str] = Counter() if dwelling is None else _NO_COUNTS  # groups only
        self.search: str | None = None

    def add(self, child: _Node) -> _Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


_BUILDING_WORDS = ("tour", "bat", "bât", "batiment", "bâtiment", "immeuble", "residence", "résidence", "groupe", "barre")
_STREET_NUMBER = re.compile(r"^\s*(\d+)\s*(bis|ter|quater|[a-d])?\b[\s,]*", re.IGNORECASE)


def building_label(label: str) -> str:
    """« Bâtiment Tour Ravel » → « Tour Ravel »: no doubled word when the register's code already says it."""
    prefix = "Bâtiment "
    if label.startswith(prefix) and label[len(prefix):].split(" ")[0].casefold().rstrip(".") in _BUILDING_WORDS:
        return label[len(prefix):]
    return label


def street_of(address: str | None) -> tuple[str, int | None]:
    """« 3 rue de la Fosse 3, 62800 Liévin » → (« rue de la Fosse 3 », 3); the street keeps its own case."""
    first = (address or "").split(",")[0].strip()
    match = _STREET_NUMBER.match(first)
    if match is None:
        return first, None
    return first[match.end():].strip() or first, int(match.group(1))


def dwelling_title(row: DwellingRow) -> str:
    """« Porte 101 · T3 » for a flat, the street address for a house, the register reference otherwise."""
    if row.door:
        main = QCoreApplication.translate("CampaignTreeModel", "Porte {door}").format(door=row.door)
    elif row.address:
        main = row.address.split(",")[0]
    else:
        main = row.landlord_ref
    if not row.typology:
        return main
    typology = row.typology_label or QCoreApplication.translate("CampaignTreeModel", "T{rooms}").format(rooms=row.typology)
    return f"{main} · {typology}"


def short_datetime(value: Any) -> str:
    local = value.astimezone()
    return QCoreApplication.translate("CampaignTreeModel", "{day} à {hour}").format(
        day=f"{local:%d/%m}", hour=f"{local:%H}h{local:%M}")


class CampaignTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "", None)
        self._by_id: dict[str, _Node] = {}
        self._headers = (self.tr("Lieu / logement"), self.tr("Statut"), self.tr("Dernier passage"))
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading and updating ----------------------------------------------------------------------

    def set_tree(self, nodes: Sequence[TreeNode]) -> None:
        self.beginResetModel()
        self._root = _Node("root", "", None)
        self._by_id = {}
        for node in nodes:
            self._attach(self._root, node)
        self.endResetModel()

    def _attach(self, parent: _Node, node: TreeNode) -> None:
        skip = node.kind in ("entrance", "floor") and node.key is None
        label = building_label(node.label) if node.kind == "building" else node.label
        target = parent if skip else parent.add(_Node(node.kind, label, parent))
        if not skip:
            target.counts.update(node.status_counts)
        for child in node.children:
            self._attach(target, child)
        if node.dwellings and all(r.door is None and r.building_id is None for r in node.dwellings):
            self._attach_houses(target, node.dwellings)
        else:
            for row in node.dwellings:
                self._leaf(target, row)

    def _leaf(self, parent: _Node, row: DwellingRow) -> None:
        self._by_id[row.id] = parent.add(_Node("dwelling", dwelling_title(row), parent, row))

    def _attach_houses(self, parent: _Node, rows: Sequence[DwellingRow]) -> None:
        """Individual houses, grouped by street and in house-number order (the way a surveyor walks)."""
        streets: dict[str, list[tuple[int, DwellingRow]]] = {}
        names: dict[str, str] = {}
        for row in rows:
            street, number = street_of(row.address)
            key = normalise(street)
            names.setdefault(key, street or self.tr("Sans adresse"))
            streets.setdefault(key, []).append((number if number is not None else 10**9, row))
        if len(streets) < 2:
            for row in rows:
                self._leaf(parent, row)
            return
        for key in sorted(streets, key=lambda k: natural_key(names[k])):
            houses = sorted(streets[key], key=lambda item: (item[0], natural_key(item[1].address)))
            street = parent.add(_Node("street", names[key], parent))
            street.counts.update(row.status for _n, row in houses)
            for _number, row in houses:
                self._leaf(street, row)

    def update_dwelling(self, row: DwellingRow) -> bool:
        """Replace one dwelling's data (after a visit or an interview); False if it is not in the tree."""
        node = self._by_id.get(row.id)
        if node is None or node.dwelling is None:
            return False
        old = node.dwelling.status
        node.dwelling = row
        node.label = dwelling_title(row)
        node.search = None
        index = self.createIndex(node.row, 0, node)
        self.dataChanged.emit(index, index.siblingAtColumn(COLUMNS - 1))
        if old != row.status:
            parent = node.parent
            while parent is not None and parent is not self._root:
                parent.counts[old] -= 1
                if parent.counts[old] <= 0:
                    del parent.counts[old]
                parent.counts[row.status] += 1
                first = self.createIndex(parent.row, 0, parent)
                self.dataChanged.emit(first, first.siblingAtColumn(COLUMNS - 1))
                parent = parent.parent
        return True

    # -- lookups -------------------------------------------------------------------------------------

    def dwelling_index(self, dwelling_id: str) -> QModelIndex:
        node = self._by_id.get(dwelling_id)
        return QModelIndex() if node is None else self.createIndex(node.row, 0, node)

    def dwelling(self, dwelling_id: str) -> DwellingRow | None:
        node = self._by_id.get(dwelling_id)
        return None if node is None else node.dwelling

    def dwellings(self) -> list[DwellingRow]:
        return [n.dwelling for n in self._by_id.values() if n.dwelling is not None]

    def totals(self) -> Counter[str]:
        """Dwellings per status over the whole campaign."""
        return Counter(n.dwelling.status for n in self._by_id.values() if n.dwelling is not None)

    # -- QAbstractItemModel --------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        column = index.column()
        if node.dwelling is not None:
            return self._dwelling_data(node, node.dwelling, column, role)
        return self._group_data(node, column, role)

    def _dwelling_data(self, node: _Node, row: DwellingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.label
            if column == 1:
                return row.status_label
            return self._last_visit(row)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icons.status_icon(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(status_style.colour(row.status))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._dwelling_tooltip(row)
        if role == roles.NodeKindRole:
            return "dwelling"
        if role == roles.DwellingRole:
            return row
        if role == roles.DwellingIdRole:
            return row.id
        if role == roles.StatusRole:
            return row.status
        if role == roles.SearchTextRole:
            if node.search is None:
                parts = (row.address, row.door, row.landlord_ref, row.building_code, row.commune, row.site_name)
                node.search = normalise(" ".join(p for p in parts if p))
            return node.search
        if role == roles.TotalCountRole:
            return 1
        if role == roles.DoneCountRole:
            return int(status_style.is_done(row.status))
        return None

    def _last_visit(self, row: DwellingRow) -> str:
        if row.last_visit_at is None:
            return ""
        return short_datetime(row.last_visit_at)

    def _dwelling_tooltip(self, row: DwellingRow) -> str:
        lines = [row.location_label, row.status_label]
        if row.address:
            lines.insert(1, row.address)
        if row.last_visit_at is not None:
            who = f" ({row.last_visit_surveyor})" if row.last_visit_surveyor else ""
            lines.append(self.tr("Dernier passage : {when}{who}").format(when=short_datetime(row.last_visit_at), who=who))
        if row.last_visit_note:
            lines.append(row.last_visit_note)
        return "\n".join(lines)

    def _group_data(self, node: _Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.label
            if column == 1:
                total = sum(node.counts.values())
                done = status_style.done_count(node.counts)
                return self.tr("Faits : {done} · à faire : {todo}").format(done=done, todo=total - done)
            return ""
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icons.kind_icon(node.kind, node.label)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("site", "building"):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{status_style.label(s)} : {node.counts[s]}" for s in status_style.STATUS_ORDER if node.counts.get(s)]
            return f"{node.label}\n" + "\n".join(parts)
        if role == roles.NodeKindRole:
            return node.kind
        if role == roles.TotalCountRole:
            return sum(node.counts.values())
        if role == roles.DoneCountRole:
            return status_style.done_count(node.counts)
        if role == roles.StatusCountsRole:
            return dict(node.counts)
        return None
