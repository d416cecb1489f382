"""One building's summary sheet (one A4 page, two at most), in French, from `report_data.BuildingData`.

Blocks, top to bottom: a title band (building, site, address, date of the data); identification and
field progress side by side; heating profile (mode and main energy as bar charts, then regulation,
extra heaters, under- and over-heating); felt cold and comfort problems; satisfaction on the
4-point scale (stacked bars); energy spending and the share of households above the energy cost
burden threshold; the ranked renovation priorities; a few pseudonymised surveyor observations; and
a reading note. Every number is a `Figure.display()` from `core.indicators` with its base `n`, so a
figure from fewer than `min_base` households reads « n < 5 ». Choice labels come from the
questionnaire's own lists. Text is plain strings, `flowables.TextBlock` and tables (no mark-up
parsing): a sheet lays out in a few milliseconds.
"""

from __future__ import annotations

from survey_app.core.indicators import Distribution, Figure, GroupIndicators
from survey_app.core.reports import charts
from survey_app.core.reports.flowables import SectionTitle, TextBlock, split_lines
from survey_app.core.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC
from survey_app.core.reports.report_data import BuildingData
from survey_app.core.reports.styles import ACCENT, MUTED, RULE, color, fr_date, fr_int, grid_style, short_label
from survey_app.core.store.records import floor_label

SATISFACTION_LABELS = {
    "sat_logement": "Le logement (global)", "sat_chauffage": "Le chauffage", "sat_isolation": "L'isolation thermique",
    "sat_ecs": "L'eau chaude", "sat_charges": "Les charges et l'énergie", "sat_parties_communes": "Les parties communes",
    "sat_bailleur": "Le traitement des demandes", "sat_quartier": "La vie dans le quartier",
}  # fmt: skip
GUTTER = 12
TILE_BG = (0.975, 0.978, 0.985)
WHITE = (1, 1, 1)


def choice_label(form, list_name: str, code: str) -> str:
    """The short label of a choice of the questionnaire (« Code 7 » if the list does not know it)."""
    choice_list = form.choice_lists.get(list_name) if form is not None else None
    choice = choice_list.get(code) if choice_list else None
    return short_label(choice.label()) if choice else f"Code {code}"


def muted(text: str, **kw) -> TextBlock:
    """A small grey note."""
    return TextBlock(text, size=6.8, rgb=MUTED, **kw)


def _plural(count: int, word: str) -> str:
    return f"{fr_int(count)} {word}{'s' if count > 1 else ''}"


def _table(data, widths, cmds):
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle(cmds))
    return table


def _title_band(b: BuildingData, campaign: str, data_date, width: float):
    left, right = width * 0.58, width * 0.42
    where = " · ".join(p for p in (b.site, b.address if b.code else None) if p and p != "–")
    data = [[split_lines(b.label, left - 16, FONT_BOLD, 15, 1), "Fiche bâtiment"],
            ["", split_lines(campaign, right - 16, FONT, 8, 1)],
            [split_lines(where, left - 16, FONT, 8, 1), f"Données au {fr_date(data_date)}"]]
    return _table(data, [left, right], [
        ("BACKGROUND", (0, 0), (-1, -1), color(ACCENT)), ("TEXTCOLOR", (0, 0), (-1, -1), color(WHITE)),
        ("FONT", (0, 0), (-1, -1), FONT, 8, 10), ("FONT", (0, 0), (0, 1), FONT_BOLD, 15, 17),
        ("FONT", (1, 0), (1, 0), FONT_BOLD, 8, 10), ("SPAN", (0, 0), (0, 1)), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (0, 1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ])  # fmt: skip


def _key_values(title: str, rows: list[tuple[str, str]], width: float):
    """A titled two-column table of labels and values (plain strings; long values wrap on two lines)."""
    label_w, value_w = width * 0.42, width * 0.58
    data = [[title, ""], *[[k, split_lines(v, value_w - 6, FONT_BOLD, 7.2, 2)] for k, v in rows]]
    cmds = grid_style(0) + [
        ("SPAN", (0, 0), (1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.8, color(ACCENT)),
        ("FONT", (0, 0), (0, 0), FONT_BOLD, 9.5), ("TEXTCOLOR", (0, 0), (0, 0), color(ACCENT)),
        ("LEFTPADDING", (0, 0), (0, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
        ("FONT", (1, 1), (1, -1), FONT_BOLD, 7.2, 8.6),
    ]  # fmt: skip
    return _table(data, [label_w, value_w], cmds)


def _identification(b: BuildingData, width: float):
    cov = b.indicators.coverage
    floors = b.floors
    if floors is None:
        floors_text = "–"
    elif floors[0] == floors[1]:
        floors_text = floor_label(floors[0])
    else:
        floors_text = f"{floor_label(floors[0])} à {floor_label(floors[1])} ({floors[1] - floors[0] + 1} niveaux)"
    rows = [("Site", b.site), ("Bâtiment", b.code or "Sans bâtiment (maisons)"), ("Adresse", b.address),
            ("Commune", b.commune), ("Logements", fr_int(cov.dwellings)),
            ("Entrées", ", ".join(b.entrances) or "–"), ("Étages", floors_text)]
    return _key_values("Identification", rows, width)


def _progress(g: GroupIndicators, width: float, settings):
    cov = g.coverage
    rate = cov.response_rate
    rows = [
        ("Logements visités", f"{fr_int(cov.visited)} sur {fr_int(cov.dwellings)}"),
        ("Entretiens réalisés", fr_int(cov.interviews)),
        ("Refus", fr_int(cov.refusals)),
        ("Absents", f"{fr_int(cov.absent)}  (dont {fr_int(cov.absent_repeated)} après "
                    f"{settings.absent_visits_min} passages ou plus)"),
        ("Rendez-vous à honorer", fr_int(cov.appointments)),
        ("Vacants ou murés", fr_int(cov.vacant)),
        ("Taux de réponse", rate.display() + ("" if rate.masked else f"  (n = {rate.base} logements occupés)")),
    ]
    return _key_values("Avancement du terrain", rows, width)


def kpi_tiles(items: list[tuple[str, Figure]], width: float, columns: int | None = None):
    """Boxed key figures, `columns` per line: big value (or « n < 5 »), caption, base (one table)."""
    columns = columns or len(items)
    col = width / columns
    bg = color(TILE_BG)
    data, cmds = [], [
        ("BACKGROUND", (0, 0), (-1, -1), bg), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("INNERGRID", (0, 0), (-1, -1), 0.5, color(RULE)),
        ("BOX", (0, 0), (-1, -1), 0.5, color(RULE)),
    ]  # fmt: skip
    for start in range(0, len(items), columns):
        chunk: list = list(items[start:start + columns])
        chunk += [("", None)] * (columns - len(chunk))
        r = len(data)
        data.append([fig.display() if fig else "" for _label, fig in chunk])
        data.append([split_lines(label, col - 6, FONT, 6.8, 2) for label, _fig in chunk])
        data.append(["" if fig is None or fig.masked else f"n = {fr_int(fig.base)}" for _label, fig in chunk])
        cmds += [
            ("FONT", (0, r), (-1, r), FONT_BOLD, 12, 13.5), ("TEXTCOLOR", (0, r), (-1, r), color(ACCENT)),
            ("TOPPADDING", (0, r), (-1, r), 3), ("FONT", (0, r + 1), (-1, r + 1), FONT, 6.8, 8),
            ("FONT", (0, r + 2), (-1, r + 2), FONT, 6.2, 7.4), ("TEXTCOLOR", (0, r + 2), (-1, r + 2), color(MUTED)),
            ("BOTTOMPADDING", (0, r + 2), (-1, r + 2), 3), ("LINEBELOW", (0, r), (-1, r + 1), 0, bg),
        ]  # fmt: skip
        for c, (_label, fig) in enumerate(chunk):
            if fig is not None and fig.masked:
                cmds += [("FONT", (c, r), (c, r), FONT_BOLD, 10, 13.5), ("TEXTCOLOR", (c, r), (c, r), color(MUTED))]
    return _table(data, [col] * columns, cmds)


def _base_note(dist: Distribution, what: str) -> str:
    extra = f", {dist.unknown} ne sait pas ou refus" if dist.unknown else ""
    return f"n = {fr_int(dist.base)} {what}{extra}"


def distribution_block(title: str, dist: Distribution, form, width: float, *, what: str = "ménages",
                       limit: int = 7) -> list:
    """A sub-titled bar chart of a distribution (most frequent first), or the masked placeholder."""
    parts: list = [SectionTitle(title, rule=False, space_before=0)]
    items = [(code, fig) for code, fig in dist.items if (fig.count or 0) > 0]
    if dist.masked:
        parts.append(charts.masked_box(f"{dist.share('1').display()} : moins de {dist.min_base} ménages ont répondu",
                                       width))
    elif not items:
        parts.append(charts.masked_box("Aucune réponse", width))
    else:
        items.sort(key=lambda item: -(item[1].count or 0))
        rows = [(choice_label(form, dist.choice_list, code), fig) for code, fig in items[:limit]]
        parts.append(charts.bar_chart(rows, width, label_width=width * 0.58))
        parts.append(muted(_base_note(dist, what)))
    return parts


def _two_columns(left: list, right: list, width: float):
    col = (width - GUTTER) / 2
    return _table([[left, "", right]], [col, GUTTER, col], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _keep(height: float):
    """Start a new page unless `height` points are left (cheap stand-in for KeepTogether)."""
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(height)


def _degrees(value: float) -> str:
    return f"{value:g}".replace(".", ",") + "\u00a0°C"


def _heating(g: GroupIndicators, form, width: float, settings) -> list:
    col = (width - GUTTER) / 2
    h = g.heating
    left = distribution_block("Mode de chauffage principal", h.mode, form, col)
    right = distribution_block("Énergie principale (logements chauffés)", h.energy, form, col)
    t_min, t_max = _degrees(settings.t_min_comfort), _degrees(settings.t_overheating)
    tiles = kpi_tiles([("Sans moyen de réglage", h.no_regulation), ("Chauffage d'appoint utilisé", h.extra_heating),
                       (f"Sous-chauffés (moins de {t_min})", h.under_heated),
                       (f"Surchauffés ({t_max} ou plus)", h.over_heated)], width)
    rows = max(len(h.mode.items), len(h.energy.items), 2)
    return [_keep(rows * 10.5 + 110), SectionTitle("Chauffage"), _two_columns(left, right, width),
            TextBlock("", size=3), tiles]


def _comfort(g: GroupIndicators, form, width: float) -> list:
    col = (width - GUTTER) / 2
    tiles = kpi_tiles([("Ont eu froid l'hiver dernier (24 h ou plus)", g.felt_cold),
                       ("Froid lié à la précarité (logement, coût, panne)", g.cold_precarity),
                       ("Limitent le chauffage à cause du coût", g.restriction),
                       ("Humidité marquée (indice 3 ou plus)", g.humidity)], col, columns=2)
    right = distribution_block("Problèmes de confort signalés", g.comfort, form, col, limit=6)
    return [_keep(110), SectionTitle("Froid ressenti et confort"), _two_columns([tiles], right, width)]


def _satisfaction(g: GroupIndicators, form, width: float) -> list:
    scale_list = form.choice_lists.get("sat4") if form is not None else None
    scale = [(c.name, c.label()) for c in scale_list.choices if c.name in ("1", "2", "3", "4")] if scale_list \
        else [("1", "Très satisfait·e"), ("2", "Plutôt satisfait·e"), ("3", "Plutôt pas satisfait·e"),
              ("4", "Pas du tout satisfait·e")]
    items = []
    for item in g.satisfaction:
        if item.scale.base == 0 and item.scale.unknown == 0:
            continue  # never asked here (e.g. common areas for houses)
        label = SATISFACTION_LABELS.get(item.item) or _question_label(form, item.item)
        items.append((label, item.scale, item.satisfied))
    if not items:
        return [SectionTitle("Satisfaction des ménages"), charts.masked_box("Aucune réponse", width)]
    chart = charts.satisfaction_chart(items, scale, width)
    note = muted("Satisfaits : « très » ou « plutôt » satisfaits, parmi les ménages concernés (« sans objet », "
                 "« ne sait pas » et « refus » exclus).", space_after=2)
    return [_keep(chart.height + 30), SectionTitle("Satisfaction des ménages"), chart, note]


def _question_label(form, name: str) -> str:
    try:
        text = form.question(name).label()
    except (KeyError, AttributeError):
        return name
    return short_label(text.strip("«» …?"))


def _spending(g: GroupIndicators, width: float, settings) -> list:
    b = g.burden
    threshold = f"{settings.tee_threshold * 100:g}".replace(".", ",") + "\u00a0%"
    items = [("Dépense d'énergie annuelle médiane", b.median_spending),
             ("Dépense d'énergie annuelle moyenne", b.mean_spending),
             ("Taux d'effort énergétique médian", b.median_tee),
             (f"Ménages au-dessus de {threshold} de leurs revenus", b.above_threshold)]
    if b.above_threshold_3d is not None:
        items.append(("… et parmi les 30 % les plus modestes", b.above_threshold_3d))
    if b.below_poverty is not None:
        items.append(("Sous le seuil de pauvreté", b.below_poverty))
    body: list = [kpi_tiles(items, width, columns=2)]
    if b.underestimated and not b.median_spending.masked:
        body.append(muted(f"Dépense sous-estimée pour {_plural(b.underestimated, 'ménage')} (charbon livré en "
                          "nature par l'ANGDM).", space_before=1))
    body.append(muted("Taux d'effort : dépenses d'énergie ÷ revenus du ménage (APL comprises).", space_before=1))
    return body


def _priorities(g: GroupIndicators, form, width: float) -> list:
    p = g.priorities
    if p.masked or not p.ranking:
        fig = Figure(None, p.base, p.masked, p.unknown, None, "share", g.coverage.response_rate.min_base)
        text = f"{fig.display()} : moins de {fig.min_base} ménages ont répondu" if p.masked else "Aucune réponse"
        return [charts.masked_box(text, width)]
    rows = [(f"{r.rank}. {choice_label(form, 'priorite', r.code)}", r.mentioned) for r in p.ranking[:6]]
    weights = "-".join(str(w) for w in p.weights)
    return [charts.bar_chart(rows, width, label_width=width * 0.6),
            muted(f"Rang : points ({weights} pour un 1er, 2e, 3e choix). Barres : part des ménages qui citent ce "
                  f"poste parmi leurs priorités (n = {fr_int(p.base)}).", space_before=1)]


def _observations(b: BuildingData, min_base: int) -> list:
    if b.indicators.households < min_base:
        return [TextBlock(f"Non affichées : moins de {min_base} ménages enquêtés dans ce bâtiment.",
                          font=FONT_ITALIC, rgb=MUTED)]
    if not b.observations:
        return [TextBlock("Aucune observation particulière.", font=FONT_ITALIC, rgb=MUTED)]
    out = []
    for text, count in b.observations:
        suffix = f"  ({count} logements)" if count > 1 else ""
        out.append(TextBlock(f"« {text} »{suffix}", font=FONT_ITALIC, size=7.4, indent=8, space_after=1.5))
    return out


def building_story(b: BuildingData, form, *, campaign: str, data_date, settings, width: float) -> list:
    """The flowables of one building's sheet (starts with its title band)."""
    g = b.indicators
    col = (width - GUTTER) / 2
    story: list = [_title_band(b, campaign, data_date, width), TextBlock("", size=6),
                   _two_columns([_identification(b, col)], [_progress(g, col, settings)], width)]
    if g.households == 0:
        story += [TextBlock("", size=8),
                  charts.masked_box("Aucun entretien terminé dans ce bâtiment pour l'instant.", width, 34)]
        return story
    if g.households < settings.min_base:
        story += [TextBlock("", size=4), charts.masked_box(
            f"Moins de {settings.min_base} ménages enquêtés dans ce bâtiment : leurs résultats sont masqués "
            f"(« n < {settings.min_base} ») pour préserver l'anonymat.", width, 22)]
    story += _heating(g, form, width, settings)
    story += _comfort(g, form, width)
    story += _satisfaction(g, form, width)
    left = [SectionTitle("Dépenses d'énergie"), *_spending(g, col, settings)]
    right = [SectionTitle("Priorités de rénovation"), *_priorities(g, form, col)]
    story += [_keep(120), _two_columns(left, right, width)]
    story += [_keep(60), SectionTitle("Observations des enquêteurs"), *_observations(b, settings.min_base)]
    story.append(TextBlock(
        f"Pourcentages calculés sur les ménages enquêtés ayant répondu (n). « n < {settings.min_base} » : résultat "
        f"calculé sur moins de {settings.min_base} ménages, masqué pour préserver l'anonymat.",
        font=FONT_ITALIC, size=6.8, rgb=MUTED, space_before=4))
    return story
