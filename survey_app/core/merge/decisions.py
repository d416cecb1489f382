"""Review decisions: settle a conflict (keep a version, or pick answer by answer), settle a duplicate,
validate or reject an interview, and undo any of them. Each is one transaction, journaled twice.

Every decision that changes an interview makes a new revision of it (journal rows with the old and
new values). Settling a conflict makes ONE revision whose parents are all the competing heads (one
journal row per parent), so any later package carrying one of the old heads is recognised as older and
cannot reopen the conflict; only a genuinely new edit can. The decision itself goes to
`review_decisions` with the consultant, the reason and what undoing needs: the exact rows before the
decision. Undoing restores them (and reopens the review item) provided the interviews have not changed
since; otherwise it is refused with a message saying why.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from survey_app.core.merge import duplicates
from survey_app.core.merge.answer_diff import compose
from survey_app.core.merge.decision_log import (
    DECISION_LABELS,
    Decision,
    DecisionWriter,
    get_decision,
    list_decisions,
    not_found,
    transaction,
)
from survey_app.core.merge.interview_merge import open_conflict_item
from survey_app.core.store import InvalidDataError, Store
from survey_app.core.store.answers import check_instance
from survey_app.core.store.engine import dumps

__all__ = [
    "DECISION_LABELS", "Decision", "get_decision", "list_decisions", "resolve_conflict", "resolve_duplicate",
    "set_verdict", "undo_decision",
]  # fmt: skip


def _need_reason(reason: str, what: str) -> str:
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise InvalidDataError(f"Indiquez le motif de la décision ({what}) : il est gardé au journal.")
    return reason


def resolve_conflict(
    store: Store,
    interview_id: str,
    *,
    keep: str,
    reason: str,
    consultant: str,
    choices: Mapping[Sequence[str | int], str] | None = None,
) -> Decision:
    """Settle a conflict: version `keep` (a revision id), with answers picked from other versions by path."""
    reason = _need_reason(reason, "conflit")
    with transaction(store, consultant) as tx:
        heads = {
            rid: (revision, json.loads(answers), status, deleted_at)
            for rid, revision, answers, status, deleted_at in tx.cur.execute(
                "SELECT revision_id, revision, answers, status, deleted_at FROM main.interview_versions "
                "WHERE interview_id = ? AND state = 'ouverte'",
                (interview_id,),
            )
        }
        if len(heads) < 2:
            raise InvalidDataError(f"L'entretien « {interview_id} » n'est pas (ou plus) en conflit.")
        picks = {tuple(path): rid for path, rid in (choices or {}).items()}
        for rid in (keep, *picks.values()):
            if rid not in heads:
                raise InvalidDataError(f"Version « {rid} » inconnue pour l'entretien en conflit « {interview_id} ».")
        sources = {rid: head[1] for rid, head in heads.items()}
        try:
            answers = check_instance(compose(sources[keep], sources, picks), "réponses choisies")
        except ValueError as exc:
            raise InvalidDataError(f"Choix de réponses impossible : {exc}.") from None
        before = tx.row(interview_id)
        _revision, _answers, status, deleted_at = heads[keep]
        produced = tx.revise(
            interview_id, {"answers": dumps(answers), "status": status, "deleted_at": deleted_at},
            parents=sorted(heads), revision=max(h[0] for h in heads.values()) + 1, action="resolution",
            field="answers", old={"versions": sorted(heads)},
            new={"garde": keep, "choix": [[list(p), r] for p, r in picks.items()], "motif": reason},
        )  # fmt: skip
        tx.cur.execute(
            "UPDATE main.interview_versions SET state = 'resolue' WHERE interview_id = ? AND state = 'ouverte'",
            (interview_id,),
        )
        undo = {"rows": {interview_id: before}, "produced": {interview_id: produced}, "versions": sorted(heads)}
        kind = "conflit_reponses" if picks else "conflit_version"
        decision_id = tx.record(kind, interview_id, tx.open_item("conflit", interview_id), reason, undo)
        duplicates.refresh_dwelling(tx.cur, before["dwelling_id"])
    return get_decision(store, decision_id)


def _set_status(tx: DecisionWriter, interview_id: str, status: str, action: str) -> tuple[dict[str, Any], str]:
    if tx.open_item("conflit", interview_id) is not None:
        raise InvalidDataError(f"L'entretien « {interview_id} » est en conflit : réglez d'abord le conflit.")
    before = tx.row(interview_id)
    if before["deleted_at"] is not None:
        raise InvalidDataError(f"L'entretien « {interview_id} » a été supprimé.")
    produced = tx.revise(interview_id, {"status": status}, parents=[before["revision_id"]],
                         revision=before["revision"] + 1, action=action, field="status", old=before["status"],
                         new=status)  # fmt: skip
    return before, produced


def resolve_duplicate(store: Store, dwelling_id: str, *, keep: str | None, reason: str, consultant: str) -> Decision:
    """Settle a duplicate: keep interview `keep` and reject the others, or keep them all (`keep=None`)."""
    reason = _need_reason(reason, "doublon")
    with transaction(store, consultant) as tx:
        item = tx.open_item("doublon", dwelling_id)
        if item is None:
            raise InvalidDataError(f"Aucun doublon à régler pour le logement « {dwelling_id} ».")
        live = [r[0] for r in tx.cur.execute(
            f"SELECT id FROM main.interviews WHERE dwelling_id = ? AND {duplicates.LIVE} ORDER BY id", (dwelling_id,)
        )]  # fmt: skip
        if keep is not None and keep not in live:
            raise InvalidDataError(f"L'entretien « {keep} » n'est pas l'un des doublons de ce logement.")
        rows, produced = {}, {}
        for other in [] if keep is None else [i for i in live if i != keep]:
            rows[other], produced[other] = _set_status(tx, other, "rejete", "rejet_doublon")
        kind = "doublon_garder_tous" if keep is None else "doublon_garder_un"
        undo = {"rows": rows, "produced": produced, "keep": keep, "interviews": live}
        decision_id = tx.record(kind, dwelling_id, item, reason, undo)
    return get_decision(store, decision_id)


def set_verdict(store: Store, interview_id: str, verdict: str, *, comment: str = "", consultant: str) -> Decision:
    """Mark an interview « validé » or « rejeté » (a comment is required to reject)."""
    if verdict not in ("valide", "rejete"):
        raise InvalidDataError(f"Verdict inconnu « {verdict} » (attendu : valide ou rejete).")
    kind = "validation" if verdict == "valide" else "rejet"
    comment = _need_reason(comment, "rejet") if kind == "rejet" else " ".join(str(comment or "").split())
    with transaction(store, consultant) as tx:
        before, produced = _set_status(tx, interview_id, verdict, kind)
        if before["status"] == verdict:
            raise InvalidDataError(f"L'entretien est déjà {'validé' if kind == 'validation' else 'rejeté'}.")
        undo = {"rows": {interview_id: before}, "produced": {interview_id: produced}}
        decision_id = tx.record(kind, interview_id, None, comment, undo)
        duplicates.refresh_dwelling(tx.cur, before["dwelling_id"])
    return get_decision(store, decision_id)


def undo_decision(store: Store, decision_id: str, *, consultant: str) -> Decision:
    """Undo a decision: the interviews go back exactly as they were and the review item reopens."""
    with transaction(store, consultant) as tx:
        found = tx.cur.execute(
            "SELECT subject_id, item_id, undo, undone_at FROM main.review_decisions WHERE id = ?", (decision_id,)
        ).fetchone()
        if found is None:
            raise not_found("Décision", decision_id, store)
        subject, item_id, undo_text, undone_at = found
        if undone_at is not None:
            raise InvalidDataError("Cette décision a déjà été annulée.")
        undo = json.loads(undo_text)
        dwellings = set()
        for interview_id, produced in undo.get("produced", {}).items():
            if tx.row(interview_id)["revision_id"] != produced:
                raise InvalidDataError(
                    f"Impossible d'annuler : l'entretien « {interview_id} » a changé depuis cette décision "
                    "(nouvelle fusion ou correction). Prenez une nouvelle décision à la place."
                )
            before = undo["rows"][interview_id]
            tx.restore(interview_id, before)
            tx.journal(interview_id, "annulation", "revision", produced, before["revision_id"])
            dwellings.add(before["dwelling_id"])
        if undo.get("versions"):
            tx.cur.executemany(
                "UPDATE main.interview_versions SET state = 'ouverte' WHERE interview_id = ? AND revision_id = ?",
                [(subject, rid) for rid in undo["versions"]],
            )
            open_conflict_item(tx.cur, subject, undo["versions"])
        elif item_id is not None:
            tx.cur.execute(
                "UPDATE main.review_items SET state = 'ouvert', resolved_at = NULL, decision_id = NULL WHERE id = ?",
                (item_id,),
            )
        tx.cur.execute("UPDATE main.review_decisions SET undone_at = ?, undone_by = ? WHERE id = ?",
                       (tx.now, tx.who, decision_id))  # fmt: skip
        for dwelling in dwellings:
            duplicates.refresh_dwelling(tx.cur, dwelling)
    return get_decision(store, decision_id)
