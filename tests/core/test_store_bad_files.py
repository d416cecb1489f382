"""Bad database files and failing writes: a clear French message naming the file, nothing half written.

Covers a missing path, a folder, a 0-byte file, random bytes, a truncated copy, a damaged page, a
foreign SQLite file, a read-only file or folder, a lock held by another process, and a full disk
(simulated with `PRAGMA max_page_count`).
"""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from survey_app.core.store import (
    Store,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreLockedError,
    StoreNotFoundError,
    StoreReadOnlyError,
    StoreVersionError,
)
from tests.core.test_store_support import CAMPAIGN, populated_store, raw_query, register_rows


@pytest.fixture
def saved_store(tmp_path):
    """A closed store with dwellings and one interview; returns (path, interview id)."""
    store = populated_store(tmp_path)
    dwelling = store.list_dwellings()[0]
    interview = store.create_interview(dwelling.id, "menage", "1", "h", "Marie", {"q1": "avant"})
    store.close()
    return tmp_path / "enquete.db", interview.id


def _names_file(err: StoreError, path) -> None:
    assert str(path) in str(err), str(err)
    assert err.path == path


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(StoreNotFoundError) as err:
        Store.open(tmp_path)
    _names_file(err.value, tmp_path)


def test_empty_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "vide.db"
    path.touch()
    with pytest.raises(StoreCorruptError) as err:
        Store.open(path)
    _names_file(err.value, path)
    assert "0 octet" in str(err.value)
    assert path.stat().st_size == 0


def test_random_bytes(tmp_path):
    path = tmp_path / "photo.db"
    data = os.urandom(8192)
    path.write_bytes(data)
    with pytest.raises(StoreCorruptError) as err:
        Store.open(path)
    _names_file(err.value, path)
    assert "n'est pas une base d'enquête" in str(err.value)
    assert path.read_bytes() == data


def test_truncated_copy(saved_store):
    path, _ = saved_store
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreCorruptError) as err:
        Store.open(path)
    _names_file(err.value, path)
    assert "tronquée" in str(err.value)
    assert path.stat().st_size == len(data) // 2


def test_truncated_file_with_a_wal_is_left_to_sqlite_recovery(saved_store):
    # A crash during a checkpoint can leave the file shorter than its header says while the WAL still
    # holds the pages: that must not be called "truncated" up front. A WAL that cannot repair it is
    # then caught by the quick_check at open.
    path, _ = saved_store
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    path.with_name(path.name + "-wal").write_bytes(os.urandom(4096))
    with pytest.raises(StoreCorruptError) as err:
        Store.open(path)
    assert "tronquée" not in str(err.value) and "endommagée" in str(err.value)


@pytest.mark.parametrize("start", [100, 8192, -8192])
def test_damaged_pages_are_found_at_open(saved_store, start):
    path, _ = saved_store
    data = bytearray(path.read_bytes())
    start %= len(data)
    data[start : start + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorruptError) as err:
        Store.open(path)
    _names_file(err.value, path)
    assert "endommagée" in str(err.value)


def test_foreign_sqlite_file(tmp_path):
    path = tmp_path / "autre.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE clients (nom TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreVersionError) as err:
        Store.open(path)
    _names_file(err.value, path)
    assert "pas une base d'enquête" in str(err.value)
    assert raw_query(path, "SELECT name FROM sqlite_master") == [("clients",)]


def test_read_only_file(saved_store):
    path, _ = saved_store
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        with pytest.raises(StoreReadOnlyError) as err:
            Store.open(path)
    finally:
        path.chmod(0o644)
    _names_file(err.value, path)
    assert "lecture seule" in str(err.value)
    assert path.read_bytes() == before


def test_read_only_folder(saved_store):
    path, _ = saved_store
    folder = path.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreReadOnlyError) as err:
            Store.open(path)
        with pytest.raises(StoreReadOnlyError):
            Store.create(folder / "nouvelle.db")
    finally:
        folder.chmod(0o755)
    _names_file(err.value, path)
    assert str(folder) in str(err.value)
    assert not (folder / "nouvelle.db").exists()


def test_write_refused_by_sqlite_changes_nothing(saved_store):
    # query_only makes SQLite itself answer SQLITE_READONLY, as a read-only mount would.
    path, interview_id = saved_store
    with Store.open(path, pragmas={"query_only": 1}) as store:
        with pytest.raises(StoreReadOnlyError) as err:
            store.save_answer(interview_id, ("q1",), "après", surveyor="Marie")
        _names_file(err.value, path)
        assert store.get_interview(interview_id).answers == {"q1": "avant"}


def test_lock_held_by_another_process(saved_store):
    path, interview_id = saved_store
    other = sqlite3.connect(path, isolation_level=None)
    with Store.open(path, busy_timeout_ms=100) as store:
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreLockedError) as err:
                store.save_answer(interview_id, ("q1",), "après", surveyor="Marie")
            _names_file(err.value, path)
            assert "autre programme" in str(err.value)
            assert store.get_interview(interview_id).answers == {"q1": "avant"}, "reads still work"
        finally:
            other.execute("ROLLBACK")
        store.save_answer(interview_id, ("q1",), "après", surveyor="Marie")
        assert store.get_interview(interview_id).answers == {"q1": "après"}
    other.close()


def test_exclusive_lock_at_open(saved_store):
    path, _ = saved_store
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE meta SET value = value")
    other.execute("COMMIT")  # the exclusive lock stays until the connection closes
    try:
        with pytest.raises(StoreLockedError) as err:
            Store.open(path, busy_timeout_ms=100)
        _names_file(err.value, path)
    finally:
        other.close()
    Store.open(path).close()


def _page_count(path) -> int:
    return raw_query(path, "PRAGMA page_count")[0][0]


def test_disk_full_keeps_previous_answers(saved_store):
    path, interview_id = saved_store
    with Store.open(path, pragmas={"max_page_count": _page_count(path)}) as store:
        journal_before = len(store.journal())
        with pytest.raises(StoreFullError) as err:
            store.save_answer(interview_id, ("commentaire",), "x" * 200_000, surveyor="Marie")
        _names_file(err.value, path)
        assert "plein" in str(err.value)
        record = store.get_interview(interview_id)
        assert record.answers == {"q1": "avant"} and record.revision == 1
        assert len(store.journal()) == journal_before
        store.save_answer(interview_id, ("q1",), "court", surveyor="Marie")  # small saves still fit
        assert store.check_integrity() == []
    assert raw_query(path, "PRAGMA integrity_check") == [("ok",)]


def test_disk_full_during_import_imports_nothing(saved_store):
    path, _ = saved_store
    bigger = register_rows(n_towers=10, entrances=4, floors=10, doors=4)
    with Store.open(path, pragmas={"max_page_count": _page_count(path) + 2}) as store:
        before = store.list_dwellings()
        with pytest.raises(StoreFullError):
            store.import_dwellings(bigger, campaign=CAMPAIGN)
        assert store.list_dwellings() == before
        assert store.check_integrity() == []
