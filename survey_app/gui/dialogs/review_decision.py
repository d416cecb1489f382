"""The decision half of the review screen: the buttons, the reason, the history, and when each button may act.

`DecisionPanel` holds « Version choisie », « Motif de la décision », the decision buttons (for a
conflict « Garder cette version » and « Choisir réponse par réponse »; for a duplicate « Garder cet
entretien, rejeter les autres » and « Garder tous les entretiens »), the verdict buttons (« Valider
l'entretien », « Rejeter l'entretien… ») and the « Historique des décisions » with « Annuler la
décision ». `update_buttons` enables each button only when it can act and puts the reason in its
tooltip otherwise. `ReasonDialog` asks the (required) reason of a rejection. No store access here:
the review dialog connects the buttons to its actions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui.dialogs.review_table import version_name

# Shared with the review window: shown through translated(), in the context « ReviewDecision ».
NO_ITEM = QT_TRANSLATE_NOOP("ReviewDecision", "Choisissez un point à revoir dans la liste.")
NEED_REASON = QT_TRANSLATE_NOOP("ReviewDecision", "Indiquez d'abord le motif de la décision (il est gardé au journal).")
SETTLED = QT_TRANSLATE_NOOP("ReviewDecision", "Ce point est réglé : annulez d'abord la décision pour en prendre une autre.")


def translated(text: str) -> str:
    """One of the texts above in the interface language."""
    return QCoreApplication.translate("ReviewDecision", text)


def when(value: Any) -> str:
    local = value.astimezone()
    return QCoreApplication.translate("ReviewDecision", "{day} à {hour}").format(
        day=f"{local:%d/%m/%Y}", hour=f"{local:%H}h{local:%M}")


class ReasonDialog(QDialog):
    """The reason of a rejection (required: the button waits for it)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rejeter l'entretien"))
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(self.tr("Par exemple : entretien fait avec un voisin, pas avec le ménage"))
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Rejeter l'entretien"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.edit.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(text.strip()))
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Motif du rejet :"), self.edit)
        layout.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def reason(self) -> str:
        return self.edit.text().strip()


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    return button


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return holder


class DecisionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version_box = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Obligatoire, par exemple : vérifié par téléphone avec le ménage"))
        self.keep_button = _button(self.tr("Garder cette &version"))
        self.pick_button = _button(self.tr("Choisir réponse par &réponse"))
        self.keep_one_button = _button(self.tr("Garder cet entretien, rejeter les &autres"))
        self.keep_all_button = _button(self.tr("Garder &tous les entretiens"))
        self.validate_button = _button(self.tr("Valider l'e&ntretien"))
        self.reject_button = _button(self.tr("Rejeter l'entretien…"))
        decision = QGroupBox(self.tr("Décision"))
        form = QFormLayout(decision)
        form.addRow(self.tr("Version &choisie :"), self.version_box)
        form.addRow(self.tr("&Motif de la décision :"), self.reason)
        form.addRow(_row(self.keep_button, self.pick_button, self.keep_one_button, self.keep_all_button))
        form.addRow(_row(self.validate_button, self.reject_button))
        self.history = QListWidget()
        self.history.setMaximumHeight(120)
        self.history.setWordWrap(True)
        self.undo_button = _button(self.tr("Annuler la &décision"))
        history = QGroupBox(self.tr("Historique des décisions"))
        box = QVBoxLayout(history)
        box.addWidget(self.history, 1)
        box.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(decision, 3)
        layout.addWidget(history, 2)

    def show_item(self, entry: Any, versions: tuple[Any, ...], decisions: list[Any]) -> None:
        """The versions to choose from and the decisions about the item, newest first."""
        conflict = entry is None or entry.kind == "conflit"
        for button in (self.keep_button, self.pick_button):
            button.setVisible(conflict)
        for button in (self.keep_one_button, self.keep_all_button):
            button.setVisible(not conflict)
        self.version_box.blockSignals(True)
        self.version_box.clear()
        kind = "actuel" if entry is not None and entry.kind == "conflit" and entry.state != "ouvert" else getattr(
            entry, "kind", "conflit")
        for i, v in enumerate(versions):
            self.version_box.addItem(f"{version_name(i, kind)} — {v.edited_by}, {v.status_label}", i)
        self.version_box.blockSignals(False)
        self.history.clear()
        for decision in reversed(decisions):
            text = self.tr("{when} — {who} — {what}. Motif : {why}").format(
                when=when(decision.decided_at), who=decision.consultant, what=decision.label, why=decision.reason or "—")
            if decision.undone_at is not None:
                text += self.tr(" (annulée le {when})").format(when=when(decision.undone_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, decision)
            item.setToolTip(text)
            if decision.undone_at is not None:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.history.addItem(item)
        self.history.setCurrentRow(next((r for r, d in enumerate(reversed(decisions)) if d.undone_at is None), -1))
        if not decisions and entry is not None:
            empty = QListWidgetItem(self.tr("Aucune décision pour l'instant."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history.addItem(empty)

    def decision(self) -> Any:
        item = self.history.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @staticmethod
    def _allow(button: QPushButton, why: str | None, tip: str) -> None:
        button.setEnabled(why is None)
        button.setToolTip(why or tip)

    def update_buttons(self, entry: Any, versions: tuple[Any, ...], has_picks: bool, target: Any) -> None:
        """Enable what can act on `entry` now; every disabled button says why in its tooltip."""
        settle = translated(NO_ITEM) if entry is None else translated(SETTLED) if entry.state != "ouvert" else None
        settle = settle or (None if self.reason.text().strip() else translated(NEED_REASON))
        self._allow(self.keep_button, settle, self.tr("Garder la version choisie en entier"))
        picks = None if has_picks else self.tr(
            "Choisissez, dans la colonne « Réponse gardée », au moins une réponse d'une autre version.")
        self._allow(self.pick_button, settle or picks,
                    self.tr("Garder la version choisie, avec les réponses prises dans les autres versions"))
        alone = None if len(versions) > 1 else self.tr("Un seul entretien reste en vie.")
        self._allow(self.keep_one_button, settle or alone, self.tr("Garder l'entretien choisi et rejeter les autres"))
        self._allow(self.keep_all_button, settle, self.tr("Deux ménages différents, par exemple : tout garder"))
        verdict = translated(NO_ITEM) if target is None else None
        if entry is not None and entry.kind == "conflit" and entry.state == "ouvert":
            verdict = self.tr("Réglez d'abord le conflit.")
        elif target is not None and target.deleted:
            verdict = self.tr("Cet entretien a été supprimé.")
        status = target.status if target is not None else ""
        self._allow(self.validate_button, verdict or (self.tr("L'entretien est déjà validé.") if status == "valide" else None),
                    self.tr("Marquer l'entretien comme validé (le motif sert de commentaire)"))  # fmt: skip
        self._allow(self.reject_button, verdict or (self.tr("L'entretien est déjà rejeté.") if status == "rejete" else None),
                    self.tr("Marquer l'entretien comme rejeté, avec un motif"))  # fmt: skip
        decision = self.decision()
        undo = None if decision is not None and decision.undone_at is None else self.tr(
            "Choisissez dans l'historique une décision qui n'est pas déjà annulée.")
        self._allow(self.undo_button, undo, self.tr("Remettre les entretiens exactement comme avant cette décision"))
