"""Browsing the campaign: the tree behind its filter proxies, the selection, and the detail pane it drives.

Owns the proxy chain (tree model → status filter → search) on the `CampaignView`'s tree, keeps a
dwelling selected across reloads and filter changes, shows the selected dwelling or group in the
`DwellingView` (its door-knock history is read off the GUI thread, the latest request winning), and
counts for the status bar. Emits `selection_changed` so the window can enable its actions, and
`dwelling_activated` on Enter or double-click on a dwelling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal

from survey_app.core.store.records import DwellingRow
from survey_app.gui import status_style
from survey_app.gui.models import roles
from survey_app.gui.models.filters import SearchFilterProxy, StatusFilterProxy, appointment_today
from survey_app.gui.views.campaign_view import CampaignView
from survey_app.gui.views.dwelling_view import DwellingView
from survey_app.gui.workspace import Workspace

SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class CampaignBrowser(QObject):
    selection_changed = Signal()
    dwelling_activated = Signal()
    filter_changed = Signal(str)

    def __init__(self, workspace: Workspace, view: CampaignView, details: DwellingView, *,
                 today: Callable[[], Any], parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace, self.view, self.details, self._today = workspace, view, details, today
        self.status_proxy = StatusFilterProxy(self, today=today)
        self.status_proxy.setSourceModel(workspace.model)
        self.search_proxy = SearchFilterProxy(self)
        self.search_proxy.setSourceModel(self.status_proxy)
        self.tree = view.tree
        self.tree.setModel(self.search_proxy)
        self._wanted: str | None = None  # the dwelling to keep selected across reloads
        self._visits_ticket = 0
        workspace.loaded.connect(self._loaded)
        workspace.dwelling_changed.connect(self._dwelling_changed)
        workspace.visits_changed.connect(self._visits_changed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        view.filter_box.currentIndexChanged.connect(lambda _i: self.set_filter(view.filter_box.currentData()))
        view.search_edit.textChanged.connect(self._search_changed)
        self.search_proxy.rowsInserted.connect(self._update_state)
        self.search_proxy.rowsRemoved.connect(self._update_state)

    # -- selection -------------------------------------------------------------------------------------

    def want(self, dwelling_id: str | None) -> None:
        """The dwelling to select when the campaign is (re)loaded, e.g. the one of the last session."""
        self._wanted = dwelling_id

    def current(self) -> DwellingRow | None:
        index = self.tree.currentIndex()
        return index.data(roles.DwellingRole) if index.isValid() else None

    def select_dwelling(self, dwelling_id: str) -> bool:
        source = self.workspace.model.dwelling_index(dwelling_id)
        index = self.search_proxy.mapFromSource(self.status_proxy.mapFromSource(source))
        if not index.isValid():
            return False
        self.tree.scrollTo(index)
        self.tree.selectionModel().setCurrentIndex(index, SELECT)
        return True

    def _select_first_visible(self) -> None:
        index = self.search_proxy.index(0, 0)
        while index.isValid() and index.data(roles.NodeKindRole) != "dwelling" and self.search_proxy.rowCount(index):
            index = self.search_proxy.index(0, 0, index)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(index, SELECT)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(roles.DwellingRole) if current.isValid() else None
        if row is not None:
            self._wanted = row.id
            self.details.show_dwelling(row, self.interview_text(row))
            self._load_visits(row.id)
        elif current.isValid():
            self.details.show_group(current.siblingAtColumn(0).data(), current.data(roles.StatusCountsRole) or {})
        else:
            self.details.show_nothing(empty_store=self.workspace.model.rowCount() == 0)
        self.selection_changed.emit()

    def _activated(self, index: QModelIndex) -> None:
        if index.data(roles.NodeKindRole) == "dwelling":
            self.dwelling_activated.emit()
        else:
            first = index.siblingAtColumn(0)
            self.tree.setExpanded(first, not self.tree.isExpanded(first))

    def interview_text(self, row: DwellingRow) -> str:
        if row.latest_interview_status == "brouillon" or row.status == "en_cours":
            return self.tr("Reprendre l'entretien   (Entrée)")
        if row.status == "termine" and row.interview_count:
            return self.tr("Revoir l'entretien terminé   (Entrée)")
        return self.tr("Commencer l'entretien   (Entrée)")

    def _load_visits(self, dwelling_id: str) -> None:
        self._visits_ticket += 1
        ticket = self._visits_ticket

        def show(visits: list[Any]) -> None:
            if ticket == self._visits_ticket:
                self.details.show_visits(visits)

        self.workspace.visits(dwelling_id, show)

    # -- store events ----------------------------------------------------------------------------------

    def _loaded(self) -> None:
        self.view.fit_columns()
        self._expand()
        self._update_state()
        if not (self._wanted and self.select_dwelling(self._wanted)):
            first = next(iter(self.workspace.model.dwellings()), None)
            if first is None or not self.select_dwelling(first.id):
                self._select_first_visible()
        empty = self.workspace.model.rowCount() == 0
        if empty:
            self.details.show_nothing(empty_store=True)
        self.view.filter_box.setEnabled(not empty)
        self.view.search_edit.setEnabled(not empty)
        self.tree.setFocus()
        self.selection_changed.emit()

    def _dwelling_changed(self, dwelling_id: str) -> None:
        current = self.current()
        if current is not None and current.id == dwelling_id:
            self.details.show_dwelling(current, self.interview_text(current))
        self._update_state()
        self.selection_changed.emit()

    def _visits_changed(self, dwelling_id: str) -> None:
        current = self.current()
        if current is not None and current.id == dwelling_id:
            self._load_visits(dwelling_id)

    # -- filters ------------------------------------------------------------------------------------------

    def set_filter(self, key: str) -> None:
        self.status_proxy.set_filter(key)
        box = self.view.filter_box
        if box.currentData() != key:
            box.setCurrentIndex(box.findData(key))
        self._after_filter()
        self.filter_changed.emit(key)

    def _search_changed(self, text: str) -> None:
        self.search_proxy.set_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._expand()
        self._update_state()
        if not self.tree.currentIndex().isValid() and self.search_proxy.rowCount() > 0:
            self._select_first_visible()

    def _expand(self) -> None:
        if self.status_proxy.is_active() or self.search_proxy.is_active():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)  # sites open, their buildings listed
        current = self.tree.currentIndex()
        if current.isValid():
            parent = current.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.scrollTo(current)

    def _update_state(self, *_args: Any) -> None:
        if not self.workspace.is_loaded:
            return
        if self.workspace.model.rowCount() == 0:
            self.view.show_state("empty")
        elif self.search_proxy.rowCount() == 0:
            self.view.show_state("no_match")
        else:
            self.view.show_state("tree")

    def focus_search(self) -> None:
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

    # -- counts -------------------------------------------------------------------------------------------

    def counts_text(self) -> str:
        totals = self.workspace.model.totals()
        total = sum(totals.values())
        done = status_style.done_count(dict(totals))
        today = self._today()
        appointments = sum(1 for row in self.workspace.model.dwellings() if appointment_today(row, today))
        return self.tr("{total} logements · faits : {done} · à faire : {todo} · rendez-vous aujourd'hui : {rdv}").format(
            total=total, done=done, todo=total - done, rdv=appointments
        )
