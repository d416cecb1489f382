"""Run something once a window's first frame is painted: start-up work that can wait must not delay it.

On a two-core laptop, importing and opening the full store on the worker thread takes the Python
interpreter lock for about a third of a second; started while the window paints its first frame, it
slows that frame down. `after_first_frame(window, fn)` calls `fn` on the GUI thread, from the event loop,
right after the window's first paint, or after `fallback_ms` if no paint comes (window hidden,
minimised).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, fn: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._window, self._fn, self._done = window, fn, False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._fire)  # once this paint is over
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self._fn()


def after_first_frame(window: QWidget, fn: Callable[[], None], fallback_ms: int = 500) -> None:
    """Call `fn` once `window` has painted its first frame (or after `fallback_ms`)."""
    _FirstPaint(window, fn, fallback_ms)
