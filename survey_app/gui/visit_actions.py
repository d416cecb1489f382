"""Recording a door knock from the selected dwelling in one to three keystrokes.

One QAction per outcome, each with a single-letter shortcut: A absent, R rendez-vous (date and time
dialog, Enter), F refus (reason digit, Enter), V vacant, M muré / démoli, I enquête impossible (optional
note), O autre (required note); Ctrl+Z undoes the last visit recorded in this session. The actions act
on the dwelling the main window says is selected, and are only enabled when there is one (and the
campaign page is showing), so they never do nothing. Dialogs are created through `dialog_factory`
hooks so tests can drive them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from survey_app.core.store.records import DwellingRow
from survey_app.gui import icons
from survey_app.gui.models.campaign_tree import dwelling_title
from survey_app.gui.workspace import Workspace

# Outcome -> its one-key shortcut, in menu and button order.
OUTCOME_KEYS = {
    "absent": "A",
    "rendez_vous": "R",
    "refus": "F",
    "vacant": "V",
    "mure_demoli": "M",
    "impossible": "I",
    "autre": "O",
}


class VisitActions(QObject):
    def __init__(self, workspace: Workspace, current: Callable[[], DwellingRow | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.current = current
        self.window = parent
        texts = {
            "absent": self.tr("&Absent"),
            "rendez_vous": self.tr("&Rendez-vous…"),
            "refus": self.tr("Re&fus…"),
            "vacant": self.tr("Logement &vacant"),
            "mure_demoli": self.tr("&Muré / démoli"),
            "impossible": self.tr("Enquête &impossible…"),
            "autre": self.tr("Autr&e…"),
        }
        self.actions: dict[str, QAction] = {}
        for outcome, key in OUTCOME_KEYS.items():
            action = QAction(icons.status_icon(outcome), texts[outcome], self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            # Button text: the words without the menu's mnemonic, then the key to press.
            action.setIconText(f"{texts[outcome].replace('&', '')}   ({key})")
            action.triggered.connect(partial(self.record, outcome))
            self.actions[outcome] = action
        self.undo_action = QAction(icons.icon("action_undo"), self.tr("Annuler le dernier passage noté"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIconText(self.tr("Annuler le dernier passage   (Ctrl+Z)"))
        self.undo_action.triggered.connect(workspace.undo_last_visit)
        workspace.undo_available.connect(lambda _available: self.update_enabled(self._active))
        self._active = False
        self.update_enabled(False)

    def update_enabled(self, active: bool) -> None:
        """`active`: the campaign page is showing; outcome actions also need a selected dwelling."""
        self._active = active
        has_dwelling = active and self.current() is not None
        for action in self.actions.values():
            action.setEnabled(has_dwelling)
        self.undo_action.setEnabled(active and self.workspace.can_undo())

    def record(self, outcome: str) -> None:
        row = self.current()
        if row is None:
            return
        place = dwelling_title(row)
        details: dict[str, object] = {}
        if outcome == "rendez_vous":
            dialog = self.make_appointment_dialog(place, row)
            if not self._run(dialog):
                return
            details = {"appointment_at": dialog.appointment_at(), "note": dialog.note()}
        elif outcome == "refus":
            dialog = self.make_refusal_dialog(place)
            if not self._run(dialog):
                return
            details = {"refusal_reason": dialog.reason()}
        elif outcome in ("impossible", "autre"):
            required = outcome == "autre"
            prompt = (
                self.tr("Que s'est-il passé ? (obligatoire)")
                if required
                else self.tr("Pourquoi l'enquête est-elle impossible ? (langue, santé… ; facultatif)")
            )
            title = self.actions[outcome].text().replace("&", "").rstrip("…")
            dialog = self.make_note_dialog(f"{title} — {place}", prompt, required)
            if not self._run(dialog):
                return
            details = {"note": dialog.note()}
        self.workspace.record_visit(row.id, outcome, **details)  # type: ignore[arg-type]

    def _run(self, dialog: QDialog) -> bool:
        """Show the dialog; afterwards give the keyboard back to the window (and its list)."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        self.window.activateWindow()
        return accepted

    # The dialogs' module is imported when a dialog is first needed, not at start-up.
    def make_appointment_dialog(self, place: str, row: DwellingRow) -> QDialog:
        from survey_app.gui.dialogs.visit_dialogs import AppointmentDialog

        return AppointmentDialog(place, row.appointment_at, parent=self.window)

    def make_refusal_dialog(self, place: str) -> QDialog:
        from survey_app.gui.dialogs.visit_dialogs import RefusalDialog

        return RefusalDialog(place, parent=self.window)

    def make_note_dialog(self, title: str, prompt: str, required: bool) -> QDialog:
        from survey_app.gui.dialogs.visit_dialogs import NoteDialog

        return NoteDialog(title, prompt, required=required, parent=self.window)
