"""Installs Qt translators: Qt's own French strings (buttons « Annuler », dialogs) and, for another
interface language, the application's compiled catalogue `resources/translations/survey_app_<lang>.qm`.

The interface is written in French (the source strings of `self.tr(...)` are French), so French needs
no application catalogue, only Qt's `qtbase_fr.qm` when it is shipped with PySide6. The language is
French unless the environment variable SURVEY_APP_LANG or the setting « interface/langue » names
another one for which a catalogue exists. Missing catalogues are not errors: the French text stays.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from survey_app.paths import bundled_dir

DEFAULT_LANGUAGE = "fr"


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators for `language` (default French); returns them (keep them alive)."""
    language = (language or os.environ.get("SURVEY_APP_LANG") or DEFAULT_LANGUAGE).split("_")[0].lower()
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale(language).language()))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if language != DEFAULT_LANGUAGE:
        own = QTranslator(app)
        if own.load(f"survey_app_{language}", str(bundled_dir("resources") / "translations")):
            app.installTranslator(own)
            installed.append(own)
    return installed
