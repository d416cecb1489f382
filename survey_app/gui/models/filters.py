"""Proxies that filter the campaign tree: by status (including « rendez-vous aujourd'hui » and
« à revisiter ») and by a search on the address, door number or register reference.

Both proxies filter dwellings only and use Qt's recursive filtering, so a site, building, entrance or
floor stays visible exactly when one of its dwellings passes (and every group shows when no filter is
set). They are chained: tree model → `StatusFilterProxy` → `SearchFilterProxy` → view. The status
filters are named in `STATUS_FILTERS` (key, French label, test on a `DwellingRow`); the date of
« aujourd'hui » comes from a clock the tests can set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from survey_app.core.store.records import DwellingRow
from survey_app.gui import status_style
from survey_app.gui.models import roles
from survey_app.gui.models.campaign_tree import normalise

Today = Callable[[], dt.date]


@dataclass(frozen=True)
class StatusFilter:
    key: str
    label: str
    accepts: Callable[[DwellingRow, dt.date], bool]


def _status_is(*statuses: str) -> Callable[[DwellingRow, dt.date], bool]:
    wanted = frozenset(statuses)
    return lambda row, _today: row.status in wanted


def appointment_today(row: DwellingRow, today: dt.date) -> bool:
    when = row.appointment_at
    return row.status == "rendez_vous" and when is not None and when.astimezone().date() == today


# (key, French label, test): the choices of the « Afficher » list, in order.
_FILTERS = (
    ("tous", QT_TRANSLATE_NOOP("StatusFilter", "Tous les logements"), lambda _row, _today: True),
    ("a_faire", QT_TRANSLATE_NOOP("StatusFilter", "À faire (pas encore clos)"),
     lambda row, _today: not status_style.is_done(row.status)),
    ("aujourdhui", QT_TRANSLATE_NOOP("StatusFilter", "Rendez-vous aujourd'hui"), appointment_today),
    ("a_revisiter", QT_TRANSLATE_NOOP("StatusFilter", "À revisiter (absent, rendez-vous, en cours…)"),
     lambda row, _today: row.status in status_style.REVISIT_STATUSES),
    ("a_visiter", QT_TRANSLATE_NOOP("StatusFilter", "À visiter (jamais vus)"), _status_is("a_visiter")),
    ("absent", QT_TRANSLATE_NOOP("StatusFilter", "Absents"), _status_is("absent")),
    ("rendez_vous", QT_TRANSLATE_NOOP("StatusFilter", "Rendez-vous (tous)"), _status_is("rendez_vous")),
    ("en_cours", QT_TRANSLATE_NOOP("StatusFilter", "Entretiens en cours"), _status_is("en_cours", "rejete")),
    ("termine", QT_TRANSLATE_NOOP("StatusFilter", "Terminés"), _status_is("termine")),
    ("refus", QT_TRANSLATE_NOOP("StatusFilter", "Refus"), _status_is("refus")),
    ("vacant", QT_TRANSLATE_NOOP("StatusFilter", "Vacants, murés ou impossibles"),
     _status_is("vacant", "mure_demoli", "impossible")),
)  # fmt: skip


def status_filters() -> list[StatusFilter]:
    """The choices of the « Afficher » list, in order, with their labels translated."""
    return [StatusFilter(key, QCoreApplication.translate("StatusFilter", label), test) for key, label, test in _FILTERS]


class DwellingFilterProxy(QSortFilterProxyModel):
    """Base: groups pass when no filter is active; dwellings pass when `accepts(row)` says so."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)

    def _refilter(self, apply: Callable[[], None]) -> None:
        """Change the filter state inside Qt's begin/end pair (Qt ≥ 6.10), or invalidate (older Qt)."""
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:  # pragma: no cover - Qt < 6.10
            apply()
            self.invalidateFilter()

    def is_active(self) -> bool:
        raise NotImplementedError

    def accepts(self, row: DwellingRow, index: QModelIndex) -> bool:
        raise NotImplementedError

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.is_active():
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        row = index.data(roles.DwellingRole)
        return row is not None and self.accepts(row, index)


class StatusFilterProxy(DwellingFilterProxy):
    def __init__(self, parent: Any = None, *, today: Today = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._filters = {f.key: f for f in status_filters()}
        self._current = self._filters["tous"]
        self._day = today()

    @property
    def filter_key(self) -> str:
        return self._current.key

    def set_filter(self, key: str) -> None:
        """Show only the dwellings of filter `key` (see `status_filters()`); unknown keys raise KeyError."""
        wanted = self._filters[key]
        if wanted is self._current and self._day == self._today():
            return
        def apply() -> None:
            self._current = wanted
            self._day = self._today()

        self._refilter(apply)

    def is_active(self) -> bool:
        return self._current.key != "tous"

    def accepts(self, row: DwellingRow, index: QModelIndex) -> bool:
        return self._current.accepts(row, self._day)


class SearchFilterProxy(DwellingFilterProxy):
    """Every word typed must appear in the dwelling's address, door, reference, building or commune."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self._words)

    def set_text(self, text: str) -> None:
        words = tuple(normalise(text).split())
        if words == self._words:
            return
        self._refilter(lambda: setattr(self, "_words", words))

    def is_active(self) -> bool:
        return bool(self._words)

    def accepts(self, row: DwellingRow, index: QModelIndex) -> bool:
        haystack = index.data(roles.SearchTextRole) or ""
        door = normalise(row.door or "")
        return all(word in haystack or word == door for word in self._words)
