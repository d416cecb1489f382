"""Benchmark of the survey store: saving one answer, and listing 2,000 dwellings with status and last visit.

Run: `.venv/bin/python benchmarks/bench_store.py [--dwellings 2000] [--saves 300]`. Everything is
measured in the same run, on files in the same temporary folder, and reported as ratios against a
baseline measured alongside, because absolute disk times drift (fsync varies ten-fold within an hour):
- saving one answer through `Store.save_answer` (read the interview, change one value, revision + 1,
  journal row, COMMIT) against a bare `sqlite3` single-row upsert committed on its own, both in WAL
  with synchronous=FULL; the two are interleaved in small blocks so disk moods hit both alike.
  Target: median ratio at most 3. The same pair with synchronous=NORMAL is printed for information:
  it shows the CPU cost of the store alone (no fsync to hide it).
- listing the campaign's 2,000 dwellings with their status and last visit (one SQL query): median ms,
  target under 50 ms; and the site > building > entrance > floor tree built on it.
The store is filled here with a synthetic register, visits and interviews of about 134 answers.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event  # noqa: E402

from survey_app.core.store import RegisterRow, Store  # noqa: E402

OUTCOMES = ["absent"] * 5 + ["rendez_vous", "refus", "refus", "vacant", "realise", "realise", "partiel", "impossible"]


def synthetic_register(n: int, rng: random.Random) -> list[RegisterRow]:
    """About 85 % flats in towers in Lens (entrances, floors), the rest houses in Liévin."""
    rows = []
    flats = int(n * 0.85)
    for i in range(flats):
        tower, rest = divmod(i, 80)
        entrance, rest = divmod(rest, 40)
        floor, door = divmod(rest, 4)
        rows.append(RegisterRow(
            landlord_ref=f"GR{i:05d}", site="Lens – Grande Résidence", building=f"Tour {tower + 1}",
            entrance=str(entrance + 1), floor=floor, door=f"{floor}{door + 1}", typology=rng.randint(1, 6),
            rooms=rng.randint(1, 6), surface=round(rng.uniform(25, 110), 1), construction="collectif",
            address=f"{tower + 1} rue de la Grande Résidence", commune="Lens", depcom="62498",
            extra={"FINAN": "HLM/O", "CONSTRUCT": 1965, "DPEENERGIE": rng.choice("CDEFG")},
        ))  # fmt: skip
    for i in range(n - flats):
        rows.append(RegisterRow(
            landlord_ref=f"CP{i:05d}", site="Liévin – Chouard-Pasteur", construction="individuel",
            address=f"{i + 1} rue Pasteur", commune="Liévin", depcom="62510", typology=rng.randint(3, 5),
        ))  # fmt: skip
    return rows


def realistic_answers(rng: random.Random) -> dict:
    """About 134 answers of mixed types and a household repeat."""
    answers: dict = {}
    for q in range(120):
        kind = q % 4
        answers[f"q{q:03d}"] = (
            rng.choice(["oui", "non", "ne_sait_pas"]) if kind == 0
            else rng.randint(0, 3000) if kind == 1
            else round(rng.uniform(0, 500), 2) if kind == 2
            else [rng.choice(["gaz", "elec", "bois", "charbon"])]
        )  # fmt: skip
    answers["membres"] = [{"age": rng.randint(1, 90), "sexe": rng.choice("FM"), "activite": "emploi"} for _ in range(4)]
    answers["_confirmed"] = ["q001"]
    return answers


def fill_store(path: Path, n: int, rng: random.Random) -> str:
    """A store with `n` dwellings, visits and interviews; returns one interview id to edit."""
    # Filling is setup, not what is measured: skip fsyncs while loading.
    with Store.create(path, pragmas={"synchronous": "OFF"}) as store:
        store.import_dwellings(synthetic_register(n, rng), campaign="Lens-Liévin 2026")
        t0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
        interview_id = ""
        for d in store.list_dwellings():
            for k in range(rng.choice([0, 1, 1, 2, 3])):
                outcome = rng.choice(OUTCOMES)
                when = t0 + timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 600))
                store.record_visit(
                    d.id, outcome, rng.choice(["Marie", "Paul", "Inès"]), when, note="",
                    appointment_at=when + timedelta(days=2) if outcome == "rendez_vous" else None,
                    refusal_reason="pas le temps" if outcome == "refus" else None,
                )  # fmt: skip
                if outcome in ("realise", "partiel"):
                    status = "termine" if outcome == "realise" else "brouillon"
                    iv = store.create_interview(d.id, "menage", "2026.1", "sha256:0", "Marie",
                                                realistic_answers(rng), status=status)  # fmt: skip
                    interview_id = iv.id
        return interview_id


def bare_connection(path: Path, synchronous: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("CREATE TABLE IF NOT EXISTS answers (interview_id TEXT, path TEXT, value TEXT, PRIMARY KEY (interview_id, path))")
    return conn


UPSERT = (
    "INSERT INTO answers (interview_id, path, value) VALUES (?, ?, ?) "
    "ON CONFLICT (interview_id, path) DO UPDATE SET value = excluded.value"
)


def compare_saves(store: Store, interview_id: str, bare: sqlite3.Connection, saves: int) -> tuple[float, float]:
    """Interleaved blocks of store saves and bare upserts; returns the two medians in ms."""
    store_times, bare_times = [], []
    block = 10
    for start in range(0, saves, block):
        for i in range(start, start + block):
            t = time.perf_counter()
            store.save_answer(interview_id, (f"q{i % 120:03d}",), f"valeur {i}", surveyor="Marie")
            store_times.append(time.perf_counter() - t)
        for i in range(start, start + block):
            t = time.perf_counter()
            bare.execute(UPSERT, ("iv", f"q{i % 120:03d}", json.dumps(f"valeur {i}")))
            bare_times.append(time.perf_counter() - t)
    return statistics.median(store_times) * 1000, statistics.median(bare_times) * 1000


def time_listing(store: Store, runs: int) -> tuple[float, float, int, int]:
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # noqa: ANN001
        statements.append(statement.split()[0].upper())

    event.listen(store._engine, "before_cursor_execute", count)  # benchmark-only peek
    rows = store.list_dwellings()
    event.remove(store._engine, "before_cursor_execute", count)
    queries = len([s for s in statements if s not in ("BEGIN", "COMMIT")])
    list_times, tree_times = [], []
    for _ in range(runs):
        t = time.perf_counter()
        store.list_dwellings()
        list_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.tree()
        tree_times.append(time.perf_counter() - t)
    return statistics.median(list_times) * 1000, statistics.median(tree_times) * 1000, len(rows), queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dwellings", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        interview_id = fill_store(folder / "enquete.db", args.dwellings, rng)
        print(f"Remplissage : {args.dwellings} logements, visites et entretiens en {time.perf_counter() - t:.1f} s")
        with Store.open(folder / "enquete.db") as store:
            size = len(json.dumps(store.get_interview(interview_id).answers))
            print(f"Entretien modifié : {len(store.get_interview(interview_id).answers)} clés, {size} octets de JSON")
            ok = True
            for synchronous in ("FULL", "NORMAL"):
                bare = bare_connection(folder / f"bare_{synchronous}.db", synchronous)
                if synchronous == "NORMAL":
                    store._raw().execute("PRAGMA synchronous = NORMAL")  # information only
                store_ms, bare_ms = compare_saves(store, interview_id, bare, args.saves)
                bare.close()
                ratio = store_ms / bare_ms
                verdict = "" if synchronous == "NORMAL" else (" OK" if ratio <= 3 else " AU-DESSUS DE LA CIBLE")
                target = "(cible ≤ 3)" if synchronous == "FULL" else "(pour information : coût CPU sans fsync)"
                print(
                    f"Enregistrer une réponse, WAL + synchronous={synchronous} : Store {store_ms:.3f} ms, "
                    f"upsert sqlite3 nu {bare_ms:.3f} ms (médianes) -> ratio {ratio:.2f} {target}{verdict}"
                )
                ok = ok and (synchronous == "NORMAL" or ratio <= 3)
            store._raw().execute("PRAGMA synchronous = FULL")
            list_ms, tree_ms, count, queries = time_listing(store, runs=30)
            print(
                f"Lister {count} logements avec statut et dernière visite : {list_ms:.1f} ms (médiane, "
                f"{queries} requête SQL ; cible < 50 ms){' OK' if list_ms < 50 and queries == 1 else ' AU-DESSUS DE LA CIBLE'}"
            )
            print(f"Arbre site > bâtiment > entrée > étage (liste comprise) : {tree_ms:.1f} ms (médiane)")
            ok = ok and list_ms < 50 and queries == 1
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
