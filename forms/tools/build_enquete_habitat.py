"""Build `forms/enquete_habitat.xlsx`, the campaign's default questionnaire (XLSForm).

The questionnaire is defined below as plain Python data so that a review can read it section by
section; this script only writes it into an Excel workbook (sheets `survey`, `choices`, `settings`).

    python forms/tools/build_enquete_habitat.py            # writes forms/enquete_habitat.xlsx
    python forms/tools/build_enquete_habitat.py OUT.xlsx   # writes elsewhere (tests use this)

Conventions (see forms/README.md):
* choice codes are the numeric codes of the domain reference (questionnaire-reference.md, §2);
* every respondent-facing select list ends with 98 = « Ne sait pas » and 99 = « Refus »
  (`nr=True` below), never read aloud; « Aucun » (0) and 98/99 are exclusive in select_multiple;
* a numeric answer the respondent may not give is left empty and followed by a companion
  `<name>_statut` (select_one `nsp_refus`: 98 / 99) that becomes required when the number is empty;
* `warning` / `warning_message` are our extension: a non-blocking plausibility check, written like
  `constraint` (the expression must be true for the answer to be plausible).

Only the XLSForm subset supported by the app is used (forms/README.md lists it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

FORM_PATH = Path(__file__).resolve().parent.parent / "enquete_habitat.xlsx"

SETTINGS = {
    "form_id": "enquete_habitat",
    "form_title": "Enquête Habitat – usages de l'énergie et confort",
    "version": "2026.1",
}

SURVEY_COLUMNS = [
    "type", "name", "label", "hint", "required", "required_message", "relevant",
    "constraint", "constraint_message", "warning", "warning_message", "calculation",
    "default", "read_only", "choice_filter", "appearance", "repeat_count",
]
CHOICE_COLUMNS = ["list_name", "name", "label"]

NSP, REFUS = "98", "99"
NR_CHOICES = [(NSP, "Ne sait pas"), (REFUS, "Refus")]
YEAR = "number(format-date(today(), '%Y'))"
MSG_REQUIRED = "Réponse obligatoire (« Ne sait pas » ou « Refus » si besoin, sans les lire)."
MSG_STATUT = "Noter la valeur, ou indiquer ici « Ne sait pas » ou « Refus »."
MSG_EXCLUSIVE = "{labels} : à cocher seul, sans autre réponse."


# --------------------------------------------------------------------------------------------
# Choice lists: list name -> (codes and labels, whether 98/99 are appended)
# --------------------------------------------------------------------------------------------

def _codes(*labels: str, start: int = 1) -> list[tuple[str, str]]:
    return [(str(start + i), label) for i, label in enumerate(labels)]


CHOICE_LISTS: dict[str, tuple[list[tuple[str, str]], bool]] = {
    # --- management and surveyor lists (no 98/99) ---
    "site": (_codes("Lens – Grande Résidence (secteur Plaine de Jeux)", "Liévin – Chouard-Pasteur",
                    "Autre"), False),
    "type_logement": (_codes("Appartement en immeuble collectif",
                             "Maison individuelle (cité minière ou pavillon)", "Autre"), False),
    "typologie": (_codes("T1 / studio", "T2", "T3", "T4", "T5", "T6 et plus"), False),
    "ouinon_obs": (_codes("Oui", "Non"), False),
    "resultat_visite": (_codes(
        "Entretien réalisé, complet", "Entretien partiel (interrompu)",
        "Absent (avis de passage déposé)", "Rendez-vous pris", "Refus",
        "Logement vacant",
        "Logement muré, vidé pour démolition ou ménage déjà relogé",
        "Entretien impossible (langue, santé)", "Autre"), False),
    "motif_refus": (_codes("Pas le temps", "Pas intéressé·e", "Méfiance, ne voit pas l'utilité",
                           "Opposé·e au projet de rénovation", "Autre"), False),
    "repondant": (_codes("Titulaire du bail", "Conjoint·e du titulaire",
                         "Autre membre du ménage (18 ans ou plus)", "Autre personne"), False),
    "nsp_refus": (NR_CHOICES, False),
    "source_montant": (_codes("Document présenté (avis d'échéance, facture, échéancier)",
                              "Déclaration de mémoire"), False),
    "fact_complet": (_codes("Oui, toutes les dépenses sont notées",
                            "Non, certaines dépenses manquent"), False),
    "obs_etat": (_codes("Bon", "Moyen", "Dégradé", "Très dégradé"), False),
    "obs_humidite": (_codes("Aucune trace", "Condensation ou petites taches localisées",
                            "Moisissures étendues (plus de 1 m² ou plusieurs pièces)",
                            "Infiltration ou dégât des eaux visible"), False),
    "obs_co": (_codes(
        "Aération de la pièce de l'appareil bouchée ou absente",
        "Pas de conduit d'évacuation visible, ou conduit dégradé",
        "Traces de suie, noircissement, odeur de fumée ou de gaz",
        "Appareil mobile à combustion utilisé dans une pièce fermée",
        "Chauffe-bain ou chauffe-eau gaz sans évacuation") + [("0", "Aucun signe de risque observé")],
        False),
    "obs_alerte": (_codes(
        "Appareil à combustion sans évacuation ou aération visible (risque CO)",
        "Bouches d'aération obstruées", "Moisissures visibles",
        "Installation électrique dangereuse (multiprises surchargées, fils nus)",
        "Suroccupation manifeste", "Situation sociale à orienter (CCAS, travailleur social)")
        + [("0", "Rien à signaler")], False),
    # --- respondent lists (98 Ne sait pas, 99 Refus appended) ---
    "ouinon": (_codes("Oui", "Non"), True),
    "lien": (_codes("Titulaire du bail / personne de référence", "Conjoint·e", "Enfant",
                    "Parent / beau-parent", "Autre membre de la famille",
                    "Autre personne (hébergée, colocataire)"), True),
    "sexe": (_codes("Homme", "Femme"), True),
    "activite": (_codes(
        "Emploi à temps complet", "Emploi à temps partiel", "Chômeur·se",
        "Retraité·e, préretraité·e", "Élève, étudiant·e, apprenti·e", "Au foyer",
        "Invalidité / incapacité de travail", "Autre inactif·ve", "Enfant non scolarisé"), True),
    "presence_jour": (_codes("Oui, tous les jours", "Oui, certains jours", "Non, rarement"), True),
    "angdm": (_codes("Oui, ancien·ne mineur·e", "Oui, veuf ou veuve de mineur", "Non"), True),
    "angdm_prest": (_codes(
        "Indemnité de chauffage en argent", "Charbon ou combustible livré en nature",
        "Indemnité de logement en argent", "Logement gratuit / loyer pris en charge",
        "Droits rachetés (capital)", "Aucun"), True),
    "ressources": (_codes(
        "Salaires", "Allocations chômage", "Retraites, pensions (y compris régime minier)",
        "RMI / RSA", "AAH, pension d'invalidité", "Prestations familiales",
        "Aide au logement (APL / AL)", "Minimum vieillesse", "Indemnités ANGDM", "Autres"), True),
    "revenu_tranche": (_codes(
        "A – Moins de 600 €", "B – De 600 à 899 €", "C – De 900 à 1 199 €",
        "D – De 1 200 à 1 499 €", "E – De 1 500 à 1 999 €", "F – De 2 000 à 2 499 €",
        "G – De 2 500 à 2 999 €", "H – 3 000 € ou plus"), True),
    "charges_incluent": (_codes(
        "Le chauffage collectif", "L'eau chaude collective", "L'eau froide",
        "L'électricité des parties communes / l'ascenseur", "L'entretien, le gardiennage",
        "L'entretien de la chaudière individuelle")
        + [("0", "Aucune de ces charges / pas de charges")], True),
    "fenetres_air": (_codes("Oui, beaucoup", "Oui, un peu", "Non"), True),
    "amenagements_froid": (_codes(
        "Joints ou bourrelets aux portes et fenêtres", "Rideaux épais / doubles rideaux",
        "Film isolant ou survitrage", "Changement ou ajout de radiateurs", "Ajout d'un poêle",
        "Bouches d'aération bouchées", "Autre") + [("0", "Aucun")], True),
    "chauff_mode": (_codes(
        "Chauffage central collectif (chaufferie de l'immeuble ou du groupe)",
        "Réseau de chaleur urbain",
        "Chauffage central individuel (chaudière du logement)",
        "Appareils électriques fixes (convecteurs, panneaux rayonnants, accumulateurs)",
        "Poêle(s) ou cuisinière à combustible (charbon, bois, fioul)",
        "Uniquement des appareils mobiles d'appoint", "Pas de chauffage")
        + [("9", "Autre")], True),
    "energie": (_codes(
        "Réseau de chaleur", "Gaz de ville", "Fioul", "Électricité",
        "Gaz en bouteille ou en citerne", "Charbon (boulets, coke…)", "Bois",
        "Pétrole (poêle à pétrole)", "Autre"), True),
    # Codes of the reference's E03 list; code 1 (radiateurs à eau chaude) is an emitter, not an
    # appliance, so it is not offered in the per-appliance repeat.
    "type_appareil": (_codes(
        "Chaudière murale gaz", "Chaudière au sol (fioul, charbon)", "Convecteurs électriques",
        "Panneaux rayonnants / radiateurs à inertie", "Radiateurs à accumulation",
        "Poêle à charbon", "Cuisinière à charbon", "Poêle ou insert à bois",
        "Plancher ou plafond chauffant", "Autre", start=2), True),
    "age_appareil": (_codes("Moins de 5 ans", "5 à 14 ans", "15 ans ou plus"), True),
    "piece": (_codes("Séjour / salle à manger", "Cuisine", "Chambre(s)", "Salle de bains",
                     "Couloir, entrée", "Cave, sous-sol, cellier",
                     "Plusieurs pièces / tout le logement", "Autre"), True),
    "etat_appareil": (_codes("Bon état, fonctionne bien", "Fonctionne, mais vétuste ou mal entretenu",
                             "Fonctionne mal, pannes fréquentes", "Hors service"), True),
    "evacuation": (_codes("Conduit de fumée visible, en bon état",
                          "Conduit visible mais dégradé ou douteux", "Pas de conduit visible",
                          "Appareil étanche (ventouse)"), True),
    "regulation": (_codes(
        "Thermostat d'ambiance", "Programmateur (jour / nuit)",
        "Robinets thermostatiques sur les radiateurs", "Robinets manuels sur les radiateurs",
        "Thermostat intégré aux convecteurs", "Aucun moyen de réglage"), True),
    "regulation_usage": (_codes("Souvent (chaque jour ou chaque semaine)", "Parfois",
                                "Jamais, je laisse comme c'est", "Je ne sais pas m'en servir"), True),
    "chauff_suffisant": (_codes("Toutes les pièces", "Seulement certaines pièces",
                                "Aucune pièce correctement"), True),
    "appoint": (_codes("Oui, régulièrement pendant l'hiver", "Oui, seulement par grand froid",
                       "Non"), True),
    "appoint_type": (_codes(
        "Radiateur électrique mobile (bain d'huile, soufflant)", "Poêle à pétrole",
        "Chauffage d'appoint au gaz (bouteille)", "Four ou plaques de cuisson",
        "Poêle ou cuisinière à charbon / bois", "Autre"), True),
    "appoint_raison": (_codes(
        "Le chauffage principal ne chauffe pas assez",
        "Le chauffage collectif démarre trop tard ou s'arrête trop tôt",
        "Pour chauffer plus vite une pièce", "Panne du chauffage principal",
        "Pour dépenser moins qu'avec le chauffage principal", "Autre"), True),
    "pannes": (_codes("Non", "Oui, une fois", "Oui, plusieurs fois"), True),
    "periode_chauffe": (_codes("Oui", "Non, il démarre trop tard", "Non, il s'arrête trop tôt",
                               "Non, les deux"), True),
    "charbon_appro": (_codes(
        "Livré gratuitement par l'ANGDM (avantage en nature des mineurs)",
        "Acheté à un négociant, livré à domicile", "Acheté en sacs (magasin, station)",
        "Donné par la famille ou des voisins", "Autre"), True),
    "charbon_stockage": (_codes("Cave", "Abri ou remise fermé(e)",
                                "Dans la cour ou le jardin, à découvert",
                                "Dans le logement (pièce de vie, cuisine)", "Autre"), True),
    "charbon_difficultes": (_codes(
        "Porter le charbon est difficile (âge, santé)", "Manque de place pour le stocker",
        "Poussière, salissures", "Le coût", "Livraisons irrégulières ou en retard")
        + [("0", "Aucune difficulté")], True),
    "ecs_mode": (_codes(
        "Production collective (comprise dans les charges)",
        "Par la chaudière individuelle du chauffage",
        "Chauffe-eau ou chauffe-bain gaz instantané", "Ballon électrique (cumulus)", "Autre"), True),
    "ecs_problemes": (_codes("Pas assez chaude", "Trop longue à arriver", "Coupures fréquentes",
                             "Pas assez d'eau chaude (ballon trop petit)")
                      + [("0", "Aucun problème")], True),
    "detecteur_co": (_codes("Oui, et il fonctionne", "Oui, mais il ne fonctionne pas (pile…)",
                            "Non"), True),
    "reduit_nuit": (_codes("Oui, toujours", "Parfois", "Non", "Impossible, pas de réglage"), True),
    "aeration": (_codes(
        "Tous les jours, moins de 10 minutes", "Tous les jours, plus de 10 minutes",
        "Plusieurs fois par semaine", "Rarement", "Jamais",
        "Une fenêtre reste entrouverte en permanence"), True),
    "ventilation": (_codes("Oui, elles aspirent", "Oui, mais elles sont bouchées ou obstruées",
                           "Oui, mais elles ne fonctionnent pas", "Il n'y en a pas"), True),
    "sechage_linge": (_codes("Dans le logement (étendoir, radiateurs)", "Sèche-linge",
                             "Balcon, extérieur ou séchoir collectif", "Laverie"), True),
    "restriction": (_codes("Souvent", "Parfois", "Jamais",
                           "Non concerné (chauffage collectif non réglable)"), True),
    "cuisson": (_codes("Gaz de ville", "Gaz en bouteille", "Électricité", "Gaz et électricité",
                       "Charbon / bois"), True),
    "energies_payees": (_codes("Électricité", "Gaz de ville", "Gaz en bouteille ou en citerne",
                               "Fioul", "Charbon", "Bois", "Pétrole") + [("0", "Aucune")], True),
    "periodicite": (_codes("Par mois (mensualisation)", "Tous les deux mois", "Par trimestre",
                           "Par an / facture annuelle", "Pour l'hiver ou la saison de chauffe",
                           "Autre"), True),
    "tarif_social": (_codes(
        "Tarif de première nécessité (électricité, jusqu'en 2017)",
        "Tarif spécial de solidarité (gaz, jusqu'en 2017)", "Chèque énergie", "Aucun",
        "Aide du FSL ou du CCAS pour payer l'énergie"), True),
    "difficulte_paiement": (_codes("Oui, souvent", "Oui, parfois", "Non"), True),
    "impayes": (_codes(
        "Retard, échéancier accordé", "Relance ou mise en demeure du fournisseur",
        "Réduction de puissance", "Coupure d'électricité ou de gaz",
        "Dette de loyer ou de charges auprès du bailleur",
        "Aide demandée (FSL, CCAS, assistante sociale)", "Autre"), True),
    "mode_paiement": (_codes("Mensualisation par prélèvement", "Prélèvement à chaque facture",
                             "Chèque, espèces ou mandat à réception", "Autre"), True),
    "froid_raisons": (_codes(
        "Installation de chauffage insuffisante", "Panne durable de l'installation",
        "Limitation du chauffage à cause de son coût",
        "Mauvaise isolation du logement (murs, fenêtres, courants d'air)",
        "Coupure d'énergie par le fournisseur suite à un impayé",
        "Mise en route tardive ou mauvais réglage du chauffage collectif",
        "Autre raison"), True),
    "problemes": (_codes(
        "Courants d'air", "Murs froids", "Condensation sur les vitres ou humidité",
        "Moisissures, taches noires", "Infiltrations d'eau",
        "Trop chaud en hiver, impossible à régler", "Trop chaud en été", "Air vicié, odeurs",
        "Bruit") + [("0", "Aucun de ces problèmes")], True),
    "sat4": (_codes("Très satisfait·e", "Plutôt satisfait·e", "Plutôt pas satisfait·e",
                    "Pas du tout satisfait·e") + [("97", "Sans objet")], True),
    "reclamation": (_codes("Oui, et le problème a été résolu",
                           "Oui, mais il n'a pas été résolu", "Non"), True),
    "info_projet": (_codes("Oui, je suis bien informé·e", "Oui, vaguement", "Non"), True),
    "priorite": (_codes(
        "Isolation des murs et façades", "Remplacement des fenêtres",
        "Changement du système de chauffage",
        "Pouvoir régler soi-même son chauffage (robinets thermostatiques, thermostat)",
        "Ventilation, traitement de l'humidité", "Salle de bains, sanitaires", "Électricité",
        "Parties communes, ascenseurs", "Sécurité, contrôle d'accès",
        "Abords, espaces verts, stationnement", "Autre")
        + [("0", "Pas d'autre priorité")], True),
    "chauffage_souhaite": (_codes("Un chauffage collectif, payé dans les charges",
                                  "Un chauffage individuel au gaz",
                                  "Un chauffage individuel électrique", "Sans préférence"), True),
    "partage_economies": (_codes("Oui", "Oui, selon le montant", "Non"), True),
    "souhait_logement": (_codes("Rester dans ce logement", "Être relogé·e dans le quartier",
                                "Être relogé·e ailleurs dans la commune ou l'agglomération",
                                "Quitter le logement social"), True),
    "accompagnement": (_codes("Oui, une visite à domicile", "Oui, une réunion collective",
                              "Oui, un document", "Non"), True),
}


def choice_rows() -> list[dict[str, str]]:
    rows = []
    for list_name, (codes, nr) in CHOICE_LISTS.items():
        for code, label in codes + (NR_CHOICES if nr else []):
            rows.append({"list_name": list_name, "name": code, "label": label})
    return rows


def _label_of(list_name: str, code: str) -> str:
    codes, nr = CHOICE_LISTS[list_name]
    return dict(codes + (NR_CHOICES if nr else []))[code]


# --------------------------------------------------------------------------------------------
# Row helpers
# --------------------------------------------------------------------------------------------

def _row(type_: str, name: str = "", label: str = "", **cols: str) -> dict[str, str]:
    row = {"type": type_, "name": name, "label": label}
    for key, value in cols.items():
        if key not in SURVEY_COLUMNS:
            raise KeyError(f"unknown column {key!r} on {name!r}")
        if value:
            row[key] = value
    if row.get("required") == "yes" and "required_message" not in row:
        row["required_message"] = MSG_REQUIRED
    return row


def q(type_: str, name: str, label: str = "", **cols: str) -> dict[str, str]:
    """One question (or note, calculate, metadata)."""
    return _row(type_, name, label, **cols)


def calc(name: str, calculation: str) -> dict[str, str]:
    return _row("calculate", name, calculation=calculation)


def note(name: str, label: str, **cols: str) -> dict[str, str]:
    return _row("note", name, label, **cols)


def group(name: str, label: str, rows: list[dict[str, str]], *, relevant: str = "",
          appearance: str = "field-list") -> list[dict[str, str]]:
    return ([_row("begin_group", name, label, relevant=relevant, appearance=appearance)]
            + rows + [_row("end_group")])


def repeat(name: str, label: str, count: str, rows: list[dict[str, str]], *,
           relevant: str = "", appearance: str = "field-list") -> list[dict[str, str]]:
    return ([_row("begin_repeat", name, label, repeat_count=count, relevant=relevant,
                  appearance=appearance)] + rows + [_row("end_repeat")])


def _and(*conditions: str) -> str:
    parts = [c for c in conditions if c]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return " and ".join(f"({c})" if " or " in c else c for c in parts)


def num(type_: str, name: str, label: str, *, short: str, relevant: str = "",
        statut: bool = True, **cols: str) -> list[dict[str, str]]:
    """A numeric question; with `statut`, followed by `<name>_statut` (98 / 99) when left empty."""
    rows = [q(type_, name, label, relevant=relevant, **cols)]
    if statut:
        rows.append(q(
            "select_one nsp_refus", f"{name}_statut", f"{short} : pas de valeur notée, pourquoi ?",
            hint="Ne pas lire. Seulement si la personne ne sait pas ou refuse de répondre.",
            required="yes", required_message=MSG_STATUT,
            relevant=_and(relevant, f"${{{name}}} = ''")))
    return rows


def select_one(list_name: str, name: str, label: str, **cols: str) -> dict[str, str]:
    return q(f"select_one {list_name}", name, label, **cols)


def select_multiple(list_name: str, name: str, label: str, *, exclusive: tuple[str, ...] = (),
                    **cols: str) -> dict[str, str]:
    """A select_multiple; `exclusive` codes (plus 98/99 when the list has them) stand alone."""
    codes, nr = CHOICE_LISTS[list_name]
    alone = list(exclusive) + ([NSP, REFUS] if nr else [])
    if alone:
        rule = " and ".join(f"(not(selected(., '{c}')) or count-selected(.) = 1)" for c in alone)
        labels = [f"« {_label_of(list_name, c)} »" for c in alone]
        joined = ", ".join(labels[:-1]) + " ou " + labels[-1] if len(labels) > 1 else labels[0]
        message = MSG_EXCLUSIVE.format(labels=joined)
        if "constraint" in cols:
            rule = f"({cols.pop('constraint')}) and {rule}"
            message = f"{cols.pop('constraint_message')} {message}"
        cols["constraint"], cols["constraint_message"] = rule, message
    return q(f"select_multiple {list_name}", name, label, **cols)


def sel(field: str, *codes: str) -> str:
    """`selected(${field}, 'a') or selected(${field}, 'b')`."""
    return " or ".join(f"selected(${{{field}}}, '{c}')" for c in codes)


def one_of(field: str, *codes: str) -> str:
    """`${field} = a or ${field} = b` for a select_one."""
    return " or ".join(f"${{{field}}} = {c}" for c in codes)


def flag(condition: str) -> str:
    return f"if({condition}, 1, 0)"


def real_answer(field: str) -> str:
    """A select_multiple with at least one answer that is neither 98 nor 99."""
    return (f"count-selected(${{{field}}}) > 0 and not(selected(${{{field}}}, '{NSP}')) "
            f"and not(selected(${{{field}}}, '{REFUS}'))")


INTERVIEW = "${entretien} = 1"
NR_SELECTED = f"selected(., '{NSP}') or selected(., '{REFUS}')"


# --------------------------------------------------------------------------------------------
# A. Identification du logement (pre-filled from the landlord register by the app)
# --------------------------------------------------------------------------------------------

SECTION_A = group("identification", "A. Identification du logement", [
    note("note_identification",
         "Fiche pré-remplie à partir du registre du bailleur. Vérifier l'adresse, l'étage et la "
         "porte (boîte aux lettres, sonnette) avant de frapper."),
    q("text", "id_logement", "Référence du logement (registre du bailleur)", read_only="yes"),
    q("text", "id_rpls", "Identifiant RPLS du logement", read_only="yes"),
    select_one("site", "site", "Site", required="yes",
               hint="Pré-rempli d'après la commune du registre."),
    q("text", "commune", "Commune", read_only="yes"),
    q("text", "adresse", "Adresse", read_only="yes"),
    select_one("type_logement", "type_logement", "Type de logement", required="yes",
               hint="Pré-rempli d'après le registre (TYPECONST : C = collectif, I = individuel). "
                    "Corriger si besoin."),
    q("text", "batiment", "Bâtiment / tour / groupe", read_only="yes"),
    q("text", "entree", "Entrée / cage d'escalier", read_only="yes",
      relevant="${type_logement} = 1"),
    q("integer", "etage", "Étage (0 = rez-de-chaussée, -1 = sous-sol)", read_only="yes",
      relevant="${type_logement} = 1"),
    q("text", "porte", "N° de logement / porte", read_only="yes"),
    select_one("typologie", "typologie", "Typologie", required="yes",
               hint="Pré-remplie d'après le registre (T3bis = T3). Corriger si le logement "
                    "visité diffère."),
    q("decimal", "surface", "Surface habitable (m²)",
      hint="Pré-remplie d'après le registre (SURFHAB). Corriger seulement d'après le bail ou "
           "l'avis d'échéance.",
      constraint=". >= 10 and . <= 200",
      constraint_message="La surface doit être comprise entre 10 et 200 m².",
      warning="${typologie} = '' or (. >= 8 + 10 * ${typologie} and . <= 40 + 25 * ${typologie})",
      warning_message="Surface inhabituelle pour cette typologie : vérifier sur le bail ou "
                      "l'avis d'échéance."),
    select_one("ouinon_obs", "ident_conforme",
               "Le logement visité correspond-il à cette fiche (adresse, étage, porte) ?",
               required="yes"),
    q("text", "ident_ecart", "Décrire l'écart constaté", required="yes",
      relevant="${ident_conforme} = 2", appearance="multiline"),
])


# --------------------------------------------------------------------------------------------
# B. Passage et accord
# --------------------------------------------------------------------------------------------

CONSENT_TEXT = (
    "« Bonjour, je m'appelle …, je travaille pour Habitat & Développement. Nous réalisons, pour "
    "la Communauté d'agglomération de Lens-Liévin, la Ville et Pas-de-Calais Habitat, une enquête "
    "auprès des habitants sur le chauffage, les dépenses d'énergie et le confort des logements, "
    "en vue des travaux prévus dans le quartier. L'entretien dure environ 30 minutes. Vos réponses "
    "sont confidentielles et n'ont aucune incidence sur votre loyer. Vous pouvez refuser de "
    "répondre à toute question. »")

SECTION_B = group("visite", "B. Passage et accord", [
    *group("passage", "Passage", [
        q("date", "date_visite", "Date du passage", required="yes", default="today()",
          constraint=". <= today()",
          constraint_message="La date du passage ne peut pas être dans le futur."),
        q("time", "heure_visite", "Heure du passage", hint="Heure d'arrivée à la porte."),
        q("text", "enqueteur", "Enquêteur ou enquêtrice (nom ou code)", required="yes",
          hint="Pré-rempli par l'application à partir de la session."),
        q("integer", "num_passage", "N° de passage dans ce logement", required="yes",
          hint="Pré-rempli par l'application (1 au premier passage).",
          constraint=". >= 1 and . <= 10",
          constraint_message="Le n° de passage doit être compris entre 1 et 10.",
          warning=". <= 5",
          warning_message="Plus de 5 passages : le protocole prévoit au plus 5 tentatives."),
        select_one("resultat_visite", "resultat_visite", "Résultat du passage", required="yes"),
        q("date", "rdv_date", "Date du rendez-vous", required="yes",
          relevant="${resultat_visite} = 4", constraint=". >= today()",
          constraint_message="Le rendez-vous doit être aujourd'hui ou plus tard."),
        q("time", "rdv_heure", "Heure du rendez-vous", relevant="${resultat_visite} = 4"),
        q("text", "resultat_precision", "Préciser", required="yes",
          relevant=one_of("resultat_visite", "8", "9")),
    ]),
    *group("accord_entretien", "Présentation et accord", [
        note("note_presentation", CONSENT_TEXT, hint="À lire au ménage."),
        select_one("ouinon_obs", "accord", "Acceptez-vous de répondre ?", required="yes",
                   warning=". = 1",
                   warning_message="Le ménage refuse l'entretien : indiquer plutôt « Refus » "
                                   "comme résultat du passage."),
        select_one("repondant", "repondant", "Qui répond ?", required="yes",
                   relevant="${accord} = 1"),
    ], relevant=one_of("resultat_visite", "1", "2")),
    select_one("motif_refus", "motif_refus", "Motif du refus",
               relevant="${resultat_visite} = 5 or ${accord} = 2"),
    calc("entretien", flag("(" + one_of("resultat_visite", "1", "2") + ") and ${accord} = 1")),
], appearance="")


# --------------------------------------------------------------------------------------------
# C. Le ménage
# --------------------------------------------------------------------------------------------

MEMBRES = repeat("membres", "Personne du ménage", "${nb_personnes}", [
    q("text", "prenom", "Prénom ou initiales", required="yes",
      hint="Pas de nom de famille. Si la personne ne veut pas le dire : « P1 », « P2 »…",
      constraint="string-length(.) <= 30", constraint_message="30 caractères au plus."),
    select_one("lien", "lien", "Lien avec le ou la titulaire du bail", required="yes",
               constraint="(position(..) = 1 and . = 1) or (position(..) > 1 and . != 1)",
               constraint_message="La première personne est le ou la titulaire du bail (et elle "
                                  "seule)."),
    select_one("sexe", "sexe", "Sexe"),
    *num("integer", "age", "Âge (en années)", short="Âge",
         hint="Âge en années révolues ; 0 pour un bébé de moins d'un an.",
         constraint=". >= 0 and . <= 120",
         constraint_message="L'âge doit être compris entre 0 et 120 ans.",
         warning=". <= 100 and (${lien} != 1 or . >= 18)",
         warning_message="Âge inhabituel (plus de 100 ans, ou titulaire du bail mineur) : "
                         "vérifier."),
    select_one("activite", "activite", "Situation actuelle", appearance="minimal",
               relevant="${age} = '' or ${age} >= 16"),
    calc("m_moins14", flag("${age} != '' and ${age} < 14")),
    calc("m_14plus", flag("${age} = '' or ${age} >= 14")),
    calc("m_60plus", flag("${age} != '' and ${age} >= 60")),
    calc("m_age_inconnu", flag("${age} = ''")),
])

SECTION_C = group("menage", "C. Le ménage", [
    q("integer", "nb_personnes",
      "« Combien de personnes vivent habituellement dans ce logement, vous compris·e ? »",
      required="yes", constraint=". >= 1 and . <= 15",
      constraint_message="Le nombre de personnes doit être compris entre 1 et 15.",
      warning="${surface} = '' or ${surface} div . >= 9",
      warning_message="Moins de 9 m² par personne : vérifier le nombre de personnes et la "
                      "surface."),
    note("note_membres", "« Pour chaque personne, en commençant par le ou la titulaire du bail : »"),
    *MEMBRES,
    calc("nb_14plus", "sum(${m_14plus})"),
    calc("nb_moins14", "sum(${m_moins14})"),
    calc("nb_60plus", "sum(${m_60plus})"),
    calc("uc", "if(${nb_14plus} > 0, 1 + 0.5 * (${nb_14plus} - 1) + 0.3 * ${nb_moins14}, "
               "1 + 0.3 * (${nb_personnes} - 1))"),
    calc("flag_uc_approx", flag("sum(${m_age_inconnu}) > 0")),
    *group("situation", "Installation et présence", [
        select_one("presence_jour", "presence_jour",
                   "« En semaine, y a-t-il habituellement quelqu'un dans le logement pendant "
                   "la journée ? »"),
        *num("integer", "annee_entree",
             "« En quelle année votre ménage est-il entré dans ce logement ? »",
             short="Année d'entrée", constraint=f". >= 1930 and . <= {YEAR}",
             constraint_message="L'année doit être comprise entre 1930 et l'année en cours."),
    ]),
    *group("droits_angdm", "Droits des mineurs (ANGDM)", [
        select_one("angdm", "angdm",
                   "« Vous-même ou une personne de votre ménage êtes-vous ancien·ne mineur·e des "
                   "Houillères, ou conjoint·e survivant·e d'un mineur, et bénéficiez-vous à ce "
                   "titre de droits auprès de l'ANGDM ? »", required="yes"),
        select_multiple("angdm_prest", "angdm_prest", "« Quels avantages percevez-vous ? »",
                        exclusive=("6",), required="yes", relevant=one_of("angdm", "1", "2")),
    ]),
    *group("revenus", "Ressources du ménage", [
        select_multiple("ressources", "ressources",
                        "« Quelles sont les sources de revenus de votre ménage ? »",
                        hint="Montrer la carte-réponse. Plusieurs réponses possibles.",
                        required="yes"),
        *num("integer", "revenu_mensuel",
             "« Au total, combien votre ménage perçoit-il chaque mois, en net, toutes ressources "
             "confondues (salaires, pensions, allocations…), sans compter l'aide au logement ? »",
             short="Revenu mensuel", hint="En euros par mois.",
             constraint=". >= 0 and . <= 15000",
             constraint_message="Le montant doit être compris entre 0 et 15 000 € par mois.",
             warning=". >= 300 and . <= 6000",
             warning_message="Revenu mensuel inhabituel (moins de 300 € ou plus de 6 000 €) : "
                             "vérifier."),
        select_one("revenu_tranche", "revenu_tranche",
                   "« Pouvez-vous simplement m'indiquer la lettre qui correspond sur cette "
                   "carte ? »", hint="Montrer la carte des revenus mensuels nets.",
                   required="yes", relevant="${revenu_mensuel} = ''"),
        *num("decimal", "apl",
             "« Quel est le montant mensuel de votre aide au logement (APL), qu'elle vous soit "
             "versée ou déduite de votre loyer ? »", short="Aide au logement",
             hint="En euros par mois.", relevant=sel("ressources", "7"),
             constraint=". >= 0 and . <= 1000",
             constraint_message="Le montant doit être compris entre 0 et 1 000 € par mois."),
    ]),
    calc("revenu_mensuel_retenu",
         "if(${revenu_mensuel} != '', ${revenu_mensuel}, "
         "if(${revenu_tranche} = 1, 450, if(${revenu_tranche} = 2, 750, "
         "if(${revenu_tranche} = 3, 1050, if(${revenu_tranche} = 4, 1350, "
         "if(${revenu_tranche} = 5, 1750, if(${revenu_tranche} = 6, 2250, "
         "if(${revenu_tranche} = 7, 2750, if(${revenu_tranche} = 8, 3500, '')))))))))"),
    calc("flag_rev_impute", flag("${revenu_mensuel} = '' and ${revenu_mensuel_retenu} != ''")),
    calc("revenu_annuel", "if(${revenu_mensuel_retenu} != '', "
                          "12 * (${revenu_mensuel_retenu} + coalesce(${apl}, 0)), '')"),
    calc("niveau_vie", "if(${revenu_annuel} != '', round(${revenu_annuel} div ${uc}, 0), '')"),
], relevant=INTERVIEW, appearance="")


# --------------------------------------------------------------------------------------------
# D. Le logement, le loyer et les charges
# --------------------------------------------------------------------------------------------

SECTION_D = group("logement", "D. Le logement, le loyer et les charges", [
    *group("logement_pieces", "Le logement", [
        q("integer", "nb_pieces",
          "« Combien de pièces principales compte votre logement (sans compter cuisine, salle "
          "de bains, WC) ? »", required="yes", constraint=". >= 1 and . <= 8",
          constraint_message="Le nombre de pièces doit être compris entre 1 et 8.",
          warning="(${typologie} = '' or . = ${typologie} or (${typologie} = 6 and . >= 6)) "
                  "and ${nb_personnes} <= 2 * . + 1",
          warning_message="Nombre de pièces différent de la typologie du registre, ou plus de "
                          "deux personnes par pièce : vérifier."),
        select_one("fenetres_air", "fenetres_air",
                   "« Vos fenêtres laissent-elles passer l'air quand elles sont fermées ? »",
                   required="yes"),
        select_multiple("amenagements_froid", "amenagements_froid",
                        "« Avez-vous fait vous-même des aménagements pour vous protéger du "
                        "froid ? »", exclusive=("0",)),
    ]),
    *group("loyer_charges", "Loyer et charges", [
        *num("decimal", "loyer_hc", "« Quel est le montant de votre loyer mensuel, hors "
             "charges ? »", short="Loyer hors charges",
             hint="En euros par mois ; lire l'avis d'échéance s'il est montré.",
             constraint=". >= 0 and . <= 1500",
             constraint_message="Le loyer doit être compris entre 0 et 1 500 € par mois.",
             warning=". >= 50 and . <= 900",
             warning_message="Loyer inhabituel (moins de 50 € ou plus de 900 €) : vérifier sur "
                             "l'avis d'échéance (0 € possible si le logement est gratuit, "
                             "droits ANGDM)."),
        *num("decimal", "provision_charges",
             "« Et le montant mensuel des charges payées au bailleur ? »",
             short="Charges mensuelles", hint="En euros par mois.",
             constraint=". >= 0 and . <= 600",
             constraint_message="Les charges doivent être comprises entre 0 et 600 € par mois.",
             warning=". <= 400",
             warning_message="Charges supérieures à 400 € par mois : vérifier."),
        select_one("source_montant", "loyer_source", "Source du loyer et des charges"),
        select_multiple("charges_incluent", "charges_incluent",
                        "« Ces charges comprennent-elles… ? »", exclusive=("0",),
                        required="yes"),
        *num("decimal", "provision_chauffage",
             "« Quelle part de ces charges correspond au chauffage et à l'eau chaude ? »",
             short="Provision chauffage et eau chaude",
             hint="En euros par mois : ligne de l'avis d'échéance, ou provision du bailleur.",
             relevant=sel("charges_incluent", "1", "2"),
             constraint=". >= 0 and (${provision_charges} = '' or . <= ${provision_charges})",
             constraint_message="La provision de chauffage ne peut pas dépasser les charges "
                                "mensuelles."),
        *num("decimal", "regul",
             "« Lors de la dernière régularisation annuelle des charges, avez-vous eu un rappel "
             "à payer ou un remboursement ? De combien ? »", short="Régularisation",
             hint="En euros : rappel positif, remboursement négatif (ex. -120), 0 si aucun.",
             relevant=sel("charges_incluent", "1", "2"),
             constraint=". >= -2000 and . <= 2000",
             constraint_message="Le montant doit être compris entre -2 000 et 2 000 €."),
    ]),
    calc("dep_energie_coll", "if(${provision_chauffage} != '', "
                             "12 * ${provision_chauffage} + coalesce(${regul}, 0), 0)"),
], relevant=INTERVIEW, appearance="")


# --------------------------------------------------------------------------------------------
# E. Le chauffage
# --------------------------------------------------------------------------------------------

ELECTRIC_TYPES = ("4", "5", "6")
COMBUSTION_TYPES = ("2", "3", "7", "8", "9")

APPAREILS = repeat("appareils", "Appareil de chauffage", "${nb_appareils}", [
    select_one("type_appareil", "app_type", "Type d'appareil", required="yes"),
    select_one("energie", "app_energie", "Énergie de l'appareil", required="yes",
               relevant="not(" + one_of("app_type", *ELECTRIC_TYPES) + ")",
               warning=f"not(({one_of('app_type', '7', '8')}) and . != 6 and . != 7 "
                       f"and . < {NSP})",
               warning_message="Poêle ou cuisinière à charbon avec une autre énergie que le "
                               "charbon ou le bois : vérifier."),
    q("integer", "app_nombre", "Combien d'appareils de ce type ?",
      relevant=one_of("app_type", *ELECTRIC_TYPES), constraint=". >= 1 and . <= 20",
      constraint_message="Entre 1 et 20."),
    select_one("age_appareil", "app_age",
               "« Depuis combien de temps environ cet appareil est-il installé ? »"),
    select_one("piece", "app_piece", "Pièce où se trouve l'appareil", appearance="minimal"),
    select_one("etat_appareil", "app_etat", "État de l'appareil",
               hint="D'après le ménage et ce que l'enquêteur voit."),
    select_one("ouinon", "app_entretien",
               "« Cet appareil a-t-il été entretenu ou ramoné dans les 12 derniers mois ? »",
               relevant=one_of("app_type", *COMBUSTION_TYPES)),
    select_one("evacuation", "app_evacuation",
               "Évacuation des fumées (observation de l'enquêteur)",
               relevant=one_of("app_type", *COMBUSTION_TYPES)),
    calc("app_energie_code", f"if({one_of('app_type', *ELECTRIC_TYPES)}, 4, ${{app_energie}})"),
    calc("app_combustion", flag(one_of("app_type", *COMBUSTION_TYPES))),
    calc("app_charbon", flag("${app_type} = 7 or ${app_type} = 8 or ${app_energie} = 6")),
])

CHAUFF_INDIV = one_of("chauff_mode", "3", "4", "5", "9")

SECTION_E = group("chauffage", "E. Le chauffage", [
    *group("mode_chauffage", "Mode de chauffage", [
        select_one("chauff_mode", "chauff_mode",
                   "« Comment votre logement est-il principalement chauffé ? »", required="yes",
                   hint="Peut être pré-rempli d'après le type de chauffage du bâtiment."),
        select_one("energie", "chauff_energie", "« Avec quelle énergie principale ? »",
                   required="yes", relevant="${chauff_mode} != 7",
                   warning=f"(${{chauff_mode}} != 2 or . = 1 or . >= {NSP}) and "
                           f"(${{chauff_mode}} != 4 or . = 4 or . >= {NSP})",
                   warning_message="Énergie incohérente avec le mode de chauffage (réseau de "
                                   "chaleur, ou appareils électriques) : vérifier."),
    ]),
    calc("chauff_collectif", flag(one_of("chauff_mode", "1", "2"))),
    calc("chauff_indiv", flag(CHAUFF_INDIV)),
    *group("equipement", "Appareils de chauffage du logement", [
        q("integer", "nb_appareils", "Nombre d'appareils de chauffage fixes",
          hint="Compter la chaudière, chaque poêle ou cuisinière, et une seule fois chaque "
               "groupe de convecteurs ou radiateurs électriques identiques.",
          required="yes", constraint=". >= 1 and . <= 10",
          constraint_message="Entre 1 et 10 appareils.", warning=". <= 5",
          warning_message="Plus de 5 appareils : grouper les convecteurs identiques."),
        *APPAREILS,
    ], relevant="${chauff_indiv} = 1", appearance=""),
    calc("nb_app_combustion", "sum(${app_combustion})"),
    calc("nb_app_charbon", "sum(${app_charbon})"),
    *group("regulation_chauffage", "Réglage et fonctionnement", [
        select_multiple("regulation", "regulation",
                        "« Pouvez-vous régler vous-même la température de votre chauffage ? "
                        "Avec quoi ? »", exclusive=("6",), required="yes"),
        select_one("regulation_usage", "regulation_usage", "« Utilisez-vous ces réglages ? »",
                   relevant=real_answer("regulation") + " and not(selected(${regulation}, '6'))"),
        select_one("chauff_suffisant", "chauff_suffisant",
                   "« En hiver, votre chauffage permet-il de chauffer correctement… ? »",
                   required="yes"),
        select_one("pannes", "pannes",
                   "« L'hiver dernier, votre chauffage a-t-il été en panne ou arrêté pendant "
                   "plus de 24 heures ? »", required="yes"),
        select_one("periode_chauffe", "periode_chauffe",
                   "« Les dates de mise en route et d'arrêt du chauffage collectif vous "
                   "conviennent-elles ? »", relevant="${chauff_collectif} = 1"),
    ], relevant="${chauff_mode} != 7"),
    *group("chauffage_appoint", "Chauffage d'appoint", [
        select_one("appoint", "appoint",
                   "« Utilisez-vous un chauffage d'appoint en plus du chauffage principal ? »",
                   required="yes"),
        select_multiple("appoint_type", "appoint_type", "« Lequel ou lesquels ? »",
                        required="yes", relevant=one_of("appoint", "1", "2")),
        select_multiple("appoint_raison", "appoint_raison", "« Pour quelles raisons ? »",
                        relevant=one_of("appoint", "1", "2")),
    ]),
    calc("utilise_charbon", flag("${chauff_energie} = 6 or ${nb_app_charbon} > 0 or "
                                 + sel("angdm_prest", "2"))),
    *group("charbon", "Le charbon", [
        select_multiple("charbon_appro", "charbon_appro",
                        "« Comment vous procurez-vous le charbon ? »", required="yes"),
        *num("decimal", "charbon_quantite",
             "« Quelle quantité de charbon utilisez-vous pour un hiver ? »",
             short="Quantité de charbon",
             hint="En tonnes (1 tonne = 20 sacs de 50 kg).",
             constraint=". >= 0 and . <= 20",
             constraint_message="La quantité doit être comprise entre 0 et 20 tonnes.",
             warning=". <= 8",
             warning_message="Plus de 8 tonnes par hiver : vérifier l'unité (tonnes, pas sacs)."),
        *num("decimal", "charbon_angdm_qte",
             "« Quelle quantité vous est livrée gratuitement par l'ANGDM chaque année ? »",
             short="Charbon livré par l'ANGDM", hint="En tonnes par an.",
             relevant=sel("charbon_appro", "1"),
             constraint=". >= 0 and . <= 20",
             constraint_message="La quantité doit être comprise entre 0 et 20 tonnes."),
        *num("integer", "charbon_livraisons",
             "« Combien de livraisons ou d'achats de charbon faites-vous par hiver ? »",
             short="Livraisons de charbon", constraint=". >= 0 and . <= 50",
             constraint_message="Entre 0 et 50."),
        select_one("charbon_stockage", "charbon_stockage", "« Où stockez-vous le charbon ? »",
                   required="yes"),
        select_multiple("charbon_difficultes", "charbon_difficultes",
                        "« Le chauffage au charbon vous pose-t-il des difficultés ? »",
                        exclusive=("0",)),
    ], relevant="${utilise_charbon} = 1"),
], relevant=INTERVIEW, appearance="")


# --------------------------------------------------------------------------------------------
# F. L'eau chaude (and the carbon-monoxide detector)
# --------------------------------------------------------------------------------------------

SECTION_F = group("eau_chaude", "F. L'eau chaude et la sécurité des appareils", [
    select_one("ecs_mode", "ecs_mode", "« Comment l'eau chaude est-elle produite chez vous ? »",
               required="yes",
               warning=f". != 1 or {sel('charges_incluent', '2', NSP, REFUS)}",
               warning_message="Eau chaude collective, mais elle n'est pas cochée dans les "
                               "charges (section D) : vérifier."),
    select_multiple("ecs_problemes", "ecs_problemes",
                    "« Rencontrez-vous des problèmes avec l'eau chaude ? »", exclusive=("0",),
                    required="yes"),
    calc("flag_combustion", flag(
        "${nb_app_combustion} > 0 or (${chauff_collectif} = 0 and ("
        + one_of("chauff_energie", "2", "3", "5", "6", "7", "8") + ")) or "
        + sel("appoint_type", "2", "3", "5") + " or ${ecs_mode} = 3")),
    select_one("detecteur_co", "detecteur_co",
               "« Avez-vous un détecteur de monoxyde de carbone dans le logement ? »",
               relevant="${flag_combustion} = 1"),
], relevant=INTERVIEW)


# --------------------------------------------------------------------------------------------
# G. Les habitudes
# --------------------------------------------------------------------------------------------

SECTION_G = group("habitudes", "G. Les habitudes", [
    *group("temperatures", "Températures", [
        *num("decimal", "temp_sejour",
             "« En hiver, quand vous êtes chez vous, à quelle température se trouve "
             "habituellement votre pièce principale ? »", short="Température le jour",
             hint="En °C (par pas de 0,5).", constraint=". >= 10 and . <= 30",
             constraint_message="La température doit être comprise entre 10 et 30 °C.",
             warning=". >= 14 and . <= 26",
             warning_message="Température inhabituelle (moins de 14 °C ou plus de 26 °C) : "
                             "vérifier."),
        *num("decimal", "temp_nuit",
             "« Et la nuit, quelle température fait-il dans les chambres ? »",
             short="Température la nuit", hint="En °C.",
             constraint=". >= 5 and . <= 30",
             constraint_message="La température doit être comprise entre 5 et 30 °C.",
             warning=". <= 26 and (${temp_sejour} = '' or . <= ${temp_sejour} + 2)",
             warning_message="Température de nuit élevée (plus de 26 °C ou nettement plus que "
                             "le jour) : vérifier."),
        *num("decimal", "temp_ideale",
             "« Selon vous, quelle serait la température idéale dans votre pièce principale "
             "en hiver ? »", short="Température idéale", hint="En °C.",
             constraint=". >= 15 and . <= 28",
             constraint_message="La température doit être comprise entre 15 et 28 °C."),
        q("decimal", "temp_mesure", "Température mesurée par l'enquêteur (°C)",
          hint="Thermomètre au centre de la pièce principale, à environ 1,5 m du sol, au moment "
               "de la visite. Laisser vide sans thermomètre.",
          constraint=". >= 5 and . <= 35",
          constraint_message="La mesure doit être comprise entre 5 et 35 °C.",
          warning=". >= 12 and . <= 26",
          warning_message="Mesure inhabituelle (moins de 12 °C ou plus de 26 °C) : vérifier le "
                          "thermomètre et sa position."),
        select_one("reduit_nuit", "reduit_nuit",
                   "« La nuit ou quand vous êtes absent·e, baissez-vous le chauffage ? »",
                   required="yes", relevant="${chauff_mode} != 7",
                   warning=". != 1 or not(selected(${regulation}, '6'))",
                   warning_message="Le ménage dit baisser le chauffage alors qu'aucun moyen de "
                                   "réglage n'a été noté (section E) : vérifier."),
    ]),
    calc("temp_retenue", "coalesce(${temp_mesure}, ${temp_sejour})"),
    *group("usages", "Aération et usages", [
        select_one("aeration", "aeration",
                   "« En hiver, à quelle fréquence ouvrez-vous les fenêtres pour aérer ? »",
                   required="yes"),
        select_one("ventilation", "ventilation",
                   "« Avez-vous des bouches d'aération dans la cuisine et la salle de bains ? "
                   "Fonctionnent-elles ? »",
                   hint="Si le ménage l'accepte, vérifier le tirage avec une feuille de papier.",
                   required="yes"),
        select_one("sechage_linge", "sechage_linge",
                   "« En hiver, où faites-vous sécher votre linge ? »"),
        select_one("restriction", "restriction",
                   "« Vous arrive-t-il de ne pas allumer ou de baisser le chauffage pour limiter "
                   "vos dépenses ? »", required="yes"),
        select_one("cuisson", "cuisson", "« Avec quelle énergie cuisinez-vous ? »"),
    ]),
], relevant=INTERVIEW, appearance="")


# --------------------------------------------------------------------------------------------
# H. Factures et dépenses d'énergie
# --------------------------------------------------------------------------------------------

# (code in `energies_payees`, short name, label)
ENERGIES = [
    ("1", "elec", "Électricité"),
    ("2", "gaz", "Gaz de ville"),
    ("3", "gpl", "Gaz en bouteille ou en citerne"),
    ("4", "fioul", "Fioul"),
    ("5", "charbon", "Charbon"),
    ("6", "bois", "Bois"),
    ("7", "petrole", "Pétrole"),
]
ANNUAL_FACTOR = "if(${{{p}}} = 1, 12, if(${{{p}}} = 2, 6, if(${{{p}}} = 3, 4, 1)))"


def energy_bill(code: str, short: str, label: str) -> list[dict[str, str]]:
    amount, period = f"fact_{short}", f"fact_{short}_periode"
    hint = "En euros, d'après la dernière facture ou l'échéancier si possible."
    if short == "elec":
        hint += " Facture commune électricité + gaz : noter le total ici et 0 pour le gaz."
    if short == "charbon":
        hint += " Achats de l'hiver : noter le total et choisir « Pour l'hiver »."
    factor = ANNUAL_FACTOR.format(p=period)
    return group(f"facture_{short}", label, [
        *num("decimal", amount, f"« Combien avez-vous payé pour : {label.lower()} ? »",
             short=f"Montant {label.lower()}", hint=hint,
             constraint=". >= 0 and . <= 5000",
             constraint_message="Le montant doit être compris entre 0 et 5 000 €."),
        select_one("periodicite", period, "« Ce montant correspond à quelle période ? »",
                   required="yes", relevant=f"${{{amount}}} != ''",
                   warning=f"${{dep_{short}}} = '' or ${{dep_{short}}} <= 2500",
                   warning_message="Plus de 2 500 € par an pour cette énergie : vérifier le "
                                   "montant et la période."),
        select_one("source_montant", f"fact_{short}_source", "Source du montant",
                   relevant=f"${{{amount}}} != ''"),
        calc(f"dep_{short}", f"if(${{{amount}}} != '' and ${{{period}}} >= 1 and "
                             f"${{{period}}} <= 5, round(${{{amount}}} * {factor}, 2), '')"),
    ], relevant=sel("energies_payees", code))


SECTION_H = group("depenses", "H. Factures et dépenses d'énergie", [
    *group("energies", "Énergies payées", [
        note("note_factures", "Demander au ménage de montrer ses dernières factures "
                              "(électricité, gaz…) ou son échéancier."),
        select_multiple("energies_payees", "energies_payees",
                        "« En dehors des charges payées au bailleur, pour quelles énergies "
                        "payez-vous vous-même des factures ou des achats ? »",
                        exclusive=("0",), required="yes",
                        warning=f"(selected(., '1') or {NR_SELECTED}) and "
                                f"(${{chauff_energie}} != 2 or ${{chauff_collectif}} = 1 or "
                                f"selected(., '2') or {NR_SELECTED})",
                        warning_message="L'électricité n'est pas cochée (presque tous les "
                                        "ménages ont une facture), ou le gaz manque alors que le "
                                        "chauffage individuel est au gaz : vérifier."),
    ]),
    *[row for code, short, label in ENERGIES for row in energy_bill(code, short, label)],
    calc("dep_energie_indiv",
         f"if({real_answer('energies_payees')}, "
         + " + ".join(f"coalesce(${{dep_{short}}}, 0)" for _, short, _ in ENERGIES) + ", '')"),
    calc("flag_dep_incomplete", flag(" or ".join(
        f"(selected(${{energies_payees}}, '{code}') and ${{dep_{short}}} = '')"
        for code, short, _ in ENERGIES))),
    calc("dep_energie", "if(${dep_energie_indiv} != '', "
                        "${dep_energie_indiv} + ${dep_energie_coll}, '')"),
    *group("paiement", "Paiement des factures", [
        select_one("fact_complet", "fact_complet",
                   "Dépenses notées : ${dep_energie_indiv} € par an payés directement, plus "
                   "${dep_energie_coll} € par an de chauffage et d'eau chaude dans les charges. "
                   "Toutes les dépenses d'énergie du ménage sont-elles notées ?",
                   hint="Vérification de l'enquêteur avec le ménage.",
                   relevant=real_answer("energies_payees") + " and not("
                   + sel("energies_payees", "0") + ")",
                   warning="${dep_energie} = '' or ${dep_energie} <= 5000",
                   warning_message="Plus de 5 000 € par an de dépenses d'énergie : vérifier les "
                                   "montants et leurs périodes."),
        select_multiple("tarif_social", "tarif_social",
                        "« Bénéficiez-vous d'un tarif social ou d'une aide pour payer "
                        "l'énergie ? »", hint="Le chèque énergie a remplacé les tarifs sociaux "
                                              "(TPN, TSS) en 2018.", exclusive=("4",)),
        select_one("difficulte_paiement", "difficulte_paiement",
                   "« Au cours des 12 derniers mois, avez-vous eu des difficultés à payer vos "
                   "factures d'énergie ou vos charges ? »", required="yes"),
        select_multiple("impayes", "impayes", "« Que s'est-il passé ? »", required="yes",
                        relevant=one_of("difficulte_paiement", "1", "2")),
        *num("decimal", "impayes_montant",
             "« À combien s'élèvent aujourd'hui, environ, vos impayés d'énergie ou de "
             "charges ? »", short="Montant des impayés",
             hint="En euros ; 0 s'il n'y a plus d'impayé.",
             relevant=one_of("difficulte_paiement", "1", "2"),
             constraint=". >= 0 and . <= 20000",
             constraint_message="Le montant doit être compris entre 0 et 20 000 €.",
             warning=". <= 5000", warning_message="Impayés de plus de 5 000 € : vérifier."),
        select_one("mode_paiement", "mode_paiement",
                   "« Comment payez-vous vos factures d'électricité ou de gaz ? »",
                   relevant=sel("energies_payees", "1", "2")),
    ]),
], relevant=INTERVIEW, appearance="")


# --------------------------------------------------------------------------------------------
# I. Confort et satisfaction
# --------------------------------------------------------------------------------------------

SATISFACTION = [
    ("sat_logement", "« Globalement, êtes-vous satisfait·e de votre logement ? »", True, ""),
    ("sat_chauffage", "« … du chauffage de votre logement ? »", True, ""),
    ("sat_isolation", "« … de l'isolation thermique (froid, courants d'air) ? »", True, ""),
    ("sat_ecs", "« … de l'eau chaude ? »", True, ""),
    ("sat_charges", "« … du montant de vos charges et dépenses d'énergie ? »", True, ""),
    ("sat_parties_communes", "« … de la propreté et de l'entretien des parties communes ? »",
     False, "${type_logement} = 1"),
    ("sat_bailleur", "« … de la façon dont votre bailleur traite vos demandes et "
                     "réclamations ? »", False, ""),
    ("sat_quartier", "« … de la vie dans votre quartier ? »", False, ""),
]

SECTION_I = group("confort", "I. Confort et satisfaction", [
    *group("froid_confort", "Froid et confort", [
        select_one("ouinon", "froid",
                   "« Au cours de l'hiver dernier, votre ménage a-t-il souffert du froid dans "
                   "votre logement pendant au moins 24 heures ? »", required="yes"),
        select_multiple("froid_raisons", "froid_raisons", "« Pour quelles raisons ? »",
                        hint="Lire la liste ; plusieurs réponses possibles.", required="yes",
                        relevant="${froid} = 1"),
        q("text", "froid_raisons_autre", "Préciser l'autre raison",
          relevant=sel("froid_raisons", "7")),
        select_multiple("problemes", "problemes",
                        "« Votre logement présente-t-il les problèmes suivants ? »",
                        exclusive=("0",), required="yes"),
        select_one("ouinon", "sante",
                   "« Pensez-vous que le froid ou l'humidité du logement a des conséquences sur "
                   "la santé d'un membre de votre ménage ? »"),
    ]),
    *group("satisfaction", "Satisfaction", [
        note("note_satisfaction", "« Pour chacun des points suivants, êtes-vous très, plutôt, "
                                  "plutôt pas ou pas du tout satisfait·e… »"),
        *[select_one("sat4", name, label, appearance="likert", relevant=relevant,
                     required="yes" if core else "")
          for name, label, core, relevant in SATISFACTION],
        select_one("reclamation", "reclamation_chauffage",
                   "« L'hiver dernier, avez-vous signalé un problème de chauffage à votre "
                   "bailleur ? »"),
    ]),
], relevant=INTERVIEW, appearance="")


# --------------------------------------------------------------------------------------------
# J. Attentes vis-à-vis de la réhabilitation
# --------------------------------------------------------------------------------------------

REAL_PRIORITY = "${{{p}}} >= 1 and ${{{p}}} <= 11"


def _priority_code(p: str, sep: str) -> str:
    value = f"${{{p}}}" if not sep else f"concat(' ', ${{{p}}})"
    return f"if({REAL_PRIORITY.format(p=p)}, {value}, '')"


SECTION_J = group("attentes", "J. Attentes vis-à-vis de la réhabilitation", [
    *group("priorites_travaux", "Priorités de travaux", [
        select_one("info_projet", "info_projet",
                   "« Avez-vous entendu parler du projet de rénovation de votre quartier ? »",
                   required="yes"),
        select_one("priorite", "priorite_1",
                   "« Parmi ces travaux, quel est pour vous le plus important ? »",
                   hint="Montrer la carte des travaux.", required="yes", appearance="minimal",
                   choice_filter="name != '0'"),
        select_one("priorite", "priorite_2", "« Et en deuxième ? »", required="yes",
                   appearance="minimal", relevant=REAL_PRIORITY.format(p="priorite_1"),
                   choice_filter="name != ${priorite_1}"),
        select_one("priorite", "priorite_3", "« Et en troisième ? »", required="yes",
                   appearance="minimal", relevant=REAL_PRIORITY.format(p="priorite_2"),
                   choice_filter="name != ${priorite_1} and name != ${priorite_2}"),
        q("text", "priorite_autre", "Préciser l'autre priorité",
          relevant="${priorite_1} = 11 or ${priorite_2} = 11 or ${priorite_3} = 11"),
    ]),
    calc("priorites", "concat(" + ", ".join([_priority_code("priorite_1", ""),
                                              _priority_code("priorite_2", " "),
                                              _priority_code("priorite_3", " ")]) + ")"),
    *group("souhaits", "Souhaits", [
        select_one("chauffage_souhaite", "chauffage_souhaite",
                   "« Si vous pouviez choisir, vous préféreriez… »", required="yes"),
        select_one("partage_economies", "partage_economies",
                   "« Si les travaux font baisser vos dépenses de chauffage, accepteriez-vous "
                   "une hausse de loyer inférieure à l'économie réalisée ? »"),
        select_one("souhait_logement", "souhait_logement",
                   "« Pendant et après les travaux, vous souhaiteriez plutôt… »", required="yes"),
        select_one("accompagnement", "accompagnement",
                   "« Seriez-vous intéressé·e par des conseils pour bien utiliser votre logement "
                   "rénové (chauffage, ventilation, économies d'énergie) ? »", required="yes"),
        q("text", "commentaire",
          "« Avez-vous d'autres remarques ou attentes à nous faire part ? »",
          appearance="multiline", constraint="string-length(.) <= 1000",
          constraint_message="1 000 caractères au plus."),
    ]),
], relevant=INTERVIEW, appearance="")


# --------------------------------------------------------------------------------------------
# K. Observations de l'enquêteur (not read aloud)
# --------------------------------------------------------------------------------------------

SECTION_K = group("observations", "K. Observations de l'enquêteur (ne pas lire)", [
    select_one("obs_etat", "obs_etat", "État apparent du logement", required="yes",
               relevant=INTERVIEW),
    select_one("obs_humidite", "obs_humidite", "Humidité et moisissures observées",
               required="yes", relevant=INTERVIEW),
    select_multiple("obs_co", "obs_co",
                    "Appareils à combustion (charbon, gaz, fioul, bois, pétrole) : signes de "
                    "risque de monoxyde de carbone", exclusive=("0",), required="yes",
                    relevant=_and(INTERVIEW, "${flag_combustion} = 1")),
    calc("nb_signes_co", f"if(selected(${{obs_co}}, '0'), 0, count-selected(${{obs_co}}))"),
    select_multiple("obs_alerte", "obs_alerte", "Situations à signaler", exclusive=("0",),
                    required="yes", relevant=INTERVIEW,
                    warning="${nb_signes_co} = 0 or selected(., '1')",
                    warning_message="Des signes de risque de monoxyde de carbone ont été notés : "
                                    "cocher aussi la situation « risque CO »."),
    q("text", "obs_commentaire", "Commentaire libre de l'enquêteur", appearance="multiline"),
])


# --------------------------------------------------------------------------------------------
# Derived indicators that need answers from several sections (section 3.1 of the reference).
# Indicators that depend on campaign parameters (thresholds, national medians, D3) are computed
# by the app, not here: pe_tee, pe_tee_3d, pe_brde_*, fr_preca_3d, sous_chauffe, surchauffe.
# --------------------------------------------------------------------------------------------

# They sit at the end of the form, outside any group (ODK refuses a group with no visible
# question), each with the interview condition as its own `relevant`.
def _indicators(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [dict(row, relevant=INTERVIEW) for row in rows]


INDICATEURS = _indicators([
    calc("flag_dep_coll_inconnue", flag("${provision_chauffage} = '' and "
                                        "${chauff_collectif} = 1")),
    calc("flag_angdm_nature", flag(sel("angdm_prest", "2") + " or " + sel("charbon_appro", "1"))),
    calc("tee", "if(${dep_energie} != '' and ${revenu_annuel} > 0, "
                "round(${dep_energie} div ${revenu_annuel}, 4), '')"),
    calc("flag_tee_aberrant", flag("${tee} != '' and ${tee} > 0.5")),
    calc("taux_effort_logement",
         "if(${revenu_annuel} > 0 and ${loyer_hc} != '' and ${provision_charges} != '' and "
         "${dep_energie_indiv} != '', round((12 * (${loyer_hc} + ${provision_charges}) + "
         "${dep_energie_indiv} - 12 * coalesce(${apl}, 0)) div ${revenu_annuel}, 4), '')"),
    calc("rav_uc", "if(${revenu_annuel} > 0 and ${loyer_hc} != '' and ${provision_charges} != '', "
                   "round((${revenu_annuel} - 12 * ${loyer_hc} - 12 * (${provision_charges} - "
                   "coalesce(${provision_chauffage}, 0))) div ${uc}, 0), '')"),
    calc("flag_fr", flag("${froid} = 1")),
    calc("flag_fr_preca", flag("${froid} = 1 and (" + sel("froid_raisons", "1", "2", "3", "4", "5")
                               + ")")),
    calc("flag_restriction", flag(one_of("restriction", "1", "2") + " or "
                                  + sel("froid_raisons", "3"))),
    calc("flag_sans_regulation", flag(sel("regulation", "6"))),
    calc("flag_appoint", flag(one_of("appoint", "1", "2"))),
    calc("flag_risque_co", flag(sel("appoint_type", "2", "3", "5") + " or "
                                + sel("obs_alerte", "1") + " or ${nb_signes_co} > 0")),
    calc("indice_humidite",
         " + ".join([flag(sel("problemes", c)) for c in ("3", "4", "5")]
                    + [flag("${ventilation} = 2"), flag("${sechage_linge} = 1"),
                       flag(one_of("aeration", "4", "5"))])),
    calc("flag_humidite", flag("${indice_humidite} >= 3")),
    calc("ecart_ideal", "if(${temp_ideale} != '' and ${temp_sejour} != '', "
                        "${temp_ideale} - ${temp_sejour}, '')"),
])


METADATA = [
    q("start", "debut"),
    q("end", "fin"),
    q("today", "jour"),
    q("deviceid", "poste"),
    q("username", "utilisateur"),
]

SURVEY: list[dict[str, str]] = (
    METADATA + SECTION_A + SECTION_B + SECTION_C + SECTION_D + SECTION_E + SECTION_F
    + SECTION_G + SECTION_H + SECTION_I + SECTION_J + SECTION_K + INDICATEURS
)


# --------------------------------------------------------------------------------------------
# Writing the workbook
# --------------------------------------------------------------------------------------------

WIDTHS = {
    "type": 30, "name": 24, "label": 60, "hint": 40, "required": 9, "required_message": 24,
    "relevant": 36, "constraint": 32, "constraint_message": 32, "warning": 32,
    "warning_message": 32, "calculation": 44, "default": 10, "read_only": 9,
    "choice_filter": 26, "appearance": 12, "repeat_count": 15,
    "list_name": 22, "form_id": 20, "form_title": 50, "version": 10,
}
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="E2EFDA")
REPEAT_FILL = PatternFill("solid", fgColor="FCE4D6")
CALC_FONT = Font(color="7F7F7F")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def _write_sheet(wb: Workbook, title: str, columns: list[str], rows: list[dict[str, str]],
                 freeze: str = "A2") -> None:
    ws = wb.create_sheet(title)
    ws.append(columns)
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row in rows:
        ws.append([row.get(col, "") or None for col in columns])
        kind = row.get("type", "")
        fill = (GROUP_FILL if kind in ("begin_group", "end_group")
                else REPEAT_FILL if kind in ("begin_repeat", "end_repeat") else None)
        for cell in ws[ws.max_row]:
            cell.alignment = WRAP if columns[cell.column - 1] in (
                "label", "hint", "constraint_message", "warning_message", "required_message",
                "calculation", "relevant", "constraint", "warning") else TOP
            if fill is not None:
                cell.fill = fill
            elif kind == "calculate":
                cell.font = CALC_FONT
    for index, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = WIDTHS.get(col, 14)
    ws.freeze_panes = freeze
    ws.auto_filter.ref = ws.dimensions


def build_workbook(path: Path = FORM_PATH) -> Path:
    check_names()
    wb = Workbook()
    wb.remove(wb.active)
    _write_sheet(wb, "survey", SURVEY_COLUMNS, SURVEY, freeze="C2")
    _write_sheet(wb, "choices", CHOICE_COLUMNS, choice_rows())
    _write_sheet(wb, "settings", list(SETTINGS), [SETTINGS])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def check_names() -> None:
    """Fail early on a duplicate or badly formed question name."""
    seen: set[str] = set()
    for row in SURVEY:
        name = row.get("name", "")
        if not name:
            continue
        if name in seen:
            raise ValueError(f"duplicate name {name!r}")
        if not name.replace("_", "a").isalnum() or not name.isascii() or name != name.lower():
            raise ValueError(f"bad name {name!r}")
        seen.add(name)


INDICATORS_LABEL = "Indicateurs calculés (fin du questionnaire)"
QUESTION_EXCLUDED = {"begin_group", "end_group", "begin_repeat", "end_repeat", "note",
                     "calculate", "start", "end", "today", "deviceid", "username"}


def summary() -> list[list]:
    """[section label, questions, of which `_statut` companions, notes, calculates] per section."""
    out: list[list] = []
    depth, current = 0, None
    for row in SURVEY:
        kind = row["type"]
        if kind in ("begin_group", "begin_repeat"):
            if depth == 0:
                current = [row["label"], 0, 0, 0, 0]
                out.append(current)
            depth += 1
        elif kind in ("end_group", "end_repeat"):
            depth -= 1
        elif depth == 0 and kind == "calculate":
            if current is None or current[0] != INDICATORS_LABEL:
                current = [INDICATORS_LABEL, 0, 0, 0, 0]
                out.append(current)
            current[4] += 1
        elif current is not None and depth > 0:
            if kind == "note":
                current[3] += 1
            elif kind == "calculate":
                current[4] += 1
            elif kind not in QUESTION_EXCLUDED:
                current[1] += 1
                current[2] += row["name"].endswith("_statut")
    return out


def main(argv: list[str]) -> int:
    path = build_workbook(Path(argv[1]) if len(argv) > 1 else FORM_PATH)
    print(f"écrit : {path}")
    print(f"  {'section':<50} questions (dont _statut)  notes  calculs")
    total = [0, 0, 0, 0]
    for label, *counts in summary():
        print(f"  {label:<50} {counts[0]:>9} {counts[1]:>12} {counts[2]:>6} {counts[3]:>8}")
        total = [t + c for t, c in zip(total, counts)]
    print(f"  {'Total':<50} {total[0]:>9} {total[1]:>12} {total[2]:>6} {total[3]:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
