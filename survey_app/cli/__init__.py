"""Headless command line: `survey-app COMMAND ...`; with no command it opens the application.

Each command lives in its own module of this package and registers itself through
`register(subparsers)`. Commands call the core only; they print French messages and return an exit
code, never a Python traceback for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from survey_app import APP_NAME, __version__

# Modules that register sub-commands, in the order they appear in `--help`.
COMMAND_MODULES = [
    "survey_app.cli.form_commands",
    "survey_app.cli.store_commands",
    "survey_app.cli.merge_commands",
    "survey_app.cli.demo_command",
    "survey_app.cli.export_command",
    "survey_app.cli.report_command",
    "survey_app.cli.selftest_command",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="survey-app",
        description=f"{APP_NAME} : enquêtes porte-à-porte sur l'énergie dans le logement.",
    )
    parser.add_argument("--version", action="version", version=f"survey-app {__version__}")
    parser.add_argument("--db", metavar="CHEMIN", help="base d'enquête à ouvrir (sinon la base par défaut)")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from survey_app.gui.app import run_app

        return run_app(db_path=args.db)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
