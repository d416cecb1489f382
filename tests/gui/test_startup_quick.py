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
