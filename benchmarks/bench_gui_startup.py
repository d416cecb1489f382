"""Benchmark: process start to a usable main window on a 2,000-dwelling store, against a bare PySide6 window.

Run: `.venv/bin/python benchmarks/bench_gui_startup.py [--dwellings 2000] [--runs 9]`. Both are measured in
the same run, as fresh processes, interleaved, offscreen:
- baseline: a bare `QMainWindow` shown, its first event-loop tick processed;
- the app: the same start as `survey-app --db STORE` (command-line parsing, QApplication, French
  translation, style, store opened and checked, surveyor known, main window shown, the whole campaign
  tree loaded and painted).
Each child reports the wall time from the moment the parent spawned it (a timestamp passed in the
environment) to "usable", then exits at once, so interpreter teardown is not counted on either side;
it also reports its CPU time (all threads), which a busy machine disturbs less than wall time.
A third child, the bare window after importing the full store (SQLAlchemy and the schema), shows what
the app avoids at start-up: it reads the campaign with plain sqlite3 and opens the full store on its
worker thread once the window is shown (core/store/quick_read.py, gui/deferred_store.py).
The store is a demo campaign (`core.demo.build_demo`: towers in Lens, houses in Liévin, visits,
completed interviews). The app's child also reports whether openpyxl or reportlab were imported: they
must not be at start-up. Target: median ratio at most 4.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
def ready():
    QApplication.processEvents()
    print(json.dumps({"seconds": time.time() - t0, "cpu": time.process_time()}), flush=True)
    os._exit(0)
import json
QTimer.singleShot(0, ready)
app.exec()
"""

# For comparison: the same bare window after importing the full store (SQLAlchemy and the schema),
# which the application now does on its worker thread after showing the campaign.
FLOOR = "import survey_app.core.store.store\n" + BARE

APP = """
import os, sys, time, json
t0 = float(os.environ["BENCH_T0"])
from survey_app.cli import build_parser
args = build_parser().parse_args(["--db", os.environ["BENCH_DB"]])
from survey_app.gui.app import run_app
def ready():
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMainWindow"))
    model = window.workspace.model
    report = {
        "seconds": time.time() - t0,
        "cpu": time.process_time(),
        "dwellings": len(model.dwellings()),
        "title": window.windowTitle(),
        "heavy": sorted(m for m in ("openpyxl", "reportlab", "pandas", "xlrd") if m in sys.modules),
    }
    print(json.dumps(report), flush=True)
    os._exit(0)
sys.exit(run_app(args.db, on_ready=ready))
"""

SET_SURVEYOR = """
import sys
from PySide6.QtCore import QCoreApplication
from survey_app import APP_NAME, ORG_NAME
from survey_app.core.store import Store
from survey_app.gui.settings import UiSettings
app = QCoreApplication(sys.argv[:1])
app.setOrganizationName(ORG_NAME)
app.setApplicationName(APP_NAME)
with Store.open(sys.argv[1]) as store:
    UiSettings().set_surveyor(str(store.device_id), "Enquêteur démo")
"""


def build_store(path: Path, dwellings: int) -> None:
    from survey_app.core.demo import build_demo
    from survey_app.core.forms import load_form
    from survey_app.core.store import Store
    from survey_app.paths import default_form_path

    form = load_form(default_form_path()).form
    with Store.create(path) as store:
        report = build_demo(store, form, dwellings=dwellings, seed=1)
    print(f"Base de démonstration : {report.summary()}")


def child(code: str, env: dict[str, str]) -> dict:
    env = {**env, "BENCH_T0": repr(time.time())}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"le processus de mesure a échoué ({out.returncode}) :\n{out.stdout}\n{out.stderr}")
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dwellings", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.db"
        build_store(db, args.dwellings)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(folder / "config"),  # QSettings of this run only
            "PYTHONPATH": str(ROOT),
            "BENCH_DB": str(db),
        }
        subprocess.run([sys.executable, "-c", SET_SURVEYOR, str(db)], env=env, check=True, cwd=ROOT)
        child(BARE, env), child(APP, env)  # warm the file cache; not counted
        bare, app, floor, bare_cpu, app_cpu, last = [], [], [], [], [], {}
        for _ in range(args.runs):
            first = child(BARE, env)
            bare.append(first["seconds"])
            bare_cpu.append(first["cpu"])
            floor.append(child(FLOOR, env)["seconds"])
            last = child(APP, env)
            app.append(last["seconds"])
            app_cpu.append(last["cpu"])
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    ratios = sorted(a / b for a, b in zip(app, bare))
    print(f"Fenêtre nue PySide6       : médiane {bare_ms:.0f} ms (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    floor_ms = statistics.median(floor) * 1000
    print(f"Fenêtre nue + import de la base complète (SQLAlchemy, ouverte après l'affichage) : "
          f"médiane {floor_ms:.0f} ms, rapport {floor_ms / bare_ms:.2f}")
    print(f"Application, {last['dwellings']} logements : médiane {app_ms:.0f} ms (min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})")
    cpu_ratio = statistics.median(app_cpu) / statistics.median(bare_cpu)
    print(f"Temps processeur (médianes) : fenêtre nue {statistics.median(bare_cpu) * 1000:.0f} ms, application "
          f"{statistics.median(app_cpu) * 1000:.0f} ms, rapport {cpu_ratio:.2f} (moins sensible à la charge de la machine)")
    print(f"Titre : {last['title']} ; modules lourds chargés au démarrage : {', '.join(last['heavy']) or 'aucun'}")
    print(f"Rapport application / fenêtre nue : {app_ms / bare_ms:.2f} (médianes), "
          f"{ratios[len(ratios) // 2]:.2f} (médiane des paires) ; objectif ≤ 4")  # fmt: skip
    return 0 if not last["heavy"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
