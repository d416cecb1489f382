"""A whole interview typed with the keyboard only: Tab, Enter, digits, Page Down, Inser, F3, then finished."""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_whole_interview_with_the_keyboard(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id, prefill={"adresse": "3 rue Pasteur"})

    # Page A: the pre-filled address is there and saved; the cursor starts on the first question.
    assert panel.current_page == 0
    assert question(panel, "adresse").editor.line.text() == "3 rue Pasteur"
    assert answers(store, interview_id)["adresse"] == "3 rue Pasteur"
    assert answers(store, interview_id)["utilisateur"] == "Marie"
    assert focused() is question(panel, "adresse").editor.focus_target()
    press(qtbot, Key.Key_Tab)
    assert focused() is question(panel, "nom").editor.focus_target()
    press(qtbot, Key.Key_Backtab)
    assert focused() is question(panel, "adresse").editor.focus_target(), "Shift+Tab goes back"
    press(qtbot, Key.Key_Tab)
    type_into_focus(qtbot, "Nadia", then=Key.Key_Return)  # Enter saves and moves on
    assert focused() is question(panel, "date_visite").editor.focus_target()
    type_into_focus(qtbot, "25/11/2026", then=Key.Key_Return)  # last question: Enter goes to the next page

    # Page B: digits pick choices, skip logic opens the follow-up question.
    assert panel.current_page == 1
    assert focused() is question(panel, "chauffage").editor.focus_target()
    assert question(panel, "energies").isHidden()
    press(qtbot, Key.Key_1)
    assert question(panel, "energies").isVisible()
    press(qtbot, Key.Key_Return)
    assert focused() is question(panel, "energies").editor.focus_target()
    press(qtbot, Key.Key_1)
    press(qtbot, Key.Key_3)
    press(qtbot, Key.Key_Return)
    type_into_focus(qtbot, "45", then=Key.Key_Return)
    type_into_focus(qtbot, "62,5", then=Key.Key_Return)
    assert question(panel, "double").editor.label.text() == "125"

    # Page C: likert row, drop-down list, time, long text, acknowledgement.
    assert panel.current_page == 2
    press(qtbot, Key.Key_2)
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_1)  # minimal → combo box
    press(qtbot, Key.Key_Return)
    type_into_focus(qtbot, "18h30", then=Key.Key_Return)
    type_into_focus(qtbot, "Menage accueillant", then=Key.Key_Return)  # Enter: a new line in long text
    type_into_focus(qtbot, "a revoir en mars", then=Key.Key_Tab)
    press(qtbot, Key.Key_1)
    assert question(panel, "merci").title.text().startswith("Merci Nadia")
    press(qtbot, Key.Key_PageDown)

    # Page D only concerns households not to be contacted again: Page Down skips it.
    # Page E: a repeat; Inser adds a row and opens it below the table.
    assert panel.current_page == 4
    repeat = panel.binding.repeats[("pieces", ())][0]
    assert focused() is repeat.table, "a page without questions yet puts the cursor on the table"
    press(qtbot, Key.Key_Insert)
    assert repeat.model.rowCount() == 1
    assert focused() is question(panel, "piece_nom", (0,)).editor.focus_target()
    type_into_focus(qtbot, "Salon", then=Key.Key_Return)
    type_into_focus(qtbot, "19", then=Key.Key_Return)
    assert repeat.model.index(0, 0).data() == "Salon"

    # Page Up goes back; F3 finds nothing left to answer.
    press(qtbot, Key.Key_PageUp)
    assert panel.current_page == 2
    saved = answers(store, interview_id)
    assert saved["nom"] == "Nadia" and saved["date_visite"] == "2026-11-25"
    assert saved["chauffage"] == "1" and saved["energies"] == ["1", "3"]
    assert saved["age"] == 45 and saved["surface"] == 62.5
    assert saved["satisfaction"] == "2" and saved["contact"] == "1" and saved["heure"] == "18:30:00"
    assert saved["commentaire"] == "Menage accueillant\na revoir en mars" and saved["lu"] == "OK"
    assert saved["pieces"] == [{"piece_nom": "Salon", "piece_temp": 19}]

    # Finishing: the summary has nothing to list; Enter on « Terminer » ends the interview.
    with qtbot.waitSignal(panel.finished, timeout=5000) as finished:
        qtbot.keyClick(panel, Key.Key_T, Qt.KeyboardModifier.AltModifier)
        dialog = panel.finish_dialog
        assert dialog is not None and not dialog.items
        assert dialog.finish_button.isEnabled()
        qtbot.keyClick(dialog.finish_button, Key.Key_Return)
    assert finished.args == [interview_id]
    record = store.get_interview(interview_id)
    assert record.status == "termine"
    assert record.answers["double"] == 125, "calculated values are part of the finished interview"
    assert "_position" not in record.answers
    assert panel.binding.locked and panel.ui.locked_bar.isVisible()
