"""The two reading sheets: « Dictionnaire » (every column explained) and « À propos » (what this file is).

The codebook has one row per column of every data sheet — question code, label, type, section,
the conditions under which it is asked, its codes and labels — and starts with the four markers
that stand for a missing value, so the convention is documented where the columns are. The « À
propos » sheet says which campaign, when, by which version of the application, with which
questionnaire versions, filters and counts, and lists what pseudonymisation removed and any cell
that had to be cut. Plain lists of strings; the sheets are written by `workbook`.
"""

from __future__ import annotations

import datetime as dt

from survey_app import APP_NAME, __version__
from survey_app.core.export.columns import MARKERS, SANS_OBJET, Column, Plan, codebook_rows
from survey_app.core.export.options import ExportOptions
from survey_app.core.forms.model import Form

CODEBOOK_HEADERS = ["Feuille", "Colonne", "Question", "Libellé", "Type", "Section", "Condition (pertinence)",
                    "Codes et libellés", "Remarque"]  # fmt: skip
ABOUT_HEADERS = ["Rubrique", "Valeur"]
CONVENTION = (
    "Une cellule de question n'est jamais vide. Sans réponse, elle dit pourquoi : « (sans objet) » = question "
    "non posée (filtre du questionnaire) ; « (non renseigné) » = posée mais laissée vide ; « (ne sait pas) » et "
    "« (refus) » = nombre, date ou texte non donné, d'après la question « …_statut » (codes 98 et 99). Pour une "
    "question à choix, « Ne sait pas » (98) et « Refus » (99) sont des réponses de la liste : code 98 / 99 ou "
    "leur libellé. Les marqueurs sont du texte : les SOMME, MOYENNE et NB d'Excel les ignorent, les calculs "
    "sur une colonne de nombres restent justes (aucun code « magique » comme -1 ou 99 n'y est écrit)."
)


def codebook(form: Form, plan: Plan, extra: list[tuple[str, list[Column]]]) -> list[list[str]]:
    """The rows of the « Dictionnaire » sheet (after its header)."""
    rows = [["(toutes)", marker, "", text, "marqueur de valeur manquante", "", "", "", ""]
            for marker, text in MARKERS.items()]  # fmt: skip
    rows.append(["(toutes)", "0 / 1", "", "Colonnes « question/code » d'un choix multiple : 1 = coché, 0 = non coché",
                 "0/1", "", "", "", "sans réponse à la question, ses colonnes 0/1 portent le même marqueur"])  # fmt: skip
    rows += codebook_rows(form, plan)
    for sheet, columns in extra:
        rows += [[sheet, c.header, "", c.label, c.kind, "", "", "", c.note] for c in columns]
    return rows


def about(
    *,
    campaigns: list[str],
    form: Form,
    versions: list[tuple[str, str, str, int]],
    options: ExportOptions,
    counts: list[tuple[str, int]],
    plan: Plan,
    exported_at: dt.datetime,
    store_name: str,
    truncated: list[tuple[str, str, int]],
    truncated_count: int,
    warnings: list[str],
) -> list[list[object]]:
    """The rows of the « À propos » sheet (after its header)."""
    version_text = " ; ".join(f"{v} ({n} entretien{'s' if n > 1 else ''})" for _, v, _, n in versions) or "aucun entretien"
    rows: list[list[object]] = [
        ["Fichier", f"Export Excel de l'application {APP_NAME} pour les consultants"],
        ["Campagne", " ; ".join(campaigns) or SANS_OBJET],
        ["Exporté le", exported_at],
        ["Application", f"{APP_NAME} {__version__}"],
        ["Base d'enquête", store_name],
        ["Questionnaire", f"{form.title} (form_id « {form.form_id} », colonnes de la version {form.version or '-'})"],
        ["Versions du questionnaire exportées", version_text],
        *[[label, value] for label, value in options.describe()],
        *[[f"Lignes : {sheet}", n] for sheet, n in counts],
        ["Valeurs manquantes", CONVENTION],
        ["Clés", "Chaque ligne porte des clés qui ne changent pas d'un export à l'autre : _entretien (UUID de "
                 "l'entretien), _logement (UUID du logement), site, bâtiment, entrée, étage, porte ; sur les feuilles "
                 "des répétitions, _numero_… (1, 2, …) et _cle = entretien/numéro. Pour relier deux feuilles, "
                 "utilisez _entretien (RECHERCHEX, tableaux croisés, Power Query)."],
        ["Codes et libellés", "Colonne « question » = code de la réponse (nombre quand le code est un nombre), "
                              "« question_libelle » = son libellé ; pour un choix multiple, codes séparés par des "
                              "espaces, libellés par « ; », et une colonne 0/1 par réponse possible, dans l'ordre du "
                              "questionnaire. Le « Dictionnaire » donne tous les codes."],
        ["Dates et heures", "Dates Excel, à l'heure locale de l'ordinateur qui a fait l'export."],
        ["Bâtiments", "Indicateurs calculés par bâtiment sur tous les logements sélectionnés (sites, bâtiments), "
                      "à partir du dernier entretien terminé ou validé de chaque logement ; les filtres de statut "
                      "et de période ne s'y appliquent pas. Les maisons individuelles d'un site forment le groupe "
                      "« Sans bâtiment ». Un chiffre calculé sur moins de "
                      f"{options.indicator_settings.min_base} ménages est masqué (« n < "
                      f"{options.indicator_settings.min_base} ») ; « – » : non calculable."],
    ]  # fmt: skip
    if options.pseudonymise:
        removed = ", ".join(q.name for q in plan.dropped) or "aucune"
        rows.append(["Pseudonymisation : colonnes retirées", f"{removed} ; feuille « Passages » : motif_refus, note."])
        rows.append(["Pseudonymisation : enquêteurs", "remplacés par un pseudonyme stable (« Enquêteur 3F2A9C »)."])
        rows.append(["Pseudonymisation : conservé", "les clés et les champs du registre du bailleur (adresse, "
                                                   "bâtiment, porte…) qui situent le logement, pas la personne."])
    if truncated_count:
        places = " ; ".join(f"{sheet}!{column} ligne {row}" for sheet, column, row in truncated[:20])
        more = " …" if truncated_count > len(truncated[:20]) else ""
        rows.append(["Cellules tronquées", f"{truncated_count} texte(s) de plus de 32 767 caractères coupé(s) "
                                           f"(limite d'Excel) : {places}{more}"])  # fmt: skip
    for warning in warnings:
        rows.append(["Attention", warning])
    return rows
