"""« Conflits et doublons à revoir »: the consultant's review screen after a merge.

On the left, the review items (an interview edited on two laptops, « En conflit »; a dwelling with two
interviews, « Doublon »). On the right, the versions side by side with the differing answers
highlighted (`ComparisonTable`), then the decision: for a conflict « Garder cette version » or
« Choisir réponse par réponse » (a « Réponse gardée » list on each differing row); for a duplicate
« Garder cet entretien, rejeter les autres » or « Garder tous les entretiens »; each needs the
« Motif de la décision », which the journal keeps. The history lists the decisions about the item;
« Annuler la décision » restores the interviews exactly. « Valider l'entretien » and « Rejeter
l'entretien… » (with a reason) give the consultant's verdict. Everything is read and written on the
worker thread (`review_data`); after each decision the list and the campaign tree are reloaded.
Buttons that cannot act are disabled and their tooltip says why.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui.dialogs import review_data
from survey_app.gui.dialogs.review_decision import NO_ITEM, DecisionPanel, ReasonDialog, translated, when
from survey_app.gui.dialogs.review_table import ComparisonTable, version_name
from survey_app.gui.workspace import Workspace, error_message


class ReviewDialog(QDialog):
    decided = Signal(object)  # a decision was written (core.merge.Decision)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Conflits et doublons à revoir"))
        self.details: review_data.Details | None = None
        self._touched: set[str] = set()  # items settled in this session stay listed (to undo them)
        self._ticket = 0
        self._build()
        self.refresh()

    # -- construction -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("status")
        self.show_all = QCheckBox(self.tr("Afficher aussi les points déjà réglés"))
        self.show_all.toggled.connect(lambda _on: self.refresh())
        self.feedback = QLabel()
        self.feedback.setStyleSheet("color: #166534; font-weight: bold;")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.currentItemChanged.connect(lambda *_: self._selected())
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.title.setWordWrap(True)
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_differing = QCheckBox(self.tr("Seulement les réponses qui &diffèrent"))
        self.only_differing.setChecked(True)
        self.table = ComparisonTable()
        self.only_differing.toggled.connect(self.table.set_only_differing)
        self.table.picks_changed.connect(self._update_buttons)
        self.difference_note = QLabel()
        self.difference_note.setObjectName("hint")
        self.table.rebuilt.connect(self._count_differences)

        self.panel = DecisionPanel()
        p = self.panel
        self.version_box, self.reason, self.history = p.version_box, p.reason, p.history
        self.keep_button, self.pick_button, self.undo_button = p.keep_button, p.pick_button, p.undo_button
        self.keep_one_button, self.keep_all_button = p.keep_one_button, p.keep_all_button
        self.validate_button, self.reject_button = p.validate_button, p.reject_button
        for button, slot in ((p.keep_button, self.keep_version), (p.pick_button, self.pick_answers),
                             (p.keep_one_button, self.keep_one), (p.keep_all_button, self.keep_all),
                             (p.validate_button, self.validate), (p.reject_button, self.reject_interview),
                             (p.undo_button, self.undo)):  # fmt: skip
            button.clicked.connect(slot)
        p.version_box.currentIndexChanged.connect(self._version_changed)
        p.reason.textChanged.connect(self._update_buttons)
        p.history.currentItemChanged.connect(lambda *_: self._update_buttons())

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.versions)
        checks = QHBoxLayout()
        checks.addWidget(self.only_differing)
        checks.addWidget(self.difference_note, 1)
        column.addLayout(checks)
        column.addWidget(self.table, 1)
        column.addWidget(self.panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.items)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([340, 980])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_all)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.feedback)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1320, 720)
        self._show_details(None)
        self.items.setFocus()

    # -- loading --------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.entry().id if self.entry() is not None else None)
        self.workspace.runner.submit(review_data.load_items, self.workspace.store, frozenset(self._touched),
                                     self.show_all.isChecked(), on_done=lambda items: self._listed(items, current),
                                     on_error=self._failed)  # fmt: skip

    def _listed(self, items: review_data.Items, current: str | None) -> None:
        counts = items.counts
        total = counts.get("conflit", 0) + counts.get("doublon", 0)
        self.summary.setText(
            self.tr("{n} point(s) à revoir : {c} conflit(s), {d} doublon(s).").format(
                n=total, c=counts.get("conflit", 0), d=counts.get("doublon", 0)) if total
            else self.tr("Rien à revoir : aucun conflit ni doublon ouvert."))  # fmt: skip
        self.items.blockSignals(True)
        self.items.clear()
        chosen = 0
        for row, entry in enumerate(items.entries):
            extra = self.tr(" · {n} entretiens").format(n=len(entry.interviews)) if entry.kind == "doublon" else ""
            item = QListWidgetItem(f"{entry.kind_label} — {entry.state_label}{extra}\n{entry.place}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(self.tr("Détecté le {when}").format(when=when(entry.detected_at)))
            if entry.state != "ouvert":
                item.setForeground(Qt.GlobalColor.darkGray)
            self.items.addItem(item)
            if entry.id == current:
                chosen = row
        self.items.blockSignals(False)
        if self.items.count():
            self.items.setCurrentRow(chosen)
        self._selected()

    def entry(self) -> Any:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected(self) -> None:
        entry = self.entry()
        self._ticket += 1
        if entry is None:
            self._show_details(None)
            return
        ticket = self._ticket
        self.title.setText(self.tr("Chargement…"))
        self.details = None  # nothing acts on the previous item while this one loads
        self._update_buttons()

        def shown(details: review_data.Details) -> None:
            if ticket == self._ticket:
                self._show_details(details)

        self.workspace.runner.submit(review_data.load_details, self.workspace.store, entry, on_done=shown,
                                     on_error=self._failed)  # fmt: skip

    def _show_details(self, details: review_data.Details | None) -> None:
        self.details = details
        entry = details.entry if details else None
        versions = details.comparison.versions if details and details.comparison else ()
        if details is None:
            self.title.setText(translated(NO_ITEM) if self.items.count() == 0 else "")
            self.versions.clear()
            self.table.clear_comparison()
        else:
            self.title.setText(f"<b>{entry.kind_label}</b> — {html.escape(entry.place)}")
            kind = details.comparison.kind if details.comparison else entry.kind
            if kind == "actuel":
                now = versions[0]
                lines = [self.tr("Conflit réglé. <b>Entretien actuel</b> : révision {n} du {when} ({status}).").format(
                    n=now.revision, when=when(now.modified_at), status=now.status_label)]
            else:
                lines = [f"<b>{version_name(i, kind)}</b> : {html.escape(v.title)}" for i, v in enumerate(versions)]
            self.versions.setText("<br>".join(lines))
            self.table.show_comparison(details.comparison, details.labels,
                                       picking=entry.kind == "conflit" and entry.state == "ouvert")  # fmt: skip
        several = len(versions) > 1
        self.only_differing.setEnabled(several)
        self.only_differing.setToolTip("" if several else self.tr("Une seule version : toutes ses réponses sont montrées."))
        self.panel.show_item(entry, versions, details.decisions if details else [])
        self._update_buttons()

    def _count_differences(self) -> None:
        comparison = self.table.comparison
        if comparison is None or len(comparison.versions) < 2:
            self.difference_note.clear()
            return
        differing = len(comparison.differing)
        self.difference_note.setText(
            self.tr("{d} réponse(s) diffèrent sur {n}.").format(d=differing, n=len(comparison.rows)) if differing
            else self.tr("Aucune réponse ne diffère : les {n} réponses sont identiques.").format(n=len(comparison.rows)))

    def _version_changed(self, index: int) -> None:
        if index >= 0:
            self.table.set_base(index)
        self._update_buttons()

    # -- what can be done ---------------------------------------------------------------------------------

    def _versions(self) -> tuple[Any, ...]:
        return self.details.comparison.versions if self.details and self.details.comparison else ()

    def _target(self) -> Any:
        """The interview a verdict applies to: the conflict's, or the duplicate's chosen one."""
        versions, index = self._versions(), self.version_box.currentIndex()
        if self.details is None or not versions:
            return None
        return versions[index] if self.details.entry.kind == "doublon" and index >= 0 else versions[-1]

    def _update_buttons(self, *_args: Any) -> None:
        entry = self.details.entry if self.details else None
        self.panel.update_buttons(entry, self._versions(), bool(self.table.picks()), self._target())

    # -- decisions -------------------------------------------------------------------------------------

    def keep_version(self) -> None:
        version = self._versions()[self.version_box.currentIndex()]
        self._decide("keep", self.details.entry.subject_id, keep=version.key)

    def pick_answers(self) -> None:
        versions = self._versions()
        choices = {path: versions[position].key for path, position in self.table.picks().items()}
        self._decide("pick", self.details.entry.subject_id, keep=versions[self.version_box.currentIndex()].key,
                     choices=choices)  # fmt: skip

    def keep_one(self) -> None:
        version = self._versions()[self.version_box.currentIndex()]
        self._decide("keep_one", self.details.entry.subject_id, keep=version.interview_id)

    def keep_all(self) -> None:
        self._decide("keep_all", self.details.entry.subject_id)

    def validate(self) -> None:
        self._decide("valide", self._target().interview_id)

    def reject_interview(self) -> None:
        dialog = ReasonDialog(self.reason.text(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._decide("rejete", self._target().interview_id, reason=dialog.reason())

    def undo(self) -> None:
        decision = self.panel.decision()
        answer = QMessageBox.question(
            self, self.tr("Annuler la décision"),
            self.tr("Annuler « {what} » du {when} ? Les entretiens reviennent exactement comme avant cette "
                    "décision, et le point redevient à revoir.").format(what=decision.label,
                                                                          when=when(decision.decided_at)),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._decide("undo", decision.id)

    def _decide(self, action: str, subject: str, **kwargs: Any) -> None:
        entry = self.details.entry
        kwargs.setdefault("reason", self.reason.text().strip())
        self.panel.setEnabled(False)  # one decision at a time

        def done(decision: Any) -> None:
            self.panel.setEnabled(True)
            self._touched.add(entry.id)
            self.reason.clear()
            self.feedback.show()
            undone = action == "undo"
            self.feedback.setText((self.tr("Décision annulée : {what}.") if undone else
                                   self.tr("Décision enregistrée : {what}.")).format(what=decision.label))  # fmt: skip
            self.decided.emit(decision)
            self.refresh(select=entry.id)

        def failed(error: BaseException) -> None:
            self.panel.setEnabled(True)
            self._failed(error)

        self.workspace.runner.submit(review_data.decide, self.workspace.store, self.workspace.surveyor, action,
                                     subject, **kwargs, on_done=done, on_error=failed)  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Conflits et doublons à revoir"), error_message(error))
