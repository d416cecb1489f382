"""`survey-app pack`, `merge`, `import-field-pack`, `review` and `assign`: packages between laptops and the master.

- `pack -o FICHIER [--db BASE]`: the laptop's data as one package file (`--for-laptop` on the master:
  the news for the laptops, without answers);
- `merge --into MAITRE FICHIER...`: merge packages into the master (created if missing), print the
  French report per file, `--json CHEMIN` writes it as JSON too;
- `import-field-pack FICHIER [--db BASE]`: a laptop learns statuses, appointments and assignments;
- `review [--db MAITRE]`: list the conflicts and duplicates to review;
- `assign --surveyor NOM (--site S | --building B | --dwelling REF)`: assign dwellings on the master.
All accept `--db` before or after the command name. Exit codes: 0 done, 1 refused or failed (for
`merge`: at least one file was refused; the others were merged).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _db_option(parser: argparse.ArgumentParser, *names: str, help_text: str) -> None:
    parser.add_argument(*names, "--db", dest="db", metavar="CHEMIN", default=argparse.SUPPRESS, help=help_text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pack", help="écrire un paquet (.enqpkg) des enquêtes de ce poste, ou le paquet de retour")
    _db_option(p, help_text="base à empaqueter (sinon la base par défaut)")
    p.add_argument("-o", "--output", dest="output", metavar="FICHIER", required=True, help="paquet à écrire")
    p.add_argument(
        "--for-laptop", action="store_true",
        help="sur la base maître : paquet de retour pour les portables (statuts, rendez-vous, affectations)",
    )  # fmt: skip
    p.add_argument("--surveyor", metavar="NOM", help="enquêteur qui remet le paquet (inscrit dans le manifeste)")
    p.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe déjà")
    p.set_defaults(handler=pack)

    p = sub.add_parser("merge", help="fusionner des paquets de portables dans la base maître")
    _db_option(p, "--into", help_text="base maître (créée si elle n'existe pas)")
    p.add_argument("files", metavar="FICHIER", nargs="+", help="paquets .enqpkg à fusionner")
    p.add_argument("--json", metavar="CHEMIN", help="écrire aussi le rapport en JSON")
    p.set_defaults(handler=merge)

    p = sub.add_parser("import-field-pack", help="importer sur un portable le paquet de retour de la base maître")
    p.add_argument("file", metavar="FICHIER")
    _db_option(p, help_text="base du portable (sinon la base par défaut)")
    p.set_defaults(handler=import_field_pack)

    p = sub.add_parser("review", help="lister les conflits et doublons à revoir dans la base maître")
    _db_option(p, help_text="base maître")
    p.add_argument("--all", action="store_true", help="inclure les points déjà réglés")
    p.set_defaults(handler=review)

    p = sub.add_parser("assign", help="affecter des logements à un enquêteur (base maître)")
    _db_option(p, help_text="base maître")
    p.add_argument("--surveyor", metavar="NOM", help="enquêteur à qui affecter les logements")
    p.add_argument("--withdraw", action="store_true", help="retirer l'affectation au lieu d'affecter")
    p.add_argument("--site", metavar="NOM", help="tous les logements de ce site")
    p.add_argument("--building", metavar="CODE", help="tous les logements de ce bâtiment")
    p.add_argument("--dwelling", metavar="REF", action="append", default=[], help="référence bailleur (répétable)")
    p.add_argument("--by", metavar="NOM", default="consultant", help="qui décide l'affectation (journal)")
    p.set_defaults(handler=assign)


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _open(args: argparse.Namespace):  # noqa: ANN202
    from survey_app.core.store import Store

    db = getattr(args, "db", None)
    return Store.open(Path(db) if db else Store.default_path())


def pack(args: argparse.Namespace) -> int:
    from survey_app.core.merge import write_field_pack, write_package
    from survey_app.core.store import StoreError

    try:
        with _open(args) as store:
            if args.for_laptop:
                written = write_field_pack(store, args.output, overwrite=args.force)
            else:
                written = write_package(store, args.output, surveyor=args.surveyor, overwrite=args.force)
    except StoreError as exc:
        _err(str(exc))
        return 1
    counts = written.manifest.counts
    what = (
        f"paquet de retour : {counts.get('statuts_entretiens', 0)} statut(s) d'entretien, {counts.get('visites', 0)} "
        f"visite(s), {counts.get('affectations', 0)} affectation(s)"
        if args.for_laptop
        else f"{counts.get('entretiens', 0)} entretien(s), {counts.get('visites', 0)} visite(s)"
    )
    print(f"Paquet écrit : {written.path} ({written.size // 1024 + 1} Ko ; {what}).")
    return 0


def _write_json(path: Path, text: str) -> None:
    """Temp file in the destination folder, fsync, rename: never a half-written report."""
    path = path.expanduser().absolute()
    tmp = path.with_name(f".{path.name}.partiel")
    try:
        with tmp.open("w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def merge(args: argparse.Namespace) -> int:
    from survey_app.core.merge import merge_into
    from survey_app.core.store import StoreError

    master = getattr(args, "db", None)
    if not master:
        _err("Précisez la base maître : survey-app merge --into MAITRE.db FICHIER...")
        return 1
    if args.json and not Path(args.json).expanduser().absolute().parent.is_dir():
        _err(f"Le dossier du rapport JSON « {Path(args.json).parent} » n'existe pas : rien n'a été fusionné.")
        return 1
    try:
        report = merge_into(master, args.files)
    except StoreError as exc:
        _err(str(exc))
        return 1
    print(report.format())
    if args.json:
        try:
            _write_json(Path(args.json), report.to_json())
        except OSError as exc:
            _err(f"Rapport JSON non écrit dans « {args.json} » ({exc.strerror or exc}) ; la fusion est faite.")
            return 1
    return 1 if report.refused else 0


def import_field_pack(args: argparse.Namespace) -> int:
    from survey_app.core.merge import import_field_pack as run
    from survey_app.core.store import StoreError

    try:
        with _open(args) as store:
            report = run(store, args.file)
    except StoreError as exc:
        _err(str(exc))
        return 1
    print(report.format())
    return 0


def review(args: argparse.Namespace) -> int:
    from survey_app.core.merge import list_review
    from survey_app.core.store import StoreError

    try:
        with _open(args) as store:
            entries = list_review(store, include_resolved=args.all)
    except StoreError as exc:
        _err(str(exc))
        return 1
    if not entries:
        print("Rien à revoir : aucun conflit ni doublon ouvert.")
        return 0
    for e in entries:
        when = e.detected_at.astimezone()
        print(f"[{e.kind_label} – {e.state_label}] {e.place} (entretien(s) : {', '.join(e.interviews)} ; "
              f"détecté le {when:%d/%m/%Y à %Hh%M})")  # fmt: skip
    print(f"{sum(e.state == 'ouvert' for e in entries)} point(s) à revoir.")
    return 0


def assign(args: argparse.Namespace) -> int:
    from survey_app.core.merge import assign as run
    from survey_app.core.store import StoreError

    if bool(args.surveyor) == bool(args.withdraw):
        _err("Indiquez soit --surveyor NOM (affecter), soit --withdraw (retirer l'affectation).")
        return 1
    if not (args.site or args.building or args.dwelling):
        _err("Choisissez les logements : --site NOM, --building CODE ou --dwelling REF.")
        return 1
    try:
        with _open(args) as store:
            chosen = [
                d.id for d in store.list_dwellings()
                if (not args.site or d.site_name == args.site)
                and (not args.building or d.building_code == args.building)
                and (not args.dwelling or d.landlord_ref in args.dwelling)
            ]  # fmt: skip
            if not chosen:
                _err("Aucun logement ne correspond à cette sélection : rien n'a été changé.")
                return 1
            count = run(store, chosen, None if args.withdraw else args.surveyor, by=args.by)
    except StoreError as exc:
        _err(str(exc))
        return 1
    verb = "retirée pour" if args.withdraw else f"à {args.surveyor} :"
    print(f"Affectation {verb} {count} logement(s).")
    return 0
