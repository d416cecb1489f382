"""Domain logic of the survey app: form engine, store, merge, export, reports.

Nothing under this package may import PySide6 or survey_app.gui (a test enforces it).
"""
