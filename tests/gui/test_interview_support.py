"""Helpers shared by the interview-panel tests (no tests here): a small form, a store, a panel, keyboard helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from survey_app.core.store import Store
from survey_app.gui.interview import InterviewPanel
from survey_app.gui.tasks import TaskRunner
from tests.conftest import ROOT, form_from_md
from tests.core.test_store_support import register_rows

COLUMNS = ["type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message",
           "warning", "warning_message", "appearance", "calculation"]  # fmt: skip
ROWS = [
    ("start", "debut"),
    ("username", "utilisateur"),
    ("begin_group", "ident", "A. Identification", "", "", "", "", "", "", "", "field-list"),
    ("text", "adresse", "Adresse"),
    ("text", "nom", "Nom du répondant", "Prénom ou initiales", "yes"),
    ("date", "date_visite", "Date de la visite"),
    ("end_group",),
    ("begin_group", "menage", "B. Le ménage", "", "", "", "", "", "", "", "field-list"),
    ("select_one ouinon", "chauffage", "Avez-vous le chauffage ?", "", "yes"),
    ("select_multiple energie", "energies", "Quelles énergies ?", "Plusieurs réponses possibles", "yes", "${chauffage} = '1'"),
    ("integer", "age", "Âge du répondant", "", "yes", "", ". <= 120", "âge impossible (plus de 120 ans)",
     ". >= 18", "répondant mineur : vérifier"),
    ("decimal", "surface", "Surface (m²)"),
    ("calculate", "double", "Deux fois la surface", "", "", "", "", "", "", "", "", "${surface} * 2"),
    ("end_group",),
    ("begin_group", "details", "C. Détails"),
    ("select_one sat", "satisfaction", "Satisfaction", "", "", "", "", "", "", "", "likert"),
    ("select_one ouinon", "contact", "Peut-on vous recontacter ?", "", "", "", "", "", "", "", "minimal"),
    ("time", "heure", "Heure de fin"),
    ("text", "commentaire", "Commentaire", "", "", "", "", "", "", "", "multiline"),
    ("acknowledge", "lu", "Mention lue au ménage"),
    ("note", "merci", "Merci ${nom} !"),
    ("end_group",),
    ("begin_group", "suivi", "D. Suivi", "", "", "${contact} = '2'", "", "", "", "", "field-list"),
    ("text", "raison", "Pourquoi ne pas vous recontacter ?"),
    ("end_group",),
    ("begin_repeat", "pieces", "Pièce"),
    ("text", "piece_nom", "Nom de la pièce", "", "yes"),
    ("integer", "piece_temp", "Température de la pièce"),
    ("end_repeat",),
]
CHOICES = [
    ("ouinon", "1", "Oui"), ("ouinon", "2", "Non"),
    ("energie", "1", "Électricité"), ("energie", "2", "Gaz & fioul"), ("energie", "3", "Charbon"),
    ("sat", "1", "Satisfait"), ("sat", "2", "Pas satisfait"), ("sat", "98", "Ne sait pas"),
]  # fmt: skip


def small_form_md() -> str:
    lines = ["| survey |", "| | " + " | ".join(COLUMNS) + " |"]
    for row in ROWS:
        cells = list(row) + [""] * (len(COLUMNS) - len(row))
        lines.append("| | " + " | ".join(cells) + " |")
    lines += ["| choices |", "| | list_name | name | label |"]
    lines += ["| | " + " | ".join(c) + " |" for c in CHOICES]
    lines += ["| settings |", "| | form_id | version | form_title |", "| | petit | 1 | Petit questionnaire |"]
    return "\n".join(lines)


@pytest.fixture(scope="session")
def small_form(tmp_path_factory):
    return form_from_md(small_form_md(), tmp_path_factory.mktemp("form"))


@pytest.fixture(scope="session")
def default_form():
    from survey_app.core.forms import load_form

    return load_form(ROOT / "forms" / "enquete_habitat.xlsx").form


@pytest.fixture
def store(tmp_path: Path):
    store = Store.create(tmp_path / "enquete.db")
    store.import_dwellings(register_rows(n_towers=1, entrances=1, floors=2, doors=2, houses=1), campaign="Test")
    yield store
    store.close()


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner(inline=True)
    yield runner
    runner.shutdown()


def new_interview(store: Store, form, dwelling_index: int = 0) -> str:
    dwelling = store.list_dwellings()[dwelling_index]
    return store.create_interview(dwelling.id, form.form_id, form.version, form.hash, "Marie").id


def open_panel(qtbot, runner, store, form, interview_id: str, prefill: dict | None = None) -> InterviewPanel:
    panel = InterviewPanel(runner, store, form, interview_id, "Marie", prefill or {})
    qtbot.addWidget(panel)
    panel.resize(1366, 740)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    qtbot.waitUntil(lambda: panel.session is not None)
    return panel


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def question(panel: InterviewPanel, name: str, index: tuple = ()):
    """The QuestionWidget showing (name, index), on a page already built."""
    widgets = panel.binding.questions.get((name, index), [])
    assert widgets, f"{name}{index} is not on screen"
    return widgets[0]


def type_into_focus(qtbot, text: str, then=Qt.Key.Key_Tab) -> None:
    widget = focused()
    assert widget is not None
    if text:
        qtbot.keyClicks(widget, text)
    if then is not None:
        qtbot.keyClick(widget, then)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def answers(store: Store, interview_id: str) -> dict:
    return store.get_interview(interview_id).answers
