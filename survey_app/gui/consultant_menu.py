"""The consultant's menu, and the surveyor's package actions the window puts in its « Fichier » menu.

Menu « Consultant »: « Importer la liste des logements… » (the landlord register: read and checked off
the GUI thread, previewed, columns named when not recognised, imported in one transaction; its steps
are here), « Fusionner des paquets… », « Conflits et doublons à revoir… » (with the number of open
items, refreshed whenever the campaign is reloaded), « Préparer le paquet pour les portables… »,
« Exporter vers Excel… » and the three printouts (building sheets, the round sheet of the building
selected in the list, the paper questionnaire). For « Fichier »: « Exporter mes enquêtes… » and
« Importer le paquet de retour… » (`file_actions`). Each long task runs on the worker thread behind
`LongTask`'s progress dialog with « Annuler »; the dialogs live in `gui/dialogs/` and are imported
the first time they are used, so the start-up never pays for them (nor for openpyxl or reportlab).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from survey_app.core.store import RegisterReadResult, read_register
from survey_app.core.store.register_import import read_table
from survey_app.gui import icons
from survey_app.gui.dialogs.register_import_dialogs import (
    IMPORT,
    REMAP,
    ColumnMappingDialog,
    ImportPreviewDialog,
    guess_columns,
    header_candidates,
)
from survey_app.gui.long_task import LongTask, real_store
from survey_app.gui.settings import UiSettings
from survey_app.gui.workspace import Workspace

REGISTER_FILTER = QT_TRANSLATE_NOOP("ConsultantMenu", "Registre du bailleur (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)")
REVIEW_TEXT = QT_TRANSLATE_NOOP("ConsultantMenu", "Conflits et doublons à re&voir…")
IMPORT_CANCELLED = QT_TRANSLATE_NOOP("ConsultantMenu", "Import annulé : rien n'a été modifié.")


class ConsultantMenu(QObject):
    def __init__(self, workspace: Workspace, settings: UiSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.window = parent
        self.task = LongTask(workspace, settings, parent)
        self.menu = QMenu(self.tr("&Consultant"), parent)
        self.import_action = self._action("action_import", self.tr("&Importer la liste des logements…"),
                                          self.tr("Lire le registre du bailleur (.xlsx ou .csv) et créer ou mettre à "
                                                  "jour les logements"), self.choose_register)  # fmt: skip
        self.merge_action = self._action("action_merge", self.tr("&Fusionner des paquets…"),
                                         self.tr("Fusionner dans cette base les paquets (.enqpkg) remis par les "
                                                 "enquêteurs"), self.merge_packages)  # fmt: skip
        self.review_action = self._action("action_review", self.tr(REVIEW_TEXT),
                                          self.tr("Voir côte à côte les versions en conflit et les entretiens en "
                                                  "double, et décider"), self.review)  # fmt: skip
        self.verdict_action = self._action("action_verdict", self.tr("&Valider ou rejeter l'entretien du logement…"),
                                           self.tr("Donner le verdict du consultant sur l'entretien du logement "
                                                   "sélectionné, avec un commentaire"), self.give_verdict)  # fmt: skip
        self.field_pack_action = self._action("action_field_pack", self.tr("&Préparer le paquet pour les portables…"),
                                              self.tr("Statuts, rendez-vous et affectations pour chaque portable, "
                                                      "sans les réponses"), self.prepare_field_pack)  # fmt: skip
        self.export_action = self._action("action_excel", self.tr("&Exporter vers Excel…"),
                                          self.tr("Un classeur .xlsx prêt à filtrer : entretiens, membres, "
                                                  "passages, indicateurs par bâtiment"), self.export_excel)
        self.building_sheets_action = self._action("action_pdf_report", self.tr("Imprimer les fiches &bâtiments…"),
                                                   self.tr("La synthèse de la campagne puis une fiche par bâtiment "
                                                           "(PDF)"), self.print_building_sheets)  # fmt: skip
        self.round_sheet_action = self._action("action_round_sheet", self.tr("Imprimer la feuille de &tournée…"),
                                               self.tr("Les logements du bâtiment sélectionné, par entrée et par "
                                                       "étage (PDF)"), self.print_round_sheet)  # fmt: skip
        self.paper_form_action = self._action("action_paper_form", self.tr("Imprimer le &questionnaire papier…"),
                                              self.tr("Le questionnaire vierge, pour quand un portable tombe en "
                                                      "panne (PDF)"), self.print_paper_form)  # fmt: skip
        self.menu.addAction(self.import_action)
        self.menu.addSeparator()
        self.menu.addActions([self.merge_action, self.review_action, self.verdict_action, self.field_pack_action])
        self.menu.addSeparator()
        self.menu.addActions([self.export_action, self.building_sheets_action, self.round_sheet_action,
                              self.paper_form_action])  # fmt: skip
        # the surveyor's side of the packages, for the window's « Fichier » menu
        self.hand_in_action = self._action("action_package", self.tr("E&xporter mes enquêtes…"),
                                           self.tr("Écrire le paquet de ce portable, à remettre au consultant"),
                                           self.hand_in)  # fmt: skip
        self.return_pack_action = self._action("action_return_pack", self.tr("Importer le paquet de &retour…"),
                                               self.tr("Apprendre de la base maître ce que les collègues ont fait"),
                                               self.import_return_pack)  # fmt: skip
        self.file_actions = [self.hand_in_action, self.return_pack_action]
        self.open_review: dict[str, int] = {"conflit": 0, "doublon": 0}
        workspace.loaded.connect(self.refresh_review_count)

    def _action(self, icon: str, text: str, tip: str, slot: Any) -> QAction:
        action = QAction(icons.icon(icon), text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: self._run(slot))
        return action

    def _run(self, slot: Any) -> None:
        if self.task.busy:  # a window-modal progress dialog is up: nothing else starts meanwhile
            return
        slot()

    # -- the badge of « Conflits et doublons à revoir » -------------------------------------------------

    def refresh_review_count(self) -> None:
        store = self.workspace.store

        def count() -> dict[str, int]:
            from survey_app.core.merge import count_open

            return count_open(real_store(store))

        self.workspace.runner.submit(count, on_done=self._show_review_count, on_error=lambda _e: None)

    def _show_review_count(self, counts: dict[str, int]) -> None:
        self.open_review = counts
        total = counts.get("conflit", 0) + counts.get("doublon", 0)
        text = self.tr(REVIEW_TEXT)
        self.review_action.setText(f"{text} ({total})" if total else text)

    # -- packages, review, export, printouts (their dialogs are imported when first used) -----------------

    def merge_packages(self) -> None:
        from survey_app.gui.dialogs.package_dialogs import merge

        merge(self.task, on_review=self.review)

    def review(self) -> None:
        from survey_app.gui.dialogs.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.workspace, self.window)
        dialog.decided.connect(lambda _d: self.workspace.reload())
        dialog.exec()
        self.refresh_review_count()

    def give_verdict(self) -> None:
        from survey_app.gui.dialogs.verdict_dialog import give_verdict

        give_verdict(self.task, self.window)

    def prepare_field_pack(self) -> None:
        from survey_app.gui.dialogs.package_dialogs import prepare_field_pack

        prepare_field_pack(self.task)

    def hand_in(self) -> None:
        from survey_app.gui.dialogs.package_dialogs import hand_in

        hand_in(self.task)

    def import_return_pack(self) -> None:
        from survey_app.gui.dialogs.package_dialogs import import_return_pack

        import_return_pack(self.task)

    def export_excel(self) -> None:
        from survey_app.gui.dialogs.export_dialog import export_to_excel

        export_to_excel(self.task)

    def print_building_sheets(self) -> None:
        from survey_app.gui.dialogs.report_dialog import print_building_sheets

        print_building_sheets(self.task)

    def print_round_sheet(self) -> None:
        from survey_app.gui.dialogs.report_dialog import print_round_sheet, selected_place

        tree = getattr(getattr(self.window, "campaign", None), "tree", None)
        print_round_sheet(self.task, selected_place(tree.currentIndex() if tree is not None else None))

    def print_paper_form(self) -> None:
        from survey_app.gui.dialogs.report_dialog import print_paper_form

        print_paper_form(self.task)

    # -- the landlord register: step 1, the file ------------------------------------------------------

    def choose_register(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Liste des logements du bailleur"), self.settings.last_folder(), self.tr(REGISTER_FILTER)
        )
        if path:
            self.settings.set_last_folder(str(Path(path).parent))
            self.read(Path(path))

    # -- step 2: reading, off the GUI thread ---------------------------------------------------------

    def read(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        mapping = dict(mapping or {})
        store = self.workspace.store

        def job(_progress: Any, _cancelled: Any) -> tuple[RegisterReadResult, list[str]]:
            return read_register(path, mapping=mapping), [c.name for c in store.campaigns()]

        self.task.start(self.tr("Lecture de « {file} »…").format(file=path.name), job,
                        on_done=lambda answer: self.preview(*answer, mapping), cancel="drop",
                        cancelled_text=self.tr(IMPORT_CANCELLED), error_title=self.tr("Import impossible"))  # fmt: skip

    # -- step 3: preview and column mapping ---------------------------------------------------------

    def preview(self, result: RegisterReadResult, campaigns: list[str], mapping: dict[str, str]) -> None:
        default = campaigns[0] if campaigns else self.tr("Campagne {year}").format(year=dt.date.today().year)
        dialog = ImportPreviewDialog(result, campaigns, default, self.window)
        outcome = dialog.exec()
        if outcome == IMPORT:
            self.write(result, dialog.campaign())
        elif outcome == REMAP:
            self.ask_columns(result.path, {**result.columns, **mapping})

    def ask_columns(self, path: Path, mapping: dict[str, str]) -> None:
        def done(table: tuple[Any, list[list[Any]]]) -> None:
            headers = header_candidates(table[1])
            if not headers:
                QMessageBox.warning(self.window, self.tr("Import impossible"),
                                    self.tr("Le fichier « {file} » ne contient aucune ligne de titres.").format(file=path.name))  # fmt: skip
                return
            dialog = ColumnMappingDialog(path.name, headers, {**guess_columns(headers), **mapping}, self.window)
            if dialog.exec() == ColumnMappingDialog.DialogCode.Accepted:
                self.read(path, dialog.mapping())

        def job(_progress: Any, _cancelled: Any) -> Any:
            try:
                return read_table(path)
            except Exception as error:  # noqa: BLE001 - any reading failure becomes a French message
                raise _unreadable(path, error) from error

        self.task.start(self.tr("Lecture des colonnes de « {file} »…").format(file=path.name), job, on_done=done,
                        cancel="drop", cancelled_text=self.tr(IMPORT_CANCELLED),
                        error_title=self.tr("Import impossible"))  # fmt: skip

    # -- step 4: writing ------------------------------------------------------------------------------------

    def write(self, result: RegisterReadResult, campaign: str) -> None:
        if not campaign:
            campaign = self.tr("Campagne {year}").format(year=dt.date.today().year)
        store = self.workspace.store

        def done(report: Any) -> None:
            self.workspace.reload()
            QMessageBox.information(self.window, self.tr("Import terminé"), report.format())

        self.task.start(
            self.tr("Enregistrement de {n} logement(s) dans la base…").format(n=len(result.rows)),
            lambda _p, _c: store.import_dwellings(result.rows, campaign=campaign), on_done=done, cancel=None,
            error_title=self.tr("Import impossible"),
        )


class _Unreadable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _unreadable(path: Path, error: BaseException) -> _Unreadable:
    return _Unreadable(QCoreApplication.translate(
        "ConsultantMenu", "Impossible de lire « {file} » ({error}) : vérifiez que c'est un classeur .xlsx ou un fichier .csv."
    ).format(file=path.name, error=error))
