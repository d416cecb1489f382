"""The column plan: which columns each sheet has, in which order, and what the codebook says about each.

Built once per export from the questionnaire and the options, never from the data, so two exports of
the same form with the same options have exactly the same columns. Question columns follow the form
order; a select question gives its code column and/or its label column (`<name>` and
`<name>_libelle`), a select_multiple adds one 0/1 column per choice in form order (`<name>/<code>`).
Key and metadata columns start with `_`. The four kinds of missing value are written as the text
markers below, in every column of a question, whatever the value style (see `MARKERS`).
Pseudonymisation removes the free-text questions that may identify a person (`identifying`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from survey_app.core.forms.model import Container, Form, Question
from survey_app.core.indicator_settings import NSP, REFUS

_PLAIN_INT = re.compile(r"-?(0|[1-9][0-9]{0,14})")
SANS_OBJET = "(sans objet)"
NON_RENSEIGNE = "(non renseigné)"
NE_SAIT_PAS = "(ne sait pas)"
REFUSE = "(refus)"
MARKERS: dict[str, str] = {
    SANS_OBJET: "Question non posée : sa condition (colonne « Condition ») était fausse pour ce ménage.",
    NON_RENSEIGNE: "Question posée mais laissée vide (ou calcul impossible faute de données).",
    NE_SAIT_PAS: "Nombre, date ou texte non donné : « Ne sait pas » (code 98 de la question « _statut »).",
    REFUSE: "Nombre, date ou texte non donné : « Refus » (code 99 de la question « _statut »).",
}
STATUS_MARKERS = {NSP: NE_SAIT_PAS, REFUS: REFUSE}
# Answers pre-filled from the landlord's register: they locate the dwelling (like the keys), so
# pseudonymisation keeps them.
REGISTER_QUESTIONS = frozenset({"id_logement", "id_rpls", "commune", "adresse", "batiment", "entree", "porte"})
REPEAT_SHEET_NAMES = {"membres": "Membres du ménage", "appareils": "Appareils de chauffage"}
KIND_LABELS = {
    "text": "texte", "integer": "nombre entier", "decimal": "nombre décimal", "date": "date", "time": "heure",
    "datetime": "date et heure", "select_one": "choix unique", "select_multiple": "choix multiple",
    "calculate": "calcul", "acknowledge": "case à cocher", "hidden": "valeur cachée", "start": "début (automatique)",
    "end": "fin (automatique)", "today": "jour (automatique)", "deviceid": "poste (automatique)",
    "username": "utilisateur (automatique)",
}  # fmt: skip


@dataclass(frozen=True)
class Column:
    header: str
    label: str
    kind: str  # what the codebook prints in « Type »
    question: str = ""  # question name, "" for keys and metadata
    note: str = ""


@dataclass
class QuestionColumns:
    """One question and the 1..n columns it fills."""

    question: Question
    shape: str  # 'text', 'number', 'date', 'time', 'datetime', 'calc', 'one', 'many'
    code: bool = False
    label: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (code, label) in form order
    status: str | None = None  # name of the `<name>_statut` companion holding 98 / 99
    columns: list[Column] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # choice code → label
    code_cells: dict[str, object] = field(default_factory=dict)  # choice code → cell value (int when numeric)

    @property
    def width(self) -> int:
        return len(self.columns)


@dataclass
class SheetPlan:
    title: str
    keys: list[Column]
    questions: list[QuestionColumns]
    repeat: Container | None = None

    @property
    def columns(self) -> list[Column]:
        return self.keys + [c for q in self.questions for c in q.columns]


_SHAPES = {"integer": "number", "decimal": "number", "date": "date", "today": "date", "time": "time",
           "datetime": "datetime", "start": "datetime", "end": "datetime", "calculate": "calc",
           "select_one": "one", "select_multiple": "many"}  # fmt: skip


def identifying(form: Form) -> list[Question]:
    """Questions pseudonymisation leaves out: free text (first names, comments…) and the user's name."""
    return [q for q in form.questions()
            if (q.kind == "text" and q.name not in REGISTER_QUESTIONS) or q.kind == "username"]  # fmt: skip


def _section(form: Form, question: Question) -> str:
    labels, name = [], question.parent
    while name is not None:
        element = form.elements[name]
        labels.append(element.label(form.default_language) or element.name)
        name = element.parent
    return " › ".join(reversed(labels))


def question_columns(form: Form, question: Question, *, codes: bool, labels: bool, taken: set[str]) -> QuestionColumns:
    """The columns of one question, headers made unique against `taken` (updated).

    A question keeps its own name as header unless a key column has it; a derived header
    (`_libelle`, `/code`) also avoids every name of the form.
    """
    lang = form.default_language
    shape = _SHAPES.get(question.kind, "text")
    status = f"{question.name}_statut"
    companion = form.elements.get(status)
    spec = QuestionColumns(question, shape, code=codes or shape not in ("one", "many"), label=labels)
    if shape in ("number", "date", "time", "datetime", "text") and isinstance(companion, Question) \
            and companion.kind == "select_one" and companion.repeat_chain == question.repeat_chain:
        spec.status = status
    title = question.label(lang) or question.name
    kind = KIND_LABELS.get(question.kind, question.kind)

    def add(header: str, label: str, note: str = "", kind: str = kind) -> None:
        unique, derived = header, header != question.name
        while unique.casefold() in taken or (derived and unique in form.elements):
            unique += "_"
        taken.add(unique.casefold())
        spec.columns.append(Column(unique, label, kind, question.name, note))

    if shape not in ("one", "many"):
        note = f"98 / 99 dans « {status} » : écrit {NE_SAIT_PAS} / {REFUSE}" if spec.status else ""
        add(question.name, title, note)
        return spec
    spec.choices = tuple((c.name, c.label(lang)) for c in form.choices_for(question))
    spec.labels = dict(spec.choices)
    spec.code_cells = {code: int(code) if _PLAIN_INT.fullmatch(code) else code for code, _ in spec.choices}
    joined = " ; séparés par des espaces" if shape == "many" else ""
    if spec.code:
        add(question.name, title, f"codes{joined}")
    if spec.label:
        separated = " ; séparés par « ; »" if shape == "many" else ""
        add(f"{question.name}_libelle" if spec.code else question.name, title, f"libellés{separated}")
    if shape == "many":
        for code, choice in spec.choices:
            add(f"{question.name}/{code}", f"{title} : {choice}", f"1 si « {choice} » (code {code}) est coché, sinon 0",
                "0/1")
    return spec


def _questions_at(form: Form, repeat: Container | None, dropped: set[str]) -> list[Question]:
    """Questions holding a value directly at this level (top level or inside `repeat`), in form order."""
    chain_end = repeat.name if repeat else None
    return [
        q for q in form.questions()
        if q.holds_value and q.name not in dropped and (q.repeat_chain[-1] if q.repeat_chain else None) == chain_end
    ]  # fmt: skip


def sheet_title(name: str, used: set[str]) -> str:
    """A valid Excel sheet name: no []:*?/\\, not quoted, at most 31 characters, unique (case-insensitive)."""
    clean = "".join(" " if c in "[]:*?/\\" else c for c in name).strip().strip("'").strip() or "Feuille"
    title, n = clean[:31], 2
    while title.casefold() in used or title.casefold() == "history":
        suffix = f" ({n})"
        title, n = clean[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.casefold())
    return title


@dataclass
class Plan:
    main: SheetPlan
    repeats: list[SheetPlan]
    dropped: list[Question]  # left out by pseudonymisation


def build_plan(form: Form, *, codes: bool, labels: bool, pseudonymise: bool, main_title: str, keys: list[Column],
               meta: list[Column], instance_keys, used_titles: set[str]) -> Plan:
    """The sheets and columns of an export of `form`; `instance_keys(repeat)` gives a repeat sheet's keys."""
    dropped = identifying(form) if pseudonymise else []
    names = {q.name for q in dropped}
    taken = {c.header.casefold() for c in keys + meta}
    used_titles.discard(main_title.casefold())
    main = SheetPlan(sheet_title(main_title, used_titles), keys + meta, [
        question_columns(form, q, codes=codes, labels=labels, taken=taken) for q in _questions_at(form, None, names)
    ])  # fmt: skip
    repeats = []
    for repeat in form.repeats():
        title = REPEAT_SHEET_NAMES.get(repeat.name) or repeat.label(form.default_language) or repeat.name
        keys_here = instance_keys(repeat)
        taken_here = {c.header.casefold() for c in keys_here}
        columns = [question_columns(form, q, codes=codes, labels=labels, taken=taken_here)
                   for q in _questions_at(form, repeat, names)]  # fmt: skip
        repeats.append(SheetPlan(sheet_title(title, used_titles), keys_here, columns, repeat))
    return Plan(main, repeats, dropped)


def codebook_rows(form: Form, plan: Plan) -> list[list[str]]:
    """One row per column of every question sheet: sheet, column, question, label, type, section, conditions, codes, note."""
    rows: list[list[str]] = []
    for sheet in [plan.main, *plan.repeats]:
        for column in sheet.columns:
            element = form.elements.get(column.question) if column.question else None
            if not isinstance(element, Question):
                rows.append([sheet.title, column.header, "", column.label, column.kind, "", "", "", column.note])
                continue
            note = column.note
            if element.calculation is not None:
                note = f"calcul : {element.calculation}" + (f" ; {note}" if note else "")
            rows.append([
                sheet.title, column.header, element.name, column.label, column.kind, _section(form, element),
                _conditions(form, element), _choices_text(form, element) if column.kind != "0/1" else "0 ; 1", note,
            ])  # fmt: skip
    titles = {sheet.repeat.name if sheet.repeat else None: sheet.title for sheet in [plan.main, *plan.repeats]}
    for question in plan.dropped:
        rows.append([titles.get(question.repeat_chain[-1] if question.repeat_chain else None, ""), "", question.name,
                     question.label(form.default_language), KIND_LABELS.get(question.kind, question.kind),
                     _section(form, question), "", "", "retirée de cet export (pseudonymisation)"])  # fmt: skip
    return rows


def _conditions(form: Form, question: Question) -> str:
    parts = [str(question.relevant)] if question.relevant is not None else []
    name = question.parent
    while name is not None:
        element = form.elements[name]
        if element.relevant is not None:
            parts.append(f"{str(element.relevant)} (groupe « {element.label(form.default_language) or name} »)")
        name = element.parent
    return " ; et ".join(parts)


def _choices_text(form: Form, question: Question) -> str:
    return " ; ".join(f"{c.name} = {c.label(form.default_language)}" for c in form.choices_for(question))
