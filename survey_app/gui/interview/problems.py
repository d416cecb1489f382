"""What is left to do in an interview: questions still open, and the problems listed before finishing.

Pure functions over the page plan and the `FormSession` (no widgets): the « à compléter » shortcut
walks `open_keys` in page order; the finish summary shows `summary_items`, which adds the values the
surveyor typed but the engine refused to the engine's own problems (required, constraint, warning).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from survey_app.core.engine import FormSession
from survey_app.core.engine.coercion import is_empty
from survey_app.gui.interview.finish_dialog import SummaryItem
from survey_app.gui.interview.pages import PagePlan

Index = tuple[int, ...]
Key = tuple[str, Index]


def keys_in_page_order(plan: PagePlan, session: FormSession) -> list[Key]:
    """Every answerable node of the interview, page after page (active repeat rows only)."""
    keys = []
    for page in plan.pages:
        for name, index in plan.keys_in_order(session, page):
            chain = session.form.elements[name].repeat_chain
            if chain and not session.instance_active(chain, index):
                continue
            keys.append((name, index))
    return keys


def is_open(session: FormSession, key: Key, refused: dict[Key, str]) -> bool:
    """Relevant and editable, and either unanswered or not acceptable as it stands."""
    state = session.state(*key)
    if not state.relevant or state.read_only:
        return False
    return key in refused or is_empty(state.value) or bool(state.error) or bool(state.warning)


def next_open_key(plan: PagePlan, session: FormSession, refused: dict[Key, str], after: Key | None) -> Key | None:
    """The first open question after `after` in page order, wrapping round; None when all is done."""
    keys = keys_in_page_order(plan, session)
    start = keys.index(after) + 1 if after in keys else 0
    for key in keys[start:] + keys[:start]:
        if key != after and is_open(session, key, refused):
            return key
    return None


def _where(plan: PagePlan, session: FormSession, key: Key) -> tuple[str, str]:
    name, index = key
    position = plan.page_of.get(name)
    page = plan.pages[position].title if position is not None else ""
    label = " ".join(session.label(name, index).split()) or name
    if len(label) > 90:
        label = label[:88].rsplit(" ", 1)[0] + "…"
    element = session.form.elements[name]
    for repeat, position in zip(element.repeat_chain, index):
        repeat_label = session.form.elements[repeat].label(session.lang) or repeat
        label = QCoreApplication.translate("InterviewProblems", "{repeat} n° {number} : {question}").format(
            repeat=repeat_label, number=position + 1, question=label)
    return page, label


def summary_items(plan: PagePlan, session: FormSession, refused: dict[Key, str]) -> list[SummaryItem]:
    """Everything to fix or check before finishing, in page order."""
    found: dict[Key, list[tuple[str, str]]] = {}
    for problem in session.problems():
        key = (problem.name, problem.index)
        if key in refused and problem.kind == "required":
            continue
        found.setdefault(key, []).append((problem.kind, problem.message))
    for key, message in refused.items():
        if session.state(*key).relevant:
            text = QCoreApplication.translate("InterviewProblems", "valeur refusée : {message}").format(message=message)
            found.setdefault(key, []).insert(0, ("refused", text))
    order = {key: i for i, key in enumerate(keys_in_page_order(plan, session))}
    items = []
    for key in sorted(found, key=lambda k: order.get(k, len(order))):
        page, label = _where(plan, session, key)
        for kind, message in found[key]:
            items.append(SummaryItem(key[0], key[1], kind, message, page, label))
    return items
