"""The « Passages » sheet: every door knock of the selection, one row each, with the same dwelling keys.

A visit row carries the visit's UUID, the dwelling keys shared with every other sheet, when it took
place (local time), who knocked (pseudonymised like the interviews when asked), the outcome as a
code and/or label, the appointment, the refusal reason and the surveyor's note (both free text,
left out when pseudonymising) and the interview it led to, if any.
"""

from __future__ import annotations

from survey_app.core.export.columns import SANS_OBJET, Column
from survey_app.core.export.rows import KEY_COLUMNS, local_time, surveyor_alias
from survey_app.core.store.records import VISIT_OUTCOMES

NO_NOTE = "(aucune)"


class VisitSheet:
    def __init__(self, *, codes: bool, labels: bool, pseudonymise: bool):
        self.codes, self.labels, self.pseudonymise = codes, labels, pseudonymise

    def columns(self) -> list[Column]:
        columns = [Column("_passage", "Identifiant du passage (UUID, identique d'un export à l'autre)", "texte"),
                   *KEY_COLUMNS,
                   Column("passage_le", "Date et heure du passage (heure locale)", "date et heure"),
                   Column("enqueteur", "Enquêteur ou enquêtrice" + (" (pseudonyme)" * self.pseudonymise), "texte"),
                   Column("poste", "Poste qui a enregistré le passage", "texte")]  # fmt: skip
        if self.codes:
            columns.append(Column("resultat", "Résultat du passage (code)", "code"))
        if self.labels:
            columns.append(Column("resultat_libelle" if self.codes else "resultat", "Résultat du passage", "libellé"))
        columns.append(Column("rendez_vous_le", "Rendez-vous pris pour le (heure locale)", "date et heure"))
        if not self.pseudonymise:
            columns += [Column("motif_refus", "Motif du refus (texte saisi)", "texte"),
                        Column("note", "Note de l'enquêteur (texte libre)", "texte")]  # fmt: skip
        columns.append(Column("_entretien", "Entretien fait lors de ce passage (UUID), s'il y en a un", "texte"))
        return columns

    def row(self, visit: tuple) -> list:
        (visit_id, dwelling_id, ref, site, building, entrance, floor, door, visited_at, surveyor_id, surveyor,
         device, outcome, appointment_at, refusal_reason, note, interview_id) = visit  # fmt: skip
        if self.pseudonymise:
            surveyor = surveyor_alias(surveyor_id)
        row = [visit_id, dwelling_id, ref, site, building or SANS_OBJET, entrance or SANS_OBJET,
               SANS_OBJET if floor is None else floor, door or SANS_OBJET, local_time(visited_at), surveyor,
               device]  # fmt: skip
        if self.codes:
            row.append(outcome)
        if self.labels:
            row.append(VISIT_OUTCOMES.get(outcome, outcome))
        row.append(local_time(appointment_at) if appointment_at else SANS_OBJET)
        if not self.pseudonymise:
            row += [refusal_reason or (SANS_OBJET if outcome != "refus" else NO_NOTE), note or NO_NOTE]
        row.append(interview_id or SANS_OBJET)
        return row
