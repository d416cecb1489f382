"""The self-test's Qt step: the application's QApplication, the main window and an interview, never shown.

Called by `survey_app.selftest` once the core steps have filled a temporary store. It proves that a
bundle carries what the interface needs at run time: a platform plugin (offscreen, xcb or windows),
Qt's translations, the SVG icon engine and the icons, the style, and that the real main window
(`MainWindow` on a `Workspace`) shows the campaign and the interview panel opens a completed
interview. Both are painted into pixmaps (`grab()`), saved as PNG in the self-test's folder, so
nothing appears on the surveyor's screen. The work runs on an inline TaskRunner (the self-test is a
command, not an event loop) and the window's settings go to an .ini file in the self-test's folder,
never to the user's. Failures raise the `failure` exception type handed in, with a French message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from survey_app.selftest import SURVEYOR

ICONS = ("app", "status_a_visiter", "status_termine", "action_interview")


def check_main_window(store: Any, form: Any, workdir: Path, failure: type[Exception]) -> str:
    from PySide6.QtCore import QSettings

    from survey_app.gui.app import make_application
    from survey_app.gui.icons import icon
    from survey_app.gui.settings import UiSettings
    from survey_app.gui.tasks import TaskRunner

    app = make_application()
    if not getattr(app, "_translators", None):
        raise failure("traduction de Qt (qtbase_fr.qm) absente de l'installation")
    for name in ICONS:
        if icon(name).pixmap(32, 32).isNull():
            raise failure(f"icône « {name}.svg » illisible : module SVG de Qt ou dossier resources/icons absent")
    settings = UiSettings(QSettings(str(workdir / "reglages.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner(inline=True)
    try:
        title = _main_window(store, runner, settings, workdir, failure)
        pages = _interview(store, form, runner, workdir, failure) if form is not None else 0
    finally:
        runner.shutdown()
        app.processEvents()
    return (f"plateforme Qt « {app.platformName()} », fenêtre « {title} » et entretien ({pages} pages) "
            "dessinés hors écran")


def _main_window(store: Any, runner: Any, settings: Any, workdir: Path, failure: type[Exception]) -> str:
    from survey_app.gui.main_window import MainWindow
    from survey_app.gui.workspace import Workspace

    workspace = Workspace(runner, store, SURVEYOR)
    window = MainWindow(workspace, settings, load=False)
    try:
        workspace.adopt(store.tree())
        if workspace.model.rowCount() == 0:
            raise failure("la fenêtre principale ne montre aucun logement de la campagne")
        window.resize(1366, 768)
        _save(window.grab(), workdir / "fenetre.png", "fenêtre principale", failure)
        return window.windowTitle()
    finally:
        window.close()
        _dispose(window, workspace)


def _interview(store: Any, form: Any, runner: Any, workdir: Path, failure: type[Exception]) -> int:
    from survey_app.core.prefill import prefill_for
    from survey_app.gui.interview import InterviewPanel

    done = store.list_interviews(status="termine")
    if not done:
        raise failure("aucun entretien terminé à ouvrir")
    prefill = prefill_for(store.get_dwelling(done[0].dwelling_id), SURVEYOR)
    panel = InterviewPanel(runner, store, form, done[0].id, SURVEYOR, prefill)
    try:
        if panel.session is None:
            raise failure(f"l'entretien {done[0].id} ne s'ouvre pas dans le panneau de saisie")
        panel.resize(1366, 768)
        _save(panel.grab(), workdir / "entretien.png", "panneau d'entretien", failure)
        return len(panel.plan.pages)
    finally:
        panel.close()
        _dispose(panel)


def _dispose(*objects: Any) -> None:
    """Delete the widgets now, so that a second self-test in the same process starts clean."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for qobject in objects:
        qobject.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _save(picture: Any, path: Path, what: str, failure: type[Exception]) -> None:
    if picture.isNull() or picture.width() < 100:
        raise failure(f"{what} : dessin impossible")
    if not picture.save(str(path), "PNG"):
        raise failure(f"{what} : image « {path} » impossible à écrire (format PNG absent ?)")
