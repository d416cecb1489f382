"""Repeats as tables: rows added and removed (with a confirmation), rows edited below, counts that drive rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import form_from_md
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

COUNTED = """
| survey |
| | type | name | label | required | repeat_count | constraint | constraint_message | appearance |
| | integer | nb | Nombre de personnes | yes | | . <= 10 | 10 au plus | |
| | begin_repeat | membres | Personne | | ${nb} | | | field-list |
| | text | prenom | Prénom | yes | | | | |
| | integer | age | Âge | | | . <= 120 | âge impossible | |
| | select_one sexe | sexe | Sexe | | | | | minimal |
| | end_repeat | | | | | | | |
| choices |
| | list_name | name | label |
| | sexe | 1 | Femme |
| | sexe | 2 | Homme |
"""


@pytest.fixture(scope="module")
def counted_form(tmp_path_factory):
    return form_from_md(COUNTED, tmp_path_factory.mktemp("counted"))


def _answer_removal(qtbot, repeat, button_text: str) -> None:
    box = repeat.confirm_box
    assert box is not None and box.isVisible()
    assert "Retirer « Pièce » n° 1" in box.text()
    button = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_rows_are_added_edited_and_removed(qtbot, runner, store, small_form, qtmodeltester):
    interview_id = new_interview(store, small_form)
    panel = open_panel(qtbot, runner, store, small_form, interview_id)
    panel.go_to_page(panel.plan.page_index("_debut:pieces"))
    repeat = panel.binding.repeats[("pieces", ())][0]
    qtmodeltester.check(repeat.model)
    assert repeat.model.rowCount() == 0 and not repeat.remove_button.isEnabled()

    qtbot.mouseClick(repeat.add_button, Qt.MouseButton.LeftButton)
    type_into_focus(qtbot, "Salon", then=Key.Key_Return)
    type_into_focus(qtbot, "abc", then=Key.Key_Tab)  # refused: shown in the table too
    qtbot.mouseClick(repeat.add_button, Qt.MouseButton.LeftButton)
    type_into_focus(qtbot, "Chambre", then=Key.Key_Return)
    type_into_focus(qtbot, "17", then=Key.Key_Return)
    assert repeat.model.rowCount() == 2 and repeat.title.text() == "Pièce (2)"
    assert [repeat.model.index(r, 0).data() for r in range(2)] == ["Salon", "Chambre"]
    assert answers(store, interview_id)["pieces"] == [{"piece_nom": "Salon", "piece_temp": None},
                                                      {"piece_nom": "Chambre", "piece_temp": 17}]  # fmt: skip
    qtmodeltester.check(repeat.model)

    # The first row opens below the table; correcting it updates the table cell at once.
    repeat.table.setCurrentIndex(repeat.model.index(0, 0))
    assert repeat.editor_title.text() == "Pièce n° 1"
    nom = question(panel, "piece_nom", (0,))
    nom.editor.focus_target().setFocus()
    nom.editor.line.selectAll()
    type_into_focus(qtbot, "Sejour", then=None)
    assert repeat.model.index(0, 0).data() == "Sejour", "the table follows the typing"

    # Removing asks first; « Annuler » keeps the row, « Retirer » removes it.
    repeat.table.setFocus()
    press(qtbot, Key.Key_Delete)
    _answer_removal(qtbot, repeat, "Annuler")
    assert repeat.model.rowCount() == 2
    qtbot.mouseClick(repeat.remove_button, Qt.MouseButton.LeftButton)
    _answer_removal(qtbot, repeat, "Retirer")
    assert repeat.model.rowCount() == 1 and repeat.model.index(0, 0).data() == "Chambre"
    assert question(panel, "piece_nom", (0,)).editor.line.text() == "Chambre"
    assert answers(store, interview_id)["pieces"] == [{"piece_nom": "Chambre", "piece_temp": 17}]
    actions = [j.action for j in store.journal(table="interviews", row_id=interview_id)]
    assert actions.count("add_instance") == 2 and actions.count("remove_instance") == 1


def test_rows_follow_the_count_question(qtbot, runner, store, counted_form, qtmodeltester):
    interview_id = new_interview(store, counted_form)
    panel = open_panel(qtbot, runner, store, counted_form, interview_id)
    repeat = panel.binding.repeats[("membres", ())][0]
    assert focused() is question(panel, "nb").editor.focus_target()
    type_into_focus(qtbot, "3", then=None)  # the table grows as the surveyor types
    assert repeat.model.rowCount() == 3
    assert len(answers(store, interview_id)["membres"]) == 3, "new rows are saved at once"
    qtmodeltester.check(repeat.model)
    press(qtbot, Key.Key_Return)
    assert focused() is question(panel, "prenom", (0,)).editor.focus_target(), "Enter goes on to the first row"

    # Enter walks the rows: after the last question of a row comes the next row.
    question(panel, "prenom", (0,)).editor.focus_target().setFocus()
    type_into_focus(qtbot, "Nadia", then=Key.Key_Return)
    type_into_focus(qtbot, "41", then=Key.Key_Return)
    press(qtbot, Key.Key_1)  # sexe, a drop-down list
    press(qtbot, Key.Key_Return)
    assert repeat.selected_row == 1
    assert focused() is question(panel, "prenom", (1,)).editor.focus_target()

    # Fewer people: the extra row is greyed and left out of the finished interview.
    question(panel, "nb").editor.focus_target().setFocus()
    question(panel, "nb").editor.line.selectAll()
    type_into_focus(qtbot, "2")
    assert repeat.model.rowCount() == 3 and not repeat.model.active(2)
    assert repeat.model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Au-delà du nombre indiqué")

    # « Ajouter une ligne » raises the count; removing an active row lowers it.
    qtbot.mouseClick(repeat.add_button, Qt.MouseButton.LeftButton)
    assert answers(store, interview_id)["nb"] == 3 and repeat.model.active(2)
    repeat.select_row(0)
    qtbot.mouseClick(repeat.remove_button, Qt.MouseButton.LeftButton)
    box = repeat.confirm_box
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    saved = answers(store, interview_id)
    assert saved["nb"] == 2 and len(saved["membres"]) == 2
    assert repeat.model.rowCount() == 2 and all(repeat.model.active(r) for r in range(2))


def test_rows_missing_from_the_store_are_added_on_opening(qtbot, runner, store, counted_form):
    """A count saved without its rows (e.g. a crash in between): the rows appear and are saved at once."""
    interview_id = store.create_interview(
        store.list_dwellings()[0].id, counted_form.form_id, counted_form.version, counted_form.hash, "Marie",
        {"nb": 2, "membres": [{"prenom": "Ali"}]},
    ).id
    panel = open_panel(qtbot, runner, store, counted_form, interview_id)
    assert panel.binding.repeats[("membres", ())][0].model.rowCount() == 2
    assert answers(store, interview_id)["membres"] == [{"prenom": "Ali"}, {}]
    assert question(panel, "prenom", (0,)).editor.line.text() == "Ali", "the first row opens below the table"
    repeat = panel.binding.repeats[("membres", ())][0]
    repeat.select_row(1)
    question(panel, "prenom", (1,)).editor.focus_target().setFocus()
    type_into_focus(qtbot, "Lea")
    assert answers(store, interview_id)["membres"][1] == {"prenom": "Lea"}
