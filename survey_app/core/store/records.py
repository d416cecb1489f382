"""Plain frozen dataclasses the Store returns and accepts, the typed ids, and the value lists with labels.

This is the whole vocabulary the GUI and the command line see of the store: no ORM object, no
SQLAlchemy import. Ids are `NewType`s over UUID strings. Times are aware UTC datetimes; French labels
for display (statuses, outcomes, floors) are computed here, in the user's local time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NewType

CampaignId = NewType("CampaignId", str)
SiteId = NewType("SiteId", str)
BuildingId = NewType("BuildingId", str)
EntranceId = NewType("EntranceId", str)
DwellingId = NewType("DwellingId", str)
SurveyorId = NewType("SurveyorId", str)
DeviceId = NewType("DeviceId", str)
VisitId = NewType("VisitId", str)
InterviewId = NewType("InterviewId", str)

AnswerPath = tuple[str | int, ...]

VISIT_OUTCOMES: dict[str, str] = {
    "realise": "Entretien réalisé",
    "partiel": "Entretien partiel",
    "absent": "Absent",
    "rendez_vous": "Rendez-vous",
    "refus": "Refus",
    "vacant": "Logement vacant",
    "mure_demoli": "Muré / démoli",
    "impossible": "Enquête impossible",
    "autre": "Autre",
}

INTERVIEW_STATUSES: dict[str, str] = {
    "brouillon": "Brouillon",
    "termine": "Terminé",
    "valide": "Validé",
    "rejete": "Rejeté",
}

DWELLING_STATUSES: dict[str, str] = {
    "a_visiter": "À visiter",
    "absent": "Absent",
    "rendez_vous": "Rendez-vous",
    "refus": "Refus",
    "vacant": "Vacant",
    "mure_demoli": "Muré / démoli",
    "impossible": "Enquête impossible",
    "autre": "Autre (voir la note)",
    "rejete": "Entretien rejeté, à reprendre",
    "en_cours": "Entretien en cours",
    "termine": "Terminé",
}


def floor_label(floor: int | None) -> str:
    """'RDC', '1er étage', '3e étage', 'Sous-sol', 'Sous-sol 2'; '' when unknown (individual houses)."""
    if floor is None:
        return ""
    if floor == 0:
        return "RDC"
    if floor == 1:
        return "1er étage"
    if floor > 1:
        return f"{floor}e étage"
    return "Sous-sol" if floor == -1 else f"Sous-sol {-floor}"


def local_datetime_label(value: datetime) -> str:
    """'12/03/2026 à 14h30' in the computer's local time."""
    local = value.astimezone()
    return f"{local:%d/%m/%Y} à {local:%H}h{local:%M}"


@dataclass(frozen=True)
class CampaignInfo:
    id: CampaignId
    name: str
    created_at: datetime


@dataclass(frozen=True)
class SiteInfo:
    id: SiteId
    campaign_id: CampaignId
    name: str
    commune: str | None = None
    depcom: str | None = None


@dataclass(frozen=True)
class BuildingInfo:
    id: BuildingId
    site_id: SiteId
    code: str
    address: str | None = None
    levels: int | None = None


@dataclass(frozen=True)
class SurveyorInfo:
    id: SurveyorId
    name: str


@dataclass(frozen=True)
class DeviceInfo:
    id: DeviceId
    name: str


@dataclass(frozen=True)
class RegisterRow:
    """One dwelling read from a landlord register, already normalised (input of `import_dwellings`)."""

    landlord_ref: str
    site: str
    row_number: int | None = None
    building: str | None = None
    entrance: str | None = None
    floor: int | None = None
    floor_label: str | None = None
    door: str | None = None
    typology: int | None = None
    typology_label: str | None = None
    rooms: int | None = None
    surface: float | None = None
    construction: str | None = None
    address: str | None = None
    commune: str | None = None
    depcom: str | None = None
    register_status: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    campaign_id: CampaignId
    campaign: str
    created: int
    updated: int
    unchanged: int
    not_in_file: int  # dwellings of the campaign absent from this file (kept, never deleted)

    def format(self) -> str:
        return (
            f"Campagne « {self.campaign} » : {self.created} logement(s) créé(s), {self.updated} mis à "
            f"jour, {self.unchanged} inchangé(s) ; {self.not_in_file} logement(s) déjà en base absent(s) "
            "de ce fichier (conservés)."
        )


@dataclass(frozen=True)
class DwellingRow:
    """A dwelling with where it is, its derived survey status and its last visit (one list row)."""

    id: DwellingId
    campaign_id: CampaignId
    landlord_ref: str
    site_id: SiteId
    site_name: str
    building_id: BuildingId | None
    building_code: str | None
    entrance_id: EntranceId | None
    entrance_code: str | None
    floor: int | None  # RDC = 0, sous-sol = -1; None for houses
    floor_label: str | None  # the register's own text ('RDC', '1er', 'R+2'); see floor_name
    door: str | None
    typology: int | None
    typology_label: str | None
    rooms: int | None
    surface: float | None
    construction: str | None
    address: str | None
    commune: str | None
    register_status: str | None
    status: str  # one of DWELLING_STATUSES (rules in dwelling_query)
    visit_count: int
    absent_count: int
    last_visit_at: datetime | None
    last_visit_outcome: str | None
    last_visit_surveyor: str | None
    last_visit_note: str | None
    appointment_at: datetime | None
    refusal_reason: str | None
    interview_count: int
    latest_interview_id: InterviewId | None
    latest_interview_status: str | None
    extra: Mapping[str, Any] | None = None  # only filled by Store.get_dwelling

    @property
    def status_label(self) -> str:
        if self.status == "absent":
            return f"Absent {self.absent_count} fois"
        if self.status == "rendez_vous":
            if self.appointment_at is None:
                return "Rendez-vous (date à fixer)"
            return f"Rendez-vous le {local_datetime_label(self.appointment_at)}"
        return DWELLING_STATUSES.get(self.status, self.status)

    @property
    def floor_name(self) -> str:
        """'RDC', '1er étage', '3e étage', 'Sous-sol'; '' for houses."""
        return floor_label(self.floor)

    @property
    def location_label(self) -> str:
        """'Bât. A – Entrée 2 – 3e étage – porte 31' (only the parts the register gives)."""
        parts = []
        if self.building_code:
            parts.append(f"Bât. {self.building_code}")
        if self.entrance_code:
            parts.append(f"Entrée {self.entrance_code}")
        if self.floor is not None:
            parts.append(floor_label(self.floor))
        if self.door:
            parts.append(f"porte {self.door}")
        return " – ".join(parts) or (self.address or self.landlord_ref)


@dataclass(frozen=True)
class VisitRecord:
    id: VisitId
    dwelling_id: DwellingId
    surveyor_id: SurveyorId
    surveyor: str
    device_id: DeviceId
    visited_at: datetime
    outcome: str
    appointment_at: datetime | None
    refusal_reason: str | None
    note: str
    interview_id: InterviewId | None
    created_at: datetime
    modified_at: datetime
    deleted_at: datetime | None

    @property
    def outcome_label(self) -> str:
        return VISIT_OUTCOMES.get(self.outcome, self.outcome)


@dataclass(frozen=True)
class InterviewSummary:
    """An interview without its answers (for lists)."""

    id: InterviewId
    dwelling_id: DwellingId
    form_id: str
    form_version: str
    form_hash: str
    status: str
    surveyor_id: SurveyorId
    surveyor: str
    device_id: DeviceId
    created_at: datetime
    modified_at: datetime
    revision: int
    revision_id: str
    parent_revision_id: str | None
    deleted_at: datetime | None

    @property
    def status_label(self) -> str:
        return INTERVIEW_STATUSES.get(self.status, self.status)


@dataclass(frozen=True)
class InterviewRecord(InterviewSummary):
    """An interview with its answers document (a fresh copy: changing it changes nothing stored)."""

    answers: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Revision:
    """What one save produced: the new revision number and id, chained to the previous one."""

    interview_id: InterviewId
    revision: int
    revision_id: str
    parent_revision_id: str | None
    modified_at: datetime
    changed: bool = True  # False when the value was already there (nothing written)


@dataclass(frozen=True)
class JournalRecord:
    """One journal row; `has_old` / `has_new` tell "absent" apart from a null value."""

    seq: int
    id: str
    table_name: str
    row_id: str
    action: str
    field: str
    path: AnswerPath | None
    old_value: Any
    new_value: Any
    has_old: bool
    has_new: bool
    surveyor_id: SurveyorId | None
    device_id: DeviceId
    at: datetime
    revision: int | None
    revision_id: str | None
    parent_revision_id: str | None


@dataclass(frozen=True)
class TreeNode:
    """A node of site > building > entrance > floor; leaves carry their dwellings."""

    kind: str  # 'site' | 'building' | 'entrance' | 'floor'
    key: str | int | None
    label: str
    total: int
    status_counts: Mapping[str, int]
    children: tuple[TreeNode, ...] = ()
    dwellings: tuple[DwellingRow, ...] = ()
