"""What the building sheets print, read from the store once: dwellings, finished interviews, indicators.

`load_report_data(store, ...)` picks the campaign's dwellings (optionally one site and some
buildings), loads the answers of each dwelling's latest finished interview (`termine` or `valide`),
and computes every figure through `core.indicators.group_indicators`: one `GroupIndicators` per
building (dwellings without a building — the individual houses of a site — form one group per
site), per site and for the whole selection. It also gathers what the identification block needs
(address, entrances, floors) and a few pseudonymised surveyor observations per building (none when
fewer households than the masking minimum answered). The date of the data is the latest visit or
interview change. Plain data out; no reportlab here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from survey_app.core.indicators import DwellingRecord, GroupIndicators, IndicatorSettings, group_indicators
from survey_app.core.reports.errors import ReportCancelled, ReportError
from survey_app.core.reports.pseudonymise import Pseudonymiser, select_observations

FINISHED = ("termine", "valide")
HOUSES_LABEL = "Logements individuels"


@dataclass(frozen=True)
class BuildingData:
    """One building of the report (or the houses of a site without a building: `code` None)."""

    site: str
    code: str | None
    rows: tuple  # DwellingRow, in the store's natural order
    indicators: GroupIndicators
    observations: tuple[tuple[str, int], ...]  # (pseudonymised remark, number of dwellings)
    address: str
    commune: str

    @property
    def label(self) -> str:
        return self.code or HOUSES_LABEL

    @property
    def entrances(self) -> tuple[str, ...]:
        from survey_app.core.store.tree import natural_key

        return tuple(sorted({r.entrance_code for r in self.rows if r.entrance_code}, key=natural_key))

    @property
    def floors(self) -> tuple[int, int] | None:
        floors = [r.floor for r in self.rows if r.floor is not None]
        return (min(floors), max(floors)) if floors else None


@dataclass(frozen=True)
class ReportData:
    campaign: str
    data_date: datetime | None
    buildings: tuple[BuildingData, ...]
    sites: tuple[GroupIndicators, ...]  # one per site; a single site is the selection itself (`total`)
    total: GroupIndicators
    settings: IndicatorSettings
    selection: str  # « Ensemble de la campagne », « Site … » or « Sélection de N bâtiments »


def find_campaign(store, name: str | None):
    """The campaign to print: the one named (any case), else the only one; ReportError otherwise."""
    campaigns = store.campaigns()
    if name:
        for campaign in campaigns:
            if campaign.name.casefold() == name.casefold():
                return campaign
        known = ", ".join(f"« {c.name} »" for c in campaigns) or "aucune"
        raise ReportError(f"Campagne « {name} » introuvable dans la base « {store.path} » (campagnes : {known}).")
    if not campaigns:
        raise ReportError(f"La base « {store.path} » ne contient aucun logement : importez d'abord le registre.")
    if len(campaigns) > 1:
        names = ", ".join(f"« {c.name} »" for c in campaigns)
        raise ReportError(f"La base « {store.path} » contient plusieurs campagnes ({names}) : précisez laquelle.")
    return campaigns[0]


def _select(rows: list, site: str | None, buildings: Sequence[str], path) -> list:
    if site:
        chosen = [r for r in rows if r.site_name.casefold() == site.casefold()]
        if not chosen:
            known = ", ".join(f"« {s} »" for s in sorted({r.site_name for r in rows}))
            raise ReportError(f"Site « {site} » introuvable dans la base « {path} » (sites : {known}).")
        rows = chosen
    if buildings:
        wanted = {b.casefold() for b in buildings}
        found = {r.building_code.casefold() for r in rows if r.building_code}
        missing = [b for b in buildings if b.casefold() not in found]
        if missing:
            known = sorted({r.building_code for r in rows if r.building_code})
            sample = ", ".join(known[:8]) + (" …" if len(known) > 8 else "")
            raise ReportError(
                f"Bâtiment {', '.join(f'« {m} »' for m in missing)} introuvable dans la base « {path} »"
                + (f" (bâtiments : {sample})." if known else " (aucun bâtiment)."))
        rows = [r for r in rows if r.building_code and r.building_code.casefold() in wanted]
    return rows


def _finished_answers(store, campaign_id: str, dwelling_ids: set[str],
                      cancelled: Callable[[], bool] | None) -> tuple[dict[str, dict], datetime | None]:
    latest: dict[str, object] = {}
    newest = None
    for summary in store.list_interviews(campaign_id=campaign_id):
        if summary.dwelling_id not in dwelling_ids:
            continue
        if newest is None or summary.modified_at > newest:
            newest = summary.modified_at
        if summary.status in FINISHED:
            known = latest.get(summary.dwelling_id)
            if known is None or summary.modified_at > known.modified_at:
                latest[summary.dwelling_id] = summary
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    documents = store.interview_answers(s.id for s in latest.values())
    answers = {dwelling_id: documents[s.id] for dwelling_id, s in latest.items() if s.id in documents}
    return answers, newest


def _common(values: Sequence[str | None], many: str) -> str:
    distinct = Counter(v for v in values if v)
    if not distinct:
        return "–"
    if len(distinct) == 1:
        return next(iter(distinct))
    return many.format(n=len(distinct))


def _names(answers: dict, surveyors: Sequence[str]) -> set[str]:
    names = set(surveyors)
    for doc in answers.values():
        if isinstance(doc.get("enqueteur"), str):
            names.update(doc["enqueteur"].split())
        for member in doc.get("membres") or ():
            if isinstance(member, dict) and isinstance(member.get("prenom"), str):
                names.update(member["prenom"].replace(".", " ").split())
    return {n for n in names if len(n) >= 2}


def load_report_data(store, *, campaign: str | None = None, site: str | None = None,
                     buildings: Sequence[str] = (), settings: IndicatorSettings | None = None,
                     observations: int = 4, cancelled: Callable[[], bool] | None = None) -> ReportData:
    """Read the store and compute the figures of the report (see the module docstring)."""
    settings = settings or IndicatorSettings()
    info = find_campaign(store, campaign)
    rows = _select(store.list_dwellings(campaign_id=info.id), site, buildings, store.path)
    if not rows:
        raise ReportError(f"Aucun logement à imprimer dans la base « {store.path} » pour cette sélection.")
    answers, newest = _finished_answers(store, info.id, {r.id for r in rows}, cancelled)
    visits = [r.last_visit_at for r in rows if r.last_visit_at is not None]
    data_date = max([*visits, *([newest] if newest else [])], default=None)
    rules = Pseudonymiser(_names(answers, [s.name for s in store.surveyors()]), [r.landlord_ref for r in rows])
    groups: dict[tuple[str, str], list] = {}
    for row in rows:
        groups.setdefault((row.site_name, row.building_code or ""), []).append(row)
    records = {r.id: DwellingRecord.from_row(r, answers.get(r.id)) for r in rows}
    result = []
    for (site_name, code), members in groups.items():
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        figures = group_indicators([records[r.id] for r in members], settings, level="batiment",
                                   key=(site_name, code), label=code or HOUSES_LABEL)
        remarks: tuple = ()
        if figures.households >= settings.min_base:
            texts = [answers[r.id].get("obs_commentaire") for r in members if r.id in answers]
            remarks = tuple(select_observations(texts, rules, observations))
        result.append(BuildingData(
            site=site_name, code=code or None, rows=tuple(members), indicators=figures, observations=remarks,
            address=_common([r.address for r in members], "{n} adresses"),
            commune=_common([r.commune for r in members], "{n} communes"),
        ))  # fmt: skip
    by_site: dict[str, list] = {}
    for row in rows:
        by_site.setdefault(row.site_name, []).append(records[row.id])
    if buildings:
        selection = f"Sélection de {len(result)} bâtiment{'s' if len(result) > 1 else ''}"
    elif site:
        selection = f"Site {rows[0].site_name}"
    else:
        selection = "Ensemble de la campagne"
    total = group_indicators(records.values(), settings, level="campagne", label=selection)
    sites = (total,) if len(by_site) == 1 else tuple(
        group_indicators(recs, settings, level="site", key=(name,), label=name) for name, recs in by_site.items())
    return ReportData(info.name, data_date, tuple(result), sites, total, settings, selection)
