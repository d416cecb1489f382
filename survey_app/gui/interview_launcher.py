"""Opening the interview of a dwelling: find the one in progress or start one, then build its panel.

Off the GUI thread, in one task: load the default questionnaire (once per run, the first time an
interview is opened: it imports openpyxl, which the start-up must not pay for), look for the dwelling's
interview to reopen (the latest draft, else the latest finished one, to correct it), or create a new
one with the form's id, version and hash, and compute the pre-filled identification answers from the
dwelling (`core.prefill`). Back on the GUI thread, `opened` carries the interview widget, made by
`panel_factory` (by default `survey_app.gui.interview.InterviewPanel`; if that module cannot be
imported, a French explanation is shown instead, so the button never does nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from survey_app.core.prefill import prefill_for
from survey_app.core.store.records import DwellingRow, InterviewSummary
from survey_app.gui.workspace import Workspace, error_message
from survey_app.paths import default_form_path

if TYPE_CHECKING:  # the questionnaire code is loaded with the first interview, not at start-up
    from survey_app.core.forms import Form

REOPENABLE = ("termine", "valide")
PanelFactory = Callable[..., QWidget]


class FormUnavailableError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_FORMS: dict[str, Form] = {}


def default_form() -> Form:
    """The bundled questionnaire, compiled once per run (called on the worker thread)."""
    from survey_app.core.forms import load_form

    path = default_form_path()
    key = str(path)
    if key not in _FORMS:
        result = load_form(path)
        if not result.ok or result.form is None:
            problems = "; ".join(i.format() for i in result.errors[:3]) or QCoreApplication.translate(
                "InterviewLauncher", "fichier illisible")
            raise FormUnavailableError(QCoreApplication.translate(
                "InterviewLauncher", "Le questionnaire « {path} » n'a pas pu être chargé : {problems}.").format(
                    path=path, problems=problems))
        _FORMS[key] = result.form
    return _FORMS[key]


def interview_to_reopen(interviews: list[InterviewSummary]) -> InterviewSummary | None:
    """The latest draft; else the latest finished or validated interview; None if a new one is needed."""
    for statuses in (("brouillon",), REOPENABLE):
        candidates = [i for i in interviews if i.status in statuses]
        if candidates:
            return max(candidates, key=lambda i: (i.modified_at, i.id))
    return None


@dataclass(frozen=True)
class OpenedInterview:
    form: Form
    interview_id: str
    dwelling: DwellingRow
    prefill: dict[str, Any]
    created: bool


def default_panel_factory(runner: Any, store: Any, form: Form, interview_id: str, surveyor: str,
                          prefill: dict[str, Any]) -> QWidget | None:  # fmt: skip
    """The real interview widget, or None when the interview module is not installed."""
    try:
        from survey_app.gui.interview import InterviewPanel
    except ImportError:
        return None
    return InterviewPanel(runner, store, form, interview_id, surveyor, prefill)


class InterviewLauncher(QObject):
    opened = Signal(object, object)  # (OpenedInterview, panel widget or None)
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        *,
        form_loader: Callable[[], Form] = default_form,
        panel_factory: PanelFactory = default_panel_factory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form_loader = form_loader
        self.panel_factory = panel_factory
        self.busy = False

    def open(self, dwelling_id: str) -> None:
        if self.busy:
            return
        self.busy = True
        store, surveyor, form_loader = self.workspace.store, self.workspace.surveyor, self.form_loader

        def job() -> OpenedInterview:
            form = form_loader()
            chosen = interview_to_reopen(store.list_interviews(dwelling_id=dwelling_id))
            if chosen is None:
                record = store.create_interview(dwelling_id, form.form_id, form.version, form.hash, surveyor)
                interview_id, created = record.id, True
            else:
                interview_id, created = chosen.id, False
            row = store.get_dwelling(dwelling_id)
            return OpenedInterview(form, interview_id, row, prefill_for(row, surveyor), created)

        self.workspace.runner.submit(job, on_done=self._build, on_error=self._fail)

    def _build(self, opened: OpenedInterview) -> None:
        self.busy = False
        if opened.created:
            self.workspace.refresh_dwelling(opened.dwelling.id)  # now « entretien en cours »
        try:
            panel = self.panel_factory(
                self.workspace.runner, self.workspace.store, opened.form, opened.interview_id,
                self.workspace.surveyor, opened.prefill,
            )  # fmt: skip
        except Exception as error:  # a broken interview module must not take the list down with it
            self.failed.emit(self.tr("L'entretien n'a pas pu s'afficher : {error}").format(error=error))
            return
        self.opened.emit(opened, panel)

    def _fail(self, error: BaseException) -> None:
        self.busy = False
        self.failed.emit(error_message(error))
