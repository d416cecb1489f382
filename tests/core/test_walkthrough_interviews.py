"""Whole interviews on the real default questionnaire, played as a surveyor would, in form order.

Two dwellings of the campaign: a Lens tower flat with collective gas heating and no individual
regulation, and a Liévin mining-estate house heated by a coal stove (coal delivered by the ANGDM,
signs of carbon-monoxide risk). Each test checks which questions the skip logic asked and skipped,
that nothing blocks the end of the interview, and the derived values against hand computations.
A third test plays the tower flat again with « ne sait pas » / « refus » answers.
"""

from __future__ import annotations

import pytest

from survey_app.core.engine import AnswerError
from survey_app.core.indicators import DwellingRecord, group_indicators, household_indicators
from tests.core.walkthrough_helpers import Surveyor, replace_step, run_interview

# --------------------------------------------------------------------------------------------------
# 1. Lens, Grande Résidence: Tour Ravel, entrée A, 1er étage, porte 101 (T3, 62.1 m²)
# --------------------------------------------------------------------------------------------------
TOWER_PREFILL = {
    "id_logement": "LGR-RAV-A-101", "commune": "Lens", "adresse": "2 allée Maurice Ravel", "site": "1",
    "type_logement": "1", "batiment": "Tour Ravel", "entree": "A", "etage": 1, "porte": "101",
    "typologie": "3", "surface": 62.1, "enqueteur": "Sandrine L.", "num_passage": 1,
}  # fmt: skip

TOWER_STEPS = [
    ("ident_conforme", "1"), ("heure_visite", "10:30"), ("resultat_visite", "1"), ("accord", "1"),
    ("repondant", "1"),
    # C. 3 persons: two adults (42, 45) and a child of 9
    ("nb_personnes", 3),
    ("prenom", "Nadia", (0,)), ("lien", "1", (0,)), ("sexe", "2", (0,)), ("age", 42, (0,)), ("activite", "2", (0,)),
    ("prenom", "Karim", (1,)), ("lien", "2", (1,)), ("sexe", "1", (1,)), ("age", 45, (1,)), ("activite", "3", (1,)),
    ("prenom", "Inès", (2,)), ("lien", "3", (2,)), ("sexe", "2", (2,)), ("age", 9, (2,)),  # < 16: no activity
    ("presence_jour", "1"), ("annee_entree", 2004), ("angdm", "3"), ("ressources", ["1", "2", "6", "7"]),
    ("revenu_mensuel", 1650), ("apl", 180),
    # D. rent and charges: heating and hot water in the charges, provision 75.10 €/month, 120 € rappel
    ("nb_pieces", 3), ("fenetres_air", "2"), ("amenagements_froid", ["1", "2"]), ("loyer_hc", 312.86),
    ("provision_charges", 145), ("loyer_source", "1"), ("charges_incluent", ["1", "2", "3", "4"]),
    ("provision_chauffage", 75.10), ("regul", 120),
    # E. collective gas boiler room, no way to set the temperature, electric heater in cold spells
    ("chauff_mode", "1"), ("chauff_energie", "2"), ("regulation", ["6"]), ("chauff_suffisant", "2"),
    ("pannes", "2"), ("periode_chauffe", "2"), ("appoint", "2"), ("appoint_type", ["1"]), ("appoint_raison", ["2"]),
    # F. collective hot water
    ("ecs_mode", "1"), ("ecs_problemes", ["0"]),
    # G. habits
    ("temp_sejour", 19.5), ("temp_nuit", 18), ("temp_ideale", 21), ("temp_mesure", 19.0), ("reduit_nuit", "4"),
    ("aeration", "1"), ("ventilation", "1"), ("sechage_linge", "1"), ("restriction", "4"), ("cuisson", "1"),
    # H. only electricity is billed to the household: 62 € a month
    ("energies_payees", ["1"]), ("fact_elec", 62), ("fact_elec_periode", "1"), ("fact_elec_source", "1"),
    ("fact_complet", "1"), ("tarif_social", ["4"]), ("difficulte_paiement", "2"), ("impayes", ["1"]),
    ("impayes_montant", 150), ("mode_paiement", "1"),
    # I. cold last winter (bad insulation, collective heating started late)
    ("froid", "1"), ("froid_raisons", ["4", "6"]), ("problemes", ["1", "2", "3"]), ("sante", "2"),
    ("sat_logement", "2"), ("sat_chauffage", "3"), ("sat_isolation", "4"), ("sat_ecs", "2"), ("sat_charges", "3"),
    ("sat_parties_communes", "3"), ("sat_bailleur", "3"), ("sat_quartier", "2"), ("reclamation_chauffage", "2"),
    # J. priorities: own regulation, windows, insulation
    ("info_projet", "2"), ("priorite_1", "4"), ("priorite_2", "2"), ("priorite_3", "1"),
    ("chauffage_souhaite", "2"), ("partage_economies", "2"), ("souhait_logement", "1"), ("accompagnement", "2"),
    # K. surveyor's observations (no combustion appliance: no CO question)
    ("obs_etat", "2"), ("obs_humidite", "2"), ("obs_alerte", ["0"]),
]  # fmt: skip

APPLIANCE_REPEAT = ("nb_appareils", "app_type", "app_energie", "app_nombre", "app_age", "app_piece", "app_etat",
                    "app_entretien", "app_evacuation")
COAL_BLOCK = ("charbon_appro", "charbon_quantite", "charbon_angdm_qte", "charbon_livraisons", "charbon_stockage",
              "charbon_difficultes")
CO_QUESTIONS = ("detecteur_co", "obs_co")


def test_tower_flat_with_collective_heating():
    w = run_interview(TOWER_PREFILL, TOWER_STEPS)
    s = w.session
    asked = w.asked()
    # asked: the flat's location, the collective-heating questions, the common parts
    assert {"entree", "etage", "provision_chauffage", "regul", "periode_chauffe", "sat_parties_communes",
            "apl", "impayes"} <= asked
    # skipped: the appliance repeat, the coal block, the CO questions, ANGDM details, no-regulation follow-up
    assert w.never_asked(*APPLIANCE_REPEAT, *COAL_BLOCK, *CO_QUESTIONS, "angdm_prest", "regulation_usage",
                         "revenu_tranche", "revenu_mensuel_statut", "fact_gaz", "fact_charbon") == []
    assert w.instances("appareils") == 0
    assert not any(name.endswith("_statut") for name in asked)
    # every question shown was answered, pre-filled, or is optional and left blank on purpose
    assert w.left_blank() == {"id_rpls", "commentaire", "obs_commentaire"}
    assert asked == {n for n, _ in w.answered} | w.prefilled | w.left_blank() | {"date_visite"}
    assert s.blocking_problems() == [] and s.problems() == []

    # UC = 1 + 0.5 × (2 persons aged 14+ − 1) + 0.3 × 1 child under 14 = 1.8
    assert (w.calc("nb_14plus"), w.calc("nb_moins14"), w.calc("uc")) == (2, 1, pytest.approx(1.8))
    # income = 12 × (1 650 + 180 APL) = 21 960 €/year; living standard = 21 960 / 1.8 = 12 200
    assert w.calc("revenu_annuel") == pytest.approx(21960) and w.calc("niveau_vie") == pytest.approx(12200)
    # collective share = 12 × 75.10 + 120 = 1 021.20; electricity = 62 × 12 = 744; DE = 1 765.20
    assert w.calc("dep_energie_coll") == pytest.approx(1021.2)
    assert w.calc("dep_elec") == pytest.approx(744)
    assert w.calc("dep_energie") == pytest.approx(1765.2)
    # TEE = 1 765.20 / 21 960 = 0.08038… (the form rounds to 4 decimals): under the 10 % threshold
    assert w.calc("tee") == pytest.approx(0.0804)
    # reste à vivre / UC = (21 960 − 12 × 312.86 − 12 × (145 − 75.10)) / 1.8 = 17 366.88 / 1.8 = 9 648
    assert w.calc("rav_uc") == pytest.approx(9648)
    # humidity index: condensation (problem 3) + laundry dried inside = 2, under the flag's 3
    assert (w.calc("indice_humidite"), w.calc("flag_humidite")) == (2, 0)
    assert w.calc("flag_sans_regulation") == 1 and w.calc("flag_appoint") == 1
    assert w.calc("flag_combustion") == 0 and w.calc("flag_risque_co") == 0
    assert w.calc("flag_fr") == 1 and w.calc("flag_fr_preca") == 1  # reason 4 (insulation) is a precarity reason
    assert w.calc("priorites") == "4 2 1"

    doc = s.finish()
    assert "appareils" not in doc and "charbon_appro" not in doc and doc["id_logement"] == "LGR-RAV-A-101"
    h = household_indicators(doc)
    assert h.interviewed and h.persons == 3 and h.consumption_units == pytest.approx(1.8)
    assert h.energy_spending == pytest.approx(1765.2) and h.tee == pytest.approx(1765.2 / 21960)
    assert h.tee_above is False and h.spending_underestimated is False
    assert (h.heating_mode, h.heating_energy, h.no_regulation, h.extra_heating) == ("1", "2", True, True)
    assert h.comfort_problem_count == 3 and h.priorities == ("4", "2", "1") and h.co_risk is False
    assert h.felt_cold is True and h.restriction is False  # « non concerné », cold not for cost
    assert h.under_heated is False  # 19.0 °C measured ≥ 18 °C


# --------------------------------------------------------------------------------------------------
# 2. Liévin, Chouard-Pasteur: mining-estate house, 1 B rue Louis Pasteur (T5, 84.2 m²)
# --------------------------------------------------------------------------------------------------
HOUSE_PREFILL = {
    "id_logement": "LCP-PAS-001", "commune": "Liévin", "adresse": "1 B rue Louis Pasteur", "site": "2",
    "type_logement": "2", "typologie": "5", "surface": 84.2, "enqueteur": "Sandrine L.", "num_passage": 2,
}  # fmt: skip

HOUSE_STEPS = [
    ("ident_conforme", "1"), ("resultat_visite", "1"), ("accord", "1"), ("repondant", "1"),
    # C. a miner's widow (78) and her grandson (12); coal delivered in kind by the ANGDM
    ("nb_personnes", 2),
    ("prenom", "Jeanine", (0,)), ("lien", "1", (0,)), ("sexe", "2", (0,)), ("age", 78, (0,)), ("activite", "4", (0,)),
    ("prenom", "Dylan", (1,)), ("lien", "5", (1,)), ("sexe", "1", (1,)), ("age", 12, (1,)),
    ("presence_jour", "1"), ("annee_entree", 1962), ("angdm", "2"), ("angdm_prest", ["2", "3"]),
    ("ressources", ["3", "9"]), ("revenu_mensuel", 1050),  # no APL among the resources: not asked
    # D. no heating in the charges
    ("nb_pieces", 5), ("fenetres_air", "1"), ("amenagements_froid", ["1", "5"]), ("loyer_hc", 368.06),
    ("provision_charges", 12), ("loyer_source", "1"), ("charges_incluent", ["5"]),
    # E. coal stove in the living room + electric convectors in the bedrooms
    ("chauff_mode", "5"), ("chauff_energie", "6"), ("nb_appareils", 2),
    ("app_type", "7", (0,)), ("app_energie", "6", (0,)), ("app_age", "3", (0,)), ("app_piece", "1", (0,)),
    ("app_etat", "2", (0,)), ("app_entretien", "2", (0,)), ("app_evacuation", "2", (0,)),
    ("app_type", "4", (1,)), ("app_nombre", 2, (1,)), ("app_age", "2", (1,)), ("app_piece", "3", (1,)),
    ("app_etat", "1", (1,)),
    ("regulation", ["5"]), ("regulation_usage", "2"), ("chauff_suffisant", "2"), ("pannes", "1"),
    ("appoint", "2"), ("appoint_type", ["3"]), ("appoint_raison", ["1"]),  # bottled-gas heater: CO risk
    ("charbon_appro", ["1", "3"]), ("charbon_quantite", 3), ("charbon_angdm_qte", 2), ("charbon_livraisons", 4),
    ("charbon_stockage", "1"), ("charbon_difficultes", ["1", "3"]),
    # F. electric water heater; combustion appliances, so the CO detector question
    ("ecs_mode", "4"), ("ecs_problemes", ["0"]), ("detecteur_co", "3"),
    # G. habits
    ("temp_sejour", 18), ("temp_nuit", 14), ("temp_ideale", 20), ("temp_mesure", 17.5), ("reduit_nuit", "2"),
    ("aeration", "4"), ("ventilation", "4"), ("sechage_linge", "1"), ("restriction", "2"), ("cuisson", "2"),
    # H. electricity 58 €/month, bottled gas 190 €/year, coal bought in bags 420 € for the winter
    ("energies_payees", ["1", "3", "5"]), ("fact_elec", 58), ("fact_elec_periode", "1"), ("fact_elec_source", "1"),
    ("fact_gpl", 190), ("fact_gpl_periode", "4"), ("fact_gpl_source", "2"),
    ("fact_charbon", 420), ("fact_charbon_periode", "5"), ("fact_charbon_source", "2"),
    ("fact_complet", "1"), ("tarif_social", ["3"]), ("difficulte_paiement", "3"), ("mode_paiement", "3"),
    # I. cold because of the cost and the insulation; the landlord item « ne sait pas » (98)
    ("froid", "1"), ("froid_raisons", ["3", "4"]), ("problemes", ["1", "2", "3", "4"]), ("sante", "1"),
    ("sat_logement", "2"), ("sat_chauffage", "3"), ("sat_isolation", "4"), ("sat_ecs", "1"), ("sat_charges", "3"),
    ("sat_bailleur", "98"), ("sat_quartier", "1"), ("reclamation_chauffage", "3"),
    # J. insulation, then a new heating system, then « pas d'autre priorité »
    ("info_projet", "1"), ("priorite_1", "1"), ("priorite_2", "3"), ("priorite_3", "0"),
    ("chauffage_souhaite", "2"), ("partage_economies", "3"), ("souhait_logement", "1"), ("accompagnement", "1"),
    # K. damaged flue and soot: CO signs, flagged in the alerts too
    ("obs_etat", "3"), ("obs_humidite", "3"), ("obs_co", ["2", "3"]), ("obs_alerte", ["1", "3"]),
]  # fmt: skip


def test_mining_house_with_coal_stove():
    w = run_interview(HOUSE_PREFILL, HOUSE_STEPS)
    s = w.session
    asked = w.asked()
    assert {*APPLIANCE_REPEAT, *COAL_BLOCK, *CO_QUESTIONS, "angdm_prest", "regulation_usage"} <= asked
    # a house: no entrance or floor, no common parts; no collective heating, APL or unpaid bills
    assert w.never_asked("entree", "etage", "sat_parties_communes", "provision_chauffage", "regul",
                         "periode_chauffe", "apl", "impayes", "fact_gaz", "fact_fioul") == []
    assert w.instances("appareils") == 2
    assert s.is_relevant("app_entretien", (0,)) and not s.is_relevant("app_entretien", (1,))  # stove only
    assert s.is_relevant("app_nombre", (1,)) and not s.is_relevant("app_energie", (1,))  # convectors
    assert w.left_blank() == {"id_rpls", "batiment", "porte", "heure_visite", "commentaire", "obs_commentaire"}
    assert asked == {n for n, _ in w.answered} | w.prefilled | w.left_blank() | {"date_visite"}
    assert s.blocking_problems() == [] and s.problems() == []

    # UC = 1 + 0.5 × (1 person aged 14+ − 1) + 0.3 × 1 child = 1.3
    assert w.calc("uc") == pytest.approx(1.3)
    # income = 12 × 1 050 = 12 600 €/year; living standard = 12 600 / 1.3 = 9 692.3 → 9 692
    assert w.calc("revenu_annuel") == pytest.approx(12600) and w.calc("niveau_vie") == pytest.approx(9692)
    # DE = 58 × 12 + 190 × 1 + 420 × 1 (« pour l'hiver » counts once) = 696 + 190 + 420 = 1 306; no collective part
    assert (w.calc("dep_elec"), w.calc("dep_gpl"), w.calc("dep_charbon")) == (696, 190, 420)
    assert w.calc("dep_energie_coll") == 0 and w.calc("dep_energie") == pytest.approx(1306)
    # TEE = 1 306 / 12 600 = 0.10365… → 0.1037: above the 10 % threshold
    assert w.calc("tee") == pytest.approx(0.1037)
    # coal delivered in kind by the ANGDM: the spending is underestimated
    assert w.calc("utilise_charbon") == 1 and w.calc("flag_angdm_nature") == 1
    assert (w.calc("nb_app_combustion"), w.calc("nb_app_charbon"), w.calc("flag_combustion")) == (1, 1, 1)
    # CO: bottled-gas heater (appoint 3) and 2 observed signs → risk flag
    assert w.calc("nb_signes_co") == 2 and w.calc("flag_risque_co") == 1
    # humidity: condensation 3 + mould 4 + laundry inside + airing rarely = 4 (flag at 3)
    assert (w.calc("indice_humidite"), w.calc("flag_humidite")) == (4, 1)
    assert w.calc("flag_restriction") == 1 and w.calc("flag_fr_preca") == 1
    assert w.calc("priorites") == "1 3"

    h = household_indicators(s.finish())
    assert h.tee == pytest.approx(1306 / 12600) and h.tee_above is True and h.spending_underestimated
    assert h.living_standard == pytest.approx(12600 / 1.3)
    assert (h.heating_mode, h.heating_energy, h.no_regulation) == ("5", "6", False)
    assert h.co_risk and h.restriction and h.cold_precarity and h.humidity_index == 4
    assert h.under_heated is True  # 17.5 °C measured < 18 °C
    assert h.priorities == ("1", "3") and h.comfort_problem_count == 4
    assert h.satisfaction_code("sat_bailleur") == "98" and h.satisfaction_code("sat_parties_communes") is None


# --------------------------------------------------------------------------------------------------
# 3. « Ne sait pas » / « refus »: accepted where the respondent may say so, unknown in the indicators
# --------------------------------------------------------------------------------------------------
def nsp_tower_steps() -> list:
    steps = replace_step(TOWER_STEPS, "revenu_mensuel", ("revenu_mensuel_statut", "99"), ("revenu_tranche", "99"))
    steps = replace_step(steps, "fact_elec", ("fact_elec_statut", "98"))  # amount left empty
    steps = replace_step(replace_step(steps, "fact_elec_periode"), "fact_elec_source")  # no longer asked
    steps = replace_step(steps, "fact_complet", ("fact_complet", "2"))
    steps = replace_step(replace_step(steps, "froid", ("froid", "98")), "froid_raisons")
    return replace_step(steps, "sat_charges", ("sat_charges", "99"))


def test_nsp_and_refusal_are_accepted_and_flow_into_the_indicators_as_unknown():
    w = run_interview(dict(TOWER_PREFILL, id_logement="LGR-RAV-A-102", porte="102"), nsp_tower_steps())
    s = w.session
    assert s.blocking_problems() == []
    assert not s.is_relevant("froid_raisons") and not s.is_relevant("fact_elec_periode")
    # the form's own sums: income unknown, but the unknown bill counts as 0 (flagged incomplete)
    assert w.calc("revenu_annuel") in (None, "") and w.calc("tee") in (None, "")
    assert w.calc("flag_dep_incomplete") == 1 and w.calc("dep_energie") == pytest.approx(1021.2)
    h = household_indicators(s.finish())
    assert h.annual_income is None and h.living_standard is None
    assert h.energy_spending is None  # unknown, not the 1 021.20 € of charges alone
    assert h.tee is None and h.tee_above is None
    assert h.felt_cold is None and h.cold_precarity is None
    assert h.satisfaction_code("sat_charges") == "99"

    # in a building with the first tower flat: left out of the denominators, counted as unknown
    tower = run_interview(TOWER_PREFILL, TOWER_STEPS).session.finish()
    records = [DwellingRecord("d1", "Lens", "Tour Ravel", "A", 1, "termine", 1, 0, tower),
               DwellingRecord("d2", "Lens", "Tour Ravel", "A", 1, "termine", 1, 0, s.finish())]
    g = group_indicators(records)
    assert (g.felt_cold.base, g.felt_cold.unknown, g.felt_cold.count) == (1, 1, 1)
    assert (g.burden.above_threshold.base, g.burden.above_threshold.unknown) == (1, 1)
    assert (g.burden.median_spending.base, g.burden.median_spending.value) == (1, pytest.approx(1765.2))
    charges = next(item for item in g.satisfaction if item.item == "sat_charges")
    assert (charges.scale.base, charges.scale.unknown) == (1, 1)
    assert g.felt_cold.masked and g.felt_cold.display() == "n < 5"


def test_a_number_left_empty_needs_its_statut_and_surveyor_lists_have_no_nsp():
    steps = replace_step(TOWER_STEPS, "revenu_mensuel")
    steps = replace_step(steps, "apl")
    w = Surveyor(TOWER_PREFILL)
    for step in steps[: [i for i, st in enumerate(steps) if st[0] == "ressources"][0] + 1]:
        w.answer(*step)
    assert w.session.is_relevant("revenu_mensuel_statut") and w.session.state("revenu_mensuel_statut").missing
    assert {p.name for p in w.session.blocking_problems()} >= {"revenu_mensuel_statut", "revenu_tranche"}
    # the amount is given: the statut question disappears
    w.answer("revenu_mensuel", 1650)
    assert not w.session.is_relevant("revenu_mensuel_statut") and not w.session.is_relevant("revenu_tranche")
    # 98/99 exist only in the respondent's lists, not in the surveyor's own
    with pytest.raises(AnswerError):
        w.session.set_value("resultat_visite", "98")
    with pytest.raises(AnswerError):
        w.session.set_value("obs_etat", "99")
    w.session.set_value("angdm", "99")  # a respondent's question: accepted
    assert w.session.state("angdm").error is None
