"""Reading landlord registers: formats, encodings, column-name variants, value parsing, per-row errors."""

from __future__ import annotations

import pytest

from survey_app.core.store.register_fields import parse_floor, parse_typology
from survey_app.core.store.register_import import parse_mapping, read_register

RPLS_HEADER = "IDENT;BAT;ENTREE;ETAGE;NUMAPPT;TYPECONST;NBPIECE;SURFHAB;NUMVOIE;TYPVOIE;NOMVOIE;LIBCOM;DEPCOM;FINAN;IMMEU"
RPLS_ROWS = [
    "L001;A;1;00;001;C;3;65,5;12;RUE;DES ÉCOLES;LENS;62498;PLUS;A1",
    "L002;A;1;01;011;C;4;80;12;RUE;DES ÉCOLES;LENS;62498;PLUS;A1",
    "M010;;;;;I;5;95;3;RUE;PASTEUR;LIÉVIN;62510;PLAI;",
]


def _write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "iso-8859-1", "cp1252"])
def test_rpls_csv_semicolon_any_encoding(tmp_path, encoding):
    path = _write(tmp_path / "rpls.csv", "\n".join([RPLS_HEADER, *RPLS_ROWS]) + "\n", encoding)
    result = read_register(path, mapping={"id_logement_bailleur": "IDENT"})
    assert result.errors == [] and len(result.rows) == 3
    first, _, house = result.rows
    assert (first.landlord_ref, first.building, first.entrance, first.floor, first.door) == ("L001", "A", "1", 0, "001")
    assert (first.rooms, first.typology, first.surface, first.construction) == (3, 3, 65.5, "collectif")
    assert first.address == "12 RUE DES ÉCOLES" and first.commune == "LENS" and first.depcom == "62498"
    assert first.site == "LENS", "no site column: the commune names the site"
    assert first.extra["FINAN"] == "PLUS" and first.extra["IMMEU"] == "A1", "BAT wins over IMMEU, IMMEU kept"
    assert first.extra["NUMVOIE"] == "12"
    assert first.row_number == 2
    assert house.building is None and house.construction == "individuel" and house.commune == "LIÉVIN"
    assert result.columns["batiment"] == "BAT" and result.columns["porte"] == "NUMAPPT"


def test_french_labels_comma_csv(tmp_path):
    text = (
        "Réf. logement,Bâtiment,Cage,Étage,N° porte,Typologie,Surface habitable,Collectif / Individuel,Adresse,Résidence\n"
        "R1,Tour B,2,RDC,1,T3bis,65,Collectif,\"4, allée Chouard\",Grande Résidence\n"
        "R2,Tour B,2,1er,11,studio,28,Collectif,\"4, allée Chouard\",Grande Résidence\n"
        "R3,Tour B,2,R+2,21,F5,90,Collectif,\"4, allée Chouard\",Grande Résidence\n"
        "R4,Tour B,2,SS,S1,T7,150,Collectif,\"4, allée Chouard\",Grande Résidence\n"
    )
    result = read_register(_write(tmp_path / "bailleur.csv", text))
    assert result.errors == []
    assert [(r.floor, r.floor_label, r.typology, r.typology_label) for r in result.rows] == [
        (0, "RDC", 3, "T3bis"), (1, "1er", 1, "studio"), (2, "R+2", 5, "F5"), (-1, "SS", 6, "T7"),
    ]  # fmt: skip
    assert result.rows[0].address == "4, allée Chouard" and result.rows[0].site == "Grande Résidence"
    assert result.rows[0].entrance == "2"


def test_xlsx_with_title_rows_and_numbers(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Patrimoine"
    ws.append(["Extraction patrimoine au 01/01/2009"])
    ws.append([])
    ws.append(["N° logement", "Bâtiment", "Étage", "Appartement", "Type", "NBPIECE", "Surface", "Statut"])
    ws.append([12345, "C", 3, "31", "T2", 2, 48.0, "Loué"])
    ws.append([12346, "C", 0, "01", "T4", 3, 75.25, "Vacant"])
    ws.append([None] * 8)
    ws.append([12347, "C", "R+4", "41", "T2", 2, 5, "à démolir"])
    wb.save(tmp_path / "patrimoine.xlsx")
    result = read_register(tmp_path / "patrimoine.xlsx")
    assert result.errors == []
    refs = [(r.landlord_ref, r.floor, r.row_number, r.register_status) for r in result.rows]
    assert refs == [("12345", 3, 4, None), ("12346", 0, 5, "vacant"), ("12347", 4, 7, None)]
    assert result.rows[0].extra["Statut"] == "Loué"
    warnings = [(w.row, w.column) for w in result.warnings]
    assert (5, "NBPIECE") in warnings, "T4 with 3 rooms is flagged"
    assert (7, "Surface") in warnings, "5 m² is flagged"
    assert all(w.sheet == "Patrimoine" for w in result.warnings)


def test_bad_rows_are_reported_with_their_number(tmp_path):
    text = (
        "N° logement;BAT;ETAGE;NUMAPPT;Typologie;SURFHAB;TYPECONST\n"
        "A1;A;RDC;1;T3;60;C\n"
        ";A;1;2;T3;60;C\n"
        "A3;A;neuf;3;T3;60;C\n"
        "A1;A;2;4;T3;60;C\n"
        "A5;A;RDC;1;T3;60;C\n"
        "A6;A;3;6;grand;-4;X\n"
        "A7;;3;7;T3;60;C\n"
    )
    result = read_register(_write(tmp_path / "erreurs.csv", text))
    got = sorted((e.row, e.column) for e in result.errors)
    assert got == [
        (3, "N° logement"), (4, "ETAGE"), (5, "N° logement"), (6, "NUMAPPT"),
        (7, "SURFHAB"), (7, "TYPECONST"), (7, "Typologie"), (8, "BAT"),
    ]  # fmt: skip
    messages = {(e.row, e.column): e.message for e in result.errors}
    assert "déjà présente ligne 2" in messages[(5, "N° logement")]
    assert "ligne 2" in messages[(6, "NUMAPPT")]
    assert "neuf" in messages[(4, "ETAGE")]
    assert result.bad_rows == [3, 4, 5, 6, 7, 8]
    assert [r.landlord_ref for r in result.rows] == ["A1"]
    assert result.errors[0].format().startswith("ligne ")


def test_user_mapping(tmp_path):
    text = "Code UG;Niv.;Log.\nU1;2;21\n"
    path = _write(tmp_path / "ug.csv", text)
    result = read_register(path)
    assert len(result.file_errors) == 1
    message = result.file_errors[0].message
    assert "--map" in message and "« Code UG »" in message
    mapping, issues = parse_mapping(["id_logement_bailleur=Code UG", "etage=Niv.", "porte=Log."])
    assert issues == []
    result = read_register(path, mapping=mapping, default_site="Cité 9")
    assert result.errors == []
    assert (result.rows[0].landlord_ref, result.rows[0].floor, result.rows[0].door, result.rows[0].site) == ("U1", 2, "21", "Cité 9")
    missing = read_register(path, mapping={"id_logement_bailleur": "Pas là"})
    assert "Pas là" in missing.file_errors[0].message


def test_bad_mapping_syntax():
    mapping, issues = parse_mapping(["etage", "inconnu=X", "porte=Porte"])
    assert mapping == {"porte": "Porte"}
    assert len(issues) == 2 and "CHAMP=COLONNE" in issues[0].message and "inconnu" in issues[1].message


def test_personal_columns_are_never_copied(tmp_path):
    text = "N° logement;BAT;Nom locataire;Téléphone;Observations\nX1;A;Dupont;0321000000;RAS\n"
    result = read_register(_write(tmp_path / "perso.csv", text))
    assert result.errors == []
    assert result.rows[0].extra == {"Observations": "RAS"}
    assert {w.column for w in result.warnings} == {"Nom locataire", "Téléphone"}


def test_unreadable_files(tmp_path):
    assert "introuvable" in read_register(tmp_path / "absent.csv").file_errors[0].message
    (tmp_path / "registre.ods").write_bytes(b"PK")
    assert ".xlsx ou .csv" in read_register(tmp_path / "registre.ods").file_errors[0].message
    (tmp_path / "faux.xlsx").write_bytes(b"pas un classeur")
    assert "impossible de lire" in read_register(tmp_path / "faux.xlsx").file_errors[0].message
    (tmp_path / "vide.csv").write_bytes(b"")
    assert read_register(tmp_path / "vide.csv").file_errors


@pytest.mark.parametrize(
    ("raw", "floor"),
    [("RDC", 0), ("rc", 0), ("Rez-de-chaussée", 0), (0, 0), ("1er", 1), ("1ère", 1), ("R+1", 1), ("2e", 2),
     ("2ème étage", 2), ("R+2", 2), (3.0, 3), ("SS", -1), ("S/S", -1), ("sous-sol", -1), ("-1", -1), ("R-1", -1)],
)  # fmt: skip
def test_floor_values(raw, floor):
    assert parse_floor(raw) == floor


@pytest.mark.parametrize(
    ("raw", "typology"),
    [("T3", 3), ("F3", 3), ("3", 3), (3, 3), ("T3bis", 3), ("T3 bis", 3), ("studio", 1), ("T1bis", 1),
     ("T6", 6), ("T7", 6), ("Type 4", 4)],
)  # fmt: skip
def test_typology_values(raw, typology):
    assert parse_typology(raw) == typology


@pytest.mark.parametrize("raw", ["", "3.5", "mezzanine", "2x"])
def test_bad_floor_values(raw):
    with pytest.raises(ValueError):
        parse_floor(raw)
