"""« Exporter vers Excel… »: the options of the consultants' workbook, then the export with a progress bar.

`ExportDialog` asks how select answers are written (codes, labels or both), which interviews to take
(site, building, statuses, a period), whether to pseudonymise, and where to write the .xlsx (a dated
default name in the folder used last time). It only builds an `ExportOptions` and a path: nothing is
read or written while it is open. `export_to_excel(task)` reads the sites and buildings off the GUI
thread, opens the dialog, then runs `core.export.export_workbook` on the worker thread behind the
progress dialog (« Annuler » stops it; the core never leaves a half-written file) and ends on a
summary with « Ouvrir le dossier ». openpyxl is imported on the worker thread, never at start-up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.core.store.records import INTERVIEW_STATUSES
from survey_app.gui.dialogs.file_widgets import (
    PathField,
    confirm_replace,
    dated_name,
    output_problem,
    show_result,
)
from survey_app.gui.long_task import LongTask, real_store

# Short name for QCoreApplication.translate: lupdate extracts translate("Context", "…") calls as well.
translate = QCoreApplication.translate

FOLDER_KEY = "export_excel"
VALUE_CHOICES = (
    ("both", QT_TRANSLATE_NOOP("ExportDialog", "Codes et libellés côte à côte")),
    ("codes", QT_TRANSLATE_NOOP("ExportDialog", "Codes seulement (1, 2, 98…)")),
    ("labels", QT_TRANSLATE_NOOP("ExportDialog", "Libellés seulement (« Gaz », « Électricité »…)")),
)
Sites = list[tuple[str, list[str]]]  # (site name, building codes)


class ExportDialog(QDialog):
    def __init__(self, sites: Sites, settings: Any, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter vers Excel"))
        self.sites = sites
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Un classeur prêt à filtrer : entretiens, membres du foyer, appareils, passages, "
                               "indicateurs par bâtiment, dictionnaire des codes."))  # fmt: skip
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        values = QGroupBox(self.tr("Réponses des questions à choix"))
        values_layout = QVBoxLayout(values)
        self.value_group = QButtonGroup(self)
        self.value_buttons: dict[str, QRadioButton] = {}
        for key, text in VALUE_CHOICES:
            button = QRadioButton(translate("ExportDialog", text))
            self.value_group.addButton(button)
            self.value_buttons[key] = button
            values_layout.addWidget(button)
        self.value_buttons["both"].setChecked(True)
        layout.addWidget(values)

        filters = QGroupBox(self.tr("Entretiens à exporter"))
        form = QFormLayout(filters)
        self.site_box = QComboBox()
        self.site_box.addItem(self.tr("Tous les sites"), None)
        for name, _codes in sites:
            self.site_box.addItem(name, name)
        self.building_box = QComboBox()
        self.site_box.currentIndexChanged.connect(self._fill_buildings)
        self._fill_buildings()
        form.addRow(self.tr("&Site :"), self.site_box)
        form.addRow(self.tr("&Bâtiment :"), self.building_box)
        statuses = QWidget()
        row = QHBoxLayout(statuses)
        row.setContentsMargins(0, 0, 0, 0)
        self.status_boxes: dict[str, QCheckBox] = {}
        for code, label in INTERVIEW_STATUSES.items():
            box = QCheckBox(label)
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.status_boxes[code] = box
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("Statuts :"), statuses)
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        self.period_box = QCheckBox(self.tr("Seulement du"))
        self.date_from = self._date_edit(today - dt.timedelta(days=30))
        self.date_to = self._date_edit(today)
        row.addWidget(self.period_box)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("au")))
        row.addWidget(self.date_to)
        row.addStretch(1)
        self.period_box.toggled.connect(self._update)
        self.date_from.dateChanged.connect(self._update)
        self.date_to.dateChanged.connect(self._update)
        form.addRow(self.tr("Période :"), period)
        layout.addWidget(filters)

        self.pseudonymise_box = QCheckBox(
            self.tr("&Pseudonymiser : retirer les prénoms, les téléphones et les textes libres")
        )
        self.pseudonymise_box.setToolTip(self.tr("Pour transmettre le classeur hors de l'équipe d'enquête."))
        layout.addWidget(self.pseudonymise_box)

        file_form = QFormLayout()
        self.path_field = PathField(settings, FOLDER_KEY, file_filter=self.tr("Classeur Excel (*.xlsx)"),
                                    default_name=dated_name("export_enquete_habitat", ".xlsx"),
                                    title=self.tr("Enregistrer le classeur Excel"))  # fmt: skip
        self.path_field.changed.connect(self._update)
        file_form.addRow(self.tr("&Fichier :"), self.path_field)
        layout.addLayout(file_form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("E&xporter"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._update()
        self.resize(720, self.sizeHint().height())
        self.value_buttons["both"].setFocus()

    def _date_edit(self, value: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setEnabled(False)
        return edit

    def _fill_buildings(self) -> None:
        site = self.site_box.currentData()
        codes = sorted({c for name, codes in self.sites if site in (None, name) for c in codes})
        self.building_box.clear()
        self.building_box.addItem(self.tr("Tous les bâtiments"), None)
        for code in codes:
            self.building_box.addItem(code, code)
        self.building_box.setEnabled(bool(codes))

    # -- what was asked --------------------------------------------------------------------------------

    def path(self) -> Path | None:
        return self.path_field.path(".xlsx")

    def statuses(self) -> tuple[str, ...]:
        chosen = tuple(code for code, box in self.status_boxes.items() if box.isChecked())
        return () if len(chosen) == len(self.status_boxes) else chosen

    def values(self) -> str:
        return next(key for key, button in self.value_buttons.items() if button.isChecked())

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.period_box.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def options(self) -> Any:
        from survey_app.core.export.options import ExportOptions  # loaded by the worker before the dialog

        site, building = self.site_box.currentData(), self.building_box.currentData()
        date_from, date_to = self.period()
        return ExportOptions(
            values=self.values(), sites=(site,) if site else (), buildings=(building,) if building else (),
            statuses=self.statuses(), date_from=date_from, date_to=date_to,
            pseudonymise=self.pseudonymise_box.isChecked(),
        )  # fmt: skip

    def _problem(self) -> str | None:
        if not any(box.isChecked() for box in self.status_boxes.values()):
            return self.tr("Cochez au moins un statut d'entretien.")
        date_from, date_to = self.period()
        if date_from and date_to and date_from > date_to:
            return self.tr("La période est à l'envers : la première date est après la seconde.")
        return output_problem(self.path(), self.tr("Indiquez le classeur à écrire."))

    def _update(self) -> None:
        self.date_from.setEnabled(self.period_box.isChecked())
        self.date_to.setEnabled(self.period_box.isChecked())
        problem = self._problem()
        self.export_button.setEnabled(problem is None)
        self.export_button.setToolTip(problem or self.tr("Écrire le classeur"))
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))

    def accept(self) -> None:
        if self._problem() is not None:
            return
        path = self.path()
        if path.exists() and path != self.path_field.confirmed and not confirm_replace(self, path):
            return
        self.path_field.remember()
        super().accept()


def read_sites(store: Any) -> Sites:
    """Sites and their building codes, for the filters (worker thread; also loads the export code)."""
    import survey_app.core.export  # noqa: F401 - openpyxl is imported here, off the GUI thread

    store = real_store(store)
    return [(site.name, [b.code for b in store.buildings(site.id)]) for site in store.sites()]


def export_to_excel(task: LongTask, *, on_dialog: Any = None) -> None:
    """The whole « Exporter vers Excel… » sequence; `on_dialog(dialog)` lets a test see the dialog."""
    workspace = task.workspace

    def ask(sites: Sites) -> None:
        dialog = ExportDialog(sites, task.settings, task.window)
        if on_dialog is not None:
            on_dialog(dialog)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            run_export(task, dialog.path(), dialog.options())

    workspace.runner.submit(read_sites, workspace.store, on_done=ask,
                            on_error=lambda e: task.show_error(e, translate("ExportDialog", "Export impossible")))  # fmt: skip


def run_export(task: LongTask, path: Path, options: Any) -> None:
    store = task.workspace.store

    def job(progress: Any, cancelled: Any) -> Any:
        from survey_app.core.export import export_workbook
        from survey_app.gui.interview_launcher import default_form

        return export_workbook(real_store(store), default_form(), path, options, progress=progress, cancelled=cancelled)

    def done(report: Any) -> None:
        details = "\n".join(report.warnings[:10])
        task.workspace.message.emit(translate("ExportDialog", "Classeur écrit : {path}").format(path=report.path))
        show_result(task.window, translate("ExportDialog", "Export terminé"), report.summary(), report.path, details=details)

    task.start(translate("ExportDialog", "Export vers Excel : « {name} »…").format(name=path.name), job, on_done=done,
               cancelled_text=translate("ExportDialog", "Export annulé : aucun fichier n'a été écrit."),
               error_title=translate("ExportDialog", "Export impossible"))  # fmt: skip
