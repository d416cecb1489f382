"""The open campaign as the interface sees it: the store, the task runner, the surveyor and the tree model.

Every store call goes through the runner (one worker thread), and its result comes back on the GUI
thread where the model is updated: `reload()` resets the tree once; `refresh_dwelling(id)` and
`record_visit(...)` update one dwelling in place. Visits recorded during this session can be undone
one by one, newest first (`undo_last_visit`), which deletes them as tombstones in the store. Errors
arrive as the store's French messages on `failed`; confirmations for the status bar on `message`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from survey_app.core.store.errors import StoreError
from survey_app.core.store.records import VISIT_OUTCOMES, DwellingRow, VisitRecord
from survey_app.gui.models.campaign_tree import CampaignTreeModel, dwelling_title
from survey_app.gui.tasks import TaskRunner

if TYPE_CHECKING:  # the store itself is imported off the GUI thread (see gui/deferred_store.py)
    from survey_app.core.store import Store


def error_message(error: BaseException) -> str:
    """The French text of an error from the store (or a generic one for a programming error)."""
    if isinstance(error, StoreError):
        return error.message
    message = getattr(error, "message", None)  # AnswerError and other core errors with a French text
    if isinstance(message, str):
        return message
    return QCoreApplication.translate(
        "Workspace", "Erreur inattendue : {error}. Rien n'a été perdu de ce qui était déjà enregistré.").format(error=error)


class Workspace(QObject):
    loaded = Signal()  # the tree was (re)loaded from the store
    dwelling_changed = Signal(str)  # one dwelling's row was updated (its id)
    visits_changed = Signal(str)  # a visit of this dwelling was recorded or undone
    undo_available = Signal(bool)
    failed = Signal(str)  # French message
    message = Signal(str)  # short French confirmation for the status bar

    def __init__(self, runner: TaskRunner, store: Store, surveyor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.store = store
        self.surveyor = surveyor
        self.model = CampaignTreeModel(self)
        self._undo: list[tuple[str, str, str]] = []  # (visit id, dwelling id, outcome)
        self.is_loaded = False

    @property
    def store_name(self) -> str:
        return self.store.path.name

    # -- loading ---------------------------------------------------------------------------------------

    def adopt(self, tree: Any) -> None:
        """Show a tree already read from the store (`Store.tree()`, off the GUI thread)."""
        self.model.set_tree(tree)
        self.is_loaded = True
        self.loaded.emit()

    def reload(self) -> None:
        """Read the whole campaign again (after an import, or F5) and reset the tree once."""
        self.runner.submit(self.store.tree, on_done=self.adopt, on_error=self._fail)

    def refresh_dwelling(self, dwelling_id: str, then: Callable[[DwellingRow], None] | None = None) -> None:
        def done(row: DwellingRow) -> None:
            self._apply(row)
            if then is not None:
                then(row)

        self.runner.submit(self.store.get_dwelling, dwelling_id, on_done=done, on_error=self._fail)

    def _apply(self, row: DwellingRow) -> None:
        if self.model.update_dwelling(row):
            self.dwelling_changed.emit(row.id)
        else:  # a dwelling the tree does not know yet (e.g. imported meanwhile): load everything again
            self.reload()

    def _fail(self, error: BaseException) -> None:
        if not isinstance(getattr(error, "message", None), str):  # a bug, not bad data: keep the details
            traceback.print_exception(error)
        self.failed.emit(error_message(error))

    # -- visits ----------------------------------------------------------------------------------------

    def record_visit(
        self,
        dwelling_id: str,
        outcome: str,
        *,
        note: str = "",
        appointment_at: datetime | None = None,
        refusal_reason: str | None = None,
        interview_id: str | None = None,
    ) -> None:
        store, surveyor = self.store, self.surveyor

        def job() -> tuple[VisitRecord, DwellingRow]:
            visit = store.record_visit(
                dwelling_id, outcome, surveyor, note=note, appointment_at=appointment_at,
                refusal_reason=refusal_reason, interview_id=interview_id,
            )  # fmt: skip
            return visit, store.get_dwelling(dwelling_id)

        def done(result: tuple[VisitRecord, DwellingRow]) -> None:
            visit, row = result
            self._undo.append((visit.id, dwelling_id, outcome))
            self._apply(row)
            self.visits_changed.emit(dwelling_id)
            self.undo_available.emit(True)
            self.message.emit(
                self.tr("Passage enregistré : {outcome} — {place}. Ctrl+Z pour l'annuler.").format(
                    outcome=VISIT_OUTCOMES.get(outcome, outcome), place=dwelling_title(row)
                )
            )

        self.runner.submit(job, on_done=done, on_error=self._fail)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_last_visit(self) -> None:
        if not self._undo:
            return
        visit_id, dwelling_id, outcome = self._undo.pop()
        store, surveyor = self.store, self.surveyor

        def job() -> DwellingRow:
            store.delete_visit(visit_id, surveyor=surveyor)
            return store.get_dwelling(dwelling_id)

        def done(row: DwellingRow) -> None:
            self._apply(row)
            self.visits_changed.emit(dwelling_id)
            self.undo_available.emit(bool(self._undo))
            self.message.emit(
                self.tr("Passage annulé : {outcome} — {place}.").format(
                    outcome=VISIT_OUTCOMES.get(outcome, outcome), place=dwelling_title(row)
                )
            )

        self.runner.submit(job, on_done=done, on_error=self._fail)

    def interview_finished(self, dwelling_id: str, interview_id: str) -> None:
        """Count the finished interview as a door knock (« entretien réalisé ») once, and refresh the row."""
        store, surveyor = self.store, self.surveyor

        def job() -> DwellingRow:
            if not any(v.interview_id == interview_id for v in store.list_visits(dwelling_id)):
                store.record_visit(dwelling_id, "realise", surveyor, interview_id=interview_id)
            return store.get_dwelling(dwelling_id)

        def done(row: DwellingRow) -> None:
            self._apply(row)
            self.visits_changed.emit(dwelling_id)

        self.runner.submit(job, on_done=done, on_error=self._fail)

    def visits(self, dwelling_id: str, then: Callable[[list[VisitRecord]], None]) -> None:
        self.runner.submit(self.store.list_visits, dwelling_id, on_done=then, on_error=self._fail)
