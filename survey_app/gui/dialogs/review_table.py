"""The side-by-side table of the review screen: one row per answer, one column per version, differences highlighted.

`ComparisonTable` shows a `core.merge.Comparison`: the question (its label from the questionnaire
and its code), then the value in each version (choice codes with their labels, « — » when a version
does not have the answer, the number of occurrences for a whole repeat). Rows whose values differ
are highlighted and, when picking answer by answer, carry a « Réponse gardée » list to choose the
version each answer is taken from (`picks()`). `FormLabels` turns answer paths and codes into the
questionnaire's words; it is built from the `Form` on the worker thread and is plain data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

DIFFERS = QColor("#fde68a")  # amber: readable in black and white too, with the bold text
MISSING = QColor("#6b7280")
MAX_LABEL = 110


def version_name(position: int, kind: str = "conflit") -> str:
    """« Version A » for the versions of one interview, « Entretien A » for the interviews of a duplicate."""
    if kind == "actuel":  # a settled conflict: the interview as it now is
        return QCoreApplication.translate("ReviewTable", "Entretien actuel")
    letter = chr(ord("A") + position) if position < 26 else str(position + 1)
    if kind == "doublon":
        return QCoreApplication.translate("ReviewTable", "Entretien {letter}").format(letter=letter)
    return QCoreApplication.translate("ReviewTable", "Version {letter}").format(letter=letter)


@dataclass(frozen=True)
class FormLabels:
    """Question labels and choice labels by name (from the campaign's questionnaire)."""

    questions: dict[str, str] = field(default_factory=dict)
    choices: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_form(cls, form: Any) -> FormLabels:
        questions, choices = {}, {}
        for name, element in form.elements.items():
            text = " ".join((element.label("fr") or "").split())
            if text:
                questions[name] = text
            if getattr(element, "is_select", False):
                choices[name] = {c.name: c.label("fr") for c in form.choices_for(element)}
        return cls(questions, choices)

    def path_label(self, path: tuple[Any, ...], whole_repeat: bool = False) -> str:
        """« Membres du foyer n°3 › Âge (age) »."""
        parts, i = [], 0
        while i < len(path):
            name = str(path[i])
            text = self.questions.get(name, name)
            if i + 1 < len(path) and isinstance(path[i + 1], int):
                parts.append(QCoreApplication.translate("ReviewTable", "{repeat} n°{number}").format(
                    repeat=_short(text, 40), number=path[i + 1] + 1))
                i += 2
            else:
                parts.append(f"{_short(text, MAX_LABEL)} ({name})" if text != name else name)
                i += 1
        label = " › ".join(parts)
        if whole_repeat:
            return QCoreApplication.translate("ReviewTable", "{label} — toutes les occurrences").format(label=label)
        return label

    def value_text(self, name: str, present: bool, value: Any) -> str:
        if not present:
            return "—"
        if value is None or value == "":
            return QCoreApplication.translate("ReviewTable", "(vide)")
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return QCoreApplication.translate("ReviewTable", "{n} occurrence(s)").format(n=len(value))
        labels = self.choices.get(name)
        if labels:
            codes = value.split() if isinstance(value, str) else [str(value)]
            return " ; ".join(f"{c} – {labels[c]}" if c in labels else c for c in codes)
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
        return str(value)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tooltip(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, indent=1)[:2000]
    return str(value)


class ComparisonTable(QTableWidget):
    picks_changed = Signal()
    rebuilt = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.comparison: Any = None
        self.labels = FormLabels()
        self.base = 0
        self.picking = False
        self.only_differing = True
        self._picks: dict[tuple[Any, ...], int] = {}  # path → version position chosen for it
        self._combos: dict[tuple[Any, ...], QComboBox] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def show_comparison(self, comparison: Any, labels: FormLabels, *, picking: bool) -> None:
        self.comparison, self.labels, self.picking = comparison, labels, picking
        self.base = 0
        self._picks = {}
        self.rebuild()

    def clear_comparison(self) -> None:
        self.comparison = None
        self._picks = {}
        self.rebuild()

    def set_only_differing(self, only: bool) -> None:
        self.only_differing = only
        self.rebuild()

    def set_base(self, position: int) -> None:
        """The version kept as a whole: rows that followed the old base follow the new one."""
        old, self.base = self.base, position
        for path, chosen in list(self._picks.items()):
            if chosen == old:
                self._picks[path] = position
        for path, combo in self._combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(self._picks.get(path, position))
            combo.blockSignals(False)
        self.picks_changed.emit()

    def picks(self) -> dict[tuple[Any, ...], int]:
        """Answers taken from another version than the base: path → version position."""
        return {path: chosen for path, chosen in self._picks.items() if chosen != self.base}

    def rows(self) -> list[Any]:
        if self.comparison is None:
            return []
        only = self.only_differing and len(self.comparison.versions) > 1  # one version: show it whole
        return [r for r in self.comparison.rows if r.differs or not only]

    def rebuild(self) -> None:
        self.clear()
        self._combos = {}
        versions = self.comparison.versions if self.comparison is not None else ()
        picking = self.picking and len(versions) > 1
        kind = self.comparison.kind if self.comparison is not None else "conflit"
        headers = [self.tr("Question")] + [version_name(i, kind) for i in range(len(versions))]
        if picking:
            headers.append(self.tr("Réponse gardée"))
        rows = self.rows()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(headers)
        for row, diff in enumerate(rows):
            name = str(diff.path[-1])
            text = self.labels.path_label(diff.path, diff.whole_repeat)
            label = QTableWidgetItem(text)
            label.setToolTip(f"{self.labels.questions.get(name, name)}\n({' › '.join(str(p) for p in diff.path)})")
            self.setItem(row, 0, label)
            for column, (present, value) in enumerate(diff.values, start=1):
                item = QTableWidgetItem(self.labels.value_text(name, present, value))
                item.setToolTip(_tooltip(value) if present else self.tr("Réponse absente de cette version"))
                if not present:
                    item.setForeground(QBrush(MISSING))
                self.setItem(row, column, item)
            if diff.differs:
                for column in range(1 + len(diff.values)):
                    self.item(row, column).setBackground(QBrush(DIFFERS))
                    self.item(row, column).setFont(self._bold)
                if picking:
                    self._add_combo(row, len(headers) - 1, diff.path, len(versions))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, (220 if len(versions) > 1 else 420) if column <= len(versions) else 140)
        self.resizeRowsToContents()
        self.rebuilt.emit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # long labels and answers wrap at the width the table really has

    def _add_combo(self, row: int, column: int, path: tuple[Any, ...], count: int) -> None:
        combo = QComboBox()
        for position in range(count):
            combo.addItem(version_name(position, self.comparison.kind), position)
        combo.setCurrentIndex(self._picks.get(path, self.base))
        combo.setToolTip(self.tr("Version dont cette réponse est gardée"))
        combo.currentIndexChanged.connect(lambda index, p=path: self._picked(p, index))
        self.setCellWidget(row, column, combo)
        self._combos[path] = combo

    def _picked(self, path: tuple[Any, ...], position: int) -> None:
        self._picks[path] = position
        self.picks_changed.emit()

    def combo(self, path: tuple[Any, ...]) -> QComboBox | None:
        return self._combos.get(tuple(path))
