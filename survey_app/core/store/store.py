"""`Store`, the single entry point to the survey data: register, dwellings, visits and interviews.

Every method is one transaction and takes and returns plain data (`records` dataclasses, dicts, ids).
Each answer is saved the moment it is entered: `save_answer` changes one value of the interview's JSON
document, bumps its revision and writes a journal row, and commits (WAL, synchronous=FULL) before it
returns, so a crash or power cut afterwards cannot lose it. Deletions are tombstones. `surveyor` is
always the surveyor's name; a new name is registered on first use. Opening, closing, transactions and
maintenance (snapshot, integrity check) are inherited from `StoreBase`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from survey_app.core.store import answers as doc_ops
from survey_app.core.store import interview_ops, people, register_store, visit_ops
from survey_app.core.store.dwelling_query import dwelling_select
from survey_app.core.store.tree import build_tree, row_to_dwelling, sort_key
from survey_app.core.store.errors import InvalidDataError, RecordNotFoundError
from survey_app.core.store.interview_ops import Change
from survey_app.core.store.keys import as_utc, new_id, utc_now
from survey_app.core.store.records import (
    INTERVIEW_STATUSES,
    AnswerPath,
    DwellingRow,
    ImportReport,
    InterviewId,
    InterviewRecord,
    InterviewSummary,
    RegisterRow,
    Revision,
    TreeNode,
    VisitId,
    VisitRecord,
)
from survey_app.core.store.store_base import StoreBase


def _check_status(status: str) -> str:
    if status not in INTERVIEW_STATUSES:
        choices = ", ".join(INTERVIEW_STATUSES)
        raise InvalidDataError(f"Statut d'entretien inconnu « {status} » (attendu : {choices}).")
    return status


class Store(StoreBase):
    """The survey store. Open with `Store.open(path)`, `Store.create(path)` or `Store.open_default()`.

    Register: import_dwellings, ensure_campaign, campaigns, sites, buildings. Dwellings: list_dwellings,
    get_dwelling, tree. Visits: record_visit, list_visits, delete_visit. Interviews: create_interview,
    get_interview, list_interviews, interview_answers, save_answer, save_document, add_repeat_instance,
    remove_repeat_instance, confirm_warning, set_interview_status, delete_interview, journal, revision_chain. People:
    surveyors, add_surveyor, devices, add_device, set_device_name, device_id. Maintenance: snapshot,
    check_integrity, schema_version, close.
    """

    def _device(self, conn: Connection, device_id: str | None) -> str:
        """This laptop, or another registered device (for merged or simulated data)."""
        return self._device_id if device_id is None else people.check_device(conn, device_id, self.path)

    # -- register --------------------------------------------------------------------------------

    def import_dwellings(self, rows: Sequence[RegisterRow], *, campaign: str) -> ImportReport:
        """Create or update the campaign's dwellings (and their sites, buildings, entrances) in one transaction."""
        with self._write() as conn:
            return register_store.import_rows(conn, rows, campaign=campaign, device_id=self._device_id, now=utc_now())

    def ensure_campaign(self, name: str) -> str:
        """The campaign's id, creating the campaign if needed (the same name always gives the same id)."""
        with self._write() as conn:
            return register_store.ensure_campaign(conn, name, utc_now())

    # -- dwellings ---------------------------------------------------------------------------------

    def list_dwellings(
        self,
        *,
        campaign_id: str | None = None,
        site_id: str | None = None,
        building_id: str | None = None,
        entrance_id: str | None = None,
        status: str | Iterable[str] | None = None,
    ) -> list[DwellingRow]:
        """Dwellings with their derived status and last visit (one SQL query), in natural order."""
        query = dwelling_select(
            campaign_id=campaign_id, site_id=site_id, building_id=building_id,
            entrance_id=entrance_id, status=status,
        )  # fmt: skip
        with self._read() as conn:
            rows = [row_to_dwelling(r) for r in conn.execute(query)]
        rows.sort(key=sort_key)
        return rows

    def get_dwelling(self, dwelling_id: str) -> DwellingRow:
        """One dwelling, like a `list_dwellings` row, plus the other register columns in `extra`."""
        with self._read() as conn:
            row = conn.execute(dwelling_select(dwelling_ids=[dwelling_id], with_extra=True)).first()
        if row is None:
            raise RecordNotFoundError(f"Logement « {dwelling_id} » introuvable dans la base « {self.path} ».", self.path)
        return row_to_dwelling(row, extra=json.loads(row.extra))

    def tree(self, campaign_id: str | None = None) -> list[TreeNode]:
        """Site > building > entrance > floor > dwellings, with totals and counts per status."""
        return build_tree(self.list_dwellings(campaign_id=campaign_id))

    # -- visits --------------------------------------------------------------------------------------

    def record_visit(
        self,
        dwelling_id: str,
        outcome: str,
        surveyor: str,
        when: datetime | None = None,
        note: str = "",
        appointment_at: datetime | None = None,
        refusal_reason: str | None = None,
        *,
        interview_id: str | None = None,
        device_id: str | None = None,
    ) -> VisitRecord:
        """Record a door knock (`when` defaults to now; naive datetimes are local time)."""
        visit_ops.check_visit(outcome, appointment_at, refusal_reason)
        now = utc_now()
        visit_id = new_id()
        with self._write() as conn:
            visit_ops.check_dwelling(conn, dwelling_id, self.path)
            if interview_id is not None:
                visit_ops.check_interview(conn, interview_id, self.path)
            values = {
                "id": visit_id,
                "dwelling_id": dwelling_id,
                "surveyor_id": self._surveyor(conn, surveyor),
                "device_id": self._device(conn, device_id),
                "visited_at": as_utc(when) if when is not None else now,
                "outcome": outcome,
                "appointment_at": as_utc(appointment_at) if appointment_at is not None else None,
                "refusal_reason": refusal_reason or None,
                "note": note or "",
                "interview_id": interview_id,
                "created_at": now,
                "modified_at": now,
                "deleted_at": None,
            }
            visit_ops.record(conn, values)
            return visit_ops.list_visits(conn, visit_id=visit_id)[0]

    def list_visits(self, dwelling_id: str | None = None, *, include_deleted: bool = False) -> list[VisitRecord]:
        """Visits, oldest first (of one dwelling, or all)."""
        with self._read() as conn:
            return visit_ops.list_visits(conn, dwelling_id=dwelling_id, include_deleted=include_deleted)

    def delete_visit(self, visit_id: VisitId | str, *, surveyor: str) -> bool:
        """Tombstone a visit (kept for merging, ignored everywhere else); False if already deleted."""
        with self._write() as conn:
            return visit_ops.delete(
                conn, visit_id, surveyor_id=self._surveyor(conn, surveyor), device_id=self._device_id,
                now=utc_now(), store_path=self.path,
            )  # fmt: skip

    # -- interviews ----------------------------------------------------------------------------------

    def create_interview(
        self,
        dwelling_id: str,
        form_id: str,
        form_version: str,
        form_hash: str,
        surveyor: str,
        initial_answers: dict[str, Any] | None = None,
        *,
        status: str = "brouillon",
        interview_id: str | None = None,
        device_id: str | None = None,
    ) -> InterviewRecord:
        """Start an interview (revision 1) on a dwelling; its UUID is made here unless given."""
        answers = doc_ops.check_instance(copy.deepcopy(initial_answers or {}), "réponses initiales")
        interview_id = interview_id or new_id()
        with self._write() as conn:
            visit_ops.check_dwelling(conn, dwelling_id, self.path)
            interview_ops.create(
                conn, interview_id=interview_id, dwelling_id=dwelling_id,
                form=(str(form_id), str(form_version), str(form_hash)), status=_check_status(status),
                surveyor_id=self._surveyor(conn, surveyor), device_id=self._device(conn, device_id),
                answers=answers, now=utc_now(),
            )  # fmt: skip
            return interview_ops.get(conn, interview_id, include_deleted=False, store_path=self.path)

    def get_interview(self, interview_id: str, *, include_deleted: bool = False) -> InterviewRecord:
        with self._read() as conn:
            return interview_ops.get(conn, interview_id, include_deleted=include_deleted, store_path=self.path)

    def list_interviews(
        self,
        *,
        dwelling_id: str | None = None,
        campaign_id: str | None = None,
        status: str | None = None,
        include_deleted: bool = False,
    ) -> list[InterviewSummary]:
        """Interviews without their answers, oldest first."""
        with self._read() as conn:
            return interview_ops.list_summaries(
                conn, dwelling_id=dwelling_id, campaign_id=campaign_id, status=status,
                include_deleted=include_deleted,
            )  # fmt: skip

    def interview_answers(self, interview_ids: Iterable[str]) -> dict[InterviewId, dict[str, Any]]:
        """The answers documents of several interviews in one read (unknown or deleted ids are left out)."""
        with self._read() as conn:
            return interview_ops.answers_of(conn, list(dict.fromkeys(interview_ids)))

    def _edit(self, interview_id: str, surveyor: str, edit: interview_ops.Edit) -> Revision:
        with self._write() as conn:
            return interview_ops.mutate(
                conn, interview_id, edit, surveyor_id=self._surveyor(conn, surveyor),
                device_id=self._device_id, now=utc_now(), store_path=self.path,
            )  # fmt: skip

    def save_answer(self, interview_id: str, path: AnswerPath, value: Any, *, surveyor: str) -> Revision:
        """Set one answer (`("q",)` or `("membres", 2, "age")`) and commit; unchanged value → nothing written."""
        path = doc_ops.check_path(path)
        value = doc_ops.check_value(value, path)

        def edit(doc: dict[str, Any], _status: str) -> Change | None:
            old = doc_ops.get_at(doc, path)
            if old == (True, value) and type(old[1]) is type(value):
                return None
            old = doc_ops.set_at(doc, path, value)
            return Change("set", "answers", path, old, (True, value), answers=doc)

        return self._edit(interview_id, surveyor, edit)

    def add_repeat_instance(
        self, interview_id: str, repeat_path: AnswerPath, instance: dict[str, Any] | None = None, *, surveyor: str
    ) -> tuple[int, Revision]:
        """Append an instance (empty by default) to a repeat; returns its 0-based index and the revision."""
        path = doc_ops.check_path(repeat_path)
        new = doc_ops.check_instance(copy.deepcopy(instance or {}), path)
        added: list[int] = []

        def edit(doc: dict[str, Any], _status: str) -> Change:
            added.append(doc_ops.add_instance(doc, path, new))
            return Change("add_instance", "answers", (*path, added[0]), (False, None), (True, new), answers=doc)

        revision = self._edit(interview_id, surveyor, edit)
        return added[0], revision

    def remove_repeat_instance(
        self, interview_id: str, repeat_path: AnswerPath, index: int, *, surveyor: str
    ) -> Revision:
        """Remove instance `index` of a repeat (later instances shift down by one)."""
        path = doc_ops.check_path(repeat_path)

        def edit(doc: dict[str, Any], _status: str) -> Change:
            removed = doc_ops.remove_instance(doc, path, index)
            return Change("remove_instance", "answers", (*path, index), (True, removed), (False, None), answers=doc)

        return self._edit(interview_id, surveyor, edit)

    def confirm_warning(
        self, interview_id: str, path: AnswerPath, *, surveyor: str, confirmed: bool = True
    ) -> Revision:
        """Record that the surveyor confirmed the warning on this answer (or withdraw it)."""
        path = doc_ops.check_path(path)

        def edit(doc: dict[str, Any], _status: str) -> Change | None:
            if not doc_ops.set_confirmed(doc, path, confirmed):
                return None
            return Change("confirm", "confirmed", path, (True, not confirmed), (True, confirmed), answers=doc)

        return self._edit(interview_id, surveyor, edit)

    def save_document(self, interview_id: str, document: dict[str, Any], *, surveyor: str) -> Revision:
        """Replace the whole answers document (pre-filled start, finished interview); identical → nothing written."""
        new = doc_ops.check_instance(copy.deepcopy(document), "document de réponses")

        def edit(doc: dict[str, Any], _status: str) -> Change | None:
            if doc == new:
                return None
            return Change("replace", "answers", None, (True, doc), (True, new), answers=new)

        return self._edit(interview_id, surveyor, edit)

    def set_interview_status(self, interview_id: str, status: str, *, surveyor: str) -> Revision:
        """brouillon / termine / valide / rejete."""
        status = _check_status(status)

        def edit(_doc: dict[str, Any], old: str) -> Change | None:
            if old == status:
                return None
            return Change("status", "status", None, (True, old), (True, status), status=status)

        return self._edit(interview_id, surveyor, edit)

    def delete_interview(self, interview_id: InterviewId | str, *, surveyor: str) -> Revision:
        """Tombstone an interview: it disappears from lists and statuses but stays for merging."""
        now = utc_now()

        def edit(_doc: dict[str, Any], _status: str) -> Change:
            return Change("delete", "deleted_at", None, (True, None), (True, now.isoformat()), deleted_at=now)

        return self._edit(interview_id, surveyor, edit)
