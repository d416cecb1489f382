"""The compiler reports every authoring problem with its sheet, row and column, in French."""

from __future__ import annotations

import datetime as dt

from survey_app.core.engine import FormSession
from tests.conftest import form_from_md, load_md


def _errors(md, tmp_path):
    result = load_md(md, tmp_path)
    assert result.form is None
    return [(e.row, e.message) for e in result.errors]


def test_unknown_reference_bad_expression_and_missing_list(tmp_path):
    errors = _errors(
        """
| survey |
|        | type            | name | label | relevant          | constraint |
|        | integer         | a    | A     | ${inconnu} > 1    |            |
|        | integer         | b    | B     |                   | . > (1     |
|        | select_one nope | c    | C     |                   |            |
""",
        tmp_path,
    )
    assert (3, "référence inconnue : ${inconnu} (aucune question de ce nom)") in errors
    assert any(row == 4 and "expression invalide « . > (1 »" in msg for row, msg in errors)
    assert (5, "liste de choix introuvable : « nope » (feuille choices)") in errors


def test_issue_format_names_sheet_row_and_column(tmp_path):
    result = load_md(
        """
| survey |
|        | type    | name | label | relevant       |
|        | integer | a    | A     | ${zz} = 1      |
""",
        tmp_path,
    )
    assert result.errors[0].format() == "feuille 'survey', ligne 3, colonne relevant : référence inconnue : ${zz} (aucune question de ce nom)"


def test_duplicate_names_unknown_type_and_cycle(tmp_path):
    errors = _errors(
        """
| survey |
|        | type      | name | label | calculation |
|        | integer   | a    | A     |             |
|        | integer   | a    | A2    |             |
|        | geopoint  | g    | G     |             |
|        | truc      | t    | T     |             |
|        | calculate | x    |       | ${y} + 1    |
|        | calculate | y    |       | ${x} * 2    |
""",
        tmp_path,
    )
    messages = dict(errors)
    assert "nom en double « a » (déjà utilisé ligne 3)" == messages[4]
    assert "géolocalisation" in messages[5] and "non pris en charge" in messages[5]
    assert messages[6] == "type inconnu : « truc »"
    assert any("cycle de calculs" in m and "x" in m and "y" in m for m in messages.values())


def test_unclosed_and_unbalanced_groups(tmp_path):
    errors = _errors(
        """
| survey |
|        | type        | name | label |
|        | begin_group | g1   | G1    |
|        | text        | a    | A     |
|        | end_repeat  |      |       |
|        | begin_repeat| r1   | R1    |
|        | text        | b    | B     |
""",
        tmp_path,
    )
    messages = " | ".join(m for _, m in errors)
    assert "ferme un(e) répétition" in messages
    assert "« r1 » n'est jamais fermé(e)" in messages


def test_missing_survey_sheet_and_missing_label(tmp_path):
    errors = _errors(
        """
| choices |
|         | list_name | name | label |
|         | yn        | y    | Yes   |
""",
        tmp_path,
    )
    assert errors == [(None, "le classeur n'a pas de feuille « survey » (les questions)")]


def test_spelling_variants_languages_and_or_other(tmp_path):
    form = form_from_md(
        """
| survey |
|        | type                          | name  | label::Français (fr) | label::English (en) | relevance      |
|        | select one couleurs or_other  | coul  | Couleur ?            | Colour?             |                |
|        | select all that apply couleurs| multi | Couleurs ?           | Colours?            |                |
|        | begin group                   | grp   | Groupe               | Group               | ${coul} = 'other' |
|        | text                          | autre | Laquelle ?           | Which?              |                |
|        | end group                     |       |                      |                     |                |
| choices |
|         | list name | name  | label::Français (fr) | label::English (en) |
|         | couleurs  | rouge | Rouge                | Red                 |
| settings |
|          | default_language |
|          | Français (fr)    |
""",
        tmp_path,
    )
    assert form.languages == ["Français (fr)", "English (en)"]
    assert form.element("coul").kind == "select_one"
    assert form.element("multi").kind == "select_multiple"
    assert [c.name for c in form.choices_for(form.question("coul"))] == ["rouge", "other"]
    session = FormSession(form)
    assert session.label("coul") == "Couleur ?"
    assert session.label("coul", lang="English (en)") == "Colour?"
    session.set_value("coul", "other")
    assert session.is_relevant("autre")


def test_choice_filter_cascades_and_flags_stale_choice(tmp_path):
    form = form_from_md(
        """
| survey |
|        | type               | name    | label   | choice_filter      |
|        | select_one sites   | site    | Site    |                    |
|        | select_one bats    | bat     | Bâtiment| site = ${site}     |
| choices |
|         | list_name | name   | label      | site   |
|         | sites     | lens   | Lens       |        |
|         | sites     | lievin | Liévin     |        |
|         | bats      | t1     | Tour 1     | lens   |
|         | bats      | t2     | Tour 2     | lens   |
|         | bats      | cp     | Cité       | lievin |
""",
        tmp_path,
    )
    s = FormSession(form)
    s.set_value("site", "lens")
    assert [c.name for c in s.visible_choices("bat")] == ["t1", "t2"]
    s.set_value("bat", "t2")
    changes = s.set_value("site", "lievin")
    assert ("bat", ()) in changes.checks
    assert [c.name for c in s.visible_choices("bat")] == ["cp"]
    assert s.value("bat") == "t2"  # never cleared in silence
    assert "ne correspond plus" in s.state("bat").error


def test_dates_defaults_and_clock_functions(tmp_path):
    form = form_from_md(
        """
| survey |
|        | type      | name     | label      | default    | constraint      | constraint_message  | calculation |
|        | today     | jour     |            |            |                 |                     |             |
|        | date      | naiss    | Naissance  |            | . < today()     | Date dans le futur  |             |
|        | integer   | pieces   | Pièces     | 3          |                 |                     |             |
|        | calculate | age      |            |            |                 |                     | int((today() - ${naiss}) div 365.25) |
|        | text      | annee    | Année      |            |                 |                     |             |
""",
        tmp_path,
    )
    s = FormSession(form, clock=lambda: dt.datetime(2026, 11, 25, 9, 0))
    assert s.value("jour") == "2026-11-25"
    assert s.value("pieces") == 3
    s.set_value("naiss", "12/05/1980")
    assert s.value("naiss") == "1980-05-12"
    assert s.value("age") == 46
    s.set_value("naiss", "2027-01-01")
    assert s.state("naiss").error == "Date dans le futur"
