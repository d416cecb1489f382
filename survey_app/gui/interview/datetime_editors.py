"""Editors for dates and times, typed the French way (25/11/2026, 14:30) with a one-click « now ».

A plain line edit keeps the empty state (a date may be unknown) and lets the surveyor type fast;
the engine parses 25/11/2026, 25.11.2026, 2026-11-25, 14:30 or 14h30 and explains a mistake in
French. The button fills today's date or the current time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from survey_app.core.forms.model import Question
from survey_app.gui.interview.text_editors import LineEditor


class _StampedEditor(LineEditor):
    button_label = ""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.stamp = QPushButton(QCoreApplication.translate("StampedEditor", self.button_label), self)
        self.stamp.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stamp.setToolTip(self.tr("Remplir avec la date ou l'heure actuelle"))
        self.row.insertWidget(1, self.stamp)
        self.stamp.clicked.connect(self._stamp)

    def now_text(self) -> str:
        raise NotImplementedError

    def _stamp(self) -> None:
        if self.read_only:
            return
        self.line.setText(self.now_text())
        self.edited.emit(self.line.text(), True)

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        self.stamp.setEnabled(not read_only)


class DateEditor(_StampedEditor):
    width = 150
    placeholder = QT_TRANSLATE_NOOP("LineEditor", "jj/mm/aaaa")
    button_label = QT_TRANSLATE_NOOP("StampedEditor", "Aujourd'hui")

    def now_text(self) -> str:
        return dt.date.today().strftime("%d/%m/%Y")


class TimeEditor(_StampedEditor):
    width = 110
    placeholder = QT_TRANSLATE_NOOP("LineEditor", "hh:mm")
    button_label = QT_TRANSLATE_NOOP("StampedEditor", "Maintenant")

    def now_text(self) -> str:
        return dt.datetime.now().strftime("%H:%M")


class DateTimeEditor(_StampedEditor):
    width = 200
    placeholder = QT_TRANSLATE_NOOP("LineEditor", "jj/mm/aaaa hh:mm")
    button_label = QT_TRANSLATE_NOOP("StampedEditor", "Maintenant")

    def now_text(self) -> str:
        return dt.datetime.now().strftime("%d/%m/%Y %H:%M")
