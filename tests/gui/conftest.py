"""Fixtures for the main-window tests: a small real campaign store, an inline task runner, isolated settings.

The store is made with `Store.create` and filled with the sample landlord register
(`resources/samples/registre_bailleur_demo.csv`: two towers in Lens with two entrances each, and
twenty houses in Liévin) read by the core's `read_register`, exactly as the consultant's import does.
The runner is synchronous (`inline=True`), so store calls finish before the next line of the test.
QSettings go to an .ini file in the test's temp folder, never to the user's real settings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT

SAMPLE_REGISTER = ROOT / "resources" / "samples" / "registre_bailleur_demo.csv"
SURVEYOR = "Camille Enquêtrice"


@pytest.fixture(scope="session")
def register_rows():
    from survey_app.core.store import read_register

    result = read_register(SAMPLE_REGISTER)
    assert not result.errors, [i.format() for i in result.errors]
    return result.rows


@pytest.fixture
def store_path(tmp_path: Path, register_rows) -> Path:
    from survey_app.core.store import Store

    path = tmp_path / "enquete.db"
    with Store.create(path, device_name="portable-test") as store:
        store.import_dwellings(register_rows, campaign="Campagne test")
    return path


@pytest.fixture
def campaign_store(store_path: Path):
    from survey_app.core.store import Store

    store = Store.open(store_path)
    yield store
    store.close()


@pytest.fixture
def runner(qtbot):
    from survey_app.gui.tasks import TaskRunner

    task_runner = TaskRunner(inline=True)
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def ui_settings(tmp_path: Path, qapp):
    from PySide6.QtCore import QSettings

    from survey_app.gui.settings import UiSettings

    return UiSettings(QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def known_surveyor(campaign_store, ui_settings):
    """The surveyor already registered on this laptop (no first-launch dialog)."""
    ui_settings.set_surveyor(campaign_store.device_id, SURVEYOR)
    return SURVEYOR


TINY_FORM = """
| survey |
|        | type    | name        | label                     |
|        | text    | id_logement | Référence du logement     |
|        | text    | enqueteur   | Enquêteur                 |
|        | integer | num_passage | N° de passage             |
|        | integer | nb_personnes| Nombre de personnes       |
| settings |
|          | form_id   | version |
|          | mini_test | 3       |
"""


@pytest.fixture(scope="session")
def tiny_form():
    from tests.conftest import form_from_md

    return form_from_md(TINY_FORM)


class FakePanel:
    """Stands in for the interview widget (built lazily so that Qt exists): records how it was made."""

    made: list = []

    @classmethod
    def factory(cls, runner, store, form, interview_id, surveyor, prefill):
        from PySide6.QtCore import Signal
        from PySide6.QtWidgets import QLabel

        class Panel(QLabel):
            closed = Signal()
            finished = Signal(str)

            def close_interview(self):
                self.closed.emit()

        panel = Panel(f"entretien {interview_id}")
        panel.args = dict(store=store, form=form, interview_id=interview_id, surveyor=surveyor, prefill=prefill)
        cls.made.append(panel)
        return panel


@pytest.fixture
def fake_panels():
    FakePanel.made = []
    return FakePanel


@pytest.fixture
def open_window(qtbot, runner, ui_settings, tiny_form, fake_panels):
    """`open_window(store, surveyor=..., panel_factory=..., today=...)` -> a shown, active MainWindow."""
    import datetime as dt

    from survey_app.gui.interview_launcher import InterviewLauncher
    from survey_app.gui.main_window import MainWindow
    from survey_app.gui.workspace import Workspace

    def make(store, *, surveyor=SURVEYOR, panel_factory=fake_panels.factory, form_loader=None, today=dt.date.today):
        workspace = Workspace(runner, store, surveyor)
        launcher = InterviewLauncher(
            workspace, form_loader=form_loader or (lambda: tiny_form), panel_factory=panel_factory
        )
        window = MainWindow(workspace, ui_settings, launcher=launcher, today=today)
        launcher.setParent(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow())
        window.tree.setFocus()
        return window

    return make


def when_dialog_opens(qtbot, act):
    """Run `act(dialog)` on the next modal dialog, from inside its exec() loop (returns at once)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    tries = [0]

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            act(dialog)
        elif tries[0] < 300:
            tries[0] += 1
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
