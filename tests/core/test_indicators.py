"""Derived indicators on hand-computed cases: per household, per building, masking, nsp/refus, edge cases.

The answers documents below carry only the fields the indicators read (the default form's names,
calculated values included, as a finished interview stores them). The arithmetic is in the comments.
"""

from __future__ import annotations

import pytest

from survey_app.core.indicators import (
    DwellingRecord, Figure, IndicatorSettings, building_indicators, group_indicators, household_indicators,
    is_interview, summarise,
)  # fmt: skip


def answers(*, de, income, froid, problems, sat_logement, sat_chauffage, priorities, appoint, mode="1",
            energy="2", regulation=("6",), co=0, uc=1.0, **extra) -> dict:
    """A finished interview; `de=None` means one energy amount was « ne sait pas » (flag_dep_incomplete)."""
    doc = {
        "resultat_visite": "1", "accord": "1", "entretien": 1, "nb_personnes": 1, "uc": uc,
        "revenu_annuel": income, "dep_energie": 1000.0 if de is None else de,
        "flag_dep_incomplete": 1 if de is None else 0, "froid": froid, "problemes": list(problems),
        "sat_logement": sat_logement, "sat_chauffage": sat_chauffage, "appoint": appoint, "chauff_mode": mode,
        "chauff_energie": energy, "regulation": list(regulation), "flag_risque_co": co,
    }  # fmt: skip
    for rank, code in enumerate(priorities, start=1):
        doc[f"priorite_{rank}"] = code
    doc.update(extra)
    return doc


# Six interviewed households of one tower (Tour Bell).
#        DE     income  TEE                    froid  problems     sat_log sat_ch  priorities  appoint
# H1   1 200   10 000   0.120  > 10 %          oui    1, 2         1       1       1, 2, 3     1
# H2     900   15 000   0.060                  non    aucun (0)    2       2       2, 1        3
# H3   1 500   12 000   0.125  > 10 %          oui    1, 3         2       3       4, 1, 2     2
# H4     800   20 000   0.040                  non    1            3       4       1           3
# H5   1 000   10 000   0.100  = 10 %, not >   98     98           4       97      98          3
# H6   (nsp)    9 000   unknown                oui    2, 3, 4      2       99      3, 4, 1     1
HOUSEHOLDS = [
    answers(de=1200, income=10000, froid="1", problems=["1", "2"], sat_logement="1", sat_chauffage="1",
            priorities=["1", "2", "3"], appoint="1"),
    answers(de=900, income=15000, froid="2", problems=["0"], sat_logement="2", sat_chauffage="2",
            priorities=["2", "1", "0"], appoint="3"),
    answers(de=1500, income=12000, froid="1", problems=["1", "3"], sat_logement="2", sat_chauffage="3",
            priorities=["4", "1", "2"], appoint="2"),
    answers(de=800, income=20000, froid="2", problems=["1"], sat_logement="3", sat_chauffage="4",
            priorities=["1", "0"], appoint="3"),
    answers(de=1000, income=10000, froid="98", problems=["98"], sat_logement="4", sat_chauffage="97",
            priorities=["98"], appoint="3"),
    answers(de=None, income=9000, froid="1", problems=["2", "3", "4"], sat_logement="2", sat_chauffage="99",
            priorities=["3", "4", "1"], appoint="1", mode="5", energy="6", regulation=("5",), co=1),
]


def tower_bell() -> list[DwellingRecord]:
    """10 dwellings: 6 interviews, 1 refusal, 1 absent (3 visits), 1 vacant, 1 never visited."""
    records = [DwellingRecord(f"d{i + 1}", "Lens", "Tour Bell", "A", i, "termine", 1, 0, doc)
               for i, doc in enumerate(HOUSEHOLDS)]
    return records + [
        DwellingRecord("d7", "Lens", "Tour Bell", "A", 6, "refus", 1),
        DwellingRecord("d8", "Lens", "Tour Bell", "B", 0, "absent", 3, 3),
        DwellingRecord("d9", "Lens", "Tour Bell", "B", 1, "vacant", 1),
        DwellingRecord("d10", "Lens", "Tour Bell", "B", 2, "a_visiter"),
    ]


def test_household_energy_cost_burden_and_thresholds():
    doc = answers(de=1500, income=12000, froid="1", problems=["0"], sat_logement="1", sat_chauffage="1",
                  priorities=["1"], appoint="3", uc=1.5, froid_raisons=["6"])
    h = household_indicators(doc)
    # TEE = 1 500 / 12 000 = 0.125 > 0.10; living standard = 12 000 / 1.5 = 8 000
    assert h.tee == pytest.approx(0.125) and h.tee_above is True and h.living_standard == pytest.approx(8000)
    assert h.tee_3d is None  # no D3 reference set
    assert household_indicators(doc, IndicatorSettings(d3_living_standard=10000)).tee_3d is True  # 8 000 < 10 000
    assert household_indicators(doc, IndicatorSettings(d3_living_standard=7000)).tee_3d is False
    assert household_indicators(doc, IndicatorSettings(tee_threshold=0.13)).tee_above is False
    # felt cold, but only because the collective heating started late (6): not a precarity reason
    assert h.felt_cold is True and h.cold_precarity is False
    assert h.comfort_problems == frozenset() and h.comfort_problem_count == 0  # « aucun »
    assert h.priorities == ("1",) and h.no_regulation is True and h.extra_heating is False


def test_household_nsp_and_refusal_are_unknown_not_zero():
    base = dict(income=12000, froid="1", problems=["1"], sat_logement="1", sat_chauffage="1",
                priorities=["1"], appoint="3")
    # an energy bill « ne sait pas »: the form's sum counts it as 0, the indicators do not
    assert household_indicators(answers(de=None, **base)).energy_spending is None
    # the heating provision in the charges unknown
    h = household_indicators(answers(de=800, **base, provision_chauffage_statut="98"))
    assert h.energy_spending is None and h.tee is None and h.tee_above is None
    # the amount of APL refused: income (APL included) unknown
    h = household_indicators(answers(de=800, **base, apl_statut="99"))
    assert h.annual_income is None and h.tee is None
    # no income recorded at all (refused amount and bracket)
    assert household_indicators(answers(de=800, **dict(base, income=None))).tee is None
    assert household_indicators(answers(de=800, **dict(base, income=0))).tee is None  # undefined
    # froid refused, reasons refused, problems « ne sait pas »
    assert household_indicators(answers(de=800, **dict(base, froid="99"))).felt_cold is None
    h = household_indicators(answers(de=800, **base, froid_raisons=["99"]))
    assert h.felt_cold is True and h.cold_precarity is None
    h = household_indicators(answers(de=800, **dict(base, problems=["98"]), regulation=["98"]))
    assert h.comfort_problems is None and h.comfort_problem_count is None and h.no_regulation is None
    assert household_indicators(answers(de=800, **dict(base, priorities=["99"]))).priorities is None


def test_building_coverage_and_response_rates():
    c = building_indicators(tower_bell()).coverage
    assert (c.dwellings, c.vacant, c.occupied, c.interviews, c.refusals, c.absent) == (10, 1, 9, 6, 1, 1)
    assert (c.absent_repeated, c.visited, c.not_visited) == (1, 9, 1)
    # response rate = 6 interviews / 9 occupied = 66.7 %; contact = (6 + 1 refusal) / 9 = 77.8 %
    assert c.response_rate.value == pytest.approx(6 / 9) and c.response_rate.display() == "67\u00a0%"
    assert c.contact_rate.value == pytest.approx(7 / 9)
    assert c.cooperation_rate.value == pytest.approx(6 / 7)  # 6 / (6 + 1)


def test_building_heating_and_energy_cost_burden():
    g = building_indicators(tower_bell())
    assert (g.level, g.key, g.label, g.households) == ("batiment", ("Lens", "Tour Bell"), "Tour Bell", 6)
    # modes: collective (1) for 5 of 6, coal stove (5) for 1
    assert g.heating.mode.share("1").value == pytest.approx(5 / 6) and g.heating.mode.share("5").count == 1
    assert g.heating.energy.counts() == {"2": 5, "6": 1}
    assert g.heating.no_regulation.count == 5 and g.heating.no_regulation.base == 6
    assert g.heating.extra_heating.value == pytest.approx(3 / 6)  # H1, H3, H6
    assert g.heating.co_risk.value == 1 and g.co_risk_dwellings == ("d6",)
    b = g.burden
    # known spending: 800, 900, 1 000, 1 200, 1 500 → median 1 000, mean 5 400 / 5 = 1 080; H6 unknown
    assert (b.median_spending.value, b.median_spending.base, b.median_spending.unknown) == (1000, 5, 1)
    assert b.mean_spending.value == pytest.approx(1080) and b.median_spending.display() == "1\u202f000\u00a0€"
    # TEE: 0.04, 0.06, 0.10, 0.12, 0.125 → median 0.10; above 10 %: H1 and H3 (H5 is exactly 10 %) = 2 / 5
    assert b.median_tee.value == pytest.approx(0.10) and b.median_tee.display() == "10,0\u00a0%"
    assert (b.above_threshold.count, b.above_threshold.base, b.above_threshold.unknown) == (2, 5, 1)
    assert b.above_threshold.display() == "40\u00a0%"
    assert b.above_threshold_3d is None and b.below_poverty is None  # references not set


def test_building_cold_comfort_satisfaction():
    g = building_indicators(tower_bell())
    # felt cold: H1, H3, H6 yes; H2, H4 no; H5 « ne sait pas » → 3 / 5, 1 unknown
    assert (g.felt_cold.count, g.felt_cold.base, g.felt_cold.unknown) == (3, 5, 1)
    assert g.felt_cold.display() == "60\u00a0%"
    # problems among 5 known (H5 « ne sait pas »): 1 → H1 H3 H4 = 3; 2 → H1 H6; 3 → H3 H6; 4 → H6
    assert [code for code, _ in g.comfort.items] == ["1", "2", "3", "4"]
    assert g.comfort.counts() == {"1": 3, "2": 2, "3": 2, "4": 1}
    assert (g.comfort.base, g.comfort.unknown) == (5, 1) and g.comfort.share("1").value == pytest.approx(0.6)
    assert g.comfort.share("9").value == 0.0  # never cited
    sat = {item.item: item for item in g.satisfaction}
    # sat_logement 1, 2, 2, 3, 4, 2 → satisfied (1 or 2) = 4 / 6
    assert sat["sat_logement"].satisfied.value == pytest.approx(4 / 6)
    assert sat["sat_logement"].scale.counts() == {"1": 1, "2": 3, "3": 1, "4": 1}
    # sat_chauffage 1, 2, 3, 4, 97, 99 → base 4 (97 sans objet and 99 refus left out), 2 satisfied: masked
    chauffage = sat["sat_chauffage"]
    assert (chauffage.satisfied.base, chauffage.satisfied.count, chauffage.not_applicable) == (4, 2, 1)
    assert chauffage.scale.unknown == 1 and chauffage.satisfied.masked and chauffage.satisfied.display() == "n < 5"
    assert sat["sat_quartier"].satisfied.base == 0 and sat["sat_quartier"].satisfied.masked  # never asked


def test_priorities_are_ranked_by_weighted_points():
    p = building_indicators(tower_bell()).priorities
    # points 3 / 2 / 1 for a 1st / 2nd / 3rd choice (H5 « ne sait pas » left out, base 5):
    #   1: H1 3 + H2 2 + H3 2 + H4 3 + H6 1 = 11 (5 mentions)   2: H1 2 + H2 3 + H3 1 = 6
    #   4: H3 3 + H6 2 = 5 (2 mentions)                         3: H1 1 + H6 3 = 4 (2 mentions)
    assert [(r.code, r.points, r.mentions, r.first_choice) for r in p.ranking] == [
        ("1", 11, 5, 2), ("2", 6, 3, 1), ("4", 5, 2, 1), ("3", 4, 2, 1)]
    assert [r.rank for r in p.ranking] == [1, 2, 3, 4] and (p.base, p.unknown, p.masked) == (5, 1, False)
    assert p.ranking[0].mentioned.value == pytest.approx(1.0)  # 5 / 5 named « isolation »
    # counting mentions only (1 point each) would tie 4 and 3; the code breaks the tie
    flat = building_indicators(tower_bell(), IndicatorSettings(priority_weights=(1, 1, 1))).priorities
    assert [r.code for r in flat.ranking] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("n, masked", [(4, True), (5, False)])
def test_masking_at_four_and_five_households(n, masked):
    records = [DwellingRecord(f"d{i}", "Lens", "Tour Bell", "A", i, "termine", 1, 0, HOUSEHOLDS[i % 4])
               for i in range(n)]
    g = building_indicators(records)
    assert g.households == n
    figures = [g.felt_cold, g.burden.median_spending, g.burden.above_threshold, g.heating.no_regulation,
               g.heating.co_risk, g.coverage.response_rate]
    assert all(f.masked is masked for f in figures)
    assert g.comfort.masked is masked and g.priorities.masked is masked and g.heating.mode.masked is masked
    if masked:
        assert {f.display() for f in figures} == {"n < 5"}
        assert g.felt_cold.value == pytest.approx(2 / 4)  # kept for internal use, never displayed
    else:
        # H1, H3 cold among H1 H2 H3 H4 H1 → 3 / 5
        assert g.felt_cold.display() == "60\u00a0%"
    assert building_indicators(records, IndicatorSettings(min_base=3)).felt_cold.masked is False


def test_empty_building():
    g = building_indicators([])
    c = g.coverage
    assert (c.dwellings, c.occupied, c.interviews, g.households) == (0, 0, 0, 0)
    assert c.response_rate.value is None and c.response_rate.display() == "n < 5"
    assert g.burden.median_spending.value is None and g.priorities.ranking == () and g.comfort.items == ()
    assert g.heating.mode.share("1").display() == "n < 5"
    assert all(item.satisfied.base == 0 for item in g.satisfaction)


def test_building_with_only_refusals():
    records = [DwellingRecord(f"r{i}", "Liévin", "Cité Pasteur", None, None, "refus", 1) for i in range(6)]
    g = building_indicators(records)
    c = g.coverage
    assert (c.occupied, c.refusals, c.interviews, g.households) == (6, 6, 0, 0)
    # 0 interviews / 6 occupied: a real 0 %, shown (6 dwellings ≥ 5)
    assert c.response_rate.value == 0 and c.response_rate.display() == "0\u00a0%"
    assert c.cooperation_rate.value == 0 and c.contact_rate.value == 1
    assert g.felt_cold.base == 0 and g.felt_cold.masked and g.burden.median_tee.display() == "n < 5"
    assert g.co_risk_dwellings == () and g.heating.co_risk.value == 0


def test_outcome_prefers_the_answers_to_the_store_status():
    refused = {"resultat_visite": "1", "accord": "2", "entretien": 0}
    assert not is_interview(refused) and is_interview({"resultat_visite": "2", "accord": "1"})
    records = [
        DwellingRecord("a", "Lens", "Tour Bell", status="termine", visit_count=1, answers=refused),
        DwellingRecord("b", "Lens", "Tour Bell", status="termine", visit_count=1),  # answers not given
        DwellingRecord("c", "Lens", "Tour Bell", status="en_cours", visit_count=1),
        DwellingRecord("d", "Lens", "Tour Bell", status="termine", answers={"resultat_visite": "6"}),
    ]
    c = building_indicators(records).coverage
    assert (c.refusals, c.interviews, c.in_progress, c.vacant, c.occupied) == (1, 1, 1, 1, 3)
    assert building_indicators(records).households == 0  # only documents with entretien = 1 count


def test_summarise_per_site_building_and_entrance():
    records = tower_bell() + [
        DwellingRecord("t10", "Lens", "Tour 10", "A", 0, "refus", 1),
        DwellingRecord("t2", "Lens", "Tour 2", "A", 0, "absent", 1, 1),
        DwellingRecord("h1", "Liévin", None, None, None, "termine", 1, 0, HOUSEHOLDS[5]),
    ]
    s = summarise(records)
    assert s.campaign.level == "campagne" and s.campaign.coverage.dwellings == 13 and s.campaign.households == 7
    assert [g.label for g in s.sites] == ["Lens", "Liévin"]
    assert [g.label for g in s.buildings] == ["Tour 2", "Tour 10", "Tour Bell", "Sans bâtiment"]
    assert [g.label for g in s.entrances] == [
        "Tour 2 – entrée A", "Tour 10 – entrée A", "Tour Bell – entrée A", "Tour Bell – entrée B"]
    assert s.entrances[2].coverage.interviews == 6 and s.entrances[3].coverage.dwellings == 3
    assert s.campaign.co_risk_dwellings == ("d6", "h1")
    with pytest.raises(ValueError, match="plusieurs bâtiments"):
        building_indicators(records)


def test_record_from_a_store_row():
    from survey_app.core.store.records import DwellingRow

    fields = {name: None for name in DwellingRow.__dataclass_fields__}
    fields.update(id="dw-1", site_name="Lens", building_code="Tour Bell", entrance_code="A", floor=3,
                  status="absent", visit_count=3, absent_count=3)
    record = DwellingRecord.from_row(DwellingRow(**fields), answers=None)
    assert (record.dwelling_id, record.site, record.building, record.entrance, record.floor) == (
        "dw-1", "Lens", "Tour Bell", "A", 3)
    assert record.outcome() == "absent" and (record.visit_count, record.absent_count) == (3, 3)


def test_settings_defaults_overrides_and_display():
    s = IndicatorSettings()
    assert (s.tee_threshold, s.min_base, s.priority_weights, s.d3_living_standard) == (0.10, 5, (3, 2, 1), None)
    assert (s.t_min_comfort, s.t_overheating) == (18.0, 22.0)
    table = IndicatorSettings.from_mapping({"seuil_tee": "0,08", "n_min_affichage": "10",
                                            "d3_niveau_vie": "12 500", "priority_weights": "5 3 1"})
    assert (table.tee_threshold, table.min_base, table.d3_living_standard) == (0.08, 10, 12500.0)
    assert table.priority_weights == (5, 3, 1) and s.replace(min_base=3).min_base == 3
    with pytest.raises(ValueError, match="inconnu"):
        IndicatorSettings.from_mapping({"seuil_inconnu": 1})
    assert IndicatorSettings.from_mapping({"d3_niveau_vie": ""}).d3_living_standard is None
    with pytest.raises(ValueError, match="manquante"):
        IndicatorSettings.from_mapping({"seuil_tee": ""})
    with pytest.raises(ValueError, match="entre 0 et 1"):
        IndicatorSettings(tee_threshold=10)
    assert Figure(None, 7, False).display() == "–"
    assert Figure(3, 7, False, kind="count").display() == "3"
    assert Figure(0.4, 4, True, min_base=5).display() == "n < 5"
