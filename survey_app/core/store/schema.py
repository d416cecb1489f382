"""The store's tables as SQLAlchemy 2 typed declarative models (schema version 1).

Register rows (campaign, site, building, entrance, dwelling) have deterministic UUID keys derived from
their natural keys, so every laptop that imports the same landlord register gives a dwelling the same
id and a merge needs no remapping. Survey rows (visits, interviews, journal) have random UUIDs made on
the laptop. Deletions are tombstones (`deleted_at`) plus a journal row. Answers are one JSON document
per interview (measured: far smaller and faster than one row per answer). Times are stored as
fixed-width UTC text (`2026-03-12T14:30:00.000000Z`) so they sort as text. Value lists (outcomes,
statuses) are checked in Python, not by CHECK constraints, so a later version can extend them without
rebuilding tables. Only the store package uses these classes; they never leave it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_utc(value: datetime) -> str:
    """Fixed-width UTC text for an aware datetime (naive datetimes are refused: ambiguous)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return value.astimezone(UTC).strftime(TIME_FORMAT)


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


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


TABLES = Base.metadata.sorted_tables
