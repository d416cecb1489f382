"""Benchmark of the printed building sheets: 40 sheets plus the campaign overview from a 2,000-dwelling store.

Run: `.venv/bin/python benchmarks/bench_reports.py [--dwellings 2000] [--buildings 40] [--repeat 5] [--db DB]`.
Without `--db`, a demo campaign is built first in a temporary folder (`core.demo.build_demo`, the same as
`survey-app demo --db X --dwellings 2000`). Measured in the same run, alternately, best of `--repeat`:
- report: `write_building_report` end to end, from an open store — read the dwellings and the finished
  interviews, compute the indicators, build the overview and 40 sheets, lay them out, write the PDF
  atomically;
- baseline: a bare reportlab document with the same number of tables and charts. The report's story
  is walked once, beforehand, into a plan: for each table its rows × columns and the plain text of
  each cell (a paragraph becomes its plain text), for each chart its rectangles, lines and strings.
  Timed: building those tables (plain strings, one grid style) and charts from the plan, then laying
  them out on the same A4 pages with the same page breaks and the same embedded font (DejaVu Sans: the
  euro sign and the French accents need it). No store, no indicators, no styling. Two variants of the
  charts: reportlab's own bar chart widget (`HorizontalBarChart`, one bar per rectangle of ours: what
  a bare document would use — the target is measured against this one), and, stricter, drawings with
  exactly our rectangles, lines and strings at constant positions (our charts are hand-placed shapes,
  several times cheaper to lay out than the widget, so this variant leaves only the data and styling
  overhead).
Target: report ÷ baseline at most 2. The split of the report's time (store and indicators, story,
layout and writing) is printed too. The machine is shared and its load moves within seconds: the
three runs alternate, each report time is divided by the baseline time measured just before it, and
the median of these ratios is the figure (the ratio of the best times is printed too).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from survey_app.core.forms import load_form  # noqa: E402
from survey_app.core.store import Store  # noqa: E402
from survey_app.paths import default_form_path  # noqa: E402


def build_store(folder: Path, dwellings: int) -> Path:
    from survey_app.core.demo import build_demo

    path = folder / "demo.db"
    form_path = default_form_path()
    with Store.create(path, pragmas={"synchronous": "OFF"}) as store:
        report = build_demo(store, load_form(form_path).form, dwellings=dwellings, seed=1, form_path=str(form_path))
    print(f"Base de démonstration : {report.summary()}.")
    return path


def report_story(store, form, codes):
    from reportlab.platypus import PageBreak

    from survey_app.core.reports.building_sheet import building_story
    from survey_app.core.reports.overview import overview_story
    from survey_app.core.reports.page_layout import frame_width
    from survey_app.core.reports.report_data import load_report_data

    data = load_report_data(store, buildings=codes)
    width = frame_width()
    story = overview_story(data, form, width=width)
    for b in data.buildings:
        story.append(PageBreak())
        story += building_story(b, form, campaign=data.campaign, data_date=data.data_date, settings=data.settings,
                                width=width)
    return data, story


def plan_of(flowable) -> list:
    """The bare plan of one flowable: ('break',), ('table', rows, widths) or ('chart', w, h, shapes)."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Table

    if isinstance(flowable, PageBreak):
        return [("break",)]
    if isinstance(flowable, KeepTogether):
        return [p for f in flowable._content for p in plan_of(f)]
    if isinstance(flowable, Table):
        rows = []
        for row in flowable._cellvalues:
            cells = []
            for cell in row:
                items = cell if isinstance(cell, (list, tuple)) else [cell]
                if all(isinstance(c, str) for c in items):
                    cells.append("\n".join(items))
                elif all(isinstance(c, Paragraph) for c in items):
                    cells.append("\n".join(c.getPlainText() for c in items))
                else:
                    cells.append([p for c in items for p in plan_of(c)])
            rows.append(cells)
        return [("table", rows, list(flowable._argW))]
    if isinstance(flowable, Drawing):
        kinds = [("rect" if isinstance(s, Rect) else "line" if isinstance(s, Line) else "string",
                  getattr(s, "text", "")) for s in flowable.contents if isinstance(s, (Rect, Line, String))]
        return [("chart", flowable.width, flowable.height, kinds)]
    return []


def widget_chart(width: float, height: float, shapes: list):
    """A bare reportlab bar chart widget with as many bars as the report's chart has rectangles."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    from survey_app.core.reports.fonts import FONT

    bars = sum(1 for kind, _t in shapes if kind == "rect") or 1
    texts = [t for kind, t in shapes if kind == "string"] or ["–"]
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = width * 0.4, 2, width * 0.5, max(10, height - 4)
    chart.data = [[(i * 37) % 100 for i in range(bars)]]
    chart.categoryAxis.categoryNames = [texts[i % len(texts)] for i in range(bars)]
    chart.categoryAxis.labels.fontName = chart.barLabels.fontName = FONT
    chart.categoryAxis.labels.fontSize = chart.barLabels.fontSize = 6.8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 100
    chart.valueAxis.visible = False
    chart.barLabelFormat = "%d %%"
    drawing.add(chart)
    return drawing


def materialise(plan: list, widgets: bool = False) -> list:
    """reportlab flowables from a bare plan (this is the timed part of the baseline, with the layout).

    Charts become drawings with the same rectangles, lines and strings at constant positions, or with
    `widgets`, reportlab bar chart widgets with the same number of bars."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.platypus import PageBreak, Table, TableStyle

    from survey_app.core.reports.fonts import FONT

    out = []
    for item in plan:
        if item[0] == "break":
            out.append(PageBreak())
        elif item[0] == "table":
            rows = [[materialise(c, widgets) if isinstance(c, list) else c for c in row] for row in item[1]]
            table = Table(rows, colWidths=item[2])
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 7.2), ("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
            out.append(table)
        elif widgets:
            out.append(widget_chart(*item[1:]))
        else:
            _kind, width, height, shapes = item
            drawing = Drawing(width, height)
            for i, (kind, text) in enumerate(shapes):
                y = 2 + (i * 7) % max(8, int(height) - 8)
                if kind == "rect":
                    drawing.add(Rect(60, y, 40, 5, fillColor="grey", strokeColor=None))
                elif kind == "line":
                    drawing.add(Line(58, 1, 58, height - 1))
                else:
                    drawing.add(String(2, y, text, fontName=FONT, fontSize=6.8))
            out.append(drawing)
    return out


def count(plan: list, totals: dict) -> dict:
    for item in plan:
        if item[0] == "table":
            totals["tables"] += 1
            for row in item[1]:
                for cell in row:
                    if isinstance(cell, list):
                        count(cell, totals)
        elif item[0] == "chart":
            totals["charts"] += 1
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dwellings", type=int, default=2000)
    parser.add_argument("--buildings", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing demo store (otherwise one is built)")
    args = parser.parse_args()

    from survey_app.core.reports import ReportOptions, write_building_report
    from survey_app.core.reports.building_report import footer_text
    from survey_app.core.reports.page_layout import build_pdf

    form = load_form(default_form_path()).form
    with tempfile.TemporaryDirectory(prefix="bench_reports_") as tmp:
        folder = Path(tmp)
        db = args.db or build_store(folder, args.dwellings)
        with Store.open(db) as store:
            codes = [b.code for b in store.buildings()][: args.buildings]
            options = ReportOptions(buildings=tuple(codes))
            data, story = report_story(store, form, codes)
            plan = [p for f in story for p in plan_of(f)]
            totals = count(plan, {"tables": 0, "charts": 0})
            footer = footer_text(data.campaign, data.data_date)
            print(f"{len(codes)} fiches + synthèse : {totals['tables']} tableaux et {totals['charts']} graphiques.")
            write_building_report(store, form, folder / "warm.pdf", options)  # imports, font files
            times: dict[str, list[float]] = {"report": [], "widgets": [], "shapes": []}
            pages = 0
            for _ in range(args.repeat):
                for name, widgets in (("widgets", True), ("shapes", False)):
                    started = time.perf_counter()
                    build_pdf(folder / "baseline.pdf", materialise(plan, widgets), title="baseline", footer=footer)
                    times[name].append(time.perf_counter() - started)
                started = time.perf_counter()
                result = write_building_report(store, form, folder / "report.pdf", options)
                times["report"].append(time.perf_counter() - started)
                pages = result.pages
            split = _split(store, form, codes, folder, footer)
    report = min(times["report"])
    print(f"rapport complet : {report:.2f} s ({pages} pages, {report / pages * 1000:.1f} ms par page), "
          f"médiane {statistics.median(times['report']):.2f} s")
    verdict = True
    for name, label in (("widgets", "référence nue, graphiques reportlab (HorizontalBarChart)"),
                        ("shapes", "référence nue, mêmes formes que nos graphiques (plus stricte)")):
        paired = statistics.median(r / b for r, b in zip(times["report"], times[name]))
        best = report / min(times[name])
        print(f"{label} : {min(times[name]):.2f} s ; rapport ÷ référence = {paired:.2f} (médiane des rapports "
              f"mesurés côte à côte ; {best:.2f} entre les meilleurs temps) (cible ≤ 2)")
        verdict = verdict and (paired <= 2 if name == "widgets" else True)
    print("détail du rapport : " + " ; ".join(f"{k} {v:.2f} s" for k, v in split.items()))
    return 0 if verdict else 1


def _split(store, form, codes, folder: Path, footer: str) -> dict[str, float]:
    from reportlab.platypus import PageBreak

    from survey_app.core.reports.building_sheet import building_story
    from survey_app.core.reports.overview import overview_story
    from survey_app.core.reports.page_layout import build_pdf, frame_width
    from survey_app.core.reports.report_data import load_report_data

    t0 = time.perf_counter()
    data = load_report_data(store, buildings=codes)
    t1 = time.perf_counter()
    width = frame_width()
    story = overview_story(data, form, width=width)
    for b in data.buildings:
        story.append(PageBreak())
        story += building_story(b, form, campaign=data.campaign, data_date=data.data_date, settings=data.settings,
                                width=width)
    t2 = time.perf_counter()
    build_pdf(folder / "split.pdf", story, title="x", footer=footer)
    t3 = time.perf_counter()
    return {"base et indicateurs": t1 - t0, "mise en forme": t2 - t1, "mise en page et écriture": t3 - t2}


if __name__ == "__main__":
    raise SystemExit(main())
