"""The three printouts from the Consultant menu, driven through their dialogs: building sheets (one building,
split files, cancel), the round sheet of the building selected in the list, and the paper questionnaire.
The PDFs are read back with pypdf."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.gui.consultant_support import answer_box, demo_store, menu_action, when_dialog

LENS = "Lens – Grande Résidence"


@pytest.fixture
def store(tmp_path):
    store = demo_store(tmp_path, "PC-Marie")
    yield store
    store.close()


def _text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _check(dialog, code):
    for i in range(dialog.buildings.count()):
        item = dialog.buildings.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(code)


def test_building_sheets_of_one_building_with_a_file_per_building(qtbot, open_window, store, tmp_path, monkeypatch):
    from survey_app.gui.dialogs.report_dialog import BuildingReportDialog

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    split = tmp_path / "fiches"
    split.mkdir()
    target = tmp_path / "fiches_ravel.pdf"
    window = open_window(store)
    seen, boxes = {}, []

    def fill(dialog: BuildingReportDialog):
        seen["sites"] = [dialog.site_box.itemText(i) for i in range(dialog.site_box.count())]
        dialog.site_box.setCurrentIndex(dialog.site_box.findText(LENS))
        _check(dialog, "Tour Ravel")
        dialog.split_box.click()
        dialog.split_field.edit.setText(str(split))
        dialog.path_field.edit.setText(str(target))
        answer_box(qtbot, boxes, click="Ouvrir le PDF")
        dialog.ok_button.click()

    when_dialog(qtbot, BuildingReportDialog, fill)
    menu_action(window, "Imprimer les fiches bâtiments…").trigger()
    assert seen["sites"][0] == "Tous les sites" and LENS in seen["sites"]
    title, text, _ = boxes[0]
    assert title == "Fiches bâtiments prêtes" and "1 fiche bâtiment" in text
    assert opened == [str(target)]
    pdf = _text(target)
    assert "Tour Ravel" in pdf and "Tour Debussy" not in pdf.split("Tour Ravel", 1)[1]
    assert [p.name for p in split.iterdir()] == ["fiche_Tour_Ravel.pdf"]


def test_cancelling_the_building_sheets_leaves_no_file(qtbot, open_window, store, tmp_path):
    from survey_app.gui.dialogs.report_dialog import BuildingReportDialog

    target = tmp_path / "toutes.pdf"
    window = open_window(store)
    task = window.consultant.task
    task.progressed.connect(lambda *_: task.dialog and task.dialog.cancel_button().click())

    def fill(dialog):
        dialog.path_field.edit.setText(str(target))
        dialog.ok_button.click()

    when_dialog(qtbot, BuildingReportDialog, fill)
    window.consultant.building_sheets_action.trigger()
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert window.statusBar().currentMessage().startswith("Impression annulée")


def test_round_sheet_of_the_building_selected_in_the_list(qtbot, open_window, store, tmp_path):
    from survey_app.gui.dialogs.report_dialog import RoundSheetDialog

    ravel = next(r for r in store.list_dwellings() if r.building_code == "Tour Ravel")
    window = open_window(store)
    assert window.browser.select_dwelling(ravel.id)
    seen, boxes = {}, []

    def fill(dialog: RoundSheetDialog):
        place = dialog.place()
        seen["place"] = (place.site, place.building)
        seen["name"] = dialog.path_field.text()
        dialog.path_field.edit.setText(str(tmp_path / "tournee.pdf"))
        answer_box(qtbot, boxes)
        dialog.ok_button.click()

    when_dialog(qtbot, RoundSheetDialog, fill)
    menu_action(window, "Imprimer la feuille de tournée…").trigger()
    assert seen["place"] == (LENS, "Tour Ravel")
    assert "feuille_tournee_Tour_Ravel_" in seen["name"]
    pdf = _text(tmp_path / "tournee.pdf")
    assert "Tour Ravel" in pdf and "Feuille de tournée" in pdf
    count = sum(1 for r in store.list_dwellings() if r.building_code == "Tour Ravel")
    assert f"{count} logements" in boxes[0][1]


def test_round_sheet_from_a_site_row_prints_the_whole_site(qtbot, open_window, store):
    from survey_app.gui.dialogs.report_dialog import RoundSheetDialog

    window = open_window(store)
    tree = window.tree
    site = next(tree.model().index(r, 0) for r in range(tree.model().rowCount()) if "Liévin" in tree.model().index(r, 0).data())
    tree.setCurrentIndex(site)
    seen = {}

    def look(dialog: RoundSheetDialog):
        seen["place"] = dialog.place()
        seen["text"] = dialog.place_box.currentText()
        dialog.reject()

    when_dialog(qtbot, RoundSheetDialog, look)
    window.consultant.round_sheet_action.trigger()
    assert seen["place"].building is None and "Liévin" in seen["place"].site
    assert seen["text"].endswith("tout le site (maisons comprises)")


def test_paper_questionnaire(qtbot, open_window, store, tmp_path):
    from survey_app.gui.dialogs.report_dialog import PaperFormDialog

    window = open_window(store)
    boxes = []

    def fill(dialog: PaperFormDialog):
        assert dialog.path_field.text().endswith(".pdf") and "questionnaire_papier_" in dialog.path_field.text()
        dialog.rows_box.setValue(3)
        dialog.path_field.edit.setText(str(tmp_path / "papier"))  # the extension is added
        answer_box(qtbot, boxes)
        dialog.ok_button.click()

    when_dialog(qtbot, PaperFormDialog, fill)
    menu_action(window, "Imprimer le questionnaire papier…").trigger()
    pdf = _text(tmp_path / "papier.pdf")
    assert "Questionnaire papier" in boxes[0][1] and "chauffage" in pdf.lower()


def test_the_create_button_waits_for_a_usable_file_and_folder(qtbot, ui_settings, tmp_path):
    from survey_app.gui.dialogs.report_dialog import BuildingReportDialog, Place

    dialog = BuildingReportDialog([Place("C", LENS, "Tour Ravel"), Place("C", LENS, None)], ui_settings)
    qtbot.addWidget(dialog)
    dialog.path_field.edit.setText(str(tmp_path / "a.pdf"))
    assert dialog.ok_button.isEnabled()
    dialog.split_box.setChecked(True)
    dialog.split_field.edit.setText(str(tmp_path / "nulle_part"))
    assert not dialog.ok_button.isEnabled() and "dossier existant" in dialog.ok_button.toolTip()
    dialog.split_box.setChecked(False)
    dialog.path_field.edit.setText("")
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.toolTip() == "Indiquez le fichier PDF à écrire."
    empty = BuildingReportDialog([], ui_settings)
    qtbot.addWidget(empty)
    assert not empty.ok_button.isEnabled() and "aucun logement" in empty.ok_button.toolTip()
