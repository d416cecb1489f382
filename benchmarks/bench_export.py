"""Benchmark of the Excel export: time against openpyxl and pandas, and flat memory, on demo campaigns.

Run: `.venv/bin/python benchmarks/bench_export.py [--dwellings 172000] [--small-dwellings 17200] [--folder DIR]`.
For a quick look: `--dwellings 17200 --small-dwellings 2000`.

Data: two stores made with `survey-app demo --dwellings N` (the demo gives about 59 % of its dwellings
an interview: 172,000 dwellings → 101,676 interviews, 94,773 finished and 6,903 drafts, 228,708
visits; 17,200 → about 10,000), filled through the form engine — about 35 minutes for the big one on
a busy 2-core machine, once: the stores are kept in `--folder` and reused by later runs.

Every measurement runs in its own subprocess, one after the other, in the same run:
1. the whole export (`export_workbook`, all sheets) of the big store: wall time and peak RSS;
2. baseline: the same row values, computed first by the export's own code (not timed), written with
   openpyxl's write-only mode (lxml installed) into the same sheets — plain `ws.append(values)`;
   target: export ≤ 1.3 × baseline;
3. pandas `to_excel` (openpyxl engine, pandas' default when XlsxWriter is absent) of the same tables,
   one DataFrame per sheet built beforehand (not timed); target: export at least 2 × faster. pandas is
   a benchmark-only dependency (`.venv/bin/pip install pandas`), not a runtime one. pandas holds every
   cell in memory (about 2 GB per 10,000 interviews of this questionnaire): when it exceeds the
   `--pandas-memory` limit on the big store, it is measured on the small one and compared with the
   export of that same store, and the output says so;
4. the export of the small store: peak RSS of the big export ≤ 1.5 × the small one's (memory flat).
Times are printed as wall time and CPU time (user + system of that process); the verdicts use CPU
time, which other programs running on the machine cannot inflate (wall-time ratios are printed too).

Last run (2026-11-25, 2-core machine, 23 GB): 101,676 interviews, 59.2 million cells — export 257.5 s
CPU, openpyxl write-only 353.3 s: ratio 0.73 (rows are serialised as one XML text each, `row_xml`;
before that change 1.29); pandas on 10,151 interviews 72.0 s against the export's 24.1 s: 2.98x
(pandas would need about 22 GB for the big store); peak RSS 131 MB against 94 MB: 1.39.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PANDAS_MB_PER_INTERVIEW = 0.22  # measured: 2.17 GB peak for 10,151 interviews of the default questionnaire


def build_store(folder: Path, dwellings: int) -> Path:
    path = folder / f"demo_{dwellings}.db"
    if not path.exists():
        print(f"Construction de la base de démonstration : {dwellings} logements (une seule fois)…", flush=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "survey_app", "demo", "--db", str(path), "--dwellings", str(dwellings)],
                       cwd=ROOT, check=True)  # fmt: skip
        print(f"  faite en {time.perf_counter() - started:.0f} s", flush=True)
    return path


# -- what each subprocess runs -------------------------------------------------------------------------
def _form():
    from survey_app.core.forms import load_form
    from survey_app.paths import default_form_path

    return load_form(default_form_path()).form


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Clock:
    """Wall time and CPU time of a block: CPU time is what other programs on the machine cannot inflate."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, _cpu() - self.cpu

    def result(self, **extra) -> dict:
        return {"seconds": self.wall, "cpu": self.cpu, "peak_mb": _peak_mb(), **extra}


def run_export(store: str, out: str) -> dict:
    from survey_app.core.export import export_workbook

    form = _form()
    with _Clock() as clock:
        report = export_workbook(store, form, out)
    return clock.result(interviews=report.interviews, rows=report.rows)


def _recorded_rows(store: str, out: str) -> list[tuple[str, list[str], list[list]]]:
    """The rows the export hands to its sheets, before any cell conversion, recorded instead of written."""
    from survey_app.core.export import export_workbook, sheets
    from survey_app.core.export.cells import Number

    recorded: list[tuple[str, list[str], list[list]]] = []
    init = sheets.SheetWriter.__init__

    def record_init(self, wb, title, headers, report, **kw):
        init(self, wb, title, headers, report, **kw)
        self.recorded = []
        recorded.append((title, headers, self.recorded))

    def record(self, row):
        self.recorded.append([v.value if isinstance(v, Number) else v for v in row])

    sheets.SheetWriter.__init__ = record_init
    sheets.SheetWriter.append = record
    sheets.SheetWriter.close = lambda self: None
    export_workbook(store, _form(), out)
    return recorded


def run_baseline(store: str, out: str) -> dict:
    import gc

    from openpyxl import Workbook

    recorded = _recorded_rows(store, out)
    gc.collect()
    gc.freeze()  # the recorded rows are not garbage: keep the collector from walking them while timing
    with _Clock() as clock:
        wb = Workbook(write_only=True)
        for title, headers, rows in recorded:
            ws = wb.create_sheet(title)
            ws.append(headers)
            for row in rows:
                ws.append(row)
        wb.save(out)
    return clock.result(cells=sum(len(h) * (len(r) + 1) for _, h, r in recorded))


def run_pandas(store: str, out: str, limit_gb: float) -> dict:
    import gc

    try:
        import pandas as pd
    except ImportError:
        return {"error": "pandas absent (.venv/bin/pip install pandas)"}
    recorded = _recorded_rows(store, out)
    frames = [(title, pd.DataFrame(rows, columns=headers)) for title, headers, rows in recorded]
    del recorded
    gc.collect()
    gc.freeze()
    limit = int(limit_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        with _Clock() as clock, pd.ExcelWriter(out, engine="openpyxl") as writer:
            for title, frame in frames:
                frame.to_excel(writer, sheet_name=title, index=False)
    except MemoryError:
        return {"error": f"mémoire insuffisante (limite {limit_gb:g} Go)"}
    return clock.result()


def _child(kind: str, store: Path, out: Path, pandas_memory: float) -> dict:
    code = (f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); import benchmarks.bench_export as b; "
            f"print(json.dumps(b.run_{kind}({str(store)!r}, {str(out)!r}{', ' + repr(pandas_memory) if kind == 'pandas' else ''})))")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def n_label(result: dict) -> str:
    return f"{result['interviews']} entretiens"


def _times(result: dict) -> str:
    return f"{result['seconds']:7.1f} s / {result['cpu']:7.1f} s"


def _ratios(a: dict, b: dict) -> str:
    return f"{a['seconds'] / b['seconds']:.2f} (CPU {a['cpu'] / b['cpu']:.2f})"


def _verdict(ok: bool) -> str:
    return "OK" if ok else "ÉCHEC"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dwellings", type=int, default=172_000, help="dwellings of the big demo store")
    parser.add_argument("--small-dwellings", type=int, default=17_200, help="dwellings of the small one (memory)")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/bench_export"))
    parser.add_argument("--pandas-memory", type=float, default=18.0, help="address-space limit for pandas, in GB")
    parser.add_argument("--skip-pandas", action="store_true")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    big, small = build_store(args.folder, args.dwellings), build_store(args.folder, args.small_dwellings)
    out = args.folder / "out.xlsx"

    print(f"Export de {big.name}…", flush=True)
    export = _child("export", big, out, 0)
    if "error" in export:
        print("Export en échec :", export["error"])
        return 1
    print(f"  {export['interviews']} entretiens, lignes : {export['rows']}", flush=True)
    print("Référence openpyxl write-only…", flush=True)
    baseline = _child("baseline", big, args.folder / "baseline.xlsx", 0)
    print(f"Export de {small.name} (mémoire)…", flush=True)
    small_export = _child("export", small, args.folder / "small.xlsx", 0)
    pandas, pandas_against = {"error": "non mesuré (--skip-pandas)"}, export
    if not args.skip_pandas:
        print("Référence pandas to_excel…", flush=True)
        needed = export["interviews"] * PANDAS_MB_PER_INTERVIEW / 1024
        if needed > args.pandas_memory:
            pandas = {"error": f"il lui faudrait environ {needed:.0f} Go, au-delà de --pandas-memory {args.pandas_memory:g}"}
        else:
            pandas = _child("pandas", big, args.folder / "pandas.xlsx", args.pandas_memory)
        if "error" in pandas and "error" not in small_export:
            # pandas builds every cell in memory (about 2 GB per 10,000 interviews): when it cannot run on
            # the big store, compare it with the export of the small one, and say so.
            print(f"  pandas : {pandas['error']} ; nouvel essai sur {small.name}", flush=True)
            failed = pandas["error"]
            pandas = _child("pandas", small, args.folder / "pandas.xlsx", args.pandas_memory)
            pandas_against = small_export
            pandas["note"] = f"mesuré sur {small_export['interviews']} entretiens ({n_label(export)} : {failed})"

    n = export["interviews"]
    print(f"\nExport Excel de {n:,} entretiens ({baseline.get('cells', 0):,} cellules) — temps écoulé / temps CPU"
          .replace(",", " "))  # fmt: skip
    print(f"  export complet              : {_times(export)}   pic mémoire {export['peak_mb']:6.0f} Mo")
    if "error" in baseline:
        print(f"  openpyxl write-only         : {baseline['error']}")
    else:
        print(f"  openpyxl write-only (réf.)  : {_times(baseline)}   export / réf. = {_ratios(export, baseline)} "
              f"(objectif ≤ 1.3) {_verdict(export['cpu'] / baseline['cpu'] <= 1.3)}")  # fmt: skip
    if "error" in pandas:
        print(f"  pandas to_excel             : {pandas['error']}")
    else:
        print(f"  pandas to_excel (openpyxl)  : {_times(pandas)}   pic {pandas['peak_mb']:6.0f} Mo   "
              f"pandas / export = {_ratios(pandas, pandas_against)} (objectif ≥ 2) "
              f"{_verdict(pandas['cpu'] / pandas_against['cpu'] >= 2)}"
              + (f"\n                                {pandas['note']}" if "note" in pandas else ""))  # fmt: skip
    if "error" in small_export:
        print(f"  export de la petite base    : {small_export['error']}")
    else:
        growth = export["peak_mb"] / small_export["peak_mb"]
        print(f"  export de {small_export['interviews']} entretiens : {_times(small_export)}   pic mémoire "
              f"{small_export['peak_mb']:6.0f} Mo   pic {n} / pic {small_export['interviews']} = {growth:.2f} "
              f"(objectif ≤ 1.5) {_verdict(growth <= 1.5)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
