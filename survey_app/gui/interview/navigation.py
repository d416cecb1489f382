"""Moving through questions with the keyboard: the editors of a page in Tab order.

Navigation follows Qt's own focus chain, so Enter goes exactly where Tab would, skipping what Tab
skips (hidden questions, read-only fields). Rows opened below a repeat table are spliced into the
chain right after the table's buttons, so Tab and Enter walk them in reading order.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from survey_app.gui.interview.editor_base import is_focus_target

_CHAIN_LIMIT = 20000


def _chain(root: QWidget) -> Iterator[QWidget]:
    """Descendants of `root` in focus-chain order."""
    widget = root.nextInFocusChain()
    steps = 0
    while widget is not None and widget is not root and steps < _CHAIN_LIMIT:
        if root.isAncestorOf(widget):
            yield widget
        widget = widget.nextInFocusChain()
        steps += 1


def tab_stop(widget: QWidget, root: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(root)
    )


def editor_targets(root: QWidget) -> list[QWidget]:
    """The answer editors under `root` that Tab would reach, in order."""
    return [w for w in _chain(root) if is_focus_target(w) and tab_stop(w, root)]


def first_tab_stop(root: QWidget) -> QWidget | None:
    """The first widget under `root` that Tab reaches (a table or a button when there is no question)."""
    return next((w for w in _chain(root) if tab_stop(w, root)), None)


def next_editor(current: QWidget, root: QWidget) -> QWidget | None:
    """The first editor after `current` (or after the editor containing it) under `root`."""
    targets = editor_targets(root)
    anchor = current
    while anchor is not None and anchor not in targets and anchor is not root:
        anchor = anchor.parentWidget()
    if anchor in targets:
        position = targets.index(anchor)
        return targets[position + 1] if position + 1 < len(targets) else None
    return targets[0] if targets else None


def question_of(widget: QWidget | None):
    """The QuestionWidget a widget belongs to, if any."""
    from survey_app.gui.interview.question_widget import QuestionWidget

    while widget is not None and not isinstance(widget, QuestionWidget):
        widget = widget.parentWidget()
    return widget


def repeat_of(widget: QWidget | None):
    """The RepeatWidget (table and row editor) a widget belongs to, if any."""
    from survey_app.gui.interview.repeat_widget import RepeatWidget

    while widget is not None and not isinstance(widget, RepeatWidget):
        widget = widget.parentWidget()
    return widget


def chain_after(anchor: QWidget, root: QWidget) -> None:
    """Put every Tab stop under `root` right after `anchor` in the focus chain, keeping their order."""
    stops = [w for w in _chain(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    previous = anchor
    for widget in stops:
        QWidget.setTabOrder(previous, widget)
        previous = widget
