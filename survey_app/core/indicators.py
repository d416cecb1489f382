"""Derived indicators of the survey (domain reference §3), per household and per group of dwellings.

Pure functions over plain data — no database, no Qt — shared by the Excel export and the printed
building sheets. The API:

* `household_indicators(answers, settings=None) -> HouseholdIndicators`: one finished answers
  document of the default questionnaire (`forms/enquete_habitat.xlsx`, field names of its §2.5).
* `DwellingRecord`: one dwelling (id, site, building, entrance, floor, store status, visit counts)
  with the answers of its finished interview, if any; `DwellingRecord.from_row(row, answers)` builds
  it from a store `DwellingRow`.
* `group_indicators(records, settings=None, level=, key=, label=) -> GroupIndicators`: any set of
  dwellings; `building_indicators(records, settings=None)` for the dwellings of one building;
  `summarise(records, settings=None) -> Summary`: campaign total, then per site, building, entrance.
* The settings (`IndicatorSettings`) and the frozen result types (`Figure`, `Distribution`,
  `HouseholdIndicators`, `GroupIndicators` and its parts) live in `core.indicator_settings` and are
  re-exported here: callers import everything from this module.

Definitions. Response rate = interviews ÷ occupied dwellings (occupied = all − vacant or walled-up),
contact rate = (interviews + started or rejected interviews + refusals + appointments + « entretien
impossible ») ÷ occupied, cooperation rate = interviews ÷ (interviews + refusals); an interview is a
finished answers document with `entretien` = 1 (result 1 or 2 and consent), or a store status
`termine` without answers. Energy cost burden (TEE) = annual energy spending ÷ annual income; it is
unknown — never zero — when a spending amount, the heating provision or the income (or the APL it
includes) was answered « ne sait pas » / « refus ». Renovation priorities are ranked by weighted
points (3 for a 1st choice, 2 for a 2nd, 1 for a 3rd: `IndicatorSettings.priority_weights`), ties
broken by mentions then first choices. Everywhere, 98/99 answers are left out of the denominator
and counted in `unknown`; 97 (« sans objet ») is left out of both; a figure from fewer than
`min_base` households (default 5) is masked (`Figure.display()` gives « n < 5 »).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean, median
from typing import Any

from survey_app.core.indicator_settings import (
    NON_RESPONSE, SANS_OBJET, Coverage, Distribution, EnergyBurden, Figure, GroupIndicators, HeatingProfile,
    HouseholdIndicators, IndicatorSettings, Priorities, PriorityRank, SatisfactionItem, Summary, figure, share,
)  # fmt: skip

__all__ = [
    "Coverage", "Distribution", "DwellingRecord", "EnergyBurden", "Figure", "GroupIndicators", "HeatingProfile",
    "HouseholdIndicators", "IndicatorSettings", "Priorities", "PriorityRank", "SatisfactionItem", "Summary",
    "building_indicators", "group_indicators", "household_indicators", "is_interview", "summarise",
]  # fmt: skip

DEFAULT_SETTINGS = IndicatorSettings()
SATISFACTION_ITEMS = ("sat_logement", "sat_chauffage", "sat_isolation", "sat_ecs", "sat_charges",
                      "sat_parties_communes", "sat_bailleur", "sat_quartier")
NO_HEATING = "7"
_STATUS_CLASS = {"termine": "entretien", "en_cours": "en_cours", "rejete": "en_cours", "refus": "refus",
                 "absent": "absent", "rendez_vous": "rendez_vous", "vacant": "vacant", "mure_demoli": "vacant",
                 "impossible": "impossible", "autre": "autre", "a_visiter": "a_visiter"}
_RESULT_CLASS = {"3": "absent", "4": "rendez_vous", "5": "refus", "6": "vacant", "7": "vacant",
                 "8": "impossible", "9": "autre"}
_CONTACTED = ("entretien", "en_cours", "refus", "rendez_vous", "impossible")


# -- reading answers ---------------------------------------------------------------------------------
def _code(answers: Mapping[str, Any], name: str) -> str | None:
    value = answers.get(name)
    return None if value in (None, "", []) else str(value)


def _codes(answers: Mapping[str, Any], name: str) -> list[str] | None:
    value = answers.get(name)
    if value in (None, "", []):
        return None
    return value.split() if isinstance(value, str) else [str(v) for v in value]


def _num(answers: Mapping[str, Any], name: str) -> float | None:
    value = answers.get(name)
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", ".")) if value not in (None, "") else None
    except ValueError:
        return None


def _flag(answers: Mapping[str, Any], name: str) -> bool:
    return _num(answers, name) == 1


def _yes_no(code: str | None, yes: Iterable[str] = ("1",), no: Iterable[str] = ("2",)) -> bool | None:
    return True if code in yes else False if code in no else None


def _order(code: str) -> tuple[int, str]:
    return (int(code), code) if code.isdigit() else (10**6, code)


# -- per household -----------------------------------------------------------------------------------
def is_interview(answers: Mapping[str, Any]) -> bool:
    """True for a conducted interview: `entretien` = 1 (result 1 or 2 and the household's consent)."""
    if answers.get("entretien") is not None:
        return _flag(answers, "entretien")
    return _code(answers, "resultat_visite") in ("1", "2") and _code(answers, "accord") == "1"


def household_indicators(answers: Mapping[str, Any], settings: IndicatorSettings | None = None) -> HouseholdIndicators:
    """Indicators of one finished answers document (see the module docstring for the definitions)."""
    s, a = settings or DEFAULT_SETTINGS, answers
    income = _num(a, "revenu_annuel")
    if _code(a, "apl_statut") in NON_RESPONSE:  # APL received but its amount unknown: income unknown
        income = None
    units = _num(a, "uc")
    living = income / units if income is not None and units else None
    spending = _num(a, "dep_energie")
    if (_flag(a, "flag_dep_incomplete") or _flag(a, "flag_dep_coll_inconnue")
            or _code(a, "provision_chauffage_statut") in NON_RESPONSE):
        spending = None  # an amount is missing: the form's sum would count it as 0
    tee = spending / income if spending is not None and income is not None and income > 0 else None
    above = None if tee is None else tee > s.tee_threshold
    tee_3d = None
    if above is not None and living is not None and s.d3_living_standard is not None:
        tee_3d = above and living < s.d3_living_standard
    felt_cold = _yes_no(_code(a, "froid"))
    reasons = set(_codes(a, "froid_raisons") or ())
    cold_precarity = felt_cold
    if felt_cold:
        cold_precarity = None if not reasons or reasons & NON_RESPONSE else bool(reasons & s.cold_precarity_reasons)
    restriction = True if "3" in reasons else _yes_no(_code(a, "restriction"), ("1", "2"), ("3", "4"))
    regulation = _codes(a, "regulation")
    no_regulation = None if regulation is None or set(regulation) & NON_RESPONSE else "6" in regulation
    problems = _codes(a, "problemes")
    problem_set = None if problems is None or set(problems) & NON_RESPONSE else frozenset(problems) - {"0"}
    temperature = _num(a, "temp_retenue")
    under = over = None
    if temperature is not None:
        under, over = temperature < s.t_min_comfort, temperature >= s.t_overheating
    if problem_set is not None and "6" in problem_set:
        over = True
    humidity = _num(a, "indice_humidite")
    persons = _num(a, "nb_personnes")
    return HouseholdIndicators(
        id_logement=_code(a, "id_logement"), interviewed=is_interview(a),
        persons=None if persons is None else int(persons), consumption_units=units, annual_income=income,
        income_imputed=_flag(a, "flag_rev_impute"), living_standard=living, energy_spending=spending,
        spending_underestimated=_flag(a, "flag_angdm_nature"), tee=tee, tee_above=above, tee_3d=tee_3d,
        tee_outlier=tee is not None and tee > s.tee_outlier, felt_cold=felt_cold, cold_precarity=cold_precarity,
        restriction=restriction, heating_mode=_code(a, "chauff_mode"), heating_energy=_code(a, "chauff_energie"),
        no_regulation=no_regulation, extra_heating=_yes_no(_code(a, "appoint"), ("1", "2"), ("3",)),
        temperature=temperature, under_heated=under, over_heated=over, comfort_problems=problem_set,
        humidity_index=None if humidity is None else int(humidity),
        satisfaction=tuple((item, code) for item in SATISFACTION_ITEMS if (code := _code(a, item)) is not None),
        priorities=_priorities_of(a), co_risk=_flag(a, "flag_risque_co"),
    )  # fmt: skip


def _priorities_of(answers: Mapping[str, Any]) -> tuple[str, ...] | None:
    ranked: list[str] = []
    for name in ("priorite_1", "priorite_2", "priorite_3"):
        code = _code(answers, name)
        if code is None or code == "0" or code in NON_RESPONSE:
            break
        ranked.append(code)
    return tuple(ranked) or None


# -- dwellings and groups ----------------------------------------------------------------------------
@dataclass(frozen=True)
class DwellingRecord:
    """One dwelling as the indicators see it; `status` is the store's derived status (`DWELLING_STATUSES`)."""

    dwelling_id: str
    site: str
    building: str | None = None
    entrance: str | None = None
    floor: int | None = None
    status: str = "a_visiter"
    visit_count: int = 0
    absent_count: int = 0
    answers: Mapping[str, Any] | None = None  # the finished interview's answers document

    @classmethod
    def from_row(cls, row: Any, answers: Mapping[str, Any] | None = None) -> DwellingRecord:
        """From a store `DwellingRow` (read by attribute, so this module does not import the store)."""
        return cls(str(row.id), row.site_name, row.building_code, row.entrance_code, row.floor, row.status,
                   row.visit_count, row.absent_count, answers)

    def outcome(self) -> str:
        """entretien, en_cours, refus, absent, rendez_vous, vacant, impossible, autre or a_visiter."""
        if self.answers:
            if is_interview(self.answers):
                return "entretien"
            if _code(self.answers, "accord") == "2":
                return "refus"
            result = _RESULT_CLASS.get(_code(self.answers, "resultat_visite") or "")
            if result:
                return result
        return _STATUS_CLASS.get(self.status, "autre")


def _bool_share(values: Iterable[bool | None], s: IndicatorSettings) -> Figure:
    values = list(values)
    known = [v for v in values if v is not None]
    return share(sum(known), len(known), s, unknown=len(values) - len(known))


def _distribution(choice_list: str, values: Sequence[Sequence[str] | None], s: IndicatorSettings, *,
                  ranked: bool = False) -> Distribution:
    """`values` holds one list of codes per household, None for « ne sait pas » / « refus »."""
    known = [v for v in values if v is not None]
    counter = Counter(code for codes in known for code in set(codes))
    order = sorted(counter, key=lambda c: (-counter[c], _order(c)) if ranked else _order(c))
    items = tuple((code, share(counter[code], len(known), s)) for code in order)
    return Distribution(choice_list, len(known), len(values) - len(known), len(known) < s.min_base, items, s.min_base)


def _single(code: str | None) -> list[str] | None:
    return None if code is None or code in NON_RESPONSE else [code]


def _amounts(values: list[float | None], s: IndicatorSettings, kind: str, how) -> Figure:
    known = [v for v in values if v is not None]
    return figure(how(known) if known else None, len(known), s, kind, unknown=len(values) - len(known))


def _coverage(records: Sequence[DwellingRecord], s: IndicatorSettings) -> Coverage:
    outcomes = [r.outcome() for r in records]
    n = Counter(outcomes)
    occupied = len(records) - n["vacant"]
    visited = sum(1 for r, o in zip(records, outcomes) if o != "a_visiter" or r.visit_count > 0)
    repeated = sum(1 for r, o in zip(records, outcomes) if o == "absent" and r.absent_count >= s.absent_visits_min)
    contacted = sum(n[c] for c in _CONTACTED)
    return Coverage(
        dwellings=len(records), vacant=n["vacant"], occupied=occupied, visited=visited, interviews=n["entretien"],
        in_progress=n["en_cours"], refusals=n["refus"], absent=n["absent"], absent_repeated=repeated,
        appointments=n["rendez_vous"], impossible=n["impossible"], other=n["autre"], not_visited=len(records) - visited,
        response_rate=share(n["entretien"], occupied, s), contact_rate=share(contacted, occupied, s),
        cooperation_rate=share(n["entretien"], n["entretien"] + n["refus"], s),
    )  # fmt: skip


def _satisfaction(hh: Sequence[HouseholdIndicators], s: IndicatorSettings) -> tuple[SatisfactionItem, ...]:
    items = []
    for item in SATISFACTION_ITEMS:
        codes = [code for h in hh if (code := h.satisfaction_code(item)) is not None]
        scale = _distribution("sat4", [_single(c) for c in codes if c != SANS_OBJET], s)
        counts = scale.counts()
        satisfied = share(counts.get("1", 0) + counts.get("2", 0), scale.base, s, unknown=scale.unknown)
        items.append(SatisfactionItem(item, scale, satisfied, codes.count(SANS_OBJET)))
    return tuple(items)


def _priorities(hh: Sequence[HouseholdIndicators], s: IndicatorSettings) -> Priorities:
    known = [h.priorities for h in hh if h.priorities]
    points, mentions, first = Counter(), Counter(), Counter()
    for ranked in known:
        for weight, code in zip(s.priority_weights, ranked):
            points[code] += weight
            mentions[code] += 1
        first[ranked[0]] += 1
    order = sorted(points, key=lambda c: (-points[c], -mentions[c], -first[c], _order(c)))
    ranking = tuple(PriorityRank(code, i + 1, points[code], mentions[code], first[code],
                                 share(mentions[code], len(known), s)) for i, code in enumerate(order))
    return Priorities(len(known), len(hh) - len(known), len(known) < s.min_base, s.priority_weights, ranking)


def group_indicators(records: Iterable[DwellingRecord], settings: IndicatorSettings | None = None, *,
                     level: str = "groupe", key: tuple[str, ...] = (), label: str = "") -> GroupIndicators:
    """Every figure of §3.2 for a set of dwellings (only interviews feed the household figures)."""
    s, records = settings or DEFAULT_SETTINGS, list(records)
    pairs = [(r, household_indicators(r.answers, s)) for r in records if r.answers and is_interview(r.answers)]
    hh = [h for _, h in pairs]
    heated = [h for h in hh if h.heating_mode != NO_HEATING]
    co_risk = [r.dwelling_id for r, h in pairs if h.co_risk]
    d3, median_nv = s.d3_living_standard, s.median_living_standard
    burden = EnergyBurden(
        threshold=s.tee_threshold,
        median_spending=_amounts([h.energy_spending for h in hh], s, "amount", median),
        mean_spending=_amounts([h.energy_spending for h in hh], s, "amount", fmean),
        median_tee=_amounts([h.tee for h in hh], s, "rate", median),
        above_threshold=_bool_share((h.tee_above for h in hh), s),
        above_threshold_3d=None if d3 is None else _bool_share((h.tee_3d for h in hh), s),
        below_poverty=None if median_nv is None else _bool_share(
            (None if h.living_standard is None else h.living_standard < 0.6 * median_nv for h in hh), s),
        underestimated=sum(h.spending_underestimated for h in hh),
    )  # fmt: skip
    heating = HeatingProfile(
        mode=_distribution("chauff_mode", [_single(h.heating_mode) for h in hh], s),
        energy=_distribution("energie", [_single(h.heating_energy) for h in heated if h.heating_energy], s),
        no_regulation=_bool_share((h.no_regulation for h in heated), s),
        extra_heating=_bool_share((h.extra_heating for h in hh), s),
        under_heated=_bool_share((h.under_heated for h in hh), s),
        over_heated=_bool_share((h.over_heated for h in hh), s),
        co_risk=figure(len(co_risk), len(hh), s, "count"),
    )  # fmt: skip
    return GroupIndicators(
        level=level, key=key, label=label, coverage=_coverage(records, s), households=len(hh),
        heating=heating, burden=burden, felt_cold=_bool_share((h.felt_cold for h in hh), s),
        cold_precarity=_bool_share((h.cold_precarity for h in hh), s),
        restriction=_bool_share((h.restriction for h in hh), s),
        comfort=_distribution("problemes", [None if h.comfort_problems is None else sorted(h.comfort_problems)
                                            for h in hh], s, ranked=True),
        humidity=_bool_share((None if h.humidity_index is None else h.humidity_index >= 3 for h in hh), s),
        satisfaction=_satisfaction(hh, s), priorities=_priorities(hh, s), co_risk_dwellings=tuple(co_risk),
    )  # fmt: skip


NO_BUILDING = "Sans bâtiment"


def building_indicators(records: Iterable[DwellingRecord],
                        settings: IndicatorSettings | None = None) -> GroupIndicators:
    """The figures of one building's dwellings (ValueError if the records span several buildings)."""
    records = list(records)
    keys = {(r.site, r.building or "") for r in records}
    if len(keys) > 1:
        raise ValueError("Les logements transmis appartiennent à plusieurs bâtiments : utiliser summarise().")
    key = next(iter(keys), ())
    label = (key[1] or NO_BUILDING) if key else ""
    return group_indicators(records, settings, level="batiment", key=tuple(key), label=label)


def _natural(key: tuple[str, ...]) -> tuple:
    return tuple(tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.split(r"(\d+)", k) if p)
                 for k in key)


def summarise(records: Iterable[DwellingRecord], settings: IndicatorSettings | None = None, *,
              campaign_label: str = "Ensemble de la campagne") -> Summary:
    """Campaign total, then one `GroupIndicators` per site, per building and per entrance (natural order)."""
    s, records = settings or DEFAULT_SETTINGS, list(records)

    def groups(level: str, key_of, label_of) -> tuple[GroupIndicators, ...]:
        by_key: dict[tuple[str, ...], list[DwellingRecord]] = {}
        for record in records:
            key = key_of(record)
            if key is not None:
                by_key.setdefault(key, []).append(record)
        return tuple(group_indicators(by_key[k], s, level=level, key=k, label=label_of(k))
                     for k in sorted(by_key, key=_natural))

    return Summary(
        campaign=group_indicators(records, s, level="campagne", label=campaign_label),
        sites=groups("site", lambda r: (r.site,), lambda k: k[0]),
        buildings=groups("batiment", lambda r: (r.site, r.building or ""), lambda k: k[1] or NO_BUILDING),
        entrances=groups("entree", lambda r: (r.site, r.building or "", r.entrance) if r.entrance else None,
                         lambda k: f"{k[1] or NO_BUILDING} – entrée {k[2]}"),
    )  # fmt: skip
