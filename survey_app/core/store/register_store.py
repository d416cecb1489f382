"""Writing a landlord register into the store: campaign, sites, buildings, entrances and dwellings.

Re-importing updates, never duplicates: every row's id is derived from its natural key (see `keys`),
so an upsert on the id is enough. Dwellings that changed are updated and journalled with the fields
that changed (old → new); unchanged ones are left alone; dwellings of the campaign missing from the
file are kept (they may carry visits) and only counted. Runs inside one write transaction opened by the
Store: an import that fails half-way leaves nothing behind.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert

from survey_app.core.store import journal
from survey_app.core.store.engine import dumps
from survey_app.core.store.errors import InvalidDataError
from survey_app.core.store.keys import (
    building_key,
    campaign_key,
    clean_name,
    dwelling_key,
    entrance_key,
    site_key,
)
from survey_app.core.store.records import CampaignId, ImportReport, RegisterRow
from survey_app.core.store.schema import Building, Campaign, Dwelling, Entrance, Site

# Register columns compared on re-import (everything but ids and times).
_FIELDS = (
    "site_id", "building_id", "entrance_id", "landlord_ref", "floor", "floor_label", "door",
    "typology", "typology_label", "rooms", "surface", "construction", "address", "commune", "depcom",
    "register_status", "extra",
)  # fmt: skip


def ensure_campaign(conn: Connection, name: str, now: datetime) -> CampaignId:
    name = clean_name(name)
    campaign_id = campaign_key(name)
    stmt = insert(Campaign.__table__).on_conflict_do_nothing()
    conn.execute(stmt, {"id": campaign_id, "name": name, "created_at": now})
    return CampaignId(campaign_id)


def _upsert(conn: Connection, table: Any, rows: dict[str, dict[str, Any]], update_cols: Sequence[str]) -> None:
    if not rows:
        return
    stmt = insert(table)
    if update_cols:
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"], set_={c: getattr(stmt.excluded, c) for c in update_cols}
        )
    else:
        stmt = stmt.on_conflict_do_nothing()
    conn.execute(stmt, list(rows.values()))


def _dwelling_values(row: RegisterRow, campaign_id: str, places: dict[str, dict[str, Any]]) -> dict[str, Any]:
    site_id = site_key(campaign_id, row.site)
    places["sites"].setdefault(
        site_id,
        {"id": site_id, "campaign_id": campaign_id, "name": clean_name(row.site), "commune": row.commune,
         "depcom": row.depcom},
    )  # fmt: skip
    building_id = entrance_id = None
    if row.building and row.building.strip():
        building_id = building_key(site_id, row.building)
        places["buildings"].setdefault(
            building_id,
            {"id": building_id, "site_id": site_id, "code": clean_name(row.building),
             "address": row.address, "levels": None},
        )  # fmt: skip
        entrance_code = " ".join((row.entrance or "").split())
        entrance_id = entrance_key(building_id, entrance_code)
        places["entrances"].setdefault(
            entrance_id, {"id": entrance_id, "building_id": building_id, "code": entrance_code}
        )
    extra = dict(row.extra)
    if building_id is None and row.entrance:
        extra.setdefault("entree", row.entrance)  # an entrance without a building: keep the text
    return {
        "id": dwelling_key(campaign_id, row.landlord_ref),
        "campaign_id": campaign_id,
        "site_id": site_id,
        "building_id": building_id,
        "entrance_id": entrance_id,
        "landlord_ref": row.landlord_ref.strip(),
        "floor": row.floor,
        "floor_label": row.floor_label,
        "door": row.door,
        "typology": row.typology,
        "typology_label": row.typology_label,
        "rooms": row.rooms,
        "surface": row.surface,
        "construction": row.construction,
        "address": row.address,
        "commune": row.commune,
        "depcom": row.depcom,
        "register_status": row.register_status,
        "extra": dumps(extra),
    }


def import_rows(
    conn: Connection, rows: Sequence[RegisterRow], *, campaign: str, device_id: str, now: datetime
) -> ImportReport:
    campaign_id = ensure_campaign(conn, campaign, now)
    places: dict[str, dict[str, dict[str, Any]]] = {"sites": {}, "buildings": {}, "entrances": {}}
    wanted: dict[str, dict[str, Any]] = {}
    for row in rows:
        if not row.landlord_ref or not row.landlord_ref.strip():
            raise InvalidDataError(f"Ligne {row.row_number} : référence du logement vide.")
        values = _dwelling_values(row, campaign_id, places)
        if values["id"] in wanted:
            raise InvalidDataError(
                f"Ligne {row.row_number} : le logement « {row.landlord_ref} » apparaît deux fois."
            )
        wanted[values["id"]] = values
    _upsert(conn, Site.__table__, places["sites"], ("commune", "depcom"))
    _upsert(conn, Building.__table__, places["buildings"], ("address",))
    _upsert(conn, Entrance.__table__, places["entrances"], ())

    d = Dwelling.__table__.c
    existing = {
        r.id: dict(r._mapping)
        for r in conn.execute(select(d.id, *(d[f] for f in _FIELDS)).where(d.campaign_id == campaign_id))
    }
    created, updated, entries = [], [], []
    for dwelling_id, values in wanted.items():
        old = existing.get(dwelling_id)
        if old is None:
            created.append({**values, "created_at": now, "modified_at": now})
            logged = {**values, "extra": json.loads(values["extra"])}
            entries.append(journal.entry(table="dwellings", row_id=dwelling_id, action="create",
                                         field="register", device_id=device_id, at=now, new=(True, logged)))  # fmt: skip
            continue
        changed = [f for f in _FIELDS if old[f] != values[f]]
        if not changed:
            continue
        updated.append({"b_id": dwelling_id, "v_modified_at": now, **{f"v_{f}": values[f] for f in _FIELDS}})
        before = {f: json.loads(old[f]) if f == "extra" else old[f] for f in changed}
        after = {f: json.loads(values[f]) if f == "extra" else values[f] for f in changed}
        entries.append(journal.entry(table="dwellings", row_id=dwelling_id, action="update", field="register",
                                     device_id=device_id, at=now, old=(True, before), new=(True, after)))  # fmt: skip
    if created:
        conn.execute(insert(Dwelling.__table__), created)
    if updated:
        stmt = (
            update(Dwelling.__table__)
            .where(d.id == bindparam("b_id"))
            .values({f: bindparam(f"v_{f}") for f in (*_FIELDS, "modified_at")})
        )
        conn.execute(stmt, updated)
    journal.append(conn, entries)
    return ImportReport(
        campaign_id=campaign_id,
        campaign=clean_name(campaign),
        created=len(created),
        updated=len(updated),
        unchanged=len(wanted) - len(created) - len(updated),
        not_in_file=len(set(existing) - set(wanted)),
    )
