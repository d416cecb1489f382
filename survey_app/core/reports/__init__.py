"""Printed documents of the campaign, as PDF: building summary sheets, surveyors' round sheets, paper form.

* `write_building_report(store, form, path, options, progress=None, cancelled=None)`: the campaign
  overview then one sheet per building (`building_report`), or one file per building;
* `write_round_sheet(store, path, building=..., site=...)`: the surveyor's round sheet (`round_sheet`);
* `write_paper_form(form, path, ...)`: the blank questionnaire as a paper form (`paper_form`).

All write atomically and raise `ReportError` (French `message`) for bad input or an unwritable file.
reportlab is imported only when a document is laid out: importing this package stays cheap, but the
app's start-up path should still import it lazily.
"""

from survey_app.core.reports.building_report import ReportOptions, ReportResult, write_building_report
from survey_app.core.reports.errors import ReportCancelled, ReportError

__all__ = ["ReportCancelled", "ReportError", "ReportOptions", "ReportResult", "write_building_report",
           "write_paper_form", "write_round_sheet"]


def write_round_sheet(*args, **kwargs):
    """See `survey_app.core.reports.round_sheet.write_round_sheet`."""
    from survey_app.core.reports.round_sheet import write_round_sheet as write

    return write(*args, **kwargs)


def write_paper_form(*args, **kwargs):
    """See `survey_app.core.reports.paper_form.write_paper_form`."""
    from survey_app.core.reports.paper_form import write_paper_form as write

    return write(*args, **kwargs)
