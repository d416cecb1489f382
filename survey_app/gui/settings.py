"""What the interface remembers between sessions on this laptop (QSettings): surveyor, window, folders.

The surveyor's name is remembered per device id (the store's id of this laptop), so a store copied to
another laptop asks again, and two stores opened on the same laptop share the name. Window geometry and
the last folder used by the consultant's file dialogs are plain interface state. Nothing here is survey
data: that lives in the store. Tests pass their own QSettings (an .ini file in a temp folder).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def qsettings(self) -> QSettings:
        return self._settings

    def surveyor(self, device_id: str) -> str | None:
        value = self._settings.value(f"postes/{device_id}/enqueteur", None)
        return str(value).strip() or None if value else None

    def set_surveyor(self, device_id: str, name: str) -> None:
        self._settings.setValue(f"postes/{device_id}/enqueteur", name)
        self._settings.sync()

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("fenetre/geometrie", None)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("fenetre/geometrie", value)

    def last_dwelling(self, device_id: str) -> str | None:
        value = self._settings.value(f"postes/{device_id}/dernier_logement", None)
        return str(value) if value else None

    def set_last_dwelling(self, device_id: str, dwelling_id: str) -> None:
        self._settings.setValue(f"postes/{device_id}/dernier_logement", dwelling_id)

    def last_folder(self) -> str:
        return str(self._settings.value("consultant/dernier_dossier", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self._settings.setValue("consultant/dernier_dossier", folder)

    def language(self) -> str | None:
        value = self._settings.value("interface/langue", None)
        return str(value) if value else None
