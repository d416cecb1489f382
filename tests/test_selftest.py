"""`survey-app self-test`: passes headless from the source checkout, and names what failed, in French.

The frozen executable runs the same command in installer/check.sh (release check, not part of CI).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys

from survey_app.cli import build_parser
from survey_app.core.store import Store
from survey_app.selftest import headless_platform, run_selftest
from tests.conftest import ROOT

STEPS = ("Questionnaire", "Base temporaire", "Entretiens de démonstration", "Export Excel", "Fiches PDF",
         "Fenêtre principale")


def _headless_env(tmp_path) -> dict[str, str]:
    """No display, no QT_QPA_PLATFORM, and a throw-away home so no user setting is read or written."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return env


def _run(args: list[str], tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "survey_app", *args], capture_output=True, text=True,
                          cwd=ROOT, env=_headless_env(tmp_path), timeout=300)  # fmt: skip


def test_self_test_passes_without_display_and_switches_to_offscreen(tmp_path):
    done = _run(["self-test"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "hors écran (offscreen)" in done.stdout
    for step in STEPS:
        assert f"[OK    ] {step} :" in done.stdout
    assert "plateforme Qt « offscreen »" in done.stdout
    assert "Auto-test réussi : 6 étapes" in done.stdout
    assert done.stderr == ""
    assert not list(tmp_path.rglob("*.db")), "the self-test must not leave a store behind"


def test_self_test_with_a_broken_form_exits_non_zero_naming_it_in_french(tmp_path):
    broken = tmp_path / "questionnaire cassé.xlsx"
    broken.write_bytes(b"ceci n'est pas un classeur Excel")
    done = _run(["self-test", "--form", str(broken)], tmp_path)
    assert done.returncode == 1
    assert "[ÉCHEC ] Questionnaire :" in done.stdout
    assert "questionnaire cassé.xlsx" in done.stdout
    # the steps that need the questionnaire say why they did not run, the others still run
    assert "[SAUTÉE] Entretiens de démonstration : non exécutée, faute de l'étape « Questionnaire »" in done.stdout
    assert "[OK    ] Base temporaire :" in done.stdout
    assert "Auto-test ÉCHOUÉ : Questionnaire en échec, 4 étape(s) non exécutée(s)" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_missing_form_is_named(tmp_path):
    out = io.StringIO()
    assert run_selftest(form_path=tmp_path / "absent.xlsx", out=out) == 1
    assert f"[ÉCHEC ] Questionnaire : fichier introuvable : « {tmp_path / 'absent.xlsx'} »" in out.getvalue()


def test_keep_folder_holds_the_outputs_and_db_option_checks_a_user_store(tmp_path):
    user_db = tmp_path / "terrain.db"
    Store.create(user_db).close()
    keep = tmp_path / "résultats"
    out = io.StringIO()
    assert run_selftest(db_path=user_db, keep_dir=keep, out=out) == 0, out.getvalue()
    for name in ("auto-test.db", "auto-test.xlsx", "auto-test.pdf", "fenetre.png", "entretien.png"):
        assert (keep / name).is_file(), name
    assert f"[OK    ] Base d'enquête : « {user_db} » intègre : 0 logements, 0 entretiens" in out.getvalue()


def test_keep_folder_must_be_empty_and_a_damaged_user_store_fails(tmp_path, capsys):
    keep = tmp_path / "plein"
    keep.mkdir()
    (keep / "autre.txt").write_text("x")
    assert run_selftest(keep_dir=keep, out=io.StringIO()) == 1
    assert "n'est pas vide" in capsys.readouterr().err
    assert (keep / "autre.txt").read_text() == "x"

    damaged = tmp_path / "abîmée.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    out = io.StringIO()
    assert run_selftest(db_path=damaged, out=out) == 1
    line = next(line for line in out.getvalue().splitlines() if "Base d'enquête" in line)
    assert "[ÉCHEC ]" in line and "abîmée.db" in line


def test_db_option_is_accepted_before_and_after_the_command():
    parser = build_parser()
    assert parser.parse_args(["--db", "a.db", "self-test"]).db == "a.db"
    assert parser.parse_args(["self-test", "--db", "b.db"]).db == "b.db"
    assert getattr(parser.parse_args(["self-test"]), "db", None) is None


def test_headless_platform_only_switches_without_any_display():
    env: dict[str, str] = {}
    assert headless_platform(env, "linux") and env["QT_QPA_PLATFORM"] == "offscreen"
    for env, platform in (({"DISPLAY": ":0"}, "linux"), ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
                          ({"QT_QPA_PLATFORM": "xcb"}, "linux"), ({}, "win32"), ({}, "darwin")):  # fmt: skip
        before = dict(env)
        assert not headless_platform(env, platform)
        assert env == before
