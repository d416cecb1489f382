"""Custom item-data roles of the campaign models, in one place (Qt.UserRole + n).

Views, delegates, proxies and tests read a node through these roles instead of reaching into the
model's internals: the dwelling itself, its id and status, the node's level, the counts of a group.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)

NodeKindRole = _BASE + 1  # 'site' | 'building' | 'entrance' | 'floor' | 'dwelling'
DwellingRole = _BASE + 2  # the DwellingRow of a dwelling node (None for groups)
DwellingIdRole = _BASE + 3  # the dwelling's id (str)
StatusRole = _BASE + 4  # the dwelling's status code (str)
SearchTextRole = _BASE + 5  # normalised text searched by the search box
DoneCountRole = _BASE + 6  # dwellings « faits » under a node (int)
TotalCountRole = _BASE + 7  # dwellings under a node (int)
StatusCountsRole = _BASE + 8  # {status: count} under a node
