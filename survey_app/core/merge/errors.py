"""Why a package file is refused, as exceptions whose French message names the file and the next step.

`PackageError` is a `StoreError` (so callers that already catch store errors show these too) with a
short `code` that tests and the GUI can branch on: 'introuvable', 'illisible', 'etranger', 'altere',
'trop_recent', 'mauvais_type', 'incoherent', 'existe', 'ecriture', 'annule'. Messages never include a traceback and
always say that nothing was changed, because nothing is: every check runs before any write.
"""

from __future__ import annotations

from pathlib import Path

from survey_app.core.store import StoreError


class PackageError(StoreError):
    """A package that cannot be written, read or merged; `code` says which case it is."""

    def __init__(self, code: str, message: str, path: str | Path | None = None) -> None:
        super().__init__(message, path)
        self.code = code


def _q(path: Path) -> str:
    return f"« {path} »"


def not_found(path: Path) -> PackageError:
    return PackageError(
        "introuvable",
        f"Le paquet {_q(path)} est introuvable. Vérifiez le chemin (clé USB branchée ? nom bien tapé ?). "
        "Aucun fichier n'a été créé.",
        path,
    )


def not_a_file(path: Path) -> PackageError:
    return PackageError("introuvable", f"{_q(path)} est un dossier, pas un paquet d'enquête (.enqpkg).", path)


def unreadable(path: Path, detail: str) -> PackageError:
    return PackageError(
        "illisible",
        f"Le paquet {_q(path)} est illisible ou incomplet ({detail}). Il a sans doute été mal copié ou "
        "tronqué : demandez à l'enquêteur de le refaire (« Exporter mes enquêtes »). Rien n'a été fusionné.",
        path,
    )


def foreign(path: Path, detail: str) -> PackageError:
    return PackageError(
        "etranger",
        f"Le fichier {_q(path)} n'est pas un paquet d'enquête de cette application ({detail}). Vérifiez le "
        "fichier choisi ; rien n'a été fusionné.",
        path,
    )


def tampered(path: Path, detail: str) -> PackageError:
    return PackageError(
        "altere",
        f"Le paquet {_q(path)} a été modifié ou abîmé depuis sa création ({detail}). Il est refusé par "
        "sécurité : demandez à l'enquêteur un nouveau paquet. Rien n'a été fusionné.",
        path,
    )


def too_recent(path: Path, what: str, found: int, known: int) -> PackageError:
    return PackageError(
        "trop_recent",
        f"Le paquet {_q(path)} a été créé par une version plus récente de l'application ({what} {found} ; "
        f"cette version ne connaît que {known}). Mettez l'application à jour puis recommencez ; rien n'a "
        "été fusionné.",
        path,
    )


def wrong_kind(path: Path, found: str, expected: str) -> PackageError:
    hints = {
        "enquetes": "c'est un paquet d'enquêtes d'un portable : fusionnez-le dans la base maître (survey-app merge)",
        "retour": "c'est un paquet de retour pour les portables : importez-le sur un portable "
        "(survey-app import-field-pack)",
    }
    return PackageError(
        "mauvais_type",
        f"Le paquet {_q(path)} n'est pas du type attendu : {hints.get(found, found)}. Rien n'a été modifié.",
        path,
    )


def inconsistent(path: Path, detail: str) -> PackageError:
    return PackageError(
        "incoherent",
        f"Le paquet {_q(path)} contient des données incohérentes avec la base ({detail}). Il est refusé et "
        "la base est restée exactement comme avant ; signalez le problème avec ce message.",
        path,
    )


def exists(path: Path) -> PackageError:
    return PackageError(
        "existe",
        f"Le fichier {_q(path)} existe déjà : choisissez un autre nom (ou --force pour le remplacer).",
        path,
    )


def cancelled(path: Path | None) -> PackageError:
    return PackageError("annule", "Opération annulée : la base est restée exactement comme avant.", path)


def write_failed(path: Path, detail: str) -> PackageError:
    return PackageError(
        "ecriture",
        f"Impossible d'écrire le paquet {_q(path)} ({detail}). Vérifiez la place libre et que le dossier "
        "(ou la clé USB) est accessible en écriture ; aucun fichier incomplet n'a été laissé.",
        path,
    )


def missing_folder(path: Path) -> PackageError:
    return PackageError(
        "introuvable",
        f"Le dossier {_q(path.parent)} n'existe pas : choisissez un dossier existant pour le paquet {_q(path.name)}.",
        path,
    )
