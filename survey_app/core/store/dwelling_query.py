"""The one SQL query that lists dwellings with their survey status and last visit, and the tree built on it.

Status rules (first match wins; deleted visits and interviews are ignored; interviews include those
made on other laptops that a field pack reported, table `field_interviews`, status only):
1. an interview `termine` or `valide` exists → `termine`;
2. an interview `brouillon` exists → `en_cours` (entretien en cours);
3. the last visit (latest `visited_at`) says absent, rendez_vous, refus, vacant, mure_demoli,
   impossible or autre → that outcome (`absent` is shown with the number of absent visits, `rendez_vous`
   with the appointment of that last visit);
4. only rejected interviews exist → `rejete` (to be done again);
5. the last visit says realise → `termine`, partiel → `en_cours`;
6. no visit at all → `a_visiter`.
The status is computed in SQL (one GROUP BY pass over visits and one over interviews, joined to the
dwellings), so the list is one query and can be filtered by status. Sorting is done in Python with a natural order (A2 before A10).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, String, case, func, literal, or_, select, type_coerce

from survey_app.core.store.schema import (
    Building, Dwelling, Entrance, FieldInterview, Interview, Site, Surveyor, Visit,
)  # fmt: skip

_DECIDING_OUTCOMES = ("absent", "rendez_vous", "refus", "vacant", "mure_demoli", "impossible", "autre")


def _last_visits() -> Any:
    """Per dwelling: the last visit's columns, the number of visits and of absences (one GROUP BY pass).

    Relies on SQLite's documented "bare columns" rule: with a single max() aggregate, the other plain
    columns come from the row holding that maximum. The key (visit time, then creation time, then id)
    is fixed-width text, so the maximum is the latest visit, ties broken deterministically.
    """
    v = Visit.__table__.c
    latest = func.max(type_coerce(v.visited_at, String).concat(type_coerce(v.created_at, String)).concat(v.id))
    return (
        select(
            v.dwelling_id,
            latest.label("latest_key"),
            v.outcome, v.visited_at, v.appointment_at, v.refusal_reason, v.note, v.surveyor_id,
            func.count().label("n_visits"),
            func.sum(case((v.outcome == "absent", 1), else_=0)).label("n_absent"),
        )  # fmt: skip
        .where(v.deleted_at.is_(None))
        .group_by(v.dwelling_id)
        .cte("last_visit")
    )


def _latest_interviews() -> Any:
    """Per dwelling: the most recently modified interview, the count, and whether one is done / a draft.

    Same bare-column rule as `_last_visits`; the flags use sum() so that max() stays the only min/max.
    """
    i = Interview.__table__.c
    latest = func.max(type_coerce(i.modified_at, String).concat(i.id))
    return (
        select(
            i.dwelling_id,
            latest.label("latest_key"),
            i.id, i.status,
            func.count().label("n"),
            func.sum(case((i.status.in_(("termine", "valide")), 1), else_=0)).label("done"),
            func.sum(case((i.status == "brouillon", 1), else_=0)).label("draft"),
        )  # fmt: skip
        .where(i.deleted_at.is_(None))
        .group_by(i.dwelling_id)
        .cte("latest_interview")
    )


def _field_interviews() -> Any:
    """Per dwelling: done / draft interviews made on other laptops (from a field pack), not known here."""
    f, i = FieldInterview.__table__.c, Interview.__table__.c
    return (
        select(
            f.dwelling_id,
            func.sum(case((f.status.in_(("termine", "valide")), 1), else_=0)).label("done"),
            func.sum(case((f.status == "brouillon", 1), else_=0)).label("draft"),
        )
        .where(f.deleted_at.is_(None), ~select(i.id).where(i.id == f.id).exists())
        .group_by(f.dwelling_id)
        .cte("field_interview")
    )


def dwelling_select(
    *,
    campaign_id: str | None = None,
    site_id: str | None = None,
    building_id: str | None = None,
    entrance_id: str | None = None,
    dwelling_ids: Sequence[str] | None = None,
    status: str | Iterable[str] | None = None,
    with_extra: bool = False,
) -> Select[Any]:
    """SELECT of every DwellingRow column for the dwellings matching the filters."""
    d, s, b, e = Dwelling.__table__.c, Site.__table__.c, Building.__table__.c, Entrance.__table__.c
    lv, iv, fv = _last_visits(), _latest_interviews(), _field_interviews()
    status_expr = case(
        (or_(iv.c.done > 0, fv.c.done > 0), literal("termine")),
        (or_(iv.c.draft > 0, fv.c.draft > 0), literal("en_cours")),
        (lv.c.outcome.in_(_DECIDING_OUTCOMES), lv.c.outcome),
        (iv.c.n > 0, literal("rejete")),
        (lv.c.outcome == "realise", literal("termine")),
        (lv.c.outcome == "partiel", literal("en_cours")),
        else_=literal("a_visiter"),
    ).label("status")
    columns = [
        d.id, d.campaign_id, d.landlord_ref, d.site_id, s.name.label("site_name"),
        d.building_id, b.code.label("building_code"), d.entrance_id, e.code.label("entrance_code"),
        d.floor, d.floor_label, d.door, d.typology, d.typology_label, d.rooms, d.surface,
        d.construction, d.address, d.commune, d.register_status, status_expr,
        func.coalesce(lv.c.n_visits, 0).label("visit_count"),
        func.coalesce(lv.c.n_absent, 0).label("absent_count"),
        lv.c.visited_at.label("last_visit_at"), lv.c.outcome.label("last_visit_outcome"),
        Surveyor.__table__.c.name.label("last_visit_surveyor"), lv.c.note.label("last_visit_note"),
        case((lv.c.outcome == "rendez_vous", lv.c.appointment_at), else_=None).label("appointment_at"),
        case((lv.c.outcome == "refus", lv.c.refusal_reason), else_=None).label("refusal_reason"),
        func.coalesce(iv.c.n, 0).label("interview_count"),
        iv.c.id.label("latest_interview_id"), iv.c.status.label("latest_interview_status"),
    ]  # fmt: skip
    if with_extra:
        columns.append(d.extra)
    query = (
        select(*columns)
        .select_from(Dwelling.__table__)
        .join(Site.__table__, s.id == d.site_id)
        .outerjoin(Building.__table__, b.id == d.building_id)
        .outerjoin(Entrance.__table__, e.id == d.entrance_id)
        .outerjoin(lv, lv.c.dwelling_id == d.id)
        .outerjoin(Surveyor.__table__, Surveyor.__table__.c.id == lv.c.surveyor_id)
        .outerjoin(iv, iv.c.dwelling_id == d.id)
        .outerjoin(fv, fv.c.dwelling_id == d.id)
    )
    if campaign_id is not None:
        query = query.where(d.campaign_id == campaign_id)
    if site_id is not None:
        query = query.where(d.site_id == site_id)
    if building_id is not None:
        query = query.where(d.building_id == building_id)
    if entrance_id is not None:
        query = query.where(d.entrance_id == entrance_id)
    if dwelling_ids is not None:
        query = query.where(d.id.in_(list(dwelling_ids)))
    if status is not None:
        wanted = [status] if isinstance(status, str) else list(status)
        query = query.where(status_expr.in_(wanted))
    return query
