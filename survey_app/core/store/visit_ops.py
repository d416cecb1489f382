"""Visits (door knocks): recording one, listing them, and deleting one as a tombstone, with journal rows.

Checks that belong to the visit itself are made here before anything is written: the outcome must be
one of `VISIT_OUTCOMES`, a rendez-vous needs its date and time, an appointment or a refusal reason is
only accepted with the outcome it belongs to. Everything runs inside a transaction opened by the Store.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from survey_app.core.store import journal
from survey_app.core.store.errors import InvalidDataError, RecordNotFoundError
from survey_app.core.store.records import VISIT_OUTCOMES, VisitRecord
from survey_app.core.store.schema import Dwelling, Interview, Surveyor, Visit, format_utc

_V = Visit.__table__.c
_FIELDS = list(VisitRecord.__dataclass_fields__)


def check_visit(outcome: str, appointment_at: datetime | None, refusal_reason: str | None) -> None:
    if outcome not in VISIT_OUTCOMES:
        choices = ", ".join(VISIT_OUTCOMES)
        raise InvalidDataError(f"Résultat de visite inconnu « {outcome} » (attendu : {choices}).")
    if outcome == "rendez_vous" and appointment_at is None:
        raise InvalidDataError("Un rendez-vous demande une date et une heure.")
    if outcome != "rendez_vous" and appointment_at is not None:
        raise InvalidDataError("Une date de rendez-vous n'est acceptée qu'avec le résultat « rendez_vous ».")
    if outcome != "refus" and refusal_reason:
        raise InvalidDataError("Un motif de refus n'est accepté qu'avec le résultat « refus ».")


def check_dwelling(conn: Connection, dwelling_id: str, store_path: Any) -> None:
    if conn.execute(select(Dwelling.id).where(Dwelling.id == dwelling_id)).first() is None:
        raise RecordNotFoundError(
            f"Logement « {dwelling_id} » introuvable dans la base « {store_path} ».", store_path
        )


def check_interview(conn: Connection, interview_id: str, store_path: Any) -> None:
    if conn.execute(select(Interview.id).where(Interview.id == interview_id)).first() is None:
        raise RecordNotFoundError(
            f"Entretien « {interview_id} » introuvable dans la base « {store_path} ».", store_path
        )


def record(conn: Connection, values: dict[str, Any]) -> None:
    """Insert a visit row (all columns given) and its journal row."""
    conn.execute(insert(Visit.__table__), values)
    logged = {k: format_utc(v) if isinstance(v, datetime) else v for k, v in values.items()}
    row = journal.entry(
        table="visits", row_id=values["id"], action="create", field="visit",
        device_id=values["device_id"], at=values["created_at"], new=(True, logged),
        surveyor_id=values["surveyor_id"],
    )  # fmt: skip
    journal.append(conn, [row])


def delete(
    conn: Connection, visit_id: str, *, surveyor_id: str, device_id: str, now: datetime, store_path: Any
) -> bool:
    """Tombstone the visit; False if it was already deleted."""
    found = conn.execute(select(_V.deleted_at).where(_V.id == visit_id)).first()
    if found is None:
        raise RecordNotFoundError(f"Visite « {visit_id} » introuvable dans la base « {store_path} ».", store_path)
    if found.deleted_at is not None:
        return False
    conn.execute(update(Visit.__table__).where(_V.id == visit_id).values(deleted_at=now, modified_at=now))
    row = journal.entry(
        table="visits", row_id=visit_id, action="delete", field="deleted_at", device_id=device_id,
        at=now, old=(True, None), new=(True, format_utc(now)), surveyor_id=surveyor_id,
    )  # fmt: skip
    journal.append(conn, [row])
    return True


def list_visits(
    conn: Connection,
    *,
    dwelling_id: str | None = None,
    visit_id: str | None = None,
    include_deleted: bool = False,
) -> list[VisitRecord]:
    s = Surveyor.__table__.c
    columns = [c for c in Visit.__table__.c] + [s.name.label("surveyor")]
    query = select(*columns).join(Surveyor.__table__, s.id == _V.surveyor_id).order_by(_V.visited_at, _V.id)
    if dwelling_id is not None:
        query = query.where(_V.dwelling_id == dwelling_id)
    if visit_id is not None:
        query = query.where(_V.id == visit_id)
    if not include_deleted:
        query = query.where(_V.deleted_at.is_(None))
    return [VisitRecord(**{k: r._mapping[k] for k in _FIELDS}) for r in conn.execute(query)]
