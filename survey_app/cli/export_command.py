"""`survey-app export -o FICHIER.xlsx`: the consultants' Excel workbook of a store (see core/export).

Accepts `--db CHEMIN` before or after the command name (the default store otherwise). Options choose
the value style and filter by site, building, interview status and dates; `--pseudonymise` leaves out
what may identify a person. A progress line is shown on a terminal. Problems are printed in French on
stderr; exit codes: 0 written, 1 nothing written, 130 interrupted (nothing written either).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="exporter les entretiens vers un classeur Excel pour les consultants")
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="CHEMIN", help="base d'enquête à exporter")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.xlsx",
                   help="classeur à écrire (remplacé s'il existe)")
    p.add_argument("--values", choices=("codes", "labels", "both"), default="both",
                   help="réponses aux questions à choix : codes, libellés ou les deux (par défaut)")  # fmt: skip
    p.add_argument("--site", action="append", default=[], metavar="NOM", help="seulement ce site (répétable)")
    p.add_argument("--building", action="append", default=[], metavar="CODE",
                   help="seulement ce bâtiment (répétable)")
    p.add_argument("--status", action="append", default=[], metavar="STATUT",
                   help="seulement les entretiens de ce statut : brouillon, termine, valide, rejete (répétable)")  # fmt: skip
    p.add_argument("--from", dest="date_from", metavar="DATE", help="passages à partir de cette date (25/11/2026)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="passages jusqu'à cette date incluse")
    p.add_argument("--pseudonymise", action="store_true", help="retirer prénoms, textes libres et noms des enquêteurs")
    p.add_argument("--form", metavar="FICHIER", help="questionnaire XLSForm (par défaut : celui de l'application)")
    p.set_defaults(handler=run_export)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    from survey_app.core.export import ExportError, ExportOptions, export_workbook, parse_date
    from survey_app.core.forms import load_form
    from survey_app.core.store import Store, StoreError
    from survey_app.paths import default_form_path

    try:
        options = ExportOptions(
            values=args.values, sites=tuple(args.site), buildings=tuple(args.building), statuses=tuple(args.status),
            date_from=parse_date(args.date_from, "Date de début") if args.date_from else None,
            date_to=parse_date(args.date_to, "Date de fin") if args.date_to else None,
            pseudonymise=args.pseudonymise,
        )  # fmt: skip
    except ExportError as error:
        _err(error.message)
        return 1
    loaded = load_form(Path(args.form) if args.form else default_form_path())
    if not loaded.ok:
        for issue in loaded.errors:
            _err(issue.format())
        return 1
    path = Path(args.db) if getattr(args, "db", None) else Store.default_path()
    try:
        store = Store.open(path)
    except StoreError as error:
        _err(error.message)
        return 1
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\rExport : {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        report = export_workbook(store, loaded.form, args.output, options, progress=progress)
    except (ExportError, StoreError) as error:
        if interactive:
            print(file=sys.stderr)
        _err(error.message)
        return 1
    finally:
        store.close()
    if interactive:
        print(file=sys.stderr)
    print(report.summary())
    return 0
