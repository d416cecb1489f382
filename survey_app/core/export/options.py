"""What the consultant asks of an export: value style, filters, pseudonymisation, and the errors it reports.

`ExportOptions` is plain data shared by the command line and the GUI: values as codes, labels or both;
filters by site name, building code, interview status and date range (the date of the visit at which
the interview was made); `pseudonymise` to leave out what may identify a person. `describe()` gives
the French lines the « À propos » sheet prints. `ExportError` carries a complete French message (what
failed and where); `ExportCancelled` is raised when the GUI's cancel check says so. Nothing here
touches the store or a file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from survey_app.core.indicator_settings import IndicatorSettings
from survey_app.core.store.records import INTERVIEW_STATUSES

VALUE_MODES: dict[str, str] = {
    "codes": "codes des réponses",
    "labels": "libellés des réponses",
    "both": "codes et libellés côte à côte",
}
_DATE_FR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


class ExportError(Exception):
    """The export could not be made; `message` is French, names the file or value at fault, and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ExportCancelled(ExportError):
    """The user cancelled: nothing was written, a previous file of the same name is untouched."""

    def __init__(self) -> None:
        super().__init__("Export annulé : aucun fichier n'a été écrit (un fichier existant du même nom est intact).")


def parse_date(text: str, what: str = "date") -> dt.date:
    """'25/11/2026' or '2026-11-25' → date; ExportError with a French message otherwise."""
    value = text.strip()
    try:
        match = _DATE_FR.match(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ExportError(f"{what} « {text} » non reconnue : écrivez-la 25/11/2026 ou 2026-11-25.") from None


@dataclass(frozen=True)
class ExportOptions:
    """Everything that shapes one export; the defaults export the whole store with codes and labels."""

    values: str = "both"  # one of VALUE_MODES (for select questions and coded metadata)
    sites: tuple[str, ...] = ()  # site names; empty = every site
    buildings: tuple[str, ...] = ()  # building codes; empty = every building
    statuses: tuple[str, ...] = ()  # interview statuses (INTERVIEW_STATUSES); empty = all
    date_from: dt.date | None = None  # interviews and visits on or after this local date
    date_to: dt.date | None = None  # ... and on or before this one
    pseudonymise: bool = False
    indicator_settings: IndicatorSettings = field(default_factory=IndicatorSettings)

    def __post_init__(self) -> None:
        if self.values not in VALUE_MODES:
            raise ExportError(f"Style de valeurs inconnu « {self.values} » (attendu : {', '.join(VALUE_MODES)}).")
        for status in self.statuses:
            if status not in INTERVIEW_STATUSES:
                known = ", ".join(INTERVIEW_STATUSES)
                raise ExportError(f"Statut d'entretien inconnu « {status} » (attendu : {known}).")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ExportError(
                f"Période impossible : le {self.date_from:%d/%m/%Y} est après le {self.date_to:%d/%m/%Y}."
            )

    @property
    def codes(self) -> bool:
        return self.values in ("codes", "both")

    @property
    def labels(self) -> bool:
        return self.values in ("labels", "both")

    def describe(self) -> list[tuple[str, str]]:
        """French (rubrique, valeur) lines for the « À propos » sheet."""
        statuses = ", ".join(INTERVIEW_STATUSES[s] for s in self.statuses) or "tous"
        if self.date_from or self.date_to:
            start = f"du {self.date_from:%d/%m/%Y}" if self.date_from else "depuis le début"
            end = f"au {self.date_to:%d/%m/%Y}" if self.date_to else "jusqu'à aujourd'hui"
            period = f"{start} {end} (date du passage où l'entretien a été fait ; passages : date du passage)"
        else:
            period = "toute la campagne"
        return [
            ("Filtre : sites", ", ".join(self.sites) or "tous"),
            ("Filtre : bâtiments", ", ".join(self.buildings) or "tous"),
            ("Filtre : statuts des entretiens", statuses),
            ("Filtre : période", period),
            ("Valeurs des questions à choix", VALUE_MODES[self.values]),
            ("Pseudonymisation", "oui (voir plus bas les colonnes retirées)" if self.pseudonymise else "non"),
        ]
