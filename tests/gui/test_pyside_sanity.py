"""The Qt binding must not leak references to None/True/False (PySide6 6.12.0 on Python 3.11 did:
the app died with « deallocating None » after a few thousand widget calls; pyproject excludes it)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton


def test_void_calls_do_not_leak_references_to_none(qtbot):
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.setEnabled(True)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        button.setEnabled(True)
        button.update()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert abs(after[0] - before[0]) < 50, f"None references fell from {before[0]} to {after[0]}"
    assert abs(after[1] - before[1]) < 50, f"True references fell from {before[1]} to {after[1]}"
