"""The merge report: per file, what it brought (or why it was refused), in French text and as JSON.

`FileReport` is one package: interviews new / updated / identical / older / in conflict, visits added
and deleted, dwellings added to the register and dwellings surveyed twice, or the refusal with its
reason. `MergeReport` gathers the files of one run with their totals; `format()` is what the command
line prints and the GUI shows, `to_json()` what `--json` writes.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path


def _when(text: str | None) -> str:
    if not text:
        return "?"
    try:
        local = datetime.fromisoformat(text).astimezone()
    except ValueError:
        return text
    return f"{local:%d/%m/%Y} à {local:%H}h{local:%M}"


@dataclass
class FileReport:
    path: str
    merged: bool = False
    refused_code: str | None = None
    refused_reason: str | None = None
    package_id: str | None = None
    device: str | None = None
    surveyors: list[str] = field(default_factory=list)
    created_at: str | None = None
    forms: list[str] = field(default_factory=list)
    already_merged_at: str | None = None
    interviews_new: int = 0
    interviews_updated: int = 0
    interviews_identical: int = 0
    interviews_older: int = 0
    interviews_conflict: int = 0
    conflicts_settled: int = 0
    visits_added: int = 0
    visits_deleted: int = 0
    dwellings_added: int = 0
    dwellings_twice: int = 0
    conflict_interviews: list[str] = field(default_factory=list)
    duplicate_dwellings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def changed(self) -> bool:
        return bool(
            self.interviews_new or self.interviews_updated or self.interviews_conflict or self.visits_added
            or self.visits_deleted or self.dwellings_added or self.conflicts_settled
        )  # fmt: skip

    def format(self) -> str:
        if not self.merged:
            return f"✘ {self.name} : refusé. {self.refused_reason or ''}".rstrip()
        who = f"poste « {self.device or '?'} »"
        if self.surveyors:
            who += f", enquêteur(s) {', '.join(self.surveyors)}"
        lines = [f"✔ {self.name} ({who}, paquet créé le {_when(self.created_at)})"]
        if self.already_merged_at:
            lines.append(f"   Déjà fusionné le {_when(self.already_merged_at)}.")
        if self.forms:
            lines.append(f"   Questionnaire(s) : {', '.join(self.forms)}")
        lines.append(
            f"   Entretiens : {self.interviews_new} nouveau(x), {self.interviews_updated} mis à jour, "
            f"{self.interviews_identical} identique(s), {self.interviews_conflict} en conflit"
            + (f", {self.interviews_older} plus ancien(s) que la base (ignorés)" if self.interviews_older else "")
            + (f", {self.conflicts_settled} conflit(s) réglé(s)" if self.conflicts_settled else "")
        )
        lines.append(
            f"   Visites : {self.visits_added} ajoutée(s), {self.visits_deleted} supprimée(s) ; "
            f"logements enquêtés deux fois : {self.dwellings_twice}"
            + (f" ; logements ajoutés au registre : {self.dwellings_added}" if self.dwellings_added else "")
        )
        if not self.changed:
            lines.append("   Rien de nouveau : la base n'a pas changé.")
        return "\n".join(lines)


@dataclass
class MergeReport:
    master: str
    master_created: bool = False
    cancelled: bool = False
    files: list[FileReport] = field(default_factory=list)

    @property
    def merged(self) -> list[FileReport]:
        return [f for f in self.files if f.merged]

    @property
    def refused(self) -> list[FileReport]:
        return [f for f in self.files if not f.merged]

    def totals(self) -> dict[str, int]:
        keys = (
            "interviews_new", "interviews_updated", "interviews_identical", "interviews_older",
            "interviews_conflict", "conflicts_settled", "visits_added", "visits_deleted", "dwellings_added",
        )  # fmt: skip
        totals = {k: sum(getattr(f, k) for f in self.merged) for k in keys}
        totals["dwellings_twice"] = len({d for f in self.merged for d in f.duplicate_dwellings})
        totals["files_merged"], totals["files_refused"] = len(self.merged), len(self.refused)
        return totals

    def format(self) -> str:
        head = f"Fusion dans la base maître « {self.master} »"
        head += " (créée pour l'occasion)" if self.master_created else ""
        lines = [f"{head} : {len(self.files)} fichier(s)."]
        lines += [f.format() for f in self.files]
        t = self.totals()
        lines.append(
            f"Total : {t['files_merged']} paquet(s) fusionné(s), {t['files_refused']} refusé(s) ; entretiens : "
            f"{t['interviews_new']} nouveau(x), {t['interviews_updated']} mis à jour, {t['interviews_identical']} "
            f"identique(s), {t['interviews_conflict']} en conflit ; visites ajoutées : {t['visits_added']} ; "
            f"logements enquêtés deux fois : {t['dwellings_twice']}."
        )
        if self.cancelled:
            lines.append(
                "Fusion annulée : les fichiers non traités n'ont pas été fusionnés (la base est cohérente)."
            )
        if t["interviews_conflict"] or t["dwellings_twice"]:
            lines.append("À revoir : ouvrez « Conflits et doublons à revoir » (ou survey-app review --db MAITRE).")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        return {"master": self.master, "master_created": self.master_created, "cancelled": self.cancelled,
                "totals": self.totals(), "files": [asdict(f) for f in self.files]}  # fmt: skip

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
