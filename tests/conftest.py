"""Shared test set-up: headless Qt, and small helpers to build forms from Markdown tables."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def form_from_md(md: str, tmp_dir: Path | None = None):
    """Compile a questionnaire written as pyxform-style Markdown tables; fail on any error."""
    import tempfile

    from survey_app.core.forms import load_form

    folder = Path(tmp_dir or tempfile.mkdtemp())
    path = folder / "form.md"
    path.write_text(md.strip("\n") + "\n", encoding="utf-8")
    result = load_form(path)
    assert not result.errors, "\n".join(i.format() for i in result.errors)
    return result.form


def load_md(md: str, tmp_dir: Path):
    """Like form_from_md, but return the LoadResult so tests can look at the issues."""
    from survey_app.core.forms import load_form

    path = Path(tmp_dir) / "form.md"
    path.write_text(md.strip("\n") + "\n", encoding="utf-8")
    return load_form(path)
