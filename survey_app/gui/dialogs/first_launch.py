"""First launch on a laptop (or « Changer d'enquêteur… »): who is surveying, and what this laptop is called.

The name is required: every visit and answer is signed with it. Names already known to the store are
offered as completions, so the same person is not typed two ways. The laptop's name is prefilled with
the store's name for this device. The caller saves both (in the store and in QSettings).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from survey_app.gui import icons

MAX_NAME = 80


class FirstLaunchDialog(QDialog):
    def __init__(
        self,
        known_surveyors: Sequence[str] = (),
        device_name: str = "",
        current: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enquête Habitat — bienvenue"))
        self.setWindowIcon(icons.app_icon())
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Indiquez votre nom (ou votre code d'enquêteur). Il signe chaque passage et chaque réponse "
                "enregistrés sur ce portable."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(current)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("par ex. Camille Martin ou ENQ-03"))
        if known_surveyors:
            completer = QCompleter(list(known_surveyors), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.name_edit.setCompleter(completer)
        self.device_edit = QLineEdit(device_name)
        self.device_edit.setMaxLength(MAX_NAME)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Votre nom :"), self.name_edit)
        form.addRow(self.tr("Nom de ce portable :"), self.device_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commencer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def device_name(self) -> str:
        return " ".join(self.device_edit.text().split())

    def accept(self) -> None:
        if not self.name():
            self.error.setText(self.tr("Le nom est obligatoire : il signe les passages et les réponses."))
            self.error.show()
            self.name_edit.setFocus()
            return
        super().accept()
