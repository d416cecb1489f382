"""Building sheets read back from the PDF: printed figures = indicators, masking, accents and €, privacy, files.

The store is built here with the Store API: « Tour Cœur-Éloïse » (8 flats, 6 interviews: figures shown),
« Tour Petite » (7 flats, 3 interviews: every household figure masked) and 6 houses in Liévin. The
expected figures are computed independently from the store (rows + interviews → `building_indicators`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from survey_app.core.forms import load_form
from survey_app.core.indicators import DwellingRecord, building_indicators
from survey_app.core.reports import ReportCancelled, ReportError, ReportOptions, write_building_report
from survey_app.core.store import RegisterRow, Store
from survey_app.paths import default_form_path

CAMPAIGN = "Lens-Liévin 2026 – test"
LENS, LIEVIN = "Lens – Grande Résidence", "Liévin – Chouard-Pasteur"
BIG, SMALL = "Tour Cœur-Éloïse", "Tour Petite"
SAT_ITEMS = ("sat_logement", "sat_chauffage", "sat_isolation", "sat_ecs", "sat_charges", "sat_parties_communes",
             "sat_bailleur", "sat_quartier")
PRIVATE_REMARK = "Mme Dupont très isolée, rappeler au 06 12 34 56 78, porte 12 ; Nadia est d'accord"


def household(*, froid="1", spending=1234.0, income=20000.0, mode="1", energy="1", sat="1", prenom="Nadia",
              obs=None) -> dict:
    """A finished interview's answers, with the fields the indicators read."""
    doc = {
        "entretien": 1, "resultat_visite": "1", "accord": "1", "nb_personnes": 2, "uc": 1.5,
        "membres": [{"prenom": prenom, "age": 40}], "enqueteur": "Jeanne Martin",
        "revenu_annuel": income, "dep_energie": spending, "chauff_mode": mode, "chauff_energie": energy,
        "regulation": ["1"], "appoint": "3", "temp_retenue": 19.5, "froid": froid,
        "restriction": "3", "problemes": ["1", "2"], "indice_humidite": 1,
        "priorite_1": "1", "priorite_2": "2", "priorite_3": "3",
    }  # fmt: skip
    if froid == "1":
        doc["froid_raisons"] = ["1"]
    doc.update({item: sat for item in SAT_ITEMS})
    if obs:
        doc["obs_commentaire"] = obs
    return doc


def _rows() -> list[RegisterRow]:
    rows = []
    for i in range(8):
        rows.append(RegisterRow(landlord_ref=f"CE-{i:02d}", site=LENS, building=BIG, entrance="AB"[i % 2],
                                floor=i // 2, door=f"{i // 2}0{i % 2 + 1}", typology=3, construction="C",
                                address="3 allée Cœur-Éloïse, 62300 Lens", commune="Lens"))
    for i in range(7):
        rows.append(RegisterRow(landlord_ref=f"PT-{i:02d}", site=LENS, building=SMALL, entrance="A", floor=i,
                                door=f"{i}01", typology=2, construction="C", address="5 rue Petite, 62300 Lens",
                                commune="Lens"))
    for i in range(6):
        rows.append(RegisterRow(landlord_ref=f"LV-{i:02d}", site=LIEVIN, typology=4, construction="I",
                                address=f"{i + 1} rue Pasteur, 62800 Liévin", commune="Liévin"))
    return rows


def build_store(path: Path) -> Path:
    """The test campaign (see the module docstring); returns the store path."""
    with Store.create(path) as store:
        store.import_dwellings(_rows(), campaign=CAMPAIGN)
        by_ref = {r.landlord_ref: r for r in store.list_dwellings()}

        def interview(ref: str, doc: dict) -> None:
            record = store.create_interview(by_ref[ref].id, "enquete_habitat", "2026.1", "h", "Jeanne Martin", doc,
                                            status="termine")
            store.record_visit(by_ref[ref].id, "realise", "Jeanne Martin", interview_id=record.id)

        spendings = [900.0, 1100.0, 1500.0, 2100.0, 2600.0, 3300.0]
        for i, spending in enumerate(spendings):  # Tour Cœur-Éloïse: 6 interviews
            interview(f"CE-{i:02d}", household(froid="1" if i < 2 else "2", spending=spending, sat="12"[i % 2],
                                               mode="1" if i < 5 else "2", obs=PRIVATE_REMARK if i < 2 else None))
        store.record_visit(by_ref["CE-06"].id, "refus", "Jeanne Martin", refusal_reason="Pas le temps")
        store.record_visit(by_ref["CE-07"].id, "absent", "Jeanne Martin")
        for i in range(3):  # Tour Petite: 3 interviews only
            interview(f"PT-{i:02d}", household(froid="1" if i == 0 else "2", spending=4321.0, income=9000.0))
        store.record_visit(by_ref["PT-03"].id, "vacant", "Jeanne Martin")
        for i in range(5):
            interview(f"LV-{i:02d}", household(mode="5", energy="6", spending=2500.0, sat="3"))
    return path


@pytest.fixture(scope="module")
def form():
    return load_form(default_form_path()).form


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("reports") / "campagne.db")


def pdf_pages(path: Path) -> list[str]:
    """Text of each page, with no-break spaces made plain and runs of spaces collapsed."""
    return [normalise(page.extract_text()) for page in PdfReader(str(path)).pages]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def expected(store_path: Path, building: str | None, site: str):
    with Store.open(store_path) as store:
        rows = [r for r in store.list_dwellings() if r.building_code == building and r.site_name == site]
        answers = {}
        for summary in store.list_interviews(status="termine"):
            answers[summary.dwelling_id] = store.get_interview(summary.id).answers
    return building_indicators([DwellingRecord.from_row(r, answers.get(r.id)) for r in rows])


def sheet(pages: list[str], title: str) -> str:
    found = [p for p in pages if "Fiche bâtiment" in p and title in p]
    assert found, f"no sheet for {title}"
    return " ".join(found)


@pytest.fixture(scope="module")
def report(store_path, form, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "fiches.pdf"
    with Store.open(store_path) as store:
        result = write_building_report(store, form, out, ReportOptions())
    return result, pdf_pages(out)


def test_overview_first_then_one_page_per_building_with_footer(report):
    result, pages = report
    assert result.buildings == 3 and result.pages == len(pages) == 4
    assert "Synthèse par bâtiment" in pages[0]
    for name in (BIG, SMALL, "Logements individuels", LENS, LIEVIN, "Total du site", "Ensemble de la campagne"):
        assert name in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / 4" in page and CAMPAIGN in page and "données au" in page


def test_printed_figures_match_the_indicators(report, store_path):
    _result, pages = report
    text = sheet(pages, BIG)
    g = expected(store_path, BIG, LENS)
    assert not g.felt_cold.masked and g.households == 6
    figures = [g.coverage.response_rate, g.felt_cold, g.cold_precarity, g.burden.median_spending,
               g.burden.mean_spending, g.burden.median_tee, g.burden.above_threshold, g.heating.no_regulation,
               g.heating.under_heated]
    figures += [s.satisfied for s in g.satisfaction if s.item == "sat_logement"]
    for fig in figures:
        assert normalise(fig.display()) in text, fig
    assert normalise(g.burden.median_spending.display()) == "1 800 €"  # (1 500 + 2 100) / 2
    assert f"{g.coverage.visited} sur {g.coverage.dwellings}" in text
    assert "Chauffage central collectif" in text and "Isolation des murs et façades" in text
    assert "n = 6" in text


def test_masked_figures_print_n_lt_5_and_never_their_value(report, store_path):
    _result, pages = report
    text = sheet(pages, SMALL)
    g = expected(store_path, SMALL, LENS)
    assert g.households == 3 and g.felt_cold.masked and g.burden.median_spending.masked
    assert text.count("n < 5") >= 8
    assert "4 321" not in text and "33 %" not in text  # median spending and felt cold, both masked
    assert normalise(g.coverage.response_rate.display()) in text  # 3 of 6 occupied: a count of dwellings, shown
    assert "Non affichées : moins de 5 ménages" in text


def test_accents_and_euro_sign_extract_correctly(report):
    _result, pages = report
    text = " ".join(pages)
    for word in (BIG, "Liévin – Chouard-Pasteur", "Énergie principale", "Dépense d'énergie", "€", "°C",
                 "Synthèse", "Rendez-vous à honorer", "« très » ou « plutôt »"):
        assert word in text, word


def test_observations_are_pseudonymised(report):
    _result, pages = report
    text = sheet(pages, BIG)
    assert "[nom]" in text and "[téléphone]" in text and "[logement]" in text
    for private in ("Dupont", "06 12", "Nadia", "porte 12", "Jeanne", "Martin"):
        assert private not in text, private
    assert "(2 logements)" in text


def test_split_writes_one_file_per_building(store_path, form, tmp_path):
    folder = tmp_path / "fiches"
    with Store.open(store_path) as store:
        result = write_building_report(store, form, None, ReportOptions(split_dir=folder))
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["fiche_Lievin_Chouard_Pasteur_logements_individuels.pdf",
                     "fiche_Tour_Coeur_Eloise.pdf", "fiche_Tour_Petite.pdf"]
    assert len(result.split_files) == 3 and result.pages == 0
    pages = pdf_pages(folder / "fiche_Tour_Petite.pdf")
    assert len(pages) == 1 and SMALL in pages[0] and "page 1 / 1" in pages[0] and BIG not in pages[0]


def test_building_and_site_selection(store_path, form, tmp_path):
    out = tmp_path / "une.pdf"
    with Store.open(store_path) as store:
        result = write_building_report(store, form, out, ReportOptions(buildings=("tour petite",)))
        assert result.buildings == 1
        assert "Sélection de 1 bâtiment" in pdf_pages(out)[0]
        result = write_building_report(store, form, out, ReportOptions(site=LIEVIN))
        assert result.buildings == 1 and "Logements individuels" in pdf_pages(out)[1]
        with pytest.raises(ReportError, match="Bâtiment « Tour Z » introuvable.*Tour Petite"):
            write_building_report(store, form, out, ReportOptions(buildings=("Tour Z",)))
        with pytest.raises(ReportError, match="Site « Arras » introuvable"):
            write_building_report(store, form, out, ReportOptions(site="Arras"))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_failure_leaves_the_previous_file_and_no_temporary_file(store_path, form, tmp_path, monkeypatch):
    from survey_app.core.reports import building_sheet

    out = tmp_path / "fiches.pdf"
    out.write_bytes(b"%PDF previous version")
    real = building_sheet.building_story
    calls = []

    def failing(b, *args, **kwargs):
        calls.append(b.label)
        if len(calls) == 2:
            raise RuntimeError("panne simulée")
        return real(b, *args, **kwargs)

    monkeypatch.setattr(building_sheet, "building_story", failing)
    with Store.open(store_path) as store, pytest.raises(RuntimeError):
        write_building_report(store, form, out, ReportOptions(split_dir=tmp_path / "split"))
    assert out.read_bytes() == b"%PDF previous version"
    assert _leftovers(tmp_path) == [] and list((tmp_path / "split").iterdir()) == []


def test_cancelling_writes_nothing(store_path, form, tmp_path):
    out = tmp_path / "fiches.pdf"
    seen = []
    with Store.open(store_path) as store, pytest.raises(ReportCancelled):
        write_building_report(store, form, out, ReportOptions(), progress=lambda d, t: seen.append((d, t)),
                              cancelled=lambda: len(seen) >= 2)
    assert seen[:2] == [(1, 4), (2, 4)]
    assert not out.exists() and _leftovers(tmp_path) == []


def test_unwritable_destination_is_a_french_message(store_path, form, tmp_path):
    with Store.open(store_path) as store:
        with pytest.raises(ReportError, match="le dossier .*absent.* n'existe pas"):
            write_building_report(store, form, tmp_path / "absent" / "f.pdf", ReportOptions())
        with pytest.raises(ReportError, match="c'est un dossier"):
            write_building_report(store, form, tmp_path, ReportOptions())


def test_hostile_strings_print_as_written_and_a_building_without_interviews(form, tmp_path):
    code = "Tour <b>Gras</b> & \x0bCo =1+1 " + "x" * 300
    with Store.create(tmp_path / "h.db") as store:
        store.import_dwellings([RegisterRow(landlord_ref=f"H-{i}", site="Site <i>é", building=code, entrance="A",
                                            floor=i, door=f"{i}01", address="A" * 500, commune="Lens")
                                for i in range(3)], campaign="Campagne <script>")
        result = write_building_report(store, form, tmp_path / "h.pdf", ReportOptions(split_dir=tmp_path / "s"))
    pages = pdf_pages(tmp_path / "h.pdf")
    assert result.pages == 2 and "Tour <b>Gras</b> & Co =1+1" in pages[1] and "\x0b" not in pages[1]
    assert "Aucun entretien terminé dans ce bâtiment" in pages[1] and "Campagne <script>" in pages[0]
    assert [p.name for p in (tmp_path / "s").iterdir()][0].startswith("fiche_Tour_b_Gras_b_Co_1_1_xxx")


def test_bulk_answers_read_leaves_out_deleted_and_unknown_interviews(tmp_path):
    path = build_store(tmp_path / "b.db")
    with Store.open(path) as store:
        summaries = store.list_interviews()
        store.delete_interview(summaries[0].id, surveyor="Jeanne Martin")
        ids = [s.id for s in summaries] + ["inconnu"]
        documents = store.interview_answers(ids)
        assert set(documents) == {s.id for s in summaries[1:]}
        assert documents[summaries[1].id] == store.get_interview(summaries[1].id).answers


def test_printed_text_drops_control_characters_and_halves_of_characters():
    from survey_app.core.reports.flowables import clean_text

    assert clean_text("froid\x0b dans\x00 la \ud83d chambre\nsalon") == "froid  dans  la   chambre\nsalon"
    assert clean_text("Chauffage au charbon 🔥 — 45 €") == "Chauffage au charbon 🔥 — 45 €"
