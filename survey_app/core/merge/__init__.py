"""Laptop packages and merging: pack a store, merge packages into a master, review, and send news back to laptops.

The entry points the command line and the GUI call (each takes and returns plain data; long ones take
`progress(done, total)` and `cancel()`):
- `write_package` (« Exporter mes enquêtes »), `default_file_name`, `hand_in_status`, `read_manifest`;
- `merge_packages` / `merge_into` (« Fusionner des paquets… ») → `MergeReport`;
- `list_review`, `count_open`, `compare_conflict`, `compare_duplicate` (« Conflits et doublons à revoir »);
- `resolve_conflict`, `resolve_duplicate`, `set_verdict`, `undo_decision`, `list_decisions`;
- `write_field_pack` (« Préparer le paquet pour les portables »), `import_field_pack` (« Importer le
  paquet de retour »), `assign`, `assignments`.
The package format and the merge rules are documented in README.md next to this file.
"""

from survey_app.core.merge.answer_diff import AnswerDiff
from survey_app.core.merge.assignments import AssignmentRecord, assign, assignments
from survey_app.core.merge.decisions import (
    DECISION_LABELS,
    Decision,
    get_decision,
    list_decisions,
    resolve_conflict,
    resolve_duplicate,
    set_verdict,
    undo_decision,
)
from survey_app.core.merge.errors import PackageError
from survey_app.core.merge.field_pack import FieldPackReport, import_field_pack, write_field_pack
from survey_app.core.merge.hand_in import HandInStatus, LoggedPackage, hand_in_status, logged
from survey_app.core.merge.manifest import Manifest
from survey_app.core.merge.merge import merge_file, merge_into, merge_packages
from survey_app.core.merge.package import (
    EXTENSION,
    WrittenPackage,
    default_file_name,
    open_package,
    read_manifest,
    write_package,
)
from survey_app.core.merge.report import FileReport, MergeReport
from survey_app.core.merge.review import (
    Comparison,
    ReviewEntry,
    VersionInfo,
    compare_conflict,
    compare_duplicate,
    conflict_versions,
    count_open,
    list_review,
)

__all__ = [
    "DECISION_LABELS",
    "EXTENSION",
    "AnswerDiff",
    "AssignmentRecord",
    "Comparison",
    "Decision",
    "FieldPackReport",
    "FileReport",
    "HandInStatus",
    "LoggedPackage",
    "Manifest",
    "MergeReport",
    "PackageError",
    "ReviewEntry",
    "VersionInfo",
    "WrittenPackage",
    "assign",
    "assignments",
    "compare_conflict",
    "compare_duplicate",
    "conflict_versions",
    "count_open",
    "default_file_name",
    "get_decision",
    "hand_in_status",
    "import_field_pack",
    "list_decisions",
    "list_review",
    "logged",
    "merge_file",
    "merge_into",
    "merge_packages",
    "open_package",
    "read_manifest",
    "resolve_conflict",
    "resolve_duplicate",
    "set_verdict",
    "undo_decision",
    "write_field_pack",
    "write_package",
]
