"""The page plan of a questionnaire: which questions go on which page of the interview screen.

A `field-list` group is one page showing all its questions (nested groups become headings). Any
other group contributes a page for its own questions (those not inside a sub-group), placed where
they stand, and each of its sub-groups is planned the same way; top-level questions outside groups
form pages of their own. Repeats sit on a page like a question (shown as a table). Metadata, hidden
values and calculations without a label are never shown, and a page with nothing to show is dropped.
Pure data (no Qt): the widgets, the side panel and the navigation all read this plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from survey_app.core.forms.model import Container, Form, Question

Index = tuple[int, ...]
Key = tuple[str, Index]


def is_shown(form: Form, name: str) -> bool:
    """True when the element has something to show on screen."""
    element = form.elements[name]
    if isinstance(element, Container):
        return element.is_repeat or any(is_shown(form, child) for child in element.children)
    if not isinstance(element, Question):
        return False
    if element.kind in ("note", "acknowledge") or element.is_input:
        return True
    return element.kind == "calculate" and bool(element.label())


def is_answerable(form: Form, name: str) -> bool:
    """A question the surveyor answers (counted in page completion, visited by « à compléter »)."""
    element = form.elements.get(name)
    return isinstance(element, Question) and element.is_input


@dataclass
class Page:
    key: str  # stable id, stored with the interview to resume on this page
    title: str
    depth: int  # 0 for a section, 1 and more for the pages inside it (side panel indentation)
    container: str | None  # the group the page belongs to (None at the top level)
    items: list[str]  # what the page shows, in order: questions, groups (as headings), repeats
    questions: list[str] = field(default_factory=list)  # every shown question, repeats and sub-groups included


@dataclass
class Header:
    """A section title in the side panel for a group split over several pages (not a page itself)."""

    title: str
    depth: int
    container: str


@dataclass
class PagePlan:
    form: Form
    pages: list[Page]
    entries: list[Page | Header]  # the side panel rows, in order
    page_of: dict[str, int]  # shown element name -> page position

    def page_index(self, key: str) -> int | None:
        return next((i for i, page in enumerate(self.pages) if page.key == key), None)

    def answerable(self, page: Page) -> list[str]:
        return [name for name in page.questions if is_answerable(self.form, name)]

    def keys_in_order(self, session, page: Page) -> Iterator[Key]:
        """Every answerable (name, index) of a page in display order (repeat instances row by row)."""
        yield from self._walk_items(session, page.items, ())

    def _walk_items(self, session, items: list[str], index: Index) -> Iterator[Key]:
        form = self.form
        for name in items:
            element = form.elements[name]
            if isinstance(element, Container):
                if element.is_repeat:
                    for position in range(session.count(name, index)):
                        yield from self._walk_items(session, element.children, index + (position,))
                else:
                    yield from self._walk_items(session, element.children, index)
            elif is_answerable(form, name):
                yield name, index


def short_title(text: str, limit: int = 40) -> str:
    """A side-panel title from a label: quotes and ellipses stripped, cut at a word."""
    text = " ".join(text.replace("«", " ").replace("»", " ").split()).strip(" …?:")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


class _Planner:
    def __init__(self, form: Form):
        self.form = form
        self.pages: list[Page] = []
        self.entries: list[Page | Header] = []

    def plan(self) -> PagePlan:
        self._level(self.form.top, None, 0)
        page_of: dict[str, int] = {}
        for position, page in enumerate(self.pages):
            for name in page.questions:
                page_of.setdefault(name, position)
            for name in page.items:
                page_of.setdefault(name, position)
            if page.container is not None:
                page_of.setdefault(page.container, position)
        return PagePlan(self.form, self.pages, self.entries, page_of)

    def _level(self, children: list[str], container: str | None, depth: int) -> None:
        """Plan the direct children of a non-field-list group (or of the form)."""
        form = self.form
        sub_pages = [
            n for n in children
            if isinstance(form.elements[n], Container) and not form.elements[n].is_repeat and is_shown(form, n)
        ]  # fmt: skip
        loose_runs: list[list[str]] = [[]]
        for name in children:
            if name in sub_pages:
                loose_runs.append([])
            elif is_shown(form, name):
                loose_runs[-1].append(name)
        runs = [run for run in loose_runs if run]
        split = container is not None and len(runs) + len(sub_pages) > 1
        if split:
            element = form.elements[container]
            self.entries.append(Header(element.label() or container, depth, container))
        inner = depth + 1 if split else depth
        run_iter = iter(loose_runs)
        current = next(run_iter)
        self._loose_page(current, container, inner, split)
        for name in sub_pages:
            element = form.elements[name]
            if "field-list" in element.appearance.split():
                shown = [c for c in element.children if is_shown(form, c)]
                self._add(Page(name, element.label() or name, inner, name, shown))
            else:
                self._level(element.children, name, inner)
            current = next(run_iter)
            self._loose_page(current, container, inner, split)

    def _loose_page(self, run: list[str], container: str | None, depth: int, split: bool) -> None:
        if not run:
            return
        form = self.form
        if container is not None and not split:
            title = form.elements[container].label() or container
        else:
            repeat = next((n for n in run if isinstance(form.elements[n], Container)), None)
            first = form.elements[repeat or run[0]]
            title = short_title(first.label() or first.name)
        self._add(Page(f"{container or '_debut'}:{run[0]}", title, depth, container, list(run)))

    def _add(self, page: Page) -> None:
        page.questions = list(self._shown_questions(page.items))
        self.pages.append(page)
        self.entries.append(page)

    def _shown_questions(self, items: list[str]) -> Iterator[str]:
        for name in items:
            element = self.form.elements[name]
            if isinstance(element, Container):
                yield from self._shown_questions([c for c in element.children if is_shown(self.form, c)])
            elif is_shown(self.form, name):
                yield name


def plan_pages(form: Form) -> PagePlan:
    """Cut the form into pages (see the module docstring)."""
    return _Planner(form).plan()
