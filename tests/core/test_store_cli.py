"""`survey-app init-store` and `survey-app import-dwellings`: --db in both places, all-or-nothing imports."""

from __future__ import annotations

import pytest

from survey_app.cli import main
from survey_app.core.store import Store

REGISTER = (
    "N° logement;BAT;ESC;ETAGE;NUMAPPT;Typologie;TYPECONST;LIBCOM\n"
    "1001;A;1;RDC;01;T3;C;Lens\n"
    "1002;A;1;1er;11;T4;C;Lens\n"
)


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "registre.csv"
    path.write_bytes(REGISTER.encode("iso-8859-1"))
    return path


def test_init_store_then_import_with_db_after_the_command(tmp_path, register, capsys):
    db = tmp_path / "terrain.db"
    assert main(["init-store", "--db", str(db), "--device-name", "Portable 1"]) == 0
    assert "Base d'enquête créée" in capsys.readouterr().out
    assert main(["init-store", "--db", str(db)]) == 1
    assert "existe déjà" in capsys.readouterr().err
    assert main(["import-dwellings", str(register), "--db", str(db), "--campaign", "Lens 2026"]) == 0
    out = capsys.readouterr().out
    assert "2 logement(s) créé(s)" in out and "référence du logement ← « N° logement »" in out
    with Store.open(db) as store:
        assert [d.landlord_ref for d in store.list_dwellings()] == ["1001", "1002"]
        assert [d.name for d in store.devices()] == ["Portable 1"]


def test_db_before_the_command_and_reimport_updates(tmp_path, register, capsys):
    db = tmp_path / "terrain.db"
    Store.create(db).close()
    assert main(["--db", str(db), "import-dwellings", str(register)]) == 0
    register.write_bytes(REGISTER.replace("1002;A;1;1er;11", "1002;A;1;2e;21").encode("iso-8859-1"))
    assert main(["--db", str(db), "import-dwellings", str(register)]) == 0
    out = capsys.readouterr().out
    assert "0 logement(s) créé(s), 1 mis à jour, 1 inchangé(s)" in out
    with Store.open(db) as store:
        assert len(store.list_dwellings()) == 2 and store.campaigns()[0].name.startswith("Campagne ")


def test_missing_store_is_not_created(tmp_path, register, capsys):
    db = tmp_path / "faute.db"
    assert main(["import-dwellings", str(register), "--db", str(db)]) == 1
    assert "introuvable" in capsys.readouterr().err
    assert not db.exists()


def test_bad_rows_import_nothing_unless_skipped(tmp_path, capsys):
    db = tmp_path / "terrain.db"
    Store.create(db).close()
    path = tmp_path / "erreurs.csv"
    path.write_text("Réf. logement;Étage\nX1;RDC\nX2;neuvième\nX3;2\n", encoding="utf-8")
    assert main(["import-dwellings", str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "ligne 3, colonne Étage" in err and "Aucun logement importé" in err and "--skip-bad-rows" in err
    with Store.open(db) as store:
        assert store.list_dwellings() == []
    assert main(["import-dwellings", str(path), "--db", str(db), "--skip-bad-rows", "--site", "Cité 9"]) == 0
    captured = capsys.readouterr()
    assert "ligne 3" in captured.err and "1 ligne(s) en erreur ignorée(s)" in captured.out
    with Store.open(db) as store:
        assert [(d.landlord_ref, d.site_name) for d in store.list_dwellings()] == [("X1", "Cité 9"), ("X3", "Cité 9")]


def test_map_option(tmp_path, capsys):
    db = tmp_path / "terrain.db"
    Store.create(db).close()
    path = tmp_path / "ug.csv"
    path.write_text("Code UG,Niv.\nU1,2\n", encoding="utf-8")
    assert main(["import-dwellings", str(path), "--db", str(db)]) == 1
    assert "--map" in capsys.readouterr().err
    assert main(["import-dwellings", str(path), "--db", str(db), "--map", "nimporte=Niv."]) == 1
    assert "champ « nimporte » inconnu" in capsys.readouterr().err
    args = ["import-dwellings", str(path), "--db", str(db), "--map", "id_logement_bailleur=Code UG", "--map", "etage=Niv."]
    assert main(args) == 0
    with Store.open(db) as store:
        assert [(d.landlord_ref, d.floor) for d in store.list_dwellings()] == [("U1", 2)]


def test_several_campaigns_need_a_name(tmp_path, register, capsys):
    db = tmp_path / "terrain.db"
    with Store.create(db) as store:
        store.ensure_campaign("Lens 2026")
        store.ensure_campaign("Liévin 2026")
    assert main(["import-dwellings", str(register), "--db", str(db)]) == 1
    assert "--campaign" in capsys.readouterr().err
