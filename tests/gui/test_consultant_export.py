"""« Exporter vers Excel… » driven through its dialog: options and filters land in the workbook, the result box
opens the folder, the export can be cancelled without leaving a file, and bad choices disable the button."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.gui.consultant_support import answer_box, demo_store, menu_action, when_dialog

LENS = "Lens – Grande Résidence"


@pytest.fixture
def store(tmp_path):
    store = demo_store(tmp_path, "PC-Marie")
    yield store
    store.close()


def _sheet(path, title):
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in wb[title].iter_rows(values_only=True)]
    wb.close()
    return rows[0], rows[1:]


def test_export_with_filters_writes_the_workbook_and_opens_its_folder(qtbot, open_window, store, tmp_path, monkeypatch):
    from survey_app.gui.dialogs.export_dialog import ExportDialog

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    target = tmp_path / "sortie" / "enquete.xlsx"
    target.parent.mkdir()
    window = open_window(store)
    seen, boxes = {}, []

    def fill(dialog: ExportDialog):
        seen["default"] = dialog.path_field.text()
        dialog.value_buttons["labels"].click()
        dialog.site_box.setCurrentIndex(dialog.site_box.findText(LENS))
        seen["buildings"] = [dialog.building_box.itemText(i) for i in range(dialog.building_box.count())]
        dialog.status_boxes["brouillon"].click()
        dialog.pseudonymise_box.click()
        dialog.path_field.edit.setText(str(target.with_suffix("")))  # the extension is added
        answer_box(qtbot, boxes, click="Ouvrir le dossier")
        dialog.export_button.click()

    when_dialog(qtbot, ExportDialog, fill)
    menu_action(window, "Exporter vers Excel…").trigger()

    assert seen["default"].endswith(".xlsx") and "export_enquete_habitat_" in seen["default"]
    assert seen["buildings"][0] == "Tous les bâtiments" and all(b.startswith("Tour ") for b in seen["buildings"][1:])
    title, text, _details = boxes[0]
    assert title == "Export terminé" and "entretien(s)" in text and str(target) in text
    assert opened == [str(target.parent)]
    assert not [p for p in target.parent.iterdir() if p != target], "no temporary file left"
    header, rows = _sheet(target, "Entretiens")
    site, status = header.index("_site"), header.index("_statut")
    assert rows and {r[site] for r in rows} == {LENS}
    assert {r[status] for r in rows} <= {"Terminé", "Validé", "Rejeté"}
    assert "Appartement en immeuble collectif" in rows[0]  # labels, not codes
    members, _ = _sheet(target, "Membres du ménage")
    assert "prenom" not in members  # pseudonymised
    _, about = _sheet(target, "À propos")
    facts = {r[0]: r[1] for r in about}
    assert facts["Filtre : sites"] == LENS
    assert facts["Filtre : statuts des entretiens"] == "Terminé, Validé, Rejeté"
    assert facts["Pseudonymisation"].startswith("oui")
    assert str(target) in window.statusBar().currentMessage()


def test_the_next_export_starts_in_the_folder_used_last(qtbot, open_window, store, tmp_path):
    from survey_app.gui.dialogs.export_dialog import ExportDialog

    folder = tmp_path / "exports"
    folder.mkdir()
    window = open_window(store)
    defaults = []

    def first(dialog):
        dialog.path_field.edit.setText(str(folder / "a.xlsx"))
        answer_box(qtbot, [])
        dialog.export_button.click()

    def second(dialog):
        defaults.append(dialog.path_field.text())
        dialog.reject()

    when_dialog(qtbot, ExportDialog, first)
    window.consultant.export_action.trigger()
    when_dialog(qtbot, ExportDialog, second)
    window.consultant.export_action.trigger()
    assert defaults[0].startswith(str(folder)) and defaults[0].endswith(".xlsx")


def test_cancelling_the_export_writes_nothing(qtbot, open_window, store, tmp_path):
    from survey_app.gui.dialogs.export_dialog import ExportDialog

    target = tmp_path / "annule.xlsx"
    window = open_window(store)
    task = window.consultant.task
    clicked = []

    def cancel_at_first_progress(done, total):
        if not clicked and task.dialog is not None:
            clicked.append((done, total))
            task.dialog.cancel_button().click()  # « Annuler », while the export runs

    task.progressed.connect(cancel_at_first_progress)

    def fill(dialog):
        dialog.path_field.edit.setText(str(target))
        dialog.export_button.click()

    when_dialog(qtbot, ExportDialog, fill)
    window.consultant.export_action.trigger()
    assert clicked
    assert not target.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".annule")], "no temporary file left"
    assert window.statusBar().currentMessage().startswith("Export annulé")
    assert task.dialog is None


def test_the_export_button_says_why_it_is_disabled(qtbot, tmp_path, ui_settings):
    from survey_app.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog([(LENS, ["Tour Ravel"])], ui_settings)
    qtbot.addWidget(dialog)
    dialog.path_field.edit.setText(str(tmp_path / "ok.xlsx"))
    assert dialog.export_button.isEnabled()
    for box in dialog.status_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.export_button.toolTip() == "Cochez au moins un statut d'entretien."
    dialog.status_boxes["valide"].setChecked(True)
    dialog.period_box.setChecked(True)
    dialog.date_from.setDate(QDate(2026, 11, 20))
    dialog.date_to.setDate(QDate(2026, 11, 1))
    assert "à l'envers" in dialog.export_button.toolTip()
    dialog.date_to.setDate(QDate(2026, 11, 30))
    dialog.path_field.edit.setText(str(tmp_path / "absent" / "x.xlsx"))
    assert not dialog.export_button.isEnabled() and "n'existe pas" in dialog.problem.text()
    dialog.path_field.edit.setText(str(tmp_path / "x.xlsx"))
    options = dialog.options()
    assert options.statuses == ("valide",) and options.date_from.isoformat() == "2026-11-20"
    assert options.values == "both" and not options.pseudonymise


def test_an_existing_file_is_only_replaced_when_the_consultant_says_so(qtbot, tmp_path, ui_settings):
    from survey_app.gui.dialogs.export_dialog import ExportDialog

    existing = tmp_path / "deja.xlsx"
    existing.write_bytes(b"ancien")
    dialog = ExportDialog([], ui_settings)
    qtbot.addWidget(dialog)
    dialog.path_field.edit.setText(str(existing))
    asked = []

    def say_no(box: QMessageBox):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_dialog(qtbot, QMessageBox, say_no)
    dialog.accept()
    assert "existe déjà" in asked[0] and dialog.result() != dialog.DialogCode.Accepted
    assert existing.read_bytes() == b"ancien"
    assert isinstance(dialog.export_button, QPushButton)


def test_on_the_worker_thread_progress_reaches_the_gui_thread_through_a_signal(qtbot, open_window, store, tmp_path):
    from PySide6.QtCore import QThread

    from survey_app.gui.dialogs.export_dialog import ExportDialog
    from survey_app.gui.tasks import TaskRunner

    target = tmp_path / "fil.xlsx"
    window = open_window(store)
    threaded = TaskRunner()
    window.workspace.runner = threaded
    gui_thread = QThread.currentThread()
    progress, boxes = [], []
    window.consultant.task.progressed.connect(lambda done, total: progress.append((done, total, QThread.currentThread())))

    def fill(dialog):
        dialog.path_field.edit.setText(str(target))
        answer_box(qtbot, boxes)
        dialog.export_button.click()

    when_dialog(qtbot, ExportDialog, fill)
    window.consultant.export_action.trigger()  # returns at once: the sites are read on the worker
    qtbot.waitUntil(lambda: bool(boxes), timeout=30000)
    assert threaded.drain(10)
    threaded.shutdown()
    assert target.exists() and boxes[0][0] == "Export terminé"
    assert progress and all(thread is gui_thread for _d, _t, thread in progress)
    assert progress[-1][0] == progress[-1][1] > 0
