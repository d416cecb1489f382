"""Composition root of the desktop application: QApplication, translations, style, store, surveyor, main window.

`run_app(db_path)` opens the store given with `--db` (it must exist) or the default store of this
laptop (created on first use). Usually the campaign is read at once with plain sqlite3 and shown,
and the full store (SQLAlchemy) opens on the worker thread once the window's first frame is painted
(`core.store.quick_read`, `gui.deferred_store`, `gui.first_frame`); otherwise (first launch, upgrade, damaged file) the store opens off the GUI
thread first. On the first launch on this laptop it asks the surveyor's name; then it shows the
main window. A store that cannot be opened
(missing, locked, damaged, newer version...) gives the store's French message in a dialog and exit
code 1, never a traceback. On exit, pending store work is drained and the store closed. Only Qt and
the store's records are imported at start-up: the questionnaire (openpyxl) is loaded with the first
interview.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from survey_app import APP_NAME, ORG_NAME
from survey_app.gui.first_frame import after_first_frame
from survey_app.gui.settings import UiSettings
from survey_app.gui.tasks import TaskRunner


def open_store(db_path: str | None) -> tuple[Any, Any]:
    """The store at `db_path` (which must exist), or this laptop's default store (created if missing),
    with its campaign tree read at once (one trip to the worker thread instead of two)."""
    from survey_app.core.store import Store

    store = Store.open(db_path) if db_path else Store.open_default()
    try:
        return store, store.tree()
    except BaseException:
        store.close()
        raise


class Startup(QObject):
    """Opens the store, makes sure the surveyor is known, shows the main window; closes everything at exit.

    `stopped(code)` is emitted when the application must end before its window is shown (store that
    cannot be opened: 1; the surveyor chose « Quitter » at first launch: 0); `run_app` quits on it.
    """

    stopped = Signal(int)

    def __init__(self, app: QApplication, runner: TaskRunner, settings: UiSettings, db_path: str | None,
                 on_ready: Callable[[], None] | None = None) -> None:  # fmt: skip
        super().__init__(app)
        self.app, self.runner, self.settings, self.db_path = app, runner, settings, db_path
        self.on_ready = on_ready
        self.store: Any = None
        self.tree: Any = None
        self.window: Any = None
        self.exit_code = 0

    def start(self) -> None:
        from survey_app.core.store.quick_read import read_campaign
        from survey_app.paths import default_store_path

        quick = read_campaign(self.db_path or default_store_path())
        if quick is not None:
            # The usual case: show the campaign read with plain sqlite3 now, open the full store
            # (SQLAlchemy, checks) on the worker once the window is up (gui/deferred_store.py).
            from survey_app.gui.deferred_store import DeferredStore

            self._opened((DeferredStore(quick.path, quick.device_id), quick.tree))
            return
        # First launch, a store to upgrade, or a problem that Store.open will explain.
        self.runner.submit(open_store, self.db_path, on_done=self._opened, on_error=self._open_failed)
        import survey_app.gui.main_window  # noqa: F401  (loaded while the worker opens the store)

    def _open_failed(self, error: BaseException) -> None:
        from survey_app.gui.workspace import error_message

        QMessageBox.critical(
            None, APP_NAME,
            self.tr("La base d'enquête n'a pas pu être ouverte.\n\n{message}").format(message=error_message(error)),
        )  # fmt: skip
        self.exit_code = 1
        self.stopped.emit(1)

    def _opened(self, opened: tuple[Any, Any]) -> None:
        self.store, self.tree = opened
        store = self.store
        name = self.settings.surveyor(str(store.device_id))
        if name:
            self._show(name)
            return
        from survey_app.gui.surveyor_setup import ask_surveyor

        ask_surveyor(self.runner, store, self.settings, None, self._named)

    def _named(self, name: str | None) -> None:
        if name:
            self._show(name)
        else:
            self.stopped.emit(0)

    def _show(self, surveyor: str) -> None:
        from survey_app.gui.main_window import MainWindow
        from survey_app.gui.workspace import Workspace

        workspace = Workspace(self.runner, self.store, surveyor, self)
        if self.on_ready is not None:
            workspace.loaded.connect(lambda: QTimer.singleShot(0, self.on_ready))
        self.window = MainWindow(workspace, self.settings, load=self.tree is None)
        small = self.window.screen().availableGeometry()
        if self.window.fills_screen and (small.width() <= 1366 or small.height() <= 768):
            self.window.showMaximized()
        else:
            self.window.show()
        self.app.setQuitOnLastWindowClosed(True)
        if self.tree is not None:
            workspace.adopt(self.tree)  # the tree read with the store: no second trip to the worker
            self.tree = None
        if not getattr(self.store, "is_open", True):
            after_first_frame(self.window, self._open_deferred_store)
        backup = getattr(self.store, "migration_backup", None)
        if backup is not None:
            self.window.statusBar().showMessage(
                self.tr("Base mise à jour vers la nouvelle version ; copie de sécurité : {path}").format(path=backup), 15000
            )

    def _open_deferred_store(self) -> None:
        self.store.allow_open()
        self.runner.submit(self.store.open, on_error=self._open_failed)

    def shutdown(self) -> None:
        if self.store is not None:
            self.runner.submit(self.store.close, on_error=lambda _e: None)
        self.runner.shutdown()


def make_application() -> QApplication:
    """The QApplication with the names QSettings and the data folders use, French Qt strings and our style."""
    from survey_app.gui.icons import app_icon
    from survey_app.gui.style import apply_style
    from survey_app.gui.translation import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Closing the first-launch dialog (the only window then) must not end the application: quitting on
    # the last window closed is switched on once the main window is shown (see Startup._show).
    app.setQuitOnLastWindowClosed(False)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app._translators = install_translators(app, UiSettings().language())  # type: ignore[attr-defined]
    apply_style(app)
    return app  # type: ignore[return-value]


def run_app(db_path: str | None = None, *, on_ready: Callable[[], None] | None = None) -> int:
    """Run the application until its window closes; `on_ready` is called once the campaign is shown."""
    app = make_application()
    runner = TaskRunner()
    startup = Startup(app, runner, UiSettings(), db_path, on_ready)
    startup.stopped.connect(app.exit, Qt.ConnectionType.QueuedConnection)
    startup.start()
    code = app.exec()
    startup.shutdown()
    return code or startup.exit_code
