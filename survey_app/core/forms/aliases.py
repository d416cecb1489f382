"""Spelling variants of XLSForm types and column headers, folded onto one canonical name each.

XLSForm accepts "select one", "select_one", "select all that apply", "begin group", "relevance" and
many more; the compiler only ever sees the canonical names listed here. Types that XLSForm knows
but this app does not support map to a French feature name so the message can say what is missing.
"""

from __future__ import annotations

import re


def fold(text: str) -> str:
    """Lower-case, and treat runs of spaces, underscores and hyphens as one space."""
    return re.sub(r"[\s_\-]+", " ", text.strip().lower())


_PLAIN_TYPES = {
    "text": ("text", "string", "add text prompt", "qstring", "phone number"),
    "integer": ("integer", "int", "add integer prompt", "qint"),
    "decimal": ("decimal", "add decimal prompt", "qdecimal"),
    "date": ("date", "add date prompt", "qdate"),
    "time": ("time", "add time prompt", "qtime"),
    "datetime": ("datetime", "add datetime prompt", "qdatetime"),
    "note": ("note", "add note prompt", "qnote"),
    "calculate": ("calculate", "add calculate prompt", "qcalculate"),
    "hidden": ("hidden",),
    "acknowledge": ("acknowledge", "trigger", "add acknowledge prompt", "qacknowledge"),
    "start": ("start", "starttime", "start time", "get start time", "getstarttime"),
    "end": ("end", "endtime", "end time", "get end time", "getendtime"),
    "today": ("today", "get today", "gettoday"),
    "deviceid": ("deviceid", "imei", "get device id", "getdeviceid", "urideviceid", "uri:deviceid"),
    "username": ("username", "uriusername", "uri:username"),
    "begin group": ("begin group", "begin lgroup"),
    "end group": ("end group", "end lgroup"),
    "begin repeat": ("begin repeat", "begin looped group"),
    "end repeat": ("end repeat", "end looped group"),
}
TYPE_ALIASES = {fold(alias): canonical for canonical, aliases in _PLAIN_TYPES.items() for alias in aliases}

# "select one LIST": prefixes (folded) that take a list name after them.
SELECT_PREFIXES = (
    ("add select one prompt using", "select_one"),
    ("add select multiple prompt using", "select_multiple"),
    ("select all that apply from", "select_multiple"),
    ("select all that apply", "select_multiple"),
    ("select multiple from", "select_multiple"),
    ("select multiple using", "select_multiple"),
    ("select multiple", "select_multiple"),
    ("select one from", "select_one"),
    ("select one using", "select_one"),
    ("select one", "select_one"),
    ("select1", "select_one"),
)

# Types XLSForm knows that this app does not support: folded spelling -> French feature name.
UNSUPPORTED_TYPES = {
    "geopoint": "géolocalisation (geopoint)",
    "gps": "géolocalisation (gps)",
    "location": "géolocalisation (location)",
    "add location prompt": "géolocalisation",
    "geotrace": "tracé GPS (geotrace)",
    "geoshape": "surface GPS (geoshape)",
    "start geopoint": "géolocalisation de début (start-geopoint)",
    "background geopoint": "géolocalisation en arrière-plan",
    "image": "photo (image)",
    "photo": "photo",
    "add image prompt": "photo",
    "add photo prompt": "photo",
    "audio": "enregistrement audio",
    "add audio prompt": "enregistrement audio",
    "background audio": "enregistrement audio en arrière-plan",
    "video": "vidéo",
    "add video prompt": "vidéo",
    "file": "fichier joint",
    "add file prompt": "fichier joint",
    "barcode": "code-barres",
    "add barcode prompt": "code-barres",
    "range": "curseur (range)",
    "rank": "classement (rank)",
    "osm": "OpenStreetMap (osm)",
    "email": "méta-donnée e-mail",
    "uri:email": "méta-donnée e-mail",
    "uri:phonenumber": "méta-donnée numéro de téléphone",
    "uri:simserial": "méta-donnée carte SIM",
    "uri:subscriberid": "méta-donnée abonné",
    "phonenumber": "méta-donnée numéro de téléphone",
    "simserial": "méta-donnée carte SIM",
    "subscriberid": "méta-donnée abonné",
    "audit": "journal d'audit (audit)",
    "xml external": "données externes (xml-external)",
    "csv external": "données externes (csv-external)",
    "begin loop": "boucle sur une liste (begin loop)",
    "end loop": "boucle sur une liste (end loop)",
    "select one from file": "choix depuis un fichier (select_one_from_file)",
    "select multiple from file": "choix depuis un fichier (select_multiple_from_file)",
    "select one external": "choix externe (select_one_external)",
    "cascading select": "sélection en cascade (cascading select)",
    "percentage": "pourcentage (ancien type)",
}

# Survey-sheet headers: folded base name (before any "::language") -> canonical column.
SURVEY_HEADERS = {
    "type": "type",
    "command": "type",
    "name": "name",
    "tag": "name",
    "value": "name",
    "label": "label",
    "caption": "label",
    "hint": "hint",
    "required": "required",
    "bind::required": "required",
    "required message": "required_message",
    "requiredmsg": "required_message",
    "jr:requiredmsg": "required_message",
    "bind::jr:requiredmsg": "required_message",
    "relevant": "relevant",
    "relevance": "relevant",
    "bind::relevant": "relevant",
    "constraint": "constraint",
    "bind::constraint": "constraint",
    "constraint message": "constraint_message",
    "constraining message": "constraint_message",
    "jr:constraintmsg": "constraint_message",
    "bind::jr:constraintmsg": "constraint_message",
    "warning": "warning",
    "warning message": "warning_message",
    "calculation": "calculation",
    "calculate": "calculation",
    "bind::calculate": "calculation",
    "default": "default",
    "read only": "read_only",
    "readonly": "read_only",
    "bind::readonly": "read_only",
    "choice filter": "choice_filter",
    "appearance": "appearance",
    "control::appearance": "appearance",
    "body::appearance": "appearance",
    "repeat count": "repeat_count",
    "count": "repeat_count",
    "jr:count": "repeat_count",
    "control::jr:count": "repeat_count",
}
TRANSLATABLE = frozenset({"label", "hint", "required_message", "constraint_message", "warning_message"})

# Columns XLSForm knows whose feature we do not apply: folded base -> French feature name.
IGNORED_SURVEY_FEATURES = {
    "image": "image du média",
    "big image": "image du média",
    "media::image": "image du média",
    "media::big image": "image du média",
    "audio": "son du média",
    "media::audio": "son du média",
    "video": "vidéo du média",
    "media::video": "vidéo du média",
    "guidance hint": "consigne de l'enquêteur (guidance_hint)",
    "parameters": "paramètres de widget (parameters)",
    "trigger": "recalcul déclenché (trigger)",
    "autoplay": "lecture automatique (autoplay)",
    "rows": "hauteur de champ (rows)",
    "save to": "entités ODK (save_to)",
    "note": "colonne note",
    "media": "médias",
}

CHOICE_HEADERS = {
    "list name": "list_name",
    "list_name": "list_name",
    "name": "name",
    "value": "name",
    "label": "label",
    "caption": "label",
}

SETTINGS_HEADERS = {
    "form title": "form_title",
    "set form title": "form_title",
    "title": "form_title",
    "form id": "form_id",
    "set form id": "form_id",
    "id string": "form_id",
    "version": "version",
    "default language": "default_language",
    "allow choice duplicates": "allow_choice_duplicates",
}

YES = frozenset({"yes", "true", "true()", "oui", "1"})
NO = frozenset({"no", "false", "false()", "non", "0", ""})
