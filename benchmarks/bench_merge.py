"""Benchmark of merging laptop packages into a master, against a hand-written SQL baseline in the same run.

Run: `.venv/bin/python benchmarks/bench_merge.py [--packages 50] [--interviews 2000] [--folder DIR]`.
- Packages: 50 laptops of 2,000 completed interviews each (plus their visits and a register of their
  sector, with 1 % of doors shared with the next sector so duplicates occur), built through the Store
  API with answer documents harvested from the demo campaign (real default-form interviews), then
  packed with `write_package`. `--folder DIR` keeps them for the next run. `--demo` builds each laptop
  with `survey-app demo --dwellings N --device laptopK --seed K` instead, N = interviews / 0.59 (about
  59 % of the dwellings get an interview; about 12 s a laptop; every seed shares the same register, so
  every door is surveyed by every laptop: a worst case for duplicates).
- Baseline (hand-written SQL, no checks): for each package, unzip `store.sqlite`, ATTACH it, one
  transaction of `INSERT INTO main.t SELECT ... FROM pkg.t WHERE true ON CONFLICT DO NOTHING` for the
  register, people, visits, interviews and their journal rows, COMMIT, DETACH; same PRAGMAs as the store.
- Merge: `merge_packages` into an empty master (verification, conflicts, duplicates, report included).
  Target: at most 2x the baseline.
- Merge again: the same 50 files; nothing may change, and it must take at most half the first merge.
- Memory: separate processes merging the first 10, 25 and 50 packages; peak RSS and tracemalloc peak
  must stay flat (the 50-package peak within 25 % of the 10-package one).

Last `--demo` run (2026-11-25, 50 laptops built with `survey-app demo --device`, 99,949 interviews,
225,292 visits): merge 41.2 s against 23.9 s for the SQL baseline, 1.71x; merge again 16.8 s, 0.41x,
nothing changed; peak RSS 138 MB at 10, 25 and 50 packages (x1.00). The tracemalloc peak grows
(7.8 → 23.8 MB) in that run only: every laptop surveys the same doors, so the doublon lists of the
review items and of the report grow with every package (they are the result, 3,390 dwellings with
up to 50 interviews each); with the default packages (1 % of doors shared) it stays flat.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from survey_app.core.merge import merge_packages, write_package  # noqa: E402
from survey_app.core.store import RegisterRow, Store  # noqa: E402

CAMPAIGN = "Lens-Liévin 2026"
FORM = ("enquete_habitat", "2026.1", "sha256:demo")
DEMO_INTERVIEW_SHARE = 0.59  # the demo gives about 59 % of its dwellings an interview
TABLES = ("campaigns", "sites", "buildings", "entrances", "dwellings", "surveyors", "devices", "visits", "interviews")


def harvest_answers(folder: Path) -> list[dict]:
    """Answer documents of real default-form interviews, from a small demo campaign."""
    from survey_app.core.demo import build_demo
    from survey_app.core.forms import load_form
    from survey_app.paths import bundled_dir

    form = load_form(bundled_dir("forms") / "enquete_habitat.xlsx").form
    with Store.create(folder / "modele.db", pragmas={"synchronous": "OFF"}) as store:
        build_demo(store, form, dwellings=160, seed=7)
        docs = [store.get_interview(i.id).answers for i in store.list_interviews(status="termine")]
    (folder / "modele.db").unlink()
    return docs


def sector_rows(k: int, count: int, shared: int) -> list[RegisterRow]:
    """Sector k's towers, plus the first `shared` doors of sector k+1 (knocked on by both laptops)."""
    rows = []
    for sector, n in ((k, count), (k + 1, shared)):
        for i in range(n):
            tower, rest = divmod(i, 80)
            entrance, rest = divmod(rest, 40)
            floor, door = divmod(rest, 4)
            rows.append(RegisterRow(
                landlord_ref=f"S{sector:02d}-{i:05d}", site=f"Secteur {sector:02d}", building=f"Tour {tower + 1}",
                entrance=str(entrance + 1), floor=floor, door=f"{floor}{door + 1}", typology=3, rooms=3,
                surface=64.0, construction="collectif", address=f"{tower + 1} rue du Secteur {sector}",
                commune="Lens", depcom="62498",
            ))  # fmt: skip
    return rows


def build_laptop(path: Path, k: int, interviews: int, docs: list[dict]) -> None:
    rng = random.Random(k)
    shared = max(1, interviews // 100)
    with Store.create(path, device_name=f"laptop{k}", pragmas={"synchronous": "OFF"}) as store:
        store.import_dwellings(sector_rows(k, interviews - shared, shared), campaign=CAMPAIGN)
        surveyor = f"Enquêteur {k}"
        for d in store.list_dwellings():
            if rng.random() < 0.3:
                store.record_visit(d.id, "absent", surveyor)
            answers = copy.deepcopy(rng.choice(docs))
            answers["id_logement"] = d.landlord_ref
            record = store.create_interview(d.id, *FORM, surveyor, answers, status="termine")
            store.record_visit(d.id, "realise", surveyor, interview_id=record.id)


def build_packages(folder: Path, count: int, interviews: int, demo: bool) -> list[Path]:
    files = [folder / f"laptop{k:02d}.enqpkg" for k in range(1, count + 1)]
    missing = [f for f in files if not f.exists()]
    if not missing:
        return files
    docs = [] if demo else harvest_answers(folder)
    started = time.perf_counter()
    for f in missing:
        k = int(f.stem[6:])
        db = folder / f"{f.stem}.db"
        db.unlink(missing_ok=True)
        if demo:
            subprocess.run([str(ROOT / ".venv" / "bin" / "survey-app"), "demo", "--db", str(db), "--dwellings",
                            str(round(interviews / DEMO_INTERVIEW_SHARE)), "--device", f"laptop{k}", "--seed", str(k)],
                           check=True,
                           stdout=subprocess.DEVNULL)  # fmt: skip
        else:
            build_laptop(db, k, interviews, docs)
        with Store.open(db) as store:
            write_package(store, f)
        db.unlink()
        print(f"  paquet {f.name} construit ({f.stat().st_size // 1024} Ko)", flush=True)
    print(f"Construction de {len(missing)} paquet(s) : {time.perf_counter() - started:.0f} s (non mesuré)")
    return files


def baseline(files: list[Path], master: Path) -> float:
    """Hand-written SQL: ATTACH each package and INSERT ... ON CONFLICT DO NOTHING, one transaction a file."""
    Store.create(master).close()
    conn = sqlite3.connect(master, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in (*TABLES, "journal")}
    columns["journal"].remove("seq")
    work = Path(tempfile.mkdtemp(prefix="bench_base_"))
    started = time.perf_counter()
    for f in files:
        db = work / "store.sqlite"
        with zipfile.ZipFile(f) as zf, zf.open("store.sqlite") as src, db.open("wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
        conn.execute("ATTACH DATABASE ? AS pkg", (f"{db.as_uri()}?mode=ro&immutable=1",))
        conn.execute("BEGIN IMMEDIATE")
        for table in (*TABLES, "journal"):
            cols = ", ".join(columns[table])
            where = "table_name IN ('interviews', 'visits')" if table == "journal" else "true"
            conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM pkg.{table} WHERE {where} "
                         "ON CONFLICT DO NOTHING")  # fmt: skip
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE pkg")
        db.unlink()
    elapsed = time.perf_counter() - started
    conn.close()
    shutil.rmtree(work)
    return elapsed


def fingerprint(path: Path) -> str:
    """Everything the merge may change, except the package log's « last merged » times."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    digest = hashlib.sha256()
    for sql in (
        "SELECT id, revision_id, status, deleted_at FROM interviews ORDER BY id",
        "SELECT id, deleted_at FROM visits ORDER BY id",
        "SELECT id, modified_at FROM dwellings ORDER BY id",
        "SELECT interview_id, revision_id, state FROM interview_versions ORDER BY 1, 2",
        "SELECT kind, subject_id, state, detail FROM review_items ORDER BY 1, 2",
        "SELECT count(*), max(seq) FROM journal",
        "SELECT count(*) FROM package_log",
    ):
        digest.update(json.dumps(conn.execute(sql).fetchall()).encode())
    conn.close()
    return digest.hexdigest()


def counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("interviews", "visits", "dwellings"))
    finally:
        conn.close()


def memory_run(folder: Path, n: int) -> None:
    """Merge the first n packages into a fresh master; print peak RSS (KiB) and tracemalloc peak (bytes)."""
    import tracemalloc

    files = sorted(folder.glob("laptop*.enqpkg"))[:n]
    master = folder / f"memoire-{n}.db"
    master.unlink(missing_ok=True)
    tracemalloc.start()
    with Store.create(master) as store:
        merge_packages(store, files)
    peak = tracemalloc.get_traced_memory()[1]
    print(json.dumps({"rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "traced": peak}))
    for leftover in folder.glob(f"memoire-{n}.db*"):
        leftover.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=50)
    parser.add_argument("--interviews", type=int, default=2000)
    parser.add_argument("--folder", type=Path, help="dossier où garder les paquets construits")
    parser.add_argument("--demo", action="store_true", help="construire les portables avec survey-app demo")
    parser.add_argument("--memory-run", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_run:
        memory_run(args.folder, args.memory_run)
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench_merge_"))
    folder.mkdir(parents=True, exist_ok=True)
    files = build_packages(folder, args.packages, args.interviews, args.demo)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} paquets, {size / 2**20:.0f} Mo compressés au total")
    for f in files:  # same page-cache state for every contender
        f.read_bytes()
    work = Path(tempfile.mkdtemp(prefix="bench_maitres_", dir=folder))
    base1 = baseline(files, work / "base1.db")
    with Store.create(work / "maitre.db") as store:
        started = time.perf_counter()
        first = merge_packages(store, files)
        merge1 = time.perf_counter() - started
        before = fingerprint(work / "maitre.db")
        started = time.perf_counter()
        second = merge_packages(store, files)
        merge2 = time.perf_counter() - started
    after = fingerprint(work / "maitre.db")
    base2 = baseline(files, work / "base2.db")
    base = (base1 + base2) / 2
    totals, again = first.totals(), second.totals()
    same_rows = counts(work / "maitre.db") == counts(work / "base1.db")
    print(f"Référence SQL (ATTACH + INSERT ... ON CONFLICT DO NOTHING) : {base1:.2f} s puis {base2:.2f} s")
    print(f"Fusion : {merge1:.2f} s ({totals['interviews_new']} entretiens nouveaux, {totals['visits_added']} visites, "
          f"{totals['dwellings_twice']} logements enquêtés deux fois) ; mêmes lignes que la référence : {same_rows}")
    ok1 = merge1 / base <= 2 and same_rows
    print(f"  -> ratio fusion / référence : {merge1 / base:.2f} (cible ≤ 2){' OK' if ok1 else ' AU-DESSUS DE LA CIBLE'}")
    unchanged = before == after and not any(f.changed for f in second.files)
    ok2 = merge2 / merge1 <= 0.5 and unchanged
    print(f"Refusion des mêmes paquets : {merge2:.2f} s, rien de changé : {unchanged} "
          f"({again['interviews_identical']} entretiens identiques)")
    print(f"  -> ratio refusion / fusion : {merge2 / merge1:.2f} (cible ≤ 0,5){' OK' if ok2 else ' AU-DESSUS DE LA CIBLE'}")
    shutil.rmtree(work)
    peaks = {}
    for n in (10, 25, 50):
        if n > len(files):
            continue
        out = subprocess.run([sys.executable, __file__, "--memory-run", str(n), "--folder", str(folder)],
                             capture_output=True, text=True, check=True)  # fmt: skip
        peaks[n] = json.loads(out.stdout)
        print(f"Mémoire, {n} paquets : pic RSS {peaks[n]['rss_kib'] / 1024:.0f} Mo, "
              f"pic tracemalloc {peaks[n]['traced'] / 2**20:.1f} Mo")
    ok3 = True
    if len(peaks) > 1:
        low, high = peaks[min(peaks)], peaks[max(peaks)]
        rss_ratio, traced_ratio = high["rss_kib"] / low["rss_kib"], high["traced"] / low["traced"]
        ok3 = rss_ratio <= 1.25 and traced_ratio <= 1.25
        print(f"  -> {max(peaks)} / {min(peaks)} paquets : RSS x{rss_ratio:.2f}, tracemalloc x{traced_ratio:.2f} "
              f"(cible ≤ 1,25 : mémoire plate){' OK' if ok3 else ' AU-DESSUS DE LA CIBLE'}")
    if not args.folder:
        shutil.rmtree(folder)
    return 0 if ok1 and ok2 and ok3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
