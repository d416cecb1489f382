"""Creating, opening, closing and copying stores: explicit creation, stable device id, snapshots."""

from __future__ import annotations

import threading

import pytest

from survey_app.core.store import SCHEMA_VERSION, Store, StoreClosedError, StoreExistsError, StoreNotFoundError
from tests.core.test_store_support import CAMPAIGN, make_store, populated_store, raw_query


def test_create_then_open_keeps_the_device_id(tmp_path):
    store = make_store(tmp_path, device_name="Portable 3")
    device = store.device_id
    assert store.schema_version == SCHEMA_VERSION
    assert [(d.id, d.name) for d in store.devices()] == [(device, "Portable 3")]
    store.close()
    with Store.open(tmp_path / "enquete.db") as again:
        assert again.device_id == device
    assert not list(tmp_path.glob(".*creation*")), "no temporary file left behind"


def test_open_never_creates_a_file(tmp_path):
    missing = tmp_path / "faute-de-frappe.db"
    with pytest.raises(StoreNotFoundError) as err:
        Store.open(missing)
    assert str(missing) in str(err.value) and "init-store" in str(err.value)
    assert not missing.exists()


def test_open_with_create_makes_a_missing_store(tmp_path):
    with Store.open(tmp_path / "sub" / "new.db", create=True) as store:
        assert store.schema_version == SCHEMA_VERSION
    assert (tmp_path / "sub" / "new.db").stat().st_size > 0


def test_create_refuses_an_existing_file(tmp_path):
    make_store(tmp_path).close()
    before = (tmp_path / "enquete.db").read_bytes()
    with pytest.raises(StoreExistsError) as err:
        Store.create(tmp_path / "enquete.db")
    assert "existe déjà" in str(err.value)
    assert (tmp_path / "enquete.db").read_bytes() == before


def test_open_default_uses_the_user_data_folder(tmp_path, monkeypatch):
    import survey_app.paths

    monkeypatch.setattr(survey_app.paths, "user_data_dir", lambda: tmp_path / "donnees")
    with Store.open_default() as store:
        assert store.path == tmp_path / "donnees" / "enquete.db"
        device = store.device_id
    with Store.open_default() as store:
        assert store.device_id == device


def test_closed_store_says_so_and_close_twice_is_fine(tmp_path):
    store = make_store(tmp_path)
    store.close()
    store.close()
    with pytest.raises(StoreClosedError) as err:
        store.list_dwellings()
    assert "fermée" in str(err.value)


def test_snapshot_is_complete_while_the_store_is_open(tmp_path):
    store = populated_store(tmp_path)
    dwelling = store.list_dwellings()[0]
    interview = store.create_interview(dwelling.id, "menage", "1", "h", "Marie")
    store.save_answer(interview.id, ("q1",), "oui", surveyor="Marie")
    copy = store.snapshot(tmp_path / "paquet" / "copie.db")
    # The live store still has its WAL; the copy must hold every committed row on its own.
    assert raw_query(copy, "PRAGMA integrity_check") == [("ok",)]
    assert raw_query(copy, "SELECT count(*) FROM dwellings") == [(len(store.list_dwellings()),)]
    assert raw_query(copy, "SELECT answers FROM interviews") == [('{"q1":"oui"}',)]
    with pytest.raises(StoreExistsError):
        store.snapshot(copy)
    store.close()


def test_campaigns_sites_and_surveyors(tmp_path):
    with populated_store(tmp_path) as store:
        assert [c.name for c in store.campaigns()] == [CAMPAIGN]
        sites = store.sites()
        assert [s.name for s in sites] == ["Lens – Grande Résidence", "Liévin – Chouard-Pasteur"]
        assert [b.code for b in store.buildings(sites[0].id)] == ["Tour A", "Tour B"]
        assert store.buildings(sites[1].id) == []
        first = store.add_surveyor("  Marie   Dupont ")
        assert first.name == "Marie Dupont"
        assert store.add_surveyor("marie dupont").id == first.id, "same person, same id"
        assert [s.name for s in store.surveyors()] == ["Marie Dupont"]


def test_one_store_serves_several_threads(tmp_path):
    with populated_store(tmp_path) as store:
        dwelling = store.list_dwellings()[0]
        interview = store.create_interview(dwelling.id, "menage", "1", "h", "Marie")
        errors = []

        def work(n: int) -> None:
            try:
                for i in range(10):
                    store.save_answer(interview.id, (f"t{n}_{i}",), i, surveyor="Marie")
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        record = store.get_interview(interview.id)
        assert len(record.answers) == 40 and record.revision == 41


def test_store_imports_neither_qt_nor_openpyxl():
    import subprocess
    import sys

    code = (
        "import sys, survey_app.core.store, survey_app.core.store.register_import; "
        "print(sorted(m for m in ('PySide6', 'openpyxl', 'survey_app.gui') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
