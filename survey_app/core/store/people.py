"""Surveyors and devices: registering them on first use and listing them (SQL inside the caller's transaction).

A surveyor is known by name; the id is derived from the normalised name, so the same person typed on
two laptops is one surveyor after a merge. A device is a laptop; its id is a random UUID made the first
time a store is opened on it and kept in the store's meta table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.sqlite import insert

from survey_app.core.store.errors import InvalidDataError
from survey_app.core.store.keys import clean_name, surveyor_key
from survey_app.core.store.records import DeviceId, DeviceInfo, SurveyorId, SurveyorInfo
from survey_app.core.store.schema import Device, Meta, Surveyor

_INSERT_SURVEYOR = insert(Surveyor.__table__).on_conflict_do_nothing()
_INSERT_DEVICE = insert(Device.__table__).on_conflict_do_nothing()


def ensure_surveyor(conn: Connection, name: str, now: datetime) -> SurveyorId:
    name = clean_name(name)
    surveyor_id = surveyor_key(name)
    conn.execute(_INSERT_SURVEYOR, {"id": surveyor_id, "name": name, "created_at": now})
    return SurveyorId(surveyor_id)


def list_surveyors(conn: Connection) -> list[SurveyorInfo]:
    rows = conn.execute(select(Surveyor.id, Surveyor.name).order_by(Surveyor.name))
    return [SurveyorInfo(SurveyorId(r.id), r.name) for r in rows]


def ensure_device(conn: Connection, device_id: str, name: str, now: datetime) -> DeviceId:
    conn.execute(_INSERT_DEVICE, {"id": device_id, "name": clean_name(name), "first_seen_at": now})
    return DeviceId(device_id)


def check_device(conn: Connection, device_id: str, store_path: object) -> DeviceId:
    if conn.execute(select(Device.id).where(Device.id == device_id)).first() is None:
        raise InvalidDataError(
            f"Poste « {device_id} » inconnu de la base « {store_path} » : déclarez-le d'abord (add_device)."
        )
    return DeviceId(device_id)


def rename_device(conn: Connection, device_id: str, name: str) -> None:
    conn.execute(update(Device).where(Device.id == device_id).values(name=clean_name(name)))


def list_devices(conn: Connection) -> list[DeviceInfo]:
    rows = conn.execute(select(Device.id, Device.name).order_by(Device.first_seen_at))
    return [DeviceInfo(DeviceId(r.id), r.name) for r in rows]


def read_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(Meta.value).where(Meta.key == key)).scalar()


def write_meta(conn: Connection, key: str, value: str) -> None:
    stmt = insert(Meta.__table__).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
