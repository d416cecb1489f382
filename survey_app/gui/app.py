"""Composition root of the desktop application: paths, store, QApplication, main window."""

from __future__ import annotations

import sys


def run_app(db_path: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from survey_app import APP_NAME, ORG_NAME

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.setCentralWidget(QLabel("Enquête Habitat"))
    window.resize(1000, 700)
    window.show()
    return app.exec()
