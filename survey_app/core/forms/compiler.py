"""Workbook -> `Form`: the orchestration of the sheet readers, the logic compiler and the checks.

`compile_workbook` never raises for bad content: every problem is an `Issue`. The compiled form
carries a stable content hash (SHA-256 of a canonical JSON) that each interview records, so two
laptops with the same form version but different content can be told apart.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from survey_app.core.forms.compile_logic import LogicCompiler
from survey_app.core.forms.compile_sheets import read_choices, read_settings
from survey_app.core.forms.compile_survey import read_survey
from survey_app.core.forms.dependencies import find_cycle
from survey_app.core.forms.model import Container, Form, Question
from survey_app.core.issues import Issue


def compile_workbook(workbook, source_name: str = "") -> tuple[Form | None, list[Issue]]:
    issues: list[Issue] = []
    survey = workbook.sheet("survey")
    if survey is None:
        return None, [Issue("le classeur n'a pas de feuille « survey » (les questions)")]
    settings, settings_issues = read_settings(workbook.sheet("settings"))
    issues += settings_issues
    allow_duplicates = settings.allow_choice_duplicates.strip().lower() in ("yes", "true", "oui")
    choice_lists, choice_issues = read_choices(workbook.sheet("choices"), allow_duplicates)
    issues += choice_issues
    refused: set[str] = set()
    rows, survey_issues = read_survey(survey, refused)
    issues += survey_issues
    if not rows and not survey_issues:
        issues.append(Issue("la feuille 'survey' ne contient aucune question", sheet=survey.name))
    logic = LogicCompiler(survey, rows, choice_lists, refused)
    elements, top = logic.compile()
    issues += logic.issues
    languages = _languages(elements.values(), choice_lists)
    stem = Path(source_name).stem if source_name else "formulaire"
    form = Form(
        form_id=settings.form_id or stem,
        title=settings.form_title or settings.form_id or stem,
        version=settings.version,
        default_language=settings.default_language or (languages[0] if languages else ""),
        languages=languages,
        elements=elements,
        top=top,
        choice_lists=choice_lists,
        source_name=source_name,
    )
    cycle = find_cycle(form)
    if cycle:
        first = form.elements[cycle[0]]
        path = " → ".join(cycle)
        issues.append(Issue(f"cycle de calculs ou de conditions : {path}", sheet=survey.name, row=first.row))
    if any(i.is_error for i in issues):
        return None, issues
    form.hash = form_hash(form)
    return form, issues


def _languages(elements, choice_lists) -> list[str]:
    langs: list[str] = []
    for element in elements:
        texts = [element.labels, element.hints]
        if isinstance(element, Question):
            texts += [element.constraint_message, element.required_message, element.warning_message]
        for table in texts:
            for lang in table:
                if lang and lang not in langs:
                    langs.append(lang)
    for choice_list in choice_lists.values():
        for choice in choice_list.choices:
            for lang in choice.labels:
                if lang and lang not in langs:
                    langs.append(lang)
    return langs


def canonical(form: Form) -> dict:
    """Everything that changes the meaning of the form, in a stable JSON-able shape (no row numbers)."""

    def expr(e):
        return e.source if e is not None else None

    elements = []
    for element in form.elements.values():
        item = {
            "name": element.name,
            "kind": element.kind,
            "parent": element.parent,
            "labels": element.labels,
            "hints": element.hints,
            "relevant": expr(element.relevant),
            "appearance": element.appearance,
        }
        if isinstance(element, Container):
            item["repeat_count"] = expr(element.repeat_count)
        elif isinstance(element, Question):
            item.update(
                list_name=element.list_name,
                required=expr(element.required),
                required_message=element.required_message,
                constraint=expr(element.constraint),
                constraint_message=element.constraint_message,
                warning=expr(element.warning),
                warning_message=element.warning_message,
                calculation=expr(element.calculation),
                default=element.default,
                read_only=expr(element.read_only),
                choice_filter=expr(element.choice_filter),
            )
        elements.append(item)
    choices = {
        name: [{"name": c.name, "labels": c.labels, "columns": c.columns} for c in cl.choices]
        for name, cl in sorted(form.choice_lists.items())
    }
    return {
        "form_id": form.form_id,
        "title": form.title,
        "version": form.version,
        "default_language": form.default_language,
        "elements": elements,
        "choices": choices,
    }


def form_hash(form: Form) -> str:
    text = json.dumps(canonical(form), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
