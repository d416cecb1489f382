"""Long consultant tasks (import, merge, export, printing, packages) behind a progress dialog with « Annuler ».

`LongTask(workspace, settings, window)` runs one job at a time on the store's worker thread
(`workspace.runner`) while a window-modal progress dialog shows what is happening. The job is called
as `job(progress, cancelled)`: `progress(done, total)` may be called from the worker thread (it is
forwarded to the GUI thread by a queued Qt signal, never touching a widget from the worker) and
`cancelled()` tells the core function to stop. Two ways to cancel: « stop » (the default) asks the
job to stop and waits for it, showing « Annulation en cours… », then hands over what it returned
(a merge reports the files it finished); « drop » closes the dialog at once and ignores the result
(for a job that cannot stop and has written nothing, like reading a file). Errors come back as the
core's French message in a warning box, or in the status bar after a cancel. `real_store` unwraps
the deferred store of a fast start-up; call it on the worker thread only.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from survey_app import APP_NAME
from survey_app.gui.settings import UiSettings
from survey_app.gui.workspace import Workspace, error_message

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def real_store(store: Any) -> Any:
    """The `Store` behind the workspace's store (opening a deferred one): worker thread only."""
    from survey_app.gui.deferred_store import DeferredStore

    return store.open() if isinstance(store, DeferredStore) else store


class ProgressDialog(QProgressDialog):
    """A progress dialog that only goes away when its task says so (Escape and the close box mean « Annuler »)."""

    def __init__(self, text: str, cancel_text: str | None, parent: QWidget) -> None:
        super().__init__(text, cancel_text, 0, 0, parent)
        self.cancellable = cancel_text is not None
        if self.cancellable:
            self.canceled.disconnect(self.cancel)  # the task closes the dialog, not the button
        self.setWindowTitle(APP_NAME)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(460)

    def cancel_button(self) -> QPushButton | None:
        return self.findChild(QPushButton)

    def reject(self) -> None:  # Escape without a cancel button: the task goes on, so does the dialog
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        if self.cancellable:
            self.canceled.emit()


class LongTask(QObject):
    progressed = Signal(int, int)  # done, total of the running task (on the GUI thread)
    _from_worker = Signal(int, int, int)  # ticket, done, total: emitted on the worker, delivered queued

    def __init__(self, workspace: Workspace, settings: UiSettings, window: QWidget) -> None:
        super().__init__(window)
        self.workspace, self.settings, self.window = workspace, settings, window
        self.dialog: ProgressDialog | None = None
        self._ticket = 0
        self._stop = threading.Event()
        self._drop = False
        self._cancel_text = ""
        self._from_worker.connect(self._on_progress)

    @property
    def busy(self) -> bool:
        return self.dialog is not None

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def start(
        self,
        text: str,
        job: Job,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        cancel: str | None = "stop",
        cancelled_text: str = "",
        error_title: str = "",
    ) -> None:
        """Show the progress dialog and run `job(progress, cancelled)` on the worker thread.

        `cancel`: "stop" (ask the job to stop, then deliver its outcome), "drop" (close at once, ignore
        the outcome) or None (no « Annuler » button). `on_error` defaults to a warning box titled
        `error_title`, or a status-bar message when the user cancelled.
        """
        self._close()
        self._ticket += 1
        ticket = self._ticket
        self._stop = threading.Event()
        stop = self._stop
        self._drop = cancel == "drop"
        self._cancel_text = cancelled_text or self.tr("Opération annulée.")
        dialog = ProgressDialog(text, self.tr("Annuler") if cancel else None, self.window)
        if cancel:
            dialog.canceled.connect(lambda: self._cancel(ticket))
        dialog.show()
        self.dialog = dialog
        handle_error = on_error or (lambda error: self.show_error(error, error_title))

        def progress(done: int, total: int) -> None:
            self._from_worker.emit(ticket, int(done), int(total))

        def done(result: Any) -> None:
            if self._finish(ticket):
                on_done(result)

        def failed(error: BaseException) -> None:
            if self._finish(ticket):
                handle_error(error)

        self.workspace.runner.submit(job, progress, stop.is_set, on_done=done, on_error=failed)

    def show_error(self, error: BaseException, title: str = "") -> None:
        """The core's French message: in the status bar after a cancel, else in a warning box."""
        if self.cancel_requested:
            message = getattr(error, "message", None)
            self.workspace.message.emit(message if isinstance(message, str) else self._cancel_text)
            return
        if not isinstance(getattr(error, "message", None), str):
            traceback.print_exception(error)  # a bug, not bad input: keep the details for the log
        QMessageBox.warning(self.window, title or APP_NAME, error_message(error))

    # -- internals --------------------------------------------------------------------------------------

    def _on_progress(self, ticket: int, done: int, total: int) -> None:
        if ticket != self._ticket or self.dialog is None:
            return
        if total > 0:
            if self.dialog.maximum() != total:
                self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        self.progressed.emit(done, total)

    def _cancel(self, ticket: int) -> None:
        if ticket != self._ticket or self.dialog is None:
            return
        self._stop.set()
        if self._drop:
            self._ticket += 1  # the outcome, when it comes, belongs to nobody
            self._close()
            self.workspace.message.emit(self._cancel_text)
            return
        self.dialog.setLabelText(self.tr("Annulation en cours… (la base reste cohérente)"))
        button = self.dialog.cancel_button()
        if button is not None:
            button.setEnabled(False)

    def _close(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.hide()
            dialog.deleteLater()

    def _finish(self, ticket: int) -> bool:
        """Close the dialog; False if this task was dropped meanwhile."""
        if ticket != self._ticket:
            return False
        self._close()
        return True
