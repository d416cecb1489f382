"""Guard: every user-visible text of `survey_app/gui` goes through Qt's translation machinery (issue 5).

Pure AST, no Qt. The checker flags a string with words (a literal, an f-string or a concatenation
holding one, `"…".format(...)`) that reaches a Qt text sink (setText, QLabel, QMessageBox.warning…)
directly or through a local variable, a module constant or a class attribute defined as a plain
literal. Markup, {placeholders}, digits and symbols are not words. It also flags translation calls
that `lupdate` cannot extract or files under the wrong context: an f-string or an expression inside
tr()/translate(), a variable that holds a literal not marked with QT_TRANSLATE_NOOP, and `obj.tr(…)`
on anything but `self` (lupdate files it under the context « obj », Qt looks it up under the class).
Finally, every finished translation in resources/translations keeps its source's {placeholders}.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from tests.conftest import ROOT

GUI = ROOT / "survey_app" / "gui"

SINKS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setInformativeText", "setDetailedText", "setTitle",
    "setLabelText", "setCancelButtonText", "setSuffix", "setPrefix", "setSpecialValueText", "setFormat",
    "setItemText", "setTabText", "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHtml", "setMarkdown", "showMessage", "addAction", "addMenu", "addItem",
    "addItems", "addTab", "addRow", "addButton", "insertItem", "information", "warning", "critical", "question",
    "QLabel", "QPushButton", "QToolButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QMessageBox", "QProgressDialog", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QStandardItem",
})  # fmt: skip
DIALOG_CLASSES = ("QMessageBox", "QInputDialog", "QFileDialog")  # QMessageBox.warning(…), QFileDialog.getSaveFileName(…)
DATA_LAST = frozenset({"addItem", "insertItem"})  # addItem(text, userData): the last argument is a code, not text
NOT_TEXT = frozenset({"objectName", "shortcut", "styleSheet", "icon", "parent"})  # keyword arguments
TRANSLATE = frozenset({"tr", "translate"})
MARKERS = frozenset({"QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"})
# Not words: markup, entities, {placeholders}, %1 / %n style arguments, key sequences (« Ctrl+Z », « F3 »).
_NOT_WORDS = re.compile(
    r"<[^<>]*>|&#?\w+;|\{[^{}]*\}|%\w|\b(?:(?:Ctrl|Alt|Shift|Meta)\+)+(?:F\d{1,2}|\w+)\b|\bF\d{1,2}\b"
)

# Constants of files owned by another change, to mark with QT_TRANSLATE_NOOP there (then remove them here).
PENDING: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class Finding:
    line: int
    text: str
    why: str

    def format(self, file: str) -> str:
        return f"{file}:{self.line}: {self.why}: {self.text}"


def has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in _NOT_WORDS.sub("", text))


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


class _Checker:
    def __init__(self, source: str, file: str) -> None:
        self.tree = ast.parse(source)
        self.file = file
        self.module: dict[str, list[ast.expr]] = {}
        self.attributes: dict[str, list[ast.expr]] = {}  # class-level assignments of every class of the file
        self.findings: list[Finding] = []
        for node in self.tree.body:
            self._collect(node, self.module)
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    self._collect(item, self.attributes)

    @staticmethod
    def _collect(node: ast.AST, into: dict[str, list[ast.expr]]) -> None:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            into.setdefault(node.targets[0].id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            into.setdefault(node.target.id, []).append(node.value)

    # -- walking ----------------------------------------------------------------------------------------
    def run(self) -> list[Finding]:
        self._scope(self.tree, {})
        return sorted(set(self.findings), key=lambda f: (f.line, f.text))

    def _scope(self, root: ast.AST, local: dict[str, list[ast.expr]]) -> None:
        for node in ast.iter_child_nodes(root):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner: dict[str, list[ast.expr]] = {k: list(v) for k, v in local.items()}
                for child in ast.walk(node):
                    self._collect(child, inner)
                self._scope(node, inner)
                continue
            if isinstance(node, ast.Call):
                self._call(node, local)
            self._scope(node, local)

    def _call(self, call: ast.Call, local: dict[str, list[ast.expr]]) -> None:
        name = _name(call.func)
        owner = call.func.value if isinstance(call.func, ast.Attribute) else None
        if name in TRANSLATE:
            self._translation(call, name, owner, local)
            return
        dialog = isinstance(owner, ast.Name) and owner.id in DIALOG_CLASSES
        if name not in SINKS and not dialog:
            return
        args = list(call.args)
        if name in DATA_LAST and len(args) > 1:
            args = args[:-1]
        args += [k.value for k in call.keywords if k.arg not in NOT_TEXT]
        for arg in args:
            for culprit in self._words(arg, local, 0):
                where = "" if culprit.lineno == call.lineno else f" at line {call.lineno}"
                self.findings.append(Finding(culprit.lineno, ast.unparse(culprit)[:100],
                                             f"untranslated text passed to {name}(){where}"))

    def _translation(self, call: ast.Call, name: str, owner: ast.expr | None, local: dict) -> None:
        if name == "tr" and owner is not None and not (isinstance(owner, ast.Name) and owner.id == "self"):
            self.findings.append(Finding(call.lineno, ast.unparse(call)[:100],
                                         "obj.tr(): lupdate's context is the variable name; use self.tr or translate"))
        position = 1 if name == "translate" else 0
        if len(call.args) <= position:
            return
        source = call.args[position]
        if isinstance(source, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(source, ast.Call) and _name(source.func) == "format"):  # fmt: skip
            self.findings.append(Finding(source.lineno, ast.unparse(source)[:100],
                                         f"{name}() of an expression: lupdate cannot extract it; format after"))
        elif isinstance(source, ast.Name) and (self.file, source.id) not in PENDING:
            for value in local.get(source.id) or self.module.get(source.id, []):
                if isinstance(value, ast.Constant) and isinstance(value.value, str) and has_words(value.value):
                    self.findings.append(Finding(value.lineno, ast.unparse(value)[:100],
                                                 f"{name}({source.id}) at line {call.lineno}: lupdate cannot see this "
                                                 "literal; mark it with QT_TRANSLATE_NOOP"))

    # -- what a value may hold --------------------------------------------------------------------------
    def _words(self, node: ast.expr, local: dict[str, list[ast.expr]], depth: int) -> list[ast.expr]:
        """The literals with words that `node` may pass on untranslated."""
        if isinstance(node, ast.Constant):
            return [node] if isinstance(node.value, str) and has_words(node.value) else []
        if isinstance(node, ast.JoinedStr):
            parts = [v for v in node.values if isinstance(v, ast.Constant) and has_words(str(v.value))]
            return [node] if parts else []
        if isinstance(node, ast.BinOp):
            return self._words(node.left, local, depth) + self._words(node.right, local, depth)
        if isinstance(node, ast.IfExp):
            return self._words(node.body, local, depth) + self._words(node.orelse, local, depth)
        if isinstance(node, ast.BoolOp):
            return [c for v in node.values for c in self._words(v, local, depth)]
        if isinstance(node, (ast.Tuple, ast.List)):
            return [c for v in node.elts for c in self._words(v, local, depth)]
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
                return self._words(node.func.value, local, depth)
            return []  # tr(), translate(), QT_TRANSLATE_NOOP() or any other call: not a bare literal
        if depth >= 3:
            return []
        values: list[ast.expr] = []
        if isinstance(node, ast.Name):
            values = local.get(node.id) or self.module.get(node.id, [])
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
            values = self.attributes.get(node.attr, [])
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            for table in self.module.get(node.value.id, []):
                values += table.values if isinstance(table, ast.Dict) else getattr(table, "elts", [])
        return [c for v in values if v is not None for c in self._words(v, local, depth + 1)]


def untranslated(source: str, file: str = "<source>") -> list[Finding]:
    """Every place in `source` where a user-visible text escapes the translation machinery."""
    return _Checker(source, file).run()


# -- the checker itself ---------------------------------------------------------------------------------

BAD_SAMPLE = '''
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

TITLE = "Titre en dur"
MARKED = QT_TRANSLATE_NOOP("Panel", "Texte marqué")
KINDS = {"a": "Libellé de dictionnaire"}
UNMARKED = "Constante non marquée"


class Panel(QWidget):
    button_label = "Attribut de classe"

    def __init__(self, name, rows):
        super().__init__()
        QLabel("Bonjour", self)
        self.setWindowTitle(f"Statut : {name}")
        self.setToolTip(name + " et " + rows)
        QMessageBox.warning(self, self.tr("Attention"), "Fichier illisible")
        tip = "Variable locale"
        self.setStatusTip(tip)
        self.setWhatsThis(TITLE)
        QPushButton(self.button_label, self)
        self.setAccessibleName(KINDS["a"])
        self.box.addItem("Premier choix", "code")
        self.unit.setSuffix(" m²")
        self.other.tr("Ailleurs")
        self.setText(self.tr(f"Ligne {rows}"))
        self.setText(self.tr(UNMARKED))
        self.setText("Rendez-vous le {day}".format(day=rows))
'''
GOOD_SAMPLE = '''
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

MARKED = QT_TRANSLATE_NOOP("Panel", "Texte marqué")


class Panel(QWidget):
    def __init__(self, name, rows):
        super().__init__()
        QLabel(self.tr("Bonjour"), self)
        self.setWindowTitle(self.tr("Statut : {status}").format(status=name))
        self.setToolTip(QCoreApplication.translate("Panel", MARKED))
        self.title.setText(f"{name} ({rows})")
        self.history.setText(f"<i>{name}</i><br/>")
        self.count.setText(str(rows))
        self.mark.setText("…")
        self.sign.setText("+")
        self.menu.addAction(self.tr("Annuler"), QKeySequence("Ctrl+Z"))
        self.box.addItem(self.tr("Tous"), "tous")
        self.setObjectName("hint")
        self.setStyleSheet("color: red;")
        QMessageBox.warning(self, self.tr("Attention"), name)
        self.button.setText(self.tr("Confirmer ({key})").format(key="F4"))
'''


def test_the_checker_flags_every_kind_of_untranslated_text():
    found = {(f.line, f.text) for f in untranslated(BAD_SAMPLE)}
    assert found == {
        (5, "'Titre en dur'"),  # module constant, passed at line 22
        (7, "'Libellé de dictionnaire'"),  # dictionary value, passed at line 24
        (8, "'Constante non marquée'"),  # tr(UNMARKED) at line 29
        (12, "'Attribut de classe'"),  # class attribute, passed at line 23
        (16, "'Bonjour'"),
        (17, "f'Statut : {name}'"),
        (18, "' et '"),
        (19, "'Fichier illisible'"),
        (20, "'Variable locale'"),  # local variable, passed at line 21
        (25, "'Premier choix'"),
        (26, "' m²'"),
        (27, "self.other.tr('Ailleurs')"),
        (28, "f'Ligne {rows}'"),
        (30, "'Rendez-vous le {day}'"),
    }, found


def test_the_checker_accepts_translated_text_markup_symbols_and_codes():
    assert untranslated(GOOD_SAMPLE) == []


def test_words_are_letters_outside_markup_placeholders_and_shortcuts():
    assert has_words("Fermer") and has_words("{n} Mo") and has_words("<b>Statut</b>") and has_words("T{rooms}")
    assert not has_words("<b>{label}</b> — {place}") and not has_words("{n}/{total} · ✔")
    assert not has_words("F3") and not has_words("Ctrl+Shift+S") and not has_words("&amp; %1")


# -- the real tree ----------------------------------------------------------------------------------------


def test_every_gui_text_goes_through_the_translation_machinery():
    files = sorted(GUI.rglob("*.py"))
    assert len(files) > 40
    problems = []
    for path in files:
        for finding in untranslated(path.read_text(encoding="utf-8"), path.name):
            problems.append(finding.format(str(path.relative_to(ROOT))))
    assert not problems, "Texts that escape Qt's translation machinery:\n" + "\n".join(problems)


def test_translations_keep_the_placeholders_of_their_source():
    """A translation that drops or renames a {placeholder} would raise KeyError in .format() at run time."""
    import xml.etree.ElementTree as ET

    catalogues = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert catalogues
    wrong = []
    for path in catalogues:
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                source, translation = message.findtext("source") or "", message.find("translation")
                if translation is None or not translation.text or translation.get("type") in ("unfinished", "vanished"):
                    continue
                if set(re.findall(r"\{\w*\}", source)) != set(re.findall(r"\{\w*\}", translation.text)):
                    wrong.append(f"{path.name} [{context.findtext('name')}] {source!r} → {translation.text!r}")
    assert not wrong, "Translations whose placeholders differ from the French text:\n" + "\n".join(wrong)
