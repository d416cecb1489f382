"""Benchmark of the interview screen: from a key press to the updated form, skip logic included.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_keypress.py [--presses 400]`.
The default questionnaire is opened in `InterviewPanel` on a realistic half-filled interview (about
60 answers given by the demo filler, household and heating sections open), with the real threaded
task runner and a real store file. Each sample is one `QTest.keyClick` on a field that drives skip
logic, then `processEvents()` until the event queue is empty (layout, repaint, queued saves):
- « revenu mensuel » (integer): a digit, then Backspace, alternately; every press shows or hides the
  « pas de valeur notée, pourquoi ? » and income-band questions and recomputes the income chain;
- « résultat du passage » (radio buttons): digits 1 and 3 alternately; every press opens or closes the
  household sections C to K (thirty pages greyed or not in the side panel), and saves the answer.
The baseline is the same key click and event processing on a bare QLineEdit in a bare window, in
the same run. Printed: median, p95, max (ms) and the p95 ratio to the baseline, in wall-clock time and
in CPU time of the GUI thread (which stays meaningful when other processes load the machine; the load
average is printed). Target: wall p95 < 16 ms (one frame at 60 Hz) on this 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget  # noqa: E402

from survey_app.core.demo_filler import Filler  # noqa: E402
from survey_app.core.engine import FormSession, SessionMeta  # noqa: E402
from survey_app.core.forms import load_form  # noqa: E402
from survey_app.core.prefill import prefill_for  # noqa: E402
from survey_app.core.store import RegisterRow, Store  # noqa: E402
from survey_app.gui.interview import InterviewPanel  # noqa: E402
from survey_app.gui.interview.autosave import json_safe  # noqa: E402
from survey_app.gui.tasks import TaskRunner  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def half_filled(form, prefill: dict, seed: int = 7) -> dict:
    """An interview stopped half-way, as a surveyor at the door would leave it."""
    session = FormSession(form, meta=SessionMeta("bench", "Marie", prefill))
    Filler(form, random.Random(seed), individual=True, complete=False).fill(session, stop_after=60)
    for name, value in (("resultat_visite", "1"), ("accord", "1"), ("revenu_mensuel", None)):
        session.set_value(name, value)
    return json_safe(session.to_document())


def timed_presses(app: QApplication, target, keys: list, presses: int) -> tuple[list[float], list[float]]:
    """Wall-clock and GUI-thread CPU milliseconds per press (CPU shows the cost when other processes compete)."""
    for key in keys * 5:  # warm-up
        QTest.keyClick(target(), key)
        app.processEvents()
    wall, cpu = [], []
    for i in range(presses):
        widget = target()
        key = keys[i % len(keys)]
        start, start_cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(widget, key)
        app.processEvents()
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def report(name: str, measured: tuple[list[float], list[float]], baseline: tuple[list[float], list[float]] | None) -> None:
    wall, cpu = measured
    line = (f"{name:<42} wall: median {statistics.median(wall):6.2f}  p95 {p95(wall):6.2f}  max {max(wall):6.2f} ms"
            f" | GUI-thread CPU: median {statistics.median(cpu):5.2f}  p95 {p95(cpu):5.2f} ms")  # fmt: skip
    if baseline:
        line += f" | p95 ratio to baseline: wall {p95(wall) / p95(baseline[0]):5.1f}x, CPU {p95(cpu) / p95(baseline[1]):5.1f}x"
    print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=400)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    form = load_form(ROOT / "forms" / "enquete_habitat.xlsx").form
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "enquete.db")
        store.import_dwellings([RegisterRow(landlord_ref="CP-001", site="Liévin – Chouard-Pasteur", construction="individuel",
                                            address="1 rue Pasteur", commune="Liévin", depcom="62510", typology=4)],
                               campaign="Banc d'essai")  # fmt: skip
        dwelling = store.list_dwellings()[0]
        prefill = prefill_for(dwelling, "Marie")
        interview = store.create_interview(dwelling.id, form.form_id, form.version, form.hash, "Marie", half_filled(form, prefill))
        runner = TaskRunner()

        bare = QWidget()
        QVBoxLayout(bare).addWidget(line := QLineEdit(bare))
        bare.resize(1366, 740)
        bare.show()
        line.setFocus()
        app.processEvents()
        baseline = timed_presses(app, lambda: line, [Qt.Key.Key_5, Qt.Key.Key_Backspace], args.presses)
        bare.close()

        panel = InterviewPanel(runner, store, form, interview.id, "Marie", prefill)
        panel.resize(1366, 740)
        panel.show()
        while panel.session is None:
            app.processEvents()
        answered = sum(1 for _ in panel.session.to_document())
        panel.jump_to("revenu_mensuel")
        app.processEvents()
        income = panel.binding.questions[("revenu_mensuel", ())][0].editor.focus_target()
        status = panel.binding.questions[("revenu_mensuel_statut", ())][0]
        typed = timed_presses(app, lambda: income, [Qt.Key.Key_5, Qt.Key.Key_Backspace], args.presses)
        assert status.isVisible(), "the companion question is shown again after Backspace"
        panel.jump_to("resultat_visite")
        app.processEvents()
        result = panel.binding.questions[("resultat_visite", ())][0].editor
        picked = timed_presses(app, lambda: result, [Qt.Key.Key_3, Qt.Key.Key_1], max(args.presses // 2, 20))
        panel.close_interview()
        runner.shutdown()
        store.close()

    load = os.getloadavg()[0]
    print(f"Interview: default form, {answered} top-level answers kept, {len(panel.plan.pages)} pages; "
          f"{args.presses} presses per case; load average {load:.1f} on {os.cpu_count()} cores.")  # fmt: skip
    report("baseline: bare QLineEdit key press", baseline, None)
    report("revenu mensuel: digit / Backspace", typed, baseline)
    report("résultat du passage: 3 / 1 (sections C-K)", picked, baseline)
    worst = max(p95(typed[0]), p95(picked[0]))
    worst_cpu = max(p95(typed[1]), p95(picked[1]))
    print(f"worst p95: wall {worst:.2f} ms, GUI-thread CPU {worst_cpu:.2f} ms — target < 16 ms: "
          f"{'OK' if worst < 16 else 'NOT MET (wall)'}")  # fmt: skip
    return 0 if worst < 16 else 1


if __name__ == "__main__":
    sys.exit(main())
