"""Small pieces the consultant's dialogs share: a file field with « Parcourir… », dated default names,
remembered folders, the « replace this file? » question and the result box with « Ouvrir le dossier ».

`PathField` is a line edit and a browse button (save a file, open a file or choose a folder); it
remembers the folder chosen per kind of file (exports, printouts, packages) in the interface
settings, so the next dialog starts where the consultant left off. `output_problem` checks a path
before a task starts and says in French what is wrong with it (nothing is written by these widgets).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QWidget

from survey_app.gui.settings import UiSettings


def remembered_folder(settings: UiSettings, key: str) -> Path:
    """The folder last used for this kind of file, else the last consultant folder, else Documents."""
    for value in (settings.qsettings.value(f"dossiers/{key}", ""), settings.last_folder()):
        if value and Path(str(value)).is_dir():
            return Path(str(value))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: UiSettings, key: str, folder: Path) -> None:
    settings.qsettings.setValue(f"dossiers/{key}", str(folder))
    settings.set_last_folder(str(folder))


def dated_name(stem: str, suffix: str, when: dt.datetime | None = None) -> str:
    """'export_enquetes_2026-11-25.xlsx': a default file name with today's date."""
    when = when or dt.datetime.now()
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem).strip("_") or "fichier"
    return f"{safe}_{when:%Y-%m-%d}{suffix}"


def with_suffix(text: str, suffix: str) -> Path | None:
    """The typed path with `suffix` added when missing; None for an empty field."""
    text = text.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)


def output_problem(path: Path | None, missing: str) -> str | None:
    """A sentence saying why `path` cannot be written, or None when it looks fine; `missing` (already
    translated, e.g. « Indiquez le fichier PDF à écrire. ») is the one for an empty field."""
    if path is None:
        return missing
    if path.is_dir():
        return QCoreApplication.translate("FileWidgets", "« {path} » est un dossier : indiquez un nom de fichier.").format(
            path=path)
    if not path.parent.is_dir():
        return QCoreApplication.translate(
            "FileWidgets", "Le dossier « {folder} » n'existe pas : choisissez un dossier existant.").format(folder=path.parent)
    return None


def confirm_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("FileWidgets", "Remplacer le fichier ?"),
        QCoreApplication.translate("FileWidgets", "Le fichier « {name} » existe déjà dans « {folder} ». Le remplacer ?").format(
            name=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def open_folder(path: Path) -> None:
    """Show the folder (of a file) in the system's file manager."""
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_result(parent: QWidget, title: str, text: str, path: Path | None, *, details: str = "",
                open_file: str = "") -> None:
    """The end of a task: what was written, with « Ouvrir le dossier » (and `open_file`, e.g. « Ouvrir le PDF »)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    file_button = box.addButton(open_file, QMessageBox.ButtonRole.ActionRole) if path and open_file else None
    folder = None
    if path:
        folder = box.addButton(QCoreApplication.translate("FileWidgets", "Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QCoreApplication.translate("FileWidgets", "Fermer"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    if folder is not None and box.clickedButton() is folder:
        open_folder(path)
    elif file_button is not None and box.clickedButton() is file_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PathField(QWidget):
    """A path typed or chosen with « Parcourir… » (mode 'save', 'open' or 'folder')."""

    changed = Signal()

    def __init__(self, settings: UiSettings, key: str, *, mode: str = "save", file_filter: str = "",
                 default_name: str = "", title: str = "", parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.settings, self.key, self.mode, self.file_filter = settings, key, mode, file_filter
        self.title = title or self.tr("Choisir un fichier")
        self.confirmed: Path | None = None  # chosen in the system dialog, which already asked to replace it
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        folder = remembered_folder(settings, key)
        if mode == "folder":
            self.edit.setText(str(folder))
        elif default_name:
            self.edit.setText(str(folder / default_name))
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.browse = QPushButton(self.tr("Parcourir…"))
        self.browse.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def path(self, suffix: str) -> Path | None:
        """The file typed or chosen, with `suffix` added when missing; a bare name goes to the remembered folder."""
        path = with_suffix(self.text(), suffix)
        if path is not None and not path.is_absolute():
            path = remembered_folder(self.settings, self.key) / path
        return path

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def choose(self) -> None:
        start = self.text() or str(remembered_folder(self.settings, self.key))
        if self.mode == "folder":
            chosen = QFileDialog.getExistingDirectory(self, self.title, start)
        elif self.mode == "open":
            chosen, _ = QFileDialog.getOpenFileName(self, self.title, start, self.file_filter)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.title, start, self.file_filter)
        if not chosen:
            return
        path = Path(chosen)
        remember_folder(self.settings, self.key, path if self.mode == "folder" else path.parent)
        self.confirmed = path if self.mode == "save" else None
        self.edit.setText(str(path))

    def remember(self) -> None:
        """Keep the folder of the path finally used (also when it was typed)."""
        text = self.text()
        if text:
            path = Path(text).expanduser()
            folder = path if self.mode == "folder" else path.parent
            if folder.is_dir():
                remember_folder(self.settings, self.key, folder)
