"""Project-level guarantees: the core never imports Qt, the CLI reports its version, CI runs the README's command."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import survey_app
import survey_app.core
from tests.conftest import ROOT


def _core_modules() -> list[str]:
    names = ["survey_app.core"]
    for info in pkgutil.walk_packages(survey_app.core.__path__, prefix="survey_app.core."):
        names.append(info.name)
    return names


def test_core_never_imports_qt_even_indirectly():
    modules = _core_modules()
    assert len(modules) > 3
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'survey_app.gui')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "", f"core modules pulled in Qt: {out.stdout}"


def test_version_flag_prints_the_package_version():
    out = subprocess.run(
        [sys.executable, "-m", "survey_app", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"survey-app {survey_app.__version__}"


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = ci.strip().splitlines()[-1]
    assert command in readme
    assert "pytest" in command
