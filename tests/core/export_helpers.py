"""Helpers for the Excel export tests: small stores, reading a workbook back, looking inside the .xlsx zip."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from survey_app.core.store import RegisterRow, Store


def read_back(path: Path) -> dict[str, list[list]]:
    """Every sheet as rows of values, padded to the header's length (write-only files read back ragged)."""
    wb = load_workbook(path, read_only=True)
    sheets = {}
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        width = len(rows[0]) if rows else 0
        sheets[ws.title] = [r + [None] * (width - len(r)) for r in rows]
    wb.close()
    return sheets


def as_dicts(rows: list[list]) -> list[dict]:
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:]]


def zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def small_store(path: Path, refs: list[tuple[str, str | None, str | None, int | None, str | None]]) -> Store:
    """A store with one campaign and the given (landlord_ref, building, entrance, floor, door) dwellings in Lens."""
    store = Store.create(path)
    rows = [RegisterRow(landlord_ref=ref, site="Lens – Grande Résidence", building=b, entrance=e, floor=f, door=d,
                        commune="Lens", depcom="62498", construction="C")
            for ref, b, e, f, d in refs]  # fmt: skip
    store.import_dwellings(rows, campaign="Campagne test")
    return store


def add_interview(store: Store, form, landlord_ref: str, answers: dict, *, status: str = "termine",
                  when: dt.datetime | None = None, surveyor: str = "Alice Martin") -> str:  # fmt: skip
    """An interview of `form` on the dwelling `landlord_ref`, with the visit it was made at."""
    dwelling = next(d for d in store.list_dwellings() if d.landlord_ref == landlord_ref)
    record = store.create_interview(dwelling.id, form.form_id, form.version, form.hash, surveyor, answers, status=status)
    store.record_visit(dwelling.id, "realise", surveyor, when=when or dt.datetime(2026, 10, 5, 14, 0),
                       interview_id=record.id)  # fmt: skip
    return record.id
