"""One background worker for every store operation, with results delivered back on the GUI thread.

SQLite wants one writer, and the GUI must never wait on the disk: every call that touches the
store goes through `TaskRunner.submit(fn, ...)`, runs on a single worker thread in submission
order, and its result (or its exception) comes back through a queued signal on the GUI thread.
`drain()` waits for everything queued (used when closing the window, so no answer is lost).
Tests can make the runner synchronous with `inline=True`.
"""

from __future__ import annotations

import concurrent.futures
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class TaskRunner(QObject):
    _finished = Signal(object, object, object, object)  # on_done, on_error, result, error
    failed = Signal(str)  # a French message for errors nobody handled

    def __init__(self, parent: QObject | None = None, *, inline: bool = False):
        super().__init__(parent)
        self.inline = inline
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._pending: set[concurrent.futures.Future] = set()
        self._closed = False
        self._finished.connect(self._deliver)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> concurrent.futures.Future | None:
        if self._closed:
            return None  # the application is closing: late requests (a repaint, a selection) are dropped
        if self.inline:
            try:
                result = fn(*args, **kwargs)
            except Exception as error:  # delivered like the threaded path
                self._deliver(on_done, on_error, None, error)
                return None
            self._deliver(on_done, on_error, result, None)
            return None
        future = self._executor.submit(fn, *args, **kwargs)
        self._pending.add(future)

        def done(f: concurrent.futures.Future) -> None:
            self._pending.discard(f)
            error = f.exception()
            self._finished.emit(on_done, on_error, None if error else f.result(), error)

        future.add_done_callback(done)
        return future

    def drain(self, timeout: float | None = 30.0) -> bool:
        """Wait until every submitted task has run; True if the queue emptied in time."""
        pending = list(self._pending)
        if not pending:
            return True
        done, not_done = concurrent.futures.wait(pending, timeout=timeout)
        return not not_done

    def shutdown(self) -> None:
        self.drain()
        self._closed = True
        self._executor.shutdown(wait=True)

    @Slot(object, object, object, object)
    def _deliver(self, on_done, on_error, result, error) -> None:
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                message = getattr(error, "message", None) or str(error)
                traceback.print_exception(error)
                self.failed.emit(message)
            return
        if on_done is not None:
            on_done(result)
