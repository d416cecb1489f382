"""Asking who is surveying on this laptop (first launch, or « Changer d'enquêteur… ») and remembering it.

The names already in the store and this laptop's name are read off the GUI thread, the dialog is
shown, and the answer is saved twice: in the store (the surveyor is registered, the laptop renamed if
asked) and in QSettings under the store's device id, so the next launch on this laptop goes straight
to the list. `then(name)` receives the name, or None if the surveyor chose « Quitter ».
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from survey_app import APP_NAME

from survey_app.gui.dialogs.first_launch import FirstLaunchDialog
from survey_app.gui.settings import UiSettings
from survey_app.gui.tasks import TaskRunner
from survey_app.gui.workspace import error_message

DialogFactory = Callable[..., FirstLaunchDialog]


def ask_surveyor(
    runner: TaskRunner,
    store: Any,
    settings: UiSettings,
    parent: QWidget | None,
    then: Callable[[str | None], None],
    *,
    current: str = "",
    dialog_factory: DialogFactory = FirstLaunchDialog,
) -> None:
    def read() -> tuple[list[str], str]:
        names = [s.name for s in store.surveyors()]
        device = next((d.name for d in store.devices() if d.id == store.device_id), "")
        return names, device

    def failed(error: BaseException) -> None:
        QMessageBox.critical(parent, APP_NAME, error_message(error))
        then(None)

    def show(info: tuple[list[str], str]) -> None:
        names, device = info
        dialog = dialog_factory(names, device, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            then(None)
            return
        name, device_name = dialog.name(), dialog.device_name()

        def save() -> None:
            store.add_surveyor(name)
            if device_name and device_name != device:
                store.set_device_name(device_name)

        def saved(_result: object) -> None:
            settings.set_surveyor(str(store.device_id), name)
            then(name)

        runner.submit(save, on_done=saved, on_error=failed)

    runner.submit(read, on_done=show, on_error=failed)
