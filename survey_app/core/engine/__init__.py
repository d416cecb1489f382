"""The form engine: fill an interview with skip logic, calculations, constraints and warnings."""

from survey_app.core.engine.coercion import AnswerError, coerce, is_empty
from survey_app.core.engine.session import Changes, FormSession, NodeState, Problem, SessionMeta

__all__ = ["AnswerError", "Changes", "FormSession", "NodeState", "Problem", "SessionMeta", "coerce", "is_empty"]
