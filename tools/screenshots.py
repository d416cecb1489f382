"""Screenshots of the main window and its dialogs, made offscreen on a demo campaign, to look at them.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out DIR] [--db DEMO.db] [SHOT...]`.
Without `--db`, a 200-dwelling demo campaign (`core.demo.build_demo`, seed 1) is built in a temp
folder. Every shot is a function registered in `SHOTS` (name → function taking the `Context` and
returning the widget to grab); add yours with `@shot("name")`. Images are written as DIR/NAME.png
(default DIR: /tmp/survey_screenshots) at the field laptop's 1366x768; they are not kept in the repo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1366, 768)
SHOTS: dict[str, Callable[[Context], QWidget]] = {}


def shot(name: str) -> Callable[[Callable[[Context], QWidget]], Callable[[Context], QWidget]]:
    def register(function: Callable[[Context], QWidget]) -> Callable[[Context], QWidget]:
        SHOTS[name] = function
        return function

    return register


@dataclass
class Context:
    """What the shots share: the application, the demo store, an inline runner, temp settings."""

    app: QApplication
    store: Any
    runner: Any
    settings: Any
    folder: Path
    keep: list[Any] = field(default_factory=list)  # widgets kept alive until the grab

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def main_window(self, surveyor: str = "Camille Martin") -> Any:
        from survey_app.gui.main_window import MainWindow
        from survey_app.gui.workspace import Workspace

        window = MainWindow(Workspace(self.runner, self.store, surveyor), self.settings)
        window.resize(*SIZE)
        window.show()
        self.keep.append(window)
        self.settle()
        return window


def _dwelling(ctx: Context, status: str) -> Any:
    return next(r for r in ctx.store.list_dwellings() if r.status == status)


@shot("main_window")
def main_window(ctx: Context) -> QWidget:
    window = ctx.main_window()
    window.browser.select_dwelling(_dwelling(ctx, "rendez_vous").id)
    ctx.settle()
    return window


@shot("main_window_absent")
def main_window_absent(ctx: Context) -> QWidget:
    window = ctx.main_window()
    row = max((r for r in ctx.store.list_dwellings() if r.status == "absent"), key=lambda r: r.absent_count)
    window.browser.select_dwelling(row.id)
    ctx.settle()
    return window


@shot("main_window_group")
def main_window_group(ctx: Context) -> QWidget:
    window = ctx.main_window()
    tree = window.tree
    site = tree.model().index(0, 0)
    tree.setCurrentIndex(tree.model().index(0, 0, site))
    ctx.settle()
    return window


@shot("main_window_filtered")
def main_window_filtered(ctx: Context) -> QWidget:
    window = ctx.main_window()
    window.set_filter("a_revisiter")
    window.campaign.search_edit.setText("ravel")
    ctx.settle()
    return window


@shot("main_window_houses")
def main_window_houses(ctx: Context) -> QWidget:
    window = ctx.main_window()
    row = next(r for r in ctx.store.list_dwellings() if r.building_code is None and r.status == "refus")
    window.browser.select_dwelling(row.id)
    ctx.settle()
    return window


@shot("main_window_empty")
def main_window_empty(ctx: Context) -> QWidget:
    from survey_app.core.store import Store
    from survey_app.gui.main_window import MainWindow
    from survey_app.gui.workspace import Workspace

    empty = Store.create(ctx.folder / "vide.db")
    ctx.keep.append(empty)
    window = MainWindow(Workspace(ctx.runner, empty, "Camille Martin"), ctx.settings)
    window.resize(*SIZE)
    window.show()
    ctx.keep.append(window)
    ctx.settle()
    return window


@shot("main_window_interview")
def main_window_interview(ctx: Context) -> QWidget:
    window = ctx.main_window()
    window.browser.select_dwelling(_dwelling(ctx, "en_cours").id)
    window.open_interview()
    ctx.settle()
    return window


@shot("menu_passage")
def menu_passage(ctx: Context) -> QWidget:
    window = ctx.main_window()
    menu = window.menuBar().actions()[1].menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    ctx.keep.append(menu)
    ctx.settle()
    return menu


def _dialog(ctx: Context, dialog: QWidget) -> QWidget:
    dialog.show()
    ctx.keep.append(dialog)
    ctx.settle()
    return dialog


@shot("first_launch")
def first_launch(ctx: Context) -> QWidget:
    from survey_app.gui.dialogs.first_launch import FirstLaunchDialog

    return _dialog(ctx, FirstLaunchDialog(["Camille Martin"], "PORTABLE-03"))


@shot("appointment_dialog")
def appointment_dialog(ctx: Context) -> QWidget:
    from survey_app.gui.dialogs.visit_dialogs import AppointmentDialog

    return _dialog(ctx, AppointmentDialog("Porte 101 · T3"))


@shot("refusal_dialog")
def refusal_dialog(ctx: Context) -> QWidget:
    from survey_app.gui.dialogs.visit_dialogs import RefusalDialog

    dialog = RefusalDialog("Porte 101 · T3")
    dialog.reasons.setCurrentRow(1)
    return _dialog(ctx, dialog)


@shot("help_surveyor")
def help_surveyor(ctx: Context) -> QWidget:
    from survey_app.gui.dialogs.help_dialog import HelpDialog

    return _dialog(ctx, HelpDialog("enqueteur", "Guide de l'enquêteur"))


@shot("import_preview")
def import_preview(ctx: Context) -> QWidget:
    from survey_app.core.store import read_register
    from survey_app.gui.dialogs.register_import_dialogs import ImportPreviewDialog

    sample = Path(__file__).resolve().parent.parent / "resources" / "samples" / "registre_bailleur_demo.xlsx"
    result = read_register(sample)
    return _dialog(ctx, ImportPreviewDialog(result, ["Campagne 2026"], "Campagne 2026"))


@shot("import_preview_errors")
def import_preview_errors(ctx: Context) -> QWidget:
    from survey_app.core.store import read_register
    from survey_app.gui.dialogs.register_import_dialogs import ImportPreviewDialog

    sample = Path(__file__).resolve().parent.parent / "resources" / "samples" / "registre_bailleur_demo.csv"
    lines = sample.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[2]  # a reference twice
    lines[5] = lines[5].replace(";Tour Ravel;A;1;", ";Tour Ravel;A;premier;")  # a floor nobody can read
    bad = ctx.folder / "registre_avec_erreurs.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _dialog(ctx, ImportPreviewDialog(read_register(bad), ["Campagne 2026"], "Campagne 2026"))


@shot("column_mapping")
def column_mapping(ctx: Context) -> QWidget:
    from survey_app.gui.dialogs.register_import_dialogs import ColumnMappingDialog

    headers = ["Code UG", "Résidence", "Niveau", "Appart.", "Typo", "Surface (m²)", "Commune"]
    return _dialog(ctx, ColumnMappingDialog("export_bailleur.xlsx", headers, {"surface": "Surface (m²)"}))


# the consultant's screens (packages, merge, review, export, printouts) live in their own module
sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots_consultant import SHOTS as CONSULTANT_SHOTS  # noqa: E402

SHOTS.update(CONSULTANT_SHOTS)


def build_context(db: Path | None, folder: Path) -> Context:
    from survey_app.core.store import Store
    from survey_app.gui.app import make_application
    from survey_app.gui.settings import UiSettings
    from survey_app.gui.tasks import TaskRunner

    app = make_application()
    if db is None:
        from survey_app.core.demo import build_demo
        from survey_app.core.forms import load_form
        from survey_app.paths import default_form_path

        db = folder / "demo.db"
        store = Store.create(db)
        build_demo(store, load_form(default_form_path()).form, dwellings=200, seed=1, surveyor="Camille Martin")
        _appointments_today(store)
    else:
        store = Store.open(db)
    settings = UiSettings(QSettings(str(folder / "interface.ini"), QSettings.Format.IniFormat))
    return Context(app, store, TaskRunner(inline=True), settings, folder)


def _appointments_today(store: Any) -> None:
    """Two appointments later today, so « rendez-vous aujourd'hui » has something to show."""
    now = dt.datetime.now().astimezone()
    later = now.replace(hour=20, minute=0, second=0, microsecond=0)
    if later <= now:
        later = now + dt.timedelta(minutes=30)
    for row in [r for r in store.list_dwellings() if r.status == "a_visiter"][:2]:
        store.record_visit(row.id, "rendez_vous", "Camille Martin", appointment_at=later, note="Sonner deux fois")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shots", nargs="*", metavar="SHOT", help=f"parmi : {', '.join(SHOTS)}")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "survey_screenshots")
    parser.add_argument("--db", type=Path, help="base de démonstration existante (sinon 200 logements fictifs)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.shots if name not in SHOTS]
    if unknown:
        parser.error(f"capture(s) inconnue(s) : {', '.join(unknown)}")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = build_context(args.db, Path(tmp))
        for name in args.shots or list(SHOTS):
            widget = SHOTS[name](ctx)
            path = args.out / f"{name}.png"
            widget.grab().save(str(path))
            print(path)
            for kept in ctx.keep:
                if isinstance(kept, QWidget):
                    kept.close()
            ctx.keep.clear()
        ctx.runner.shutdown()
        ctx.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
