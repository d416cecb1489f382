"""The Excel export for consultants: one workbook ready to filter, pivot and read, from the survey store.

Use `export_workbook(store, form_resolver, path, options, progress=None, cancelled=None)`; it returns an
`ExportReport` or raises `ExportError` (French message; `ExportCancelled` when cancelled), and never
leaves a half-written file. `ExportOptions` holds the value style and the filters, `forms_resolver(form,
...)` builds a resolver from loaded questionnaires. The modules: `options` (what is asked), `source`
(streaming the store), `relevance` (what each interview skipped), `columns` (the column plan and the
codebook), `rows` (one interview → rows), `cells` (safe typed cells), `sheets` (one streamed sheet),
`buildings` and `visits` (their sheets), `about` (codebook and « À propos »), `workbook` (the whole run).
Nothing here imports Qt.
"""

from survey_app.core.export.options import VALUE_MODES, ExportCancelled, ExportError, ExportOptions, parse_date
from survey_app.core.export.workbook import ExportReport, export_workbook, forms_resolver

__all__ = [
    "VALUE_MODES",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "ExportReport",
    "export_workbook",
    "forms_resolver",
    "parse_date",
]
