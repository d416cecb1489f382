"""Schema 2 (merge tables): a store of the first release is upgraded in place after a backup, and merges."""

from __future__ import annotations

from survey_app.core.merge import merge_into, write_package
from survey_app.core.store import SCHEMA_VERSION, Store
from tests.core.test_store_support import first_release_store, raw_query

NEW_TABLES = {
    "interview_versions", "review_items", "review_decisions", "package_log", "assignments", "field_interviews",
}  # fmt: skip


def test_first_release_store_is_upgraded_and_can_be_packed(tmp_path):
    path = tmp_path / "enquete.db"
    first_release_store(path)
    assert raw_query(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [("1",)]
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        backup = store.migration_backup
        assert backup is not None and "schema1" in backup.name
        assert len(store.list_interviews()) == 1 and len(store.list_visits(include_deleted=True)) == 3
        assert store.list_dwellings()[2].status == "en_cours"
        written = write_package(store, tmp_path / "ancien-portable.enqpkg")
    tables = {r[0] for r in raw_query(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert NEW_TABLES <= tables
    assert not NEW_TABLES & {r[0] for r in raw_query(backup, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    report = merge_into(tmp_path / "maitre.db", [written.path])
    assert report.files[0].interviews_new == 1 and report.files[0].visits_added == 2


def test_new_store_has_the_merge_tables(tmp_path):
    with Store.create(tmp_path / "neuf.db") as store:
        assert store.schema_version == SCHEMA_VERSION
    tables = {r[0] for r in raw_query(tmp_path / "neuf.db", "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert NEW_TABLES <= tables
