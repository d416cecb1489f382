"""The store's tables as SQLAlchemy 2 typed declarative models (schema version 2).

Register rows (campaign, site, building, entrance, dwelling) have deterministic UUID keys derived from
their natural keys, so every laptop that imports the same landlord register gives a dwelling the same
id and a merge needs no remapping. Survey rows (visits, interviews, journal) have random UUIDs made on
the laptop. Deletions are tombstones (`deleted_at`) plus a journal row. Answers are one JSON document
per interview (measured: far smaller and faster than one row per answer). Times are stored as
fixed-width UTC text (`2026-03-12T14:30:00.000000Z`) so they sort as text. Value lists (outcomes,
statuses) are checked in Python, not by CHECK constraints, so a later version can extend them without
rebuilding tables. Only the store package uses these classes; they never leave it (and the merge
package, `survey_app.core.merge`, which owns the version-2 tables at the end of this module).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from survey_app.core.store.utc import format_utc, parse_utc  # noqa: F401  (re-exported)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as sortable text."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        return None if value is None else format_utc(value)

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        return None if value is None else parse_utc(value)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime()}


class Meta(Base):
    """Key/value facts about the store: schema_version, device_id, created_at, app_version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    created_at: Mapped[datetime]


class Site(Base):
    __tablename__ = "sites"
    __table_args__ = (UniqueConstraint("campaign_id", "name"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id"))
    name: Mapped[str]
    commune: Mapped[str | None]
    depcom: Mapped[str | None]


class Building(Base):
    __tablename__ = "buildings"
    __table_args__ = (UniqueConstraint("site_id", "code"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    code: Mapped[str]
    address: Mapped[str | None]
    levels: Mapped[int | None]


class Entrance(Base):
    """A cage d'escalier of a building; `code` is '' when the register names none."""

    __tablename__ = "entrances"
    __table_args__ = (UniqueConstraint("building_id", "code"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    building_id: Mapped[str] = mapped_column(ForeignKey("buildings.id"))
    code: Mapped[str]


class Dwelling(Base):
    """One dwelling of the landlord's register; `floor` is an integer (RDC = 0, sous-sol = -1)."""

    __tablename__ = "dwellings"
    __table_args__ = (
        UniqueConstraint("campaign_id", "landlord_ref"),
        Index("ix_dwellings_site", "site_id"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id"))
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    building_id: Mapped[str | None] = mapped_column(ForeignKey("buildings.id"))
    entrance_id: Mapped[str | None] = mapped_column(ForeignKey("entrances.id"))
    landlord_ref: Mapped[str]
    floor: Mapped[int | None]
    floor_label: Mapped[str | None]
    door: Mapped[str | None]
    typology: Mapped[int | None]
    typology_label: Mapped[str | None]
    rooms: Mapped[int | None]
    surface: Mapped[float | None]
    construction: Mapped[str | None]  # 'collectif' | 'individuel'
    address: Mapped[str | None]
    commune: Mapped[str | None]
    depcom: Mapped[str | None]
    register_status: Mapped[str | None]  # 'vacant' | 'demoli' as flagged by the landlord
    extra: Mapped[str] = mapped_column(Text, default="{}")  # JSON object of other register columns
    created_at: Mapped[datetime]
    modified_at: Mapped[datetime]


class Surveyor(Base):
    __tablename__ = "surveyors"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    created_at: Mapped[datetime]


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str]
    first_seen_at: Mapped[datetime]


class Visit(Base):
    """One door knock; `outcome` is one of records.VISIT_OUTCOMES."""

    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_dwelling", "dwelling_id", "visited_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dwelling_id: Mapped[str] = mapped_column(ForeignKey("dwellings.id"))
    surveyor_id: Mapped[str] = mapped_column(ForeignKey("surveyors.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    visited_at: Mapped[datetime]
    outcome: Mapped[str]
    appointment_at: Mapped[datetime | None]
    refusal_reason: Mapped[str | None]
    note: Mapped[str] = mapped_column(Text, default="")
    interview_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime]
    modified_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class Interview(Base):
    """One interview: answers as a JSON document, a revision counter and a revision chain for merges."""

    __tablename__ = "interviews"
    __table_args__ = (Index("ix_interviews_dwelling", "dwelling_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dwelling_id: Mapped[str] = mapped_column(ForeignKey("dwellings.id"))
    form_id: Mapped[str]
    form_version: Mapped[str]
    form_hash: Mapped[str]
    status: Mapped[str]
    surveyor_id: Mapped[str] = mapped_column(ForeignKey("surveyors.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    created_at: Mapped[datetime]
    modified_at: Mapped[datetime]
    revision: Mapped[int] = mapped_column(Integer)
    revision_id: Mapped[str] = mapped_column(String(36))
    parent_revision_id: Mapped[str | None] = mapped_column(String(36))
    answers: Mapped[str] = mapped_column(Text)
    deleted_at: Mapped[datetime | None]


class JournalEntry(Base):
    """Append-only change log: one row per change, with the revision it produced for interviews.

    `path` is a JSON array addressing an answer (`["membres", 2, "age"]`) or NULL for a whole row;
    `old_value` / `new_value` are JSON text, NULL meaning "nothing there" (distinct from JSON null).
    """

    __tablename__ = "journal"
    __table_args__ = (Index("ix_journal_row", "table_name", "row_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str]
    row_id: Mapped[str]
    action: Mapped[str]
    field: Mapped[str]
    path: Mapped[str | None] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    surveyor_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime]
    revision: Mapped[int | None]
    revision_id: Mapped[str | None] = mapped_column(String(36))
    parent_revision_id: Mapped[str | None] = mapped_column(String(36))


# -- version 2: merging laptop packages, review, field packs (owned by survey_app.core.merge) ----------


class InterviewVersion(Base):
    """A competing version of an interview kept by a merge (« en conflit »): a full copy of its row.

    `state` is 'ouverte' (a head still competing), 'remplacee' (a later revision descends from it) or
    'resolue' (a review decision settled the conflict). One row per (interview, revision).
    """

    __tablename__ = "interview_versions"
    __table_args__ = (UniqueConstraint("interview_id", "revision_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    interview_id: Mapped[str] = mapped_column(String(36))
    revision_id: Mapped[str] = mapped_column(String(36))
    dwelling_id: Mapped[str] = mapped_column(String(36))
    form_id: Mapped[str]
    form_version: Mapped[str]
    form_hash: Mapped[str]
    status: Mapped[str]
    surveyor_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime]
    modified_at: Mapped[datetime]
    revision: Mapped[int] = mapped_column(Integer)
    parent_revision_id: Mapped[str | None] = mapped_column(String(36))
    answers: Mapped[str] = mapped_column(Text)
    deleted_at: Mapped[datetime | None]
    state: Mapped[str]
    source: Mapped[str | None]
    received_at: Mapped[datetime]


class ReviewItem(Base):
    """Something a consultant must look at: kind 'conflit' (subject: interview) or 'doublon' (subject: dwelling)."""

    __tablename__ = "review_items"
    __table_args__ = (UniqueConstraint("kind", "subject_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str]
    subject_id: Mapped[str] = mapped_column(String(36))
    state: Mapped[str]  # 'ouvert' | 'resolu'
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the interviews concerned
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    decision_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)


class ReviewDecision(Base):
    """A consultant's decision (resolution, validation, rejection), with what is needed to undo it."""

    __tablename__ = "review_decisions"
    __table_args__ = (Index("ix_review_decisions_subject", "subject_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str]
    subject_id: Mapped[str] = mapped_column(String(36))
    item_id: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text, default="")
    consultant_id: Mapped[str] = mapped_column(String(36))
    decided_at: Mapped[datetime]
    undo: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(36))


class PackageLog(Base):
    """Packages written (direction 'sortant') or merged / imported ('entrant') by this store."""

    __tablename__ = "package_log"
    __table_args__ = (UniqueConstraint("direction", "package_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str]
    kind: Mapped[str]
    package_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str]
    file_name: Mapped[str]
    device_id: Mapped[str | None] = mapped_column(String(36))
    device_name: Mapped[str | None]
    created_at: Mapped[datetime]  # when the package's snapshot was taken
    recorded_at: Mapped[datetime]
    last_recorded_at: Mapped[datetime]
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON


class Assignment(Base):
    """Which surveyor a dwelling is assigned to (`surveyor_id` NULL: assignment withdrawn); newest wins."""

    __tablename__ = "assignments"
    dwelling_id: Mapped[str] = mapped_column(ForeignKey("dwellings.id"), primary_key=True)
    surveyor_id: Mapped[str | None] = mapped_column(ForeignKey("surveyors.id"))
    assigned_at: Mapped[datetime]
    assigned_by: Mapped[str | None]


class FieldInterview(Base):
    """An interview made on another laptop, learned from a field pack: its status only, never its answers."""

    __tablename__ = "field_interviews"
    __table_args__ = (Index("ix_field_interviews_dwelling", "dwelling_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dwelling_id: Mapped[str] = mapped_column(ForeignKey("dwellings.id"))
    status: Mapped[str]
    surveyor_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    form_id: Mapped[str]
    form_version: Mapped[str]
    modified_at: Mapped[datetime]
    revision_id: Mapped[str] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None]


VERSION_2_TABLES = [
    InterviewVersion.__table__,
    ReviewItem.__table__,
    ReviewDecision.__table__,
    PackageLog.__table__,
    Assignment.__table__,
    FieldInterview.__table__,
]


TABLES = Base.metadata.sorted_tables
