"""The paper form read back from the PDF: every section and choice is there; skip rules are French sentences."""

from __future__ import annotations

import pytest

from survey_app.core.forms import load_form
from survey_app.core.forms.model import Container
from survey_app.core.reports import ReportError, write_paper_form
from survey_app.core.reports.paper_form import question_numbers
from survey_app.core.reports.skip_rules import describe_condition
from survey_app.paths import default_form_path
from tests.conftest import form_from_md
from tests.core.test_reports_building_sheet import normalise, pdf_pages


@pytest.fixture(scope="module")
def form():
    return load_form(default_form_path()).form


@pytest.fixture(scope="module")
def paper(form, tmp_path_factory):
    out = tmp_path_factory.mktemp("paper") / "questionnaire.pdf"
    result = write_paper_form(form, out)
    return result, " ".join(pdf_pages(out))


def test_every_section_question_and_choice_is_printed(form, paper):
    result, text = paper
    numbers = question_numbers(form)
    assert result.questions == len(numbers) > 150 and result.sections == 11
    groups = [c for c in form.containers() if not c.is_repeat]
    for group in groups:
        assert normalise(group.label()) in text, group.name
    for question in form.questions():
        if question.is_select:
            for choice in form.choices_for(question):
                assert normalise(choice.label()) in text, (question.name, choice.name)
    assert f"{numbers['chauff_mode']} « Comment votre logement est-il principalement chauffé ? »" in text
    assert "☐ Chauffage central collectif (chaufferie de l'immeuble ou du groupe) (1)" in text
    assert "page 1 / " in text and "Réf. logement" in text


def test_skip_instructions_are_in_words(form, paper):
    _result, text = paper
    n = question_numbers(form)
    assert f"► Si {n['type_logement']} = « Appartement en immeuble collectif »" in text
    assert f"► Si {n['chauff_mode']} ≠ « Pas de chauffage »" in text
    assert f"► Si {n['ressources']} : « Aide au logement » coché" in text
    assert (f"Section à remplir seulement si ({n['resultat_visite']} = « Entretien réalisé, complet » ou "
            f"« Entretien partiel ») et {n['accord']} = « Oui »") in text
    assert "${" not in text  # references in labels became blanks


def test_repeats_become_tables_with_blank_rows_and_their_codes(form, paper):
    _result, text = paper
    n = question_numbers(form)
    assert f"Tableau {n['prenom']} à {n['activite']} : Personne du ménage" in text
    assert f"{n['lien']} Lien avec le ou la titulaire du bail : 1 = Titulaire du bail" in text


def test_likert_questions_share_one_grid(form, paper):
    _result, text = paper
    assert "Une seule réponse par ligne." in text
    assert text.count("Pas du tout satisfait·e") >= 1


MD = """
| survey |
| | type | name | label | relevant | calculation |
| | select_one yn | chauffe | Chauffé ? | | |
| | select_multiple pb | pbs | Problèmes | ${chauffe} = '1' | |
| | integer | age | Âge | ${chauffe} != '2' and selected(${pbs}, 'b') | |
| | text | autre | Autre | ${chauffe} = '1' or ${chauffe} = '2' or ${age} > 17 | |
| | text | bizarre | Bizarre | string-length(${autre}) > 3 | |
| | calculate | adulte | | | if(${chauffe} = '1' and ${age} >= 18, 1, 0) |
| | note | fin | Fin pour les adultes | ${adulte} = 1 | |
| | note | enfants | Fin pour les autres | ${adulte} = 0 or not(selected(${pbs}, 'a')) | |
| choices |
| | list_name | name | label |
| | yn | 1 | Oui |
| | yn | 2 | Non |
| | pb | a | Froid |
| | pb | b | Humidité (murs) |
"""


def test_the_translator_covers_the_common_patterns_and_falls_back(tmp_path):
    small = form_from_md(MD, tmp_path)
    numbers = question_numbers(small)
    assert numbers == {"chauffe": "Q1", "pbs": "Q2", "age": "Q3", "autre": "Q4", "bizarre": "Q5"}

    def say(name):
        return describe_condition(small.elements[name].relevant, small, numbers)

    assert say("chauffe") == ""
    assert say("pbs") == "Si Q1 = « Oui »"
    assert say("age") == "Si Q1 ≠ « Non » et Q2 : « Humidité » coché"
    assert say("autre") == "Si Q1 = « Oui » ou « Non » ou Q3 > 17"
    assert say("bizarre") == "Voir la condition : string-length(${autre}) > 3"
    assert say("fin") == "Si Q1 = « Oui » et Q3 ≥ 18"  # the calculated flag's own condition
    assert say("enfants") == "Si non (Q1 = « Oui » et Q3 ≥ 18) ou Q2 : « Froid » non coché"


def test_unwritable_paper_form_destination(form, tmp_path):
    with pytest.raises(ReportError, match="n'existe pas"):
        write_paper_form(form, tmp_path / "absent" / "q.pdf")
    assert [p for p in tmp_path.iterdir()] == []


def test_containers_are_all_groups_or_repeats(form):
    assert all(isinstance(c, Container) for c in form.containers())
