"""Helpers shared by the store tests (no tests here): small stores with a synthetic register."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from survey_app.core.store import RegisterRow, Store

CAMPAIGN = "Lens-Liévin 2026"
FIRST_RELEASE_DUMP = Path(__file__).resolve().parents[1] / "fixtures" / "stores" / "enquete_schema1.sql"


def first_release_store(path: Path) -> Path:
    """A store written by the first release (schema 1), rebuilt at `path` from its SQL dump (kept as text)."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(FIRST_RELEASE_DUMP.read_text(encoding="utf-8"))
    finally:
        conn.close()
    return path


def register_rows(n_towers: int = 2, entrances: int = 2, floors: int = 4, doors: int = 2, houses: int = 3) -> list[RegisterRow]:
    """Towers with entrances and floors in Lens, individual houses in Liévin."""
    rows = []
    for t in range(n_towers):
        for e in range(1, entrances + 1):
            for f in range(floors):
                for d in range(1, doors + 1):
                    ref = f"GR-{t}{e}{f}{d}"
                    rows.append(RegisterRow(
                        landlord_ref=ref, site="Lens – Grande Résidence", building=f"Tour {chr(65 + t)}",
                        entrance=str(e), floor=f, door=f"{f}{d}", typology=3, rooms=3, surface=65.0,
                        construction="collectif", address=f"{t + 1} rue de la Grande Résidence", commune="Lens",
                        depcom="62498", extra={"FINAN": "HLM/O"},
                    ))  # fmt: skip
    for h in range(houses):
        rows.append(RegisterRow(
            landlord_ref=f"CP-{h:03d}", site="Liévin – Chouard-Pasteur", construction="individuel",
            address=f"{h + 1} rue Pasteur", commune="Liévin", depcom="62510", typology=4,
        ))  # fmt: skip
    return rows


def make_store(tmp_path: Path, name: str = "enquete.db", **options: object) -> Store:
    return Store.create(tmp_path / name, **options)  # type: ignore[arg-type]


def populated_store(tmp_path: Path, name: str = "enquete.db", **options: object) -> Store:
    store = make_store(tmp_path, name, **options)
    store.import_dwellings(register_rows(), campaign=CAMPAIGN)
    return store


def raw_query(path: Path, sql: str) -> list[tuple]:
    """Read a store with plain sqlite3 (read-only URI), outside the Store."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
