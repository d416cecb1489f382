"""What the consultant reviews after a merge: the list of conflicts and duplicates, and side-by-side comparisons.

`list_review` gives the review items (« En conflit »: one interview with diverged versions; « Doublon »:
one dwelling with two or more live interviews) with the dwelling's place for display.
`compare_conflict` and `compare_duplicate` give the versions side by side with every answer, the
differing ones flagged, ready for the review screen's diff. Decisions (keep a version, pick answer by
answer, validate, reject, undo) are in `decisions`. Everything reads through the store's transactions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select

from survey_app.core.merge import store_access
from survey_app.core.merge.answer_diff import AnswerDiff, compare
from survey_app.core.store import INTERVIEW_STATUSES, RecordNotFoundError, Store, floor_label
from survey_app.core.store.schema import (
    Building,
    Device,
    Dwelling,
    Entrance,
    Interview,
    InterviewVersion,
    JournalEntry,
    ReviewItem,
    Site,
    Surveyor,
)

KIND_LABELS = {"conflit": "En conflit", "doublon": "Doublon"}
STATE_LABELS = {"ouvert": "À revoir", "resolu": "Résolu"}


@dataclass(frozen=True)
class ReviewEntry:
    id: str
    kind: str
    state: str
    subject_id: str  # interview id (conflit) or dwelling id (doublon)
    dwelling_id: str | None
    place: str  # 'Lens – Grande Résidence, Bât. A – Entrée 1 – RDC – porte 01'
    interviews: tuple[str, ...]  # the interviews concerned (doublon) or the conflicting revisions (conflit)
    detected_at: datetime
    resolved_at: datetime | None
    decision_id: str | None
    note: str | None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


@dataclass(frozen=True)
class VersionInfo:
    """One column of the side-by-side view."""

    key: str  # revision id (conflict) or interview id (duplicate): what a decision names
    interview_id: str
    revision_id: str
    revision: int
    status: str
    surveyor: str
    device: str
    modified_at: datetime
    deleted: bool
    form_version: str
    answers: dict[str, Any]
    edited_by: str  # who made this revision (the interview's surveyor when unknown)
    edited_on: str  # on which device

    @property
    def status_label(self) -> str:
        return "Supprimé" if self.deleted else INTERVIEW_STATUSES.get(self.status, self.status)

    @property
    def title(self) -> str:
        """'Modifié par Claire sur PC-Bureau le 12/03/2026 à 18h02 – Terminé (entretien de Marie)'."""
        local = self.modified_at.astimezone()
        return (
            f"Modifié par {self.edited_by} sur {self.edited_on} le {local:%d/%m/%Y} à {local:%H}h{local:%M} – "
            f"{self.status_label} (entretien de {self.surveyor}, révision {self.revision})"
        )


@dataclass(frozen=True)
class Comparison:
    kind: str
    subject_id: str
    versions: tuple[VersionInfo, ...]
    rows: tuple[AnswerDiff, ...]

    @property
    def differing(self) -> list[AnswerDiff]:
        return [r for r in self.rows if r.differs]


def _places(conn: Any, dwelling_ids: set[str]) -> dict[str, str]:
    """'Lens – Grande Résidence, Bât. A – Entrée 1 – RDC – porte 01' per dwelling (one light query)."""
    if not dwelling_ids:
        return {}
    d, s, b, e = Dwelling.__table__.c, Site.__table__.c, Building.__table__.c, Entrance.__table__.c
    query = (
        select(d.id, s.name, b.code, e.code, d.floor, d.door, d.address, d.landlord_ref)
        .join(Site.__table__, s.id == d.site_id)
        .outerjoin(Building.__table__, b.id == d.building_id)
        .outerjoin(Entrance.__table__, e.id == d.entrance_id)
        .where(d.id.in_(sorted(dwelling_ids)))
    )
    places = {}
    for dwelling_id, site, building, entrance, floor, door, address, ref in conn.execute(query):
        parts = [f"Bât. {building}" if building else "", f"Entrée {entrance}" if entrance else "",
                 floor_label(floor), f"porte {door}" if door else ""]  # fmt: skip
        places[dwelling_id] = f"{site}, {' – '.join(p for p in parts if p) or address or ref}"
    return places


def list_review(store: Store, *, include_resolved: bool = False, kind: str | None = None) -> list[ReviewEntry]:
    """Review items, open ones first then by detection time."""
    t, i = ReviewItem.__table__.c, Interview.__table__.c
    query = select(t.id, t.kind, t.state, t.subject_id, t.detail, t.detected_at, t.resolved_at, t.decision_id,
                   t.note, i.dwelling_id).outerjoin(Interview.__table__, i.id == t.subject_id)  # fmt: skip
    if not include_resolved:
        query = query.where(t.state == "ouvert")
    if kind is not None:
        query = query.where(t.kind == kind)
    with store_access.read(store) as conn:
        rows = list(conn.execute(query.order_by(case((t.state == "ouvert", 0), else_=1), t.detected_at, t.id)))
        dwellings = {r.dwelling_id if r.kind == "conflit" else r.subject_id for r in rows} - {None}
        places = _places(conn, dwellings)
    entries = []
    for r in rows:
        dwelling = r.dwelling_id if r.kind == "conflit" else r.subject_id
        detail = json.loads(r.detail or "{}")
        entries.append(ReviewEntry(
            id=r.id, kind=r.kind, state=r.state, subject_id=r.subject_id, dwelling_id=dwelling,
            place=places.get(dwelling, dwelling or ""),
            interviews=tuple(detail.get("interviews") or detail.get("versions") or ()),
            detected_at=r.detected_at, resolved_at=r.resolved_at, decision_id=r.decision_id, note=r.note,
        ))  # fmt: skip
    return entries


def count_open(store: Store) -> dict[str, int]:
    """{'conflit': n, 'doublon': m} for a badge on the consultant's menu."""
    t = ReviewItem.__table__.c
    with store_access.read(store) as conn:
        rows = conn.execute(select(t.kind, func.count()).where(t.state == "ouvert").group_by(t.kind)).all()
    return {"conflit": 0, "doublon": 0, **{k: int(n) for k, n in rows}}


def _version(row: Any, key: str) -> VersionInfo:
    return VersionInfo(
        key=key, interview_id=row.interview_id, revision_id=row.revision_id, revision=row.revision,
        status=row.status, surveyor=row.surveyor or "?", device=row.device or "?", modified_at=row.modified_at,
        deleted=row.deleted_at is not None, form_version=row.form_version, answers=json.loads(row.answers),
        edited_by=row.edited_by or row.surveyor or "?", edited_on=row.edited_on or row.device or "?",
    )  # fmt: skip


def _people(table: Any, interview_id: Any) -> tuple[Any, ...]:
    """Names of the interview's surveyor and device, and of who made the revision and where (journal)."""
    s, d, j = Surveyor.__table__.c, Device.__table__.c, JournalEntry.__table__.c
    surveyor = select(s.name).where(s.id == table.surveyor_id).scalar_subquery().label("surveyor")
    device = select(d.name).where(d.id == table.device_id).scalar_subquery().label("device")
    made = (j.table_name == "interviews", j.row_id == interview_id, j.revision_id == table.revision_id)
    by = select(s.name).where(s.id == j.surveyor_id, *made).limit(1).scalar_subquery().label("edited_by")
    on = select(d.name).where(d.id == j.device_id, *made).limit(1).scalar_subquery().label("edited_on")
    return surveyor, device, by, on


def conflict_versions(store: Store, interview_id: str) -> list[VersionInfo]:
    """The competing versions of an interview in conflict, oldest modification first."""
    v = InterviewVersion.__table__.c
    query = (
        select(v.interview_id, v.revision_id, v.revision, v.status, v.modified_at, v.deleted_at, v.form_version,
               v.answers, *_people(v, v.interview_id))
        .where(v.interview_id == interview_id, v.state == "ouverte")
        .order_by(v.modified_at, v.revision_id)
    )  # fmt: skip
    with store_access.read(store) as conn:
        return [_version(r, r.revision_id) for r in conn.execute(query)]


def compare_conflict(store: Store, interview_id: str) -> Comparison:
    """The diverged versions of one interview side by side (raises if it is not in conflict)."""
    versions = conflict_versions(store, interview_id)
    if len(versions) < 2:
        message = f"L'entretien « {interview_id} » n'est pas en conflit dans la base « {store.path} »."
        raise RecordNotFoundError(message, store.path)
    return Comparison("conflit", interview_id, tuple(versions), tuple(compare([v.answers for v in versions])))


def compare_duplicate(store: Store, dwelling_id: str) -> Comparison:
    """The live interviews of one dwelling side by side."""
    i = Interview.__table__.c
    query = (
        select(i.id.label("interview_id"), i.revision_id, i.revision, i.status, i.modified_at, i.deleted_at,
               i.form_version, i.answers, *_people(i, i.id))
        .where(i.dwelling_id == dwelling_id, i.deleted_at.is_(None), i.status != "rejete")
        .order_by(i.created_at, i.id)
    )  # fmt: skip
    with store_access.read(store) as conn:
        versions = [_version(r, r.interview_id) for r in conn.execute(query)]
    return Comparison("doublon", dwelling_id, tuple(versions), tuple(compare([v.answers for v in versions])))
