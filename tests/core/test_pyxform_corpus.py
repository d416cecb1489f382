"""Agree with pyxform on its own test corpus: reject what it rejects, load what it accepts.

A form pyxform accepts may only be refused when it uses an XLSForm feature outside what this app
supports, and then every error must name that feature (code "unsupported-feature") with its row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from survey_app.core.forms import load_form

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "pyxform-examples"  # copy of shared/external-forms
VERDICTS = CORPUS / "VERDICTS.tsv"


def _cases():
    if not VERDICTS.exists():
        return []
    cases = []
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            verdict, relative, *_ = line.split("\t")
            cases.append(pytest.param(verdict, relative, id=relative))
    return cases


@pytest.mark.parametrize("verdict,relative", _cases())
def test_agrees_with_pyxform(verdict, relative):
    result = load_form(CORPUS / relative)
    if verdict == "reject":
        assert not result.ok, f"pyxform rejects {relative} but it loaded"
        assert result.errors and all(e.message for e in result.errors)
        return
    if result.ok:
        assert result.form.elements
        return
    unsupported = [e for e in result.errors if e.code == "unsupported-feature"]
    assert unsupported, [e.format() for e in result.errors]
    for error in unsupported:
        assert error.row is not None and "non pris" in error.message
    for error in result.errors:
        assert error.sheet and error.row is not None, error.format()


def test_corpus_is_all_there():
    assert len(_cases()) == 78
