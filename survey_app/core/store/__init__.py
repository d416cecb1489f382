"""The survey store: the field laptop's SQLite memory of the campaign, behind one `Store` facade.

Import from here: `Store`, the plain dataclasses it takes and returns, its errors, and the landlord
register reader. Nothing in this package imports Qt; no ORM object leaves it. See `store.py` for the
API, `dwelling_query.py` for the status rules and `engine.py` for the durability settings.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Names are imported on first use (PEP 562), so that `survey_app.core.store.records`, `.tree` or
# `.quick_read` can be used without loading SQLAlchemy: the application shows the campaign first and
# opens the full store in the background (see quick_read.py).
_LAZY = {
    "DWELLING_STATUSES": "survey_app.core.store.records",
    "INTERVIEW_STATUSES": "survey_app.core.store.records",
    "SCHEMA_VERSION": "survey_app.core.store.version",
    "VISIT_OUTCOMES": "survey_app.core.store.records",
    "AnswerPath": "survey_app.core.store.records",
    "BuildingId": "survey_app.core.store.records",
    "BuildingInfo": "survey_app.core.store.records",
    "CampaignId": "survey_app.core.store.records",
    "CampaignInfo": "survey_app.core.store.records",
    "DeviceId": "survey_app.core.store.records",
    "DeviceInfo": "survey_app.core.store.records",
    "DwellingId": "survey_app.core.store.records",
    "DwellingRow": "survey_app.core.store.records",
    "EntranceId": "survey_app.core.store.records",
    "ImportReport": "survey_app.core.store.records",
    "InterviewId": "survey_app.core.store.records",
    "InterviewRecord": "survey_app.core.store.records",
    "InterviewSummary": "survey_app.core.store.records",
    "InvalidDataError": "survey_app.core.store.errors",
    "JournalRecord": "survey_app.core.store.records",
    "RecordNotFoundError": "survey_app.core.store.errors",
    "RegisterReadResult": "survey_app.core.store.register_import",
    "RegisterRow": "survey_app.core.store.records",
    "Revision": "survey_app.core.store.records",
    "SiteId": "survey_app.core.store.records",
    "SiteInfo": "survey_app.core.store.records",
    "Store": "survey_app.core.store.store",
    "StoreClosedError": "survey_app.core.store.errors",
    "StoreCorruptError": "survey_app.core.store.errors",
    "StoreError": "survey_app.core.store.errors",
    "StoreExistsError": "survey_app.core.store.errors",
    "StoreFullError": "survey_app.core.store.errors",
    "StoreIOError": "survey_app.core.store.errors",
    "StoreLockedError": "survey_app.core.store.errors",
    "StoreMigrationError": "survey_app.core.store.errors",
    "StoreNotFoundError": "survey_app.core.store.errors",
    "StoreReadOnlyError": "survey_app.core.store.errors",
    "StoreVersionError": "survey_app.core.store.errors",
    "SurveyorId": "survey_app.core.store.records",
    "SurveyorInfo": "survey_app.core.store.records",
    "TreeNode": "survey_app.core.store.records",
    "VisitId": "survey_app.core.store.records",
    "VisitRecord": "survey_app.core.store.records",
    "floor_label": "survey_app.core.store.records",
    "parse_mapping": "survey_app.core.store.register_import",
    "read_register": "survey_app.core.store.register_import",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))


if TYPE_CHECKING:  # pragma: no cover
    from survey_app.core.store.records import DWELLING_STATUSES, INTERVIEW_STATUSES, VISIT_OUTCOMES, AnswerPath, BuildingId, BuildingInfo, CampaignId, CampaignInfo, DeviceId, DeviceInfo, DwellingId, DwellingRow, EntranceId, ImportReport, InterviewId, InterviewRecord, InterviewSummary, JournalRecord, RegisterRow, Revision, SiteId, SiteInfo, SurveyorId, SurveyorInfo, TreeNode, VisitId, VisitRecord, floor_label  # noqa: F401
    from survey_app.core.store.version import SCHEMA_VERSION  # noqa: F401
    from survey_app.core.store.errors import InvalidDataError, RecordNotFoundError, StoreClosedError, StoreCorruptError, StoreError, StoreExistsError, StoreFullError, StoreIOError, StoreLockedError, StoreMigrationError, StoreNotFoundError, StoreReadOnlyError, StoreVersionError  # noqa: F401
    from survey_app.core.store.register_import import RegisterReadResult, parse_mapping, read_register  # noqa: F401
    from survey_app.core.store.store import Store  # noqa: F401

__all__ = [
    "DWELLING_STATUSES",
    "INTERVIEW_STATUSES",
    "SCHEMA_VERSION",
    "VISIT_OUTCOMES",
    "AnswerPath",
    "BuildingId",
    "BuildingInfo",
    "CampaignId",
    "CampaignInfo",
    "DeviceId",
    "DeviceInfo",
    "DwellingId",
    "DwellingRow",
    "EntranceId",
    "ImportReport",
    "InterviewId",
    "InterviewRecord",
    "InterviewSummary",
    "InvalidDataError",
    "JournalRecord",
    "RecordNotFoundError",
    "RegisterReadResult",
    "RegisterRow",
    "Revision",
    "SiteId",
    "SiteInfo",
    "Store",
    "StoreClosedError",
    "StoreCorruptError",
    "StoreError",
    "StoreExistsError",
    "StoreFullError",
    "StoreIOError",
    "StoreLockedError",
    "StoreMigrationError",
    "StoreNotFoundError",
    "StoreReadOnlyError",
    "StoreVersionError",
    "SurveyorId",
    "SurveyorInfo",
    "TreeNode",
    "VisitId",
    "VisitRecord",
    "floor_label",
    "parse_mapping",
    "read_register",
]
