"""The blank questionnaire as a paper form, for when a laptop fails in the field.

`write_paper_form(form, path)` prints, on portrait A4: a header (title, version, boxes for the
dwelling reference, surveyor, date and visit number, how to fill the form), then every section and
sub-section of the questionnaire in order, each question numbered (Q1, Q2…) with its label, its
hint in italics, its skip instruction in words (`skip_rules`: « ► Si Q12 = « Oui » »), and a place
to answer: boxes ☐ to tick with each choice's label and code, a box for a number or a text, blanks
for a date or a time. Consecutive questions on the same scale with the `likert` appearance become
one grid; a repeat (household members, heating appliances) becomes a table with `repeat_rows` blank
lines, its codes listed under it. Calculations and metadata are left out (the app computes them when
the answers are typed in). Every page's footer asks for the dwelling reference, so loose pages can
be matched. Written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from survey_app.core.forms.model import Container, Form, Question
from survey_app.core.reports.atomic import atomic_output
from survey_app.core.reports.errors import output_error
from survey_app.core.reports.flowables import SectionTitle, TextBlock, split_lines
from survey_app.core.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC
from survey_app.core.reports.skip_rules import describe_condition
from survey_app.core.reports.styles import ACCENT, FILL, MUTED, RULE, color

BOX = "☐"
NUMBER_W = 34
SIZE = 7.8
KIND_HINTS = {"integer": "Nombre entier", "decimal": "Nombre (virgule possible)", "text": "Texte"}


@dataclass(frozen=True)
class PaperFormResult:
    path: Path
    pages: int
    questions: int
    sections: int

    def summary(self) -> str:
        return (f"Questionnaire papier : {self.questions} questions en {self.sections} sections, "
                f"{self.pages} pages dans « {self.path} ».")


def question_numbers(form: Form) -> dict[str, str]:
    """Q1, Q2… for every question the surveyor answers, in form order."""
    numbers, n = {}, 0
    for element in form.elements.values():
        if isinstance(element, Question) and element.is_input:
            n += 1
            numbers[element.name] = f"Q{n}"
    return numbers


def _label(text: str) -> str:
    """A label with its `${x}` references turned into blanks to fill."""
    import re

    return re.sub(r"\$\{[^}]*\}", "……", text or "").strip()


def _bare(text: str) -> str:
    """A label for a narrow column header: blanks for references, no quotation marks."""
    return _label(text).replace("« ", "").replace(" »", "").replace("«", "").replace("»", "").strip()


def _table(data, widths, cmds, **kw):
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=widths, **kw)
    table.setStyle(TableStyle(cmds))
    return table


class _Builder:
    def __init__(self, form: Form, width: float, repeat_rows: int) -> None:
        self.form, self.width, self.repeat_rows = form, width, repeat_rows
        self.numbers = question_numbers(form)
        self.sections = 0

    # -- pieces ------------------------------------------------------------------------------------
    def skip(self, element, indent: float = 0) -> list:
        text = describe_condition(element.relevant, self.form, self.numbers)
        if not text:
            return []
        return [TextBlock(f"► {text}", font=FONT_BOLD, size=7.2, rgb=ACCENT, indent=indent, space_after=1)]

    def choices(self, q: Question, width: float):
        choices = self.form.choices_for(q)
        if not choices:
            return TextBlock("(liste de réponses introuvable)", font=FONT_ITALIC, size=7, rgb=MUTED)
        texts = [f"{BOX} {_label(c.label())}  ({c.name})" for c in choices]
        longest = max(len(t) for t in texts)
        columns = 3 if longest <= 30 else 2 if longest <= 52 else 1
        col = width / columns
        per_column = -(-len(texts) // columns)
        grid = [[split_lines(texts[c * per_column + r], col - 6, FONT, SIZE, 6)
                 if c * per_column + r < len(texts) else "" for c in range(columns)] for r in range(per_column)]
        return _table(grid, [col] * columns, [
            ("FONT", (0, 0), (-1, -1), FONT, SIZE, 9.6), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)])

    def answer_zone(self, q: Question, width: float) -> list:
        if q.is_select:
            how = "Une seule réponse" if q.kind == "select_one" else "Plusieurs réponses possibles"
            return [TextBlock(how, font=FONT_ITALIC, size=6.6, rgb=MUTED, space_after=1), self.choices(q, width)]
        if q.kind == "acknowledge":
            return [TextBlock(f"{BOX} Fait", size=SIZE)]
        if q.kind == "date":
            return [TextBlock("Date : ______ / ______ / ____________", size=SIZE, space_before=2)]
        if q.kind == "time":
            return [TextBlock("Heure : ______ h ______", size=SIZE, space_before=2)]
        if q.kind == "datetime":
            return [TextBlock("Le ______ / ______ / ____________ à ______ h ______", size=SIZE, space_before=2)]
        multiline = "multiline" in (q.appearance or "")
        box_w = width if q.kind == "text" else min(130, width)
        hint = KIND_HINTS.get(q.kind, "Réponse")
        return [TextBlock(hint, font=FONT_ITALIC, size=6.6, rgb=MUTED, space_after=1),
                _table([[""]], [box_w], [("BOX", (0, 0), (-1, -1), 0.6, color(MUTED))],
                       rowHeights=[42 if multiline else 17])]

    def question(self, q: Question) -> list:
        from reportlab.platypus import KeepTogether

        inner = self.width - NUMBER_W
        body: list = [TextBlock(_label(q.label()) or q.name, font=FONT_BOLD, size=8.2)]
        if q.hint():
            body.append(TextBlock(_label(q.hint()), font=FONT_ITALIC, size=7.2, rgb=MUTED, space_before=0.5))
        body += self.skip(q)
        body += self.answer_zone(q, inner)
        row = _table([[self.numbers[q.name], body]], [NUMBER_W, inner], [
            ("FONT", (0, 0), (0, 0), FONT_BOLD, 8.6), ("TEXTCOLOR", (0, 0), (0, 0), color(ACCENT)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LINEBELOW", (0, 0), (-1, -1), 0.3, color(RULE)),
        ])  # fmt: skip
        return [KeepTogether([row])]

    def likert(self, questions: list[Question]) -> list:
        from reportlab.platypus import KeepTogether

        choices = self.form.choices_for(questions[0])
        label_w = self.width * 0.42
        col = (self.width - label_w) / max(1, len(choices))
        head = ["Question"] + [split_lines(f"{_label(c.label())} ({c.name})", col - 4, FONT_BOLD, 6.4, 5)
                               for c in choices]
        rows = [head]
        notes = []
        for q in questions:
            text = f"{self.numbers[q.name]}  {_label(q.label())}"
            rows.append([split_lines(text, label_w - 6, FONT, SIZE, 3)] + [BOX] * len(choices))
            condition = describe_condition(q.relevant, self.form, self.numbers)
            if condition:
                notes.append(f"► {self.numbers[q.name]} : {condition[0].lower()}{condition[1:]}")
        table = _table(rows, [label_w] + [col] * len(choices), [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 6.4, 7.6), ("FONT", (0, 1), (-1, -1), FONT, SIZE, 9.4),
            ("FONT", (1, 1), (-1, -1), FONT, 11, 12), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), color(FILL)),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, color(RULE)), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ], repeatRows=1)  # fmt: skip
        parts: list = [TextBlock("Une seule réponse par ligne.", font=FONT_ITALIC, size=6.6, rgb=MUTED,
                                 space_before=3, space_after=1), table]
        parts += [TextBlock(n, font=FONT_BOLD, size=7, rgb=ACCENT, space_before=1) for n in notes]
        return [KeepTogether(parts)]

    def repeat(self, container: Container) -> list:
        from reportlab.platypus import KeepTogether

        questions = [q for q in self._inputs(container.name)]
        if not questions:
            return []
        first, last = self.numbers[questions[0].name], self.numbers[questions[-1].name]
        title = f"Tableau {first} à {last} : {_label(container.label()) or container.name}"
        index_w = 18
        col = (self.width - index_w) / len(questions)
        head = ["N°"] + [split_lines(f"{self.numbers[q.name]} {_bare(q.label())}", col - 4, FONT_BOLD, 6.2, 8)
                         for q in questions]
        rows = [head] + [[str(i + 1)] + [""] * len(questions) for i in range(self.repeat_rows)]
        table = _table(rows, [index_w] + [col] * len(questions), [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 6.2, 7.4), ("FONT", (0, 1), (0, -1), FONT_BOLD, 7.5),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("BACKGROUND", (0, 0), (-1, 0), color(FILL)),
            ("GRID", (0, 0), (-1, -1), 0.5, color(MUTED)), ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ], repeatRows=1, rowHeights=[None] + [20] * self.repeat_rows)  # fmt: skip
        parts: list = [SectionTitle(title, rule=False, space_before=6), *self.skip(container)]
        parts.append(TextBlock(f"Une ligne par {(_label(container.label()) or 'élément').lower()}. Noter les codes "
                               "ci-dessous dans les cases.", font=FONT_ITALIC, size=6.8, rgb=MUTED, space_after=2))
        parts.append(table)
        legend = []
        for q in questions:
            line = f"{self.numbers[q.name]} {_label(q.label())}"
            if q.is_select:
                line += " : " + " · ".join(f"{c.name} = {_label(c.label())}" for c in self.form.choices_for(q))
            elif q.kind in KIND_HINTS:
                line += f" : {KIND_HINTS[q.kind].lower()}"
            condition = describe_condition(q.relevant, self.form, self.numbers)
            if condition:
                line += f"  ► {condition}"
            if q.hint():
                line += f" ({_label(q.hint())})"
            legend.append(TextBlock(line, size=6.8, space_before=1.2))
        return [KeepTogether(parts + legend)]  # the codes stay on the table's page

    def _inputs(self, name: str) -> list[Question]:
        out = []
        for child in self.form.children(name):
            element = self.form.elements[child]
            if isinstance(element, Container):
                out += self._inputs(child)
            elif isinstance(element, Question) and element.is_input:
                out.append(element)
        return out

    # -- walking the form ----------------------------------------------------------------------------
    def children(self, name: str | None, depth: int) -> list:
        story: list = []
        names = self.form.children(name)
        i = 0
        while i < len(names):
            element = self.form.elements[names[i]]
            if isinstance(element, Question) and element.kind == "select_one" and "likert" in (element.appearance or ""):
                run = [element]
                while i + 1 < len(names):
                    nxt = self.form.elements[names[i + 1]]
                    if not (isinstance(nxt, Question) and nxt.kind == "select_one" and nxt.list_name == element.list_name
                            and "likert" in (nxt.appearance or "")):
                        break
                    run.append(nxt)
                    i += 1
                story += self.likert(run) if len(run) > 1 else self.question(element)
            elif isinstance(element, Container):
                story += self.container(element, depth)
            elif isinstance(element, Question) and element.is_input:
                story += self.question(element)
            elif isinstance(element, Question) and element.kind == "note":
                story.append(TextBlock(_label(element.label()), font=FONT_ITALIC, size=7.6, space_before=3,
                                       space_after=2))
                story += self.skip(element)
            i += 1
        return story

    def container(self, container: Container, depth: int) -> list:
        if container.is_repeat:
            return self.repeat(container)
        label = _label(container.label()) or container.name
        if depth == 0:
            from reportlab.platypus import CondPageBreak

            self.sections += 1
            head: list = [CondPageBreak(160), SectionTitle(label, space_before=10)]
        else:
            from reportlab.platypus import CondPageBreak

            head = [CondPageBreak(90), SectionTitle(label, rule=False, space_before=6)]
        skip = self.skip(container)
        condition = describe_condition(container.relevant, self.form, self.numbers)
        if condition and depth == 0:
            text = condition[0].lower() + condition[1:] if condition.startswith("Si ") else condition
            skip = [TextBlock(f"► Section à remplir seulement {text}", font=FONT_BOLD, size=7.4, rgb=ACCENT,
                              space_after=2)]
        return head + skip + self.children(container.name, depth + 1)


def _header(form: Form, width: float) -> list:
    title = form.title or form.form_id
    boxes = [["Référence du logement", "Enquêteur ou enquêtrice", "Date du passage", "N° de passage"],
             ["", "", "____ / ____ / ________", ""]]
    table = _table(boxes, [width * 0.32, width * 0.3, width * 0.23, width * 0.15], [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7, 8.4), ("FONT", (0, 1), (-1, 1), FONT, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), color(FILL)), ("GRID", (0, 0), (-1, -1), 0.6, color(MUTED)),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"), ("ALIGN", (2, 1), (2, 1), "CENTER"),
    ], rowHeights=[None, 24])  # fmt: skip
    return [
        TextBlock("Questionnaire papier", font=FONT_BOLD, size=8.5, rgb=MUTED),
        TextBlock(title, font=FONT_BOLD, size=15, leading=18, rgb=ACCENT),
        TextBlock(f"Version {form.version or '–'} · questionnaire « {form.form_id} » · à ressaisir dans l'application "
                  "dès que possible", size=7.6, rgb=MUTED, space_after=6),
        table,
        TextBlock("Mode d'emploi : cochez ☐ la case de la réponse (une seule, sauf « plusieurs réponses "
                  "possibles »). Les renvois ► indiquent quand poser une question : si la condition n'est pas "
                  "remplie, passez à la suivante. Le texte entre « guillemets » se lit au ménage ; les consignes en "
                  "italique ne se lisent pas. Ne sait pas = 98, refus = 99 : cochez la case, n'écrivez jamais 98 "
                  "ou 99 dans un nombre (laissez-le vide et cochez la question « pas de valeur notée » qui suit).",
                  size=7.4, space_before=6, space_after=2),
    ]


def paper_form_story(form: Form, width: float, *, repeat_rows: int = 8) -> tuple[list, _Builder]:
    builder = _Builder(form, width, repeat_rows)
    return _header(form, width) + builder.children(None, 0), builder


def write_paper_form(form: Form, path: str | Path, *, repeat_rows: int = 8) -> PaperFormResult:
    """Write the blank paper form of `form` to `path`, atomically."""
    from survey_app.core.reports.page_layout import build_pdf, frame_width

    story, builder = paper_form_story(form, frame_width(), repeat_rows=repeat_rows)
    dest = Path(path).expanduser()
    footer = (f"{form.title or form.form_id} – version {form.version or '–'} · "
              "Réf. logement : ____________________")
    with atomic_output(dest) as tmp:
        try:
            pages = build_pdf(tmp, story, title=f"Questionnaire papier – {form.title or form.form_id}", footer=footer,
                              subject="Enquête Habitat : questionnaire papier")
        except OSError as exc:
            raise output_error(dest, exc) from exc
    return PaperFormResult(dest.absolute(), pages, len(builder.numbers), builder.sections)
