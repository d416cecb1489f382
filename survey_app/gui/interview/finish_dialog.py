"""« Terminer l'entretien » : what is still missing or invalid, with a list that jumps to each question.

Missing required answers, refused values and constraint errors block the end of the interview
(red); unconfirmed plausibility warnings do not (orange) but are listed so the surveyor checks them.
Enter or a double click on a line closes the summary and puts the cursor on that question.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
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


def summary_sentence(items: list[SummaryItem]) -> str:
    missing = sum(1 for i in items if i.kind == "required")
    invalid = sum(1 for i in items if i.kind in ("constraint", "refused"))
    warnings = sum(1 for i in items if i.kind == "warning")
    parts = []
    if missing:
        parts.append(f"{missing} réponse{'s' if missing > 1 else ''} obligatoire{'s' if missing > 1 else ''} manquante{'s' if missing > 1 else ''}")
    if invalid:
        parts.append(f"{invalid} réponse{'s' if invalid > 1 else ''} à corriger")
    if warnings:
        parts.append(f"{warnings} avertissement{'s' if warnings > 1 else ''} à confirmer")
    if not parts:
        return "Toutes les questions posées ont une réponse valable : l'entretien peut être terminé."
    text = ", ".join(parts[:-1]) + (" et " if len(parts) > 1 else "") + parts[-1] + "."
    if missing or invalid:
        return text + " Complétez ou corrigez les lignes en rouge avant de terminer."
    return text + " Vérifiez-les avec le ménage, confirmez-les, ou terminez quand même."


class FinishDialog(QDialog):
    jump_requested = Signal(str, tuple)
    finish_requested = Signal()

    def __init__(self, items: list[SummaryItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Terminer l'entretien")
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
            row.setToolTip("Entrée ou double clic : aller à cette question")
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        if items:
            help_text = QLabel("Entrée ou double clic sur une ligne : aller à la question.", self)
            apply_role(help_text, "hint")
            layout.addWidget(help_text)
        if not items:
            done = QLabel("✔ Rien ne manque.", self)
            apply_role(done, "done")
            layout.addWidget(done)
            layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.go_button = QPushButton("Aller à la question", self)
        self.go_button.setEnabled(bool(items))
        self.go_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.finish_button = QPushButton("Terminer l'entretien", self)
        self.finish_button.setEnabled(not any(i.blocking for i in items))
        self.finish_button.clicked.connect(self._finish)
        self.back_button = QPushButton("Continuer la saisie", self)
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
