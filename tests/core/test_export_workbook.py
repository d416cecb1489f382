"""Excel export of a demo campaign with the default questionnaire: sheets, keys, codebook, filters, privacy."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook

from survey_app.core.demo import build_demo
from survey_app.core.export import ExportError, ExportOptions, export_workbook
from survey_app.core.forms import load_form
from survey_app.core.indicators import IndicatorSettings
from survey_app.core.store import Store
from survey_app.paths import default_form_path
from tests.core.export_helpers import as_dicts, read_back

SHEETS = ["Entretiens", "Membres du ménage", "Appareils de chauffage", "Passages", "Bâtiments", "Dictionnaire",
          "À propos"]  # fmt: skip


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    folder = tmp_path_factory.mktemp("campagne")
    form = load_form(default_form_path()).form
    store = Store.create(folder / "demo.db")
    build_demo(store, form, dwellings=80, seed=5)
    first, second = folder / "premier.xlsx", folder / "second.xlsx"
    report = export_workbook(store, form, first)
    export_workbook(store, form, second)
    yield store, form, folder, report, read_back(first), read_back(second), first
    store.close()


def test_every_sheet_is_there_in_order_with_names_excel_accepts(campaign):
    *_, report, first, _second, path = campaign
    assert list(first) == SHEETS
    assert all(len(name) <= 31 for name in first)
    assert report.interviews == len(first["Entretiens"]) - 1 > 10
    assert report.rows["Passages"] == len(first["Passages"]) - 1 >= report.interviews


def test_header_is_bold_frozen_filtered_and_columns_readable(campaign):
    path = campaign[-1]
    wb = load_workbook(path)
    for name in SHEETS[:5]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}", name
        assert ws.cell(1, 1).font.bold
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        assert widths and all(6 <= w <= 50 for w in widths), name


def test_keys_are_the_same_from_one_export_to_the_next(campaign):
    store, _form, _folder, _report, first, second, _path = campaign
    for name in SHEETS[:5]:
        assert first[name] == second[name], name
    main = as_dicts(first["Entretiens"])
    ids = {s.id for s in store.list_interviews()}
    assert {r["_entretien"] for r in main} == ids
    dwellings = {d.id: d for d in store.list_dwellings()}
    for row in main:
        dwelling = dwellings[row["_logement"]]
        assert row["_ref_logement"] == dwelling.landlord_ref and row["_site"] == dwelling.site_name
        assert row["_batiment"] == (dwelling.building_code or "(sans objet)")
    members = as_dicts(first["Membres du ménage"])
    assert members and all(m["_entretien"] in ids for m in members)
    assert all(m["_cle"] == f"{m['_entretien']}/{m['_numero_membres']}" for m in members)
    assert len({m["_cle"] for m in members}) == len(members)


def test_buildings_sheet_has_one_row_per_building_with_masked_small_figures(campaign, tmp_path):
    store, *_rest = campaign
    first = campaign[4]
    rows = as_dicts(first["Bâtiments"])
    buildings = {(d.site_name, d.building_code or "Sans bâtiment") for d in store.list_dwellings()}
    assert {(r["_site"], r["_batiment"]) for r in rows} == buildings
    assert sum(r["logements"] for r in rows) == len(store.list_dwellings())
    assert all(r["froid_ressenti"] == "n < 5" for r in rows if r["menages"] < 5)
    big = [r for r in rows if r["menages"] >= 5]
    assert big and all(isinstance(r["taux_reponse"], float) and 0 <= r["taux_reponse"] <= 1 for r in big)
    assert all(isinstance(r["depense_mediane"], (int, float)) or r["depense_mediane"] == "n < 5" for r in big)
    out = tmp_path / "masque.xlsx"
    export_workbook(store, campaign[1], out, ExportOptions(indicator_settings=IndicatorSettings(min_base=1000)))
    masked = as_dicts(read_back(out)["Bâtiments"])
    assert all(r["froid_ressenti"] == "n < 1000" and r["priorite_1"] == "n < 1000" for r in masked)
    assert [r["logements"] for r in masked] == [r["logements"] for r in rows]  # counts are never masked


def test_codebook_explains_every_column_and_the_markers(campaign):
    first = campaign[4]
    documented = {(r["Feuille"], r["Colonne"]) for r in as_dicts(first["Dictionnaire"])}
    for name in SHEETS[:5]:
        for header in first[name][0]:
            assert (name, header) in documented, (name, header)
    rows = {(r["Feuille"], r["Colonne"]): r for r in as_dicts(first["Dictionnaire"])}
    assert {"(sans objet)", "(non renseigné)", "(ne sait pas)", "(refus)"} <= {c for f, c in rows if f == "(toutes)"}
    mode = rows[("Entretiens", "chauff_mode")]
    assert "1 = Chauffage central collectif" in mode["Codes et libellés"] and mode["Type"] == "choix unique"
    assert "${entretien} = 1" in mode["Condition (pertinence)"]
    assert mode["Section"].startswith("E. Le chauffage")
    about = dict((r[0], r[1]) for r in first["À propos"][1:])
    assert about["Campagne"].startswith("Lens-Liévin") and "2026.1" in about["Versions du questionnaire exportées"]
    assert isinstance(about["Exporté le"], dt.datetime) and "(sans objet)" in about["Valeurs manquantes"]


def test_pseudonymised_export_drops_names_and_free_text(campaign, tmp_path):
    store, form, *_ = campaign
    out = tmp_path / "pseudo.xlsx"
    export_workbook(store, form, out, ExportOptions(pseudonymise=True))
    sheets = read_back(out)
    for dropped in ("prenom", "commentaire", "obs_commentaire", "enqueteur", "utilisateur"):
        assert all(dropped not in sheets[name][0] for name in SHEETS[:3]), dropped
    assert "note" not in sheets["Passages"][0] and "motif_refus" not in sheets["Passages"][0]
    main = as_dicts(sheets["Entretiens"])
    aliases = {r["_enqueteur"] for r in main}
    assert len(aliases) == 1 and aliases.pop().startswith("Enquêteur ") and "Enquêteur démo" not in aliases
    assert {r["enqueteur"] for r in as_dicts(sheets["Passages"])} == {main[0]["_enqueteur"]}
    assert "Enquêteur démo" not in zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    about = dict((r[0], r[1]) for r in sheets["À propos"][1:])
    assert "prenom" in about["Pseudonymisation : colonnes retirées"]
    assert "id_logement" in sheets["Entretiens"][0]  # the register's fields locate the dwelling: kept


def test_filters_by_site_building_status_and_dates(campaign, tmp_path):
    store, form, *_ = campaign
    everything = as_dicts(campaign[4]["Entretiens"])

    def main(**options):
        out = tmp_path / "filtre.xlsx"
        export_workbook(store, form, out, ExportOptions(**options))
        return as_dicts(read_back(out)["Entretiens"]), read_back(out)

    lievin, _ = main(sites=("liévin – chouard-pasteur",))
    assert lievin and {r["_site"] for r in lievin} == {"Liévin – Chouard-Pasteur"}
    tower = next(r["_batiment"] for r in everything if r["_batiment"] != "(sans objet)")
    one, sheets = main(buildings=(tower,))
    assert one and {r["_batiment"] for r in one} == {tower}
    assert {r["_batiment"] for r in as_dicts(sheets["Passages"])} == {tower}
    drafts, _ = main(statuses=("brouillon",))
    assert drafts and {r["_statut"] for r in drafts} == {"brouillon"}
    day = sorted(r["_date_entretien"] for r in everything)[len(everything) // 2].date()
    dated, sheets = main(date_from=day, date_to=day)
    assert dated and {r["_date_entretien"].date() for r in dated} == {day}
    assert {r["passage_le"].date() for r in as_dicts(sheets["Passages"])} == {day}
    assert len(as_dicts(sheets["Bâtiments"])) == len(as_dicts(campaign[4]["Bâtiments"]))  # not filtered by date
    with pytest.raises(ExportError, match="Site « Arras » introuvable"):
        main(sites=("Arras",))
    with pytest.raises(ExportError, match="Statut d'entretien inconnu"):
        ExportOptions(statuses=("fini",))


def test_rows_follow_the_natural_order_of_buildings_entrances_and_doors(campaign):
    from survey_app.core.export.source import natkey

    assert natkey("A2") < natkey("A10") < natkey("B1") and natkey(None) == "" < natkey("0")
    assert natkey("Tour 9") < natkey("Tour 10") and natkey("tour 9") == natkey("Tour 9")
    assert natkey("Bât ²3") and natkey("007") == natkey("7")  # odd digits never break the sort
    first = campaign[4]
    buildings = [r["_batiment"] for r in as_dicts(first["Bâtiments"])]
    towers = [b for b in buildings if b.startswith("Tour")]
    assert towers == sorted(towers, key=natkey)
    rows = as_dicts(first["Passages"])
    keys = [(r["_site"], r["_batiment"], r["_entree"], r["_etage"], r["_porte"]) for r in rows]
    lens = [k for k in keys if k[0].startswith("Lens")]
    assert lens == sorted(lens, key=lambda k: (natkey(k[1]), natkey(k[2]), k[3], natkey(k[4])))
