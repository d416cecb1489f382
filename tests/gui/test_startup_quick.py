"""Start-up shows the campaign read with plain sqlite3, then opens the full store on the worker thread."""

from __future__ import annotations

from survey_app.core.store import Store
from survey_app.gui.deferred_store import DeferredStore
from survey_app.gui.tasks import TaskRunner


def test_campaign_first_then_the_store_opens_in_the_background_and_visits_are_saved(qtbot, qapp, ui_settings, store_path):
    from survey_app.gui.app import Startup

    with Store.open(store_path) as store:
        ui_settings.set_surveyor(str(store.device_id), "Awa")
        first = store.list_dwellings()[0]
    runner = TaskRunner()  # the real worker thread, as in the application
    startup = Startup(qapp, runner, ui_settings, str(store_path))
    startup.start()
    window = startup.window
    qtbot.addWidget(window)
    assert isinstance(startup.store, DeferredStore)
    assert len(window.workspace.model.dwellings()) == 80  # shown before the full store is open
    qtbot.waitUntil(lambda: startup.store.is_open, timeout=10_000)
    window.workspace.record_visit(first.id, "absent")
    qtbot.waitUntil(lambda: runner.drain(0.1), timeout=10_000)
    window.close()
    startup.shutdown()
    with Store.open(store_path) as store:
        assert [v.outcome for v in store.list_visits(first.id)] == ["absent"]


def test_the_store_waits_for_the_first_frame_before_it_opens(qtbot, qapp, ui_settings, store_path, monkeypatch):
    """Opening the full store (a third of a second holding the interpreter lock) never delays the first frame."""
    import threading

    from PySide6.QtCore import QEvent, QObject

    import survey_app.gui.deferred_store as deferred
    from survey_app.gui.app import Startup

    with Store.open(store_path) as store:
        ui_settings.set_surveyor(str(store.device_id), "Awa")
    monkeypatch.setattr(deferred, "OPEN_WAIT", 30.0)  # only the first frame may let it open here
    painted = threading.Event()
    opened_after_paint: list[bool] = []
    real_open = deferred.DeferredStore.open

    def open_and_note(self):
        first = self._store is None
        store = real_open(self)
        if first:
            opened_after_paint.append(painted.is_set())  # was the window painted when the store got opened?
        return store

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.set()
            return False

    monkeypatch.setattr(deferred.DeferredStore, "open", open_and_note)
    runner = TaskRunner()
    startup = Startup(qapp, runner, ui_settings, str(store_path))
    startup.start()
    window = startup.window
    qtbot.addWidget(window)
    spy = FirstPaint(window)
    window.installEventFilter(spy)
    shown: list = []
    window.workspace.visits(window.workspace.model.dwellings()[0].id, shown.append)  # a store call at once
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert opened_after_paint and all(opened_after_paint)
    assert startup.store.is_open
    window.close()
    startup.shutdown()


def test_deferred_store_opens_without_the_signal_after_the_wait(store_path, monkeypatch):
    import survey_app.gui.deferred_store as deferred

    monkeypatch.setattr(deferred, "OPEN_WAIT", 0.05)
    store = DeferredStore(store_path, "poste")
    assert store.open().list_dwellings()  # no window ever painted: it opens after OPEN_WAIT anyway
    store.close()


def test_after_first_frame_runs_once_after_paint_or_after_the_fallback(qtbot):
    from PySide6.QtWidgets import QWidget

    from survey_app.gui.first_frame import after_first_frame

    shown, hidden = QWidget(), QWidget()
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    calls: list[str] = []
    after_first_frame(shown, lambda: calls.append("peinte"), fallback_ms=60_000)
    after_first_frame(hidden, lambda: calls.append("cachée"), fallback_ms=50)
    shown.show()
    qtbot.waitUntil(lambda: "peinte" in calls, timeout=5_000)
    qtbot.waitUntil(lambda: "cachée" in calls, timeout=5_000)
    shown.repaint()
    qtbot.wait(100)
    assert sorted(calls) == ["cachée", "peinte"]  # each once
