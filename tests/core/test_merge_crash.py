"""kill -9 during a merge: the master is left before or after each file, never in between.

A subprocess merges three packages one by one and prints each file's name once its merge has returned
(committed). It is killed at a random point. Afterwards the master must pass `integrity_check`, every
acknowledged file must be fully there, and every package must be either entirely present (its
interviews, visits and its line in the package log) or entirely absent.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from survey_app.core.store import Store
from tests.core.merge_support import interview, laptop, pack
from tests.core.test_store_support import raw_query

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 8

MERGER = """
import sys
from survey_app.core.merge import merge_file
from survey_app.core.store import Store

store = Store.open(sys.argv[1])
print("ready", flush=True)
for name in sys.argv[2:]:
    report = merge_file(store, name)
    assert report.merged, report.refused_reason
    print(report.name, flush=True)
"""


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("paquets")
    files, expected = [], {}
    for n in range(3):
        with laptop(folder, f"portable{n}") as store:
            ids = {interview(store, (n * 11 + k) % 35, f"Enquêteur {n}", {"q": k, "texte": f"{k} " * 20_000})
                   for k in range(40)}  # fmt: skip
            files.append(pack(store, folder / f"portable{n}.enqpkg"))
            expected[files[-1].name] = ids
    return files, expected


def _merge_and_kill(master: Path, files: list[Path], rng: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", MERGER, str(master), *map(str, files)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    # After 0 to 2 acknowledged files, a delay within one file's merge time: the kill lands anywhere.
    acknowledged = [proc.stdout.readline().strip() for _ in range(rng.randint(0, 2))]
    time.sleep(rng.uniform(0, 0.12))
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate(timeout=20)
    return acknowledged + rest.split()


def test_kill_minus_nine_leaves_each_file_all_or_nothing(tmp_path, packages):
    files, expected = packages
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    for trial in range(TRIALS):
        master = tmp_path / f"maitre{trial}.db"
        Store.create(master).close()
        acknowledged = _merge_and_kill(master, files, rng)
        assert raw_query(master, "PRAGMA integrity_check") == [("ok",)], f"seed {seed}, trial {trial}"
        with Store.open(master) as check:
            present = {i.id for i in check.list_interviews()}
        logged = {r[0] for r in raw_query(master, "SELECT file_name FROM package_log")}
        for name, ids in expected.items():
            inside = ids & present
            assert inside in (set(), ids), f"seed {seed}, trial {trial}: {name} half merged"
            assert (inside == ids) == (name in logged), f"seed {seed}, trial {trial}: log disagrees for {name}"
        assert set(acknowledged) <= logged, f"seed {seed}, trial {trial}: acknowledged file lost"
