"""« Valider ou rejeter l'entretien du logement… »: a verdict on the selected dwelling's interview, journaled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import SURVEYOR, when_dialog_opens
from tests.gui.test_main_window import _select


def _finished_interview(store, ref):
    row = next(r for r in store.list_dwellings() if r.landlord_ref == ref)
    record = store.create_interview(row.id, "f", "1", "h", SURVEYOR, {"a": 1}, status="termine")
    return row, record


def test_reject_needs_a_comment_then_the_verdict_is_recorded_and_journaled(qtbot, open_window, campaign_store):
    from survey_app.core.merge import list_decisions

    row, record = _finished_interview(campaign_store, "LGR-RAV-A-101")
    window = open_window(campaign_store)
    _select(qtbot, window, campaign_store, "LGR-RAV-A-101")
    seen = {}

    def decide(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
        seen["blocked_without_comment"] = not ok.isEnabled()
        qtbot.keyClicks(dialog.comment, "Revenus incoherents, revoir le menage")
        seen["enabled_with_comment"] = ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, decide)
    window.consultant.verdict_action.trigger()
    assert seen == {"blocked_without_comment": True, "enabled_with_comment": True}
    qtbot.waitUntil(lambda: campaign_store.get_interview(record.id).status == "rejete")
    (decision,) = [d for d in list_decisions(campaign_store) if d.subject_id == record.id]
    assert "Revenus incoherents" in (decision.reason or "")
