"""The self-test's file round trips: write the Excel export and the PDF building sheets, then read them back.

Kept apart from `selftest.py` (which orders the steps). The writers are the app's own
(`core.export.export_workbook`, `core.reports.write_building_report`); reading back uses openpyxl
for the workbook (the « Entretiens » sheet must hold one row per exported interview) and pypdf for
the PDF: the text extracted from the pages must contain the accented site name « Liévin », which
fails when the embedded fonts were not shipped with the app. Failures raise `StepFailed` with a
French message naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from survey_app.selftest import StepFailed

MAIN_SHEET = "Entretiens"
EXPECTED_TEXT = "Liévin"


def excel_round_trip(store: Any, form: Any, path: Path) -> str:
    from openpyxl import load_workbook

    from survey_app.core.export import export_workbook

    report = export_workbook(store, form, path)
    expected = len(store.list_interviews())
    if report.interviews != expected:
        raise StepFailed(f"l'export de « {path} » compte {report.interviews} entretiens au lieu de {expected}")
    try:
        book = load_workbook(path, read_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file: all mean « unreadable »
        raise StepFailed(f"classeur « {path} » illisible : {exc}") from exc
    try:
        if MAIN_SHEET not in book.sheetnames:
            raise StepFailed(f"le classeur « {path} » n'a pas de feuille « {MAIN_SHEET} » ({', '.join(book.sheetnames)})")
        rows = sum(1 for row in book[MAIN_SHEET].iter_rows(min_row=2, values_only=True) if any(v is not None for v in row))
        sheets = len(book.sheetnames)
    finally:
        book.close()
    if rows != expected:
        raise StepFailed(f"la feuille « {MAIN_SHEET} » de « {path} » a {rows} lignes au lieu de {expected}")
    return f"{sheets} feuilles, {rows} entretiens relus ({path.stat().st_size // 1024} Ko)"


def pdf_round_trip(store: Any, form: Any, path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from survey_app.core.reports import write_building_report

    write_building_report(store, form, path)
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise StepFailed(f"« {path} » n'est pas un PDF complet (en-tête ou fin de fichier absents)")
    try:
        reader = PdfReader(path)
        pages = len(reader.pages)
        text = "".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise StepFailed(f"PDF « {path} » illisible : {exc}") from exc
    if EXPECTED_TEXT not in text:
        raise StepFailed(f"le texte du PDF « {path} » ne contient pas « {EXPECTED_TEXT} » : "
                         "polices de caractères absentes ou texte mal encodé")
    return f"{pages} pages relues, accents lisibles ({len(data) // 1024} Ko)"
