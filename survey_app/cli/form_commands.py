"""`survey-app check-form PATH`: load a questionnaire and list its problems in French."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check-form", help="vérifier un questionnaire XLSForm (.xlsx, .xls, .csv, .md)")
    p.add_argument("path", metavar="FICHIER")
    p.set_defaults(handler=check_form)


def check_form(args: argparse.Namespace) -> int:
    from survey_app.core.forms import load_form

    result = load_form(Path(args.path))
    if result.form is None or result.errors:
        for issue in result.errors:
            print(issue.format(), file=sys.stderr)
        for issue in result.warnings:
            print(issue.format(), file=sys.stderr)
        print(f"{len(result.errors)} erreur(s) : le questionnaire n'est pas utilisable.", file=sys.stderr)
        return 1
    for issue in result.warnings:
        print(issue.format())
    print(result.form.summary())
    return 0
