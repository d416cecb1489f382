"""The consultant's menu: importing a landlord register, with the column mapping step, and cancelling it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.gui.conftest import SAMPLE_REGISTER, when_dialog_opens


def _click(dialog, text):
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == text)
    button.click()


def test_consultant_imports_a_register_after_naming_an_unrecognised_column(qtbot, open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from survey_app.core.store import Store

    lines = SAMPLE_REGISTER.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace("Réf. logement", "Identifiant maison")
    register = tmp_path / "registre.csv"
    register.write_text("\n".join(lines[:11]) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(register), ""))
    steps = []

    def preview_without_header(dialog):
        steps.append(("aperçu", dialog.import_button is None))
        _click(dialog, "Indiquer les colonnes…")
        when_dialog_opens(qtbot, map_reference)

    def map_reference(dialog):
        box = dialog.boxes["id_logement_bailleur"]
        box.setCurrentIndex(box.findData("Identifiant maison"))
        steps.append(("colonnes", dialog.boxes["batiment"].currentData()))
        dialog.accept()
        when_dialog_opens(qtbot, preview_ok)

    def preview_ok(dialog):
        steps.append(("aperçu", dialog.import_button.text()))
        dialog.campaign_box.setCurrentText("Campagne Lens 2026")
        dialog.import_button.click()
        when_dialog_opens(qtbot, report)

    def report(box):
        steps.append(("fin", box.text()))
        box.accept()

    with Store.create(tmp_path / "vide.db") as store:
        window = open_window(store)
        when_dialog_opens(qtbot, preview_without_header)
        window.consultant.import_action.trigger()
        qtbot.waitUntil(lambda: len(steps) == 4)
        assert steps[0] == ("aperçu", True)  # no import button while the reference column is unknown
        assert steps[1] == ("colonnes", "BAT")  # recognised columns are proposed as they were read
        assert steps[2] == ("aperçu", "Importer 10 logement(s)")
        assert "10 logement(s) créé(s)" in steps[3][1]
        assert [c.name for c in store.campaigns()] == ["Campagne Lens 2026"]
        qtbot.waitUntil(lambda: window.counts_label.text().startswith("10 logements"))
        assert window.campaign.stack.currentWidget() is window.tree


def test_reading_a_register_can_be_cancelled_and_changes_nothing(qtbot, open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from survey_app.core.store import Store
    from survey_app.gui import consultant_menu
    from survey_app.gui.tasks import TaskRunner

    release = threading.Event()
    real_read = consultant_menu.read_register

    def slow_read(*args, **kwargs):
        release.wait(10)
        return real_read(*args, **kwargs)

    monkeypatch.setattr(consultant_menu, "read_register", slow_read)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SAMPLE_REGISTER), ""))
    with Store.create(tmp_path / "vide.db") as store:
        window = open_window(store)
        threaded = TaskRunner()
        window.workspace.runner = threaded
        window.consultant.import_action.trigger()
        progress = window.findChild(QProgressDialog)
        assert progress is not None and progress.isVisible()
        progress.findChild(QPushButton).click()  # « Annuler »
        release.set()
        assert threaded.drain(10)
        qtbot.wait(50)  # let the (ignored) result arrive
        assert QApplication.activeModalWidget() is None  # no preview after a cancel
        assert "Import annulé" in window.statusBar().currentMessage()
        assert store.list_dwellings() == []
        threaded.shutdown()
