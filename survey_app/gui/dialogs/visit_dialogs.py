"""The small dialogs some visit outcomes need: an appointment's date and time, a refusal's reason, a note.

Each is built for the keyboard at a door: the first field has the focus, Enter records, Escape
cancels. « Rendez-vous » proposes tomorrow at 18 h (or the appointment already set, if still ahead) and
refuses a time already past; « Refus » picks a reason with its digit (the reasons are those of the
questionnaire's `motif_refus` list, 0 for none), so R then Enter, or F, 2, Enter, is all it takes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

MAX_NOTE = 500
Now = Callable[[], dt.datetime]


def _local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("VisitDialogs", "Annuler"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b91c1c; font-weight: bold;")
    label.setWordWrap(True)
    label.hide()
    return label


class AppointmentDialog(QDialog):
    def __init__(self, place: str, current: dt.datetime | None = None, *, now: Now = _local_now,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._now = now
        self.setWindowTitle(self.tr("Rendez-vous — {place}").format(place=place))
        start = now()
        if current is not None and current > start:
            proposed = current.astimezone()
        else:
            proposed = (start + dt.timedelta(days=1)).replace(hour=18, minute=0, second=0, microsecond=0)
        self.date_edit = QDateEdit(QDate(proposed.year, proposed.month, proposed.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd dd/MM/yyyy")
        self.date_edit.setMinimumDate(QDate(start.year, start.month, start.day))
        self.time_edit = QTimeEdit(QTime(proposed.hour, proposed.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText(self.tr("facultatif, par ex. « rappeler la veille », « sonner deux fois »"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Date :"), self.date_edit)
        form.addRow(self.tr("Heure :"), self.time_edit)
        form.addRow(self.tr("Note :"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Enregistrer le rendez-vous")))
        self.setMinimumWidth(480)
        self.date_edit.setFocus()

    def appointment_at(self) -> dt.datetime:
        """The chosen date and time, in the laptop's time zone."""
        day, time = self.date_edit.date(), self.time_edit.time()
        naive = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return naive.astimezone()

    def note(self) -> str:
        return self.note_edit.text().strip()

    def accept(self) -> None:
        if self.appointment_at() <= self._now():
            self.error.setText(self.tr("Cette heure est déjà passée : choisissez un rendez-vous à venir."))
            self.error.show()
            self.time_edit.setFocus()
            return
        super().accept()


# The questionnaire's `motif_refus` list (forms/README.md), same order and codes.
REFUSAL_REASONS = (
    QT_TRANSLATE_NOOP("RefusalDialog", "Pas le temps"),
    QT_TRANSLATE_NOOP("RefusalDialog", "Pas intéressé·e"),
    QT_TRANSLATE_NOOP("RefusalDialog", "Méfiance, ne voit pas l'utilité"),
    QT_TRANSLATE_NOOP("RefusalDialog", "Opposé·e au projet de rénovation"),
    QT_TRANSLATE_NOOP("RefusalDialog", "Autre"),
)


class _DigitList(QListWidget):
    """A list whose lines are numbered from 0: the digit keys pick the matching line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and int(text) < self.count():
            self.setCurrentRow(int(text))
            event.accept()
            return
        super().keyPressEvent(event)


class RefusalDialog(QDialog):
    def __init__(self, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refus — {place}").format(place=place))
        intro = QLabel(self.tr("Motif du refus : tapez son chiffre, puis Entrée."))
        self.reasons = _DigitList()
        no_reason = self.tr("Motif non précisé")
        self.reasons.addItem(f"0   {no_reason}")
        for number, reason in enumerate(REFUSAL_REASONS, start=1):
            self.reasons.addItem(f"{number}   {QCoreApplication.translate('RefusalDialog', reason)}")
        self.reasons.setCurrentRow(0)
        self.reasons.setMinimumHeight(self.reasons.sizeHintForRow(0) * (len(REFUSAL_REASONS) + 2))
        self.detail_edit = QLineEdit()
        self.detail_edit.setMaxLength(MAX_NOTE)
        self.detail_edit.setPlaceholderText(self.tr("précision facultative"))
        form = QFormLayout()
        form.addRow(self.tr("Précision :"), self.detail_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reasons)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Enregistrer le refus")))
        self.setMinimumWidth(480)
        self.reasons.setFocus()

    def reason(self) -> str | None:
        row = self.reasons.currentRow() - 1  # line 0: no reason given
        # Stored in French whatever the interface language, like the questionnaire's `motif_refus` labels: it is data.
        chosen = REFUSAL_REASONS[row] if 0 <= row < len(REFUSAL_REASONS) else ""
        detail = self.detail_edit.text().strip()
        if chosen and detail:
            return f"{chosen} : {detail}"
        return chosen or detail or None


class NoteDialog(QDialog):
    """A one-line note for « Autre » (required) or « Enquête impossible » (optional)."""

    def __init__(self, title: str, prompt: str, *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(MAX_NOTE)
        self.error = _error_label()
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Enregistrer le passage")))
        self.setMinimumWidth(480)
        self.note_edit.setFocus()

    def note(self) -> str:
        return " ".join(self.note_edit.text().split())

    def accept(self) -> None:
        if self.required and not self.note():
            self.error.setText(self.tr("Précisez ce qui s'est passé : la note est obligatoire ici."))
            self.error.show()
            self.note_edit.setFocus()
            return
        super().accept()


