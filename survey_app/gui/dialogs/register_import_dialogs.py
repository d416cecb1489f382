"""The two dialogs of the landlord-register import: what was read (before anything is written), and which
column holds which field when the names were not recognised.

`ImportPreviewDialog` shows the recognised columns, the number of good and bad rows and every problem
with its row number, and lets the consultant choose the campaign. Its result is `IMPORT`, `REMAP`
(open the column mapping) or `Rejected`. The import button only exists when there is something to
import. `ColumnMappingDialog` offers, for each field the app knows, a list of the file's columns; the
register reference is required. Neither dialog touches the store or the file: the consultant menu does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from survey_app.core.store import RegisterReadResult
from survey_app.core.store.register_fields import FIELD_LABELS, FIELDS, normalize_header

IMPORT = 2
REMAP = 3
MAX_LISTED_ISSUES = 200
REQUIRED_FIELD = "id_logement_bailleur"


class ImportPreviewDialog(QDialog):
    def __init__(self, result: RegisterReadResult, campaigns: Sequence[str], default_campaign: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer la liste des logements — {file}").format(file=result.path.name))
        self.result = result
        layout = QVBoxLayout(self)
        good, bad = len(result.rows), len(result.bad_rows)
        if result.file_errors:
            summary = self.tr("Le fichier « {file} » ne peut pas être importé tel quel.").format(file=result.path.name)
        elif bad:
            summary = self.tr("{good} logement(s) lisible(s), {bad} ligne(s) en erreur (ignorées si vous importez).").format(
                good=good, bad=bad
            )
        else:
            summary = self.tr("{good} logement(s) prêts à être importés.").format(good=good)
        title = QLabel(summary)
        title.setObjectName("status")
        title.setWordWrap(True)
        layout.addWidget(title)
        if result.columns:
            used = ", ".join(f"{FIELD_LABELS.get(f, f)} ← « {c} »" for f, c in result.columns.items())
            columns = QLabel(self.tr("Colonnes reconnues : {used}.").format(used=used))
            columns.setWordWrap(True)
            layout.addWidget(columns)
        if result.issues:
            issues = QPlainTextEdit()
            issues.setReadOnly(True)
            lines = [i.format() for i in result.issues[:MAX_LISTED_ISSUES]]
            if len(result.issues) > MAX_LISTED_ISSUES:
                lines.append(self.tr("… et {n} autre(s) remarque(s).").format(n=len(result.issues) - MAX_LISTED_ISSUES))
            issues.setPlainText("\n".join(lines))
            layout.addWidget(QLabel(self.tr("Remarques (avec leur n° de ligne) :")))
            layout.addWidget(issues, 1)
        self.campaign_box = QComboBox()
        self.campaign_box.setEditable(True)
        self.campaign_box.addItems(list(campaigns) or [default_campaign])
        self.campaign_box.setCurrentText(default_campaign)
        buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        if good and not result.file_errors:
            form = QFormLayout()
            form.addRow(self.tr("Campagne :"), self.campaign_box)
            layout.addLayout(form)
            text = self.tr("Importer les {n} logement(s) correct(s)") if bad else self.tr("Importer {n} logement(s)")
            self.import_button = buttons.addButton(text.format(n=good), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.clicked.connect(lambda: self.done(IMPORT))
            self.import_button.setDefault(not bad)  # skipping bad rows must be a deliberate click
        remap = buttons.addButton(self.tr("Indiquer les colonnes…"), QDialogButtonBox.ButtonRole.ActionRole)
        remap.clicked.connect(lambda: self.done(REMAP))
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480 if result.issues else self.sizeHint().height())

    def campaign(self) -> str:
        return " ".join(self.campaign_box.currentText().split())


class ColumnMappingDialog(QDialog):
    def __init__(self, file_name: str, headers: Sequence[str], mapping: Mapping[str, str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Colonnes du fichier — {file}").format(file=file_name))
        intro = QLabel(
            self.tr(
                "Pour chaque information, choisissez la colonne du fichier qui la contient. Seule la référence "
                "du logement est obligatoire ; laissez « (aucune) » pour une information absente."
            )
        )
        intro.setWordWrap(True)
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        none = self.tr("(aucune)")
        for field, label in FIELD_LABELS.items():
            box = QComboBox()
            box.addItem(none, None)
            for header in headers:
                box.addItem(header, header)
            wanted = mapping.get(field)
            if wanted is not None and wanted in headers:
                box.setCurrentIndex(list(headers).index(wanted) + 1)
            text = f"{label} *" if field == REQUIRED_FIELD else label
            form.addRow(self.tr("{field} :").format(field=text[:1].upper() + text[1:]), box)
            self.boxes[field] = box
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Relire le fichier"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def mapping(self) -> dict[str, str]:
        return {f: box.currentData() for f, box in self.boxes.items() if box.currentData() is not None}

    def accept(self) -> None:
        chosen = self.mapping()
        if REQUIRED_FIELD not in chosen:
            self.error.setText(self.tr("Choisissez la colonne de la référence du logement."))
            self.error.show()
            self.boxes[REQUIRED_FIELD].setFocus()
            return
        columns = list(chosen.values())
        duplicates = sorted({c for c in columns if columns.count(c) > 1})
        if duplicates:
            self.error.setText(
                self.tr("La colonne « {column} » est choisie pour deux informations.").format(column=duplicates[0])
            )
            self.error.show()
            return
        super().accept()


def header_candidates(table: Sequence[Sequence[object]], search_rows: int = 20) -> list[str]:
    """The most filled of the first rows: the likely header row, as text (empty cells left out)."""
    best: list[str] = []
    for row in table[:search_rows]:
        texts = [str(c).strip() for c in row if c is not None and str(c).strip()]
        if len(texts) > len(best):
            best = texts
    return list(dict.fromkeys(best))


def guess_columns(headers: Sequence[str]) -> dict[str, str]:
    """For each field, the first header whose name the register reader recognises (used to pre-fill)."""
    guessed: dict[str, str] = {}
    taken: set[str] = set()
    normalised = [(h, normalize_header(h)) for h in headers]
    for field, variants in FIELDS.items():
        for variant in variants:
            found = next((h for h, n in normalised if n == variant and h not in taken), None)
            if found is not None:
                guessed[field] = found
                taken.add(found)
                break
    return guessed
