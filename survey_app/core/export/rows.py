"""Flattening one interview into rows: its row on the main sheet and one row per repeat instance.

Values come out as plain Python values (str, int, float, date, time, datetime) ready for `cells`:
numbers stay numbers, ISO dates become dates, times local to the laptop (Excel has no time zones),
text stays text (identifiers keep their leading zeros), select codes become integers when they are
plain numbers. A question without a value gets one of the four markers of `columns.MARKERS`,
decided by the interview's view (`relevance`): not relevant → « (sans objet) »; a `_statut`
companion saying 98 / 99 → « (ne sait pas) » / « (refus) »; otherwise « (non renseigné) ».
Every row starts with stable keys (interview UUID, dwelling id, site, building, entrance, floor,
door; on repeat sheets the instance numbers too), read from the store, not from the answers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from survey_app.core.export.columns import (
    NON_RENSEIGNE, SANS_OBJET, STATUS_MARKERS, Column, QuestionColumns, SheetPlan,
)  # fmt: skip
from survey_app.core.export.relevance import DocumentView
from survey_app.core.forms.model import Container
from survey_app.core.store.records import INTERVIEW_STATUSES, VISIT_OUTCOMES

NO_VISIT = "(aucun passage)"
REVIEW: dict[str, tuple[str, str]] = {
    "brouillon": ("non_soumis", "Non soumis (saisie en cours)"),
    "termine": ("a_relire", "À relire"),
    "valide": ("valide", "Validé"),
    "rejete": ("rejete", "Rejeté, à reprendre"),
}
_CANONICAL_INT = re.compile(r"-?(0|[1-9][0-9]{0,14})")
_CANONICAL_NUMBER = re.compile(r"-?(0|[1-9][0-9]{0,14})(\.[0-9]+)?")

KEY_COLUMNS = [
    Column("_logement", "Identifiant du logement dans la base (UUID, identique d'un export à l'autre)", "texte"),
    Column("_ref_logement", "Référence du logement chez le bailleur (registre)", "texte"),
    Column("_site", "Site", "texte"),
    Column("_batiment", "Bâtiment (code du registre)", "texte"),
    Column("_entree", "Entrée / cage d'escalier", "texte"),
    Column("_etage", "Étage (0 = rez-de-chaussée, -1 = sous-sol)", "nombre entier"),
    Column("_porte", "Porte / n° de logement (texte : zéros initiaux conservés)", "texte"),
]
INTERVIEW_KEY = Column("_entretien", "Identifiant de l'entretien (UUID, identique d'un export à l'autre)", "texte")


@dataclass(slots=True)
class DwellingInfo:
    id: str
    landlord_ref: str
    site: str
    building: str | None
    entrance: str | None
    floor: int | None
    door: str | None
    status: str
    visit_count: int
    absent_count: int
    last_outcome: str | None
    last_visit_at: str | None  # UTC text as stored


@dataclass(slots=True)
class InterviewInfo:
    id: str
    dwelling_id: str
    form_id: str
    form_version: str
    form_hash: str
    status: str
    surveyor_id: str
    surveyor: str
    device: str
    created_at: str
    modified_at: str
    revision: int
    answers: str  # JSON text
    visit_at: str | None  # when the visit that produced it took place (UTC text), if recorded
    exported: bool  # passes the export's filters (else only read for the buildings sheet)


def local_time(text: str | None) -> dt.datetime | None:
    """Stored UTC text → naive local datetime (what Excel shows), seconds precision."""
    if not text:
        return None
    return dt.datetime.fromisoformat(text).astimezone().replace(tzinfo=None, microsecond=0)


@lru_cache(maxsize=1024)
def surveyor_alias(surveyor_id: str) -> str:
    """A stable pseudonym: the same surveyor gets the same code in every export."""
    return "Enquêteur " + hashlib.sha256(surveyor_id.encode()).hexdigest()[:6].upper()


def _coded(header: str, label: str, codes: bool, labels: bool) -> list[Column]:
    columns = []
    if codes:
        columns.append(Column(header, label, "code"))
    if labels:
        columns.append(Column(f"{header}_libelle" if codes else header, label, "libellé"))
    return columns


def meta_columns(codes: bool, labels: bool, pseudonymise: bool) -> list[Column]:
    who = "pseudonyme stable de l'enquêteur" if pseudonymise else "enquêteur ou enquêtrice"
    return [
        Column("_enqueteur", f"Entretien mené par ({who})", "texte"),
        Column("_poste", "Poste (ordinateur portable) qui l'a enregistré", "texte"),
        Column("_questionnaire", "Identifiant du questionnaire (form_id)", "texte"),
        Column("_version", "Version du questionnaire", "texte"),
        *_coded("_statut", "Statut de l'entretien (brouillon, terminé, validé, rejeté)", codes, labels),
        *_coded("_relecture", "État de relecture (non soumis, à relire, validé, rejeté)", codes, labels),
        Column("_cree_le", "Créé le (heure locale)", "date et heure"),
        Column("_modifie_le", "Dernière modification le (heure locale)", "date et heure"),
        Column("_revision", "Numéro de révision (augmente à chaque modification)", "nombre entier"),
        Column("_date_entretien", "Date du passage de l'entretien (à défaut : date de création)", "date et heure"),
        Column("_nb_passages", "Nombre de passages dans le logement", "nombre entier"),
        *_coded("_dernier_passage", "Résultat du dernier passage dans le logement", codes, labels),
        Column("_dernier_passage_le", "Date du dernier passage (heure locale)", "date et heure"),
    ]


def instance_keys(repeat: Container) -> list[Column]:
    numbers = [Column(f"_numero_{name}", f"N° de l'occurrence dans « {name} » (1, 2, …)", "nombre entier")
               for name in (*repeat.repeat_chain, repeat.name)]  # fmt: skip
    cle = Column("_cle", "Clé de la ligne : entretien/numéro (unique, identique d'un export à l'autre)", "texte")
    return [cle, INTERVIEW_KEY, *numbers, *KEY_COLUMNS]


class RowBuilder:
    """Turns (dwelling, interview, view) into the rows of the plan's sheets."""

    def __init__(self, main: SheetPlan, repeats: list[SheetPlan], *, codes: bool, labels: bool, pseudonymise: bool):
        self.main, self.repeats = main, repeats
        self.codes, self.labels, self.pseudonymise = codes, labels, pseudonymise

    # -- keys and metadata -------------------------------------------------------------------------
    def dwelling_keys(self, d: DwellingInfo) -> list:
        return [d.id, d.landlord_ref, d.site, d.building or SANS_OBJET, d.entrance or SANS_OBJET,
                SANS_OBJET if d.floor is None else d.floor, d.door or SANS_OBJET]  # fmt: skip

    def _coded(self, out: list, code: str | None, label: str | None) -> None:
        if self.codes:
            out.append(code)
        if self.labels:
            out.append(label)

    def main_row(self, d: DwellingInfo, i: InterviewInfo, view) -> list:
        surveyor = surveyor_alias(i.surveyor_id) if self.pseudonymise else i.surveyor
        row = [i.id, *self.dwelling_keys(d), surveyor, i.device, i.form_id, i.form_version]
        self._coded(row, i.status, INTERVIEW_STATUSES.get(i.status, i.status))
        self._coded(row, *REVIEW.get(i.status, (i.status, i.status)))
        row += [local_time(i.created_at), local_time(i.modified_at), i.revision,
                local_time(i.visit_at or i.created_at), d.visit_count]  # fmt: skip
        if d.last_outcome:
            self._coded(row, d.last_outcome, VISIT_OUTCOMES.get(d.last_outcome, d.last_outcome))
            row.append(local_time(d.last_visit_at))
        else:
            row += [NO_VISIT] * (self.codes + self.labels + 1)
        self.fill(self.main.questions, view, (), row)
        return row

    def repeat_rows(self, plan: SheetPlan, d: DwellingInfo, i: InterviewInfo, view) -> Iterator[list]:
        repeat = plan.repeat
        assert repeat is not None
        keys = self.dwelling_keys(d)
        for index in self._indices(view, (*repeat.repeat_chain, repeat.name), ()):
            numbers = [n + 1 for n in index]
            row = ["/".join([i.id, *map(str, numbers)]), i.id, *numbers, *keys]
            self.fill(plan.questions, view, index, row)
            yield row

    def _indices(self, view, chain: tuple[str, ...], prefix: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        if not chain:
            yield prefix
            return
        for position in range(view.count(chain[0], prefix)):
            yield from self._indices(view, chain[1:], prefix + (position,))

    # -- question values ---------------------------------------------------------------------------
    def fill(self, specs: list[QuestionColumns], view, index: tuple[int, ...], out: list) -> None:
        """Append the cells of `specs` for the node at `index` to `out` (the hot loop of the export)."""
        top = view.doc if not index and type(view) is DocumentView else None  # finished document, top level
        append, extend, relevant = out.append, out.extend, view.relevant
        for name, shape, code, label, status, markers, code_cells, labels, choices in _compiled(specs):
            if top is not None:
                value = top.get(name)
                if value == "" or value == []:
                    value = None
            else:
                value = view.value(name, index)
            if value is None:
                if not relevant(name, index):
                    extend(markers[SANS_OBJET])
                elif status is not None:
                    extend(markers[STATUS_MARKERS.get(str(view.value(status, index)), NON_RENSEIGNE)])
                else:
                    extend(markers[NON_RENSEIGNE])
            elif shape == "one":
                if type(value) is not str:
                    value = str(value)
                if code:
                    cell = code_cells.get(value)
                    append(cell if cell is not None else _code_cell(value))
                if label:
                    append(labels.get(value, value))
            elif shape == "many":
                codes = [str(c) for c in value] if isinstance(value, list) else str(value).split()
                if code:
                    append(" ".join(codes))
                if label:
                    append(" ; ".join([labels.get(c, c) for c in codes]))
                chosen = set(codes)
                extend([1 if c in chosen else 0 for c in choices])
            elif shape == "number" and (type(value) is int or type(value) is float) and value == value:
                append(value)
            elif shape == "text" and type(value) is str:
                append(value)
            else:
                append(_typed(shape, value))


def _compiled(specs: list[QuestionColumns]) -> list[tuple]:
    """The specs as plain tuples (attribute lookups cost more than the work in the hot loop); cached."""
    key = id(specs)
    found = _COMPILED.get(key)
    if found is None or found[0] is not specs:
        rows = []
        for s in specs:
            markers = {m: [m] * len(s.columns) for m in (SANS_OBJET, NON_RENSEIGNE, *STATUS_MARKERS.values())}
            rows.append((s.question.name, s.shape, s.code, s.label, s.status, markers, s.code_cells, s.labels,
                         tuple(c for c, _ in s.choices)))  # fmt: skip
        found = _COMPILED[key] = (specs, rows)
    return found[1]


_COMPILED: dict[int, tuple[list, list[tuple]]] = {}


def _code_cell(code: str) -> object:
    """A choice code as a cell: an integer when it is a plain number (sorts and filters as numbers), else text."""
    return int(code) if _CANONICAL_INT.fullmatch(code) else code


def _typed(shape: str, value: object) -> object:
    """The Excel-ready form of a stored value; anything unexpected is kept as text, never lost."""
    kind = type(value)
    if shape == "text":
        return value if kind is str else str(value)
    if kind is bool:
        return int(value)
    if kind is int or kind is float:
        if kind is float and not math.isfinite(value):
            return NON_RENSEIGNE
        return value
    if kind is not str:
        return str(value)
    try:
        if shape == "date":
            return dt.date.fromisoformat(value[:10])
        if shape == "time":
            return dt.time.fromisoformat(value).replace(microsecond=0, tzinfo=None)
        if shape == "datetime":
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                moment = moment.astimezone().replace(tzinfo=None)
            return moment.replace(microsecond=0)
    except ValueError:
        return value
    if shape == "calc" and _CANONICAL_NUMBER.fullmatch(value):
        return float(value) if "." in value else int(value)
    return value
