"""Evaluating XLSForm expressions: XPath coercions, operators, every function, dates, repeats."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from survey_app.core.expr import (
    ExprEvalError,
    NodeSet,
    compile_node,
    evaluate,
    format_number,
    is_empty,
    parse,
    to_boolean,
    to_number,
    to_string,
)

NOW = dt.datetime(2026, 11, 25, 14, 5, 9)  # a Wednesday


class FakeContext:
    """Answers in a dict; unknown names fail loudly so that short-circuits can be checked."""

    def __init__(self, answers=None, current=None, position=1, labels=None, repeats=None):
        self.answers = answers or {}
        self.value = current
        self.index = position
        self.labels = labels or {}
        self.repeats = repeats or {}
        self.lookups = []
        self.choice = {}

    def lookup(self, name):
        self.lookups.append(name)
        if name not in self.answers:
            raise AssertionError(f"lookup of unexpected name {name}")
        return self.answers[name]

    def current(self):
        return self.value

    def position(self):
        return self.index

    def indexed_repeat(self, name, repeat_names_and_indexes):
        return self.repeats.get((name, tuple(repeat_names_and_indexes)))

    def choice_label(self, question, value):
        return self.labels.get((question, value), value)

    def now(self):
        return NOW

    def column(self, name):
        return self.choice[name]


def ev(text, current=None, **answers):
    return evaluate(parse(text), FakeContext(answers, current=current))


def is_nan(value):
    return isinstance(value, float) and math.isnan(value)


# --------------------------------------------------------------------------- XLSForm documentation examples


def test_selected_and_age():
    expr = "selected(${q}, 'a') and ${age} > 18"
    assert ev(expr, q=["a", "b"], age=19) is True
    assert ev(expr, q=["b"], age=30) is False
    assert ev(expr, q=["a"], age=18) is False
    assert ev(expr, q=["a"], age=None) is False


def test_count_selected_constraint():
    assert ev("count-selected(.) <= 3", current=["a", "b", "c"]) is True
    assert ev("count-selected(.) <= 3", current=["a", "b", "c", "d"]) is False


def test_regex_postcode_constraint():
    assert ev("regex(., '^[0-9]{5}$')", current="62300") is True
    assert ev("regex(., '^[0-9]{5}$')", current="6230") is False
    assert ev("regex(., '^[0-9]{5}$')", current="623000") is False


def test_string_length_constraint():
    assert ev("string-length(.) > 2", current="abc") is True
    assert ev("string-length(.) > 2", current="ab") is False
    assert ev("string-length(.) > 2", current=None) is False


def test_if_yes_one_zero():
    assert ev("if(${a} = 'yes', 1, 0)", a="yes") == 1.0
    assert ev("if(${a} = 'yes', 1, 0)", a="no") == 0.0
    assert ev("if(${a} = 'yes', 1, 0)", a=None) == 0.0


def test_format_date_year_of_today():
    assert ev("format-date(today(), '%Y')") == "2026"


def test_sum_of_a_repeated_question():
    assert ev("sum(${rent})", rent=NodeSet([450, "380.5", 12.25])) == 842.75


# --------------------------------------------------------------------------- arithmetic


def test_arithmetic_returns_xpath_doubles():
    assert ev("1 + 2 * 3") == 7.0
    assert isinstance(ev("2 + 2"), float)
    assert ev("(1 + 2) * 3") == 9.0
    assert ev("7 div 2") == 3.5
    assert ev("-${a} + 1", a=4) == -3.0
    assert ev("${a} * ${b}", a="3", b=2.5) == 7.5
    assert ev("true() + 1") == 2.0


def test_arithmetic_with_an_empty_or_non_numeric_value_gives_nan():
    assert is_nan(ev("${a} + 1", a=None))
    assert is_nan(ev("${a} + 1", a=""))
    assert is_nan(ev("${a} * 2", a="abc"))
    assert is_nan(ev("${a} + 1", a="1e3"))  # XPath numbers have no exponent
    assert is_nan(ev("${a} + 1", a=" +3"))


def test_numeric_text_with_spaces_and_minus_is_a_number():
    assert ev("${a} + 1", a=" -2.5 ") == -1.5
    assert ev("${a} + 1", a=".5") == 1.5


def test_division_by_zero_follows_ieee():
    assert ev("1 div 0") == math.inf
    assert ev("-1 div 0") == -math.inf
    assert ev("1 div -0") == -math.inf
    assert is_nan(ev("0 div 0"))
    assert is_nan(ev("${a} div 0", a=None))


def test_mod_keeps_the_sign_of_the_dividend():
    assert ev("7 mod 3") == 1.0
    assert ev("-7 mod 3") == -1.0
    assert ev("7 mod -3") == 1.0
    assert ev("5.5 mod 2") == 1.5
    assert is_nan(ev("5 mod 0"))
    assert is_nan(ev("(1 div 0) mod 2"))
    assert ev("5 mod (1 div 0)") == 5.0


def test_numbers_too_large_for_a_double_raise_an_eval_error():
    with pytest.raises(ExprEvalError) as info:
        ev("${big} + 1", big=10**400)
    assert info.value.message.startswith("calcul impossible")


# --------------------------------------------------------------------------- comparisons


def test_comparisons_with_an_empty_value_are_false_except_not_equal():
    assert ev("${x} > 3", x=None) is False
    assert ev("${x} <= 3", x=None) is False
    assert ev("${x} = 3", x=None) is False
    assert ev("${x} != 3", x=None) is True  # NaN != 3 in XPath


def test_equality_with_empty_string_detects_unanswered():
    assert ev("${x} = ''", x=None) is True
    assert ev("${x} = ''", x="") is True
    assert ev("${x} = ''", x=[]) is True
    assert ev("${x} = ''", x="a") is False
    assert ev("${x} != ''", x=0) is True  # 0 != NaN
    assert ev("${x} = ''", x=0) is False


def test_equality_compares_as_numbers_when_one_side_is_a_number():
    assert ev("${a} = 3", a="3.0") is True
    assert ev("${a} = '3'", a=3) is True
    assert ev("${a} = '3.0'", a=3) is True
    assert ev("${a} = 'trois'", a=3) is False
    assert ev("'3.0' = '3'") is False  # two strings compare as strings


def test_equality_compares_as_booleans_when_one_side_is_a_boolean():
    assert ev("(1 < 2) = 'non vide'") is True
    assert ev("true() = 5") is True
    assert ev("false() = ''") is True
    assert ev("(${a} > 1) != true()", a=0) is True


def test_string_equality_is_exact():
    assert ev("${a} = 'oui'", a="oui") is True
    assert ev("${a} = 'oui'", a="Oui") is False
    assert ev("'oui' = ${a}", a="oui") is True
    assert ev("${a} != 'oui'", a="non") is True
    assert ev("${a} = ${b}", a="x", b="x") is True


def test_select_multiple_compares_as_space_joined_text():
    assert ev("${m} = 'a b'", m=["a", "b"]) is True
    assert ev("${m} = 'a'", m=["a"]) is True


def test_nodeset_uses_its_first_value_where_one_value_is_expected():
    assert ev("${r} = 'x'", r=NodeSet(["x", "y"])) is True
    assert ev("${r} = 'y'", r=NodeSet(["x", "y"])) is False
    assert ev("${r} + 1", r=NodeSet([2, 5])) == 3.0
    assert is_nan(ev("${r} + 1", r=NodeSet([])))
    assert ev("${r} = ''", r=NodeSet([])) is True


def test_relational_operators_compare_numbers():
    assert ev("${a} >= 18", a=18) is True
    assert ev("${a} < 18", a="17") is True
    assert ev("'10' > '9'") is True  # numerically, not alphabetically
    assert ev("${a} > 'abc'", a=5) is False


def test_dates_compare_as_dates():
    assert ev("${d} < today()", d="2026-11-24") is True
    assert ev("${d} < today()", d="2026-11-25") is False
    assert ev("${d} <= today()", d="2026-11-25") is True
    assert ev("${d} = today()", d="2026-11-25") is True
    assert ev("today() = ${d}", d="2026-11-26") is False
    assert ev("${d} > date('2025-01-01')", d="2025-06-30") is True
    assert ev("${a} < ${b}", a="2025-12-31", b="2026-01-01") is True
    assert ev("${d} < today()", d=None) is False
    assert ev("now() > ${dt}", dt="2026-11-25T14:05:08") is True


def test_times_compare_in_number_context():
    assert ev("${debut} < ${fin}", debut="08:30", fin="17:00:00") is True
    assert ev("${debut} < ${fin}", debut="18:30:00.000+01:00", fin="17:00") is False


# --------------------------------------------------------------------------- logic


def test_and_or_short_circuit():
    context = FakeContext({"a": "x"})
    assert evaluate(parse("${a} = 'x' or ${jamais}"), context) is True
    assert evaluate(parse("${a} = 'y' and ${jamais}"), context) is False
    assert context.lookups == ["a", "a"]


def test_boolean_context_of_values():
    assert ev("${a} and 1", a="false") is True  # any non-empty text is true
    assert ev("${a} or 0", a=None) is False
    assert ev("${a} or 0", a=[]) is False
    assert ev("${a} or 0", a=["x"]) is True
    assert ev("${a} or 0", a=0) is False
    assert ev("(0 div 0) or 0") is False
    assert ev("boolean(today())") is True


def test_if_evaluates_only_the_chosen_branch():
    assert ev("if(${a} > 1, 'grand', ${jamais})", a=5) == "grand"
    assert ev("if(${a} > 1, ${jamais}, 'petit')", a=0) == "petit"


def test_coalesce_returns_the_first_non_empty_value_lazily():
    assert ev("coalesce(${a}, ${b})", a=None, b=7) == 7
    assert ev("coalesce(${a}, ${jamais})", a="x") == "x"
    assert ev("coalesce(${a}, ${b}, 'défaut')", a="", b=[]) == "défaut"
    assert ev("coalesce(${a}, ${b})", a=None, b=None) == ""
    assert ev("coalesce(${r}, 1)", r=NodeSet([4, 5])) == 4


def test_not_true_false_boolean():
    assert ev("not(${a})", a=None) is True
    assert ev("not(${a} = 'x')", a="x") is False
    assert ev("true()") is True and ev("false()") is False
    assert ev("boolean('0')") is True
    assert ev("boolean(0)") is False
    assert ev("boolean-from-string('true')") is True
    assert ev("boolean-from-string('1')") is True
    assert ev("boolean-from-string('yes')") is False


def test_once_returns_its_argument():
    assert ev("once(concat('a', ${b}))", b="b") == "ab"


# --------------------------------------------------------------------------- choices


def test_selected_on_lists_text_and_empty():
    assert ev("selected(${m}, 'poele')", m=["chaudiere", "poele"]) is True
    assert ev("selected(${m}, 'poele')", m="chaudiere poele") is True
    assert ev("selected(${m}, 'poele')", m="poele_bois") is False
    assert ev("selected(${m}, ' poele ')", m=["poele"]) is True
    assert ev("selected(${m}, 'poele')", m=None) is False
    assert ev("selected(${m}, 'poele')", m=[]) is False
    assert ev("selected(., 'b')", current=["a", "b"]) is True
    assert ev("selected(${m}, 3)", m=["3"]) is True


def test_count_selected():
    assert ev("count-selected(${m})", m=["a", "b"]) == 2
    assert ev("count-selected(${m})", m="a b  c") == 3
    assert ev("count-selected(${m})", m=None) == 0
    assert ev("count-selected(${m})", m=[]) == 0


def test_selected_at_is_zero_based():
    assert ev("selected-at(${m}, 0)", m=["a", "b"]) == "a"
    assert ev("selected-at(${m}, 1)", m="a b") == "b"
    assert ev("selected-at(${m}, 2)", m=["a", "b"]) == ""
    assert ev("selected-at(${m}, -1)", m=["a", "b"]) == ""


def test_choice_name_gives_the_label():
    labels = {("chauffage", "gaz"): "Gaz de ville", ("chauffage", "elec"): "Électricité"}
    context = FakeContext({"chauffage": "gaz", "multi": ["gaz", "elec"], "vide": None}, labels=labels)
    assert evaluate(parse("jr:choice-name(${chauffage}, '${chauffage}')"), context) == "Gaz de ville"
    assert evaluate(parse("jr:choice-name('elec', \"${chauffage}\")"), context) == "Électricité"
    assert evaluate(parse("jr:choice-name(${multi}, '${chauffage}')"), context) == "Gaz de ville, Électricité"
    assert evaluate(parse("jr:choice-name(${vide}, '${chauffage}')"), context) == ""


# --------------------------------------------------------------------------- strings


def test_regex_matches_anywhere_unless_anchored():
    assert ev("regex(${a}, '[0-9]')", a="abc1") is True
    assert ev("regex(${a}, '^[0-9]+$')", a="abc1") is False
    assert ev("regex(${a}, '^$')", a=None) is True
    assert ev("regex(${a}, '^0[67][0-9]{8}$')", a="0612345678") is True


def test_regex_with_an_invalid_pattern_raises_a_french_eval_error():
    with pytest.raises(ExprEvalError) as info:
        ev("regex(., '[a-')", current="x")
    assert info.value.message.startswith("expression régulière invalide « [a- » : ")


def test_concat_and_join():
    assert ev("concat('Total : ', ${a}, ' €')", a=12.0) == "Total : 12 €"
    assert ev("concat(${a}, '-', ${b})", a=None, b=["x", "y"]) == "-x y"
    assert ev("concat(${r})", r=NodeSet(["a", "b", "c"])) == "abc"
    assert ev("concat('x')") == "x"
    assert ev("concat(1 div 0, ' ', ${n} * 1)", n=None) == "Infinity NaN"
    assert ev("join(', ', ${r})", r=NodeSet(["a", "b"])) == "a, b"
    assert ev("join('-', 'a', 2, ${r})", r=NodeSet([3])) == "a-2-3"


def test_string_and_string_length():
    assert ev("string(${a})", a=3.0) == "3"
    assert ev("string(${a})", a=0.1) == "0.1"
    assert ev("string(${a})", a=None) == ""
    assert ev("string(1 = 1)") == "true"
    assert ev("string(today())") == "2026-11-25"
    assert ev("string(now())") == "2026-11-25T14:05:09"
    assert ev("string-length(${a})", a="été") == 3
    assert ev("string-length(${a})", a=["ab", "c"]) == 4
    assert ev("string-length(${a})", a=12.5) == 4


def test_substr_is_zero_based_with_exclusive_end():
    assert ev("substr('abcdef', 2)") == "cdef"
    assert ev("substr('abcdef', 1, 3)") == "bc"
    assert ev("substr('abcdef', 0, 100)") == "abcdef"
    assert ev("substr('abcdef', 4, 2)") == ""
    assert ev("substr('abcdef', -2)") == "ef"
    assert ev("substr('abcdef', ${x})", x=None) == "abcdef"
    assert ev("substr(${a}, 0, 2)", a=62300) == "62"


def test_substring_before_and_after():
    assert ev("substring-before('62300 Lens', ' ')") == "62300"
    assert ev("substring-after('62300 Lens', ' ')") == "Lens"
    assert ev("substring-before('abc', 'x')") == ""
    assert ev("substring-after('abc', 'x')") == ""
    assert ev("substring-before('abc', '')") == ""
    assert ev("substring-after('abc', '')") == "abc"


def test_contains_starts_with_ends_with_normalize_space():
    assert ev("contains(${a}, 'bois')", a="poêle à bois") is True
    assert ev("contains(${a}, 'bois')", a=None) is False
    assert ev("contains(${a}, '')", a=None) is True
    assert ev("starts-with(${a}, '06')", a="0612") is True
    assert ev("starts-with(${a}, '07')", a="0612") is False
    assert ev("ends-with(${a}, '.pdf')", a="plan.pdf") is True
    assert ev("normalize-space(${a})", a="  a \n b\t") == "a b"


# --------------------------------------------------------------------------- numbers


def test_number_conversion():
    assert ev("number('12.5')") == 12.5
    assert is_nan(ev("number('douze')"))
    assert is_nan(ev("number(${a})", a=None))
    assert ev("number(true())") == 1.0
    assert ev("number('1970-01-11')") == 10.0


def test_int_truncates_toward_zero():
    assert ev("int(3.7)") == 3
    assert ev("int(-3.7)") == -3
    assert ev("int('12')") == 12
    assert is_nan(ev("int(${a})", a=None))
    assert ev("int(1 div 0)") == math.inf


def test_round_half_away_from_zero_with_optional_digits():
    assert ev("round(2.5)") == 3.0
    assert ev("round(-2.5)") == -3.0
    assert ev("round(2.4)") == 2.0
    assert ev("round(2.675, 2)") == 2.68
    assert ev("round(1.005, 2)") == 1.01
    assert ev("round(1234.5, -2)") == 1200.0
    assert ev("round('7.45', 1)") == 7.5
    assert is_nan(ev("round(${a})", a=None))
    assert is_nan(ev("round(1.5, ${a})", a=None))
    assert ev("round(1 div 0)") == math.inf
    assert ev("round(2.5, 1 div 0)") == 2.5


def test_floor_ceiling_abs_pow():
    assert ev("floor(-2.5)") == -3.0
    assert ev("ceiling(2.1)") == 3.0
    assert is_nan(ev("floor(${a})", a=None))
    assert ev("abs(-4)") == 4.0
    assert ev("pow(2, 10)") == 1024.0
    assert ev("pow(9, 0.5)") == 3.0
    assert ev("pow(10, 400)") == math.inf
    assert ev("pow(-10, 401)") == -math.inf
    assert is_nan(ev("pow(-8, 0.5)"))
    assert ev("pow(0, -1)") == math.inf


def test_count_sum_max_min_over_nodesets():
    rents = NodeSet([400, "350", 500.5])
    assert ev("count(${r})", r=rents) == 3
    assert ev("count(${r})", r=NodeSet([])) == 0
    assert ev("count(${r})", r="une seule valeur") == 1
    assert ev("sum(${r})", r=NodeSet([])) == 0.0
    assert is_nan(ev("sum(${r})", r=NodeSet([1, None])))  # like ODK: a blank makes the sum NaN
    assert ev("sum(${r})", r=4) == 4.0
    assert ev("max(${r})", r=rents) == 500.5
    assert ev("min(${r})", r=rents) == 350.0
    assert ev("max(1, 7, ${a})", a="3") == 7.0
    assert ev("min(${r}, 100)", r=rents) == 100.0
    assert is_nan(ev("max(${r})", r=NodeSet([])))
    assert is_nan(ev("min(${r})", r=NodeSet([1, ""])))


# --------------------------------------------------------------------------- dates


def test_today_and_now_come_from_the_context_clock():
    assert ev("today()") == dt.date(2026, 11, 25)
    assert ev("now()") == NOW


def test_date_arithmetic_counts_days_since_1970():
    assert ev("today() - date('2026-11-20')") == 5.0
    assert ev("date('1970-01-02') + 0") == 1.0
    assert ev("date(${d}) + 7", d="2026-11-20") == ev("date('2026-11-27') + 0")
    assert ev("format-date(date(${d}) + 7, '%Y-%m-%d')", d="2026-11-20") == "2026-11-27"
    assert ev("format-date(${d} + 7, '%Y-%m-%d')", d="2026-12-28") == "2027-01-04"
    assert ev("today() - ${naissance} > 365 * 18", naissance="2000-01-01") is True
    assert ev("now() - today()") == pytest.approx((14 * 3600 + 5 * 60 + 9) / 86400)


def test_date_function():
    assert ev("date('2026-02-28')") == dt.date(2026, 2, 28)
    assert ev("date(${d})", d="2026-11-20T08:30:00") == dt.datetime(2026, 11, 20, 8, 30)
    assert ev("date(0)") == dt.date(1970, 1, 1)
    assert ev("date(20417)") == dt.date(2025, 11, 25)
    assert ev("date('20417')") == dt.date(2025, 11, 25)
    assert ev("date(${d})", d=None) == ""
    assert ev("date(today())") == dt.date(2026, 11, 25)


@pytest.mark.parametrize("text", ["'2026-02-30'", "'hier'", "'25/11/2026'"])
def test_invalid_dates_raise_a_french_eval_error(text):
    with pytest.raises(ExprEvalError) as info:
        ev(f"date({text})")
    assert info.value.message == f"date invalide : {text} (format attendu AAAA-MM-JJ)"


def test_absurd_day_counts_raise_an_eval_error():
    with pytest.raises(ExprEvalError) as info:
        ev("date(1000000000)")
    assert info.value.message.startswith("date hors limites")


def test_date_time_decimal_date_time_and_decimal_time():
    assert ev("date-time('2026-11-20')") == dt.datetime(2026, 11, 20)
    assert ev("date-time(0.5)") == dt.datetime(1970, 1, 1, 12)
    assert ev("decimal-date-time('1970-01-02T06:00:00')") == 1.25
    assert ev("decimal-date-time(${d})", d="2026-11-20T00:00:00+01:00") == ev("decimal-date-time('2026-11-20')")
    assert is_nan(ev("decimal-date-time(${d})", d=None))
    assert ev("decimal-time('18:00')") == 0.75
    assert ev("decimal-time('2026-11-20T06:00:00')") == 0.25
    assert ev("decimal-time(today())") == 0.0
    assert is_nan(ev("decimal-time(${t})", t=""))


def test_format_date_with_every_odk_code():
    codes = "%Y|%y|%m|%n|%b|%d|%e|%a|%H|%h|%M|%S|%3|%%|%Q"
    moment = "2026-03-05T07:08:09.250"
    assert ev(f"format-date(${{d}}, '{codes}')", d=moment) == "2026|26|03|3|mars|05|5|jeu.|07|7|08|09|250|%|%Q"
    assert ev("format-date(now(), '%e %b %Y à %Hh%M, %a')") == "25 nov. 2026 à 14h05, mer."
    assert ev("format-date-time(${d}, '%d/%m/%Y %H:%M')", d="2026-11-20T08:30:00") == "20/11/2026 08:30"
    assert ev("format-date(${d}, '%H:%M')", d="2026-11-20") == "00:00"
    assert ev("format-date(${d}, '%H:%M')", d="21:15") == "21:15"
    assert ev("format-date(${d}, '%Y')", d=None) == ""


# --------------------------------------------------------------------------- repeats


def test_position_asks_the_context():
    context = FakeContext(position=3)
    assert evaluate(parse("position(..)"), context) == 3
    assert evaluate(parse("position(..) mod 2 = 1"), context) is True


def test_indexed_repeat_passes_names_and_indexes():
    repeats = {
        ("nom", (("foyer", 2),)): "Dupont",
        ("surface", (("foyer", 1), ("piece", 3))): 12.5,
    }
    context = FakeContext({"i": "2"}, position=1, repeats=repeats)
    assert evaluate(parse("indexed-repeat(${nom}, ${foyer}, ${i})"), context) == "Dupont"
    assert evaluate(parse("indexed-repeat(${nom}, ${foyer}, position(..) + 1)"), context) == "Dupont"
    assert evaluate(parse("indexed-repeat(${surface}, ${foyer}, 1, ${piece}, 3) * 2"), context) == 25.0
    assert context.lookups == ["i"]  # names are passed, never looked up


def test_indexed_repeat_with_an_empty_index_is_empty():
    context = FakeContext({"i": None})
    assert evaluate(parse("indexed-repeat(${nom}, ${foyer}, ${i})"), context) is None


# --------------------------------------------------------------------------- choice filters


def test_bare_names_in_choice_filters_read_the_choice_columns():
    tree = parse("commune = ${commune} or selected(${equip}, name)", allow_names=True)
    context = FakeContext({"commune": "lens", "equip": ["poele"]})
    visible = []
    for choice in ({"name": "a", "commune": "lens"}, {"name": "poele", "commune": "lievin"}, {"name": "b", "commune": ""}):
        context.choice = choice
        if evaluate(tree, context):
            visible.append(choice["name"])
    assert visible == ["a", "poele"]


# --------------------------------------------------------------------------- the evaluator itself


def test_compiled_closure_is_cached_per_node_and_reused():
    tree = parse("${a} + 1")
    assert compile_node(tree) is compile_node(tree)
    assert evaluate(tree, FakeContext({"a": 1})) == 2.0
    assert evaluate(tree, FakeContext({"a": 5})) == 6.0


def test_a_hand_built_tree_with_an_unknown_function_raises_an_eval_error():
    from survey_app.core.expr import Call

    with pytest.raises(ExprEvalError) as info:
        evaluate(Call("inconnue", ()), FakeContext())
    assert info.value.message == "fonction inconnue : inconnue()"


def test_a_chain_of_many_operators_evaluates_without_recursion_trouble():
    tree = parse(" + ".join(f"${{q{i}}}" for i in range(150)))
    assert evaluate(tree, FakeContext({f"q{i}": i for i in range(150)})) == float(sum(range(150)))


# --------------------------------------------------------------------------- values


def test_format_number():
    assert format_number(3.0) == "3"
    assert format_number(-0.0) == "0"
    assert format_number(2.5) == "2.5"
    assert format_number(12) == "12"
    assert format_number(float("nan")) == ""
    assert format_number(math.inf) == "Infinity"
    assert format_number(-math.inf) == "-Infinity"
    assert format_number(1e21) == "1000000000000000000000"
    assert format_number(1e-7) == "0.0000001"
    assert format_number(0.1 + 0.2) == "0.30000000000000004"


def test_to_number():
    assert to_number(None) != to_number(None)
    assert to_number("") != to_number("")
    assert to_number(True) == 1.0
    assert to_number(7) == 7.0 and isinstance(to_number(7), float)
    assert to_number(" 4 ") == 4.0
    assert to_number(["5"]) == 5.0
    assert to_number(dt.date(1970, 1, 31)) == 30.0
    assert to_number(dt.datetime(1970, 1, 1, 6)) == 0.25
    assert to_number("1970-01-03") == 2.0
    assert to_number("1970-01-01T12:00:00Z") == 0.5
    assert to_number("2026-02-30") != to_number("2026-02-30")  # not a real date: NaN


def test_to_string():
    assert to_string(None) == ""
    assert to_string(["a", "b"]) == "a b"
    assert to_string(2.0) == "2"
    assert to_string(float("nan")) == "NaN"
    assert to_string(False) == "false"
    assert to_string(dt.date(2026, 1, 2)) == "2026-01-02"
    assert to_string(dt.datetime(2026, 1, 2, 3, 4, 5, 999)) == "2026-01-02T03:04:05"
    assert to_string(NodeSet(["x", "y"])) == "x"
    assert to_string(NodeSet([])) == ""


def test_to_boolean_and_is_empty():
    assert to_boolean("false") is True
    assert to_boolean("") is False
    assert to_boolean(float("nan")) is False
    assert to_boolean(NodeSet([0])) is False
    assert to_boolean(dt.date(2026, 1, 1)) is True
    assert is_empty(None) and is_empty("") and is_empty([]) and is_empty(NodeSet([]))
    assert not is_empty(0) and not is_empty("0") and not is_empty(False)


def test_nodeset_behaves_like_a_small_container():
    values = NodeSet([1, 2])
    assert len(values) == 2 and list(values) == [1, 2]
    assert values == NodeSet([1, 2]) and values != NodeSet([2, 1])
    assert repr(values) == "NodeSet([1, 2])"
