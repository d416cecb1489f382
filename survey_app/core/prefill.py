"""Pre-filled answers of the default questionnaire, computed from a dwelling of the store (pure core, no Qt).

`prefill_for(dwelling, surveyor=...)` maps a `DwellingRow` (the landlord register as imported, plus the
visit history) to the identification questions of `forms/enquete_habitat.xlsx`, by their names and
codings as documented in forms/README.md §2.4: id_logement, id_rpls, commune, adresse, batiment, entree,
etage, porte, site (Lens → 1, Liévin → 2, another commune → 3), type_logement (collectif → 1,
individuel → 2), typologie (1 to 6, as a choice code), surface, enqueteur and num_passage (visits
already made + 1). A value the register does not give is left out rather than guessed, so the
questionnaire asks for it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from survey_app.core.store.records import DwellingRow

# Communes of the campaign's two sites: normalised name or INSEE code -> `site` choice code.
SITE_CODES = {"lens": "1", "62498": "1", "lievin": "2", "62510": "2"}
OTHER_SITE = "3"
# The store keeps what the register said: parsed words, or raw TYPECONST letters from a synthetic register.
CONSTRUCTION_CODES = {"collectif": "1", "c": "1", "individuel": "2", "i": "2"}
# Register columns (normalised) that may carry the dwelling's RPLS identifier (kept in `extra`).
RPLS_COLUMNS = ("id rpls", "identifiant rpls", "rpls", "n rpls", "no rpls", "numero rpls", "ident rpls")


def _normalise(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain.casefold()).split())


def site_code(*texts: str | None) -> str | None:
    """The `site` choice for the first text naming a commune (a name or an INSEE code); None if none given."""
    given = [t for t in texts if t and t.strip()]
    for text in given:
        norm = _normalise(text)
        for word in norm.split():
            if word in SITE_CODES:
                return SITE_CODES[word]
    return OTHER_SITE if given else None


def _rpls_id(extra: Any) -> str | None:
    if not extra:
        return None
    for column, value in extra.items():
        if _normalise(str(column)) in RPLS_COLUMNS and value not in (None, ""):
            return str(value)
    return None


def prefill_for(dwelling: DwellingRow, surveyor: str | None = None) -> dict[str, Any]:
    """The default form's pre-filled identification answers for this dwelling (and the surveyor's name)."""
    values: dict[str, Any] = {
        "id_logement": dwelling.landlord_ref,
        "id_rpls": _rpls_id(dwelling.extra),
        "commune": dwelling.commune,
        "adresse": dwelling.address,
        "batiment": dwelling.building_code,
        "entree": dwelling.entrance_code,
        "etage": dwelling.floor,
        "porte": dwelling.door,
        "site": site_code(dwelling.commune, dwelling.site_name),
        "type_logement": CONSTRUCTION_CODES.get((dwelling.construction or "").strip().casefold()),
        "typologie": str(min(max(dwelling.typology, 1), 6)) if dwelling.typology else None,
        "surface": float(dwelling.surface) if dwelling.surface is not None else None,
        "enqueteur": surveyor.strip() if surveyor and surveyor.strip() else None,
        "num_passage": dwelling.visit_count + 1,
    }
    return {name: value for name, value in values.items() if value not in (None, "")}
