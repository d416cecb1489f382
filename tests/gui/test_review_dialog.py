"""« Conflits et doublons à revoir » driven through its widgets: the side-by-side view highlights what differs,
each decision needs a reason and is journaled, « Annuler la décision » restores the interview exactly, answers
can be picked one by one, duplicates are settled, and interviews validated or rejected."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.consultant_support import CONSULTANT, conflicted_master, menu_action, when_dialog


@pytest.fixture
def case(tmp_path):
    from survey_app.core.merge import merge_packages

    case = conflicted_master(tmp_path)
    merge_packages(case.master, [case.packages[1]])  # the late package: one conflict, one duplicate
    yield case
    case.master.close()
    case.laptop.close()


@pytest.fixture
def review(qtbot, runner, case):
    from survey_app.gui.dialogs.review_dialog import ReviewDialog
    from survey_app.gui.workspace import Workspace

    dialog = ReviewDialog(Workspace(runner, case.master, CONSULTANT))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _select(dialog, kind: str) -> None:
    row = next(r for r in range(dialog.items.count()) if dialog.items.item(r).text().startswith(kind))
    dialog.items.setCurrentRow(row)


def _rows(dialog) -> dict[str, tuple[str, ...]]:
    table = dialog.table
    return {table.item(r, 0).toolTip().split("(")[-1].rstrip(")"): tuple(table.item(r, c).text()
            for c in range(1, 1 + len(table.comparison.versions))) for r in range(table.rowCount())}  # fmt: skip


def _version(dialog, surveyor: str) -> int:
    return next(i for i, v in enumerate(dialog.table.comparison.versions) if v.edited_by == surveyor)


def test_conflict_side_by_side_keep_one_version_then_undo(qtbot, review, case):
    from survey_app.core.merge import list_decisions, list_review
    from survey_app.gui.dialogs.review_table import DIFFERS

    before = case.master.get_interview(case.target)
    assert review.summary.text() == "2 point(s) à revoir : 1 conflit(s), 1 doublon(s)."
    _select(review, "En conflit")
    rows = _rows(review)
    assert set(rows) == {"temp_sejour", "chauff_suffisant", "commentaire"}  # only what differs
    claire, marie = _version(review, CONSULTANT), _version(review, "Marie")
    assert rows["temp_sejour"][claire] == "21" and rows["temp_sejour"][marie] == "18,5"
    assert rows["chauff_suffisant"][claire].startswith("1 – ")  # the code with its label
    assert review.table.item(0, 1).background().color() == DIFFERS
    assert "3 réponse(s) diffèrent" in review.difference_note.text()
    review.only_differing.setChecked(False)
    assert review.table.rowCount() > 50 and review.table.item(0, 1).background().color() != DIFFERS
    review.only_differing.setChecked(True)

    assert not review.keep_button.isEnabled() and "motif" in review.keep_button.toolTip()
    assert not review.validate_button.isEnabled() and review.validate_button.toolTip() == "Réglez d'abord le conflit."
    review.version_box.setCurrentIndex(marie)
    qtbot.keyClicks(review.reason, "Version de Marie, vue sur place")  # QTest types ASCII only
    assert review.keep_button.isEnabled()
    review.keep_button.click()

    assert case.master.get_interview(case.target).answers == case.marie
    [decision] = list_decisions(case.master, case.target)
    assert decision.reason == "Version de Marie, vue sur place" and decision.consultant == CONSULTANT
    assert [j for j in case.master.journal(row_id=case.target) if j.action == "resolution"]
    assert "Décision enregistrée : Conflit réglé : une version gardée." == review.feedback.text()
    assert review.entry().state == "resolu", "the settled item stays listed, to be undone"
    assert review.history.count() == 1 and "Version de Marie" in review.history.item(0).text()
    assert not review.keep_button.isEnabled() and "annulez d'abord" in review.keep_button.toolTip()

    def confirm(box: QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()

    when_dialog(qtbot, QMessageBox, confirm)
    review.undo_button.click()
    after = case.master.get_interview(case.target)
    assert (after.revision_id, after.answers) == (before.revision_id, before.answers)
    assert [e.subject_id for e in list_review(case.master, kind="conflit")] == [case.target]
    assert review.entry().state == "ouvert" and "annulée le" in review.history.item(0).text()
    assert not review.undo_button.isEnabled()
    assert review.feedback.text().startswith("Décision annulée")


def test_pick_answer_by_answer(qtbot, review, case):
    _select(review, "En conflit")
    claire, marie = _version(review, CONSULTANT), _version(review, "Marie")
    review.version_box.setCurrentIndex(claire)
    review.reason.setText("Chacun a corrigé une partie")
    assert not review.pick_button.isEnabled() and "Réponse gardée" in review.pick_button.toolTip()
    review.table.combo(("commentaire",)).setCurrentIndex(marie)
    assert review.pick_button.isEnabled()
    review.pick_button.click()
    answers = case.master.get_interview(case.target).answers
    assert answers["temp_sejour"] == 21.0 and answers["chauff_suffisant"] == "1"
    assert answers["commentaire"] == "Radiateur froid dans la chambre."


def test_duplicate_keep_one_rejects_the_other_and_keep_all(qtbot, review, case):
    _select(review, "Doublon")
    assert review.keep_one_button.isVisible() and not review.keep_button.isVisible()
    versions = review.table.comparison.versions
    assert len(versions) == 2 and review.table.horizontalHeaderItem(1).text() == "Entretien A"
    assert "repondant" in _rows(review)
    review.version_box.setCurrentIndex(1)
    review.reason.setText("Le second entretien a été fait avec le bon ménage")
    review.keep_one_button.click()
    statuses = {i.id: i.status for i in case.master.list_interviews(dwelling_id=case.duplicate_dwelling)}
    assert statuses[versions[1].interview_id] == "termine" and statuses[versions[0].interview_id] == "rejete"

    when_dialog(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    review.undo_button.click()
    review.reason.setText("Deux ménages différents dans le même logement")
    review.keep_all_button.click()
    statuses = {i.id: i.status for i in case.master.list_interviews(dwelling_id=case.duplicate_dwelling)}
    assert set(statuses.values()) == {"termine"}
    assert review.summary.text() == "1 point(s) à revoir : 1 conflit(s), 0 doublon(s)."


def test_validate_and_reject_an_interview_with_a_reason(qtbot, review, case):
    from survey_app.gui.dialogs.review_dialog import ReasonDialog

    _select(review, "Doublon")
    review.version_box.setCurrentIndex(0)
    target = review.table.comparison.versions[0].interview_id
    review.validate_button.click()
    assert case.master.get_interview(target).status == "valide"
    assert not review.validate_button.isEnabled() and review.validate_button.toolTip() == "L'entretien est déjà validé."

    def give_reason(dialog: ReasonDialog):
        assert not dialog.ok.isEnabled()  # a rejection needs its reason
        qtbot.keyClicks(dialog.edit, "Reponses d'un voisin")
        dialog.ok.click()

    when_dialog(qtbot, ReasonDialog, give_reason)
    review.reject_button.click()
    assert case.master.get_interview(target).status == "rejete"


def test_review_opens_from_the_menu_and_its_decisions_reload_the_campaign(qtbot, open_window, case):
    from survey_app.gui.dialogs.review_dialog import ReviewDialog

    window = open_window(case.master, surveyor=CONSULTANT)
    action = menu_action(window, "Conflits et doublons à revoir…")
    assert action.text().endswith("(2)")
    reloads = []
    window.workspace.loaded.connect(lambda: reloads.append(1))

    def settle(dialog: ReviewDialog):
        _select(dialog, "Doublon")
        dialog.reason.setText("Deux ménages")
        dialog.keep_all_button.click()
        dialog.reject()

    when_dialog(qtbot, ReviewDialog, settle)
    action.trigger()
    assert reloads, "the campaign tree was reloaded after the decision"
    assert window.consultant.review_action.text().endswith("(1)")


def test_on_the_worker_thread_the_screen_loads_and_decides_without_blocking(qtbot, case):
    from survey_app.gui.dialogs.review_dialog import ReviewDialog
    from survey_app.gui.tasks import TaskRunner
    from survey_app.gui.workspace import Workspace

    threaded = TaskRunner()
    dialog = ReviewDialog(Workspace(threaded, case.master, CONSULTANT))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.items.count() == 2 and dialog.details is not None, timeout=10000)
    dialog.reason.setText("Deux ménages")
    assert dialog.details.entry.kind == "conflit" and dialog.keep_button.isEnabled()
    _select(dialog, "Doublon")
    assert dialog.details is None and not dialog.keep_button.isEnabled()  # nothing acts while the item loads
    qtbot.waitUntil(lambda: dialog.details is not None and dialog.details.entry.kind == "doublon", timeout=10000)
    dialog.keep_all_button.click()
    assert not dialog.panel.isEnabled()  # one decision at a time
    qtbot.waitUntil(lambda: dialog.feedback.text().startswith("Décision enregistrée"), timeout=10000)
    assert dialog.panel.isEnabled()
    assert threaded.drain(10)
    threaded.shutdown()
