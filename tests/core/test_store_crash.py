"""kill -9 proof: a writer process saving one answer per transaction is killed at random points.

After each kill, every answer whose save had returned (the writer prints its number only after
`save_answer` returned, i.e. after COMMIT) must be in the store, the revision counter and the journal
must agree with the answers present, and `PRAGMA integrity_check` must say ok. The same file goes
through every kill, so recovery after a crash is exercised repeatedly.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from survey_app.core.store import Store
from tests.core.test_store_support import populated_store, raw_query

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 10

WRITER = """
import sys
from survey_app.core.store import Store

path, interview_id, trial = sys.argv[1], sys.argv[2], sys.argv[3]
store = Store.open(path)
dwelling = store.list_dwellings()[0].id
print("ready", flush=True)
i = 0
while True:
    store.save_answer(interview_id, ("t" + trial + "_" + str(i),), i, surveyor="Enquêteur crash")
    if i % 7 == 3:
        store.record_visit(dwelling, "absent", "Enquêteur crash", note=trial + "_" + str(i))
    print(i, flush=True)
    i += 1
"""


def _run_and_kill(db: Path, interview_id: str, trial: int, rng: random.Random) -> list[int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), interview_id, str(trial)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    # Random kill point: after a random number of acknowledged saves, then a random extra delay so
    # the kill can land anywhere inside the next transaction (BEGIN, UPDATE, journal, COMMIT, fsync).
    wanted = rng.randint(0, 40)
    acknowledged = []
    while len(acknowledged) < wanted:
        line = proc.stdout.readline()
        assert line, f"writer died early: {proc.stderr.read() if proc.stderr else ''}"
        acknowledged.append(int(line))
    time.sleep(rng.uniform(0, 0.004))
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate(timeout=10)
    acknowledged += [int(x) for x in rest.split()]  # printed before the kill: committed too
    assert proc.returncode == -signal.SIGKILL
    return acknowledged


def test_kill_minus_nine_loses_no_acknowledged_answer(tmp_path):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    store = populated_store(tmp_path)
    interview = store.create_interview(store.list_dwellings()[0].id, "menage", "1", "h", "Marie")
    store.close()
    db = tmp_path / "enquete.db"
    for trial in range(TRIALS):
        acknowledged = _run_and_kill(db, interview.id, trial, rng)
        assert raw_query(db, "PRAGMA integrity_check") == [("ok",)], f"seed {seed}, trial {trial}"
        with Store.open(db) as check:
            assert check.check_integrity() == []
            record = check.get_interview(interview.id)
            saved = {k: v for k, v in record.answers.items() if k.startswith(f"t{trial}_")}
            missing = [i for i in acknowledged if saved.get(f"t{trial}_{i}") != i]
            assert missing == [], f"seed {seed}, trial {trial}: acknowledged answers lost {missing}"
            # At most the one in-flight answer may be there without its acknowledgement.
            assert len(saved) - len(acknowledged) in (0, 1), f"seed {seed}, trial {trial}"
            # Revision, journal and answers moved together (no half-written save).
            journal = check.journal(table="interviews", row_id=interview.id)
            assert record.revision == 1 + len(record.answers) == len(journal), f"seed {seed}, trial {trial}"
            assert check.revision_chain(interview.id)[-1] == record.revision_id
            visits = [v.note for v in check.list_visits()]
            assert all(f"{trial}_{i}" in visits for i in acknowledged if i % 7 == 3), f"seed {seed}"
