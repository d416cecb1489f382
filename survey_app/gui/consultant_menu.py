"""The consultant's menu: « Importer la liste des logements… » (the landlord register) into the open store.

Steps: choose the file; read and check it off the GUI thread (core `read_register`) behind a progress
dialog whose « Annuler » drops the reading; show what was understood (`ImportPreviewDialog`); if a
column was not recognised, let the consultant say which column is which (`ColumnMappingDialog`, then
read again with that mapping); import in one store transaction (nothing is written unless everything
is), then reload the campaign tree. The other consultant tasks (merging packages, Excel export, PDF
building sheets) are added to this menu by their own modules when they exist: no placeholder here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

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
from survey_app.gui.settings import UiSettings
from survey_app.gui.workspace import Workspace, error_message

REGISTER_FILTER = "Registre du bailleur (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)"


class ConsultantMenu(QObject):
    def __init__(self, workspace: Workspace, settings: UiSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.window = parent
        self.menu = QMenu(self.tr("&Consultant"), parent)
        self.import_action = QAction(icons.icon("action_import"), self.tr("&Importer la liste des logements…"), self)
        self.import_action.setStatusTip(self.tr("Lire le registre du bailleur (.xlsx ou .csv) et créer ou mettre à jour les logements"))
        self.import_action.triggered.connect(self.choose_register)
        self.menu.addAction(self.import_action)
        self._progress: QProgressDialog | None = None
        self._ticket = 0

    # -- step 1: the file -------------------------------------------------------------------------------

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
        ticket = self._start_progress(self.tr("Lecture de « {file} »…").format(file=path.name), cancellable=True)

        store = self.workspace.store

        def job() -> tuple[RegisterReadResult, list[str]]:
            return read_register(path, mapping=mapping), [c.name for c in store.campaigns()]

        def done(answer: tuple[RegisterReadResult, list[str]]) -> None:
            if self._finish_progress(ticket):
                self.preview(*answer, mapping)

        self.workspace.runner.submit(job, on_done=done, on_error=lambda e: self._fail(ticket, e))

    def _start_progress(self, text: str, *, cancellable: bool) -> int:
        self._ticket += 1
        ticket = self._ticket
        progress = QProgressDialog(text, self.tr("Annuler") if cancellable else None, 0, 0, self.window)
        progress.setWindowTitle(self.tr("Enquête Habitat"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if cancellable:
            progress.canceled.connect(lambda: self._cancel(ticket))
        progress.show()
        self._progress = progress
        return ticket

    def _cancel(self, ticket: int) -> None:
        if ticket == self._ticket:
            self._ticket += 1  # the result, when it comes, belongs to nobody
            self.workspace.message.emit(self.tr("Import annulé : rien n'a été modifié."))
        self._close_progress()

    def _close_progress(self) -> None:
        if self._progress is not None:
            progress, self._progress = self._progress, None
            progress.hide()
            progress.deleteLater()

    def _finish_progress(self, ticket: int) -> bool:
        """Close the progress dialog; False if this task was cancelled meanwhile."""
        if ticket != self._ticket:
            return False
        self._close_progress()
        return True

    def _fail(self, ticket: int, error: BaseException) -> None:
        if self._finish_progress(ticket):
            QMessageBox.warning(self.window, self.tr("Import impossible"), error_message(error))

    # -- step 3: preview and column mapping ---------------------------------------------------------

    def preview(self, result: RegisterReadResult, campaigns: list[str], mapping: dict[str, str]) -> None:
        default = campaigns[0] if campaigns else f"Campagne {dt.date.today().year}"
        dialog = ImportPreviewDialog(result, campaigns, default, self.window)
        outcome = dialog.exec()
        if outcome == IMPORT:
            self.write(result, dialog.campaign())
        elif outcome == REMAP:
            self.ask_columns(result.path, {**result.columns, **mapping})

    def ask_columns(self, path: Path, mapping: dict[str, str]) -> None:
        ticket = self._start_progress(self.tr("Lecture des colonnes de « {file} »…").format(file=path.name), cancellable=True)

        def done(table: tuple[Any, list[list[Any]]]) -> None:
            if not self._finish_progress(ticket):
                return
            headers = header_candidates(table[1])
            if not headers:
                QMessageBox.warning(self.window, self.tr("Import impossible"),
                                    self.tr("Le fichier « {file} » ne contient aucune ligne de titres.").format(file=path.name))  # fmt: skip
                return
            dialog = ColumnMappingDialog(path.name, headers, {**guess_columns(headers), **mapping}, self.window)
            if dialog.exec() == ColumnMappingDialog.DialogCode.Accepted:
                self.read(path, dialog.mapping())

        self.workspace.runner.submit(read_table, path, on_done=done, on_error=lambda e: self._fail(ticket, _unreadable(path, e)))

    # -- step 4: writing ------------------------------------------------------------------------------------

    def write(self, result: RegisterReadResult, campaign: str) -> None:
        if not campaign:
            campaign = f"Campagne {dt.date.today().year}"
        ticket = self._start_progress(
            self.tr("Enregistrement de {n} logement(s) dans la base…").format(n=len(result.rows)), cancellable=False
        )
        store = self.workspace.store

        def done(report: Any) -> None:
            self._finish_progress(ticket)
            self.workspace.reload()
            QMessageBox.information(self.window, self.tr("Import terminé"), report.format())

        self.workspace.runner.submit(
            store.import_dwellings, result.rows, campaign=campaign, on_done=done, on_error=lambda e: self._fail(ticket, e)
        )


class _Unreadable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _unreadable(path: Path, error: BaseException) -> _Unreadable:
    return _Unreadable(f"Impossible de lire « {path.name} » ({error}) : vérifiez que c'est un classeur .xlsx ou un fichier .csv.")
