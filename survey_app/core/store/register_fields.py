"""The landlord register's vocabulary: app field names, their column-name variants, and value parsers.

Column names are compared after `normalize_header` (no accents, no case, punctuation as blanks), so
« Réf. logement », « REF LOGEMENT » and « ref_logement » are the same. For each field the variants are
tried in order (RPLS first), so a file with both BAT and IMMEU uses BAT for the building and keeps
IMMEU as an extra column. Parsers take a raw cell (text or number) and return the value or raise
`ValueError` with a French reason; they follow section 4 of the domain reference (RDC → 0, 1er / R+1 →
1, SS → -1; T3, F3, 3, T3bis → 3; studio / T1bis → 1; 6 and more → 6; TYPECONST C / I).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from typing import Any

# App field -> accepted column names, normalised, best first.
FIELDS: dict[str, tuple[str, ...]] = {
    "id_logement_bailleur": (
        "id logement bailleur", "n logement", "no logement", "num logement", "numero logement",
        "numero de logement", "ref logement", "reference logement", "ref du logement",
        "reference du logement", "code logement", "n ug", "no ug", "code ug", "ug", "id logement",
        "identifiant logement", "identifiant du logement", "numlogt", "identint", "ident int",
    ),
    "site": ("site", "residence", "nom residence", "nom de la residence", "cite", "programme", "ensemble"),
    "commune": ("commune", "libcom", "ville", "libelle commune"),
    "depcom": ("depcom", "code insee", "insee", "code commune"),
    "adresse": ("adresse", "adresse complete", "adresse postale", "adresse du logement", "adresse logement"),
    "batiment": (
        "bat", "batiment", "n batiment", "no batiment", "tour", "immeuble", "immeu", "groupe",
    ),
    "entree": ("entree", "n entree", "esc", "escalier", "cage", "cage d escalier", "hall"),
    "etage": ("etage", "niveau", "etg"),
    "porte": (
        "numappt", "n porte", "no porte", "porte", "appartement", "n appartement", "no appartement",
        "appt", "n appt", "numboite", "boite aux lettres", "n boite aux lettres",
    ),
    "typologie": ("typologie", "type", "type logement", "type de logement", "t f", "tf", "typo"),
    "nb_pieces": ("nbpiece", "nb pieces", "nombre de pieces", "nb piece", "pieces"),
    "surface": ("surfhab", "surface habitable", "surface", "shab", "surface hab"),
    "type_construction": (
        "typeconst", "type construction", "type de construction", "collectif individuel", "construction",
    ),
    "statut": ("statut", "statut logement", "etat", "etat logement", "mode", "occupation", "situation"),
    "nb_niveaux": ("nb niveaux", "nombre de niveaux", "niveaux", "nb etages", "nombre d etages"),
}  # fmt: skip

FIELD_LABELS: dict[str, str] = {
    "id_logement_bailleur": "référence du logement",
    "site": "site",
    "commune": "commune",
    "depcom": "code INSEE de la commune",
    "adresse": "adresse",
    "batiment": "bâtiment",
    "entree": "entrée",
    "etage": "étage",
    "porte": "porte",
    "typologie": "typologie",
    "nb_pieces": "nombre de pièces",
    "surface": "surface habitable",
    "type_construction": "type de construction",
    "statut": "statut (vacant, démoli...)",
    "nb_niveaux": "nombre de niveaux du bâtiment",
}

# RPLS address parts, joined into `adresse` when the file has no address column.
ADDRESS_PARTS = ("numvoie", "indrep", "typvoie", "nomvoie")

# Columns holding tenants' personal data: never copied into the store (see domain reference 4.3).
PERSONAL_HEADERS = ("nom", "prenom", "nom locataire", "prenom locataire", "locataire", "nom du locataire",
                    "telephone", "tel", "portable", "mobile", "email", "mail", "courriel", "e mail")  # fmt: skip


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalize_header(text: Any) -> str:
    """'Réf. logement' -> 'ref logement'; 'N° porte' -> 'n porte'; 'T / F' -> 't f'."""
    plain = strip_accents(str(text or "")).casefold().replace("°", " ").replace("º", " ")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def is_personal(header: str) -> bool:
    norm = normalize_header(header)
    return norm in PERSONAL_HEADERS or "locataire" in norm.split() or "telephone" in norm


def cell_text(value: Any) -> str | None:
    """A cell as trimmed text; integral numbers lose their '.0' (Excel stores 12 as 12.0)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text or None


def json_cell(value: Any) -> Any:
    """A cell as a JSON-safe value for the `extra` column."""
    if value is None or isinstance(value, (bool, int, str)):
        return cell_text(value) if isinstance(value, str) else value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return cell_text(value)


def _compact(text: str) -> str:
    """Lower case, no accents, blanks, underscores, dots (except decimal ones) or hyphens between letters."""
    plain = re.sub(r"[\s_']+|(?<!\d)\.|\.(?!\d)", "", strip_accents(text).casefold())
    return re.sub(r"(?<=[a-z])-(?=[a-z])", "", plain)


def parse_floor(value: Any) -> int:
    """RDC / RC / 0 -> 0; 1er / R+1 / 1 / 1ère -> 1; 2e / 2ème / R+2 -> 2; SS / S/S / sous-sol / -1 -> -1."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer():
            return int(value)
        raise ValueError(f"étage « {value} » non entier")
    text = cell_text(value) or ""
    compact = _compact(text)
    if compact in ("rdc", "rc", "r", "r0", "r+0", "rezdechaussee", "rdj", "rezdejardin"):
        return 0
    patterns = (
        (r"^[+]?(\d+)$", 1),
        (r"^r\+?(\d+)$", 1),
        (r"^(\d+)(?:er|ere|e|eme|ieme|°|º)?(?:etage|et)?$", 1),
        (r"^(?:etage|niveau)(\d+)$", 1),
        (r"^-(\d+)$", -1),
        (r"^r-(\d+)$", -1),
    )
    for pattern, sign in patterns:
        match = re.match(pattern, compact)
        if match:
            return sign * int(match.group(1))
    match = re.match(r"^(?:ss|s/s|soussol)(\d*)$", compact)
    if match:
        return -int(match.group(1) or 1)
    raise ValueError(f"étage « {text} » non reconnu (attendu : RDC, 1er, 2e, R+3, 4, SS...)")


def parse_typology(value: Any) -> int:
    """T3, F3, 3, Type 3, T3bis -> 3; studio, T1bis, T1' -> 1; T6, T7, 6+ -> 6."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and value >= 1:
            return min(int(value), 6)
        raise ValueError(f"typologie « {value} » non reconnue")
    text = cell_text(value) or ""
    compact = _compact(text)
    if compact in ("studio", "chambre", "t1bis", "f1bis"):
        return 1
    match = re.match(r"^(?:t|f|type)?(\d+)(?:bis|ter|'|\+)?$", compact)
    if match and int(match.group(1)) >= 1:
        return min(int(match.group(1)), 6)
    raise ValueError(f"typologie « {text} » non reconnue (attendu : T1 à T6, F3, T3bis, studio...)")


def parse_count(value: Any, what: str) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        number = int(value)
    else:
        text = cell_text(value) or ""
        if not re.fullmatch(r"\d+", text):
            raise ValueError(f"{what} « {text} » n'est pas un nombre entier")
        number = int(text)
    if number < 0:
        raise ValueError(f"{what} « {number} » négatif")
    return number


def parse_surface(value: Any) -> float:
    """65 / 65,5 / '65.50 m²' -> float; refuses 0, negatives and more than 1,000 m²."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = cell_text(value) or ""
        cleaned = re.sub(r"\s*m(?:²|2)\s*$", "", text, flags=re.IGNORECASE).replace("\u202f", "").replace(" ", "")
        if not re.fullmatch(r"\d+(?:[.,]\d+)?", cleaned):
            raise ValueError(f"surface « {text} » n'est pas un nombre")
        number = float(cleaned.replace(",", "."))
    if not 0 < number <= 1000:
        raise ValueError(f"surface « {value} » impossible (attendu : entre 1 et 1 000 m²)")
    return round(number, 2)


def parse_construction(value: Any) -> str:
    """TYPECONST C / I, Collectif / Individuel, maison, immeuble -> 'collectif' | 'individuel'."""
    text = cell_text(value) or ""
    compact = _compact(text)
    if compact in ("c", "col", "coll", "collectif", "collective", "immeuble", "appartement", "1"):
        return "collectif"
    if compact in ("i", "ind", "indiv", "individuel", "individuelle", "maison", "pavillon", "2"):
        return "individuel"
    raise ValueError(f"type de construction « {text} » non reconnu (attendu : C, I, collectif, individuel)")


def parse_status(value: Any) -> str | None:
    """The landlord's flag: 'vacant' or 'demoli' when the text says so, else None (kept as extra)."""
    compact = _compact(cell_text(value) or "")
    if any(word in compact for word in ("vacant", "vide", "inoccupe")):
        return "vacant"
    if "demolir" not in compact and any(word in compact for word in ("demoli", "mure")):
        return "demoli"
    return None
