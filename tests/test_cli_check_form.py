"""`survey-app check-form`: exit 0 with a summary, or exit 1 with French problems; never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from survey_app.cli import main
from tests.conftest import ROOT

GOOD = """| survey |
| | type | name | label |
| | integer | age | Âge |
| settings |
| | form_id | version |
| | essai | 7 |
"""


def _run(path, capsys):
    code = main(["check-form", str(path)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_good_form_prints_summary(tmp_path, capsys):
    path = tmp_path / "ok.md"
    path.write_text(GOOD, encoding="utf-8")
    code, out, err = _run(path, capsys)
    assert code == 0
    assert "form_id essai, version 7" in out and "1 questions" in out


def test_problems_listed_with_row_and_column(tmp_path, capsys):
    path = tmp_path / "bad.md"
    path.write_text(GOOD.replace("| | integer | age | Âge |", "| | integer | age | Âge |\n| | integr | x | X |"), encoding="utf-8")
    code, out, err = _run(path, capsys)
    assert code == 1
    assert "feuille 'survey', ligne 4, colonne type : type inconnu : « integr »" in err
    assert "Traceback" not in err + out


def _hostile_files(tmp_path):
    files = {}
    files["vide.xlsx"] = b""
    files["texte.xlsx"] = "ceci n'est pas un classeur".encode()
    wb = openpyxl.Workbook()
    wb.active.title = "survey"
    wb.active.append(["type", "name", "label"])
    buffer = io.BytesIO()
    wb.save(buffer)
    files["tronque.xlsx"] = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    files["protege.xlsx"] = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    files["bombe.xlsx"] = bomb.getvalue()
    files["image.xls"] = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    return sorted(files)


def test_hostile_files_give_a_french_message_and_exit_1(tmp_path, capsys):
    for name in _hostile_files(tmp_path):
        code, out, err = _run(tmp_path / name, capsys)
        assert code == 1, name
        assert "Traceback" not in err and err.strip(), name
        assert "questionnaire n'est pas utilisable" in err, name


def test_huge_sheet_is_refused_cleanly(tmp_path, capsys):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("survey")
    ws.append(["type", "name", "label"])
    for i in range(100_000):
        ws.append(["integer", f"q{i}", f"Question {i}"])
    path = tmp_path / "enorme.xlsx"
    wb.save(path)
    code, out, err = _run(path, capsys)
    assert code == 1
    assert "trop de lignes" in err


def test_missing_file_through_the_real_command(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "survey_app", "check-form", str(tmp_path / "absent.xlsx")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert out.returncode == 1
    assert "absent.xlsx" in out.stderr and "Traceback" not in out.stderr
