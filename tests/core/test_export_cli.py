"""`survey-app export`: options reach the workbook, bad input gets a French message and no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from survey_app.cli import main
from survey_app.core.demo import build_demo
from survey_app.core.forms import load_form
from survey_app.core.store import Store
from survey_app.paths import default_form_path
from tests.conftest import ROOT
from tests.core.export_helpers import as_dicts, read_back


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    with Store.create(path) as store:
        build_demo(store, load_form(default_form_path()).form, dwellings=40, seed=2)
    return path


def test_export_with_options_and_the_global_db_option(store_path, tmp_path, capsys):
    out = tmp_path / "codes.xlsx"
    assert main(["--db", str(store_path), "export", "-o", str(out), "--values", "codes", "--status", "termine",
                 "--site", "Lens – Grande Résidence", "--pseudonymise", "--from", "01/09/2026", "--to", "2026-12-31"]) == 0  # fmt: skip
    assert "Export écrit dans" in capsys.readouterr().out
    sheets = read_back(out)
    rows = as_dicts(sheets["Entretiens"])
    assert rows and {r["_statut"] for r in rows} == {"termine"} and {r["_site"] for r in rows} == {"Lens – Grande Résidence"}
    assert "chauff_mode_libelle" not in sheets["Entretiens"][0] and "prenom" not in sheets["Membres du ménage"][0]
    out2 = tmp_path / "tout.xlsx"
    assert main(["export", "--db", str(store_path), "-o", str(out2)]) == 0
    assert "chauff_mode_libelle" in read_back(out2)["Entretiens"][0]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--site", "Arras"], "Site « Arras » introuvable"),
        (["--from", "32/13/2026"], "Date de début « 32/13/2026 » non reconnue"),
        (["--status", "fini"], "Statut d'entretien inconnu « fini »"),
        (["--from", "2026-12-01", "--to", "2026-11-01"], "Période impossible"),
    ],
)
def test_bad_options_are_explained_in_french(store_path, tmp_path, capsys, extra, message):
    out = tmp_path / "x.xlsx"
    assert main(["export", "--db", str(store_path), "-o", str(out), *extra]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_store_and_unwritable_destination_without_traceback(store_path, tmp_path):
    cases = [
        (["--db", str(tmp_path / "absente.db"), "export", "-o", str(tmp_path / "a.xlsx")], "absente.db"),
        (["--db", str(store_path), "export", "-o", str(tmp_path / "nulle" / "part.xlsx")], "n'existe pas"),
    ]
    for argv, expected in cases:
        done = subprocess.run([sys.executable, "-m", "survey_app", *argv], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 1
        assert expected in done.stderr and "Traceback" not in done.stderr and "Exception" not in done.stderr
