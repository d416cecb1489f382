"""Helpers shared by the merge tests (no tests here): laptops with a shared register, packing, master dumps."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from survey_app.core.merge import write_package
from survey_app.core.store import Store
from tests.core.test_store_support import CAMPAIGN, register_rows

FORM = ("enquete_habitat", "2026.1", "sha256:aaaa")
FORM_V2 = ("enquete_habitat", "2026.2", "sha256:bbbb")


def laptop(folder: Path, name: str) -> Store:
    """A laptop store named `name` with the shared test register (same dwelling ids everywhere)."""
    store = Store.create(folder / f"{name}.db", device_name=name)
    store.import_dwellings(register_rows(), campaign=CAMPAIGN)
    return store


def interview(store: Store, dwelling_index: int, surveyor: str, answers: dict | None = None, *, form=FORM,
              status: str = "termine") -> str:  # fmt: skip
    dwelling = store.list_dwellings()[dwelling_index]
    record = store.create_interview(dwelling.id, *form, surveyor, answers or {"q1": 1, "q2": "oui"}, status=status)
    store.record_visit(dwelling.id, "realise", surveyor, interview_id=record.id)
    return record.id


def pack(store: Store, path: Path) -> Path:
    write_package(store, path)
    return path


def dump(path: Path) -> dict:
    """The master's merge-relevant content, canonical (no times of merging, no arrival-order history)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        q = lambda sql: sorted(conn.execute(sql).fetchall())  # noqa: E731
        return {
            "interviews": q(
                "SELECT id, dwelling_id, form_version, status, revision_id, answers, deleted_at FROM interviews"
            ),
            "visits": q("SELECT id, dwelling_id, outcome, deleted_at FROM visits"),
            "dwellings": q("SELECT id, landlord_ref, modified_at FROM dwellings"),
            "versions": q("SELECT interview_id, revision_id, answers FROM interview_versions WHERE state = 'ouverte'"),
            "review": q("SELECT kind, subject_id, state, detail FROM review_items"),
            "journal": q("SELECT id FROM journal WHERE table_name IN ('interviews', 'visits')"),
        }
    finally:
        conn.close()


def rezip(source: Path, dest: Path, *, manifest=None, content: bytes | None = None, extra: dict | None = None) -> Path:
    """Rebuild a package with a changed manifest (dict → dict function) and/or content bytes."""
    with zipfile.ZipFile(source) as zf:
        data = json.loads(zf.read("manifest.json"))
        db = zf.read("store.sqlite")
    if manifest is not None:
        data = manifest(data)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(data))
        zf.writestr("store.sqlite", content if content is not None else db)
        for name, value in (extra or {}).items():
            zf.writestr(name, value)
    return dest


def doctored(source: Path, dest: Path, sql: str) -> Path:
    """A package whose database was changed by `sql` and whose manifest was re-signed to match (crafted)."""
    import hashlib
    import tempfile

    with zipfile.ZipFile(source) as zf:
        db = zf.read("store.sqlite")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.sqlite"
        path.write_bytes(db)
        conn = sqlite3.connect(path)
        conn.executescript(sql)
        conn.commit()
        conn.close()
        db = path.read_bytes()
    content = {"name": "store.sqlite", "size": len(db), "sha256": hashlib.sha256(db).hexdigest()}
    return rezip(source, dest, content=db, manifest=lambda m: {**m, "content": content})
