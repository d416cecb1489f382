"""Writing every answer to the store as it is given, in order, off the GUI thread.

Answers being typed are marked dirty and written after a short idle time (400 ms) or as soon as the
field is left; picks, confirmations and repeat changes are written at once. Everything goes through
the one `TaskRunner` worker, so writes reach the store in the order the surveyor made them (pending
answers are always flushed before a repeat instance is added or removed, which shifts paths). The
screen position (page and question) is kept in the answers document under `_position` so a crash
or a closed window resumes where the surveyor was; it is written with the next flush (at the latest
after the same idle time), only when it changed. A failed write is kept dirty and retried at the next flush, and reported in French.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from survey_app.core.engine import FormSession
from survey_app.gui.tasks import TaskRunner

Key = tuple[str, tuple[int, ...]]
POSITION_KEY = "_position"
IDLE_MS = 400


def format_position(page_key: str, name: str, index: tuple[int, ...]) -> str:
    """The screen position as stored: "page|question|0.2" (question and index may be empty)."""
    return f"{page_key}|{name}|{'.'.join(map(str, index))}"


def parse_position(text: str) -> tuple[str, str, tuple[int, ...]]:
    """(page key, question name, index) from a stored position; anything unreadable gives empty parts."""
    page_key, _, rest = text.partition("|")
    name, _, index_text = rest.partition("|")
    try:
        return page_key, name, tuple(int(part) for part in index_text.split(".") if part)
    except ValueError:
        return page_key, name, ()


def json_safe(document: dict) -> dict:
    """The document without values JSON cannot hold (a calculation on missing data gives NaN)."""
    out: dict = {}
    for key, value in document.items():
        if isinstance(value, float) and not math.isfinite(value):
            continue
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            value = [json_safe(v) for v in value]
        out[key] = value
    return out


class Autosaver(QObject):
    busy_changed = Signal(bool)  # True while writes are on their way
    failed = Signal(str)  # a French message
    saved = Signal()
    idle = Signal()  # the surveyor paused: pending answers are being written

    def __init__(self, runner: TaskRunner, store, interview_id: str, surveyor: str, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.store = store
        self.interview_id = interview_id
        self.surveyor = surveyor
        self.session: FormSession | None = None
        self._dirty: dict[Key, None] = {}
        self._position: str | None = None
        self._saved_position: str | None = None
        self._pending = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._idle)

    def start(self, session: FormSession, saved_position: str | None) -> None:
        self.session = session
        self._saved_position = saved_position

    @property
    def pending(self) -> int:
        """Writes submitted and not yet done, plus answers waiting for the idle timer."""
        return self._pending + len(self._dirty)

    # -- answers ----------------------------------------------------------------------------------
    def mark(self, key: Key) -> None:
        """The answer changed and is still being typed: write it after a short idle time."""
        self._dirty[key] = None
        self._timer.start()

    def save_now(self, key: Key) -> None:
        self._dirty[key] = None
        self.flush()

    def set_position(self, position: str, *, now: bool = False) -> None:
        """Where the cursor is; written with the next flush (at once with `now`), or after the idle time."""
        if position == self._position:
            return
        self._position = position
        if now:
            self.flush()
        elif position != self._saved_position:
            self._timer.start()

    def _idle(self) -> None:
        self.idle.emit()
        self.flush()

    def flush(self) -> None:
        """Submit every pending answer (and the position if it moved) to the store, in order."""
        self._timer.stop()
        session = self.session
        if session is None:
            return
        dirty, self._dirty = list(self._dirty), {}
        for key in dirty:
            path = session.path(*key)
            self._submit(self.store.save_answer, self.interview_id, path, session.value(*key), retry=key)
        if self._position is not None and self._position != self._saved_position:
            position = self._position
            self._saved_position = position
            self._submit(self.store.save_answer, self.interview_id, (POSITION_KEY,), position, retry=None)

    # -- other writes, after the pending answers ----------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None, **kwargs: Any) -> None:
        """Flush, then one store call `fn(interview_id, *args, surveyor=..., **kwargs)`."""
        self.flush()
        self._submit(fn, self.interview_id, *args, retry=None, on_done=on_done, **kwargs)

    def _submit(self, fn, *args, retry: Key | None, on_done=None, **kwargs) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def done(result: Any) -> None:
            self._finished()
            self.saved.emit()
            if on_done is not None:
                on_done(result)

        def error(exc: BaseException) -> None:
            self._finished()
            if retry is not None:
                self._dirty[retry] = None
            message = getattr(exc, "message", None) or str(exc) or exc.__class__.__name__
            self.failed.emit(self.tr("Réponse non enregistrée : {message}").format(message=message))

        self.runner.submit(fn, *args, surveyor=self.surveyor, on_done=done, on_error=error, **kwargs)

    def _finished(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
