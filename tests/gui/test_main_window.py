"""The surveyor's main window: start-up, list, search and filters, interviews, help, translations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from survey_app.gui.models import roles
from tests.gui.conftest import SURVEYOR, when_dialog_opens


def _select(qtbot, window, store, ref):
    row = next(r for r in store.list_dwellings() if r.landlord_ref == ref)
    assert window.browser.select_dwelling(row.id)
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    return row


def _visible_dwellings(window) -> list[str]:
    model, found = window.tree.model(), []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            if index.data(roles.NodeKindRole) == "dwelling":
                found.append(index.data(roles.DwellingRole).landlord_ref)
            walk(index)

    walk(window.tree.rootIndex())
    return found


# -- the list -----------------------------------------------------------------------------------------


def test_window_names_the_store_counts_dwellings_and_selects_the_first_one(open_window, campaign_store):
    window = open_window(campaign_store)
    assert window.windowTitle() == "Enquête Habitat — enquete.db"
    assert window.counts_label.text() == "80 logements · faits : 0 · à faire : 80 · rendez-vous aujourd'hui : 0"
    assert window.surveyor_label.text() == f"Enquêteur : {SURVEYOR}"
    first = window.current_dwelling()
    assert first is not None and first.landlord_ref == "LGR-DEB-A-001"
    assert window.details.title.text() == "Porte 001 · T3"
    assert window.details.interview_button.text().startswith("Commencer l'entretien")
    assert window.tree.hasFocus()
    assert window.campaign.stack.currentWidget() is window.tree


def test_ctrl_f_searches_by_address_and_the_keyboard_goes_back_to_the_list(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.campaign.search_edit
    assert search.hasFocus()
    qtbot.keyClicks(search, "calmette")
    shown = _visible_dwellings(window)
    assert shown and all(ref.startswith("LCP-CAL") for ref in shown)
    assert window.current_dwelling().landlord_ref in shown
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert window.tree.hasFocus()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and len(_visible_dwellings(window)) == 80
    qtbot.keyClicks(search, "zzz")
    assert window.campaign.stack.currentWidget() is window.campaign.no_match_label


def test_filter_shortcuts_show_todays_appointments_and_dwellings_to_revisit(qtbot, open_window, campaign_store):
    today = dt.date(2026, 11, 25)
    rows = {r.landlord_ref: r for r in campaign_store.list_dwellings()}
    at_six = dt.datetime.combine(today, dt.time(18, 0)).astimezone()
    campaign_store.record_visit(rows["LGR-RAV-A-001"].id, "rendez_vous", SURVEYOR, appointment_at=at_six)
    campaign_store.record_visit(rows["LGR-RAV-A-002"].id, "absent", SURVEYOR)
    window = open_window(campaign_store, today=lambda: today)
    assert window.counts_label.text().endswith("rendez-vous aujourd'hui : 1")
    qtbot.keyClick(window.tree, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.campaign.filter_box.currentData() == "aujourdhui"
    assert _visible_dwellings(window) == ["LGR-RAV-A-001"]
    assert window.current_dwelling().landlord_ref == "LGR-RAV-A-001"
    qtbot.keyClick(window.tree, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_actions["a_revisiter"].isChecked()
    assert sorted(_visible_dwellings(window)) == ["LGR-RAV-A-001", "LGR-RAV-A-002"]
    qtbot.keyClick(window.tree, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert len(_visible_dwellings(window)) == 80


def test_an_empty_store_explains_how_to_import_and_offers_no_dwelling_action(qtbot, open_window, tmp_path):
    from survey_app.core.store import Store

    with Store.create(tmp_path / "vide.db") as empty:
        window = open_window(empty)
        assert window.campaign.stack.currentWidget() is window.campaign.empty_label
        assert "Importer la liste des logements" in window.campaign.empty_label.text()
        assert not window.interview_action.isEnabled()
        assert not any(a.isEnabled() for a in window.visit_actions.actions.values())
        assert window.consultant.import_action.isEnabled()
        assert window.counts_label.text().startswith("0 logements")


def test_enter_on_a_group_opens_or_closes_it(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    site = window.tree.model().index(1, 0)  # Liévin, closed below its houses group
    window.tree.setCurrentIndex(site)
    houses = window.tree.model().index(0, 0, site)
    before = window.tree.isExpanded(houses)
    window.tree.setCurrentIndex(houses)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.tree.isExpanded(houses) is not before
    assert window.pages.currentWidget() is window.splitter  # no interview for a group


# -- interviews -------------------------------------------------------------------------------------


def test_enter_starts_an_interview_of_the_default_form_with_the_dwelling_prefilled(qtbot, open_window, campaign_store, fake_panels, tiny_form):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    campaign_store.record_visit(row.id, "absent", SURVEYOR)
    window.workspace.refresh_dwelling(row.id)
    resets = []
    window.workspace.model.modelReset.connect(lambda: resets.append(True))
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    (interview,) = campaign_store.list_interviews(dwelling_id=row.id)
    assert (interview.form_id, interview.form_version, interview.form_hash, interview.status) == (
        tiny_form.form_id, tiny_form.version, tiny_form.hash, "brouillon"
    )
    (panel,) = fake_panels.made
    assert panel.args["interview_id"] == interview.id and panel.args["surveyor"] == SURVEYOR
    assert panel.args["prefill"]["id_logement"] == "LGR-RAV-A-101"
    assert panel.args["prefill"]["num_passage"] == 2  # one absence already
    assert window.pages.currentWidget() is window.host and window.host.panel is panel
    assert not resets  # the row was updated in place
    assert window.workspace.model.dwelling(row.id).status == "en_cours"
    qtbot.keyClick(panel, Qt.Key.Key_A)  # outcome keys are off while an interview is open
    assert [v.outcome for v in campaign_store.list_visits(row.id)] == ["absent"]


def test_escape_goes_back_to_the_list_and_enter_resumes_the_same_interview(qtbot, open_window, campaign_store, fake_panels):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-102")
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    qtbot.keyClick(fake_panels.made[0], Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.splitter
    assert window.current_dwelling().id == row.id and window.tree.hasFocus()
    assert window.details.interview_button.text().startswith("Reprendre l'entretien")
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert len(campaign_store.list_interviews(dwelling_id=row.id)) == 1
    assert fake_panels.made[1].args["interview_id"] == fake_panels.made[0].args["interview_id"]
    window.host.back_button.click()
    assert window.pages.currentWidget() is window.splitter


def test_a_finished_interview_updates_only_its_row_and_counts_as_one_visit(qtbot, open_window, campaign_store, fake_panels):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LCP-CAL-011")
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    panel = fake_panels.made[0]
    interview_id = panel.args["interview_id"]
    resets, changed = [], []
    window.workspace.model.modelReset.connect(lambda: resets.append(True))
    window.workspace.model.dataChanged.connect(lambda first, _last, _roles=(): changed.append(first.data(roles.DwellingIdRole)))
    campaign_store.set_interview_status(interview_id, "termine", surveyor=SURVEYOR)
    panel.finished.emit(interview_id)
    panel.finished.emit(interview_id)  # finished again after a correction: still one visit
    assert [(v.outcome, v.interview_id) for v in campaign_store.list_visits(row.id)] == [("realise", interview_id)]
    assert window.workspace.model.dwelling(row.id).status == "termine"
    assert not resets and row.id in changed
    panel.close_interview()
    assert window.pages.currentWidget() is window.splitter
    assert window.counts_label.text().startswith("80 logements · faits : 1")
    assert window.details.interview_button.text().startswith("Revoir l'entretien terminé")


def test_without_the_interview_module_a_french_message_replaces_the_panel(qtbot, open_window, campaign_store):
    window = open_window(campaign_store, panel_factory=lambda *args: None)
    _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    window.details.interview_button.click()
    assert window.pages.currentWidget() is window.host
    assert "saisie des entretiens n'est pas disponible" in window.host.panel.text()
    qtbot.keyClick(window.host.back_button, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.splitter


def test_a_questionnaire_that_cannot_be_loaded_gives_a_french_message(qtbot, open_window, campaign_store, monkeypatch):
    from survey_app.gui.interview_launcher import FormUnavailableError

    def broken():
        raise FormUnavailableError("Le questionnaire « enquete_habitat.xlsx » n'a pas pu être chargé : feuille survey absente.")

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = open_window(campaign_store, form_loader=broken)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert shown == ["Le questionnaire « enquete_habitat.xlsx » n'a pas pu être chargé : feuille survey absente."]
    assert window.pages.currentWidget() is window.splitter and window.interview_action.isEnabled()
    assert campaign_store.list_interviews(dwelling_id=row.id) == []


def test_the_real_interview_panel_opens_on_the_default_form(qtbot, open_window, campaign_store):
    interview = pytest.importorskip("survey_app.gui.interview")
    from survey_app.gui.interview_launcher import default_form, default_panel_factory

    window = open_window(campaign_store, panel_factory=default_panel_factory, form_loader=default_form)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-103")
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert isinstance(window.host.panel, interview.InterviewPanel)
    qtbot.waitUntil(lambda: campaign_store.get_interview(window.host.panel.interview_id).answers.get("id_logement") == "LGR-RAV-A-103")
    focused = QApplication.focusWidget()
    assert focused is not None and window.host.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.splitter
    assert window.current_dwelling().id == row.id and window.current_dwelling().status == "en_cours"


# -- start-up -----------------------------------------------------------------------------------------


def test_a_store_that_cannot_be_opened_gives_a_french_message_and_exit_code_1(qapp, runner, ui_settings, tmp_path, monkeypatch):
    from survey_app.gui.app import Startup

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    missing = tmp_path / "absente.db"
    startup = Startup(qapp, runner, ui_settings, str(missing))
    startup.start()
    assert startup.exit_code == 1 and startup.window is None
    assert len(shown) == 1 and str(missing) in shown[0] and "n'a pas pu être ouverte" in shown[0]
    assert "Traceback" not in shown[0]
    assert not missing.exists()  # a mistyped path never creates an empty store


def test_first_launch_asks_the_surveyor_once_per_laptop(qtbot, qapp, runner, ui_settings, store_path):
    from survey_app.core.store import Store
    from survey_app.gui.app import Startup

    def type_name(dialog):
        qtbot.keyClicks(dialog.name_edit, "Lea Dubois")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, type_name)
    first = Startup(qapp, runner, ui_settings, str(store_path))
    first.start()
    assert first.window is not None
    qtbot.addWidget(first.window)
    assert first.window.surveyor_label.text() == "Enquêteur : Lea Dubois"
    device_id = str(first.store.device_id)
    first.window.close()
    first.shutdown()
    with Store.open(store_path) as store:
        assert "Lea Dubois" in [s.name for s in store.surveyors()]
    assert ui_settings.surveyor(device_id) == "Lea Dubois"
    again = Startup(qapp, type(runner)(inline=True), ui_settings, str(store_path))
    again.start()  # no dialog this time: the window comes straight up
    qtbot.addWidget(again.window)
    assert again.window.workspace.surveyor == "Lea Dubois"
    again.window.close()
    again.shutdown()


# -- help and the consultant's menu -------------------------------------------------------------------


@pytest.mark.parametrize(("action", "heading"), [("guide_action", "Guide de l'enquêteur"), ("consultant_guide_action", "Guide du consultant")])
def test_help_menu_shows_the_french_guides(qtbot, open_window, campaign_store, action, heading):
    window = open_window(campaign_store)
    seen = []

    def read(dialog):
        seen.append((dialog.windowTitle(), dialog.browser.toPlainText()))
        dialog.reject()

    when_dialog_opens(qtbot, read)
    getattr(window, action).trigger()
    assert seen and seen[0][0] == heading and seen[0][1].startswith(heading)


def test_help_guides_are_kept_as_markdown_in_resources():
    from survey_app.gui.dialogs.help_dialog import guide_path

    for which in ("enqueteur", "consultant"):
        text = Path(guide_path(which)).read_text(encoding="utf-8")
        assert text.startswith("# Guide") and len(text) > 500


def test_escape_first_closes_an_open_list_in_the_interview_then_leaves_it(qtbot, open_window, campaign_store):
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

    class Panel(QWidget):
        closed = Signal()
        finished = Signal(str)

        def __init__(self):
            super().__init__()
            self.combo = QComboBox()
            self.combo.addItems(["Chauffage collectif", "Chauffage individuel"])
            QVBoxLayout(self).addWidget(self.combo)

        def close_interview(self):
            self.closed.emit()

    window = open_window(campaign_store, panel_factory=lambda *args: Panel())
    _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    combo = window.host.panel.combo
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    assert window.pages.currentWidget() is window.host  # the first Escape only closed the list
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.splitter


def test_prefill_maps_a_dwelling_to_the_default_forms_identification_answers(campaign_store):
    from survey_app.core.engine import FormSession, SessionMeta
    from survey_app.core.prefill import prefill_for
    from survey_app.gui.interview_launcher import default_form

    rows = {r.landlord_ref: r for r in campaign_store.list_dwellings()}
    campaign_store.record_visit(rows["LGR-RAV-A-101"].id, "absent", SURVEYOR)
    flat = campaign_store.get_dwelling(rows["LGR-RAV-A-101"].id)
    house = campaign_store.get_dwelling(rows["LCP-CAL-011"].id)
    assert prefill_for(flat, SURVEYOR) == {
        "id_logement": "LGR-RAV-A-101", "commune": "Lens", "adresse": flat.address, "batiment": "Tour Ravel",
        "entree": "A", "etage": 1, "porte": "101", "site": "1", "type_logement": "1", "typologie": "3",
        "surface": 62.1, "enqueteur": SURVEYOR, "num_passage": 2,
    }  # fmt: skip
    assert prefill_for(house) == {
        "id_logement": "LCP-CAL-011", "commune": "Liévin", "adresse": "11 RUE Albert Calmette", "site": "2",
        "type_logement": "2", "typologie": "4", "surface": 67.9, "num_passage": 1,
    }  # fmt: skip
    form = default_form()
    for row in (flat, house):
        prefill = prefill_for(row, SURVEYOR)
        session = FormSession(form, meta=SessionMeta(username=SURVEYOR, prefill=prefill))
        assert {name: session.state(name, ()).value for name in prefill} == prefill  # every code fits the form


def test_the_next_session_opens_on_the_dwelling_selected_last(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LCP-CAL-011")
    window.close()
    again = open_window(campaign_store)
    assert again.current_dwelling().id == row.id


def test_interface_text_goes_through_qt_translation(qapp, tmp_path):
    """A catalogue made from the shipped .ts stub (one string translated) changes the interface text."""
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    from survey_app.gui.dialogs.first_launch import FirstLaunchDialog
    from tests.conftest import ROOT

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease absent")
    stub = (ROOT / "resources" / "translations" / "survey_app_en.ts").read_text(encoding="utf-8")
    source = "<source>Votre nom :</source>\n        <translation type=\"unfinished\"></translation>"
    assert source in stub  # the stub lists the dialog's strings
    ts = tmp_path / "survey_app_en.ts"
    ts.write_text(stub.replace(source, "<source>Votre nom :</source>\n        <translation>Your name:</translation>"),
                  encoding="utf-8")  # fmt: skip
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "survey_app_en.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load("survey_app_en", str(tmp_path))
    qapp.installTranslator(translator)
    try:
        from PySide6.QtWidgets import QLabel

        dialog = FirstLaunchDialog()
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert "Your name:" in texts and "Votre nom :" not in texts
        assert "Nom de ce portable :" in texts  # not translated in this catalogue: the French stays
    finally:
        qapp.removeTranslator(translator)


def test_a_narrow_window_keeps_room_for_the_dwelling_names(qtbot, open_window, campaign_store):
    from survey_app.gui.views.campaign_view import NAMES_MIN_WIDTH

    window = open_window(campaign_store)
    header = window.tree.header()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.tree.viewport().width() > 600)
    qtbot.wait(50)
    wide_status = header.sectionSize(1)
    assert header.sectionSize(0) >= NAMES_MIN_WIDTH
    window.resize(820, 600)
    qtbot.waitUntil(lambda: window.tree.viewport().width() < 600)
    qtbot.wait(50)
    assert header.sectionSize(0) >= NAMES_MIN_WIDTH - 2  # the names column is not squeezed to nothing
    assert header.sectionSize(1) < wide_status  # the status column gave way (its text is elided)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.tree.viewport().width() > 600)
    qtbot.wait(50)
    assert header.sectionSize(1) == wide_status  # and takes its natural width back
