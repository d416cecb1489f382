"""From raw survey rows to typed elements: parse every expression and check what it refers to.

Each expression column is parsed with our own XLSForm expression parser (never Python `eval`);
syntax errors, unknown references and misuse (a reference to a plain group, a calculate without a
calculation, a select without its list) become `Issue`s naming the sheet, row and column.
"""

from __future__ import annotations

import re

from survey_app.core.expr import ExprSyntaxError, parse, references, uses_clock
from survey_app.core.forms.aliases import NO, YES
from survey_app.core.forms.compile_survey import SHEET, UNSUPPORTED, RawRow, column_ref
from survey_app.core.forms.model import Choice, ChoiceList, Container, Element, Expression, Question
from survey_app.core.issues import Issue

LABEL_REF_RE = re.compile(r"\$\{([^}]*)\}")
EXPRESSION_COLUMNS = ("relevant", "constraint", "warning", "calculation", "choice_filter", "repeat_count")
BOOLEAN_COLUMNS = ("required", "read_only")
NEEDS_NO_LABEL = frozenset({"calculate", "hidden", "start", "end", "today", "deviceid", "username"})
_DYNAMIC_DEFAULT_RE = re.compile(r"\$\{|[A-Za-z][\w:-]*\s*\(")


class LogicCompiler:
    def __init__(self, sheet, rows: list[RawRow], choice_lists: dict[str, ChoiceList], refused: set[str] = frozenset()):
        self.refused = refused  # names of rows already reported as unsupported: no cascade of errors
        self.sheet = sheet
        self.rows = rows
        self.choice_lists = choice_lists
        self.issues: list[Issue] = []
        self.kinds = {r.name: r.kind for r in rows}

    # -- entry point ------------------------------------------------------------------------------
    def compile(self) -> tuple[dict[str, Element], list[str]]:
        elements: dict[str, Element] = {}
        top: list[str] = []
        for raw in self.rows:
            element = self._element(raw)
            elements[raw.name] = element
            if raw.parent is None:
                top.append(raw.name)
            else:
                parent = elements.get(raw.parent)
                if isinstance(parent, Container):
                    parent.children.append(raw.name)
        return elements, top

    # -- one row ----------------------------------------------------------------------------------
    def _element(self, raw: RawRow) -> Element:
        common = dict(
            name=raw.name,
            kind=raw.kind,
            row=raw.row,
            labels=_texts(raw, "label"),
            hints=_texts(raw, "hint"),
            relevant=self._expr(raw, "relevant"),
            appearance=raw.cells.get("appearance", "").strip(),
            parent=raw.parent,
            repeat_chain=raw.repeat_chain,
            depth=raw.depth,
        )
        if raw.kind in ("group", "repeat"):
            container = Container(**common)
            container.repeat_count = self._expr(raw, "repeat_count")
            if raw.kind == "group" and container.repeat_count is not None:
                self._issue(raw, "repeat_count", "repeat_count n'a de sens que pour une répétition (begin_repeat)")
            return container
        question = Question(**common)
        question.constraint = self._expr(raw, "constraint")
        question.warning = self._expr(raw, "warning")
        question.calculation = self._expr(raw, "calculation")
        question.choice_filter = self._expr(raw, "choice_filter", choice_context=True)
        question.required = self._flag(raw, "required")
        question.read_only = self._flag(raw, "read_only")
        question.required_message = _texts(raw, "required_message")
        question.constraint_message = _texts(raw, "constraint_message")
        question.warning_message = _texts(raw, "warning_message")
        self._default(raw, question)
        self._labels(raw, question)
        self._select(raw, question)
        if raw.kind == "calculate" and not raw.cells.get("calculation", "").strip() and not question.default:
            self._issue(raw, "calculation", "calcul manquant : un « calculate » doit avoir une formule dans la colonne calculation")
        if question.warning is not None and not question.warning_message:
            question.warning_message = {"": "Valeur inhabituelle : vérifiez-la avec la personne enquêtée."}
        return question

    def _labels(self, raw: RawRow, question: Question) -> None:
        refs: set[str] = set()
        for texts in (question.labels, question.hints):
            for text in texts.values():
                refs |= {m.strip() for m in LABEL_REF_RE.findall(text)}
        for ref in sorted(refs):
            if ref not in self.kinds and ref not in self.refused:
                self._issue(raw, "label", f"référence inconnue dans le libellé : ${{{ref}}}")
        question.label_refs = frozenset(r for r in refs if r in self.kinds)
        if raw.kind in NEEDS_NO_LABEL:
            return
        if not question.labels and not question.hints:
            message = f"la question « {raw.name} » n'a ni libellé (label) ni aide (hint)"
            if raw.has_media:
                self.issues.append(Issue(message + " : seul son média l'annonçait", sheet=self.sheet.name, row=raw.row, severity="warning"))
            else:
                self._issue(raw, "label", message)

    def _select(self, raw: RawRow, question: Question) -> None:
        if raw.list_name is None:
            return
        if raw.list_name not in self.choice_lists:
            self._issue(raw, "type", f"liste de choix introuvable : « {raw.list_name} » (feuille choices)")
            return
        question.list_name = raw.list_name
        if raw.or_other:
            base = self.choice_lists[raw.list_name]
            key = f"{raw.list_name} or_other"
            if key not in self.choice_lists and base.get("other") is None:
                other = Choice("other", {"": "Autre"})
                self.choice_lists[key] = ChoiceList(key, base.choices + (other,))
            question.list_name = key if key in self.choice_lists else raw.list_name

    def _default(self, raw: RawRow, question: Question) -> None:
        text = raw.cells.get("default", "").strip()
        if not text:
            return
        question.default = text
        if _DYNAMIC_DEFAULT_RE.search(text):
            question.default_expr = self._expr(raw, "default")

    # -- expressions ------------------------------------------------------------------------------
    def _flag(self, raw: RawRow, column: str) -> Expression | None:
        text = raw.cells.get(column, "").strip()
        if text.lower() in YES:
            return Expression("true()", parse("true()"), frozenset())
        if text.lower() in NO:
            return None
        return self._expr(raw, column)

    def _expr(self, raw: RawRow, column: str, choice_context: bool = False) -> Expression | None:
        text = raw.cells.get(column, "").strip()
        if not text:
            return None
        try:
            node = parse(text, allow_names=choice_context) if choice_context else parse(text)
        except ExprSyntaxError as error:
            feature = _odk_only_function(text)
            if feature:
                self._issue(raw, column, f"fonction non prise en charge par l'application : {feature}() dans « {text} »", UNSUPPORTED)
            else:
                self._issue(raw, column, f"expression invalide « {text} » : {error.message}")
            return None
        refs = references(node)
        bad = False
        for ref in sorted(refs):
            kind = self.kinds.get(ref)
            if kind is None and ref in self.refused:
                bad = True
            elif kind is None:
                self._issue(raw, column, f"référence inconnue : ${{{ref}}} (aucune question de ce nom)")
                bad = True
            elif kind == "group":
                self._issue(raw, column, f"${{{ref}}} désigne un groupe, pas une question")
                bad = True
        if bad:
            return None
        return Expression(text, node, frozenset(refs), uses_clock(node))

    def _issue(self, raw: RawRow, column: str, message: str, code: str = "") -> None:
        header = raw.columns.get(column)
        where = column_ref(self.sheet, header) if header else column
        self.issues.append(Issue(message, sheet=self.sheet.name if self.sheet else SHEET, row=raw.row, column=where, code=code))


def _texts(raw: RawRow, column: str) -> dict[str, str]:
    return {lang: text for lang, text in raw.texts.get(column, {}).items() if text.strip()}


# Functions of ODK's XPath that this app does not evaluate (data files, geography, randomness).
ODK_ONLY_FUNCTIONS = (
    "pulldata", "instance", "jr:itext", "digest", "distance", "area", "random", "randomize", "uuid",
    "version", "property", "boolean-from-string", "base64-decode", "geofence", "exp", "log", "sin", "cos",
)


def _odk_only_function(text: str) -> str | None:
    for name in ODK_ONLY_FUNCTIONS:
        if re.search(rf"(?<![\w:-]){re.escape(name)}\s*\(", text):
            return name
    return None
