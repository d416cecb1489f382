"""`survey-app report`, `round-sheet` and `paper-form`: the campaign's printouts as PDF files.

- `report -o FICHIER.pdf [--building CODE ...] [--site NOM] [--split DOSSIER]`: the campaign overview
  then one summary sheet per building (`--split`: also one PDF per building in DOSSIER; `-o` may
  then be left out);
- `round-sheet --building CODE [--site NOM] -o FICHIER.pdf`: the surveyor's round sheet of a
  building (`--site` alone: every dwelling of the site, houses included);
- `paper-form [QUESTIONNAIRE] -o FICHIER.pdf`: the blank questionnaire as a paper form (the default
  questionnaire when none is given).
All accept `--db CHEMIN` before or after the command name (the paper form does not need it). Files
are written atomically; problems are printed in French on stderr. Exit codes: 0 done, 1 nothing
written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", dest="db", metavar="CHEMIN", default=argparse.SUPPRESS,
                        help="base d'enquête à lire (sinon la base par défaut)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="imprimer les fiches bâtiments (PDF) : synthèse puis une fiche par bâtiment")
    _db_option(p)
    p.add_argument("-o", "--output", metavar="FICHIER", help="fichier PDF à écrire (synthèse et toutes les fiches)")
    p.add_argument("--building", dest="buildings", action="extend", nargs="+", default=[], metavar="CODE",
                   help="seulement ce ou ces bâtiments (répétable)")
    p.add_argument("--site", metavar="NOM", help="seulement les bâtiments de ce site")
    p.add_argument("--split", metavar="DOSSIER", help="écrire aussi un fichier PDF par bâtiment dans ce dossier")
    p.add_argument("--campaign", metavar="NOM", help="campagne (si la base en contient plusieurs)")
    p.add_argument("--form", metavar="QUESTIONNAIRE", help="questionnaire dont lire les libellés (sinon celui par défaut)")
    p.add_argument("--no-overview", action="store_true", help="sans la page de synthèse")
    p.set_defaults(handler=report)

    p = sub.add_parser("round-sheet", help="imprimer la feuille de tournée d'un bâtiment (PDF)")
    _db_option(p)
    p.add_argument("--building", metavar="CODE", help="bâtiment (code du registre, par ex. « Tour Ravel »)")
    p.add_argument("--site", metavar="NOM", help="site du bâtiment, ou tout le site si --building est absent")
    p.add_argument("--campaign", metavar="NOM", help="campagne (si la base en contient plusieurs)")
    p.add_argument("-o", "--output", metavar="FICHIER", required=True, help="fichier PDF à écrire")
    p.set_defaults(handler=round_sheet)

    p = sub.add_parser("paper-form", help="imprimer le questionnaire vierge en version papier (PDF)")
    _db_option(p)
    p.add_argument("form", metavar="QUESTIONNAIRE", nargs="?", help="questionnaire XLSForm (sinon celui par défaut)")
    p.add_argument("-o", "--output", metavar="FICHIER", required=True, help="fichier PDF à écrire")
    p.add_argument("--rows", type=int, default=8, metavar="N",
                   help="lignes vides des tableaux (personnes, appareils), 8 par défaut")
    p.set_defaults(handler=paper_form)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _load_form(path: str | None):
    from survey_app.core.forms import load_form
    from survey_app.paths import default_form_path

    result = load_form(Path(path) if path else default_form_path())
    if result.form is None or result.errors:
        for issue in result.errors:
            _err(issue.format())
        _err(f"Questionnaire « {path or default_form_path()} » inutilisable : rien n'a été écrit.")
        return None
    return result.form


def _open_store(args: argparse.Namespace):
    from survey_app.core.store import Store

    return Store.open(args.db) if getattr(args, "db", None) else Store.open_default()


def report(args: argparse.Namespace) -> int:
    from survey_app.core.reports import ReportError, ReportOptions, write_building_report
    from survey_app.core.store import StoreError

    if not args.output and not args.split:
        _err("Indiquez le fichier à écrire (-o FICHIER.pdf) ou un dossier (--split DOSSIER).")
        return 1
    form = _load_form(args.form)
    if form is None:
        return 1
    options = ReportOptions(buildings=tuple(args.buildings), site=args.site, campaign=args.campaign,
                            split_dir=Path(args.split) if args.split else None, overview=not args.no_overview)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} pages mises en forme", end="", file=sys.stderr, flush=True)

    try:
        with _open_store(args) as store:
            result = write_building_report(store, form, args.output, options, progress=progress)
    except (StoreError, ReportError) as exc:
        _err(("\n" if sys.stderr.isatty() else "") + exc.message)
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(result.summary())
    return 0


def round_sheet(args: argparse.Namespace) -> int:
    from survey_app.core.reports import ReportError, write_round_sheet
    from survey_app.core.store import StoreError

    try:
        with _open_store(args) as store:
            result = write_round_sheet(store, args.output, building=args.building, site=args.site,
                                       campaign=args.campaign)
    except (StoreError, ReportError) as exc:
        _err(exc.message)
        return 1
    print(result.summary())
    return 0


def paper_form(args: argparse.Namespace) -> int:
    from survey_app.core.reports import ReportError, write_paper_form

    if not 1 <= args.rows <= 40:
        _err("--rows doit être compris entre 1 et 40.")
        return 1
    form = _load_form(args.form)
    if form is None:
        return 1
    try:
        result = write_paper_form(form, args.output, repeat_rows=args.rows)
    except ReportError as exc:
        _err(exc.message)
        return 1
    print(result.summary())
    return 0
