"""`survey-app init-store` and `survey-app import-dwellings FICHIER`: create a store, load a landlord register.

Both accept `--db CHEMIN` before or after the command name; without it they use the default store in
the user's data folder. Problems are printed in French on stderr with their row numbers; a register
with bad rows imports nothing unless `--skip-bad-rows` is given. Exit codes: 0 done, 1 nothing done.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps the value given before the command name (`survey-app --db X cmd`) when the option
    # is not repeated after it.
    parser.add_argument(
        "--db", dest="db", metavar="CHEMIN", default=argparse.SUPPRESS,
        help="base d'enquête à utiliser (sinon la base par défaut)",
    )  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init-store", help="créer une nouvelle base d'enquête vide")
    _add_db_option(p)
    p.add_argument("--device-name", metavar="NOM", help="nom de ce poste (par défaut : nom de l'ordinateur)")
    p.set_defaults(handler=init_store)

    p = sub.add_parser(
        "import-dwellings",
        help="importer (ou mettre à jour) la liste des logements du bailleur (.xlsx, .csv)",
    )
    p.add_argument("file", metavar="FICHIER")
    _add_db_option(p)
    p.add_argument(
        "--map", dest="mapping", action="append", default=[], metavar="CHAMP=COLONNE",
        help="indiquer la colonne d'un champ non reconnu, par ex. --map etage=Niveau (répétable)",
    )  # fmt: skip
    p.add_argument("--skip-bad-rows", action="store_true", help="importer les lignes correctes et ignorer les autres")
    p.add_argument("--campaign", metavar="NOM", help="campagne (par défaut : la seule campagne de la base)")
    p.add_argument("--site", metavar="NOM", help="site des logements quand le fichier n'a pas de colonne site")
    p.add_argument("--sheet", metavar="FEUILLE", help="feuille du classeur (par défaut : la première)")
    p.set_defaults(handler=import_dwellings)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def init_store(args: argparse.Namespace) -> int:
    from survey_app.core.store import Store, StoreError

    path = Path(args.db) if getattr(args, "db", None) else Store.default_path()
    try:
        with Store.create(path, device_name=args.device_name) as store:
            print(f"Base d'enquête créée : {store.path} (schéma {store.schema_version}, poste {store.device_id}).")
    except StoreError as exc:
        _err(str(exc))
        return 1
    return 0


def _campaign_name(store: object, wanted: str | None) -> str | None:
    if wanted:
        return wanted
    names = [c.name for c in store.campaigns()]  # type: ignore[attr-defined]
    if len(names) == 1:
        return names[0]
    if not names:
        return f"Campagne {date.today().year}"
    _err(f"La base contient plusieurs campagnes ({', '.join(names)}) : précisez laquelle avec --campaign NOM.")
    return None


def import_dwellings(args: argparse.Namespace) -> int:
    from survey_app.core.store import Store, StoreError
    from survey_app.core.store.register_import import parse_mapping, read_register

    mapping, map_issues = parse_mapping(args.mapping)
    if map_issues:
        for issue in map_issues:
            _err(issue.format())
        return 1
    result = read_register(Path(args.file), mapping=mapping, sheet=args.sheet, default_site=args.site)
    for issue in result.issues:
        _err(issue.format())
    if result.file_errors:
        _err("Aucun logement importé.")
        return 1
    if result.columns:
        from survey_app.core.store.register_fields import FIELD_LABELS

        used = ", ".join(f"{FIELD_LABELS[f]} ← « {c} »" for f, c in result.columns.items())
        print(f"Colonnes reconnues : {used}.")
    bad = len(result.bad_rows)
    if bad and not args.skip_bad_rows:
        _err(
            f"Aucun logement importé : {bad} ligne(s) en erreur sur {result.data_rows}. Corrigez le fichier, "
            f"ou relancez avec --skip-bad-rows pour importer les {len(result.rows)} ligne(s) correcte(s)."
        )
        return 1
    if not result.rows:
        _err("Aucun logement à importer dans ce fichier.")
        return 1
    try:
        store = Store.open(args.db) if getattr(args, "db", None) else Store.open_default()
    except StoreError as exc:
        _err(str(exc))
        return 1
    try:
        campaign = _campaign_name(store, args.campaign)
        if campaign is None:
            return 1
        report = store.import_dwellings(result.rows, campaign=campaign)
    except StoreError as exc:
        _err(f"{exc}\nAucun logement importé.")
        return 1
    finally:
        store.close()
    if bad:
        print(f"{bad} ligne(s) en erreur ignorée(s) (--skip-bad-rows).")
    print(f"{len(result.rows)} logement(s) lu(s) dans « {result.path.name} ». {report.format()}")
    return 0
