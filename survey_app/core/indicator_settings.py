"""Settings of the derived indicators and the frozen result types they are returned in.

`IndicatorSettings` holds every threshold and national reference of section 3 of the domain
reference (energy cost burden threshold, masking minimum, 3rd decile and median of the living
standard, comfort temperatures, priority weights…) with the reference's defaults; a campaign
overrides them with `settings.replace(...)` or `IndicatorSettings.from_mapping(table)` (the
reference's French parameter names are accepted). `Figure` is one number of a building sheet or of
the export, with the number of households behind it (`base`), the households left out as « ne sait
pas » / « refus » (`unknown`) and whether it must be hidden because `base` is below the masking
minimum; `Distribution` is a set of shares over the codes of one choice list. The other result
types (`HouseholdIndicators`, `GroupIndicators` and its parts, `Summary`) are declared here too and
computed by `core.indicators`, which re-exports them. Pure data, no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

NSP, REFUS, SANS_OBJET = "98", "99", "97"
NON_RESPONSE = frozenset({NSP, REFUS})

# The reference's parameter names (questionnaire-reference.md §3) → attribute names.
REFERENCE_NAMES = {
    "seuil_tee": "tee_threshold",
    "n_min_affichage": "min_base",
    "d3_niveau_vie": "d3_living_standard",
    "mediane_niveau_vie": "median_living_standard",
    "t_min_confort": "t_min_comfort",
    "t_surchauffe": "t_overheating",
}


@dataclass(frozen=True)
class IndicatorSettings:
    """Thresholds and references of the indicators; defaults from the domain reference, §3."""

    tee_threshold: float = 0.10  # seuil_tee: energy cost burden above this share of income (ONPE: 0.08 since 2018)
    min_base: int = 5  # n_min_affichage: a figure computed from fewer households is masked
    d3_living_standard: float | None = None  # d3_niveau_vie (€/UC/an, INSEE ERFS); None = TEE_3D not computed
    median_living_standard: float | None = None  # mediane_niveau_vie (€/UC/an); None = poverty share not computed
    tee_outlier: float = 0.5  # a TEE above this is flagged as implausible (kept in the figures)
    t_min_comfort: float = 18.0  # t_min_confort (°C): under-heated below
    t_overheating: float = 22.0  # t_surchauffe (°C): over-heated at or above
    priority_weights: tuple[int, ...] = (3, 2, 1)  # points for the 1st, 2nd and 3rd renovation priority
    cold_precarity_reasons: frozenset[str] = frozenset({"1", "2", "3", "4", "5"})  # froid_raisons of FR_PRECA
    absent_visits_min: int = 3  # « absent after at least 3 visits »

    def __post_init__(self) -> None:
        if not 0 < self.tee_threshold < 1:
            raise ValueError("Le seuil du taux d'effort énergétique doit être compris entre 0 et 1 (ex. 0,10).")
        if self.min_base < 1:
            raise ValueError("Le nombre minimal de ménages pour afficher un chiffre doit être d'au moins 1.")
        for name in ("d3_living_standard", "median_living_standard"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ValueError("Les références de niveau de vie doivent être des montants positifs.")
        if not self.priority_weights or any(w <= 0 for w in self.priority_weights):
            raise ValueError("Les points des priorités doivent être des nombres positifs (ex. 3, 2, 1).")
        if self.t_min_comfort >= self.t_overheating:
            raise ValueError("La température de confort minimale doit être inférieure au seuil de surchauffe.")

    def replace(self, **changes: object) -> IndicatorSettings:
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> IndicatorSettings:
        """Settings from a parameter table (attribute or reference names; « 0,08 » is read as 0.08)."""
        fields = {f.name: f for f in dataclasses.fields(cls)}
        changes: dict[str, object] = {}
        for raw_name, raw in values.items():
            name = REFERENCE_NAMES.get(raw_name, raw_name)
            if name not in fields:
                raise ValueError(f"Paramètre d'indicateur inconnu : « {raw_name} ».")
            changes[name] = _parse(name, raw)
        return cls(**changes)


def _parse(name: str, raw: object) -> object:
    if raw is None or raw == "":
        if name in ("d3_living_standard", "median_living_standard"):
            return None
        raise ValueError(f"Valeur manquante pour le paramètre « {name} ».")
    if name == "priority_weights":
        parts = raw.replace(",", " ").split() if isinstance(raw, str) else raw
        return tuple(int(p) for p in parts)
    if name == "cold_precarity_reasons":
        return frozenset(str(p) for p in (raw.replace(",", " ").split() if isinstance(raw, str) else raw))
    try:
        text = str(raw).replace(",", ".").replace("\u00a0", "").replace(" ", "")
        number = float(text) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"Valeur non numérique pour le paramètre « {name} » : « {raw} ».") from None
    return int(number) if name in ("min_base", "absent_visits_min") else number


def _thousands(number: float) -> str:
    return f"{round(number):,}".replace(",", "\u202f")


@dataclass(frozen=True)
class Figure:
    """One figure and the households behind it; `display()` hides it when `base < min_base`.

    `kind` says how `value` reads: "share" (0–1, shown as a whole percentage), "rate" (0–1, one
    decimal, e.g. a median energy cost burden), "amount" (euros), "count". A masked figure keeps its
    value for internal use (landlord follow-up), but anything printed must go through `display()`.
    """

    value: float | None
    base: int
    masked: bool
    unknown: int = 0  # households left out of `base`: « ne sait pas », « refus » or no usable answer
    count: int | None = None  # numerator of a share
    kind: str = "share"
    min_base: int = 5

    def display(self) -> str:
        if self.masked:
            return f"n < {self.min_base}"
        if self.value is None:
            return "–"
        if self.kind == "share":
            return f"{self.value * 100:.0f}\u00a0%"
        if self.kind == "rate":
            return f"{self.value * 100:.1f}\u00a0%".replace(".", ",")
        if self.kind == "amount":
            return f"{_thousands(self.value)}\u00a0€"
        return _thousands(self.value)


def share(count: int, base: int, settings: IndicatorSettings, unknown: int = 0) -> Figure:
    """count / base, masked when base < settings.min_base (value None when base is 0)."""
    return Figure(count / base if base else None, base, base < settings.min_base, unknown, count,
                  "share", settings.min_base)


def figure(value: float | None, base: int, settings: IndicatorSettings, kind: str, unknown: int = 0) -> Figure:
    return Figure(value, base, base < settings.min_base, unknown, None, kind, settings.min_base)


@dataclass(frozen=True)
class Distribution:
    """Shares over the codes of a choice list (`choice_list` names it in the form, for the labels).

    `base` households gave a usable answer, `unknown` said « ne sait pas » / « refus »; for a
    multiple choice the shares do not add up to 1. `items` are (code, share) pairs, most frequent first.
    """

    choice_list: str
    base: int
    unknown: int
    masked: bool
    items: tuple[tuple[str, Figure], ...]
    min_base: int = 5

    def share(self, code: str) -> Figure:
        for item_code, fig in self.items:
            if item_code == code:
                return fig
        return Figure(0.0 if self.base else None, self.base, self.masked, self.unknown, 0, "share", self.min_base)

    def counts(self) -> dict[str, int]:
        return {code: fig.count or 0 for code, fig in self.items}


# -- result types of survey_app.core.indicators ------------------------------------------------
@dataclass(frozen=True)
class HouseholdIndicators:
    """Indicators of one household; `None` means unknown (« ne sait pas », « refus », not answered)."""

    id_logement: str | None
    interviewed: bool
    persons: int | None
    consumption_units: float | None  # UC, modified OECD scale (the form's `uc`)
    annual_income: float | None  # € / year, APL included
    income_imputed: bool  # from the income bracket, not the amount
    living_standard: float | None  # niveau de vie: income ÷ UC
    energy_spending: float | None  # DE, € / year: bills + heating and hot-water provision
    spending_underestimated: bool  # coal delivered in kind by the ANGDM
    tee: float | None  # energy cost burden: DE ÷ income
    tee_above: bool | None  # tee > settings.tee_threshold
    tee_3d: bool | None  # tee_above and living standard < D3 (None without the D3 setting)
    tee_outlier: bool
    felt_cold: bool | None  # FR: cold for at least 24 h last winter
    cold_precarity: bool | None  # FR_PRECA: cold for a precarity reason
    restriction: bool | None  # heating limited because of its cost
    heating_mode: str | None  # chauff_mode code (98/99 kept as given)
    heating_energy: str | None  # chauff_energie code
    no_regulation: bool | None
    extra_heating: bool | None
    temperature: float | None  # measured, else declared living-room temperature
    under_heated: bool | None
    over_heated: bool | None
    comfort_problems: frozenset[str] | None  # `problemes` codes; empty set = « aucun »
    humidity_index: int | None  # 0–6
    satisfaction: tuple[tuple[str, str], ...]  # (item, code) for the items answered, 97/98/99 included
    priorities: tuple[str, ...] | None  # ranked renovation priorities; None = not given
    co_risk: bool

    @property
    def comfort_problem_count(self) -> int | None:
        return None if self.comfort_problems is None else len(self.comfort_problems)

    def satisfaction_code(self, item: str) -> str | None:
        return dict(self.satisfaction).get(item)


@dataclass(frozen=True)
class Coverage:
    """Counts of dwellings by survey outcome, and the response, contact and cooperation rates."""

    dwellings: int
    vacant: int  # vacant or walled-up / emptied for demolition
    occupied: int
    visited: int
    interviews: int
    in_progress: int  # interview started (draft) or rejected, to be done again
    refusals: int
    absent: int
    absent_repeated: int  # absent, after at least `absent_visits_min` absent visits
    appointments: int
    impossible: int
    other: int
    not_visited: int
    response_rate: Figure
    contact_rate: Figure
    cooperation_rate: Figure


@dataclass(frozen=True)
class HeatingProfile:
    mode: Distribution  # chauff_mode
    energy: Distribution  # chauff_energie (households with heating)
    no_regulation: Figure
    extra_heating: Figure
    under_heated: Figure
    over_heated: Figure
    co_risk: Figure  # count of households with a carbon-monoxide risk flag


@dataclass(frozen=True)
class EnergyBurden:
    threshold: float
    median_spending: Figure
    mean_spending: Figure
    median_tee: Figure
    above_threshold: Figure  # share of households with TEE > threshold
    above_threshold_3d: Figure | None  # and living standard < D3; None without the D3 setting
    below_poverty: Figure | None  # living standard < 60 % of the national median; None without it
    underestimated: int  # households whose spending leaves out coal delivered in kind


@dataclass(frozen=True)
class SatisfactionItem:
    item: str  # question name, e.g. "sat_chauffage"
    scale: Distribution  # codes 1–4 of `sat4`
    satisfied: Figure  # très or plutôt satisfait (1 or 2)
    not_applicable: int  # 97 « sans objet »


@dataclass(frozen=True)
class PriorityRank:
    code: str  # code of the `priorite` list
    rank: int
    points: int
    mentions: int
    first_choice: int
    mentioned: Figure  # share of households that named it among their priorities


@dataclass(frozen=True)
class Priorities:
    base: int
    unknown: int
    masked: bool
    weights: tuple[int, ...]
    ranking: tuple[PriorityRank, ...]


@dataclass(frozen=True)
class GroupIndicators:
    """All the figures of one group of dwellings (campaign, site, building or entrance)."""

    level: str  # "campagne", "site", "batiment", "entree" or "groupe"
    key: tuple[str, ...]
    label: str
    coverage: Coverage
    households: int  # interviews whose answers were given
    heating: HeatingProfile
    burden: EnergyBurden
    felt_cold: Figure
    cold_precarity: Figure
    restriction: Figure
    comfort: Distribution  # `problemes`, most frequent first (0 « aucun » counts in the base only)
    humidity: Figure  # share with a humidity index of 3 or more
    satisfaction: tuple[SatisfactionItem, ...]
    priorities: Priorities
    co_risk_dwellings: tuple[str, ...]  # for the landlord's follow-up, never for a public sheet


@dataclass(frozen=True)
class Summary:
    campaign: GroupIndicators
    sites: tuple[GroupIndicators, ...]
    buildings: tuple[GroupIndicators, ...]
    entrances: tuple[GroupIndicators, ...]
