"""Ids and clock of the store: deterministic UUIDs for register rows and people, random ones for events.

Register rows get `uuid5` ids computed from their natural keys (campaign name, site name, building
code, landlord reference), so two laptops importing the same register agree on every id and merging
needs no remapping. Surveyors get an id from their normalised name for the same reason. Visits,
interviews, revisions and journal rows get random `uuid4` ids made on the laptop. `utc_now` is the one
clock of the store.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from survey_app.core.store.errors import InvalidDataError

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://survey-app.invalid/store")


def _key(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Aware UTC datetime; a naive one is taken as the computer's local time (what a GUI gives)."""
    return value.astimezone(UTC)


def clean_name(name: str) -> str:
    """Trim and collapse blanks; refuse an empty name."""
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise InvalidDataError("Le nom est vide : indiquez un nom (enquêteur, campagne, site...).")
    return cleaned


def campaign_key(name: str) -> str:
    return _key("campaign", clean_name(name).casefold())


def site_key(campaign_id: str, name: str) -> str:
    return _key("site", campaign_id, clean_name(name).casefold())


def building_key(site_id: str, code: str) -> str:
    return _key("building", site_id, clean_name(code).casefold())


def entrance_key(building_id: str, code: str) -> str:
    return _key("entrance", building_id, " ".join(code.split()).casefold())


def dwelling_key(campaign_id: str, landlord_ref: str) -> str:
    return _key("dwelling", campaign_id, landlord_ref.strip())


def surveyor_key(name: str) -> str:
    return _key("surveyor", clean_name(name).casefold())
