"""The campaign overview that opens the building report: all buildings side by side on one table.

A title (campaign, selection, date of the data), a strip of key figures for the whole selection,
then one row per building grouped by site — dwellings, interviews, response rate, main heating mode
and its share, felt cold, households above the energy cost burden threshold,
satisfaction with the dwelling and the first renovation priority — with a total row per site (when
there are several) and for the selection. Figures are `Figure.display()` strings from
`core.indicators` (masked ones read « n < 5 »); the table repeats its header if it runs over a page.
"""

from __future__ import annotations

from survey_app.core.indicators import Figure, GroupIndicators
from survey_app.core.reports.building_sheet import choice_label, kpi_tiles
from survey_app.core.reports.flowables import TextBlock, split_lines
from survey_app.core.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC
from survey_app.core.reports.report_data import ReportData
from survey_app.core.reports.styles import ACCENT, FILL, MUTED, color, fr_date, fr_int, grid_style

COLUMNS = (  # (header, width in points on a portrait page, numeric); « Priorité n° 1 » takes the rest
    ("Bâtiment", 68, False), ("Loge-\nments", 29, True), ("Entre-\ntiens", 30, True), ("Taux de\nréponse", 36, True),
    ("Chauffage principal", 100, False), ("Part", 24, True), ("Froid\nressenti", 33, True),
    ("Effort\n> {t}", 33, True), ("Satisfaits\nlogement", 40, True), ("Priorité de rénovation n° 1", 0, False),
)  # fmt: skip
SIZE = 6.7


def _top_mode(g: GroupIndicators, form, width: float, font: str = FONT) -> tuple[str, str]:
    dist = g.heating.mode
    if dist.masked:
        return "", dist.share("1").display()
    items = [(code, fig) for code, fig in dist.items if (fig.count or 0) > 0]
    if not items:
        return "–", ""
    code, fig = max(items, key=lambda item: item[1].count or 0)
    return split_lines(choice_label(form, dist.choice_list, code), width - 5, font, SIZE, 2), fig.display()


def _top_priority(g: GroupIndicators, form, width: float, font: str = FONT) -> str:
    p = g.priorities
    if p.masked:
        return Figure(None, p.base, True, min_base=g.coverage.response_rate.min_base).display()
    if not p.ranking:
        return "–"
    return split_lines(choice_label(form, "priorite", p.ranking[0].code), width - 5, font, SIZE, 2)


def _satisfied(g: GroupIndicators, item: str = "sat_logement") -> Figure:
    for sat in g.satisfaction:
        if sat.item == item:
            return sat.satisfied
    return Figure(None, 0, False)


def _row(label: str, g: GroupIndicators, form, widths: list[float], bold: bool = False) -> list[str]:
    cov = g.coverage
    font = FONT_BOLD if bold else FONT
    mode, share = _top_mode(g, form, widths[4], font)
    return [split_lines(label, widths[0] - 5, font, SIZE, 3), fr_int(cov.dwellings), fr_int(cov.interviews),
            cov.response_rate.display(), mode, share, g.felt_cold.display(), g.burden.above_threshold.display(),
            _satisfied(g).display(), _top_priority(g, form, widths[9], font)]


def overview_story(data: ReportData, form, *, width: float) -> list:
    from reportlab.platypus import Table, TableStyle

    total = data.total
    threshold = f"{data.settings.tee_threshold * 100:g}".replace(".", ",") + "\u00a0%"
    story: list = [
        TextBlock("Synthèse par bâtiment", font=FONT_BOLD, size=16, leading=20, rgb=ACCENT),
        TextBlock(f"{data.campaign} · {data.selection} · données au {fr_date(data.data_date)}", size=9,
                  rgb=MUTED, space_after=6),
    ]
    cov = total.coverage
    story.append(kpi_tiles([
        ("Logements", Figure(cov.dwellings, cov.dwellings, False, kind="count")),
        ("Entretiens réalisés", Figure(cov.interviews, cov.interviews, False, kind="count")),
        ("Taux de réponse", cov.response_rate),
        ("Ont eu froid l'hiver dernier", total.felt_cold),
        (f"Taux d'effort énergétique > {threshold}", total.burden.above_threshold),
        ("Satisfaits de leur logement", _satisfied(total)),
    ], width))
    story.append(TextBlock("", size=8))
    widths = [w for _h, w, _n in COLUMNS]
    widths[-1] = width - sum(widths)
    rows: list[list[str]] = [[h.replace("{t}", threshold) for h, _w, _n in COLUMNS]]
    site_rows, total_rows = [], []
    several = len(data.sites) > 1
    sites = {g.label: g for g in data.sites}
    current = None
    for b in data.buildings:
        if b.site != current:
            if current is not None and several:
                total_rows.append(len(rows))
                rows.append(_row("Total du site", sites[current], form, widths, True))
            current = b.site
            site_rows.append(len(rows))
            rows.append([b.site] + [""] * (len(COLUMNS) - 1))
        rows.append(_row(b.label, b.indicators, form, widths))
    if current is not None and several:
        total_rows.append(len(rows))
        rows.append(_row("Total du site", sites[current], form, widths, True))
    total_rows.append(len(rows))
    rows.append(_row(data.selection, total, form, widths, True))
    cmds = grid_style(1, font_size=SIZE) + [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 6.3, 7.4), ("FONT", (0, 1), (-1, -1), FONT, SIZE, 7.9),
        ("ALIGN", (1, 0), (3, -1), "RIGHT"), ("ALIGN", (5, 0), (8, -1), "RIGHT"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]  # fmt: skip
    for r in site_rows:
        cmds += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), FONT_BOLD, 7.6, 9),
                 ("TEXTCOLOR", (0, r), (-1, r), color(ACCENT)), ("TOPPADDING", (0, r), (-1, r), 5),
                 ("LINEBELOW", (0, r), (-1, r), 0.6, color(ACCENT))]
    for r in total_rows:
        cmds += [("FONT", (0, r), (-1, r), FONT_BOLD, SIZE, 7.9), ("BACKGROUND", (0, r), (-1, r), color(FILL)),
                 ("LINEABOVE", (0, r), (-1, r), 0.6, color(ACCENT))]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(cmds))
    story.append(table)
    story.append(TextBlock(
        f"Taux de réponse : entretiens ÷ logements occupés. Chauffage principal : mode le plus fréquent et sa part. "
        f"Effort > {threshold} : dépenses d'énergie supérieures à {threshold} des revenus. Pourcentages sur les "
        f"ménages ayant répondu ; « n < {data.settings.min_base} » : moins de {data.settings.min_base} ménages, "
        "masqué.",
        font=FONT_ITALIC, size=6.8, rgb=MUTED, space_before=5))
    return story
