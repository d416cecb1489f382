"""Recording door knocks from the main window with the keyboard: one to three keystrokes per outcome."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from survey_app.gui.dialogs.visit_dialogs import AppointmentDialog, NoteDialog, RefusalDialog
from tests.gui.conftest import SURVEYOR, when_dialog_opens


def _select(qtbot, window, store, ref):
    """Select a dwelling by register reference, with the window active (as after any dialog closes)."""
    row = next(r for r in store.list_dwellings() if r.landlord_ref == ref)
    assert window.browser.select_dwelling(row.id)
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    return row


def _visits(store, row):
    return store.list_visits(row.id)


@pytest.mark.parametrize(
    ("key", "outcome", "label"),
    [
        (Qt.Key.Key_A, "absent", "Absent 1 fois"),
        (Qt.Key.Key_V, "vacant", "Vacant"),
        (Qt.Key.Key_M, "mure_demoli", "Muré / démoli"),
    ],
)
def test_one_key_records_the_outcome_on_the_selected_dwelling(qtbot, open_window, campaign_store, key, outcome, label):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    qtbot.keyClick(window.tree, key)
    visits = _visits(campaign_store, row)
    assert [(v.outcome, v.surveyor) for v in visits] == [(outcome, SURVEYOR)]
    assert window.current_dwelling().status_label == label
    assert window.tree.currentIndex().siblingAtColumn(1).data() == label
    assert label.split(" ")[0] in window.details.status_text.text()
    assert "Passage enregistré" in window.statusBar().currentMessage()


def test_rendez_vous_is_r_then_enter_with_tomorrow_at_six_pm(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-102")
    seen = []

    def accept(dialog):
        seen.append(type(dialog))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(qtbot, accept)
    qtbot.keyClick(window.tree, Qt.Key.Key_R)
    assert seen == [AppointmentDialog]
    (visit,) = _visits(campaign_store, row)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    local = visit.appointment_at.astimezone()
    assert (visit.outcome, local.date(), local.hour, local.minute) == ("rendez_vous", tomorrow, 18, 0)
    assert window.current_dwelling().status_label.startswith(f"Rendez-vous le {tomorrow:%d/%m/%Y} à 18h00")


def test_an_appointment_already_past_is_refused_in_the_dialog(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-102")
    outcome = []

    def type_a_past_time(dialog):
        dialog.date_edit.setDate(dialog.date_edit.minimumDate())  # today
        dialog.time_edit.setFocus()
        dialog.time_edit.setTime(dialog.time_edit.minimumTime())  # 00:00, already past
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
        outcome.append((dialog.isVisible(), dialog.error.isVisible(), dialog.error.text()))
        dialog.reject()

    when_dialog_opens(qtbot, type_a_past_time)
    qtbot.keyClick(window.tree, Qt.Key.Key_R)
    assert outcome == [(True, True, "Cette heure est déjà passée : choisissez un rendez-vous à venir.")]
    assert _visits(campaign_store, row) == []


def test_refusal_is_f_then_the_reason_digit_then_enter(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LCP-CAL-011")

    def pick_second_reason(dialog):
        assert isinstance(dialog, RefusalDialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(qtbot, pick_second_reason)
    qtbot.keyClick(window.tree, Qt.Key.Key_F)
    (visit,) = _visits(campaign_store, row)
    assert (visit.outcome, visit.refusal_reason) == ("refus", "Pas intéressé·e")
    assert "Pas intéressé·e" in window.details.status_detail.text()


def test_autre_needs_a_note_and_impossible_takes_an_optional_one(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-B-001")
    errors = []

    def empty_then_typed(dialog):
        assert isinstance(dialog, NoteDialog)
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
        errors.append(dialog.error.text() if dialog.isVisible() else None)
        qtbot.keyClicks(dialog.note_edit, "Chien dans le jardin, revenir avec le gardien")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, empty_then_typed)
    qtbot.keyClick(window.tree, Qt.Key.Key_O)
    assert errors == ["Précisez ce qui s'est passé : la note est obligatoire ici."]
    assert [(v.outcome, v.note) for v in _visits(campaign_store, row)] == [
        ("autre", "Chien dans le jardin, revenir avec le gardien")
    ]

    other = _select(qtbot, window, campaign_store, "LGR-RAV-B-002")
    when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return))
    qtbot.keyClick(window.tree, Qt.Key.Key_I)
    assert [(v.outcome, v.note) for v in _visits(campaign_store, other)] == [("impossible", "")]


def test_refusal_without_a_reason_is_f_then_enter(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LCP-CAL-011")
    when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return))
    qtbot.keyClick(window.tree, Qt.Key.Key_F)
    assert [(v.outcome, v.refusal_reason) for v in _visits(campaign_store, row)] == [("refus", None)]


def test_escape_in_a_dialog_records_nothing(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LCP-CAL-011")
    when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape))
    qtbot.keyClick(window.tree, Qt.Key.Key_F)
    assert _visits(campaign_store, row) == []
    assert window.current_dwelling().status == "a_visiter"


def test_ctrl_z_undoes_the_last_visits_newest_first(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    undo = window.visit_actions.undo_action
    assert not undo.isEnabled()  # nothing to undo yet
    qtbot.keyClick(window.tree, Qt.Key.Key_A)
    qtbot.keyClick(window.tree, Qt.Key.Key_V)
    assert window.current_dwelling().status == "vacant"
    assert undo.isEnabled()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [v.outcome for v in _visits(campaign_store, row)] == ["absent"]
    assert window.current_dwelling().status_label == "Absent 1 fois"
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _visits(campaign_store, row) == []
    assert [v.outcome for v in campaign_store.list_visits(row.id, include_deleted=True)] == ["absent", "vacant"]
    assert window.current_dwelling().status == "a_visiter"
    assert not undo.isEnabled()
    assert "Passage annulé" in window.statusBar().currentMessage()


def test_outcome_keys_do_nothing_on_a_group_or_while_typing_a_search(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    site = window.tree.model().index(0, 0)
    window.tree.setCurrentIndex(site)
    assert not window.visit_actions.actions["absent"].isEnabled()
    assert not window.interview_action.isEnabled()
    assert window.details.group_title.text() == "Lens"  # the group's counts are shown instead
    qtbot.keyClick(window.tree, Qt.Key.Key_A)
    window.campaign.search_edit.setFocus()
    qtbot.keyClicks(window.campaign.search_edit, "avenue")
    assert window.campaign.search_edit.text() == "avenue"
    assert all(campaign_store.list_visits(r.id) == [] for r in campaign_store.list_dwellings())


def test_a_new_status_updates_the_counts_and_the_filtered_list(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    assert window.counts_label.text().startswith("80 logements · faits : 0 · à faire : 80")
    window.set_filter("a_visiter")
    row = _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    qtbot.keyClick(window.tree, Qt.Key.Key_V)
    assert window.counts_label.text().startswith("80 logements · faits : 1 · à faire : 79")
    assert window.browser.select_dwelling(row.id) is False  # no longer « à visiter »: filtered out
    window.set_filter("vacant")
    assert window.browser.select_dwelling(row.id)


def test_visit_history_is_listed_newest_first(qtbot, open_window, campaign_store):
    window = open_window(campaign_store)
    _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    assert "Aucun passage" in window.details.history.text()
    qtbot.keyClick(window.tree, Qt.Key.Key_A)
    qtbot.keyClick(window.tree, Qt.Key.Key_A)
    history = window.details.history.text()
    assert history.count("Absent") == 2 and SURVEYOR in history
    assert window.current_dwelling().status_label == "Absent 2 fois"


def test_dialogs_accept_with_enter_and_cancel_with_escape(qtbot):
    dialog = RefusalDialog("Porte 1")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason() is None  # line 0, « motif non précisé », until a digit is typed
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_9)  # no ninth reason: still none
    assert dialog.reason() is None
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_4)
    assert dialog.reason() == "Opposé·e au projet de rénovation"
    qtbot.keyClicks(dialog.detail_edit, "travaux trop longs")
    assert dialog.reason() == "Opposé·e au projet de rénovation : travaux trop longs"
    qtbot.keyClick(dialog.detail_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
