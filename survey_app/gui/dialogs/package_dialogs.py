"""Packages between the laptops and the master store, from the menus: the four sequences and the hand-in dialog.

Surveyor side (menu Fichier): « Exporter mes enquêtes… » shows what was handed in last time
(`hand_in_status`: the store remembers every package it wrote) and writes this laptop's package
(`write_package`, a dated default name); « Importer le paquet de retour… » takes in the master's news
(`import_field_pack`) and reloads the list. Consultant side (menu Consultant): « Fusionner des
paquets… » lists the chosen files from their manifests (`read_manifest`), merges them
(`merge_packages`), shows the report with « Enregistrer le rapport… » (JSON, written atomically) and
reloads the list; « Préparer le paquet pour les portables… » writes the back-to-the-field package
(`write_field_pack`). Every store and file operation runs on the worker thread, behind the progress
dialog with « Annuler » (a cancelled package is never half-written; a cancelled merge keeps the files
already merged, the one in progress is rolled back).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from survey_app.gui.dialogs.file_widgets import (
    PathField,
    confirm_replace,
    dated_name,
    output_problem,
    remember_folder,
    remembered_folder,
    show_result,
    with_suffix,
)
from survey_app.gui.dialogs.merge_dialogs import REVIEW, MergePreviewDialog, MergeReportDialog, PackageEntry
from survey_app.gui.long_task import LongTask, real_store

# Short name for QCoreApplication.translate: lupdate extracts translate("Context", "…") calls as well.
translate = QCoreApplication.translate

FOLDER_KEY = "paquets"
EXTENSION = ".enqpkg"
PACKAGE_FILTER = QT_TRANSLATE_NOOP("Packages", "Paquets d'enquête (*.enqpkg)")
ALL_FILES = QT_TRANSLATE_NOOP("Packages", "Tous les fichiers (*)")
CANCELLED = QT_TRANSLATE_NOOP("Packages", "Opération annulée : la base est restée exactement comme avant.")


def _size(n: int) -> str:
    if n >= 1_048_576:
        return translate("Packages", "{size} Mo").format(size=f"{n / 1_048_576:.1f}")
    return translate("Packages", "{size} Ko").format(size=max(1, round(n / 1024)))


def _counts(manifest: Any) -> str:
    c = manifest.counts
    text = translate("Packages", "{interviews} entretien(s), {visits} passage(s), {dwellings} logement(s)")
    return text.format(interviews=c.get("entretiens", 0), visits=c.get("visites", 0), dwellings=c.get("logements", 0))


# -- « Exporter mes enquêtes… » --------------------------------------------------------------------------


class HandInDialog(QDialog):
    """What was handed in last time, and where to write today's package (a USB stick, usually)."""

    def __init__(self, status: str, file_name: str, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter mes enquêtes"))
        layout = QVBoxLayout(self)
        self.status = QLabel(status)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("background: #eff6ff; border: 1px solid #bfdbfe; border-radius: 4px; padding: 8px;")
        layout.addWidget(self.status)
        hint = QLabel(self.tr("Le paquet contient toutes les enquêtes et tous les passages de ce portable. Remettez-le "
                              "au consultant (clé USB ou courriel) : il le fusionnera dans la base maître."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        form = QFormLayout()
        self.path_field = PathField(settings, FOLDER_KEY, file_filter=translate("Packages", PACKAGE_FILTER),
                                    default_name=file_name, title=self.tr("Enregistrer le paquet"))  # fmt: skip
        self.path_field.changed.connect(self._update)
        form.addRow(self.tr("&Fichier :"), self.path_field)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b91c1c;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("E&xporter le paquet"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.overwrite = False
        self._update()
        self.resize(700, self.sizeHint().height())

    def path(self) -> Path | None:
        return self.path_field.path(EXTENSION)

    def _update(self) -> None:
        problem = output_problem(self.path(), self.tr("Indiquez le paquet à écrire."))
        self.ok_button.setEnabled(problem is None)
        self.ok_button.setToolTip(problem or self.tr("Écrire le paquet"))
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))

    def accept(self) -> None:
        path = self.path()
        if path is None or output_problem(path, ""):
            return
        if path.exists():
            if path != self.path_field.confirmed and not confirm_replace(self, path):
                return
            self.overwrite = True
        self.path_field.remember()
        super().accept()


def hand_in(task: LongTask, *, on_dialog: Callable[[QDialog], None] | None = None) -> None:
    """« Exporter mes enquêtes… »."""
    workspace = task.workspace
    surveyor = workspace.surveyor

    def facts(store: Any) -> tuple[str, str]:
        from survey_app.core.merge import default_file_name, hand_in_status

        store = real_store(store)
        return hand_in_status(store).format(), default_file_name(store, surveyor=surveyor)

    def ask(found: tuple[str, str]) -> None:
        dialog = HandInDialog(found[0], found[1], task.settings, task.window)
        if on_dialog is not None:
            on_dialog(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, overwrite, store = dialog.path(), dialog.overwrite, workspace.store

        def job(progress: Any, cancelled: Any) -> Any:
            from survey_app.core.merge import write_package

            return write_package(real_store(store), path, surveyor=surveyor, overwrite=overwrite, progress=progress,
                                 cancel=cancelled)  # fmt: skip

        def done(written: Any) -> None:
            text = translate("Packages", "Paquet écrit : « {path} » ({size}) : {counts}.").format(
                path=written.path, size=_size(written.size), counts=_counts(written.manifest))
            workspace.message.emit(text)
            show_result(task.window, translate("Packages", "Enquêtes exportées"), text, written.path,
                        details=translate("Packages", "Remettez ce fichier au consultant. Ce portable se souvient de ce paquet."))

        task.start(translate("Packages", "Écriture du paquet « {name} »…").format(name=path.name), job, on_done=done,
                   cancelled_text=translate("Packages", CANCELLED),
                   error_title=translate("Packages", "Export des enquêtes impossible"))  # fmt: skip

    workspace.runner.submit(facts, workspace.store, on_done=ask,
                            on_error=lambda e: task.show_error(e, translate("Packages", "Export des enquêtes impossible")))


# -- « Importer le paquet de retour… » ---------------------------------------------------------------


def import_return_pack(task: LongTask) -> None:
    folder = str(remembered_folder(task.settings, FOLDER_KEY))
    file_filter = translate("Packages", "Paquets de retour (*.enqpkg)") + ";;" + translate("Packages", ALL_FILES)
    chosen, _ = QFileDialog.getOpenFileName(task.window, translate("Packages", "Paquet de retour de la base maître"), folder,
                                            file_filter)  # fmt: skip
    if not chosen:
        return
    path = Path(chosen)
    remember_folder(task.settings, FOLDER_KEY, path.parent)
    store = task.workspace.store

    def job(progress: Any, cancelled: Any) -> Any:
        from survey_app.core.merge import import_field_pack

        return import_field_pack(real_store(store), path, progress=progress, cancel=cancelled)

    def done(report: Any) -> None:
        task.workspace.reload()
        show_result(task.window, translate("Packages", "Paquet de retour importé"), report.format(), None)

    task.start(translate("Packages", "Import du paquet de retour « {name} »…").format(name=path.name), job, on_done=done,
               cancelled_text=translate("Packages", CANCELLED),
               error_title=translate("Packages", "Import du paquet de retour impossible"))  # fmt: skip


# -- « Fusionner des paquets… » ------------------------------------------------------------------------


def read_entries(store: Any, files: list[Path]) -> list[PackageEntry]:
    """Each file's manifest (or why it cannot be read), and when this master already merged it."""
    from survey_app.core.merge import read_manifest
    from survey_app.core.merge.hand_in import previous_merge
    from survey_app.core.store import StoreError

    store = real_store(store)
    entries = []
    for path in files:
        try:
            manifest = read_manifest(path)
        except StoreError as exc:
            entries.append(PackageEntry(path, None, exc.message))
            continue
        before = previous_merge(store, manifest.package_id)
        entries.append(PackageEntry(path, manifest, None, before.recorded_at if before else None))
    return entries


def merge(task: LongTask, *, on_review: Callable[[], None] | None = None,
          on_dialog: Callable[[QDialog], None] | None = None) -> None:  # fmt: skip
    """« Fusionner des paquets… »; `on_review` opens the review screen from the report."""
    folder = str(remembered_folder(task.settings, FOLDER_KEY))
    file_filter = translate("Packages", PACKAGE_FILTER) + ";;" + translate("Packages", ALL_FILES)
    chosen, _ = QFileDialog.getOpenFileNames(task.window, translate("Packages", "Paquets à fusionner"), folder, file_filter)
    if not chosen:
        return
    files = [Path(c) for c in chosen]
    remember_folder(task.settings, FOLDER_KEY, files[0].parent)
    workspace = task.workspace

    def preview(entries: list[PackageEntry]) -> None:
        dialog = MergePreviewDialog(entries, workspace.store_name, task.window)
        if on_dialog is not None:
            on_dialog(dialog)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            run_merge(task, dialog.files(), on_review=on_review, on_dialog=on_dialog)

    task.start(translate("Packages", "Lecture de {n} paquet(s)…").format(n=len(files)),
               lambda _p, _c: read_entries(workspace.store, files), on_done=preview, cancel="drop",
               cancelled_text=translate("Packages", "Fusion annulée : rien n'a été modifié."),
               error_title=translate("Packages", "Fusion impossible"))  # fmt: skip


def run_merge(task: LongTask, files: list[Path], *, on_review: Callable[[], None] | None = None,
              on_dialog: Callable[[QDialog], None] | None = None) -> None:  # fmt: skip
    store = task.workspace.store

    def job(progress: Any, cancelled: Any) -> Any:
        from survey_app.core.merge import merge_packages

        return merge_packages(real_store(store), files, progress=progress, cancel=cancelled)

    def done(report: Any) -> None:
        task.workspace.reload()
        dialog = MergeReportDialog(report, task.window)
        dialog.save_button.clicked.connect(lambda: save_report(task, report, dialog))
        if on_dialog is not None:
            on_dialog(dialog)
        if dialog.exec() == REVIEW and on_review is not None:
            on_review()

    task.start(translate("Packages", "Fusion de {n} paquet(s) dans la base maître…").format(n=len(files)), job,
               on_done=done, cancelled_text=translate("Packages", CANCELLED),
               error_title=translate("Packages", "Fusion impossible"))  # fmt: skip


def save_report(task: LongTask, report: Any, parent: QWidget) -> None:
    """« Enregistrer le rapport… »: the report as JSON, written atomically off the GUI thread."""
    start = remembered_folder(task.settings, FOLDER_KEY) / dated_name("rapport_fusion", ".json")
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("Packages", "Enregistrer le rapport de fusion"),
                                            str(start), translate("Packages", "Rapport JSON (*.json)"))  # fmt: skip
    path = with_suffix(chosen, ".json") if chosen else None
    if path is None:
        return
    remember_folder(task.settings, FOLDER_KEY, path.parent)
    text = report.to_json()

    def write() -> Path:
        from survey_app.core.reports.atomic import atomic_output

        with atomic_output(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
        return path

    task.workspace.runner.submit(
        write,
        on_done=lambda p: task.workspace.message.emit(translate("Packages", "Rapport enregistré : {path}").format(path=p)),
        on_error=lambda e: task.show_error(e, translate("Packages", "Rapport non enregistré")),
    )


# -- « Préparer le paquet pour les portables… » -----------------------------------------------------------


def prepare_field_pack(task: LongTask) -> None:
    workspace = task.workspace

    def name(store: Any) -> str:
        from survey_app.core.merge import default_file_name

        return default_file_name(real_store(store), kind="retour")

    def ask(file_name: str) -> None:
        start = remembered_folder(task.settings, FOLDER_KEY) / file_name
        chosen, _ = QFileDialog.getSaveFileName(task.window, translate("Packages", "Paquet de retour pour les portables"),
                                                str(start), translate("Packages", PACKAGE_FILTER))  # fmt: skip
        path = with_suffix(chosen, EXTENSION) if chosen else None
        if path is None or path.is_dir():
            return
        if path.exists() and path != Path(chosen) and not confirm_replace(task.window, path):
            return  # the system dialog asked about the name typed, not about the one with « .enqpkg » added
        remember_folder(task.settings, FOLDER_KEY, path.parent)
        overwrite, store = path.exists(), workspace.store

        def job(progress: Any, cancelled: Any) -> Any:
            from survey_app.core.merge import write_field_pack

            return write_field_pack(real_store(store), path, overwrite=overwrite, progress=progress, cancel=cancelled)

        def done(written: Any) -> None:
            text = translate("Packages", "Paquet de retour écrit : « {path} » ({size}) : {counts}.").format(
                path=written.path, size=_size(written.size), counts=_counts(written.manifest))
            workspace.message.emit(text)
            show_result(task.window, translate("Packages", "Paquet pour les portables prêt"), text, written.path,
                        details=translate("Packages", "Sur chaque portable : Fichier › Importer le paquet de retour…"))

        task.start(translate("Packages", "Écriture du paquet de retour « {name} »…").format(name=path.name), job,
                   on_done=done, cancelled_text=translate("Packages", CANCELLED),
                   error_title=translate("Packages", "Paquet de retour impossible"))  # fmt: skip

    workspace.runner.submit(name, workspace.store, on_done=ask,
                            on_error=lambda e: task.show_error(e, translate("Packages", "Paquet de retour impossible")))
