"""Screenshots of the interview screen, made offscreen on a half-filled interview of the default form.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_interview.py [--out DIR] [SHOT...]`.
A store with one Lens flat and one Liévin house is made in a temp folder; the interviews are filled
by the demo filler (`core.demo_filler`), then a few answers are typed through the real widgets so
errors, warnings and repeat rows show. Each shot is a function registered in `SHOTS` (name → function
returning the widget to grab). Images go to DIR/NAME.png (default /tmp/survey_screenshots) at the
space the interview gets in the main window on a 1366x768 laptop (1366x700); they are not kept in
the repository: look at them, fix what looks wrong.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from survey_app.core.demo_filler import Filler  # noqa: E402
from survey_app.core.engine import FormSession, SessionMeta  # noqa: E402
from survey_app.core.forms import load_form  # noqa: E402
from survey_app.core.prefill import prefill_for  # noqa: E402
from survey_app.core.store import RegisterRow, Store  # noqa: E402
from survey_app.gui.interview import InterviewPanel  # noqa: E402
from survey_app.gui.interview.autosave import json_safe  # noqa: E402
from survey_app.gui.tasks import TaskRunner  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 700)
SHOTS: dict[str, Callable[[Context], QWidget]] = {}


def shot(name: str):
    def register(function):
        SHOTS[name] = function
        return function

    return register


class Context:
    def __init__(self, app: QApplication, folder: Path):
        self.app = app
        self.form = load_form(ROOT / "forms" / "enquete_habitat.xlsx").form
        self.store = Store.create(folder / "enquete.db")
        self.store.import_dwellings([
            RegisterRow(landlord_ref="GR-12042", site="Lens – Grande Résidence", building="Tour B", entrance="2",
                        floor=4, door="42", typology=3, surface=64.5, construction="collectif",
                        address="12 rue de la Grande Résidence", commune="Lens", depcom="62498"),
            RegisterRow(landlord_ref="CP-0007", site="Liévin – Chouard-Pasteur", construction="individuel",
                        address="7 rue Pasteur", commune="Liévin", depcom="62510", typology=4, surface=78.0),
        ], campaign="Lens-Liévin 2026")  # fmt: skip
        self.runner = TaskRunner(inline=True)
        self.keep: list[QWidget] = []

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def panel(self, landlord_ref: str, *, stop_after: int | None, individual: bool, status: str = "brouillon") -> InterviewPanel:
        dwelling = next(d for d in self.store.list_dwellings() if d.landlord_ref == landlord_ref)
        prefill = prefill_for(dwelling, "Camille Martin")
        answers = None
        if stop_after is not None:
            session = FormSession(self.form, meta=SessionMeta("poste-1", "Camille Martin", prefill))
            Filler(self.form, random.Random(3), individual=individual, complete=False).fill(session, stop_after=stop_after)
            answers = json_safe(session.to_document())
        record = self.store.create_interview(dwelling.id, self.form.form_id, self.form.version, self.form.hash,
                                             "Camille Martin", answers, status=status)  # fmt: skip
        panel = InterviewPanel(self.runner, self.store, self.form, record.id, "Camille Martin", prefill)
        panel.resize(*SIZE)
        panel.show()
        self.keep.append(panel)
        self.settle()
        return panel

    def type(self, panel: InterviewPanel, name: str, text: str, index: tuple = ()) -> None:
        panel.jump_to(name, index)
        widget = QApplication.focusWidget()
        QTest.keyClicks(widget, text)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        self.settle()


@shot("interview_identification")
def identification(ctx: Context) -> QWidget:
    return ctx.panel("GR-12042", stop_after=None, individual=False)


@shot("interview_page_checks")
def page_checks(ctx: Context) -> QWidget:
    panel = ctx.panel("GR-12042", stop_after=45, individual=False)
    panel.jump_to("revenu_mensuel")
    ctx.type(panel, "revenu_mensuel", "12000")  # a warning to confirm
    panel.jump_to("revenu_mensuel")
    ctx.settle()
    return panel


@shot("interview_repeat_table")
def repeat_table(ctx: Context) -> QWidget:
    panel = ctx.panel("CP-0007", stop_after=30, individual=True)
    panel.jump_to("nb_personnes")
    widget = QApplication.focusWidget()
    widget.selectAll()
    QTest.keyClicks(widget, "4")
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    ctx.settle()
    ctx.type(panel, "prenom", "Gisele", (3,))
    ctx.type(panel, "age", "131", (3,))  # a constraint error, red in the row and the table
    panel.jump_to("prenom", (3,))
    repeat = panel.binding.repeats[("membres", ())][0]
    panel.page_views[panel.current_page].ensureWidgetVisible(repeat.title, 0, 120)
    ctx.settle()
    return panel


@shot("interview_satisfaction_likert")
def likert(ctx: Context) -> QWidget:
    panel = ctx.panel("CP-0007", stop_after=140, individual=True)
    panel.go_to_page(panel.plan.page_index("satisfaction"))
    ctx.settle()
    return panel


@shot("interview_finish_summary")
def finish_summary(ctx: Context) -> QWidget:
    panel = ctx.panel("GR-12042", stop_after=60, individual=False)
    panel.ask_finish()
    ctx.settle()
    return panel.finish_dialog


@shot("interview_finished_locked")
def finished(ctx: Context) -> QWidget:
    return ctx.panel("GR-12042", stop_after=80, individual=False, status="termine")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/survey_screenshots"))
    parser.add_argument("shots", nargs="*", choices=[[], *SHOTS], default=[])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ctx = Context(app, Path(folder))
        for name in args.shots or list(SHOTS):
            widget = SHOTS[name](ctx)
            ctx.settle()
            path = args.out / f"{name}.png"
            widget.grab().save(str(path))
            print(path)
        ctx.runner.shutdown()
        ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
