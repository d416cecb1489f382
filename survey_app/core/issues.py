"""Problems as data: a form-authoring or input problem is an `Issue`, never exception text.

An `Issue` names where it is (sheet, row, column) and says what is wrong in French. Callers collect
them into lists; the command line and the GUI render them with `Issue.format()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One problem found in a file: `message` is French and complete on its own."""

    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    severity: Severity = "error"
    code: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def location(self) -> str:
        parts = []
        if self.sheet is not None:
            parts.append(f"feuille '{self.sheet}'")
        if self.row is not None:
            parts.append(f"ligne {self.row}")
        if self.column is not None:
            parts.append(f"colonne {self.column}")
        return ", ".join(parts)

    def format(self) -> str:
        """`feuille 'survey', ligne 12, colonne relevant : message` (with 'attention' for warnings)."""
        where = self.location()
        prefix = "attention : " if self.severity == "warning" else ""
        return f"{where} : {prefix}{self.message}" if where else f"{prefix}{self.message}"


def errors_of(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def warnings_of(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if not i.is_error]
