"""Filling an interview: the form generated from the questionnaire, page by page, saved as it is typed.

The main window only needs `InterviewPanel` (see `panel.py`); the other modules are its parts: the
page plan, one module per family of answer editors and their registry, the question frame, repeat
tables, the side panel of pages, the engine binding, autosave, navigation and the finish summary.
"""

from survey_app.gui.interview.panel import InterviewPanel

__all__ = ["InterviewPanel"]
