"""The campaign tree model and its filter proxies: structure, statuses, counts, filters, row updates."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from survey_app.gui.models import roles
from survey_app.gui.models.campaign_tree import CampaignTreeModel
from survey_app.gui.models.filters import SearchFilterProxy, StatusFilterProxy, status_filters
from tests.gui.conftest import SURVEYOR

TODAY = dt.date(2026, 11, 25)


def _walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def _dwelling_ids(model) -> set[str]:
    return {i.data(roles.DwellingIdRole) for i in _walk(model) if i.data(roles.NodeKindRole) == "dwelling"}


def _by_ref(store):
    return {row.landlord_ref: row for row in store.list_dwellings()}


@pytest.fixture
def tree(campaign_store):
    model = CampaignTreeModel()
    model.set_tree(campaign_store.tree())
    return model


@pytest.fixture
def chain(tree):
    status = StatusFilterProxy(today=lambda: TODAY)
    status.setSourceModel(tree)
    search = SearchFilterProxy()
    search.setSourceModel(status)
    return tree, status, search


def test_every_model_and_proxy_passes_the_qt_model_tester(qtmodeltester, chain):
    tree, status, search = chain
    qtmodeltester.check(tree)
    status.set_filter("a_revisiter")
    qtmodeltester.check(status)
    search.set_text("ravel")
    qtmodeltester.check(search)


def test_tree_levels_follow_site_building_entrance_floor_dwelling(tree):
    sites = [tree.index(r, 0).data() for r in range(tree.rowCount())]
    assert sites == ["Lens", "Liévin"]
    lens = tree.index(0, 0)
    buildings = [tree.index(r, 0, lens).data() for r in range(tree.rowCount(lens))]
    assert buildings == ["Tour Debussy", "Tour Ravel"]  # not « Bâtiment Tour … »
    debussy = tree.index(0, 0, lens)
    entrance_a = tree.index(0, 0, debussy)
    assert entrance_a.data() == "Entrée A" and entrance_a.data(roles.NodeKindRole) == "entrance"
    ground = tree.index(0, 0, entrance_a)
    assert ground.data() == "RDC" and ground.data(roles.NodeKindRole) == "floor"
    door = tree.index(0, 0, ground)
    assert door.data(roles.NodeKindRole) == "dwelling"
    assert door.data().startswith("Porte ")
    # Individual houses: by street, in house-number order, without « Entrée unique » / « Logements » levels.
    houses = tree.index(0, 0, tree.index(1, 0))
    assert houses.data() == "Maisons individuelles"
    streets = [tree.index(r, 0, houses) for r in range(tree.rowCount(houses))]
    assert [s.data() for s in streets] == ["RUE Albert Calmette", "RUE Louis Pasteur", "RUE Émile Roux"]
    assert {s.data(roles.NodeKindRole) for s in streets} == {"street"}
    calmette = streets[0]
    numbers = [tree.index(r, 0, calmette).data().split(" ")[0] for r in range(tree.rowCount(calmette))]
    assert numbers == sorted(numbers, key=int) and numbers[0] == "1"
    assert calmette.data(roles.TotalCountRole) == tree.rowCount(calmette)
    assert len(_dwelling_ids(tree)) == 80


def test_status_is_shown_by_icon_colour_and_text_and_groups_count_done_and_to_do(campaign_store, tree):
    refs = _by_ref(campaign_store)
    campaign_store.record_visit(refs["LCP-CAL-011"].id, "refus", SURVEYOR, refusal_reason="Pas le temps")
    campaign_store.record_visit(refs["LCP-CAL-001"].id, "absent", SURVEYOR)
    tree.set_tree(campaign_store.tree())
    refused = tree.dwelling_index(refs["LCP-CAL-011"].id)
    assert refused.siblingAtColumn(1).data() == "Refus"
    assert not refused.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert refused.siblingAtColumn(1).data(Qt.ItemDataRole.ForegroundRole).name() == "#b91c1c"
    absent = tree.dwelling_index(refs["LCP-CAL-001"].id)
    assert absent.siblingAtColumn(1).data() == "Absent 1 fois"
    assert absent.data(Qt.ItemDataRole.DecorationRole).cacheKey() != refused.data(Qt.ItemDataRole.DecorationRole).cacheKey()
    lievin = tree.index(1, 0)
    assert lievin.data(roles.TotalCountRole) == 20
    assert lievin.data(roles.DoneCountRole) == 1
    assert lievin.siblingAtColumn(1).data() == "Faits : 1 · à faire : 19"


def test_update_dwelling_changes_one_row_and_its_ancestors_without_a_reset(qtbot, campaign_store, tree):
    refs = _by_ref(campaign_store)
    target = refs["LGR-RAV-A-101"]
    resets, changed = [], []
    tree.modelReset.connect(lambda: resets.append(True))
    tree.dataChanged.connect(lambda first, last, _roles=(): changed.append((first.data(), first.row(), last.column())))
    index = tree.dwelling_index(target.id)
    persistent = QPersistentModelIndex(index)  # must still point at the same row afterwards
    campaign_store.record_visit(target.id, "vacant", SURVEYOR)
    assert tree.update_dwelling(campaign_store.get_dwelling(target.id))
    assert not resets
    assert changed[0][0] == index.data()
    assert [c[0] for c in changed[1:]] == ["1er étage", "Entrée A", "Tour Ravel", "Lens"]
    assert persistent.isValid() and persistent.data(roles.DwellingIdRole) == target.id
    assert index.siblingAtColumn(1).data() == "Vacant"
    ravel = tree.index(1, 0, tree.index(0, 0))
    assert ravel.data(roles.DoneCountRole) == 1


@pytest.mark.parametrize("key", [f.key for f in status_filters()])
def test_each_status_filter_keeps_only_matching_dwellings_and_their_parents(qtmodeltester, campaign_store, chain, key):
    tree, status, _search = chain
    refs = _by_ref(campaign_store)
    today_at = dt.datetime.combine(TODAY, dt.time(18, 0)).astimezone()
    campaign_store.record_visit(refs["LGR-RAV-A-001"].id, "rendez_vous", SURVEYOR, appointment_at=today_at)
    campaign_store.record_visit(refs["LGR-RAV-A-002"].id, "rendez_vous", SURVEYOR, appointment_at=today_at + dt.timedelta(days=2))
    campaign_store.record_visit(refs["LGR-RAV-A-003"].id, "absent", SURVEYOR)
    campaign_store.record_visit(refs["LCP-CAL-011"].id, "refus", SURVEYOR)
    tree.set_tree(campaign_store.tree())
    status.set_filter(key)
    qtmodeltester.check(status)
    wanted = {f.key: f for f in status_filters()}[key]
    expected = {r.id for r in campaign_store.list_dwellings() if wanted.accepts(r, TODAY)}
    assert _dwelling_ids(status) == expected
    for index in _walk(status):  # no group is left without a dwelling under it
        if index.data(roles.NodeKindRole) != "dwelling":
            assert status.rowCount(index) > 0


def test_named_filters_select_today_appointments_and_dwellings_to_revisit(campaign_store, chain):
    tree, status, _search = chain
    refs = _by_ref(campaign_store)
    today_at = dt.datetime.combine(TODAY, dt.time(18, 0)).astimezone()
    campaign_store.record_visit(refs["LGR-RAV-A-001"].id, "rendez_vous", SURVEYOR, appointment_at=today_at)
    campaign_store.record_visit(refs["LGR-RAV-A-002"].id, "rendez_vous", SURVEYOR, appointment_at=today_at + dt.timedelta(days=1))
    campaign_store.record_visit(refs["LGR-RAV-A-003"].id, "absent", SURVEYOR)
    campaign_store.record_visit(refs["LGR-RAV-A-101"].id, "refus", SURVEYOR)
    tree.set_tree(campaign_store.tree())
    status.set_filter("aujourdhui")
    assert _dwelling_ids(status) == {refs["LGR-RAV-A-001"].id}
    status.set_filter("a_revisiter")
    assert _dwelling_ids(status) == {refs[r].id for r in ("LGR-RAV-A-001", "LGR-RAV-A-002", "LGR-RAV-A-003")}
    status.set_filter("tous")
    assert len(_dwelling_ids(status)) == 80


def test_search_matches_address_door_and_reference_word_by_word(qtmodeltester, campaign_store, chain):
    tree, _status, search = chain
    refs = _by_ref(campaign_store)
    search.set_text("calmette")
    assert _dwelling_ids(search) == {r.id for r in refs.values() if "Calmette" in (r.address or "")}
    search.set_text("ravel 101")  # building word + door number
    assert _dwelling_ids(search) == {refs["LGR-RAV-A-101"].id, refs["LGR-RAV-B-101"].id}
    search.set_text("LÉVIN")  # typo: nothing, and no empty groups left
    assert search.rowCount() == 0
    search.set_text("  ")
    assert len(_dwelling_ids(search)) == 80
    qtmodeltester.check(search)


def test_a_status_change_under_an_active_filter_removes_the_row_from_the_proxy(campaign_store, chain):
    tree, status, search = chain
    refs = _by_ref(campaign_store)
    status.set_filter("a_visiter")
    target = refs["LGR-RAV-A-002"]
    assert target.id in _dwelling_ids(search)
    campaign_store.record_visit(target.id, "absent", SURVEYOR)
    tree.update_dwelling(campaign_store.get_dwelling(target.id))
    assert target.id not in _dwelling_ids(search)
    assert len(_dwelling_ids(search)) == 79
