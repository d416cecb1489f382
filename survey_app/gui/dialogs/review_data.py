"""What the review screen reads and writes, as plain functions for the worker thread (no widget here).

`load_items` lists the review items (open ones, plus those the consultant settled in this session or
all of them) with the open counts; `load_details` reads one item: the versions side by side
(`compare_conflict` / `compare_duplicate`; for a settled conflict, the interview as it now is) and
the decisions about it (`list_decisions`). `decide` runs one decision (`resolve_conflict`,
`resolve_duplicate`, `set_verdict`, `undo_decision`) for the consultant and returns it. The question
labels come from the campaign's questionnaire, loaded once; if it cannot be loaded, codes are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from survey_app.gui.dialogs.review_table import FormLabels
from survey_app.gui.long_task import real_store

_LABELS: list[FormLabels] = []


@dataclass(frozen=True)
class Items:
    entries: list[Any]  # core.merge.ReviewEntry
    counts: dict[str, int]  # open items by kind


@dataclass(frozen=True)
class Details:
    entry: Any
    comparison: Any | None  # core.merge.Comparison
    decisions: list[Any]  # core.merge.Decision, oldest first
    labels: FormLabels


def form_labels() -> FormLabels:
    if not _LABELS:
        try:
            from survey_app.gui.interview_launcher import default_form

            _LABELS.append(FormLabels.from_form(default_form()))
        except Exception:  # noqa: BLE001 - without the questionnaire the screen still works, with codes
            return FormLabels()
    return _LABELS[0]


def load_items(store: Any, keep: frozenset[str] = frozenset(), show_all: bool = False) -> Items:
    from survey_app.core.merge import count_open, list_review

    store = real_store(store)
    entries = [e for e in list_review(store, include_resolved=True) if show_all or e.state == "ouvert" or e.id in keep]
    return Items(entries, count_open(store))


def _current(store: Any, interview_id: str) -> Any:
    """A settled conflict: the interview as it now is, as a one-version comparison."""
    from survey_app.core.merge import Comparison, VersionInfo
    from survey_app.core.merge.answer_diff import compare

    record = store.get_interview(interview_id, include_deleted=True)
    version = VersionInfo(
        key=record.revision_id, interview_id=record.id, revision_id=record.revision_id, revision=record.revision,
        status=record.status, surveyor=record.surveyor, device="", modified_at=record.modified_at,
        deleted=record.deleted_at is not None, form_version=record.form_version,
        answers=record.answers, edited_by=record.surveyor, edited_on="",
    )  # fmt: skip
    return Comparison("actuel", interview_id, (version,), tuple(compare([record.answers])))


def load_details(store: Any, entry: Any) -> Details:
    from survey_app.core.merge import compare_conflict, compare_duplicate, list_decisions

    store = real_store(store)
    if entry.kind == "conflit":
        comparison = compare_conflict(store, entry.subject_id) if entry.state == "ouvert" else _current(store, entry.subject_id)
    else:
        comparison = compare_duplicate(store, entry.subject_id)
    return Details(entry, comparison, list_decisions(store, entry.subject_id), form_labels())


def decide(store: Any, consultant: str, action: str, subject: str, **kwargs: Any) -> Any:
    """One decision, by name: 'keep', 'pick', 'keep_one', 'keep_all', 'valide', 'rejete', 'undo'."""
    from survey_app.core.merge import resolve_conflict, resolve_duplicate, set_verdict, undo_decision

    store = real_store(store)
    reason = kwargs.get("reason", "")
    if action == "keep":
        return resolve_conflict(store, subject, keep=kwargs["keep"], reason=reason, consultant=consultant)
    if action == "pick":
        return resolve_conflict(store, subject, keep=kwargs["keep"], choices=kwargs["choices"], reason=reason,
                                consultant=consultant)  # fmt: skip
    if action == "keep_one":
        return resolve_duplicate(store, subject, keep=kwargs["keep"], reason=reason, consultant=consultant)
    if action == "keep_all":
        return resolve_duplicate(store, subject, keep=None, reason=reason, consultant=consultant)
    if action in ("valide", "rejete"):
        return set_verdict(store, subject, action, comment=reason, consultant=consultant)
    if action == "undo":
        return undo_decision(store, subject, consultant=consultant)
    raise ValueError(action)
