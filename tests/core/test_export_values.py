"""Excel export: typed cells, the four kinds of missing value, select_multiple columns, value styles."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from survey_app.core.engine import FormSession
from survey_app.core.export import ExportError, ExportOptions, export_workbook
from tests.conftest import form_from_md
from tests.core.export_helpers import add_interview, as_dicts, read_back, small_store

FORM = """
| survey |
|        | type                 | name         | label            | relevant        | calculation     | repeat_count |
|        | text                 | id_logement  | Référence        |                 |                 |              |
|        | text                 | telephone    | Téléphone        |                 |                 |              |
|        | select_one ouinon    | accord       | Accord ?         |                 |                 |              |
|        | begin_group          | menage       | Le ménage        | ${accord} = '1' |                 |              |
|        | integer              | nb_pers      | Personnes        |                 |                 |              |
|        | decimal              | loyer        | Loyer            |                 |                 |              |
|        | select_one nsp_refus | loyer_statut | Loyer : pourquoi |  ${loyer} = ''  |                 |              |
|        | date                 | arrivee      | Arrivée          |                 |                 |              |
|        | time                 | heure        | Heure            |                 |                 |              |
|        | select_multiple nrj  | energies     | Énergies         |                 |                 |              |
|        | text                 | commentaire  | Commentaire      |                 |                 |              |
|        | begin_repeat         | membres      | Personne         |                 |                 | ${nb_pers}   |
|        | text                 | prenom       | Prénom           |                 |                 |              |
|        | integer              | age          | Âge              |                 |                 |              |
|        | select_one nsp_refus | age_statut   | Âge : pourquoi   | ${age} = ''     |                 |              |
|        | end_repeat           |              |                  |                 |                 |              |
|        | end_group            |              |                  |                 |                 |              |
|        | calculate            | double       |                  |                 | if(${nb_pers} = '', '', ${nb_pers} * 2) |              |
| choices |
|         | list_name | name | label       |
|         | ouinon    | 1    | Oui         |
|         | ouinon    | 2    | Non         |
|         | nsp_refus | 98   | Ne sait pas |
|         | nsp_refus | 99   | Refus       |
|         | nrj       | 3    | Fioul       |
|         | nrj       | 1    | Électricité |
|         | nrj       | 10   | Bois        |
|         | nrj       | 2    | Gaz         |
| settings |
|          | form_id | version | form_title     |
|          | essai   | 2026.1  | Essai d'export |
"""
CLOCK = lambda: dt.datetime(2026, 10, 5, 14, 0)  # noqa: E731


def _finished(form, values: dict, members: list[dict] = ()) -> dict:
    session = FormSession(form, clock=CLOCK)
    for name, value in values.items():
        session.set_value(name, value)
    for i, member in enumerate(members):
        for name, value in member.items():
            session.set_value(name, value, (i,))
    return session.finish()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("valeurs")
    form = form_from_md(FORM, folder)
    store = small_store(folder / "s.db", [(f"R{i}", "Tour A", "1", i, f"0{i}") for i in range(1, 5)])
    full = {"id_logement": "007", "telephone": "0612345678", "accord": "1", "nb_pers": 2, "loyer": 450.5,
            "arrivee": "2019-03-01", "heure": "14:30", "energies": ["10", "1"], "commentaire": "RAS"}
    ids = {
        "A": add_interview(store, form, "R1", _finished(form, full, [{"prenom": "Ana", "age": 41},
                                                                    {"prenom": "Bob", "age_statut": "98"}])),
        "B": add_interview(store, form, "R2", _finished(form, {"accord": "2"})),
        "C": add_interview(store, form, "R3", _finished(form, {"accord": "1", "nb_pers": 1, "loyer_statut": "99"})),
    }
    draft = FormSession(form, clock=CLOCK)
    draft.set_value("accord", "1")
    draft.set_value("loyer", 300)
    draft.set_value("accord", "2")  # the rent stays in the draft document, but is no longer asked
    ids["D"] = add_interview(store, form, "R4", draft.to_document(), status="brouillon")
    paths = {}
    for mode in ("both", "codes", "labels"):
        paths[mode] = folder / f"{mode}.xlsx"
        export_workbook(store, form, paths[mode], ExportOptions(values=mode))
    store.close()
    return ids, paths


def _main(exported, mode="both"):
    ids, paths = exported
    rows = {r["_entretien"]: r for r in as_dicts(read_back(paths[mode])["Entretiens"])}
    return {key: rows[interview] for key, interview in ids.items()}


def test_identifiers_keep_leading_zeros_and_numbers_and_dates_are_typed(exported):
    a = _main(exported)["A"]
    assert a["id_logement"] == "007" and a["telephone"] == "0612345678" and a["_porte"] == "01"
    assert a["nb_pers"] == 2 and a["loyer"] == 450.5 and a["double"] == 4
    assert a["accord"] == 1 and a["accord_libelle"] == "Oui"
    assert a["arrivee"] == dt.datetime(2019, 3, 1)
    assert a["heure"] == dt.time(14, 30)
    wb = load_workbook(exported[1]["both"])
    ws = wb["Entretiens"]
    header = [c.value for c in ws[1]]
    cells = {h: c for h, c in zip(header, ws[2])} if ws.cell(2, 1).value == exported[0]["A"] else None
    cells = cells or next({h: c for h, c in zip(header, row)} for row in ws.iter_rows(min_row=2)
                          if row[0].value == exported[0]["A"])  # fmt: skip
    assert cells["arrivee"].number_format == "DD/MM/YYYY" and cells["arrivee"].is_date
    assert cells["heure"].number_format == "HH:MM"
    assert cells["_cree_le"].is_date and cells["loyer"].data_type == "n"
    assert cells["id_logement"].data_type == "s" and cells["telephone"].data_type == "s"


def test_the_four_kinds_of_missing_value_are_told_apart(exported):
    rows = _main(exported)
    a, b, c, d = rows["A"], rows["B"], rows["C"], rows["D"]
    assert a["loyer_statut"] == "(sans objet)" and a["loyer_statut_libelle"] == "(sans objet)"
    assert b["nb_pers"] == "(sans objet)" and b["energies/1"] == "(sans objet)"  # group skipped (no consent)
    assert c["loyer"] == "(refus)" and c["loyer_statut"] == 99 and c["loyer_statut_libelle"] == "Refus"
    assert c["arrivee"] == "(non renseigné)" and c["commentaire"] == "(non renseigné)"
    assert c["energies"] == "(non renseigné)" and c["energies/10"] == "(non renseigné)"
    assert d["loyer"] == "(sans objet)"  # a draft keeps the old rent, but it is no longer asked
    assert d["_statut"] == "brouillon" and d["_relecture_libelle"] == "Non soumis (saisie en cours)"
    members = {r["_cle"]: r for r in as_dicts(read_back(exported[1]["both"])["Membres du ménage"])}
    bob = members[f"{exported[0]['A']}/2"]
    assert bob["prenom"] == "Bob" and bob["age"] == "(ne sait pas)" and bob["age_statut"] == 98
    assert members[f"{exported[0]['A']}/1"]["age"] == 41
    every_value = [v for row in rows.values() for v in row.values()]
    assert None not in every_value and "" not in every_value


def test_select_multiple_has_a_text_column_and_one_0_1_column_per_choice_in_form_order(exported):
    header = read_back(exported[1]["both"])["Entretiens"][0]
    start = header.index("energies")
    assert header[start:start + 6] == ["energies", "energies_libelle", "energies/3", "energies/1", "energies/10",
                                       "energies/2"]  # fmt: skip
    a = _main(exported)["A"]
    assert a["energies"] == "1 10" and a["energies_libelle"] == "Électricité ; Bois"
    assert [a[f"energies/{c}"] for c in ("3", "1", "10", "2")] == [0, 1, 1, 0]


def test_value_styles_codes_or_labels_only(exported):
    codes, labels = _main(exported, "codes")["A"], _main(exported, "labels")["A"]
    assert codes["accord"] == 1 and "accord_libelle" not in codes and codes["_statut"] == "termine"
    assert labels["accord"] == "Oui" and labels["energies"] == "Électricité ; Bois"
    assert labels["_statut"] == "Terminé" and labels["energies/10"] == 1
    assert labels["nb_pers"] == 2  # numbers stay numbers whatever the style


REPEATS = """
| survey |
|        | type         | name   | label                                                         |
|        | begin_repeat | r1     | Passages                                                      |
|        | text         | a      | A                                                             |
|        | end_repeat   |        |                                                               |
|        | begin_repeat | r2     | Un libellé de répétition bien trop long [avec] des : * ? / \\ |
|        | text         | b      | B                                                             |
|        | end_repeat   |        |                                                               |
|        | begin_repeat | r3     | Un libellé de répétition bien trop long [avec] des : * ? / \\ |
|        | text         | c      | C                                                             |
|        | end_repeat   |        |                                                               |
| settings |
|          | form_id | version |
|          | rep     | 1       |
"""


def test_sheet_names_are_valid_unique_and_at_most_31_characters(tmp_path):
    form = form_from_md(REPEATS, tmp_path)
    store = small_store(tmp_path / "s.db", [("R1", "Tour A", "1", 1, "01")])
    add_interview(store, form, "R1", {"r1": [{"a": "x"}], "r2": [{"b": "y"}], "r3": [{"c": "z"}]})
    export_workbook(store, form, tmp_path / "r.xlsx")
    store.close()
    names = list(read_back(tmp_path / "r.xlsx"))
    assert len(names) == len({n.casefold() for n in names}) == 8
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
    assert names[:4] == ["Entretiens", "Passages (2)", "Un libellé de répétition bien t", "Un libellé de répétition bi (2)"]


def test_a_store_without_interviews_and_interviews_of_other_form_versions(tmp_path):
    form = form_from_md(FORM, tmp_path)
    store = small_store(tmp_path / "s.db", [("R1", "Tour A", "1", 1, "01"), ("R2", "Tour A", "1", 2, "02")])
    export_workbook(store, form, tmp_path / "vide.xlsx")
    empty = read_back(tmp_path / "vide.xlsx")
    assert len(empty["Entretiens"]) == 1 and len(empty["Bâtiments"]) == 2  # the header, and the building
    about = dict((r[0], r[1]) for r in empty["À propos"][1:])
    assert about["Versions du questionnaire exportées"] == "aucun entretien"
    dwelling = next(d for d in store.list_dwellings() if d.landlord_ref == "R1")
    store.create_interview(dwelling.id, form.form_id, "2025.9", "ancienne-empreinte", "Alice", {"accord": "2"},
                           status="termine")  # fmt: skip
    only_current = lambda form_id, version, form_hash: form if version in ("", form.version) else None  # noqa: E731
    report = export_workbook(store, only_current, tmp_path / "versions.xlsx")
    assert report.warnings == ["Questionnaire « essai » version 2025.9 introuvable : ses entretiens sont lus avec "
                               "la version 2026.1."]  # fmt: skip
    sheets = read_back(tmp_path / "versions.xlsx")
    assert as_dicts(sheets["Entretiens"])[0]["nb_pers"] == "(sans objet)"
    assert any(r[0] == "Attention" for r in sheets["À propos"])
    (tmp_path / "autre").mkdir()
    other = form_from_md(FORM.replace("| essai   |", "| autre   |"), tmp_path / "autre")
    store.create_interview(dwelling.id, other.form_id, other.version, other.hash, "Alice", {}, status="termine")
    with pytest.raises(ExportError, match="plusieurs questionnaires"):
        export_workbook(store, form, tmp_path / "deux.xlsx")
    store.close()
