"""`survey-app self-test`: check that this installation works (see survey_app/selftest.py).

Runs in a temporary folder and leaves nothing behind, unless `--keep DOSSIER` asks to keep the store,
the workbook and the PDF it produced. `--form FICHIER` tests another questionnaire than the bundled
one; `--db CHEMIN` (before or after the command name) also opens that survey store and checks its
integrity. Exit codes: 0 every step passed, 1 a step failed (named on the screen, in French).
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "self-test",
        help="vérifier que l'application installée fonctionne (questionnaire, base, export Excel, PDF, fenêtre)",
    )
    p.add_argument(
        "--db", dest="db", metavar="CHEMIN", default=argparse.SUPPRESS,
        help="vérifier aussi cette base d'enquête (ouverture et intégrité)",
    )  # fmt: skip
    p.add_argument("--form", metavar="FICHIER", help="questionnaire à tester (par défaut : celui livré avec l'application)")
    p.add_argument("--keep", metavar="DOSSIER", help="garder dans ce dossier vide la base, le classeur, le PDF et les captures de la fenêtre")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from survey_app.selftest import run_selftest

    return run_selftest(form_path=args.form, db_path=getattr(args, "db", None), keep_dir=args.keep)
