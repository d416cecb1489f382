"""Turn the text of an XLSForm expression into a syntax tree, or a French error with its position.

A tokenizer cuts the text into numbers, strings, `${name}` references, names and operators; a
precedence-climbing parser (XPath 1.0 precedences: or < and < equality < relational < additive <
multiplicative < unary minus) builds the tree of `nodes`, checks every function call against the
`FUNCTIONS` table, and rejects what the app does not support (absolute or relative XPath paths,
instance(), bare names outside choice filters) with a message telling the form author what to
write instead. Nesting and
length are bounded so that hostile input gives an `ExprSyntaxError`, never a RecursionError.
"""

from __future__ import annotations

import re

from survey_app.core.expr.functions import FUNCTIONS
from survey_app.core.expr.nodes import (
    PRECEDENCE,
    QUOTED_REF_RE,
    BinOp,
    Call,
    Current,
    Literal,
    Name,
    Neg,
    Parent,
    Ref,
)

MAX_LENGTH = 10_000
MAX_NESTING = 100  # parentheses, calls and unary minus inside each other
MAX_TREE_DEPTH = 150  # operators chained into one another (each level costs stack when printed or compared)

_NUMBER_RE = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_NAME_RE = re.compile(r"[^\W\d]\w*(?:-[^\W\d]\w*)*(?::[^\W\d]\w*(?:-[^\W\d]\w*)*)?")
_QUESTION_NAME_RE = re.compile(r"[^\W\d][\w.\-]*")
_PATH_RE = re.compile(r"[\w.\-:/@*\[\]'\"=]*")
_WORD_OPERATORS = frozenset({"and", "or", "div", "mod"})
_SYMBOL_OPERATORS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*")
_HINTS = {
    "==": "opérateur '==' inconnu : utilisez '='",
    "&&": "opérateur '&&' inconnu : utilisez 'and'",
    "||": "opérateur '||' inconnu : utilisez 'or'",
    "<>": "opérateur '<>' inconnu : utilisez '!='",
    "!": "'!' seul n'existe pas : utilisez not(...) ou '!='",
    "%": "'%' n'est pas le reste de la division : utilisez 'mod'",
    "|": "l'union de chemins XPath '|' n'est pas prise en charge",
    "[": "les prédicats XPath [...] ne sont pas pris en charge",
    "@": "les attributs XPath @... ne sont pas pris en charge",
}
_SMART_QUOTES = "‘’‚‛“”„‟«»"


class ExprSyntaxError(Exception):
    """An expression that cannot be parsed: `message` in French, `position` 0-based in the text."""

    def __init__(self, message: str, position: int, expression: str | None = None):
        super().__init__(message, position)
        self.message = message
        self.position = position
        self.expression = expression

    def __str__(self) -> str:
        return f"{self.message} (caractère {self.position + 1})"


# --------------------------------------------------------------------------- tokenizer
# A token is (kind, value, start, end); kinds: num str ref name op . .. eof


def tokenize(text: str) -> list[tuple]:
    """The tokens of `text`, ending with an 'eof' token; raises ExprSyntaxError."""
    tokens, i, n = [], 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if char.isdigit() or (char == "." and i + 1 < n and text[i + 1].isdigit()):
            match = _NUMBER_RE.match(text, i)
            tokens.append(("num", float(match.group()), i, match.end()))
            i = match.end()
        elif char in "'\"":
            end = text.find(char, i + 1)
            if end < 0:
                raise ExprSyntaxError(f"chaîne non terminée : le guillemet {char} ouvert ici n'est jamais fermé", i)
            tokens.append(("str", text[i + 1 : end], i, end + 1))
            i = end + 1
        elif char == "$":
            i = _scan_reference(text, i, tokens)
        elif char == ".":
            size = 2 if text.startswith("..", i) else 1
            tokens.append(("." * size, None, i, i + size))
            i += size
        elif char in "(),/":
            tokens.append(("op", char, i, i + 1))
            i += 1
        elif text[i : i + 2] in _HINTS:
            raise ExprSyntaxError(_HINTS[text[i : i + 2]], i)
        elif char in _SMART_QUOTES:
            raise ExprSyntaxError(
                f"guillemet typographique {char} : utilisez l'apostrophe droite ' ou le guillemet droit \"", i
            )
        else:
            i = _scan_operator_or_name(text, i, tokens)
    tokens.append(("eof", None, n, n))
    return tokens


def _scan_reference(text: str, i: int, tokens: list) -> int:
    if not text.startswith("${", i):
        raise ExprSyntaxError("'$' doit être suivi d'un nom entre accolades : ${nom}", i)
    end = text.find("}", i + 2)
    if end < 0:
        raise ExprSyntaxError("référence non fermée : '}' manquante après '${'", i)
    name = text[i + 2 : end]
    if not name:
        raise ExprSyntaxError("référence vide : ${} ne nomme aucune question", i)
    if not _QUESTION_NAME_RE.fullmatch(name):
        raise ExprSyntaxError(f"nom de question invalide dans ${{{name}}}", i)
    tokens.append(("ref", name, i, end + 1))
    return end + 1


def _scan_operator_or_name(text: str, i: int, tokens: list) -> int:
    for symbol in _SYMBOL_OPERATORS:
        if text.startswith(symbol, i):
            tokens.append(("op", symbol, i, i + len(symbol)))
            return i + len(symbol)
    match = _NAME_RE.match(text, i)
    if match:
        tokens.append(("name", match.group(), i, match.end()))
        return match.end()
    if text[i] in _HINTS:
        raise ExprSyntaxError(_HINTS[text[i]], i)
    raise ExprSyntaxError(f"caractère inattendu : {text[i]!r}", i)


# --------------------------------------------------------------------------- parser


def parse(text: str, allow_names: bool = False):
    """The syntax tree of an XLSForm expression; raises ExprSyntaxError (French, with position).

    `allow_names=True` is for choice filters, where a bare name (`commune = ${commune}`) is a
    column of the choice being filtered: it becomes a `Name` node instead of an error.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() attend un texte, pas {type(text).__name__}")
    try:
        if len(text) > MAX_LENGTH:
            raise ExprSyntaxError(
                f"expression trop longue : {len(text)} caractères (maximum {MAX_LENGTH})", MAX_LENGTH
            )
        return _Parser(text, allow_names).parse()
    except ExprSyntaxError as error:
        error.expression = text
        raise


class _Parser:
    def __init__(self, text: str, allow_names: bool = False):
        self.text = text
        self.allow_names = allow_names
        self.tokens = tokenize(text)
        self.index = 0
        self.nesting = 0

    # -- helpers

    def peek(self, offset: int = 0) -> tuple:
        return self.tokens[min(self.index + offset, len(self.tokens) - 1)]

    def advance(self) -> tuple:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def is_op(self, token: tuple, symbol: str) -> bool:
        return token[0] == "op" and token[1] == symbol

    def shown(self, token: tuple) -> str:
        return self.text[token[2] : token[3]]

    def fail(self, message: str, token_or_position) -> None:
        position = token_or_position if isinstance(token_or_position, int) else token_or_position[2]
        raise ExprSyntaxError(message, position)

    def enter(self, token: tuple) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            self.fail(f"expression trop imbriquée (plus de {MAX_NESTING} niveaux)", token)

    # -- grammar

    def parse(self):
        if self.peek()[0] == "eof":
            self.fail("expression vide", 0)
        node, _ = self.expression(0)
        token = self.peek()
        if token[0] != "eof":
            if self.is_op(token, ")"):
                self.fail("parenthèse fermante ')' sans parenthèse ouvrante", token)
            if self.is_op(token, ","):
                self.fail("virgule en dehors d'un appel de fonction", token)
            shown = self.shown(token)
            self.fail(f"élément inattendu après une expression complète : « {shown} » (opérateur manquant ?)", token)
        return node

    def expression(self, min_precedence: int) -> tuple:
        """(node, depth) for operators binding tighter than `min_precedence` (left-associative)."""
        self.enter(self.peek())
        left, depth = self.unary()
        while True:
            token = self.peek()
            op = self.infix_operator(token)
            if op is None or PRECEDENCE[op] <= min_precedence:
                break
            self.advance()
            if self.peek()[0] == "eof":
                self.fail(f"expression incomplète : une valeur est attendue après « {op} »", self.peek())
            right, right_depth = self.expression(PRECEDENCE[op])
            left, depth = BinOp(op, left, right), 1 + max(depth, right_depth)
            if depth > MAX_TREE_DEPTH:
                self.fail(f"expression trop imbriquée (plus de {MAX_TREE_DEPTH} opérations enchaînées)", token)
        self.nesting -= 1
        return left, depth

    def infix_operator(self, token: tuple) -> str | None:
        kind, value = token[0], token[1]
        if kind == "op":
            if value == "/":
                self.fail("'/' n'est pas la division en XPath : utilisez 'div'", token)
            return value if value in PRECEDENCE else None
        if kind == "name":
            if value in _WORD_OPERATORS:
                return value
            if value.lower() in _WORD_OPERATORS:
                self.fail(f"opérateur '{value}' inconnu : écrivez '{value.lower()}' en minuscules", token)
        return None

    def unary(self) -> tuple:
        token = self.peek()
        if self.is_op(token, "-"):
            self.advance()
            self.enter(token)
            operand, depth = self.unary()
            self.nesting -= 1
            return Neg(operand), depth + 1
        return self.primary(), 1

    def primary(self):
        token = self.advance()
        kind, value = token[0], token[1]
        if kind == "num" or kind == "str":
            return Literal(value)
        if kind == "ref":
            return Ref(value)
        if kind == "." or kind == "..":
            if self.is_op(self.peek(), "/"):
                self.fail_path("relatif", token)
            if kind == "..":
                self.fail("'..' n'est accepté que dans position(..)", token)
            return Current()
        if kind == "name":
            if self.is_op(self.peek(), "("):
                return self.call(token)
            return self.bare_name(token)
        if kind == "op" and value == "(":
            return self.parenthesized(token)
        if kind == "op" and value == "/":
            self.fail_path("absolu", token)
        if kind == "eof":
            previous = self.tokens[self.index - 2] if self.index >= 2 else None
            after = f" après « {self.shown(previous)} »" if previous else ""
            self.fail(f"expression incomplète : une valeur est attendue{after}", token)
        self.fail(f"une valeur est attendue à la place de « {self.shown(token)} »", token)

    def parenthesized(self, opening: tuple):
        node, _ = self.expression(0)
        token = self.advance()
        if self.is_op(token, ")"):
            return node
        if token[0] == "eof":
            self.fail("parenthèse ouvrante '(' jamais fermée : ')' manquante", opening)
        self.fail(f"élément inattendu « {self.shown(token)} » : un opérateur ou ')' est attendu", token)

    def fail_path(self, kind: str, token: tuple) -> None:
        path = _PATH_RE.match(self.text, token[2]).group() or self.shown(token)
        self.fail(f"chemin XPath {kind} non pris en charge : {path} ; utilisez ${{nom}}", token)

    def bare_name(self, token: tuple):
        name = token[1]
        if self.is_op(self.peek(), "/"):
            self.fail_path("relatif", token)
        if name in _WORD_OPERATORS:
            self.fail(f"une valeur est attendue avant l'opérateur '{name}'", token)
        if self.allow_names:
            return Name(name)
        if name in ("not", "true", "false") or name in FUNCTIONS:
            self.fail(f"{name} est une fonction : écrivez {name}(...)", token)
        self.fail(
            f"nom sans ${{…}} non pris en charge : {name} ; "
            f"écrivez ${{{name}}} pour une question ou '{name}' pour un texte",
            token,
        )

    def call(self, name_token: tuple):
        name = name_token[1]
        opening = self.advance()
        if name == "instance":
            message = "instance(...) non pris en charge : les listes externes ne sont pas gérées ; utilisez ${nom}"
            self.fail(message, name_token)
        if name == "current":
            self.fail("current() non pris en charge : utilisez ${nom} ou '.'", name_token)
        if name not in FUNCTIONS:
            hint = ""
            if name.lower() in FUNCTIONS:
                hint = f" (les noms de fonctions s'écrivent en minuscules : {name.lower()}())"
            self.fail(f"fonction inconnue : {name}(){hint}", name_token)
        if name == "position":
            return self.position_call(name_token)
        args = []
        if self.is_op(self.peek(), ")"):
            self.advance()
        else:
            while True:
                node, _ = self.expression(0)
                args.append(node)
                token = self.advance()
                if self.is_op(token, ")"):
                    break
                if token[0] == "eof":
                    self.fail(f"parenthèse ouvrante de {name}() jamais fermée : ')' manquante", opening)
                if not self.is_op(token, ","):
                    shown = self.shown(token)
                    self.fail(f"',' ou ')' attendu dans l'appel de {name}(), trouvé « {shown} »", token)
        self.check_arity(name, len(args), name_token)
        problem = check_call(name, tuple(args))
        if problem:
            self.fail(problem, name_token)
        return Call(name, tuple(args))

    def position_call(self, name_token: tuple):
        if self.peek()[0] != ".." or not self.is_op(self.peek(1), ")"):
            self.fail("position() s'écrit position(..)", name_token)
        self.index += 2
        return Call("position", (Parent(),))

    def check_arity(self, name: str, given: int, name_token: tuple) -> None:
        low, high, _ = FUNCTIONS[name]
        if low <= given and (high is None or given <= high):
            return
        if low == high:
            expected = "aucun argument attendu" if low == 0 else _plural(low, "argument attendu")
        elif high is None:
            expected = "au moins " + _plural(low, "argument attendu")
        else:
            expected = f"de {low} à {high} arguments attendus"
        given_text = _plural(given, "donné")
        self.fail(f"nombre d'arguments incorrect pour {name}() : {expected}, {given_text}", name_token)


def _plural(number: int, words: str) -> str:
    """'1 argument attendu', '2 arguments attendus', '0 donné'."""
    if number > 1:
        words = " ".join(word + "s" for word in words.split())
    return f"{number} {words}"


def check_call(name: str, args: tuple) -> str | None:
    """A French message when a call's arguments break a rule beyond arity, else None."""
    if name == "indexed-repeat":
        if len(args) % 2 == 0:
            return (
                "indexed-repeat() attend ${question} puis des paires ${répétition}, numéro : "
                f"un nombre impair d'arguments, {len(args)} donnés"
            )
        for i in [0] + list(range(1, len(args), 2)):
            if not isinstance(args[i], Ref):
                role = "la question" if i == 0 else "la répétition"
                return f"indexed-repeat() : l'argument {i + 1} doit être une référence ${{nom}} ({role})"
    if name == "jr:choice-name":
        quoted = args[1]
        text = quoted.value if isinstance(quoted, Literal) else None
        if not (isinstance(text, str) and QUOTED_REF_RE.fullmatch(text)):
            return "jr:choice-name() : le 2e argument doit être la question entre guillemets, par exemple '${nom}'"
    return None
