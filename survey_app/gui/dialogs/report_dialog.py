"""The printouts as PDF: « Imprimer les fiches bâtiments… », « … la feuille de tournée… », « … le questionnaire papier… ».

Each dialog asks what to print and where (a dated default name in the folder used last time) and
builds the arguments of a `core.reports` function; nothing is read or written while it is open. The
`print_*` functions read what the dialogs list (campaigns, sites, buildings) off the GUI thread, open
the dialog, then write the PDF on the worker thread behind the progress dialog (the building sheets
can be cancelled; the core writes atomically, so a cancel leaves no file) and end on a summary with
« Ouvrir le PDF » and « Ouvrir le dossier ». The round sheet starts on the building selected in the
campaign list. The questionnaire is loaded off the GUI thread (`load_form` of the default form).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui.dialogs.file_widgets import (
    PathField,
    confirm_replace,
    dated_name,
    output_problem,
    remembered_folder,
    show_result,
)
from survey_app.gui.long_task import LongTask, real_store

# Short name for QCoreApplication.translate: lupdate extracts translate("Context", "…") calls as well.
translate = QCoreApplication.translate

FOLDER_KEY = "impressions"
PDF_FILTER = QT_TRANSLATE_NOOP("Reports", "Document PDF (*.pdf)")


@dataclass(frozen=True)
class Place:
    campaign: str
    site: str
    building: str | None  # None: the whole site (its houses included)


def read_places(store: Any) -> list[Place]:
    """Every building of every site, then each whole site, per campaign (worker thread)."""
    store = real_store(store)
    names = {c.id: c.name for c in store.campaigns()}
    places = []
    for site in store.sites():
        campaign = names.get(site.campaign_id, "")
        places += [Place(campaign, site.name, b.code) for b in store.buildings(site.id)]
        places.append(Place(campaign, site.name, None))
    return places


class _PdfDialog(QDialog):
    """A title, the caller's fields, the PDF file and « Créer le PDF » (disabled, with the reason, until valid)."""

    def __init__(self, title: str, settings: Any, default_name: str, parent: QWidget | None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            label.setObjectName("hint")
            self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self._file_row = False
        self.path_field = PathField(settings, FOLDER_KEY, file_filter=translate("Reports", PDF_FILTER),
                                    default_name=default_name, title=self.tr("Enregistrer le PDF"))  # fmt: skip
        self.path_field.changed.connect(self._update)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok_button: QPushButton = buttons.addButton(self.tr("&Créer le PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self._buttons = buttons

    def add_file_row(self) -> None:
        self.form.addRow(self.tr("&Fichier PDF :"), self.path_field)
        self._file_row = True

    def finish_layout(self) -> None:
        if not self._file_row:
            self.add_file_row()
        self.layout_.addWidget(self.problem)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self._buttons)
        self._update()
        self.resize(680, self.sizeHint().height())

    def path(self) -> Path | None:
        return self.path_field.path(".pdf")

    def problem_text(self) -> str | None:
        return output_problem(self.path(), self.tr("Indiquez le fichier PDF à écrire."))

    def _update(self, *_args: Any) -> None:
        problem = self.problem_text()
        self.ok_button.setEnabled(problem is None)
        self.ok_button.setToolTip(problem or self.tr("Écrire le PDF"))
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))

    def accept(self) -> None:
        path = self.path()
        if self.problem_text() is not None or path is None:
            return
        if path.exists() and path != self.path_field.confirmed and not confirm_replace(self, path):
            return
        self.path_field.remember()
        super().accept()


class BuildingReportDialog(_PdfDialog):
    """« Imprimer les fiches bâtiments » : campaign, site, some buildings, overview page, one file per building."""

    def __init__(self, places: list[Place], settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Imprimer les fiches bâtiments"), settings, dated_name("fiches_batiments", ".pdf"),
                         parent, self.tr("Une fiche A4 par bâtiment (avancement, chauffage, confort, dépenses, "
                                         "priorités), pour les réunions avec le bailleur et les villes. Sans bâtiment "
                                         "coché : tous les bâtiments du site choisi."))  # fmt: skip
        self.places = places
        self.campaign_box = QComboBox()
        for name in dict.fromkeys(p.campaign for p in places):
            self.campaign_box.addItem(name, name)
        self.site_box = QComboBox()
        self.buildings = QListWidget()
        self.buildings.setToolTip(self.tr("Cochez des bâtiments pour n'imprimer qu'eux (Espace coche ou décoche)."))
        self.buildings.setMaximumHeight(170)
        self.campaign_box.currentIndexChanged.connect(self._fill_sites)
        self.site_box.currentIndexChanged.connect(self._fill_buildings)
        self.buildings.itemChanged.connect(self._update)
        if self.campaign_box.count() > 1:
            self.form.addRow(self.tr("Ca&mpagne :"), self.campaign_box)
        self.form.addRow(self.tr("&Site :"), self.site_box)
        self.form.addRow(self.tr("&Bâtiments :"), self.buildings)
        self.overview_box = QCheckBox(self.tr("Commencer par la page de s&ynthèse de la campagne"))
        self.overview_box.setChecked(True)
        self.split_box = QCheckBox(self.tr("Aussi un fichier PDF par bâtiment, dans ce dossier :"))
        self.split_field = PathField(settings, FOLDER_KEY, mode="folder", title=self.tr("Dossier des fiches séparées"))
        self.split_field.setEnabled(False)
        self.split_box.toggled.connect(self.split_field.setEnabled)
        self.split_box.toggled.connect(self._update)
        self.split_field.changed.connect(self._update)
        self.form.addRow("", self.overview_box)
        self.add_file_row()
        self.form.addRow("", self.split_box)
        self.form.addRow(self.tr("&Dossier :"), self.split_field)
        self._fill_sites()
        self.finish_layout()

    def _fill_sites(self) -> None:
        campaign = self.campaign_box.currentData()
        self.site_box.blockSignals(True)
        self.site_box.clear()
        self.site_box.addItem(self.tr("Tous les sites"), None)
        for site in dict.fromkeys(p.site for p in self.places if p.campaign == campaign):
            self.site_box.addItem(site, site)
        self.site_box.blockSignals(False)
        self._fill_buildings()

    def _fill_buildings(self) -> None:
        campaign, site = self.campaign_box.currentData(), self.site_box.currentData()
        self.buildings.blockSignals(True)
        self.buildings.clear()
        for place in self.places:
            if place.building and place.campaign == campaign and site in (None, place.site):
                text = place.building if site else f"{place.building} ({place.site})"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, place.building)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.buildings.addItem(item)
        self.buildings.blockSignals(False)
        self._update()

    def chosen_buildings(self) -> tuple[str, ...]:
        items = [self.buildings.item(i) for i in range(self.buildings.count())]
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def options(self) -> Any:
        from survey_app.core.reports import ReportOptions

        split = Path(self.split_field.text()).expanduser() if self.split_box.isChecked() else None
        return ReportOptions(buildings=self.chosen_buildings(), site=self.site_box.currentData(),
                             campaign=self.campaign_box.currentData() or None, split_dir=split,
                             overview=self.overview_box.isChecked())  # fmt: skip

    def problem_text(self) -> str | None:
        if not self.places:
            return self.tr("La base ne contient aucun logement : importez d'abord la liste des logements.")
        if self.split_box.isChecked():
            folder = self.split_field.text()
            if not folder or not Path(folder).expanduser().is_dir():
                return self.tr("Choisissez un dossier existant pour les fiches séparées.")
        return super().problem_text()


class RoundSheetDialog(_PdfDialog):
    """« Imprimer la feuille de tournée » of one building (or a whole site), the selected one first."""

    def __init__(self, places: list[Place], settings: Any, selected: Place | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Imprimer la feuille de tournée"), settings, "", parent,
                         self.tr("Une ligne par logement, par entrée et par étage, avec son statut, ses rendez-vous "
                                 "et son dernier passage, et des cases pour noter le passage du jour."))  # fmt: skip
        self.place_box = QComboBox()
        several = len({p.campaign for p in places}) > 1
        for place in places:
            where = place.building or self.tr("tout le site (maisons comprises)")
            text = f"{place.site} — {where}"
            self.place_box.addItem(f"{place.campaign} · {text}" if several else text, place)
        if selected is not None:
            index = next((i for i, p in enumerate(places) if (p.site, p.building) == (selected.site, selected.building)), -1)
            if index < 0:
                index = next((i for i, p in enumerate(places) if p.site == selected.site and p.building is None), 0)
            self.place_box.setCurrentIndex(index)
        self._default = ""
        self.place_box.currentIndexChanged.connect(self._rename)
        self.form.addRow(self.tr("&Bâtiment :"), self.place_box)
        self._rename()
        self.finish_layout()

    def place(self) -> Place | None:
        return self.place_box.currentData()

    def _rename(self) -> None:
        """Follow the chosen building in the default file name, unless the consultant typed another one."""
        place = self.place()
        if place is None:
            return
        default = dated_name(f"feuille_tournee_{place.building or place.site}", ".pdf")
        current = self.path_field.text()
        if not current or Path(current).name == self._default:
            folder = Path(current).parent if current else remembered_folder(self.path_field.settings, FOLDER_KEY)
            self.path_field.set_text(str(folder / default))
        self._default = default

    def problem_text(self) -> str | None:
        if self.place() is None:
            return self.tr("La base ne contient aucun logement : importez d'abord la liste des logements.")
        return super().problem_text()


class PaperFormDialog(_PdfDialog):
    """« Imprimer le questionnaire papier »: the blank questionnaire, for when a laptop fails."""

    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Imprimer le questionnaire papier"), settings,
                         dated_name("questionnaire_papier", ".pdf"), parent,
                         self.tr("Le questionnaire de la campagne, vierge, avec ses sections, des cases à cocher et "
                                 "les consignes de saut écrites en toutes lettres : pour quand un portable tombe en "
                                 "panne."))  # fmt: skip
        self.rows_box = QSpinBox()
        self.rows_box.setRange(1, 40)
        self.rows_box.setValue(8)
        self.rows_box.setSuffix(self.tr(" lignes"))
        self.rows_box.setToolTip(self.tr("Lignes vides des tableaux des personnes et des appareils de chauffage"))
        self.rows_box.setMaximumWidth(140)
        self.form.addRow(self.tr("&Lignes par tableau :"), self.rows_box)
        self.finish_layout()


# -- the sequences --------------------------------------------------------------------------------------


def _after(task: LongTask, title: str, summary: str, path: Path) -> None:
    task.workspace.message.emit(summary)
    show_result(task.window, title, summary, path, open_file=translate("Reports", "Ouvrir le PDF"))


def _with_places(task: LongTask, then: Any) -> None:
    task.workspace.runner.submit(read_places, task.workspace.store, on_done=then,
                                 on_error=lambda e: task.show_error(e, translate("Reports", "Impression impossible")))  # fmt: skip


def print_building_sheets(task: LongTask, *, on_dialog: Any = None) -> None:
    def ask(places: list[Place]) -> None:
        dialog = BuildingReportDialog(places, task.settings, task.window)
        if on_dialog is not None:
            on_dialog(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store, path, options = task.workspace.store, dialog.path(), dialog.options()

        def job(progress: Any, cancelled: Any) -> Any:
            from survey_app.core.reports import write_building_report
            from survey_app.gui.interview_launcher import default_form

            return write_building_report(real_store(store), default_form(), path, options, progress=progress,
                                         cancelled=cancelled)  # fmt: skip

        task.start(translate("Reports", "Mise en page des fiches bâtiments…"), job,
                   on_done=lambda r: _after(task, translate("Reports", "Fiches bâtiments prêtes"), r.summary(), r.files[0]),
                   cancelled_text=translate("Reports", "Impression annulée : aucun fichier n'a été écrit."),
                   error_title=translate("Reports", "Impression impossible"))  # fmt: skip

    _with_places(task, ask)


def print_round_sheet(task: LongTask, selected: Place | None = None, *, on_dialog: Any = None) -> None:
    def ask(places: list[Place]) -> None:
        dialog = RoundSheetDialog(places, task.settings, selected, task.window)
        if on_dialog is not None:
            on_dialog(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store, path, place = task.workspace.store, dialog.path(), dialog.place()
        several = len({p.campaign for p in places}) > 1

        def job(_progress: Any, _cancelled: Any) -> Any:
            from survey_app.core.reports import write_round_sheet

            return write_round_sheet(real_store(store), path, building=place.building, site=place.site,
                                     campaign=place.campaign if several else None)  # fmt: skip

        task.start(translate("Reports", "Mise en page de la feuille de tournée…"), job, cancel=None,
                   on_done=lambda r: _after(task, translate("Reports", "Feuille de tournée prête"), r.summary(), r.path),
                   error_title=translate("Reports", "Impression impossible"))  # fmt: skip

    _with_places(task, ask)


def print_paper_form(task: LongTask, *, on_dialog: Any = None) -> None:
    dialog = PaperFormDialog(task.settings, task.window)
    if on_dialog is not None:
        on_dialog(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path, rows = dialog.path(), dialog.rows_box.value()

    def job(_progress: Any, _cancelled: Any) -> Any:
        from survey_app.core.reports import write_paper_form
        from survey_app.gui.interview_launcher import default_form

        return write_paper_form(default_form(), path, repeat_rows=rows)

    task.start(translate("Reports", "Mise en page du questionnaire papier…"), job, cancel=None,
               on_done=lambda r: _after(task, translate("Reports", "Questionnaire papier prêt"), r.summary(), r.path),
               error_title=translate("Reports", "Impression impossible"))  # fmt: skip


def selected_place(index: Any) -> Place | None:
    """The site and building of the campaign list's current row (a dwelling, or any group above one)."""
    from survey_app.gui.models import roles

    if index is None or not index.isValid():
        return None
    kind = index.data(roles.NodeKindRole)
    node = index.siblingAtColumn(0)
    model = node.model()
    while node.isValid() and node.data(roles.DwellingRole) is None and model.rowCount(node):
        node = model.index(0, 0, node)
    row = node.data(roles.DwellingRole) if node.isValid() else None
    if row is None:
        return None
    return Place("", row.site_name, None if kind == "site" else row.building_code)
