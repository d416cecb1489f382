"""PySide6 user interface, built on survey_app.core."""
