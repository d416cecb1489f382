"""Right pane of the main window: the selected dwelling (or group) in large type, with its action buttons.

For a dwelling: where it is, its register facts, its status (icon and colour), the appointment or the
refusal, the big « Commencer / Reprendre l'entretien » button, the visit-outcome buttons (each shows its
one-key shortcut) and the history of door knocks. For a site, building, entrance or floor: its counts
per status, which doubles as the legend of the icons. This view only lays out and formats what it is
given; the main window owns the actions behind the buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from survey_app.core.store.records import DwellingRow, VisitRecord, local_datetime_label
from survey_app.gui import icons, status_style
from survey_app.gui.models.campaign_tree import dwelling_title

STATUS_ICON_SIZE = 36


def _label(name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


class DwellingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.empty_label = QLabel(
            self.tr("Choisissez un logement dans la liste (flèches haut et bas), puis Entrée pour commencer l'entretien.")
        )
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_dwelling_page())
        self.group_page: QWidget | None = None  # built the first time a group is shown (start-up time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addWidget(self.stack)

    # -- construction --------------------------------------------------------------------------------

    def _build_dwelling_page(self) -> QWidget:
        self.title = _label("title")
        self.place = _label("subtitle")
        self.address = _label()
        self.facts = _label("hint")
        self.status_icon = QLabel()
        self.status_icon.setFixedSize(STATUS_ICON_SIZE, STATUS_ICON_SIZE)
        self.status_text = _label("status")
        self.status_detail = _label()
        status_row = QGridLayout()
        status_row.addWidget(self.status_icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_text, 0, 1)
        status_row.addWidget(self.status_detail, 1, 1)
        status_row.setColumnStretch(1, 1)
        self.interview_button = QPushButton()
        self.interview_button.setObjectName("primary")
        self.interview_button.setIcon(icons.icon("action_interview"))
        self.interview_button.setIconSize(QSize(24, 24))
        self.interview_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        outcomes_title = _label("section")
        outcomes_title.setText(self.tr("Résultat du passage (une touche)"))
        self.outcome_grid = QGridLayout()
        self.outcome_grid.setSpacing(6)
        self.history_title = _label("section")
        self.history_title.setText(self.tr("Passages"))
        self.history = _label()
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(6)
        for widget in (self.title, self.place, self.address, self.facts):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(status_row)
        layout.addSpacing(10)
        layout.addWidget(self.interview_button)
        layout.addSpacing(10)
        layout.addWidget(outcomes_title)
        layout.addLayout(self.outcome_grid)
        layout.addSpacing(10)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _build_group_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 4, 12, 4)
        self.group_title = _label("title")
        self.group_counts = _label("subtitle")
        self.legend = QGridLayout()
        self.legend.setHorizontalSpacing(10)
        self.legend.setColumnStretch(1, 1)
        self.legend_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for row, status in enumerate(status_style.STATUS_ORDER):
            icon = QLabel()
            icon.setPixmap(icons.status_icon(status).pixmap(24, 24))
            text = QLabel()
            count = QLabel()
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text.setText(status_style.label(status))
            text.setStyleSheet(f"color: {status_style.colour(status)}; font-weight: bold;")
            self.legend.addWidget(icon, row, 0)
            self.legend.addWidget(text, row, 1)
            self.legend.addWidget(count, row, 2)
            self.legend_rows[status] = (text, count)
        hint = _label("hint")
        hint.setText(self.tr("Flèche droite pour ouvrir ce niveau, flèche bas pour passer au suivant."))
        layout.addWidget(self.group_title)
        layout.addWidget(self.group_counts)
        layout.addSpacing(12)
        layout.addLayout(self.legend)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def set_outcome_actions(self, actions: Sequence[QAction], undo: QAction) -> None:
        """One button per outcome action (two columns), then the undo button across the row."""
        for position, action in enumerate(actions):
            button = self._tool_button(action)
            self.outcome_grid.addWidget(button, position // 2, position % 2)
        undo_button = self._tool_button(undo)
        self.outcome_grid.addWidget(undo_button, (len(actions) + 1) // 2, 0, 1, 2)

    @staticmethod
    def _tool_button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setObjectName("outcome")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(22, 22))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # -- content ----------------------------------------------------------------------------------------

    def show_nothing(self, empty_store: bool = False) -> None:
        self.empty_label.setVisible(not empty_store)
        self.stack.setCurrentIndex(0)

    def show_dwelling(self, row: DwellingRow, interview_text: str) -> None:
        self.title.setText(dwelling_title(row))
        self.place.setText(f"{row.location_label} · {row.site_name}" if row.building_code else row.site_name)
        self.address.setText(row.address or "")
        self.address.setVisible(bool(row.address))
        facts = []
        if row.typology:
            facts.append(row.typology_label or self.tr("T{rooms}").format(rooms=row.typology))
        if row.surface is not None:
            facts.append(self.tr("{surface} m²").format(surface=_number(row.surface)))
        facts.append(self.tr("réf. {ref}").format(ref=row.landlord_ref))
        if row.register_status == "vacant":
            facts.append(self.tr("signalé vacant par le bailleur"))
        elif row.register_status == "demoli":
            facts.append(self.tr("signalé démoli par le bailleur"))
        self.facts.setText(" · ".join(facts))
        self.status_icon.setPixmap(icons.status_icon(row.status).pixmap(STATUS_ICON_SIZE, STATUS_ICON_SIZE))
        self.status_text.setText(row.status_label)
        self.status_text.setStyleSheet(f"color: {status_style.colour(row.status)};")
        detail = []
        if row.status == "rendez_vous" and row.appointment_at is not None and row.appointment_at < _now():
            detail.append(self.tr("Ce rendez-vous est passé : à reprogrammer (touche R)."))
        if row.status == "refus" and row.refusal_reason:
            detail.append(self.tr("Motif : {reason}").format(reason=row.refusal_reason))
        if row.last_visit_note:
            detail.append(row.last_visit_note)
        self.status_detail.setText("\n".join(detail))
        self.status_detail.setVisible(bool(detail))
        self.interview_button.setText(interview_text)
        self.stack.setCurrentIndex(1)

    def show_visits(self, visits: Sequence[VisitRecord]) -> None:
        if not visits:
            nothing = self.tr("Aucun passage pour l’instant.")
            self.history.setText(f"<i>{nothing}</i>")
            return
        lines = []
        for visit in reversed(visits):
            text = f"<b>{local_datetime_label(visit.visited_at)}</b> — {_escape(visit.outcome_label)}"
            if visit.outcome == "rendez_vous" and visit.appointment_at is not None:
                text += " " + self.tr("pour le {when}").format(when=local_datetime_label(visit.appointment_at))
            text += f" <span style='color:#4b5563'>({_escape(visit.surveyor)})</span>"
            extra = visit.refusal_reason or visit.note
            if extra:
                text += f"<br/><span style='color:#4b5563'>{_escape(extra)}</span>"
            lines.append(text)
        self.history.setText("<br/>".join(lines))

    def show_group(self, label: str, counts: Mapping[str, int]) -> None:
        if self.group_page is None:
            self.group_page = self._build_group_page()
            self.stack.addWidget(self.group_page)
        total = sum(counts.values())
        done = status_style.done_count(dict(counts))
        self.group_title.setText(label)
        self.group_counts.setText(
            self.tr("{total} logement(s) · faits : {done} · à faire : {todo}").format(total=total, done=done, todo=total - done)
        )
        for status, (text, count) in self.legend_rows.items():
            count.setText(str(counts.get(status, 0)))
        self.stack.setCurrentWidget(self.group_page)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
