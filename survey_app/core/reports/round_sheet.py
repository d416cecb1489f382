"""The surveyor's round sheet: every dwelling of a building, by entrance and floor, ready for the field.

`write_round_sheet(store, path, building=CODE, site=NAME)` prints, on landscape A4, a title band
(building, site, address, blanks for the surveyor's name and the date), a legend of the result
codes to note, the counts by status, then one table per entrance: floor, door, landlord reference,
typology, current status (appointment date included), number of visits, last visit (date, result,
surveyor), and empty boxes for today's result and notes. Dwellings already done are shaded and
marked « Terminé » so the surveyor skips them. Without a building, `site` prints every dwelling of
the site (its houses in walking order: street by street, by house number). The file is written atomically; bad input is a
`ReportError` in French.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from survey_app.core.reports.atomic import atomic_output
from survey_app.core.reports.errors import ReportError, output_error
from survey_app.core.reports.flowables import SectionTitle, TextBlock, split_lines
from survey_app.core.reports.fonts import FONT, FONT_BOLD
from survey_app.core.reports.styles import ACCENT, FILL, MUTED, RULE, color, fr_date, fr_datetime, grid_style
from survey_app.core.store.records import DWELLING_STATUSES, VISIT_OUTCOMES, floor_label

RESULT_CODES = (("E", "entretien réalisé"), ("P", "partiel"), ("A", "absent, avis déposé"), ("R", "rendez-vous"),
                ("F", "refus"), ("V", "vacant"), ("M", "muré / démoli"), ("I", "impossible"), ("X", "autre"))
DONE = ("termine",)
SIZE = 7.2


@dataclass(frozen=True)
class RoundSheetResult:
    path: Path
    pages: int
    dwellings: int

    def summary(self) -> str:
        return f"Feuille de tournée : {self.dwellings} logements, {self.pages} page(s) dans « {self.path} »."


def _rows_for(store, building: str | None, site: str | None, campaign: str | None) -> list:
    from survey_app.core.reports.report_data import find_campaign

    info = find_campaign(store, campaign)
    rows = store.list_dwellings(campaign_id=info.id)
    if site:
        chosen = [r for r in rows if r.site_name.casefold() == site.casefold()]
        if not chosen:
            known = ", ".join(f"« {s} »" for s in sorted({r.site_name for r in rows}))
            raise ReportError(f"Site « {site} » introuvable dans la base « {store.path} » (sites : {known}).")
        rows = chosen
    if building:
        chosen = [r for r in rows if r.building_code and r.building_code.casefold() == building.casefold()]
        if not chosen:
            known = sorted({r.building_code for r in rows if r.building_code})
            sample = ", ".join(known[:8]) + (" …" if len(known) > 8 else "")
            raise ReportError(f"Bâtiment « {building} » introuvable dans la base « {store.path} »"
                              + (f" (bâtiments : {sample})." if known else " (aucun bâtiment)."))
        sites = sorted({r.site_name for r in chosen})
        if len(sites) > 1:
            raise ReportError(f"Le bâtiment « {building} » existe sur plusieurs sites ({', '.join(sites)}) : "
                              "précisez le site.")
        rows = chosen
    elif not site:
        raise ReportError("Indiquez le bâtiment (ou le site) dont il faut imprimer la feuille de tournée.")
    if not rows:
        raise ReportError(f"Aucun logement à imprimer dans la base « {store.path} » pour cette sélection.")
    return rows


def _street_order(row) -> tuple:
    """Houses in walking order: by street, then by house number (« 12 bis rue X » → (« rue x », 12, « bis »))."""
    match = re.match(r"\s*(\d+)\s*(bis|ter|[a-z])?\b[\s,]*(.*)", row.address or "", re.IGNORECASE)
    if not match:
        return ((row.address or "").casefold(), 0, "", row.landlord_ref)
    return (match.group(3).casefold(), int(match.group(1)), (match.group(2) or "").casefold(), row.landlord_ref)


def _status(row) -> str:
    if row.status == "refus" and row.refusal_reason:
        return f"Refus : {row.refusal_reason}"
    if row.status == "rendez_vous" and row.appointment_at is not None:
        return f"Rendez-vous le {fr_datetime(row.appointment_at)}"
    if row.status == "absent":
        return f"Absent ({row.absent_count} fois)"
    return DWELLING_STATUSES.get(row.status, row.status)


def _last_visit(row) -> str:
    if row.last_visit_at is None:
        return "–"
    outcome = VISIT_OUTCOMES.get(row.last_visit_outcome or "", row.last_visit_outcome or "")
    who = f", {row.last_visit_surveyor}" if row.last_visit_surveyor else ""
    return f"{fr_date(row.last_visit_at)} : {outcome}{who}"


def _table(rows: list, width: float, houses: bool):
    from reportlab.platypus import Table, TableStyle

    if houses:
        head = ["Adresse", "Réf. bailleur", "Type", "Statut actuel", "Pas-\nsages", "Dernier passage",
                "Résultat\ndu jour", "Notes (rendez-vous, remarques)"]
        fixed = [150, 62, 28, 128, 30, 138, 40]
    else:
        head = ["Étage", "Porte", "Réf. bailleur", "Type", "Statut actuel", "Pas-\nsages", "Dernier passage",
                "Résultat\ndu jour", "Notes (rendez-vous, remarques)"]
        fixed = [50, 36, 74, 28, 136, 30, 140, 40]
    widths = fixed + [width - sum(fixed)]
    data = [head]
    done_rows = []
    for row in rows:
        where = [split_lines(row.address or "–", fixed[0] - 6, FONT, SIZE, 2)] if houses else \
            [floor_label(row.floor) or "–", row.door or "–"]
        cells = [*where, split_lines(row.landlord_ref, fixed[-6] - 6, FONT, SIZE, 2), row.typology_label or "–",
                 split_lines(_status(row), fixed[-4] - 6, FONT_BOLD if row.status not in DONE else FONT, SIZE, 2),
                 str(row.visit_count), split_lines(_last_visit(row), fixed[-2] - 6, FONT, SIZE, 2), "", ""]
        if row.status in DONE:
            done_rows.append(len(data))
        data.append(cells)
    cmds = grid_style(1, font_size=SIZE) + [
        ("FONT", (0, 1), (-1, -1), FONT, SIZE, 8.6), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("ROWHEIGHT", (0, 1), (-1, -1), 22), ("ALIGN", (-4, 0), (-4, -1), "CENTER"),
        ("FONT", (-5, 1), (-5, -1), FONT_BOLD, SIZE, 8.6),
        ("BOX", (-2, 1), (-2, -1), 0.6, color(MUTED)), ("INNERGRID", (-2, 1), (-1, -1), 0.6, color(MUTED)),
        ("BOX", (-1, 1), (-1, -1), 0.6, color(MUTED)), ("LINEBELOW", (0, 1), (-1, -1), 0.4, color(RULE)),
    ]  # fmt: skip
    for r in done_rows:
        cmds += [("BACKGROUND", (0, r), (-1, r), color(FILL)), ("TEXTCOLOR", (0, r), (-1, r), color(MUTED)),
                 ("FONT", (-5, r), (-5, r), FONT, SIZE, 8.6)]
    table = Table(data, colWidths=widths, repeatRows=1, rowHeights=[None] + [22] * (len(data) - 1))
    table.setStyle(TableStyle([c for c in cmds if c[0] != "ROWHEIGHT"]))
    return table


def _band(title: str, subtitle: str, width: float):
    from reportlab.platypus import Table, TableStyle

    data = [[split_lines(title, width * 0.55, FONT_BOLD, 14, 1), "Enquêteur : ______________________________"],
            [split_lines(subtitle, width * 0.55, FONT, 8, 1), "Date : ____ / ____ / ________"]]
    table = Table(data, colWidths=[width * 0.6, width * 0.4])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, -1), color(ACCENT)), ("TEXTCOLOR", (0, 0), (0, -1), color((1, 1, 1))),
        ("FONT", (0, 0), (0, 0), FONT_BOLD, 14, 16), ("FONT", (0, 1), (0, 1), FONT, 8, 10),
        ("FONT", (1, 0), (1, -1), FONT, 9, 11), ("VALIGN", (1, 0), (1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ("BOX", (1, 0), (1, -1), 0.6, color(RULE)),
    ]))  # fmt: skip
    return table


def round_sheet_story(rows: list, width: float, *, data_date) -> list:
    from reportlab.platypus import CondPageBreak

    first = rows[0]
    buildings = sorted({r.building_code or "" for r in rows})
    if len(buildings) == 1 and buildings[0]:
        title = f"Feuille de tournée – {buildings[0]}"
        addresses = sorted({r.address for r in rows if r.address})
        subtitle = " · ".join([first.site_name] + (addresses[:1] if len(addresses) == 1 else []))
    else:
        title = f"Feuille de tournée – {first.site_name}"
        subtitle = f"{len(rows)} logements"
    counts = Counter(r.status for r in rows)
    summary = " · ".join(f"{DWELLING_STATUSES.get(s, s)} : {n}" for s, n in sorted(counts.items(), key=lambda i: -i[1]))
    story: list = [
        _band(title, subtitle, width),
        TextBlock(f"{len(rows)} logements au {fr_date(data_date)} — {summary}", size=7.6, space_before=5),
        TextBlock("Résultat du jour : " + " · ".join(f"{c} = {label}" for c, label in RESULT_CODES)
                  + ". Les logements grisés sont terminés.", size=7.2, rgb=MUTED, space_before=2, space_after=2),
    ]
    groups: dict[tuple[str, str], list] = {}
    for row in rows:
        groups.setdefault((row.building_code or "", row.entrance_code or ""), []).append(row)
    for (building, entrance), members in groups.items():
        houses = not building
        if houses:
            members = sorted(members, key=_street_order)
        if houses:
            heading = "Logements individuels (sans bâtiment)"
        else:
            heading = (f"{building} – " if len(buildings) > 1 else "") + (f"Entrée {entrance}" if entrance else
                                                                            "Toutes entrées")
        story += [CondPageBreak(90), SectionTitle(f"{heading}  ({len(members)} logements)", space_before=8),
                  _table(members, width, houses)]
    return story


def write_round_sheet(store, path: str | Path, *, building: str | None = None, site: str | None = None,
                      campaign: str | None = None) -> RoundSheetResult:
    """Write the round sheet of one building (or of a whole site) to `path`, atomically."""
    from survey_app.core.reports.page_layout import PageSetup, build_pdf, frame_width

    rows = _rows_for(store, building, site, campaign)
    data_date = max((r.last_visit_at for r in rows if r.last_visit_at is not None), default=None)
    setup = PageSetup(landscape=True)
    story = round_sheet_story(rows, frame_width(setup), data_date=data_date)
    label = building or site or ""
    dest = Path(path).expanduser()
    with atomic_output(dest) as tmp:
        try:
            pages = build_pdf(tmp, story, title=f"Feuille de tournée – {label}", setup=setup,
                              footer=f"Feuille de tournée – {label} · données au {fr_date(data_date)} · "
                                     f"éditée le {fr_date(_today())}", subject="Enquête Habitat : feuille de tournée")
        except OSError as exc:
            raise output_error(dest, exc) from exc
    return RoundSheetResult(dest.absolute(), pages, len(rows))


def _today():
    from datetime import date

    return date.today()
