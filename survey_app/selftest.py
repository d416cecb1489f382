"""Self-test of an installed or frozen app: proves on the target machine that every part it ships works.

`run_selftest()` is what `survey-app self-test` (and the same command on the frozen executable) runs.
In a temporary folder it creates a store, loads the bundled questionnaire, fills a small synthetic
campaign through the form engine (`core.demo.build_demo`), writes the Excel export and the PDF
building sheets and reads both back (`selftest_outputs`), then builds the application's QApplication,
main window and interview panel without showing them (`gui.selftest_window`). Each step prints one
French line: « OK », « ÉCHEC » with what failed and where, or « SAUTÉE » when a step it needs failed.
Without a display and without QT_QPA_PLATFORM it switches Qt to the offscreen platform first, since
a frozen Qt app aborts otherwise. Exit code 0 when every step passed, 1 otherwise. Nothing outside
the temporary folder is written (`keep_dir` names a folder to keep instead); a `db_path` store is
opened and its integrity checked.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from survey_app import APP_NAME, __version__

DEMO_DWELLINGS = 12
SURVEYOR = "Auto-test"
# Step titles, as printed.
Q_FORM = "Questionnaire"
Q_STORE = "Base temporaire"
Q_DEMO = "Entretiens de démonstration"
Q_EXCEL = "Export Excel"
Q_PDF = "Fiches PDF"
Q_WINDOW = "Fenêtre principale"
Q_USER_DB = "Base d'enquête"


class StepFailed(Exception):
    """A step could not complete; the message says what and where, in French."""


@dataclass(frozen=True)
class StepResult:
    title: str
    ok: bool
    detail: str
    seconds: float
    skipped: bool = False

    def line(self) -> str:
        if self.skipped:
            return f"  [SAUTÉE] {self.title} : {self.detail}"
        return f"  [{'OK    ' if self.ok else 'ÉCHEC '}] {self.title} : {self.detail} ({_seconds(self.seconds)})"


def _seconds(value: float) -> str:
    return f"{value:.2f} s".replace(".", ",")


def headless_platform(environ: dict[str, str] | os._Environ[str] | None = None, platform: str | None = None) -> bool:
    """Use Qt's offscreen platform when there is no display and QT_QPA_PLATFORM is unset; True if switched.

    Windows and macOS always have a display; on Linux a display is DISPLAY (X11) or WAYLAND_DISPLAY.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if environ.get("QT_QPA_PLATFORM") or platform.startswith(("win", "darwin")):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return True


class SelfTest:
    """The steps, in order; each one records a StepResult and the objects later steps build on."""

    def __init__(self, form_path: Path, workdir: Path, db_path: Path | None, out: TextIO) -> None:
        self.form_path = form_path
        self.workdir = workdir
        self.db_path = db_path
        self.out = out
        self.results: list[StepResult] = []
        self.form: Any = None
        self.store: Any = None

    # -- running -------------------------------------------------------------------------------

    def step(self, title: str, action: Callable[[], str], needs: tuple[str, ...] = ()) -> None:
        failed = [r.title for r in self.results if not r.ok and r.title in needs]
        started = time.perf_counter()
        if failed:
            result = StepResult(title, False, f"non exécutée, faute de l'étape « {failed[0]} »", 0.0, skipped=True)
        else:
            try:
                result = StepResult(title, True, action(), time.perf_counter() - started)
            except StepFailed as exc:
                result = StepResult(title, False, str(exc), time.perf_counter() - started)
            except Exception as exc:  # a self-test reports every failure; it never shows a traceback
                message = getattr(exc, "message", None) or f"{type(exc).__name__} : {exc}"
                result = StepResult(title, False, message, time.perf_counter() - started)
        self.results.append(result)
        print(result.line(), file=self.out, flush=True)

    def run(self) -> bool:
        self.step(Q_FORM, self.load_form)
        self.step(Q_STORE, self.create_store)
        self.step(Q_DEMO, self.fill_demo, needs=(Q_FORM, Q_STORE))
        self.step(Q_EXCEL, self.excel_round_trip, needs=(Q_DEMO,))
        self.step(Q_PDF, self.pdf_round_trip, needs=(Q_DEMO,))
        self.step(Q_WINDOW, self.main_window, needs=(Q_DEMO,))
        if self.db_path is not None:
            self.step(Q_USER_DB, self.check_user_store)
        if self.store is not None:
            self.store.close()
        return all(r.ok for r in self.results)

    # -- the steps -----------------------------------------------------------------------------

    def load_form(self) -> str:
        from survey_app.core.forms import load_form

        if not self.form_path.is_file():
            raise StepFailed(f"fichier introuvable : « {self.form_path} »")
        loaded = load_form(self.form_path)
        if not loaded.ok:
            first = "; ".join(issue.format() for issue in loaded.errors[:3])
            more = f" (et {len(loaded.errors) - 3} autres)" if len(loaded.errors) > 3 else ""
            raise StepFailed(f"questionnaire « {self.form_path} » invalide : {first}{more}")
        self.form = loaded.form
        return f"« {self.form_path.name} », version {self.form.version}, {len(self.form.questions())} questions"

    def create_store(self) -> str:
        from survey_app.core.store import Store

        path = self.workdir / "auto-test.db"
        self.store = Store.create(path, device_name=SURVEYOR, pragmas={"synchronous": "OFF"})
        problems = self.store.check_integrity()
        if problems:
            raise StepFailed(f"base « {path} » endommagée dès sa création : {problems[0]}")
        return f"base créée dans « {self.workdir} »"

    def fill_demo(self) -> str:
        from survey_app.core.demo import build_demo
        from survey_app.core.engine import FormSession

        report = build_demo(self.store, self.form, dwellings=DEMO_DWELLINGS, seed=1, surveyor=SURVEYOR, workers=1)
        done = self.store.list_interviews(status="termine")
        if not done:
            raise StepFailed(f"aucun entretien terminé sur {report.dwellings} logements")
        record = self.store.get_interview(done[0].id)
        reopened = FormSession(self.form, record.answers)
        blocking = reopened.blocking_problems()
        if blocking:
            problem = blocking[0]
            raise StepFailed(f"l'entretien {record.id} relu a une réponse manquante ou fausse : "
                             f"{problem.name} ({problem.message})")
        return (f"{report.dwellings} logements, {report.visits} passages, {report.interviews} entretiens "
                f"terminés, relus sans erreur")

    def excel_round_trip(self) -> str:
        from survey_app.selftest_outputs import excel_round_trip

        return excel_round_trip(self.store, self.form, self.workdir / "auto-test.xlsx")

    def pdf_round_trip(self) -> str:
        from survey_app.selftest_outputs import pdf_round_trip

        return pdf_round_trip(self.store, self.form, self.workdir / "auto-test.pdf")

    def main_window(self) -> str:
        from survey_app.gui.selftest_window import check_main_window

        return check_main_window(self.store, self.form, self.workdir, StepFailed)

    def check_user_store(self) -> str:
        from survey_app.core.store import Store

        with Store.open(self.db_path) as store:
            problems = store.check_integrity()
            if problems:
                raise StepFailed(f"base « {self.db_path} » endommagée : {problems[0]}")
            dwellings = len(store.list_dwellings())
            interviews = len(store.list_interviews())
        return f"« {self.db_path} » intègre : {dwellings} logements, {interviews} entretiens"


def run_selftest(
    form_path: str | os.PathLike[str] | None = None,
    db_path: str | os.PathLike[str] | None = None,
    keep_dir: str | os.PathLike[str] | None = None,
    out: TextIO | None = None,
) -> int:
    """Run every step, print one line each and a conclusion; 0 when all passed, 1 otherwise."""
    from survey_app.paths import default_form_path

    out = out or sys.stdout
    for stream in (out, sys.stderr):  # a character the console cannot show must not stop the self-test
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    switched = headless_platform()
    frozen = "application empaquetée" if getattr(sys, "frozen", False) else "depuis les sources"
    print(f"Auto-test — {APP_NAME} {__version__} ({frozen}, Python {sys.version.split()[0]}, {sys.platform})",
          file=out)
    if switched:
        print("  Aucun écran détecté : affichage Qt hors écran (offscreen).", file=out)
    started = time.perf_counter()
    if keep_dir is not None:
        workdir = Path(keep_dir).expanduser().absolute()
        try:
            workdir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"Impossible de créer le dossier « {workdir} » : {exc.strerror or exc}.", file=sys.stderr)
            return 1
        if any(workdir.iterdir()):
            print(f"Le dossier « {workdir} » n'est pas vide : indiquez un dossier vide ou nouveau.", file=sys.stderr)
            return 1
        temporary = None
    else:
        temporary = tempfile.mkdtemp(prefix="survey_app-autotest-")
        workdir = Path(temporary)
    test = SelfTest(
        Path(form_path).expanduser().absolute() if form_path else default_form_path(),
        workdir,
        Path(db_path).expanduser().absolute() if db_path else None,
        out,
    )
    try:
        passed = test.run()
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
    elapsed = _seconds(time.perf_counter() - started)
    if passed:
        print(f"Auto-test réussi : {len(test.results)} étapes en {elapsed}.", file=out, flush=True)
        return 0
    failed = [r.title for r in test.results if not r.ok and not r.skipped]
    skipped = sum(r.skipped for r in test.results)
    out.flush()
    print(f"Auto-test ÉCHOUÉ : {', '.join(failed)} en échec"
          + (f", {skipped} étape(s) non exécutée(s) par conséquent." if skipped else "."),
          file=sys.stderr, flush=True)
    return 1
