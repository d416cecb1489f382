"""Repeats: adding and removing instances, nested repeats, indexed-repeat(), jr:choice-name()."""

from __future__ import annotations

from survey_app.core.engine import FormSession
from tests.conftest import form_from_md

FORM = """
| survey |
|        | type              | name     | label      | calculation                                   |
|        | begin_repeat      | appareils| Appareil   |                                               |
|        | select_one energie| energie  | Énergie    |                                               |
|        | integer           | age_app  | Âge        |                                               |
|        | calculate         | nom_en   |            | jr:choice-name(${energie}, '${energie}')      |
|        | begin_repeat      | pannes   | Panne      |                                               |
|        | integer           | duree    | Durée      |                                               |
|        | end_repeat        |          |            |                                               |
|        | calculate         | n_pannes |            | count(${pannes})                              |
|        | end_repeat        |          |            |                                               |
|        | calculate         | nb_app   |            | count(${appareils})                           |
|        | calculate         | premier  |            | indexed-repeat(${energie}, ${appareils}, 1)   |
|        | calculate         | total_dur|            | sum(${duree})                                 |
|        | note              | recap    | ${nb_app} appareil(s), d'abord ${premier} |      |
| choices |
|         | list_name | name    | label      |
|         | energie   | charbon | Charbon    |
|         | energie   | gaz     | Gaz        |
"""


def test_add_remove_instances_and_cross_repeat_functions():
    form = form_from_md(FORM)
    s = FormSession(form)
    assert s.value("nb_app") == 0
    a = s.add_instance("appareils")
    b = s.add_instance("appareils")
    assert (a, b) == (0, 1)
    s.set_value("energie", "charbon", (0,))
    s.set_value("energie", "gaz", (1,))
    assert s.value("nom_en", (0,)) == "Charbon"
    assert s.value("nb_app") == 2
    assert s.value("premier") == "charbon"
    assert s.label("recap") == "2 appareil(s), d'abord charbon"
    s.add_instance("pannes", (1,))
    s.add_instance("pannes", (1,))
    s.set_value("duree", 3, (1, 0))
    s.set_value("duree", 4, (1, 1))
    assert s.value("n_pannes", (1,)) == 2 and s.value("n_pannes", (0,)) == 0
    assert s.value("total_dur") == 7
    s.remove_instance("appareils", (0,))
    assert s.count("appareils") == 1
    assert s.value("energie", (0,)) == "gaz"
    assert s.value("duree", (0, 1)) == 4
    assert s.value("premier") == "gaz"
    doc = s.to_document()
    assert doc["appareils"][0]["pannes"] == [{"duree": 3}, {"duree": 4}]
    assert FormSession(form, doc).value("total_dur") == 7


def test_path_addresses_nodes_for_the_store():
    form = form_from_md(FORM)
    s = FormSession(form)
    s.add_instance("appareils")
    s.add_instance("pannes", (0,))
    assert s.path("duree", (0, 0)) == ("appareils", 0, "pannes", 0, "duree")
    assert s.path("nb_app") == ("nb_app",)
