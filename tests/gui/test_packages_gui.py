"""Packages through the menus: a laptop hands in its interviews (and remembers it), the consultant lists and
merges packages (a bad one refused, the report saved as JSON, the tree reloaded, the review badge set), the
master's pack for the laptops is written and taken in by a laptop, and a merge can be cancelled."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.gui.consultant_support import answer_box, button, conflicted_master, demo_store, menu_action, when_dialog


@pytest.fixture
def laptop(tmp_path):
    store = demo_store(tmp_path, "PC-Marie")
    yield store
    store.close()


def test_hand_in_writes_the_package_and_remembers_it(qtbot, open_window, laptop, tmp_path, monkeypatch):
    from survey_app.core.merge import read_manifest
    from survey_app.gui.dialogs.package_dialogs import HandInDialog

    monkeypatch.setattr("survey_app.gui.dialogs.file_widgets.QDesktopServices.openUrl", lambda url: True)
    stick = tmp_path / "cle_usb"
    stick.mkdir()
    window = open_window(laptop, surveyor="Marie")
    statuses, names, boxes = [], [], []

    def fill(dialog: HandInDialog):
        statuses.append(dialog.status.text())
        names.append(dialog.path_field.text())
        dialog.path_field.edit.setText(str(stick / f"remise{len(statuses)}"))
        answer_box(qtbot, boxes)
        dialog.ok_button.click()

    when_dialog(qtbot, HandInDialog, fill)
    menu_action(window, "Exporter mes enquêtes…").trigger()
    assert statuses[0] == "Aucun paquet n'a encore été exporté depuis ce poste."
    assert names[0].endswith(".enqpkg") and "enquetes-Marie-PC-Marie-" in names[0]
    manifest = read_manifest(stick / "remise1.enqpkg")
    assert manifest.kind == "enquetes" and manifest.surveyor == "Marie" and manifest.device_name == "PC-Marie"
    assert boxes[0][0] == "Enquêtes exportées" and "remise1.enqpkg" in boxes[0][1]
    assert f"{manifest.counts['entretiens']} entretien(s)" in boxes[0][1]

    when_dialog(qtbot, HandInDialog, fill)
    window.consultant.hand_in_action.trigger()
    assert "« remise1.enqpkg »" in statuses[1] and "tout a été remis" in statuses[1]
    assert names[1].startswith(str(stick)), "the folder of the last package is proposed again"


def test_merge_lists_merges_reports_and_reloads(qtbot, open_window, tmp_path, monkeypatch):
    from survey_app.core.store import Store
    from survey_app.gui.dialogs.merge_dialogs import MergePreviewDialog, MergeReportDialog

    (tmp_path / "terrain").mkdir()
    case = conflicted_master(tmp_path / "terrain")
    bad = tmp_path / "abime.enqpkg"
    bad.write_bytes(case.packages[1].read_bytes()[:3000])
    report_json = tmp_path / "rapport"
    files = [str(case.packages[0]), str(case.packages[1]), str(bad)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report_json), ""))
    seen = {}
    with Store.create(tmp_path / "nouvelle_maitre.db", device_name="PC-Bureau") as master:
        window = open_window(master, surveyor="Claire")
        assert window.counts_label.text().startswith("0 logements")

        def preview(dialog: MergePreviewDialog):
            seen["rows"] = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]
            seen["button"] = dialog.merge_button.text().replace("&", "")
            seen["detail"] = dialog.detail.text()
            when_dialog(qtbot, MergeReportDialog, report)
            dialog.merge_button.click()

        def report(dialog: MergeReportDialog):
            seen["report"] = dialog.text.toPlainText()
            seen["review"] = dialog.review_button is not None
            button(dialog, "Enregistrer le rapport…").click()
            dialog.reject()

        when_dialog(qtbot, MergePreviewDialog, preview)
        menu_action(window, "Fusionner des paquets…").trigger()

        assert [r[0] for r in seen["rows"]] == ["lundi.enqpkg", "mardi.enqpkg", "abime.enqpkg"]
        assert seen["rows"][0][1] == "PC-Marie" and seen["rows"][0][2] == "Marie"
        assert "refusé" in seen["rows"][2][5] and "abime.enqpkg" in seen["detail"]
        assert seen["button"] == "Fusionner 2 paquet(s)"
        assert "✔ lundi.enqpkg" in seen["report"] and "✘ abime.enqpkg : refusé" in seen["report"]
        assert seen["review"] is True  # the laptop surveyed one dwelling twice: « Revoir » is offered
        saved = json.loads((tmp_path / "rapport.json").read_text(encoding="utf-8"))
        assert saved["totals"]["files_merged"] == 2 and saved["totals"]["files_refused"] == 1
        assert len(master.list_interviews()) == len(case.laptop.list_interviews())
        assert not window.counts_label.text().startswith("0 logements"), "the campaign list was reloaded"
        assert "Rapport enregistré" in window.statusBar().currentMessage()


def test_a_merge_with_a_conflict_sets_the_review_badge(qtbot, open_window, tmp_path, monkeypatch):
    from survey_app.gui.dialogs.merge_dialogs import MergePreviewDialog, MergeReportDialog

    case = conflicted_master(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(case.packages[1])], ""))
    window = open_window(case.master, surveyor="Claire")
    assert menu_action(window, "Conflits et doublons à revoir…").text().replace("&", "") == \
        "Conflits et doublons à revoir…"
    seen = {}

    def preview(dialog):
        assert "Déjà fusionné" not in dialog.table.item(0, 5).text()
        when_dialog(qtbot, MergeReportDialog, report)
        dialog.merge_button.click()

    def report(dialog):
        seen["review"] = dialog.review_button is not None
        dialog.reject()

    when_dialog(qtbot, MergePreviewDialog, preview)
    window.consultant.merge_action.trigger()
    assert seen["review"] is True
    assert window.consultant.open_review == {"conflit": 1, "doublon": 1}
    assert window.consultant.review_action.text().endswith("(2)")


def test_field_pack_round_trip_between_master_and_laptop(qtbot, open_window, tmp_path, monkeypatch):
    from survey_app.core.store import Store

    case = conflicted_master(tmp_path)
    pack = tmp_path / "retour"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pack), ""))
    boxes = []
    master_window = open_window(case.master, surveyor="Claire")
    answer_box(qtbot, boxes)
    menu_action(master_window, "Préparer le paquet pour les portables…").trigger()
    assert boxes[0][0] == "Paquet pour les portables prêt" and "retour.enqpkg" in boxes[0][1]
    assert "Importer le paquet de retour" in boxes[0][2]
    master_window.close()

    with Store.create(tmp_path / "nouveau_portable.db", device_name="PC-Neuf") as fresh:
        window = open_window(fresh, surveyor="Léa")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack.with_suffix(".enqpkg")), ""))
        answer_box(qtbot, boxes)
        menu_action(window, "Importer le paquet de retour…").trigger()
        assert boxes[1][0] == "Paquet de retour importé" and "visite(s) de collègues" in boxes[1][1]
        done = [r for r in fresh.list_dwellings() if r.status == "termine"]
        assert done, "the laptop now knows the doors its colleagues completed"
        qtbot.waitUntil(lambda: not window.counts_label.text().startswith("0 logements"))


def test_a_survey_package_is_refused_as_a_return_pack_with_a_french_message(qtbot, open_window, laptop, tmp_path,
                                                                              monkeypatch):  # fmt: skip
    from survey_app.core.merge import write_package

    package = write_package(laptop, tmp_path / "pas_un_retour.enqpkg").path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    window = open_window(laptop)
    boxes = []
    answer_box(qtbot, boxes)
    window.consultant.return_pack_action.trigger()
    title, text, _ = boxes[0]
    assert title == "Import du paquet de retour impossible"
    assert "pas_un_retour.enqpkg" in text and "paquet d'enquêtes" in text


def test_cancelling_a_merge_keeps_the_master_as_it_was(qtbot, open_window, tmp_path, monkeypatch):
    from survey_app.core.store import Store
    from survey_app.gui.dialogs.merge_dialogs import MergePreviewDialog, MergeReportDialog

    case = conflicted_master(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in case.packages], ""))
    seen = {}
    with Store.create(tmp_path / "autre_maitre.db") as master:
        window = open_window(master, surveyor="Claire")
        task = window.consultant.task

        def preview(dialog):
            task.progressed.connect(lambda *_: task.dialog and task.dialog.cancel_button().isEnabled()
                                    and task.dialog.cancel_button().click())  # fmt: skip
            when_dialog(qtbot, MergeReportDialog, lambda d: (seen.update(text=d.text.toPlainText()), d.reject()))
            dialog.merge_button.click()

        when_dialog(qtbot, MergePreviewDialog, preview)
        window.consultant.merge_action.trigger()
        assert "Fusion annulée" in seen["text"]
        assert master.list_interviews() == []
