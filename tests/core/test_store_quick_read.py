"""The start-up read (plain sqlite3) gives exactly the store's own tree, and steps aside when unsure."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from survey_app.core.store import Store
from survey_app.core.store.campaign_sql import DWELLINGS_SQL
from survey_app.core.store.quick_read import read_campaign, render_sql
from survey_app.core.store.register_import import read_register
from tests.conftest import ROOT


def _store(tmp_path):
    store = Store.create(tmp_path / "q.db")
    store.import_dwellings(read_register(ROOT / "resources/samples/registre_bailleur_demo.csv").rows, campaign="Démo")
    rows = store.list_dwellings()
    store.record_visit(rows[0].id, "absent", "Awa")
    store.record_visit(rows[1].id, "refus", "Awa", refusal_reason="Pas le temps")
    store.create_interview(rows[2].id, "f", "1", "h", "Awa", {"a": 1}, status="termine")
    return store


def test_sql_text_matches_the_store_query():
    assert DWELLINGS_SQL.strip() == render_sql().strip(), (
        "campaign_sql.py is stale: python -m survey_app.core.store.quick_read --print-sql > survey_app/core/store/campaign_sql.py"
    )


def test_quick_tree_equals_store_tree(tmp_path):
    store = _store(tmp_path)
    quick = read_campaign(store.path)
    assert quick is not None
    assert quick.device_id == str(store.device_id)
    assert quick.tree == store.tree()


def test_other_versions_missing_and_damaged_files_take_the_normal_path(tmp_path):
    store = _store(tmp_path)
    path = store.path
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    assert read_campaign(path) is None
    assert read_campaign(tmp_path / "absent.db") is None
    assert not (tmp_path / "absent.db").exists()
    (tmp_path / "garbage.db").write_bytes(b"not a database at all" * 100)
    assert read_campaign(tmp_path / "garbage.db") is None


def test_quick_read_does_not_load_sqlalchemy():
    code = "import sys; import survey_app.core.store.quick_read; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
