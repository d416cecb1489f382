"""The default questionnaire `forms/enquete_habitat.xlsx` is also a valid XLSForm for ODK / Kobo.

pyxform (the reference XLSForm converter) must convert it without error or warning; when Java is
available, ODK Validate (bundled with pyxform) must accept the XForm too. pyxform silently ignores
our extension columns `warning` / `warning_message`, so a second check turns every warning into a
`calculate` row and converts that variant: the warning expressions are then checked as XPath too.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import ROOT

pytest.importorskip("pyxform")
from pyxform.xls2xform import convert  # noqa: E402

FORM = ROOT / "forms" / "enquete_habitat.xlsx"
BUILDER = ROOT / "forms" / "tools" / "build_enquete_habitat.py"
HAS_JAVA = shutil.which("java") is not None

# Functions the app's expression subset supports (forms/README.md).
ALLOWED_FUNCTIONS = {
    "and", "or", "not", "selected", "count-selected", "jr:choice-name", "if", "coalesce",
    "concat", "string-length", "substr", "contains", "starts-with", "regex", "int", "number",
    "round", "today", "now", "date", "format-date", "count", "sum", "position",
    "indexed-repeat",
    "div", "mod",  # operators, matched here when followed by a parenthesis
}
ALLOWED_TYPES = {
    "text", "integer", "decimal", "date", "time", "datetime", "note", "calculate", "acknowledge",
    "begin_group", "end_group", "begin_repeat", "end_repeat", "start", "end", "today",
    "deviceid", "username",
}
ALLOWED_COLUMNS = {
    "type", "name", "label", "hint", "required", "required_message", "relevant", "constraint",
    "constraint_message", "calculation", "default", "read_only", "choice_filter", "appearance",
    "repeat_count", "warning", "warning_message",
}
ALLOWED_APPEARANCES = {"minimal", "field-list", "multiline", "likert"}
EXPRESSION_COLUMNS = ("relevant", "constraint", "calculation", "warning", "choice_filter",
                      "repeat_count", "default")
# Lists filled in by the surveyor or the app, not answered by the respondent: no 98/99 there.
SURVEYOR_LISTS = {
    "site", "type_logement", "typologie", "ouinon_obs", "resultat_visite", "motif_refus",
    "repondant", "nsp_refus", "source_montant", "fact_complet", "obs_etat", "obs_humidite",
    "obs_co", "obs_alerte",
}
# A standalone "." (the current answer), not part of "..", "./" or a decimal number.
CURRENT_NODE = re.compile(r"(?<![\w.$])\.(?![\w.])")


def _sheet_rows(path: Path, sheet: str) -> list[dict[str, object]]:
    ws = load_workbook(path, read_only=True)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, row)) for row in rows[1:] if any(v is not None for v in row)]


def _survey() -> list[dict[str, object]]:
    return _sheet_rows(FORM, "survey")


def test_pyxform_converts_the_default_form_without_warnings():
    warnings: list[str] = []
    result = convert(str(FORM), warnings=warnings, validate=False)
    assert 'id="enquete_habitat"' in result.xform
    assert 'version="2026.1"' in result.xform
    assert "Enquête Habitat – usages de l'énergie et confort" in result.xform
    assert warnings == []


@pytest.mark.skipif(not HAS_JAVA, reason="ODK Validate needs Java")
def test_odk_validate_accepts_the_default_form():
    convert(str(FORM), validate=True)


def test_pyxform_drops_our_warning_columns_silently():
    """ODK Collect / Kobo will not show our plausibility warnings (known, documented)."""
    xform = convert(str(FORM)).xform
    message = "Moins de 9 m² par personne"
    assert any(message in str(row.get("warning_message")) for row in _survey())
    assert message not in xform


def test_warning_expressions_are_valid_xpath_for_odk(tmp_path):
    wb = load_workbook(FORM)
    ws = wb["survey"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    variant: list[dict[str, object]] = []
    for row in rows:
        variant.append(row)
        if row.get("warning"):
            name = row["name"]
            expression = CURRENT_NODE.sub("${%s}" % name, str(row["warning"]))
            variant.append({"type": "calculate", "name": f"w__{name}",
                            "calculation": f"if({expression}, 1, 0)"})
    ws.delete_rows(2, ws.max_row)
    for row in variant:
        ws.append([row.get(h) for h in header])
    path = tmp_path / "variant.xlsx"
    wb.save(path)
    xform = convert(str(path), validate=HAS_JAVA).xform
    assert xform.count('nodeset="/data/') > 0
    assert sum(1 for r in rows if r.get("warning")) >= 20


def test_workbook_is_the_output_of_its_build_script(tmp_path):
    spec = importlib.util.spec_from_file_location("build_enquete_habitat", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.build_workbook(tmp_path / "rebuilt.xlsx")
    for sheet in ("survey", "choices", "settings"):
        assert _sheet_rows(rebuilt, sheet) == _sheet_rows(FORM, sheet), (
            f"feuille {sheet} : relancer forms/tools/build_enquete_habitat.py")


def test_form_stays_inside_the_supported_subset():
    wb = load_workbook(FORM, read_only=True)
    assert wb.sheetnames == ["survey", "choices", "settings"]
    survey = _survey()
    assert set(survey[0]) <= ALLOWED_COLUMNS
    lists = {row["list_name"] for row in _sheet_rows(FORM, "choices")}
    names = [row["name"] for row in survey if row.get("name")]
    assert len(names) == len(set(names)), "question names must be unique"
    for row in survey:
        kind = str(row["type"])
        base = kind.split()[0]
        if base in ("select_one", "select_multiple"):
            assert kind.split()[1] in lists, kind
        else:
            assert base in ALLOWED_TYPES, kind
        if row.get("name"):
            assert re.fullmatch(r"[a-z][a-z0-9_]*", str(row["name"])), row["name"]
        if row.get("appearance"):
            assert str(row["appearance"]) in ALLOWED_APPEARANCES, row["appearance"]
        for column in EXPRESSION_COLUMNS:
            text = re.sub(r"'[^']*'", "''", str(row.get(column) or ""))
            for function in re.findall(r"([a-z][a-z:-]*)\s*\(", text):
                assert function in ALLOWED_FUNCTIONS, (row["name"], column, function)
    settings = _sheet_rows(FORM, "settings")[0]
    assert settings == {"form_id": "enquete_habitat",
                        "form_title": "Enquête Habitat – usages de l'énergie et confort",
                        "version": "2026.1"}


def test_nsp_refus_convention():
    choices = _sheet_rows(FORM, "choices")
    codes: dict[str, dict[str, str]] = {}
    for row in choices:
        codes.setdefault(str(row["list_name"]), {})[str(row["name"])] = str(row["label"])
    for list_name, items in codes.items():
        if list_name in SURVEYOR_LISTS:
            assert "98" not in items or list_name == "nsp_refus", list_name
        else:
            assert items.get("98") == "Ne sait pas" and items.get("99") == "Refus", list_name
            assert list(items)[-2:] == ["98", "99"], list_name
    survey = _survey()
    by_name = {row["name"]: row for row in survey if row.get("name")}
    for row in survey:
        kind = str(row["type"])
        if kind.startswith("select_multiple") and kind.split()[1] not in SURVEYOR_LISTS:
            assert "selected(., '98')" in str(row.get("constraint")), row["name"]
        if str(row.get("name", "")).endswith("_statut"):
            base = by_name[str(row["name"])[: -len("_statut")]]
            assert base["type"] in ("integer", "decimal")
            assert kind == "select_one nsp_refus" and row.get("required") == "yes"
            assert f"${{{base['name']}}} = ''" in str(row["relevant"])


def test_both_built_forms_are_covered():
    """Tower flats skip the individual-heating block; coal users get the coal and CO questions."""
    by_name = {row["name"]: row for row in _survey() if row.get("name")}
    assert by_name["equipement"]["relevant"] == "${chauff_indiv} = 1"
    assert by_name["appareils"]["repeat_count"] == "${nb_appareils}"
    assert by_name["membres"]["repeat_count"] == "${nb_personnes}"
    assert by_name["charbon"]["relevant"] == "${utilise_charbon} = 1"
    assert "${chauff_energie} = 6" in str(by_name["utilise_charbon"]["calculation"])
    assert by_name["periode_chauffe"]["relevant"] == "${chauff_collectif} = 1"
    assert "sum(${m_14plus})" == by_name["nb_14plus"]["calculation"]
    for prefilled in ("id_logement", "batiment", "entree", "etage", "porte"):
        assert by_name[prefilled]["read_only"] == "yes"
