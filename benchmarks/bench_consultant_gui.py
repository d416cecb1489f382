"""Benchmark: the consultant's long tasks run from the GUI cost no more than the core alone, and the GUI stays live.

Run: `.venv/bin/python benchmarks/bench_consultant_gui.py [--dwellings 2000] [--runs 3]` (offscreen).
On one demo store (`core.demo.build_demo`), in the same run, interleaved:
- baseline: `core.export.export_workbook` called directly (what `survey-app export` does);
- the GUI path: the same export started through `LongTask` on the real worker thread (`TaskRunner`),
  progress forwarded to the GUI thread by the queued signal into the progress dialog, until the
  result reaches the GUI thread. Ratio of medians; target: at most 1.1 (the dialog and the signals
  are noise next to the workbook).
While the GUI export runs, a 5 ms timer on the GUI thread records the gaps between its ticks: the
longest gap and the 99th percentile tell whether the interface kept answering (a frame is 16 ms;
the worker shares the interpreter lock, so gaps of a few ms are expected, never seconds).
The same for the building sheets PDF (`write_building_report`) when `--pdf` is given.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dwellings", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pdf", action="store_true", help="mesurer aussi les fiches bâtiments (PDF)")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from survey_app.core.demo import build_demo
    from survey_app.core.export import ExportOptions, export_workbook
    from survey_app.core.reports import ReportOptions, write_building_report
    from survey_app.core.store import Store
    from survey_app.gui.interview_launcher import default_form
    from survey_app.gui.long_task import LongTask
    from survey_app.gui.settings import UiSettings
    from survey_app.gui.tasks import TaskRunner
    from survey_app.gui.workspace import Workspace

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive for the whole run
    folder = Path(tempfile.mkdtemp(prefix="bench_consultant_"))
    form = default_form()
    store = Store.create(folder / "demo.db")
    print(f"Base de démonstration : {build_demo(store, form, dwellings=args.dwellings, seed=1).summary()}", flush=True)
    runner = TaskRunner()
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    task = LongTask(Workspace(runner, store, "Banc d'essai"),
                    UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)), window)

    def direct(kind: str, path: Path) -> float:
        started = time.perf_counter()
        if kind == "xlsx":
            export_workbook(store, form, path, ExportOptions())
        else:
            write_building_report(store, form, path, ReportOptions())
        return time.perf_counter() - started

    def through_gui(kind: str, path: Path) -> tuple[float, list[float]]:
        gaps: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(lambda: (gaps.append(clock.nsecsElapsed() / 1e6), clock.restart()))
        finished: list[object] = []

        def job(progress, cancelled):
            if kind == "xlsx":
                return export_workbook(store, form, path, ExportOptions(), progress=progress, cancelled=cancelled)
            return write_building_report(store, form, path, ReportOptions(), progress=progress, cancelled=cancelled)

        loop = QEventLoop()

        def end(outcome: object) -> None:
            finished.append(outcome)
            loop.quit()

        started = time.perf_counter()
        clock.start()
        ticker.start()
        task.start("Banc d'essai…", job, on_done=end, on_error=end)
        if not finished:
            loop.exec()  # the GUI thread idles in its event loop, as in the application
        elapsed = time.perf_counter() - started
        ticker.stop()
        if isinstance(finished[0], BaseException):
            raise finished[0]
        return elapsed, gaps[1:]

    kinds = ["xlsx"] + (["pdf"] if args.pdf else [])
    for kind in kinds:
        base, gui, gaps = [], [], []
        for run in range(args.runs):
            base.append(direct(kind, folder / f"direct_{run}.{kind}"))
            seconds, run_gaps = through_gui(kind, folder / f"gui_{run}.{kind}")
            gui.append(seconds)
            gaps += run_gaps
        name = "Export Excel" if kind == "xlsx" else "Fiches bâtiments (PDF)"
        ratio = statistics.median(gui) / statistics.median(base)
        gaps.sort()
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
        print(f"{name} : cœur seul médiane {statistics.median(base):.2f} s ; par l'interface (fil de travail, "
              f"progression par signal) médiane {statistics.median(gui):.2f} s ; rapport {ratio:.2f} (objectif ≤ 1,1)")
        print(f"  Boucle d'événements pendant la tâche : {len(gaps)} tics de 5 ms, écart p99 {p99:.1f} ms, "
              f"max {max(gaps, default=0):.1f} ms (une image = 16 ms)")
    runner.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
