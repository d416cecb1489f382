"""Schema versions: an older store is upgraded after a backup copy, a newer one is refused untouched.

Upgrades are exercised with synthetic steps injected into `migrations` on top of the real schema
version V (a V+1 that adds a column, a V+2 that fails). The real upgrade from version 1 is tested with a
fixture store in `test_merge_schema.py`.
"""

from __future__ import annotations

import sqlite3

import pytest

from survey_app.core.store import SCHEMA_VERSION, Store, StoreMigrationError, StoreVersionError, migrations
from survey_app.core.store.migrations import Step
from tests.core.test_store_support import populated_store, raw_query

V = SCHEMA_VERSION


def _columns(path, table):
    return [r[1] for r in raw_query(path, f"PRAGMA table_info({table})")]


def _add_weather(conn):
    conn.exec_driver_sql("ALTER TABLE visits ADD COLUMN weather TEXT")


@pytest.fixture
def v1_store(tmp_path):  # a store at the current version V
    store = populated_store(tmp_path)
    dwelling = store.list_dwellings()[0]
    store.record_visit(dwelling.id, "absent", "Marie")
    store.close()
    return tmp_path / "enquete.db"


def test_newer_store_is_refused_untouched(v1_store):
    conn = sqlite3.connect(v1_store)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = v1_store.read_bytes()
    with pytest.raises(StoreVersionError) as err:
        Store.open(v1_store)
    message = str(err.value)
    assert str(v1_store) in message and "plus récente" in message and "99" in message
    assert v1_store.read_bytes() == before
    assert sorted(p.name for p in v1_store.parent.iterdir()) == ["enquete.db"], "no backup, no WAL left"


def test_older_store_is_backed_up_then_upgraded(v1_store, monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", V + 1)
    monkeypatch.setattr(migrations, "STEPS", [Step(V + 1, "météo des visites", _add_weather)])
    with Store.open(v1_store) as store:
        backup = store.migration_backup
        assert store.schema_version == V + 1
        assert len(store.list_visits()) == 1
    assert backup is not None and backup.parent == v1_store.parent and f"schema{V}" in backup.name
    assert raw_query(backup, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(V),)]
    assert raw_query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert "weather" not in _columns(backup, "visits")
    assert "weather" in _columns(v1_store, "visits")
    assert raw_query(backup, "SELECT count(*) FROM dwellings") == raw_query(v1_store, "SELECT count(*) FROM dwellings")
    with Store.open(v1_store) as store:
        assert store.migration_backup is None, "already current: no second backup"


def test_failed_step_leaves_the_store_as_it_was(v1_store, monkeypatch):
    def broken(conn):
        raise RuntimeError("étape cassée")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", V + 2)
    monkeypatch.setattr(migrations, "STEPS", [Step(V + 1, "météo", _add_weather), Step(V + 2, "cassée", broken)])
    with pytest.raises(StoreMigrationError) as err:
        Store.open(v1_store)
    message = str(err.value)
    assert str(v1_store) in message and f"schéma {V + 2}" in message and "sauvegarde" in message
    assert raw_query(v1_store, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(V),)]
    assert "weather" not in _columns(v1_store, "visits"), "step 2 rolled back with step 3"
    assert len(list(v1_store.parent.glob("*sauvegarde*"))) == 1


def test_missing_step_is_refused(v1_store, monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", V + 2)
    monkeypatch.setattr(migrations, "STEPS", [Step(V + 2, "sans étape intermédiaire", _add_weather)])
    with pytest.raises(StoreMigrationError) as err:
        Store.open(v1_store)
    assert f"schéma {V} au schéma {V + 2}" in str(err.value)
    assert raw_query(v1_store, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(V),)]
