"""« Terminer l'entretien » : what is still missing or invalid, with a list that jumps to each question.

Missing required answers, refused values and constraint errors block the end of the interview
(red); unconfirmed plausibility warnings do not (orange) but are listed so the surveyor checks them.
Enter or a double click on a line closes the summary and puts the cursor on that question.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui.interview.styles import BASE_POINT_SIZE, ERROR, WARNING, apply_role, set_font_size

Index = tuple[int, ...]
BLOCKING = ("required", "constraint", "refused")


@dataclass(frozen=True)
class SummaryItem:
    name: str
    index: Index
    kind: str  # required, constraint, refused, warning
    message: str
    page: str
    label: str

    @property
    def blocking(self) -> bool:
        return self.kind in BLOCKING

    def text(self) -> str:
        where = f"{self.page} — {self.label}"
        return f"{where}\n    {self.message}"


def _counted(n: int, one: str, many: str) -> str:
    """`one` or `many` (both translated, with a {n} placeholder): several words agree with the number."""
    return (one if n == 1 else many).format(n=n)


def summary_sentence(items: list[SummaryItem]) -> str:
    missing = sum(1 for i in items if i.kind == "required")
    invalid = sum(1 for i in items if i.kind in ("constraint", "refused"))
    warnings = sum(1 for i in items if i.kind == "warning")
    parts = []
    if missing:
        parts.append(_counted(missing, QCoreApplication.translate("FinishDialog", "{n} réponse obligatoire manquante"),
                              QCoreApplication.translate("FinishDialog", "{n} réponses obligatoires manquantes")))
    if invalid:
        parts.append(_counted(invalid, QCoreApplication.translate("FinishDialog", "{n} réponse à corriger"),
                              QCoreApplication.translate("FinishDialog", "{n} réponses à corriger")))
    if warnings:
        parts.append(_counted(warnings, QCoreApplication.translate("FinishDialog", "{n} avertissement à confirmer"),
                              QCoreApplication.translate("FinishDialog", "{n} avertissements à confirmer")))
    if not parts:
        return QCoreApplication.translate(
            "FinishDialog", "Toutes les questions posées ont une réponse valable : l'entretien peut être terminé.")
    listed = parts[0] if len(parts) == 1 else QCoreApplication.translate("FinishDialog", "{first} et {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1])
    if missing or invalid:
        return QCoreApplication.translate(
            "FinishDialog", "{problems}. Complétez ou corrigez les lignes en rouge avant de terminer.").format(problems=listed)
    return QCoreApplication.translate(
        "FinishDialog", "{problems}. Vérifiez-les avec le ménage, confirmez-les, ou terminez quand même.").format(problems=listed)


class FinishDialog(QDialog):
    jump_requested = Signal(str, tuple)
    finish_requested = Signal()

    def __init__(self, items: list[SummaryItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terminer l'entretien"))
        set_font_size(self, BASE_POINT_SIZE)  # a dialog is a window: it does not inherit the panel's font
        self.items = items
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary_sentence(items), self)
        self.summary.setWordWrap(True)
        apply_role(self.summary, "heading")
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVisible(bool(items))
        colours = {"warning": QColor(WARNING)}
        for item in items:
            row = QListWidgetItem(item.text(), self.list)
            row.setData(Qt.ItemDataRole.UserRole, (item.name, item.index))
            row.setForeground(QBrush(colours.get(item.kind, QColor(ERROR))))
            row.setToolTip(self.tr("Entrée ou double clic : aller à cette question"))
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        if items:
            help_text = QLabel(self.tr("Entrée ou double clic sur une ligne : aller à la question."), self)
            apply_role(help_text, "hint")
            layout.addWidget(help_text)
        if not items:
            done = QLabel(self.tr("✔ Rien ne manque."), self)
            apply_role(done, "done")
            layout.addWidget(done)
            layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.go_button = QPushButton(self.tr("Aller à la question"), self)
        self.go_button.setEnabled(bool(items))
        self.go_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.finish_button = QPushButton(self.tr("Terminer l'entretien"), self)
        self.finish_button.setEnabled(not any(i.blocking for i in items))
        self.finish_button.clicked.connect(self._finish)
        self.back_button = QPushButton(self.tr("Continuer la saisie"), self)
        self.back_button.clicked.connect(self.reject)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.finish_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        if items:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.finish_button.setDefault(True)
            self.finish_button.setFocus()

    def _activated(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        name, index = row.data(Qt.ItemDataRole.UserRole)
        self.done(QDialog.DialogCode.Rejected)
        self.jump_requested.emit(name, tuple(index))

    def _finish(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.finish_requested.emit()
