"""A stand-in for the store while the real one opens on the worker thread, after the window is shown.

The start-up reads the campaign with plain sqlite3 (`core.store.quick_read`) and shows it at once;
importing and opening the full store (SQLAlchemy, integrity check) then happens on the single worker
thread, at the first store call. That import holds the interpreter lock for about a third of a
second: so that it never slows the window's first frame, the worker waits (without the lock) until
the GUI calls `allow_open()` once that frame is painted (`gui.first_frame`), or `OPEN_WAIT` seconds.
Every store call goes through that same worker, in order, so each one finds the store open. The GUI
thread only reads `path` and `device_id`, which the quick read gave.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

OPEN_WAIT = 2.0  # seconds the worker waits for the first frame before opening the store anyway


class DeferredStore:
    def __init__(self, path: Path, device_id: str) -> None:
        self.path = Path(path)
        self.device_id = device_id
        self.migration_backup = None  # the quick read only accepts a store of the current schema
        self._store: Any = None
        self._may_open = threading.Event()

    def allow_open(self) -> None:
        """The window is painted: the worker may now import and open the full store (GUI thread)."""
        self._may_open.set()

    def open(self) -> Any:
        """Open the real store (call it on the worker thread); later calls return the same store."""
        if self._store is None:
            self._may_open.wait(OPEN_WAIT)
            from survey_app.core.store import Store

            self._store = Store.open(self.path)
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    @property
    def closed(self) -> bool:
        return self._store.closed if self._store is not None else False

    @property
    def schema_version(self) -> int:
        from survey_app.core.store.version import SCHEMA_VERSION

        return self._store.schema_version if self._store is not None else SCHEMA_VERSION

    def __getattr__(self, name: str) -> Any:
        # Only reached for the Store's methods. The GUI thread takes bound methods to hand them to the
        # runner (`runner.submit(store.list_visits, ...)`): give it a function that opens the store
        # when it is called — on the worker, where store calls run — instead of opening it here.
        if self._store is not None:
            return getattr(self._store, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(self.open(), name)(*args, **kwargs)

        call.__name__ = name
        return call
