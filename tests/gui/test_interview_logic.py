"""Skip logic as the surveyor types, refused values and constraint errors inline, warnings confirmed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from survey_app.gui.interview.page_list import STATE_ROLE
from tests.gui.test_interview_support import (  # noqa: F401  (fixtures)
    answers,
    focused,
    new_interview,
    open_panel,
    press,
    question,
    runner,
    small_form,
    store,
    type_into_focus,
)

Key = Qt.Key


def _page(panel, key):
    return panel.plan.page_index(key)


def test_skip_logic_shows_and_hides_questions_and_greys_pages(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    panel.go_to_page(_page(panel, "menage"))
    chauffage, energies = question(panel, "chauffage"), question(panel, "energies")
    assert energies.isHidden()
    chauffage.editor.setFocus()
    press(qtbot, Key.Key_1)
    assert energies.isVisible()
    press(qtbot, Key.Key_2)  # « Non »: the follow-up disappears again
    assert energies.isHidden()
    assert answers(store, interview_id)["chauffage"] == "2"

    # A page whose group does not apply is greyed in the side panel and skipped by Page Down.
    suivi = _page(panel, "suivi")
    row = panel.model.index_of_page(suivi)
    assert row.data(STATE_ROLE) == "off"
    panel.go_to_page(_page(panel, "details:satisfaction"))
    contact = question(panel, "contact")
    contact.editor.focus_target().setFocus()
    press(qtbot, Key.Key_2)
    assert row.data(STATE_ROLE) == "empty"
    press(qtbot, Key.Key_PageDown)
    assert panel.current_page == suivi
    press(qtbot, Key.Key_PageUp)
    contact.editor.focus_target().setFocus()
    press(qtbot, Key.Key_1)
    assert row.data(STATE_ROLE) == "off"
    press(qtbot, Key.Key_PageDown)
    assert panel.current_page == _page(panel, "_debut:pieces")
    panel.go_to_page(suivi, focus=False)
    assert panel.page_views[suivi].empty.isVisible(), "an empty page says why it is empty"


def test_invalid_number_is_refused_with_an_inline_message(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    panel.go_to_page(_page(panel, "menage"))
    age = question(panel, "age")
    age.editor.focus_target().setFocus()
    qtbot.keyClicks(focused(), "4a")
    assert age.message.isHidden(), "no red text while the surveyor is still typing"
    qtbot.waitUntil(age.message.isVisible)  # ... but it shows when the surveyor pauses
    press(qtbot, Key.Key_Tab)
    assert age.message.isVisible() and age.message.text() == "Nombre entier attendu (sans virgule)"
    assert age.editor.line.property("look") == "error"
    assert answers(store, interview_id).get("age") is None, "a refused value is not saved"

    age.editor.focus_target().setFocus()
    age.editor.line.selectAll()
    type_into_focus(qtbot, "150")
    assert age.message.text() == "Âge impossible (plus de 120 ans)"
    assert age.editor.line.property("look") == "error"

    age.editor.focus_target().setFocus()
    age.editor.line.selectAll()
    type_into_focus(qtbot, "40")
    assert age.message.isHidden() and age.editor.line.property("look") == ""
    assert answers(store, interview_id)["age"] == 40

    surface = question(panel, "surface")
    surface.editor.focus_target().setFocus()
    type_into_focus(qtbot, "12,75")
    assert answers(store, interview_id)["surface"] == 12.75
    assert question(panel, "double").editor.label.text() == "25,5", "decimals are shown with a comma"


def test_warning_is_shown_in_orange_and_confirmed(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    panel.go_to_page(_page(panel, "menage"))
    age = question(panel, "age")
    age.editor.focus_target().setFocus()
    type_into_focus(qtbot, "16", then=None)
    assert age.message.text() == "Répondant mineur : vérifier" and age.message.property("role") == "warning"
    assert age.confirm.isVisible() and age.editor.line.property("look") == "warning"
    qtbot.mouseClick(age.confirm, Qt.MouseButton.LeftButton)
    assert age.message.text() == "Avertissement confirmé" and age.confirm.isHidden()
    assert age.editor.line.property("look") == ""
    saved = answers(store, interview_id)
    assert saved["age"] == 16 and saved["_confirmed"] == ["age"]

    # Changing the answer asks again; F4 confirms from the keyboard.
    age.editor.focus_target().setFocus()
    age.editor.line.selectAll()
    type_into_focus(qtbot, "15", then=None)
    assert age.confirm.isVisible()
    press(qtbot, Key.Key_F4)
    assert age.message.text() == "Avertissement confirmé"
    assert panel.session.state("age").confirmed


def test_page_list_and_completion(qtbot, runner, store, small_form, qtmodeltester):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id, prefill={"adresse": "1 rue"})
    qtmodeltester.check(panel.model)
    first = panel.model.index_of_page(0)
    assert first.data() == "A. Identification" and first.data(Qt.ItemDataRole.UserRole + 2) == "1/3"
    question(panel, "nom").editor.focus_target().setFocus()
    type_into_focus(qtbot, "Ali")
    assert first.data(Qt.ItemDataRole.UserRole + 2) == "2/3" and first.data(STATE_ROLE) == "partial"
    question(panel, "date_visite").editor.focus_target().setFocus()
    type_into_focus(qtbot, "01/12/2026")
    assert first.data(Qt.ItemDataRole.UserRole + 2) == "3/3" and first.data(STATE_ROLE) == "complete"
    # Clicking a page in the side panel shows it.
    panel.ui.pages_list.setCurrentIndex(panel.model.index_of_page(2))
    assert panel.current_page == 2 and panel.ui.stack.currentWidget() is panel.page_views[2]


def test_digits_pick_choices_in_every_kind_of_list(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    panel.go_to_page(_page(panel, "menage"))
    question(panel, "chauffage").editor.setFocus()
    press(qtbot, Key.Key_1)
    energies = question(panel, "energies")
    energies.editor.setFocus()
    press(qtbot, Key.Key_2)
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Space)  # arrows move, Space ticks
    assert answers(store, interview_id)["energies"] == ["2", "3"]
    assert energies.editor.buttons[1].text() == "2. Gaz && fioul", "'&' is shown, not taken for a shortcut"
    press(qtbot, Key.Key_2)  # ticking again unticks
    assert answers(store, interview_id)["energies"] == ["3"]
    press(qtbot, Key.Key_Delete)
    assert answers(store, interview_id)["energies"] is None
    panel.go_to_page(_page(panel, "details:satisfaction"))
    question(panel, "satisfaction").editor.setFocus()
    press(qtbot, Key.Key_3)
    assert answers(store, interview_id)["satisfaction"] == "98"
    press(qtbot, Key.Key_Up)  # in a single choice, arrows choose
    assert answers(store, interview_id)["satisfaction"] == "2"
    question(panel, "contact").editor.focus_target().setFocus()
    press(qtbot, Key.Key_2)
    assert answers(store, interview_id)["contact"] == "2"
    assert question(panel, "contact").editor.combo.currentText() == "2. Non"
    press(qtbot, Key.Key_Delete)
    assert answers(store, interview_id)["contact"] is None
    question(panel, "lu").editor.focus_target().setFocus()
    press(qtbot, Key.Key_Space)
    assert answers(store, interview_id)["lu"] == "OK"


FILTERED = """
| survey |
| | type | name | label | choice_filter | appearance |
| | select_one travaux | premier | Priorité n° 1 | | |
| | select_one travaux | second | Priorité n° 2 | name != ${premier} | |
| | select_one travaux | troisieme | Priorité n° 3 | name != ${premier} and name != ${second} | minimal |
| choices |
| | list_name | name | label |
| | travaux | 1 | Isolation |
| | travaux | 2 | Fenêtres |
| | travaux | 3 | Chauffage |
"""


def test_choice_filters_follow_earlier_answers(qtbot, runner, store, tmp_path):
    from tests.conftest import form_from_md

    form = form_from_md(FILTERED, tmp_path)
    interview_id = new_interview(store, form)
    panel = open_panel(qtbot, runner, store, form, interview_id)
    second, third = question(panel, "second").editor, question(panel, "troisieme").editor
    assert len(second.buttons) == 3
    question(panel, "premier").editor.setFocus()
    press(qtbot, Key.Key_2)
    assert [b.text() for b in second.buttons] == ["1. Isolation", "2. Chauffage"], "numbers follow what is shown"
    second.setFocus()
    press(qtbot, Key.Key_2)
    assert answers(store, interview_id)["second"] == "3"
    assert [third.combo.itemText(i) for i in range(third.combo.count())] == ["— choisir —", "1. Isolation"]
    question(panel, "premier").editor.setFocus()
    press(qtbot, Key.Key_3)  # « Chauffage » first: the second answer no longer fits
    assert question(panel, "second").message.text().startswith("Ce choix ne correspond plus")


HOSTILE = """
| survey |
| | type | name | label | hint |
| | select_one liste | choix | <b>Gras</b> & <script>x</script> | <i>pas en italique</i> |
| choices |
| | list_name | name | label |
| | liste | 1 | Gaz & <u>fioul</u> |
"""


def test_labels_are_shown_as_plain_text(qtbot, runner, store, tmp_path):
    from tests.conftest import form_from_md

    form = form_from_md(HOSTILE, tmp_path)
    panel = open_panel(qtbot, runner, store, form, new_interview(store, form))
    choix = question(panel, "choix")
    assert choix.title.textFormat() == Qt.TextFormat.PlainText and choix.title.text() == "<b>Gras</b> & <script>x</script>"
    assert choix.hint.text() == "<i>pas en italique</i>"
    assert choix.editor.buttons[0].text() == "1. Gaz && <u>fioul</u>"
