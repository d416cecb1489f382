"""The « Bâtiments » sheet: the derived indicators of each building, from `core.indicators`, one row each.

The export walks dwellings building by building (see `source`), so each building's figures are
computed with `building_indicators` — the same groups and the same numbers as `summarise(...)`
gives per building, individual houses of a site forming its « Sans bâtiment » group — as soon as
its last dwelling has gone by (a very big one once the store's streams are closed), and only that
building's dwellings are held in memory. A dwelling counts with the answers of its latest finished
interview (terminé or validé), kept in a compact form restricted to the fields the indicators read
(`INDICATOR_FIELDS`), and dwellings without such answers that look alike share one record (a test
checks the figures are those of full documents).
Shares are written as numbers formatted as percentages, amounts in euros; a figure computed from too
few households shows « n < 5 » (`Figure.display()`), one that cannot be computed « – ».
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import Any

from survey_app.core.export.cells import Number
from survey_app.core.export.columns import Column
from survey_app.core.export.rows import DwellingInfo
from survey_app.core.forms.model import Form
from survey_app.core.indicators import (
    NO_BUILDING, SATISFACTION_ITEMS, DwellingRecord, Figure, GroupIndicators, IndicatorSettings, building_indicators,
)  # fmt: skip

# Every answer `household_indicators`, `is_interview` and `DwellingRecord.outcome` read to make group
# figures (`id_logement` is left out: it only labels a household, and costs a string per household).
INDICATOR_FIELDS = (
    "accord", "apl_statut", "appoint", "chauff_energie", "chauff_mode", "dep_energie", "entretien",
    "flag_angdm_nature", "flag_dep_coll_inconnue", "flag_dep_incomplete", "flag_rev_impute", "flag_risque_co",
    "froid", "froid_raisons", "indice_humidite", "nb_personnes", "problemes",
    "provision_chauffage_statut", "regulation", "restriction", "resultat_visite", "revenu_annuel", "temp_retenue",
    "uc", "priorite_1", "priorite_2", "priorite_3", *SATISFACTION_ITEMS,
)  # fmt: skip
_ABSENT = object()
SHARE, RATE, EURO = "0%", "0.0%", '#,##0 "€"'
NOT_COMPUTABLE = "–"


class CompactAnswers(Mapping):
    """The indicator fields of an answers document: a tuple of the values present and a shared layout.

    A few hundred bytes instead of kilobytes; the layout (field → position) is shared by every
    document that has the same fields.
    """

    __slots__ = ("_layout", "_values")

    def __init__(self, answers: Mapping[str, Any]):
        get, present, values = answers.get, [], []
        for position, name in enumerate(INDICATOR_FIELDS):
            value = get(name, _ABSENT)
            if value is _ABSENT:
                continue
            kind = value.__class__
            present.append(position)
            values.append(_shared(value) if kind is list or kind is float or kind is str else value)
        key = tuple(present)
        layout = _LAYOUTS.get(key)
        if layout is None:
            layout = {INDICATOR_FIELDS[p]: slot for slot, p in enumerate(present)}
            if len(_LAYOUTS) < 2_000:
                _LAYOUTS[key] = layout
        self._layout = layout
        self._values = tuple(values)

    def __getitem__(self, key: str) -> Any:
        return self._values[self._layout[key]]

    def get(self, key: str, default: Any = None) -> Any:
        slot = self._layout.get(key)
        return default if slot is None else self._values[slot]

    def __iter__(self) -> Iterator[str]:
        return iter(self._layout)

    def __len__(self) -> int:
        return len(self._layout)


_LAYOUTS: dict[tuple[int, ...], dict[str, int]] = {}
_SHARED: dict[tuple[type, Any], Any] = {}


def _shared(value: Any) -> Any:
    """One object for each frequent value (codes, flags), so a building of thousands of houses stays small."""
    if type(value) is list:
        value = tuple(value)  # the indicators iterate it; a tuple is smaller and can be shared
    try:
        key = (type(value), value)
        found = _SHARED.get(key)
    except TypeError:  # an unexpected unhashable value: keep it as it is
        return value
    if found is not None:
        return found
    if len(_SHARED) < 1_000:
        _SHARED[key] = value
    return value


def _text(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


class BuildingGroups:
    """Collects consecutive dwellings of one building and hands each building's figures to `emit`, in order.

    A building of more than `defer_from` dwellings (a site's « Sans bâtiment » houses can number tens of
    thousands) is computed only at `finish()`, once the store's streams are closed: its thousands of
    household indicators then do not add to the memory the streams hold. Buildings after it keep their
    order (their rows wait, small).
    """

    def __init__(self, settings: IndicatorSettings, to_row: Callable[[GroupIndicators], list],
                 emit: Callable[[list], None], *, defer_from: int = 1_000):  # fmt: skip
        self.settings = settings
        self.to_row = to_row
        self.emit = emit
        self.defer_from = defer_from
        self._key: tuple[str, str] | None = None
        self._records: list[DwellingRecord] = []
        self._alike: dict[tuple, DwellingRecord] = {}
        self._waiting: list[Callable[[], list] | None] = []  # each gives a row: computed, or deferred
        self.count = 0

    def add(self, dwelling: DwellingInfo, answers: Mapping[str, Any] | None) -> None:
        key = (dwelling.site, dwelling.building or "")
        if key != self._key:
            self.close()
            self._key = key
            self._alike = {}
        if answers:
            self._records.append(DwellingRecord(
                dwelling.id, _text(dwelling.site), _text(dwelling.building), None, None, _text(dwelling.status),
                dwelling.visit_count, dwelling.absent_count, CompactAnswers(answers),
            ))  # fmt: skip
            return
        # Without answers a dwelling only counts through its status and visits (never through its id, its
        # entrance or its floor): dwellings alike share one record, so a site of 40,000 houses stays small.
        alike = (dwelling.status, dwelling.visit_count, dwelling.absent_count)
        record = self._alike.get(alike)
        if record is None:
            record = self._alike[alike] = DwellingRecord(
                "", _text(dwelling.site), _text(dwelling.building), None, None, _text(dwelling.status),
                dwelling.visit_count, dwelling.absent_count, None,
            )  # fmt: skip
        self._records.append(record)

    def close(self) -> None:
        """The current building is complete."""
        records, self._records = self._records, []
        if not records:
            return
        self.count += 1
        if len(records) >= self.defer_from:
            self._waiting.append(partial(self._row, records))
        elif self._waiting:
            row = self._row(records)
            self._waiting.append(lambda: row)
        else:
            self.emit(self._row(records))

    def finish(self) -> None:
        """Compute the deferred buildings and emit every row still waiting, in order."""
        self.close()
        waiting, self._waiting = self._waiting, []
        for position, produce in enumerate(waiting):
            self.emit(produce())
            waiting[position] = None  # let each deferred building go as soon as its row is written

    def _row(self, records: list[DwellingRecord]) -> list:
        return self.to_row(building_indicators(records, self.settings))


def _choices(form: Form, list_name: str, skip: tuple[str, ...] = ("98", "99")) -> list[tuple[str, str]]:
    choice_list = form.choice_lists.get(list_name)
    if choice_list is None:
        return []
    return [(c.name, c.label(form.default_language)) for c in choice_list.choices if c.name not in skip]


class BuildingSheet:
    """Columns and rows of the « Bâtiments » sheet for a questionnaire and indicator settings."""

    def __init__(self, form: Form, settings: IndicatorSettings):
        self.settings = settings
        self.modes = _choices(form, "chauff_mode")
        self.priority_labels = dict(_choices(form, "priorite", ()))
        self.items = [(item, form.elements[item].label(form.default_language) if item in form.elements else item)
                      for item in SATISFACTION_ITEMS]  # fmt: skip

    def columns(self) -> list[Column]:
        s, count, share = self.settings, "nombre", "part (%)"
        columns = [Column("_site", "Site", "texte"),
                   Column("_batiment", f"Bâtiment (« {NO_BUILDING} » : maisons du site)", "texte")]
        for header, label in (("logements", "Logements"), ("vacants", "Vacants ou murés"), ("occupes", "Occupés"),
                              ("visites", "Visités au moins une fois"), ("entretiens", "Entretiens réalisés"),
                              ("en_cours", "Entretiens en cours ou à reprendre"), ("refus", "Refus"),
                              ("absents", "Absents"),
                              ("absents_repetes", f"Absents après {s.absent_visits_min} passages ou plus"),
                              ("rendez_vous", "Rendez-vous"), ("impossibles", "Enquête impossible"), ("autres", "Autres"),
                              ("non_visites", "Jamais visités")):  # fmt: skip
            columns.append(Column(header, label, count))
        columns += [
            Column("taux_reponse", "Taux de réponse : entretiens ÷ logements occupés", share),
            Column("taux_contact", "Taux de contact", share),
            Column("taux_cooperation", "Taux de coopération : entretiens ÷ (entretiens + refus)", share),
            Column("menages", "Ménages enquêtés (base des indicateurs ci-après)", count),
        ]
        columns += [Column(f"chauffage/{code}", f"Mode de chauffage : {label}", share) for code, label in self.modes]
        columns += [
            Column("sans_regulation", "Sans moyen de régler le chauffage", share),
            Column("appoint", "Utilise un chauffage d'appoint", share),
            Column("sous_chauffe", f"Température < {s.t_min_comfort:g} °C", share),
            Column("surchauffe", f"Température ≥ {s.t_overheating:g} °C ou trop chaud", share),
            Column("risque_co", "Ménages avec un signe de risque de monoxyde de carbone", count),
            Column("depense_mediane", "Dépense d'énergie médiane (€/an)", "montant"),
            Column("depense_moyenne", "Dépense d'énergie moyenne (€/an)", "montant"),
            Column("tee_median", "Taux d'effort énergétique médian", share),
            Column("tee_au_dessus", f"Taux d'effort énergétique > {s.tee_threshold * 100:g}\u00a0%", share),
        ]
        if s.d3_living_standard is not None:
            columns.append(Column("tee_3d", "Taux d'effort > seuil et niveau de vie < 3e décile", share))
        if s.median_living_standard is not None:
            columns.append(Column("sous_seuil_pauvrete", "Niveau de vie < 60 % de la médiane", share))
        columns += [
            Column("depense_sous_estimee", "Ménages dont la dépense omet le charbon livré en nature (ANGDM)", count),
            Column("froid_ressenti", "A eu froid au moins 24 h l'hiver dernier", share),
            Column("precarite_froid", "A eu froid pour une raison liée à la précarité", share),
            Column("restriction", "Limite son chauffage à cause du coût", share),
            Column("humidite", "Indice d'humidité ≥ 3", share),
        ]
        columns += [Column(f"satisfaits/{item.removeprefix('sat_')}", f"Satisfaits (très ou plutôt) : {label}", share)
                    for item, label in self.items]  # fmt: skip
        columns += [Column(f"priorite_{n}", f"Priorité de travaux n° {n} (points : 3, 2, 1)", "texte") for n in (1, 2, 3)]
        return columns

    def row(self, group: GroupIndicators) -> list:
        c, s, h, b = group.coverage, self.settings, group.heating, group.burden
        site, building = (group.key + ("", ""))[:2]
        row: list = [site, group.label or building]
        row += [c.dwellings, c.vacant, c.occupied, c.visited, c.interviews, c.in_progress, c.refusals, c.absent,
                c.absent_repeated, c.appointments, c.impossible, c.other, c.not_visited]  # fmt: skip
        row += [_cell(c.response_rate), _cell(c.contact_rate), _cell(c.cooperation_rate), group.households]
        row += [_cell(h.mode.share(code)) for code, _ in self.modes]
        row += [_cell(h.no_regulation), _cell(h.extra_heating), _cell(h.under_heated), _cell(h.over_heated),
                _cell(h.co_risk), _cell(b.median_spending), _cell(b.mean_spending), _cell(b.median_tee),
                _cell(b.above_threshold)]  # fmt: skip
        if s.d3_living_standard is not None:
            row.append(_cell(b.above_threshold_3d))
        if s.median_living_standard is not None:
            row.append(_cell(b.below_poverty))
        row += [b.underestimated, _cell(group.felt_cold), _cell(group.cold_precarity), _cell(group.restriction),
                _cell(group.humidity)]  # fmt: skip
        row += [_cell(item.satisfied) for item in group.satisfaction]
        ranking = group.priorities.ranking
        for n in range(3):
            if group.priorities.masked:
                row.append(f"n < {s.min_base}")
            elif n < len(ranking):
                rank = ranking[n]
                row.append(f"{self.priority_labels.get(rank.code, rank.code)} ({rank.points} pts)")
            else:
                row.append(NOT_COMPUTABLE)
        return row


def _cell(figure: Figure | None) -> object:
    """A figure as a typed cell: « n < 5 » when masked, « – » when it cannot be computed."""
    if figure is None or (not figure.masked and figure.value is None):
        return NOT_COMPUTABLE
    if figure.masked:
        return figure.display()
    if figure.kind == "share":
        return Number(figure.value, SHARE)
    if figure.kind == "rate":
        return Number(figure.value, RATE)
    if figure.kind == "amount":
        return Number(round(figure.value, 2), EURO)
    return int(figure.value) if float(figure.value).is_integer() else figure.value
