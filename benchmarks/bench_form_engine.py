"""Issue 2 numbers: form loading vs openpyxl alone, and incremental vs full re-evaluation.

Run: .venv/bin/python benchmarks/bench_form_engine.py
Every figure is a ratio against a baseline measured in the same run, on the same machine.
Targets: load+compile <= 3x openpyxl reading the workbook; one changed answer re-evaluated >= 20x
faster than the whole form, with a median under 1 ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from survey_app.core.engine import FormSession  # noqa: E402
from survey_app.core.forms import load_form  # noqa: E402

HEADERS = ["type", "name", "label", "hint", "relevant", "constraint", "constraint_message", "calculation", "required"]


def build_form(path: Path, questions: int) -> None:
    """A realistic form: groups of 10, selects, relevance chains, constraints, calculations."""
    rng = random.Random(42)
    wb = openpyxl.Workbook()
    survey = wb.active
    survey.title = "survey"
    survey.append(HEADERS)
    for i in range(questions):
        if i % 10 == 0:
            survey.append(["begin_group", f"g{i // 10}", f"Section {i // 10}", "", "", "", "", "", ""])
        kind = ["integer", "select_one oui_non", "decimal", "text", "select_multiple equip"][i % 5]
        relevant = f"${{q{i - 1}}} != ''" if i % 5 == 2 and i else ""
        constraint = ". >= 0 and . < 1000" if kind in ("integer", "decimal") else ""
        survey.append([kind, f"q{i}", f"Question {i} ?", "Aide", relevant, constraint, "Entre 0 et 999", "", "yes" if i % 3 == 0 else ""])
        if i % 10 == 9:
            survey.append(["calculate", f"c{i // 10}", "", "", "", "", "", f"${{q{i - 9}}} + ${{q{i - 7}}}", ""])
            survey.append(["end_group", "", "", "", "", "", "", "", ""])
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    for name in ("oui", "non", "nsp"):
        choices.append(["oui_non", name, name.capitalize()])
    for j in range(12):
        choices.append(["equip", f"e{j}", f"Équipement {j}"])
    settings = wb.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["bench", str(rng.randint(1, 9))])
    wb.save(path)


def openpyxl_read(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    wb.close()
    return cells


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


REPEAT_MD = """| survey |
| | type | name | label | relevant | constraint | calculation | repeat_count | warning |
{top}| | integer | nb | Nombre | | . >= 0 | | | |
| | begin_repeat | pers | Personne | | | | ${{nb}} | |
{inner}| | end_repeat | | | | | | | |
| | calculate | total | | | | sum(${{r0}}) | | |
| | calculate | n_adultes | | | | count(${{r1}}) | | |
| choices |
| | list_name | name | label |
| | yn | oui | Oui |
| | yn | non | Non |
"""


def build_repeat_form(path: Path) -> None:
    """70 top-level questions and 30 in a repeat (100 in all), chained by relevance and calculations."""
    top = []
    for i in range(70):
        kind = "integer" if i % 2 == 0 else "select_one yn"
        relevant = f"${{t{i - 1}}} != ''" if i % 7 == 3 else ""
        calc_row = f"| | {kind} | t{i} | T{i} | {relevant} | | | | |\n"
        top.append(calc_row)
    inner = []
    for i in range(30):
        if i % 6 == 5:
            inner.append(f"| | calculate | r{i} | | | | ${{r{i - 1}}} * 2 | | |\n")
        else:
            relevant = f"${{r{i - 1}}} > 0" if i % 6 == 3 else ""
            inner.append(f"| | integer | r{i} | R{i} | {relevant} | . >= 0 | | | . < 200 |\n")
    path.write_text(REPEAT_MD.format(top="".join(top), inner="".join(inner)), encoding="utf-8")


def bench_load(folder: Path) -> None:
    path = folder / "form300.xlsx"
    build_form(path, 300)
    assert load_form(path).ok
    base = median_time(lambda: openpyxl_read(path), 15)
    ours = median_time(lambda: load_form(path), 15)
    print(f"[load] 300-question form: openpyxl read {base * 1000:.1f} ms, load+compile {ours * 1000:.1f} ms")
    print(f"[load] ratio load+compile / openpyxl = {ours / base:.2f}x (target <= 3x)")


def bench_incremental(folder: Path) -> None:
    path = folder / "repeat100.md"
    build_repeat_form(path)
    result = load_form(path)
    assert result.ok, [i.format() for i in result.errors]
    form = result.form
    session = FormSession(form)
    session.set_value("nb", 10)
    rng = random.Random(1)
    for i in range(70):
        session.set_value(f"t{i}", rng.randint(0, 50) if i % 2 == 0 else "oui")
    inputs = [(f"r{i}", (k,)) for k in range(10) for i in range(30) if i % 6 != 5]
    for name, index in inputs:
        session.set_value(name, rng.randint(1, 100), index)
    full = median_time(session.recompute_all, 30)
    changes = [(f"t{i}", ()) for i in range(0, 70, 2)] + inputs
    times = []
    for round_ in range(5):
        for name, index in changes:
            value = rng.randint(0, 150) + round_
            start = time.perf_counter()
            session.set_value(name, value, index)
            times.append(time.perf_counter() - start)
    one = statistics.median(times)
    nodes = sum(1 for name in form.elements for _ in session.instances(name))
    print(f"[engine] 100 questions, 10 repeat instances ({nodes} nodes): full re-evaluation {full * 1000:.3f} ms")
    print(f"[engine] one changed answer (median of {len(times)}): {one * 1000:.3f} ms (target < 1 ms), "
          f"p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.3f} ms")
    print(f"[engine] speed-up full / incremental = {full / one:.1f}x (target >= 20x)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        bench_load(Path(tmp))
        bench_incremental(Path(tmp))
