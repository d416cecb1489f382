"""UTC timestamps as the store writes them: fixed-width sortable text, read back as aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_utc(value: datetime) -> str:
    """Fixed-width UTC text for an aware datetime (naive datetimes are refused: ambiguous)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return value.astimezone(UTC).strftime(TIME_FORMAT)


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)
