"""`survey-app demo`: fill a store with a realistic synthetic campaign (see core/demo.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="remplir une base avec une campagne fictive réaliste (démonstration, tests)")
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="CHEMIN", help="base à créer ou à compléter")
    p.add_argument("--dwellings", type=int, default=200, metavar="N", help="nombre de logements (200 par défaut)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="graine : la même graine donne la même campagne")
    p.add_argument("--surveyor", default="Enquêteur démo", metavar="NOM", help="nom de l'enquêteur")
    p.add_argument("--device", default=None, metavar="NOM", help="nom du poste (portable) qui enregistre")
    p.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from survey_app.core.demo import build_demo
    from survey_app.core.forms import load_form
    from survey_app.core.store import Store, StoreError
    from survey_app.paths import default_form_path

    if not 1 <= args.dwellings <= 200_000:
        print("--dwellings doit être compris entre 1 et 200 000.", file=sys.stderr)
        return 2
    loaded = load_form(default_form_path())
    if not loaded.ok:
        for issue in loaded.errors:
            print(issue.format(), file=sys.stderr)
        return 1
    path = Path(args.db) if getattr(args, "db", None) else Store.default_path()
    fast = {"synchronous": "OFF"}  # a demo is regenerated, not precious: skip fsync while filling
    try:
        store = Store.open(path, pragmas=fast) if path.exists() else Store.create(path, device_name=args.device, pragmas=fast)
    except StoreError as error:
        print(error.message, file=sys.stderr)
        return 1
    try:
        if store.list_interviews():
            print(f"La base {path} contient déjà des entretiens : la démonstration ne s'ajoute qu'à une base "
                  "sans entretien. Choisissez un autre fichier avec --db.", file=sys.stderr)
            return 1
        if args.device:
            store.set_device_name(args.device)

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total} logements", end="", file=sys.stderr, flush=True)

        report = build_demo(store, loaded.form, dwellings=args.dwellings, seed=args.seed,
                            surveyor=args.surveyor, progress=progress, form_path=str(default_form_path()))
    except StoreError as error:
        print(error.message, file=sys.stderr)
        return 1
    finally:
        store.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Campagne de démonstration créée dans {path} : {report.summary()}.")
    return 0
