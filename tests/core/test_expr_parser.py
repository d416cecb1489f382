"""Parsing XLSForm expressions: tree shape and precedence, tree queries, and every syntax error."""

from __future__ import annotations

import copy
import pickle

import pytest

from survey_app.core.expr import (
    FUNCTIONS,
    BinOp,
    Call,
    Current,
    ExprSyntaxError,
    Literal,
    Name,
    Neg,
    Parent,
    Ref,
    parse,
    references,
    uses_clock,
    uses_current,
)


def n(value):
    return Literal(float(value))


def s(value):
    return Literal(value)


# --------------------------------------------------------------------------- atoms


def test_numbers_are_float_literals():
    assert parse("12") == n(12)
    assert parse("3.5") == n(3.5)
    assert parse(".5") == n(0.5)
    assert parse("1.") == n(1)


def test_strings_in_single_or_double_quotes_keep_the_other_quote_and_spaces():
    assert parse("'oui'") == s("oui")
    assert parse('"oui"') == s("oui")
    assert parse("\"l'eau\"") == s("l'eau")
    assert parse("'dit \"non\"'") == s('dit "non"')
    assert parse("'  '") == s("  ")
    assert parse("''") == s("")


def test_references_accept_xlsform_names():
    assert parse("${age}") == Ref("age")
    assert parse("${nb_pieces.total-2}") == Ref("nb_pieces.total-2")
    assert parse("${_cache}") == Ref("_cache")
    assert parse("${pièce}") == Ref("pièce")


def test_dot_is_the_current_value_but_dot_digit_is_a_number():
    assert parse(".") == Current()
    assert parse(".5") == n(0.5)
    assert parse(". >= .5") == BinOp(">=", Current(), n(0.5))


def test_whitespace_including_newlines_tabs_and_non_breaking_spaces_is_ignored():
    assert parse("\n ${a}\t=\u00a0'x' \r\n") == BinOp("=", Ref("a"), s("x"))


def test_function_names_with_hyphens_and_jr_prefix():
    assert parse("count-selected(.)") == Call("count-selected", (Current(),))
    assert parse("jr:choice-name(${q}, '${q}')") == Call("jr:choice-name", (Ref("q"), s("${q}")))
    assert parse("today()") == Call("today", ())
    assert parse("decimal-date-time(${d})") == Call("decimal-date-time", (Ref("d"),))


def test_position_takes_dot_dot():
    assert parse("position(..)") == Call("position", (Parent(),))
    assert parse("position( .. ) + 1") == BinOp("+", Call("position", (Parent(),)), n(1))


def test_choice_filters_accept_bare_column_names_only_when_allowed():
    text = "commune = ${commune} and name != 'autre'"
    tree = parse(text, allow_names=True)
    assert tree == BinOp("and", BinOp("=", Name("commune"), Ref("commune")), BinOp("!=", Name("name"), s("autre")))
    assert references(tree) == {"commune"}
    assert parse(str(tree), allow_names=True) == tree
    assert parse("selected(${equip}, name)", allow_names=True) == Call("selected", (Ref("equip"), Name("name")))
    assert error_of(text).message.startswith("nom sans ${…} non pris en charge : commune")
    with pytest.raises(ExprSyntaxError) as info:
        parse("grp/x = 1", allow_names=True)
    assert info.value.message == "chemin XPath relatif non pris en charge : grp/x ; utilisez ${nom}"


# --------------------------------------------------------------------------- precedence


def test_multiplication_binds_tighter_than_addition():
    assert parse("1 + 2 * 3") == BinOp("+", n(1), BinOp("*", n(2), n(3)))
    assert parse("1 * 2 + 3") == BinOp("+", BinOp("*", n(1), n(2)), n(3))
    assert parse("6 div 2 - 4 mod 3") == BinOp("-", BinOp("div", n(6), n(2)), BinOp("mod", n(4), n(3)))


def test_binary_operators_are_left_associative():
    assert parse("1 - 2 - 3") == BinOp("-", BinOp("-", n(1), n(2)), n(3))
    assert parse("8 div 4 div 2") == BinOp("div", BinOp("div", n(8), n(4)), n(2))
    assert parse("1 < 2 < 3") == BinOp("<", BinOp("<", n(1), n(2)), n(3))


def test_or_is_lowest_then_and_then_equality_then_relational():
    a, b, c = Ref("a"), Ref("b"), Ref("c")
    assert parse("${a} or ${b} and ${c}") == BinOp("or", a, BinOp("and", b, c))
    assert parse("${a} and ${b} or ${c}") == BinOp("or", BinOp("and", a, b), c)
    assert parse("${a} = 1 and ${b} != 2") == BinOp("and", BinOp("=", a, n(1)), BinOp("!=", b, n(2)))
    assert parse("${a} < 1 = ${b} >= 2") == BinOp("=", BinOp("<", a, n(1)), BinOp(">=", b, n(2)))
    assert parse("${a} + 1 > ${b} * 2") == BinOp(">", BinOp("+", a, n(1)), BinOp("*", b, n(2)))


def test_unary_minus_binds_tighter_than_multiplication():
    assert parse("-2 * 3") == BinOp("*", Neg(n(2)), n(3))
    assert parse("2 - -3") == BinOp("-", n(2), Neg(n(3)))
    assert parse("--${a}") == Neg(Neg(Ref("a")))
    assert parse("-(1 + 2)") == Neg(BinOp("+", n(1), n(2)))


def test_parentheses_override_precedence():
    assert parse("(1 + 2) * 3") == BinOp("*", BinOp("+", n(1), n(2)), n(3))
    assert parse("((${a}))") == Ref("a")


def test_minus_after_reference_or_word_operator_is_subtraction_or_sign():
    assert parse("${a}-${b}") == BinOp("-", Ref("a"), Ref("b"))
    assert parse("${a}-1") == BinOp("-", Ref("a"), n(1))
    assert parse("5 div-2") == BinOp("div", n(5), Neg(n(2)))
    assert parse("5 mod -2") == BinOp("mod", n(5), Neg(n(2)))


def test_xlsform_documentation_examples_parse():
    assert parse("selected(${q}, 'a') and ${age} > 18") == BinOp(
        "and", Call("selected", (Ref("q"), s("a"))), BinOp(">", Ref("age"), n(18))
    )
    assert parse("count-selected(.) <= 3") == BinOp("<=", Call("count-selected", (Current(),)), n(3))
    assert parse("regex(., '^[0-9]{5}$')") == Call("regex", (Current(), s("^[0-9]{5}$")))
    assert parse("string-length(.) > 2") == BinOp(">", Call("string-length", (Current(),)), n(2))
    assert parse("if(${a} = 'yes', 1, 0)") == Call("if", (BinOp("=", Ref("a"), s("yes")), n(1), n(0)))
    assert parse("format-date(today(), '%Y')") == Call("format-date", (Call("today", ()), s("%Y")))
    assert parse("sum(${rent})") == Call("sum", (Ref("rent"),))


# --------------------------------------------------------------------------- nodes


ROUND_TRIP = [
    "${age} >= 18 and selected(${equip}, 'poele')",
    "(1 + 2) * 3 - -${a} div 4 mod 5",
    "1 - (2 - 3)",
    "${a} or ${b} and (${c} or ${d})",
    "(${a} = 1) = (${b} != 2)",
    "-(${a} + 1)",
    "concat(\"l'eau\", 'x', ., position(..))",
    "jr:choice-name(${q}, '${q}')",
    "if(${a} < 1 or ${b}, 'x', coalesce(${c}, 2.5))",
    "indexed-repeat(${nom}, ${foyer}, 2, ${piece}, position(..))",
]


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_str_gives_back_an_expression_that_parses_to_the_same_tree(text):
    tree = parse(text)
    assert parse(str(tree)) == tree


def test_str_is_readable():
    assert str(parse("(1+2)*${a}")) == "(1 + 2) * ${a}"
    assert str(parse("1-(2-3)")) == "1 - (2 - 3)"
    assert str(parse("3.50")) == "3.5"
    assert str(parse("- - 1")) == "--1"


def test_nodes_are_frozen_and_hashable():
    first, second = parse("${a} + 1"), parse("${a}  +  1")
    assert first == second and hash(first) == hash(second)
    assert len({first, second, parse("${a} + 2")}) == 2
    with pytest.raises(AttributeError):
        first.op = "-"


def test_nodes_copy_and_pickle_even_after_evaluation():
    from survey_app.core.expr import evaluate

    class Ctx:
        def lookup(self, name):
            return 2

    tree = parse("${a} * 3")
    assert evaluate(tree, Ctx()) == 6.0
    assert pickle.loads(pickle.dumps(tree)) == tree
    clone = copy.deepcopy(tree)
    assert clone == tree and evaluate(clone, Ctx()) == 6.0


# --------------------------------------------------------------------------- queries


def test_references_collects_every_name_including_quoted_choice_name_and_indexed_repeat():
    tree = parse(
        "if(selected(${equip}, 'poele'), jr:choice-name(${chauffage}, '${chauffage_type}'), "
        "indexed-repeat(${nom}, ${foyer}, ${n}) + count(${piece}))"
    )
    assert references(tree) == {"equip", "chauffage", "chauffage_type", "nom", "foyer", "n", "piece"}


def test_references_of_constant_expressions_is_empty():
    assert references(parse("1 + 2")) == set()
    assert references(parse("'${pas_une_ref}'")) == set()
    assert references(parse(". > 3")) == set()


def test_uses_current():
    assert uses_current(parse("string-length(.) > 2"))
    assert uses_current(parse("if(${a}, 1, . + 1)"))
    assert not uses_current(parse("${a} > .5"))
    assert not uses_current(parse("position(..)"))


def test_uses_clock():
    assert uses_clock(parse("today() - date(${d}) > 30"))
    assert uses_clock(parse("format-date(now(), '%H')"))
    assert not uses_clock(parse("date(${d}) + 7"))


# --------------------------------------------------------------------------- errors


def error_of(text: str) -> ExprSyntaxError:
    with pytest.raises(ExprSyntaxError) as info:
        parse(text)
    return info.value


SYNTAX_ERRORS = [
    ("", "expression vide", 0),
    ("   ", "expression vide", 0),
    ("(1 + 2", "parenthèse ouvrante '(' jamais fermée : ')' manquante", 0),
    ("2 * ((1 + 2)", "parenthèse ouvrante '(' jamais fermée : ')' manquante", 4),
    ("1 + 2)", "parenthèse fermante ')' sans parenthèse ouvrante", 5),
    ("(1 2)", "élément inattendu « 2 » : un opérateur ou ')' est attendu", 3),
    ("concat('a', 'b'", "parenthèse ouvrante de concat() jamais fermée : ')' manquante", 6),
    ("concat('a' 'b')", "',' ou ')' attendu dans l'appel de concat(), trouvé « 'b' »", 11),
    ("'abc", "chaîne non terminée : le guillemet ' ouvert ici n'est jamais fermé", 0),
    ('concat("a, 1)', "chaîne non terminée : le guillemet \" ouvert ici n'est jamais fermé", 7),
    ("1 2", "élément inattendu après une expression complète : « 2 » (opérateur manquant ?)", 2),
    ("${a} 'b'", "élément inattendu après une expression complète : « 'b' » (opérateur manquant ?)", 5),
    ("1, 2", "virgule en dehors d'un appel de fonction", 1),
    ("1 +", "expression incomplète : une valeur est attendue après « + »", 3),
    ("${a} and", "expression incomplète : une valeur est attendue après « and »", 8),
    ("-", "expression incomplète : une valeur est attendue après « - »", 1),
    ("1 + * 2", "une valeur est attendue à la place de « * »", 4),
    ("()", "une valeur est attendue à la place de « ) »", 1),
    ("and 1", "une valeur est attendue avant l'opérateur 'and'", 0),
    ("${}", "référence vide : ${} ne nomme aucune question", 0),
    ("1 + ${bad name}", "nom de question invalide dans ${bad name}", 4),
    ("${1abc}", "nom de question invalide dans ${1abc}", 0),
    ("${abc", "référence non fermée : '}' manquante après '${'", 0),
    ("$abc", "'$' doit être suivi d'un nom entre accolades : ${nom}", 0),
    ("/data/x = 1", "chemin XPath absolu non pris en charge : /data/x ; utilisez ${nom}", 0),
    ("1 + /data/grp/q", "chemin XPath absolu non pris en charge : /data/grp/q ; utilisez ${nom}", 4),
    ("../x", "chemin XPath relatif non pris en charge : ../x ; utilisez ${nom}", 0),
    ("./x > 1", "chemin XPath relatif non pris en charge : ./x ; utilisez ${nom}", 0),
    ("grp/x", "chemin XPath relatif non pris en charge : grp/x ; utilisez ${nom}", 0),
    ("..", "'..' n'est accepté que dans position(..)", 0),
    ("${a} / 2", "'/' n'est pas la division en XPath : utilisez 'div'", 5),
    ("instance('communes')/root/item", "instance(...) non pris en charge : les listes externes ne sont pas gérées ; utilisez ${nom}", 0),
    ("current()/../x", "current() non pris en charge : utilisez ${nom} ou '.'", 0),
    ("foo(1)", "fonction inconnue : foo()", 0),
    ("1 + IF(1, 2, 3)", "fonction inconnue : IF() (les noms de fonctions s'écrivent en minuscules : if())", 4),
    ("age > 18", "nom sans ${…} non pris en charge : age ; écrivez ${age} pour une question ou 'age' pour un texte", 0),
    ("not ${a}", "not est une fonction : écrivez not(...)", 0),
    ("true", "true est une fonction : écrivez true(...)", 0),
    ("${a} AND ${b}", "opérateur 'AND' inconnu : écrivez 'and' en minuscules", 5),
    ("${a} Or ${b}", "opérateur 'Or' inconnu : écrivez 'or' en minuscules", 5),
    ("${a} == 1", "opérateur '==' inconnu : utilisez '='", 5),
    ("${a} && ${b}", "opérateur '&&' inconnu : utilisez 'and'", 5),
    ("${a} || ${b}", "opérateur '||' inconnu : utilisez 'or'", 5),
    ("${a} <> 1", "opérateur '<>' inconnu : utilisez '!='", 5),
    ("!${a}", "'!' seul n'existe pas : utilisez not(...) ou '!='", 0),
    ("${a} % 2", "'%' n'est pas le reste de la division : utilisez 'mod'", 5),
    ("${a}[1]", "les prédicats XPath [...] ne sont pas pris en charge", 4),
    ("@id", "les attributs XPath @... ne sont pas pris en charge", 0),
    ("${a} | ${b}", "l'union de chemins XPath '|' n'est pas prise en charge", 5),
    ("${a} = ‘oui’", "guillemet typographique ‘ : utilisez l'apostrophe droite ' ou le guillemet droit \"", 7),
    ("${a} = «oui»", "guillemet typographique « : utilisez l'apostrophe droite ' ou le guillemet droit \"", 7),
    ("1 # 2", "caractère inattendu : '#'", 2),
    ("position(.)", "position() s'écrit position(..)", 0),
    ("position()", "position() s'écrit position(..)", 0),
    ("position(${rep})", "position() s'écrit position(..)", 0),
    ("1 + position(..) + ..", "'..' n'est accepté que dans position(..)", 19),
    (
        "jr:choice-name(${q}, ${q})",
        "jr:choice-name() : le 2e argument doit être la question entre guillemets, par exemple '${nom}'",
        0,
    ),
    (
        "indexed-repeat(${nom}, ${foyer})",
        "nombre d'arguments incorrect pour indexed-repeat() : au moins 3 arguments attendus, 2 donnés",
        0,
    ),
    (
        "indexed-repeat(${nom}, ${foyer}, 1, ${piece})",
        "indexed-repeat() attend ${question} puis des paires ${répétition}, numéro : "
        "un nombre impair d'arguments, 4 donnés",
        0,
    ),
    (
        "indexed-repeat('nom', ${foyer}, 1)",
        "indexed-repeat() : l'argument 1 doit être une référence ${nom} (la question)",
        0,
    ),
    (
        "indexed-repeat(${nom}, ${foyer}, 1, 2, 3)",
        "indexed-repeat() : l'argument 4 doit être une référence ${nom} (la répétition)",
        0,
    ),
]


@pytest.mark.parametrize("text, message, position", SYNTAX_ERRORS)
def test_syntax_errors_have_a_french_message_and_a_position(text, message, position):
    error = error_of(text)
    assert error.message == message
    assert error.position == position
    assert error.expression == text
    assert str(error) == f"{message} (caractère {position + 1})"


ARITY_ERRORS = [
    ("today(1)", "nombre d'arguments incorrect pour today() : aucun argument attendu, 1 donné"),
    ("if(1, 2)", "nombre d'arguments incorrect pour if() : 3 arguments attendus, 2 donnés"),
    ("not(1, 2)", "nombre d'arguments incorrect pour not() : 1 argument attendu, 2 donnés"),
    ("round()", "nombre d'arguments incorrect pour round() : de 1 à 2 arguments attendus, 0 donné"),
    ("substr('a', 1, 2, 3)", "nombre d'arguments incorrect pour substr() : de 2 à 3 arguments attendus, 4 donnés"),
    ("concat()", "nombre d'arguments incorrect pour concat() : au moins 1 argument attendu, 0 donné"),
    ("coalesce(${a})", "nombre d'arguments incorrect pour coalesce() : au moins 2 arguments attendus, 1 donné"),
    ("selected(${a})", "nombre d'arguments incorrect pour selected() : 2 arguments attendus, 1 donné"),
]


@pytest.mark.parametrize("text, message", ARITY_ERRORS)
def test_wrong_number_of_arguments_names_the_function_and_its_arity(text, message):
    error = error_of("1 + " + text)
    assert error.message == message
    assert error.position == 4


def test_every_function_of_the_table_parses_with_its_minimum_arity():
    special = {"position", "indexed-repeat", "jr:choice-name"}
    for name, (low, high, implementation) in FUNCTIONS.items():
        assert callable(implementation)
        assert high is None or high >= low
        if name in special:
            continue
        args = ", ".join(["1"] * low)
        assert parse(f"{name}({args})") == Call(name, tuple(n(1) for _ in range(low)))
        if high is not None:
            too_many = ", ".join(["1"] * (high + 1))
            assert "nombre d'arguments incorrect" in error_of(f"{name}({too_many})").message


def test_supported_function_names():
    expected = {
        "selected", "count-selected", "jr:choice-name", "if", "coalesce", "concat", "string-length",
        "substr", "substring-before", "substring-after", "contains", "starts-with", "ends-with", "regex",
        "int", "number", "string", "boolean", "round", "today", "now", "date", "decimal-date-time",
        "format-date", "count", "sum", "max", "min", "position", "indexed-repeat", "true", "false",
        "abs", "pow", "once", "not",
    }  # fmt: skip
    assert expected <= set(FUNCTIONS)


# --------------------------------------------------------------------------- hostile input


def test_five_hundred_nested_parentheses_give_a_syntax_error_not_a_recursion_error():
    error = error_of("(" * 500 + "1" + ")" * 500)
    assert error.message == "expression trop imbriquée (plus de 100 niveaux)"
    assert error.position == 100


def test_nested_function_calls_and_unary_minus_are_bounded_too():
    assert "trop imbriquée" in error_of("not(" * 500 + "1" + ")" * 500).message
    assert "trop imbriquée" in error_of("-" * 500 + "1").message


def test_moderate_nesting_is_accepted():
    assert parse("(" * 50 + "1" + ")" * 50) == n(1)
    tree = parse("if(${a}, 1, " * 40 + "0" + ")" * 40)
    assert isinstance(tree, Call)


def test_very_long_operator_chains_are_rejected_before_they_become_too_deep():
    assert isinstance(parse(" + ".join(["${a}"] * 150)), BinOp)
    error = error_of(" + ".join(["1"] * 400))
    assert error.message == "expression trop imbriquée (plus de 150 opérations enchaînées)"


def test_expression_length_is_limited():
    error = error_of("1" + " " * 10_000)
    assert error.message == "expression trop longue : 10001 caractères (maximum 10000)"
    assert error.position == 10_000
    assert parse("'" + "x" * 9_990 + "'") == s("x" * 9_990)


def test_parse_rejects_non_text():
    with pytest.raises(TypeError):
        parse(None)
