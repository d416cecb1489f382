"""« Valider ou rejeter l'entretien… »: the consultant's verdict on the selected dwelling's interview.

The dialog names the dwelling and its interview, offers « Valider » or « Rejeter » and a comment
(required to reject), and records the verdict through `core.merge.set_verdict` on the worker thread:
the decision is journaled and can be undone from the review screen's history.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class VerdictDialog(QDialog):
    def __init__(self, dwelling_title: str, interview_status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Valider ou rejeter l'entretien"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Entretien du logement {dwelling} (statut actuel : {status})").format(
            dwelling=dwelling_title, status=interview_status))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.accept_button = QRadioButton(self.tr("&Valider l'entretien"))
        self.reject_button = QRadioButton(self.tr("&Rejeter l'entretien (à reprendre sur le terrain)"))
        self.accept_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.accept_button)
        group.addButton(self.reject_button)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.reject_button)
        label = QLabel(self.tr("&Commentaire (obligatoire pour un rejet) :"))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(90)
        label.setBuddy(self.comment)
        layout.addWidget(label)
        layout.addWidget(self.comment)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer la décision"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (self.accept_button.toggled, self.comment.textChanged):
            signal.connect(self._update)
        self._update()

    @property
    def verdict(self) -> str:
        return "valide" if self.accept_button.isChecked() else "rejete"

    def _update(self, *_args: Any) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        missing = self.verdict == "rejete" and not self.comment.toPlainText().strip()
        ok.setEnabled(not missing)
        ok.setToolTip(self.tr("Indiquez le motif du rejet.") if missing else "")


def give_verdict(task: Any, window: Any) -> None:
    """Ask for the verdict on the interview of the dwelling selected in the main window, and record it."""
    from PySide6.QtWidgets import QMessageBox

    from survey_app.core.store.records import INTERVIEW_STATUSES
    from survey_app.gui.long_task import real_store
    from survey_app.gui.models.campaign_tree import dwelling_title

    dwelling = window.current_dwelling() if hasattr(window, "current_dwelling") else None
    if dwelling is None or not dwelling.latest_interview_id:
        QMessageBox.information(
            window, QCoreApplication.translate("VerdictDialog", "Valider ou rejeter l'entretien"),
            QCoreApplication.translate("VerdictDialog", "Choisissez d'abord dans la liste un logement qui a un entretien."))
        return
    status = INTERVIEW_STATUSES.get(dwelling.latest_interview_status or "", dwelling.latest_interview_status or "")
    dialog = VerdictDialog(dwelling_title(dwelling), status, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    workspace = task.workspace
    store, interview_id = workspace.store, dwelling.latest_interview_id
    verdict, comment, consultant = dialog.verdict, dialog.comment.toPlainText().strip(), workspace.surveyor

    def job() -> Any:
        from survey_app.core.merge import set_verdict

        return set_verdict(real_store(store), interview_id, verdict, comment=comment, consultant=consultant)

    def done(_decision: Any) -> None:
        workspace.refresh_dwelling(dwelling.id)
        if verdict == "valide":
            workspace.message.emit(QCoreApplication.translate("VerdictDialog", "Entretien validé."))
        else:
            workspace.message.emit(QCoreApplication.translate("VerdictDialog", "Entretien rejeté."))

    def failed(error: BaseException) -> None:
        from survey_app.gui.workspace import error_message

        QMessageBox.warning(window, QCoreApplication.translate("VerdictDialog", "Valider ou rejeter l'entretien"),
                            error_message(error))

    workspace.runner.submit(job, on_done=done, on_error=failed)
