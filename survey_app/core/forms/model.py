"""The compiled questionnaire: plain dataclasses the engine, the store, the exports and the GUI read.

A `Form` is built once by the compiler from a workbook and never changes afterwards. Questions are
addressed by their `name`, unique across the form; groups and repeats are containers. Nothing here
knows about files, Qt or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Base types the engine knows. Metadata types are filled automatically, never shown as inputs.
INPUT_TYPES = frozenset(
    {"text", "integer", "decimal", "date", "time", "datetime", "select_one", "select_multiple", "acknowledge"}
)
METADATA_TYPES = frozenset({"start", "end", "today", "deviceid", "username"})
DISPLAY_TYPES = frozenset({"note"})
COMPUTED_TYPES = frozenset({"calculate", "hidden"})
CONTAINER_KINDS = frozenset({"group", "repeat"})


@dataclass(frozen=True)
class Expression:
    """An XLSForm expression: its source text, parsed tree and the names it references."""

    source: str
    node: Any
    refs: frozenset[str]
    uses_clock: bool = False

    def __str__(self) -> str:
        return self.source


@dataclass(frozen=True)
class Choice:
    name: str
    labels: dict[str, str]
    columns: dict[str, str] = field(default_factory=dict)  # extra columns, for choice_filter

    def label(self, lang: str | None = None) -> str:
        return pick_text(self.labels, lang) or self.name


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    def get(self, name: str) -> Choice | None:
        for choice in self.choices:
            if choice.name == name:
                return choice
        return None


@dataclass
class Element:
    """A row of the survey sheet: a question or a container (group / repeat)."""

    name: str
    kind: str  # a base type from above, or "group" / "repeat"
    row: int
    labels: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    relevant: Expression | None = None
    appearance: str = ""
    parent: str | None = None  # name of the enclosing group or repeat (None at the top)
    repeat_chain: tuple[str, ...] = ()  # enclosing repeats, outermost first (not including itself)
    depth: int = 0

    @property
    def is_container(self) -> bool:
        return self.kind in CONTAINER_KINDS

    def label(self, lang: str | None = None) -> str:
        return pick_text(self.labels, lang)

    def hint(self, lang: str | None = None) -> str:
        return pick_text(self.hints, lang)


@dataclass
class Question(Element):
    list_name: str | None = None
    required: Expression | None = None
    required_message: dict[str, str] = field(default_factory=dict)
    constraint: Expression | None = None
    constraint_message: dict[str, str] = field(default_factory=dict)
    warning: Expression | None = None
    warning_message: dict[str, str] = field(default_factory=dict)
    calculation: Expression | None = None
    default: str = ""
    default_expr: Expression | None = None
    read_only: Expression | None = None
    choice_filter: Expression | None = None
    label_refs: frozenset[str] = frozenset()

    @property
    def is_select(self) -> bool:
        return self.kind in ("select_one", "select_multiple")

    @property
    def is_input(self) -> bool:
        return self.kind in INPUT_TYPES

    @property
    def is_metadata(self) -> bool:
        return self.kind in METADATA_TYPES

    @property
    def holds_value(self) -> bool:
        """True when the question contributes a value to the interview's answers."""
        return self.kind not in DISPLAY_TYPES


@dataclass
class Container(Element):
    children: list[str] = field(default_factory=list)
    repeat_count: Expression | None = None

    @property
    def is_repeat(self) -> bool:
        return self.kind == "repeat"


@dataclass
class Form:
    form_id: str
    title: str
    version: str
    default_language: str
    languages: list[str]
    elements: dict[str, Element]  # every question and container by name, in form order
    top: list[str]  # names of the top-level elements, in order
    choice_lists: dict[str, ChoiceList]
    source_name: str = ""
    hash: str = ""

    # -- navigation -------------------------------------------------------------------------------
    def element(self, name: str) -> Element:
        return self.elements[name]

    def question(self, name: str) -> Question:
        element = self.elements[name]
        if not isinstance(element, Question):
            raise KeyError(name)
        return element

    def children(self, name: str | None) -> list[str]:
        if name is None:
            return self.top
        element = self.elements[name]
        return element.children if isinstance(element, Container) else []

    def questions(self) -> list[Question]:
        return [e for e in self.elements.values() if isinstance(e, Question)]

    def containers(self) -> list[Container]:
        return [e for e in self.elements.values() if isinstance(e, Container)]

    def repeats(self) -> list[Container]:
        return [e for e in self.containers() if e.is_repeat]

    def choices_for(self, question: Question) -> tuple[Choice, ...]:
        if question.list_name is None:
            return ()
        choice_list = self.choice_lists.get(question.list_name)
        return choice_list.choices if choice_list else ()

    # -- presentation -----------------------------------------------------------------------------
    def summary(self) -> str:
        questions = [q for q in self.questions() if q.kind not in ("calculate", "hidden", "note")]
        groups = [c for c in self.containers() if not c.is_repeat]
        languages = ", ".join(self.languages) if self.languages else "une seule langue"
        return (
            f"Questionnaire « {self.title} » (form_id {self.form_id}, version {self.version or '-'}) : "
            f"{len(questions)} questions, {len(self.questions()) - len(questions)} calculs et notes, "
            f"{len(groups)} groupes, {len(self.repeats())} répétitions, langues : {languages}."
        )


def pick_text(texts: dict[str, str], lang: str | None) -> str:
    """The text in `lang`, else in the default (unnamed) column, else the first one there is."""
    if not texts:
        return ""
    if lang is not None and texts.get(lang):
        return texts[lang]
    if texts.get(""):
        return texts[""]
    return next((t for t in texts.values() if t), "")
