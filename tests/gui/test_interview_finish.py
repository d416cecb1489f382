"""« Terminer l'entretien » : the summary lists what is missing or invalid and jumps straight to each question."""

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


def _lines(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_summary_lists_problems_blocks_and_jumps(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    panel.go_to_page(panel.plan.page_index("menage"))
    question(panel, "chauffage").editor.setFocus()
    press(qtbot, Key.Key_1)
    question(panel, "age").editor.focus_target().setFocus()
    type_into_focus(qtbot, "1x", then=None)  # refused once the field is left
    press(qtbot, Key.Key_F3)  # the next open question after « âge »: the surface, not yet answered
    assert focused() is question(panel, "surface").editor.focus_target()

    qtbot.keyClick(panel, Key.Key_T, Qt.KeyboardModifier.AltModifier)
    dialog = panel.finish_dialog
    assert dialog.isVisible() and not dialog.finish_button.isEnabled()
    assert dialog.summary.text().startswith("2 réponses obligatoires manquantes et 1 réponse à corriger.")
    assert _lines(dialog) == [
        "A. Identification — Nom du répondant\n    réponse obligatoire",
        "B. Le ménage — Quelles énergies ?\n    réponse obligatoire",
        "B. Le ménage — Âge du répondant\n    valeur refusée : nombre entier attendu (sans virgule)",
    ]
    # Enter on a line closes the summary and puts the cursor on that question.
    dialog.list.setCurrentRow(2)
    qtbot.keyClick(dialog.list, Key.Key_Return)
    assert not dialog.isVisible()
    assert panel.current_page == panel.plan.page_index("menage")
    assert focused() is question(panel, "age").editor.focus_target()

    type_into_focus(qtbot, "16")  # now only a warning on the age
    question(panel, "energies").editor.setFocus()
    press(qtbot, Key.Key_1)
    panel.ask_finish()
    dialog = panel.finish_dialog
    dialog.list.setCurrentRow(0)
    dialog.go_button.click()
    assert panel.current_page == 0 and focused() is question(panel, "nom").editor.focus_target()
    type_into_focus(qtbot, "Ali")

    panel.ask_finish()
    dialog = panel.finish_dialog
    assert _lines(dialog) == ["B. Le ménage — Âge du répondant\n    répondant mineur : vérifier"]
    assert "avertissement à confirmer" in dialog.summary.text()
    assert dialog.finish_button.isEnabled(), "a warning does not block"
    with qtbot.waitSignal(panel.finished):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    record = store.get_interview(interview_id)
    assert record.status == "termine"
    assert record.answers["nom"] == "Ali" and record.answers["age"] == 16
    assert "_position" not in record.answers and "double" not in record.answers, "no value for a calculation on nothing"
    journal = store.journal(table="interviews", row_id=interview_id)
    assert [j.action for j in journal][-2:] == ["replace", "status"]


def test_f3_walks_open_questions_across_pages_and_repeat_rows(qtbot, runner, store, small_form):
    interview_id = new_interview(store, small_form)
    store.add_repeat_instance(interview_id, ("pieces",), {"piece_nom": "Salon"}, surveyor="Marie")
    panel = open_panel(qtbot, runner, store, small_form, interview_id, prefill={"adresse": "1 rue"})
    assert focused() is question(panel, "adresse").editor.focus_target()
    visited = []
    for _ in range(12):
        press(qtbot, Key.Key_F3)
        visited.append(panel.current_key)
    assert visited[:3] == [("nom", ()), ("date_visite", ()), ("chauffage", ())]
    assert ("piece_temp", (0,)) in visited and ("piece_nom", (0,)) not in visited
    assert ("raison", ()) not in visited, "questions that do not apply are not visited"
