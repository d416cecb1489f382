"""Read the campaign tree at start-up with the standard `sqlite3` module only, before the full store opens.

Importing the store (SQLAlchemy and the schema) costs about three bare Qt windows; the surveyor
should not wait for it to see the list of dwellings. `read_campaign(path)` opens the file read-only,
checks that its schema is exactly the one this code writes, reads the device id and runs the same
listing query as `Store.list_dwellings` (its SQL text is kept in `campaign_sql.py`, checked by a
test). Anything unusual — missing file, another schema version, a damaged file — returns None, and
the caller takes the normal path, where `Store.open` explains the problem or migrates the store.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from survey_app.core.store.records import TreeNode
from survey_app.core.store.tree import build_tree, row_to_dwelling, sort_key
from survey_app.core.store.utc import parse_utc
from survey_app.core.store.version import SCHEMA_VERSION

# Positions of the UTC timestamp columns in the listing (DwellingRow field order).
_TIME_COLUMNS = (23, 27)


@dataclass(frozen=True)
class QuickCampaign:
    path: Path
    device_id: str
    tree: list[TreeNode]


def read_campaign(path: str | Path) -> QuickCampaign | None:
    """The campaign tree of the store at `path`, or None when the normal open path must decide."""
    from survey_app.core.store.campaign_sql import DWELLINGS_SQL

    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error, ValueError):
        return None
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta WHERE key IN ('schema_version', 'device_id')"))
        if meta.get("schema_version") != str(SCHEMA_VERSION) or not meta.get("device_id"):
            return None
        rows = []
        for raw in connection.execute(DWELLINGS_SQL):
            values = list(raw)
            for column in _TIME_COLUMNS:
                if values[column] is not None:
                    values[column] = parse_utc(values[column])
            rows.append(row_to_dwelling(values))
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
    rows.sort(key=sort_key)
    return QuickCampaign(path, meta["device_id"], build_tree(rows))


def render_sql() -> str:
    """The listing query compiled for SQLite (needs SQLAlchemy: used to regenerate campaign_sql.py)."""
    from sqlalchemy.dialects import sqlite

    from survey_app.core.store.dwelling_query import dwelling_select

    return str(dwelling_select().compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


if __name__ == "__main__" and "--print-sql" in sys.argv:
    print(f'"""The campaign listing as plain SQL text (see quick_read.py)."""\n\nDWELLINGS_SQL = """\n{render_sql()}\n"""')
