"""Never lose a word: autosave off the GUI thread, a crash mid-interview, closing, reopening a finished interview."""

from __future__ import annotations

from PySide6.QtCore import Qt

from survey_app.gui.tasks import TaskRunner
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


def test_crash_mid_interview_resumes_where_the_surveyor_was(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    press(qtbot, Key.Key_Tab)
    type_into_focus(qtbot, "Nadia", then=Key.Key_Return)
    type_into_focus(qtbot, "25/11/2026", then=Key.Key_Return)
    press(qtbot, Key.Key_1)
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_3)
    press(qtbot, Key.Key_Return)
    type_into_focus(qtbot, "45", then=Key.Key_Return)
    assert focused() is question(panel, "surface").editor.focus_target()
    qtbot.keyClicks(focused(), "61")  # typed, not yet committed: saved after a short idle time
    qtbot.waitUntil(lambda: answers(store, interview_id).get("surface") == 61)
    qtbot.waitUntil(lambda: answers(store, interview_id).get("_position") == "menage|surface|")

    # The application dies here: the panel is never closed. A new one opens from the store alone.
    again = open_panel(qtbot, runner, store, small_form, interview_id)
    assert again.session.to_document()["nom"] == "Nadia"
    assert again.current_page == again.plan.page_index("menage")
    assert focused() is question(again, "surface").editor.focus_target()
    assert question(again, "surface").editor.line.text() == "61"
    assert question(again, "energies").editor.value == ["3"]
    assert question(again, "age").editor.line.text() == "45"
    assert question(again, "energies").isVisible(), "skip logic is restored with the answers"

    # The main window hands the focus to the panel: it goes to the question the surveyor was on.
    again.ui.pages_list.setFocus()
    again.setFocus()
    assert focused() is question(again, "surface").editor.focus_target()


def test_answers_are_written_off_the_gui_thread_and_closing_waits_for_them(qtbot, store, small_form):
    runner = TaskRunner()  # a real worker thread, as in the application
    try:
        interview_id = new_interview(store, small_form)
        panel = open_panel(qtbot, runner, store, small_form, interview_id, prefill={"adresse": "2 rue"})
        press(qtbot, Key.Key_Tab)
        type_into_focus(qtbot, "Karim", then=Key.Key_Return)
        type_into_focus(qtbot, "02/12/2026", then=Key.Key_Return)
        press(qtbot, Key.Key_2)
        with qtbot.waitSignal(panel.closed, timeout=5000):
            qtbot.mouseClick(panel.ui.close_button, Qt.MouseButton.LeftButton)
        saved = answers(store, interview_id)
        assert (saved["adresse"], saved["nom"], saved["date_visite"], saved["chauffage"]) == (
            "2 rue", "Karim", "2026-12-02", "2")
        assert saved["_position"] == "menage|chauffage|"
        qtbot.waitUntil(lambda: panel.ui.save_state.text() == "✔ Réponses enregistrées")
    finally:
        runner.shutdown()


def test_a_store_that_refuses_the_write_is_reported_in_french(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    store.delete_interview(interview_id, surveyor="Marie")  # e.g. deleted meanwhile on this laptop
    press(qtbot, Key.Key_Tab)
    type_into_focus(qtbot, "Nadia")
    assert panel.ui.error_banner.isVisible()
    assert panel.ui.error_banner.text().startswith("Réponse non enregistrée : Entretien")
    assert "introuvable" in panel.ui.error_banner.text()


def test_unknown_interview_shows_a_message_not_a_traceback(qtbot, runner, store, small_form):
    from survey_app.gui.interview import InterviewPanel

    panel = InterviewPanel(runner, store, small_form, "pas-un-entretien", "Marie", {})
    qtbot.addWidget(panel)
    assert panel.session is None
    assert "n'a pas pu être ouvert" in panel.ui.loading.text() and "introuvable" in panel.ui.loading.text()
    assert not panel.ui.finish_button.isEnabled()


def test_reopening_a_finished_interview_to_correct_it(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    press(qtbot, Key.Key_Tab)
    type_into_focus(qtbot, "Nadia", then=Key.Key_Return)
    panel.go_to_page(panel.plan.page_index("menage"))
    press(qtbot, Key.Key_2)
    press(qtbot, Key.Key_Return)
    type_into_focus(qtbot, "50")
    with qtbot.waitSignal(panel.finished):
        panel.ask_finish()
        qtbot.mouseClick(panel.finish_dialog.finish_button, Qt.MouseButton.LeftButton)
    assert store.get_interview(interview_id).status == "termine"

    # Finished: read only, until reopened.
    assert panel.binding.locked and panel.ui.locked_bar.isVisible()
    panel.go_to_page(panel.plan.page_index("menage"))
    age = question(panel, "age")
    assert age.editor.line.isReadOnly()
    qtbot.mouseClick(panel.ui.reopen_button, Qt.MouseButton.LeftButton)
    assert store.get_interview(interview_id).status == "brouillon"
    assert not panel.binding.locked and panel.ui.locked_bar.isHidden()
    age = question(panel, "age")
    assert not age.editor.line.isReadOnly()
    age.editor.focus_target().setFocus()
    age.editor.line.selectAll()
    type_into_focus(qtbot, "51")
    assert answers(store, interview_id)["age"] == 51
    statuses = [(j.old_value, j.new_value) for j in store.journal(table="interviews", row_id=interview_id)
                if j.action == "status"]  # fmt: skip
    assert statuses == [("brouillon", "termine"), ("termine", "brouillon")], "both changes are journaled"
