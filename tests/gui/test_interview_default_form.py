"""Smoke run on the real default questionnaire: open a pre-filled interview, fill the first pages, a household table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from survey_app.core.prefill import prefill_for
from survey_app.gui.interview.page_list import STATE_ROLE
from survey_app.gui.interview.pages import plan_pages
from tests.gui.test_interview_support import (  # noqa: F401  (fixtures)
    answers,
    default_form,
    focused,
    new_interview,
    open_panel,
    press,
    question,
    runner,
    store,
    type_into_focus,
)

Key = Qt.Key


def test_default_form_opens_prefilled_and_fills_the_first_pages(qtbot, runner, store, default_form, qtmodeltester):
    dwelling = store.list_dwellings()[0]
    interview_id = new_interview(store, default_form)
    panel = open_panel(qtbot, runner, store, default_form, interview_id, prefill=prefill_for(dwelling, "Marie"))
    qtmodeltester.check(panel.model)

    # Identification: read-only register fields, pre-filled choices; everything saved at once.
    saved = answers(store, interview_id)
    assert saved["id_logement"] == dwelling.landlord_ref and saved["site"] == "1" and saved["enqueteur"] == "Marie"
    assert saved["poste"] == store.device_id and saved["utilisateur"] == "Marie" and saved["debut"]
    assert question(panel, "id_logement").editor.line.isReadOnly()
    assert question(panel, "site").editor.value == "1"
    assert panel.ui.title.text().startswith(dwelling.landlord_ref)
    assert focused() is question(panel, "site").editor, "read-only fields are skipped"
    conforme = question(panel, "ident_conforme")
    conforme.editor.setFocus()
    press(qtbot, Key.Key_1)
    press(qtbot, Key.Key_PageDown)

    # Passage: the visit result opens the consent page and the household sections.
    assert panel.plan.pages[panel.current_page].key == "passage"
    menage = panel.model.index_of_page(panel.plan.page_index("menage:nb_personnes"))
    assert menage.data(STATE_ROLE) == "off"
    question(panel, "resultat_visite").editor.setFocus()
    press(qtbot, Key.Key_1)
    press(qtbot, Key.Key_PageDown)
    assert panel.plan.pages[panel.current_page].key == "accord_entretien"
    press(qtbot, Key.Key_1)
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_1)
    assert answers(store, interview_id)["repondant"] == "1"
    assert menage.data(STATE_ROLE) == "empty"
    press(qtbot, Key.Key_PageDown)  # « Motif du refus » does not apply: skipped

    # The household: the members table follows the number of people.
    assert panel.plan.pages[panel.current_page].key == "menage:nb_personnes"
    assert focused() is question(panel, "nb_personnes").editor.focus_target()
    type_into_focus(qtbot, "2", then=Key.Key_Return)
    membres = panel.binding.repeats[("membres", ())][0]
    qtmodeltester.check(membres.model)
    assert membres.model.rowCount() == 2 and len(answers(store, interview_id)["membres"]) == 2
    assert focused() is question(panel, "prenom", (0,)).editor.focus_target()
    type_into_focus(qtbot, "Nadia", then=Key.Key_Return)
    press(qtbot, Key.Key_1)  # titulaire du bail
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_1)
    press(qtbot, Key.Key_Return)
    type_into_focus(qtbot, "16", then=Key.Key_Return)  # a minor holding the lease: a warning
    age = question(panel, "age", (0,))
    assert age.message.text() == "Âge inhabituel (plus de 100 ans, ou titulaire du bail mineur) : vérifier."
    assert age.confirm.isVisible()
    assert membres.model.index(0, 0).data() == "Nadia"
    assert membres.model.index(0, 1).data() == "Titulaire du bail / personne de référence"
    saved = answers(store, interview_id)
    assert saved["membres"][0]["prenom"] == "Nadia" and saved["membres"][0]["age"] == 16
    assert saved["nb_personnes"] == 2 and saved["resultat_visite"] == "1" and saved["accord"] == "1"


def test_default_form_page_plan():
    from survey_app.core.forms import load_form
    from tests.conftest import ROOT

    form = load_form(ROOT / "forms" / "enquete_habitat.xlsx").form
    plan = plan_pages(form)
    keys = [page.key for page in plan.pages]
    assert keys[:5] == ["identification", "passage", "accord_entretien", "visite:motif_refus", "menage:nb_personnes"]
    assert "facture_elec" in keys and "satisfaction" in keys and keys[-1] == "observations"
    shown = {name for page in plan.pages for name in page.questions}
    assert not shown & {"debut", "fin", "poste", "utilisateur", "jour", "entretien", "uc", "tee"}, "metadata and calculations stay hidden"
    assert {"prenom", "app_type", "note_membres", "sat_logement"} <= shown
    menage = plan.pages[plan.page_index("menage:nb_personnes")]
    assert menage.items == ["nb_personnes", "note_membres", "membres"]
    headers = [entry.title for entry in plan.entries if entry not in plan.pages]
    assert headers[0] == "B. Passage et accord" and "A. Identification du logement" not in headers
