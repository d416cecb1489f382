"""The engine fills interviews with ODK semantics: relevance, calculations, constraints, warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from survey_app.core.engine import AnswerError, FormSession, SessionMeta
from tests.conftest import form_from_md

CLOCK = lambda: dt.datetime(2026, 11, 25, 10, 30, 0)  # noqa: E731

HOUSEHOLD = """
| survey |
|        | type                    | name        | label                 | relevant               | constraint | constraint_message | calculation | required | warning | warning_message | repeat_count |
|        | start                   | debut       |                       |                        |            |                    |             |          |         |                 |              |
|        | select_one oui_non      | consent     | Accord ?              |                        |            |                    |             | yes      |         |                 |              |
|        | begin_group             | menage      | Le ménage             | ${consent} = 'oui'     |            |                    |             |          |         |                 |              |
|        | integer                 | nb_pers     | Nombre de personnes   |                        | . >= 1 and . <= 20 | Entre 1 et 20 |       | yes      |         |                 |              |
|        | begin_repeat            | membres     | Personne              |                        |            |                    |             |          |         |                 | ${nb_pers}   |
|        | text                    | prenom      | Prénom                |                        |            |                    |             |          |         |                 |              |
|        | integer                 | age         | Âge de ${prenom}      |                        | . >= 0     | Âge positif        |             | yes      | . <= 100 | Plus de 100 ans ? |            |
|        | calculate               | uc          |                       |                        |            |                    | if(position(..) = 1, 1, if(${age} >= 14, 0.5, 0.3)) | | |   |              |
|        | end_repeat              |             |                       |                        |            |                    |             |          |         |                 |              |
|        | calculate               | total_uc    |                       |                        |            |                    | sum(${uc})  |          |         |                 |              |
|        | end_group               |             |                       |                        |            |                    |             |          |         |                 |              |
|        | select_multiple equip   | equipements | Équipements           | ${consent} = 'oui'     | count-selected(.) <= 2 | Deux au plus |  |          |         |                 |              |
|        | decimal                 | conso       | Consommation          | selected(${equipements}, 'poele') |  |                |             |          |         |                 |              |
| choices |
|         | list_name | name  | label  |
|         | oui_non   | oui   | Oui    |
|         | oui_non   | non   | Non    |
|         | equip     | poele | Poêle  |
|         | equip     | radiateur | Radiateur |
|         | equip     | clim  | Climatiseur |
| settings |
|          | form_id | version | form_title |
|          | menage  | 3       | Ménage     |
"""


@pytest.fixture(scope="module")
def form():
    return form_from_md(HOUSEHOLD)


def test_settings_and_summary(form):
    assert (form.form_id, form.version, form.title) == ("menage", "3", "Ménage")
    assert len(form.hash) == 64
    assert "1 répétitions" in form.summary() or "1 répétition" in form.summary()


def test_relevance_follows_consent_and_values_are_kept_while_editing(form):
    s = FormSession(form, clock=CLOCK)
    assert not s.is_relevant("nb_pers")
    s.set_value("consent", "oui")
    assert s.is_relevant("nb_pers")
    s.set_value("nb_pers", 2)
    s.set_value("consent", "non")
    assert not s.is_relevant("nb_pers")
    assert s.value("nb_pers") == 2  # kept while editing
    assert "nb_pers" not in s.to_document(finished=True)  # but left out of the finished interview
    assert s.to_document()["nb_pers"] == 2
    s.set_value("consent", "oui")
    assert s.state("nb_pers").value == 2


def test_repeat_count_creates_instances_and_references_resolve_to_current_instance(form):
    s = FormSession(form, clock=CLOCK)
    s.set_value("consent", "oui")
    s.set_value("nb_pers", 3)
    assert s.count("membres") == 3
    s.set_value("prenom", "Ana", (0,))
    s.set_value("age", 41, (0,))
    s.set_value("prenom", "Bob", (1,))
    s.set_value("age", 15, (1,))
    s.set_value("prenom", "Cé", (2,))
    s.set_value("age", 4, (2,))
    assert [s.value("uc", (i,)) for i in range(3)] == [1, 0.5, 0.3]
    assert s.value("total_uc") == pytest.approx(1.8)
    assert s.label("age", (1,)) == "Âge de Bob"
    s.set_value("age", 10, (1,))
    assert s.value("total_uc") == pytest.approx(1.6)


def test_lowering_repeat_count_keeps_data_but_deactivates_extra_instances(form):
    s = FormSession(form, clock=CLOCK)
    s.set_value("consent", "oui")
    s.set_value("nb_pers", 2)
    s.set_value("age", 30, (1,))
    changes = s.set_value("nb_pers", 1)
    assert changes.structure
    assert s.count("membres") == 2 and s.active_count("membres") == 1
    assert not s.is_relevant("age", (1,))
    assert len(s.to_document(finished=True)["membres"]) == 1
    assert s.to_document()["membres"][1]["age"] == 30
    s.set_value("nb_pers", 2)
    assert s.is_relevant("age", (1,)) and s.value("age", (1,)) == 30


def test_constraint_required_and_warning_problems(form):
    s = FormSession(form, clock=CLOCK)
    kinds = {(p.name, p.kind) for p in s.problems()}
    assert ("consent", "required") in kinds
    assert ("nb_pers", "required") not in kinds  # not relevant, so not blocking
    s.set_value("consent", "oui")
    s.set_value("nb_pers", 25)
    assert s.state("nb_pers").error == "Entre 1 et 20"
    s.set_value("nb_pers", 1)
    assert s.state("nb_pers").error is None
    s.set_value("age", 104, (0,))
    state = s.state("age", (0,))
    assert state.error is None and state.warning == "Plus de 100 ans ?"
    assert any(p.kind == "warning" for p in s.problems())
    assert not any(p.name == "age" for p in s.blocking_problems())
    s.confirm_warning("age", (0,))
    assert s.state("age", (0,)).warning is None and s.state("age", (0,)).confirmed
    assert s.to_document()["membres"][0]["_confirmed"] == ["age"]
    s.set_value("age", 105, (0,))  # a new value must be confirmed again
    assert s.state("age", (0,)).warning == "Plus de 100 ans ?"


def test_select_multiple_and_selected(form):
    s = FormSession(form, clock=CLOCK)
    s.set_value("consent", "oui")
    s.set_value("equipements", "radiateur poele")
    assert s.value("equipements") == ["poele", "radiateur"]  # form order
    assert s.is_relevant("conso")
    s.set_value("equipements", ["poele", "radiateur", "clim"])
    assert s.state("equipements").error == "Deux au plus"
    with pytest.raises(AnswerError):
        s.set_value("equipements", ["inconnu"])


def test_typed_input_in_french(form):
    s = FormSession(form, clock=CLOCK)
    s.set_value("consent", "oui")
    s.set_value("equipements", "poele")
    s.set_value("conso", "1 234,5")
    assert s.value("conso") == 1234.5
    with pytest.raises(AnswerError) as info:
        s.set_value("nb_pers", "deux")
    assert "entier" in info.value.message


def test_metadata_filled_and_document_round_trip(form):
    s = FormSession(form, clock=CLOCK, meta=SessionMeta(deviceid="dev-1", username="Awa"))
    assert s.value("debut") == "2026-11-25T10:30:00"
    s.set_value("consent", "oui")
    s.set_value("nb_pers", 2)
    s.set_value("age", 104, (0,))
    s.confirm_warning("age", (0,))
    doc = s.to_document()
    again = FormSession(form, doc, clock=CLOCK)
    assert again.to_document() == doc
    assert again.state("age", (0,)).confirmed
    assert again.count("membres") == 2


def test_incremental_changes_touch_only_dependents(form):
    s = FormSession(form, clock=CLOCK)
    s.set_value("consent", "oui")
    s.set_value("nb_pers", 3)
    changes = s.set_value("age", 20, (1,))
    assert ("uc", (1,)) in changes.values
    assert ("total_uc", ()) in changes.values
    assert ("uc", (0,)) not in changes.values and ("uc", (2,)) not in changes.values
    assert ("age", (1,)) in changes.checks
