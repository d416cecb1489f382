"""The surveyor's round sheet read back: every dwelling by entrance and floor, statuses, appointments, errors."""

from __future__ import annotations

from datetime import datetime

import pytest

from survey_app.core.reports import ReportError, write_round_sheet
from survey_app.core.reports.pseudonymise import Pseudonymiser, clean_observation, select_observations
from survey_app.core.store import Store
from tests.core.test_reports_building_sheet import BIG, LIEVIN, SMALL, build_store, pdf_pages


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("round") / "campagne.db")
    with Store.open(path) as store:
        row = next(r for r in store.list_dwellings() if r.landlord_ref == "PT-05")
        store.record_visit(row.id, "rendez_vous", "Jeanne Martin", appointment_at=datetime(2026, 12, 3, 14, 30))
    return path


def test_round_sheet_lists_every_dwelling_by_entrance_and_floor(store_path, tmp_path):
    out = tmp_path / "tournee.pdf"
    with Store.open(store_path) as store:
        result = write_round_sheet(store, out, building=BIG)
    text = " ".join(pdf_pages(out))
    assert result.dwellings == 8 and result.pages == 1
    assert f"Feuille de tournée – {BIG}" in text and "Enquêteur :" in text
    assert "Entrée A (4 logements)" in text and "Entrée B (4 logements)" in text
    for i in range(8):
        assert f"CE-{i:02d}" in text
    assert "Refus : Pas le temps" in text and "Absent (1 fois)" in text and "Terminé" in text
    assert "RDC" in text and "3e étage" in text and "Résultat du jour : E = entretien réalisé" in text
    assert "page 1 / 1" in text


def test_appointments_and_last_visit_are_shown(store_path, tmp_path):
    out = tmp_path / "petite.pdf"
    with Store.open(store_path) as store:
        write_round_sheet(store, out, building="tour petite")
    text = " ".join(pdf_pages(out))
    assert "Rendez-vous le 03/12/2026 14h30" in text
    assert "Jeanne Martin" in text  # last visit's surveyor: an internal document
    assert "À visiter" in text and "Vacant" in text


def test_a_whole_site_lists_houses_in_street_order(store_path, tmp_path):
    out = tmp_path / "lievin.pdf"
    with Store.open(store_path) as store:
        result = write_round_sheet(store, out, site=LIEVIN)
    text = " ".join(pdf_pages(out))
    assert result.dwellings == 6 and "Logements individuels (sans bâtiment)" in text
    positions = [text.index(f"{n} rue Pasteur") for n in range(1, 7)]
    assert positions == sorted(positions)


def test_round_sheet_errors_are_french_and_write_nothing(store_path, tmp_path):
    out = tmp_path / "x.pdf"
    with Store.open(store_path) as store:
        with pytest.raises(ReportError, match=f"Bâtiment « Tour Z » introuvable.*{SMALL}"):
            write_round_sheet(store, out, building="Tour Z")
        with pytest.raises(ReportError, match="Indiquez le bâtiment"):
            write_round_sheet(store, out)
    assert not out.exists()


def test_observation_cleaning_rules():
    rules = Pseudonymiser(["Karim", "Émilie"], ["LGR-T01-A-101"])
    text = ("M. Durand et Émilie (émilie@mail.fr, +33 6 12 34 56 78) au LGR-T01-A-101, appt 12 : "
            "karim dit que le radiateur fuit")
    cleaned = clean_observation(text, rules=rules)
    assert cleaned == ("[nom] et [nom] ([courriel], [téléphone]) au [logement], [logement] : "
                       "[nom] dit que le radiateur fuit")
    assert clean_observation("Karimette chauffe au bois", rules=rules) == "Karimette chauffe au bois"
    picked = select_observations(["RAS", "", None, "Fuite", "Moisissures chambre", "moisissures chambre.",
                                  "Mme Lenoir absente", "r.a.s."], rules, count=4)
    assert picked == [("Moisissures chambre", 2), ("[nom] absente", 1), ("Fuite", 1)]
