"""Helpers shared by the consultant-screen tests (no tests here): demo stores, a master with a conflict and a
duplicate, driving modal dialogs by their type, and finding buttons and message boxes by their French text.

Stores are small demo campaigns (`core.demo.build_demo`, 40 dwellings) filled with the default
questionnaire; `conflicted_master` merges a laptop's package into a master, edits the same interview
on both, and merges again, so the master holds one interview « en conflit »; a second interview made
on the laptop for a dwelling already surveyed makes a « doublon ».
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

SURVEYOR = "Camille Enquêtrice"
CONSULTANT = "Claire Consultante"


def default_form():
    from survey_app.gui.interview_launcher import default_form as load

    return load()  # cached for the run, and the same one the GUI's jobs use


def demo_store(folder: Path, name: str, *, seed: int = 3, dwellings: int = 40, surveyor: str = SURVEYOR):
    from survey_app.core.demo import build_demo
    from survey_app.core.store import Store

    store = Store.create(folder / f"{name}.db", device_name=name)
    build_demo(store, default_form(), dwellings=dwellings, seed=seed, surveyor=surveyor)
    return store


@dataclass
class Master:
    master: Any
    laptop: Any
    target: str  # the interview in conflict
    duplicate_dwelling: str
    packages: list[Path]
    claire: dict  # the master's version of the answers
    marie: dict  # the laptop's version


def conflicted_master(folder: Path) -> Master:
    from survey_app.core.merge import merge_packages, write_package
    from survey_app.core.store import Store

    laptop = demo_store(folder, "PC-Marie", surveyor="Marie")
    first = write_package(laptop, folder / "lundi.enqpkg", surveyor="Marie").path
    master = Store.create(folder / "maitre.db", device_name="PC-Bureau")
    merge_packages(master, [first])
    done = laptop.list_interviews(status="termine")
    target, twice = done[0], done[1]
    master.save_answer(target.id, ("temp_sejour",), 21.0, surveyor=CONSULTANT)
    master.save_answer(target.id, ("chauff_suffisant",), "1", surveyor=CONSULTANT)
    laptop.save_answer(target.id, ("temp_sejour",), 18.5, surveyor="Marie")
    laptop.save_answer(target.id, ("commentaire",), "Radiateur froid dans la chambre.", surveyor="Marie")
    other = dict(laptop.get_interview(twice.id).answers, repondant="2", temp_sejour=17.5)
    laptop.create_interview(twice.dwelling_id, twice.form_id, twice.form_version, twice.form_hash, "Marie", other,
                            status="termine")  # fmt: skip
    second = write_package(laptop, folder / "mardi.enqpkg", surveyor="Marie").path
    return Master(master, laptop, target.id, twice.dwelling_id, [first, second],
                  master.get_interview(target.id).answers, laptop.get_interview(target.id).answers)


def when_dialog(qtbot, kind: type, act, *, tries: int = 3000) -> None:
    """Run `act(dialog)` on the next modal dialog of type `kind`, from inside its exec() loop.

    Other modal windows met meanwhile (the progress dialog, another box) are left alone.
    """
    left = [tries]

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        elif left[0] > 0:
            left[0] -= 1
            QTimer.singleShot(5, poll)
        else:
            raise AssertionError(f"no {kind.__name__} opened")

    QTimer.singleShot(0, poll)


def button(widget: QWidget, text: str) -> QAbstractButton:
    """The button whose text (without its & mnemonic) is `text`."""
    found = [b for b in widget.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert found, f"no button « {text} » in {[b.text() for b in widget.findChildren(QAbstractButton)]}"
    return found[0]


def answer_box(qtbot, answers: list, *, click: str | None = None) -> None:
    """Record the next QMessageBox's title and text in `answers`, then press `click` (or its default)."""

    def act(box: QMessageBox):
        answers.append((box.windowTitle(), box.text(), box.informativeText()))
        if click is None:
            box.accept() if box.defaultButton() is None else box.defaultButton().click()
        else:
            button(box, click).click()

    when_dialog(qtbot, QMessageBox, act)


def menu_action(window, text: str):
    """The action named `text` (without &) in any menu of the window's menu bar."""
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu else []:
            if action.text().replace("&", "").split(" (")[0] == text:
                return action
    raise AssertionError(f"no menu entry « {text} »")
