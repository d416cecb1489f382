"""`survey-app report`, `round-sheet` and `paper-form`: --db before or after, French errors, exit codes."""

from __future__ import annotations

import pytest

from survey_app.cli import main
from tests.core.test_reports_building_sheet import BIG, build_store, pdf_pages


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("cli") / "campagne.db")


def test_report_with_db_after_and_before_the_command(db, tmp_path, capsys):
    out = tmp_path / "fiches.pdf"
    assert main(["report", "--db", str(db), "-o", str(out)]) == 0
    assert "3 fiches bâtiment" in capsys.readouterr().out and len(pdf_pages(out)) == 4
    assert main(["--db", str(db), "report", "-o", str(out), "--building", BIG, "--no-overview"]) == 0
    assert len(pdf_pages(out)) == 1


def test_report_split_without_a_combined_file(db, tmp_path, capsys):
    folder = tmp_path / "une_par_batiment"
    assert main(["report", "--db", str(db), "--split", str(folder)]) == 0
    assert len(list(folder.glob("*.pdf"))) == 3
    assert "3 fichier(s)" in capsys.readouterr().out


def test_report_errors_are_french_with_exit_code_1(db, tmp_path, capsys):
    assert main(["report", "--db", str(db)]) == 1
    assert "Indiquez le fichier à écrire" in capsys.readouterr().err
    assert main(["report", "--db", str(tmp_path / "absente.db"), "-o", str(tmp_path / "f.pdf")]) == 1
    assert "introuvable" in capsys.readouterr().err
    bad = tmp_path / "pas_une_base.db"
    bad.write_bytes(b"ceci n'est pas une base SQLite" * 50)
    assert main(["report", "--db", str(bad), "-o", str(tmp_path / "f.pdf")]) == 1
    assert "n'est pas une base d'enquête" in capsys.readouterr().err
    assert main(["report", "--db", str(db), "-o", str(tmp_path / "f.pdf"), "--site", "Arras"]) == 1
    assert "Site « Arras » introuvable" in capsys.readouterr().err
    assert not (tmp_path / "f.pdf").exists()


def test_round_sheet_and_paper_form_commands(db, tmp_path, capsys):
    out = tmp_path / "tournee.pdf"
    assert main(["round-sheet", "--db", str(db), "--building", BIG, "-o", str(out)]) == 0
    assert "Feuille de tournée : 8 logements" in capsys.readouterr().out
    assert main(["round-sheet", "--db", str(db), "--building", "Tour Z", "-o", str(out)]) == 1
    assert "introuvable" in capsys.readouterr().err
    paper = tmp_path / "questionnaire.pdf"
    assert main(["paper-form", "-o", str(paper), "--rows", "5"]) == 0
    assert "Questionnaire papier : 165 questions" in capsys.readouterr().out
    broken = tmp_path / "casse.csv"
    broken.write_text("ceci,n'est,pas\nun,questionnaire,valide\n", encoding="utf-8")
    assert main(["paper-form", str(broken), "-o", str(tmp_path / "q2.pdf")]) == 1
    assert "inutilisable" in capsys.readouterr().err and not (tmp_path / "q2.pdf").exists()
