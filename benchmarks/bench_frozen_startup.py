"""Benchmark of the frozen app: start-up to the end of `self-test`, against the same self-test from the sources.

Run: `.venv/bin/python benchmarks/bench_frozen_startup.py [--bundle dist/EnqueteHabitat] [--runs 5]`.
The bundle is the one-folder PyInstaller build of installer/build_linux.sh; when it is missing, the
script builds it first (about a minute; `pip install -e '.[build]'` must have been run). Each
measurement is a fresh process, without display (Qt switches to offscreen itself) and with a
throw-away home, timed from the process start to its exit, i.e. to the self-test's end:
- frozen: `dist/EnqueteHabitat/EnqueteHabitat self-test`;
- baseline: `python -m survey_app self-test` from this checkout, in the same run; the two are
  interleaved (frozen, source, frozen, source...) so that the machine's mood hits both alike.
Target: median frozen / median source at most 1.5. The bare start (`--version`, no Qt, no store) is
printed for information, with the same pairing. Both commands must exit 0: a failing self-test stops
the benchmark, since its time would mean nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"« {' '.join(command)} » a échoué (code {done.returncode}) :\n{done.stdout}{done.stderr}")
    return elapsed


def _pairs(frozen: list[str], source: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    _timed(frozen, env), _timed(source, env)  # warm the disk cache for both, not measured
    a, b = [], []
    for _ in range(runs):
        a.append(_timed(frozen, env))
        b.append(_timed(source, env))
    return a, b


def _report(title: str, frozen: list[float], source: list[float], target: float | None) -> float:
    ratio = statistics.median(frozen) / statistics.median(source)
    verdict = "" if target is None else (f"  (cible ≤ {target} : {'atteinte' if ratio <= target else 'MANQUÉE'})")
    print(f"{title}")
    print(f"  application empaquetée : médiane {statistics.median(frozen):.2f} s  "
          f"(min {min(frozen):.2f}, max {max(frozen):.2f})")
    print(f"  depuis les sources     : médiane {statistics.median(source):.2f} s  "
          f"(min {min(source):.2f}, max {max(source):.2f})")
    print(f"  rapport empaquetée / sources : {ratio:.2f}{verdict}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "EnqueteHabitat", help="dossier de l'application empaquetée")
    parser.add_argument("--runs", type=int, default=5, help="mesures de chaque côté (5 par défaut)")
    args = parser.parse_args()
    exe = args.bundle / ("EnqueteHabitat.exe" if sys.platform == "win32" else "EnqueteHabitat")
    if not exe.is_file():
        print(f"Application empaquetée absente ({exe}) : construction avec installer/build_linux.sh…", flush=True)
        subprocess.run([str(ROOT / "installer" / "build_linux.sh"), "--python", sys.executable,
                        "--dist", str(args.bundle.parent), "--no-deb"], check=True)  # fmt: skip
    source = [sys.executable, "-m", "survey_app"]
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as home:
        env = _env(Path(home))
        print(f"{args.runs} mesures de chaque côté, alternées, sans écran (offscreen) ; exécutable : {exe}\n")
        frozen, src = _pairs([str(exe), "self-test"], [*source, "self-test"], args.runs, env)
        ratio = _report("Démarrage jusqu'à la fin de l'auto-test (self-test)", frozen, src, TARGET)
        frozen, src = _pairs([str(exe), "--version"], [*source, "--version"], args.runs, env)
        _report("\nDémarrage à vide (--version), pour information", frozen, src, None)
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
