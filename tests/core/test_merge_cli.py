"""Command line: pack, merge (with --json), review, assign, pack --for-laptop and import-field-pack, in French."""

from __future__ import annotations

import json

from survey_app.cli import main
from survey_app.core.store import Store
from tests.core.merge_support import interview, laptop


def _laptops(tmp_path):
    for name, surveyor, door in (("marie", "Marie", 0), ("ines", "Inès", 0)):
        with laptop(tmp_path, name) as store:
            interview(store, door, surveyor)
    return tmp_path / "marie.db", tmp_path / "ines.db"


def test_pack_then_merge_with_json_report(tmp_path, capsys):
    marie, ines = _laptops(tmp_path)
    assert main(["pack", "--db", str(marie), "-o", str(tmp_path / "marie.enqpkg"), "--surveyor", "Marie"]) == 0
    assert "Paquet écrit" in capsys.readouterr().out
    assert main(["--db", str(ines), "pack", "-o", str(tmp_path / "ines.enqpkg")]) == 0, "global --db works too"
    assert main(["pack", "--db", str(ines), "-o", str(tmp_path / "ines.enqpkg")]) == 1
    assert "existe déjà" in capsys.readouterr().err
    master, report = tmp_path / "maitre.db", tmp_path / "rapport.json"
    code = main(["merge", "--into", str(master), str(tmp_path / "marie.enqpkg"), str(tmp_path / "ines.enqpkg"),
                 "--json", str(report)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "créée pour l'occasion" in out and "1 nouveau(x)" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["totals"]["interviews_new"] == 2 and data["totals"]["dwellings_twice"] == 1
    assert [f["merged"] for f in data["files"]] == [True, True]
    assert main(["review", "--db", str(master)]) == 0
    out = capsys.readouterr().out
    assert "[Doublon – À revoir]" in out and "1 point(s) à revoir" in out


def test_merge_reports_refused_files_and_never_creates_them(tmp_path, capsys):
    marie, _ines = _laptops(tmp_path)
    main(["pack", "--db", str(marie), "-o", str(tmp_path / "marie.enqpkg")])
    capsys.readouterr()
    typo = tmp_path / "mari.enqpkg"
    code = main(["--db", str(tmp_path / "maitre.db"), "merge", str(typo), str(tmp_path / "marie.enqpkg")])
    out = capsys.readouterr().out
    assert code == 1 and "✘ mari.enqpkg : refusé" in out and "introuvable" in out and "✔ marie.enqpkg" in out
    assert not typo.exists()
    assert main(["merge", str(tmp_path / "marie.enqpkg")]) == 1
    assert "--into" in capsys.readouterr().err


def test_assign_pack_for_laptop_and_import(tmp_path, capsys):
    marie, ines = _laptops(tmp_path)
    main(["pack", "--db", str(ines), "-o", str(tmp_path / "ines.enqpkg")])
    master = tmp_path / "maitre.db"
    main(["merge", "--into", str(master), str(tmp_path / "ines.enqpkg")])
    capsys.readouterr()
    assert main(["assign", "--db", str(master), "--surveyor", "Marie", "--site", "Liévin – Chouard-Pasteur"]) == 0
    assert "Affectation à Marie : 3 logement(s)" in capsys.readouterr().out
    assert main(["assign", "--db", str(master), "--surveyor", "Marie", "--site", "Nulle part"]) == 1
    assert "Aucun logement" in capsys.readouterr().err
    assert main(["pack", "--for-laptop", "--db", str(master), "-o", str(tmp_path / "retour.enqpkg")]) == 0
    assert "paquet de retour" in capsys.readouterr().out
    assert main(["import-field-pack", str(tmp_path / "retour.enqpkg"), "--db", str(marie)]) == 0
    out = capsys.readouterr().out
    assert "Logements qui vous sont affectés : 3" in out
    assert main(["import-field-pack", str(tmp_path / "ines.enqpkg"), "--db", str(marie)]) == 1
    assert "n'est pas du type attendu" in capsys.readouterr().err
    with Store.open(marie) as store:
        statuses = {d.status for d in store.list_dwellings()}
    assert "termine" in statuses
