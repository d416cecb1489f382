"""The two windows of « Fusionner des paquets… »: the packages about to be merged, then the merge report.

`MergePreviewDialog` lists the chosen files as their manifests describe them (laptop, surveyors,
creation date, interviews, and whether this master already took the package in) or says why a file
cannot be read; the merge button names how many packages will go in. `MergeReportDialog` shows
`MergeReport.format()` (per file: new, updated, identical, in conflict; visits; dwellings surveyed
twice; refusals and why) with « Enregistrer le rapport… » (JSON) and, when something needs a
decision, « Revoir les conflits et doublons… ». Neither touches the store or a file.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

REFUSED_COLOUR = QColor("#fee2e2")
REVIEW = 2  # MergeReportDialog result: open the review screen


@dataclass(frozen=True)
class PackageEntry:
    path: Path
    manifest: Any | None  # core.merge.Manifest, None when unreadable
    problem: str | None = None
    merged_before: datetime | None = None


def _when(value: Any) -> str:
    try:
        local = (value if isinstance(value, datetime) else datetime.fromisoformat(str(value))).astimezone()
    except (TypeError, ValueError):
        return str(value or "?")
    return f"{local:%d/%m/%Y} {local:%H}h{local:%M}"


class MergePreviewDialog(QDialog):
    HEADERS = (
        QT_TRANSLATE_NOOP("MergePreviewDialog", "Fichier"), QT_TRANSLATE_NOOP("MergePreviewDialog", "Poste"),
        QT_TRANSLATE_NOOP("MergePreviewDialog", "Enquêteur(s)"), QT_TRANSLATE_NOOP("MergePreviewDialog", "Créé le"),
        QT_TRANSLATE_NOOP("MergePreviewDialog", "Entretiens"), QT_TRANSLATE_NOOP("MergePreviewDialog", "Remarque"),
    )  # fmt: skip

    def __init__(self, entries: list[PackageEntry], master: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fusionner des paquets"))
        self.entries = entries
        readable = [e for e in entries if e.manifest is not None]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Base maître : « {master} ». Chaque paquet est fusionné d'un bloc : un paquet refusé "
                               "ne change rien à la base.").format(master=master))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(entries), len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("MergePreviewDialog", h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per file; the tooltip tells the whole remark
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if entry.manifest is None:
                    item.setBackground(QBrush(REFUSED_COLOUR))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(self.HEADERS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        first_problem = next((i for i, e in enumerate(entries) if e.manifest is None), 0)
        if entries:
            self.table.setCurrentCell(first_problem, 0)
        self._show_detail(first_problem)
        buttons = QDialogButtonBox()
        text = self.tr("&Fusionner {n} paquet(s)").format(n=len(readable))
        self.merge_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(bool(readable))
        self.merge_button.setToolTip(self.tr("Fusionner dans la base maître") if readable else
                                     self.tr("Aucun des fichiers choisis n'est un paquet lisible."))  # fmt: skip
        self.merge_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, min(620, 230 + 32 * len(entries)))
        self.merge_button.setFocus()

    def _cells(self, entry: PackageEntry) -> list[str]:
        m = entry.manifest
        if m is None:
            return [entry.path.name, "", "", "", "", self.tr("Illisible : sera refusé (voir le détail)")]
        surveyors = ", ".join(m.surveyors) or (m.surveyor or "")
        interviews = str(m.counts.get("entretiens", sum(f.interviews for f in m.forms)))
        if m.kind != "enquetes":
            note = self.tr("Paquet de retour pour les portables : sera refusé.")
        elif entry.merged_before is not None:
            note = self.tr("Déjà fusionné le {when}").format(when=_when(entry.merged_before))
        else:
            note = self.tr("Nouveau paquet")
        return [entry.path.name, m.device_name or m.device_id, surveyors, _when(m.created_at), interviews, note]

    def _show_detail(self, row: int) -> None:
        """The whole story of the selected file: why it will be refused, or what its manifest says."""
        if not 0 <= row < len(self.entries):
            self.detail.clear()
            return
        entry, m = self.entries[row], self.entries[row].manifest
        if m is None:
            text = self.tr("« {name} » : {why}").format(name=entry.path.name, why=entry.problem)
        else:
            forms = ", ".join(f"{f.form_id} v{f.version} ({f.interviews})" for f in m.forms) or "—"
            text = self.tr("« {name} » : {counts} ; questionnaire(s) : {forms} ; application {app}.").format(
                name=entry.path.name, forms=forms, app=m.app_version,
                counts=", ".join(f"{k} : {v}" for k, v in m.counts.items()))  # fmt: skip
            if entry.merged_before is not None:
                text += " " + self.tr("Déjà fusionné dans cette base : le refusionner ne prend que ce qui est nouveau.")
        self.detail.setText(text)

    def files(self) -> list[Path]:
        """Every chosen file, readable or not: the merge reports the refused ones with their reason."""
        return [e.path for e in self.entries]


def report_html(text: str) -> str:
    """The report's lines as HTML: a paragraph per file, merged files in green, refused ones in red."""
    parts = []
    for line in text.splitlines():
        body = html.escape(line)
        if line.startswith("✔"):
            parts.append(f'<p style="margin-top:10px; margin-bottom:0"><b style="color:#166534">{body}</b></p>')
        elif line.startswith("✘"):
            parts.append(f'<p style="margin-top:10px; margin-bottom:0"><b style="color:#b91c1c">{body}</b></p>')
        elif line.startswith("   "):
            parts.append(f'<p style="margin:0 0 0 24px">{html.escape(line.strip())}</p>')
        else:
            parts.append(f'<p style="margin-top:10px; margin-bottom:0">{body}</p>')
    return "".join(parts)


class MergeReportDialog(QDialog):
    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport de fusion"))
        self.report = report
        totals = report.totals()
        layout = QVBoxLayout(self)
        head = QLabel(self._headline(totals))
        head.setStyleSheet("font-size: 13pt; font-weight: bold;")
        head.setWordWrap(True)
        layout.addWidget(head)
        self.text = QTextBrowser()
        self.text.setHtml(report_html(report.format()))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Enregistrer le rapport…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Le même rapport en JSON, pour l'archiver avec les paquets"))
        self.review_button = None
        if totals["interviews_conflict"] or totals["dwellings_twice"]:
            self.review_button = buttons.addButton(self.tr("&Revoir les conflits et doublons…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
            self.review_button.clicked.connect(lambda: self.done(REVIEW))
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        close.setDefault(True)
        layout.addWidget(buttons)
        self.resize(900, 560)
        close.setFocus()

    def _headline(self, t: dict[str, int]) -> str:
        text = self.tr("{merged} paquet(s) fusionné(s), {refused} refusé(s) : {new} entretien(s) nouveau(x), "
                       "{updated} mis à jour, {conflicts} en conflit, {twice} logement(s) enquêté(s) deux fois.")
        text = text.format(merged=t["files_merged"], refused=t["files_refused"], new=t["interviews_new"],
                           updated=t["interviews_updated"], conflicts=t["interviews_conflict"],
                           twice=t["dwellings_twice"])  # fmt: skip
        if self.report.cancelled:
            text += " " + self.tr("Fusion annulée avant la fin.")
        return text
