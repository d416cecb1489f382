"""Streaming the store's data for an export: one read-only snapshot, rows in a natural order, flat memory.

An export of 100,000 interviews cannot hold them in memory, so `StoreReader` opens its own
read-only SQLite connection on the store's file (`mode=ro`, WAL lets the application keep saving
meanwhile) and reads everything inside one read transaction: every sheet sees the same moment.
Dwellings (with the store's own status rules, `dwelling_select`), interviews and visits are each
one query ordered the same way — site, building, entrance, floor, door in natural order (« A2 »
before « A10 », via the SQL function `natkey`), then the dwelling id — so `dwellings_with_interviews`
can walk dwellings and their interviews side by side (a merge on the shared key) without a lookup
table. Statements are built from the store's models with SQLAlchemy Core and compiled once, so
column names cannot drift from the schema. Failures become `ExportError` with a French message.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.dialects import sqlite

from survey_app.core.export.options import ExportError, ExportOptions
from survey_app.core.export.rows import DwellingInfo, InterviewInfo
from survey_app.core.store.dwelling_query import dwelling_select
from survey_app.core.store.schema import Building, Device, Dwelling, Entrance, Interview, Site, Surveyor, Visit
from survey_app.core.store.schema import format_utc

FINISHED = ("termine", "valide")
_DIGITS = re.compile(r"([0-9]+)")
_DIALECT = sqlite.dialect(paramstyle="named")
_D, _S, _B, _E = Dwelling.__table__.c, Site.__table__.c, Building.__table__.c, Entrance.__table__.c
_I, _V = Interview.__table__.c, Visit.__table__.c


@lru_cache(maxsize=8192)
def natkey(text: str | None) -> str:
    """A text that sorts (byte-wise, as SQLite does) like the store's natural order: « A2 » < « A10 »."""
    if not text:
        return ""
    parts = []
    for part in _DIGITS.split(text):
        if not part:
            continue
        if "0" <= part[0] <= "9":
            number = str(int(part))
            parts.append("\x01" + chr(0x40 + len(number)) + number)
        else:
            parts.append("\x02" + part.casefold())
    return "".join(parts)


def _sort_keys(site_name, site_id, building_code, building_id, entrance_code, entrance_id, floor, door, address,
               landlord_ref, dwelling_id) -> list:  # fmt: skip
    """The dwelling order, as labelled SQL expressions never NULL (so Python can compare them too)."""
    keys = [
        func.natkey(site_name), site_id, func.natkey(building_code), func.coalesce(building_id, ""),
        func.natkey(entrance_code), func.coalesce(entrance_id, ""), func.coalesce(floor, -1_000_000),
        func.natkey(door), func.natkey(address), landlord_ref, dwelling_id,
    ]  # fmt: skip
    return [key.label(f"k{n}") for n, key in enumerate(keys)]


def _compile(statement) -> tuple[str, dict]:
    compiled = statement.compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True})
    return str(compiled), dict(compiled.params)


def utc_bounds(options: ExportOptions) -> tuple[str | None, str | None]:
    """The date filter as stored UTC text: [start of date_from, start of the day after date_to) in local time."""
    def at(day: dt.date) -> str:
        return format_utc(dt.datetime.combine(day, dt.time.min).astimezone())

    start = at(options.date_from) if options.date_from else None
    end = at(options.date_to + dt.timedelta(days=1)) if options.date_to else None
    return start, end


class StoreReader:
    """A read-only snapshot of a store; close it (or use `with`)."""

    def __init__(self, path: Path, options: ExportOptions):
        self.path = Path(path)
        self.options = options
        try:
            self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                         check_same_thread=False)  # fmt: skip
            self._conn.create_function("natkey", 1, natkey, deterministic=True)
            # SQLite gives each sort and GROUP BY up to the page cache's size in memory (2 MB by default)
            # before spilling to temporary files: a smaller cache keeps a 100,000-interview export flat.
            self._conn.execute("PRAGMA cache_size = -512")
            self._conn.execute("BEGIN")  # one snapshot for every sheet
        except sqlite3.Error as exc:
            raise ExportError(f"Impossible de lire la base « {self.path} » ({exc}).") from exc
        self.site_ids, self.building_ids = self._resolve_places()

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self._conn.close()
        except sqlite3.Error:
            pass

    def _run(self, statement) -> Iterator[tuple]:
        sql, params = _compile(statement)
        try:
            yield from self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise ExportError(f"Lecture impossible dans la base « {self.path} » ({exc}).") from exc

    # -- filters -----------------------------------------------------------------------------------
    def _resolve_places(self) -> tuple[list[str] | None, list[str] | None]:
        sites = list(self._run(select(_S.id, _S.name)))
        site_ids = None
        if self.options.sites:
            site_ids = _match(self.options.sites, sites, "Site")
        buildings = list(self._run(select(_B.id, _B.code, _B.site_id)))
        if site_ids is not None:
            buildings = [b for b in buildings if b[2] in site_ids]
        building_ids = None
        if self.options.buildings:
            building_ids = _match(self.options.buildings, [(b[0], b[1]) for b in buildings], "Bâtiment")
        return site_ids, building_ids

    def _places(self, dwelling=_D) -> list:
        conditions = []
        if self.site_ids is not None:
            conditions.append(dwelling.site_id.in_(self.site_ids))
        if self.building_ids is not None:
            conditions.append(dwelling.building_id.in_(self.building_ids))
        return conditions

    def _interview_filter(self, visit_at):
        """(exported?, kept?) SQL conditions: kept = exported, or finished (for the buildings sheet)."""
        exported = [true()]
        if self.options.statuses:
            exported.append(_I.status.in_(self.options.statuses))
        start, end = utc_bounds(self.options)
        when = func.coalesce(visit_at, _I.created_at)
        if start:
            exported.append(when >= start)
        if end:
            exported.append(when < end)
        return and_(*exported), or_(and_(*exported), _I.status.in_(FINISHED))

    # -- streams -----------------------------------------------------------------------------------
    def campaigns(self) -> list[str]:
        from survey_app.core.store.schema import Campaign

        return [r[0] for r in self._run(select(Campaign.__table__.c.name).order_by(Campaign.__table__.c.name))]

    def dwellings(self) -> Iterator[tuple[tuple, DwellingInfo]]:
        q = dwelling_select().where(*self._places()).subquery("q")
        keys = _sort_keys(q.c.site_name, q.c.site_id, q.c.building_code, q.c.building_id, q.c.entrance_code,
                          q.c.entrance_id, q.c.floor, q.c.door, q.c.address, q.c.landlord_ref, q.c.id)  # fmt: skip
        statement = select(
            q.c.id, q.c.landlord_ref, q.c.site_name, q.c.building_code, q.c.entrance_code, q.c.floor, q.c.door,
            q.c.status, q.c.visit_count, q.c.absent_count, q.c.last_visit_outcome, q.c.last_visit_at, *keys,
        ).order_by(*keys)  # fmt: skip
        for row in self._run(statement):
            yield row[12:], DwellingInfo(*row[:12])

    def _visit_of_interview(self):
        return (
            select(_V.interview_id, func.max(_V.visited_at).label("at"))
            .where(_V.deleted_at.is_(None), _V.interview_id.is_not(None))
            .group_by(_V.interview_id)
            .subquery("interview_visit")
        )

    def _interview_from(self, statement, visit):
        return (
            statement.select_from(Interview.__table__)
            .join(Dwelling.__table__, _D.id == _I.dwelling_id)
            .join(Site.__table__, _S.id == _D.site_id)
            .outerjoin(Building.__table__, _B.id == _D.building_id)
            .outerjoin(Entrance.__table__, _E.id == _D.entrance_id)
            .outerjoin(visit, visit.c.interview_id == _I.id)
            .where(_I.deleted_at.is_(None), *self._places())
        )

    def interviews(self) -> Iterator[tuple[tuple, InterviewInfo]]:
        visit = self._visit_of_interview()
        exported, kept = self._interview_filter(visit.c.at)
        s, dev = Surveyor.__table__.c, Device.__table__.c
        keys = _sort_keys(_S.name, _S.id, _B.code, _D.building_id, _E.code, _D.entrance_id, _D.floor, _D.door,
                          _D.address, _D.landlord_ref, _D.id)  # fmt: skip
        statement = self._interview_from(select(
            _I.id, _I.dwelling_id, _I.form_id, _I.form_version, _I.form_hash, _I.status, _I.surveyor_id,
            func.coalesce(s.name, ""), func.coalesce(dev.name, _I.device_id), _I.created_at, _I.modified_at,
            _I.revision, _I.answers, visit.c.at, exported, *keys,
        ), visit)  # fmt: skip
        statement = (
            statement.outerjoin(Surveyor.__table__, s.id == _I.surveyor_id)
            .outerjoin(Device.__table__, dev.id == _I.device_id)
            .where(kept)
            .order_by(*keys, _I.created_at, _I.id)
        )
        for row in self._run(statement):
            yield row[15:], InterviewInfo(*row[:14], exported=bool(row[14]))

    def form_versions(self) -> list[tuple[str, str, str, int]]:
        """(form_id, version, hash, number of exported interviews), most used first."""
        visit = self._visit_of_interview()
        exported, _kept = self._interview_filter(visit.c.at)
        statement = self._interview_from(
            select(_I.form_id, _I.form_version, _I.form_hash, func.count()), visit
        ).where(exported).group_by(_I.form_id, _I.form_version, _I.form_hash).order_by(func.count().desc())
        return [tuple(r) for r in self._run(statement)]

    def count_visits(self) -> int:
        return next(self._run(self._visits_query(count=True)))[0]

    def _visits_query(self, count: bool = False):
        s, dev = Surveyor.__table__.c, Device.__table__.c
        conditions = [_V.deleted_at.is_(None), *self._places()]
        start, end = utc_bounds(self.options)
        if start:
            conditions.append(_V.visited_at >= start)
        if end:
            conditions.append(_V.visited_at < end)
        columns = [func.count()] if count else [
            _V.id, _V.dwelling_id, _D.landlord_ref, _S.name, _B.code, _E.code, _D.floor, _D.door, _V.visited_at,
            _V.surveyor_id, func.coalesce(s.name, ""), func.coalesce(dev.name, _V.device_id), _V.outcome,
            _V.appointment_at, _V.refusal_reason, _V.note, _V.interview_id,
        ]  # fmt: skip
        statement = (
            select(*columns).select_from(Visit.__table__)
            .join(Dwelling.__table__, _D.id == _V.dwelling_id)
            .join(Site.__table__, _S.id == _D.site_id)
            .outerjoin(Building.__table__, _B.id == _D.building_id)
            .outerjoin(Entrance.__table__, _E.id == _D.entrance_id)
            .outerjoin(Surveyor.__table__, s.id == _V.surveyor_id)
            .outerjoin(Device.__table__, dev.id == _V.device_id)
            .where(*conditions)
        )  # fmt: skip
        if count:
            return statement
        keys = _sort_keys(_S.name, _S.id, _B.code, _D.building_id, _E.code, _D.entrance_id, _D.floor, _D.door,
                          _D.address, _D.landlord_ref, _D.id)  # fmt: skip
        return statement.order_by(*keys, _V.visited_at, _V.id)

    def visits(self) -> Iterator[tuple]:
        yield from self._run(self._visits_query())

    def dwellings_with_interviews(self) -> Iterator[tuple[DwellingInfo, list[InterviewInfo]]]:
        """Each dwelling of the selection with its interviews (oldest first); the two streams share their order."""
        interviews = self.interviews()
        pending = next(interviews, None)
        for key, dwelling in self.dwellings():
            own: list[InterviewInfo] = []
            while pending is not None and pending[0] <= key:
                if pending[0] == key:
                    own.append(pending[1])
                pending = next(interviews, None)
            yield dwelling, own


def _match(wanted: Sequence[str], known: list[tuple[str, str]], what: str) -> list[str]:
    """Ids of the rows whose name matches one of `wanted` (case and spaces ignored); French error if one matches none."""
    ids = []
    for name in wanted:
        found = [row_id for row_id, row_name in known if (row_name or "").strip().casefold() == name.strip().casefold()]
        if not found:
            names = sorted({n for _, n in known if n})
            listed = ", ".join(f"« {n} »" for n in names[:12]) + (" …" if len(names) > 12 else "")
            raise ExportError(f"{what} « {name} » introuvable dans la base. Valeurs possibles : {listed or 'aucune'}.")
        ids += found
    return ids

