"""Questionnaires: read an XLSForm file, compile it into a `Form`, report problems as `Issue`s.

`load_form(path)` is the one call most code needs; it never raises for a bad file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from survey_app.core.forms.model import Choice, ChoiceList, Container, Element, Expression, Form, Question
from survey_app.core.issues import Issue


@dataclass
class LoadResult:
    form: Form | None
    issues: list[Issue] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]

    @property
    def ok(self) -> bool:
        return self.form is not None and not self.errors


def load_form(path: Path | str) -> LoadResult:
    from survey_app.core.forms.compiler import compile_workbook
    from survey_app.core.forms.readers import read_workbook

    path = Path(path)
    workbook, issues = read_workbook(path)
    if workbook is None:
        return LoadResult(None, issues)
    form, compile_issues = compile_workbook(workbook, source_name=path.name)
    return LoadResult(form, issues + compile_issues)


__all__ = [
    "Choice",
    "ChoiceList",
    "Container",
    "Element",
    "Expression",
    "Form",
    "LoadResult",
    "Question",
    "load_form",
]
