"""Fill a whole interview by driving the form engine, as a careful surveyor would.

The filler walks the form in order and answers each relevant, empty, editable question: plausible
values for the questions that shape the indicators (household, income, heating, bills, comfort),
a generic pick for the others. Every value goes through `FormSession.set_value`, so relevance,
constraints and calculations are the form's own; a value that breaks a constraint is replaced,
and a plausibility warning that remains is confirmed, as a surveyor would after checking.
"""

from __future__ import annotations

import datetime as dt
import random

from survey_app.core.engine import AnswerError, FormSession
from survey_app.core.forms.model import Container, Form, Question

UNKNOWN = ("97", "98", "99")
FIRST_NAMES = (
    "Nadia", "Karim", "Sophie", "Jean", "Fatima", "Kevin", "Monique", "Thierry", "Léa", "Mohamed",
    "Chantal", "Dylan", "Océane", "Bernard", "Yasmine", "Ludovic", "Émilie", "Rachid", "Gisèle", "Enzo",
)
REMARKS = (
    "RAS", "Logement bien tenu", "Fenêtres anciennes, courants d'air", "Moisissures dans la salle de bain",
    "Ménage demandeur d'informations sur les travaux", "Personne âgée isolée", "Radiateur d'appoint au pétrole",
)


class Filler:
    def __init__(self, form: Form, rng: random.Random, *, individual: bool, complete: bool = True):
        self.form = form
        self.rng = rng
        self.individual = individual  # a house (Liévin) rather than a flat in a tower
        self.complete = complete
        self._order = [q for q in form.questions() if q.is_input or q.kind == "hidden"]

    # -- whole interview --------------------------------------------------------------------------
    def fill(self, session: FormSession, stop_after: int | None = None) -> None:
        answered = 0
        for question in self._order:
            for index in list(session.instances(question.name)):
                if stop_after is not None and answered >= stop_after:
                    return
                if self._answer(session, question, index):
                    answered += 1
            self._grow_free_repeats(session, question)
        for _ in range(3):  # questions that became relevant through later answers
            missing = [p for p in session.blocking_problems() if p.kind == "required"]
            if not missing:
                break
            for problem in missing:
                self._answer(session, self.form.question(problem.name), problem.index)
        for problem in session.problems():
            if problem.kind == "warning":
                session.confirm_warning(problem.name, problem.index)

    def _grow_free_repeats(self, session: FormSession, question: Question) -> None:
        """A top-level repeat without repeat_count gets one or two instances when first met."""
        parent = self.form.elements.get(question.parent) if question.parent else None
        if isinstance(parent, Container) and parent.is_repeat and parent.repeat_count is None:
            if session.count(parent.name, ()) == 0 and not parent.repeat_chain:
                for _ in range(self.rng.randint(1, 2)):
                    session.add_instance(parent.name)

    # -- one question -----------------------------------------------------------------------------
    def _answer(self, session: FormSession, question: Question, index: tuple) -> bool:
        if not session.is_relevant(question.name, index) or session.value(question.name, index) is not None:
            return False
        if question.read_only is not None and session.state(question.name, index).read_only:
            return False
        if question.name.endswith("_statut"):
            return self._try(session, question, index, ["98" if self.rng.random() < 0.6 else "99"])
        candidates = self._candidates(session, question, index)
        return self._try(session, question, index, candidates)

    def _try(self, session: FormSession, question: Question, index: tuple, candidates) -> bool:
        fallback = None
        for value in candidates:
            try:
                session.set_value(question.name, value, index)
            except AnswerError:
                continue
            error, warning = session.verdict(question.name, index)
            if error is None and warning is None:
                return True
            if error is None and fallback is None:
                fallback = value
        session.set_value(question.name, fallback, index)  # None clears: the _statut follow-up asks why
        return fallback is not None

    def _candidates(self, session: FormSession, question: Question, index: tuple) -> list:
        special = SPECIAL.get(question.name)
        if special is not None:
            values = special(self, session, index)
            if values:
                return list(values) + self._generic(session, question, index)
        return self._generic(session, question, index)

    def _generic(self, session: FormSession, question: Question, index: tuple) -> list:
        rng = self.rng
        kind = question.kind
        if kind == "select_one":
            choices = [c.name for c in session.visible_choices(question.name, index)]
            known = [c for c in choices if c not in UNKNOWN and c != "0"]
            rng.shuffle(known)
            unknown = [c for c in choices if c in ("98", "99")]
            if unknown and rng.random() < 0.03:
                return unknown[:1] + known
            return known + [c for c in choices if c not in known]
        if kind == "select_multiple":
            choices = [c.name for c in session.visible_choices(question.name, index)]
            known = [c for c in choices if c not in UNKNOWN and c != "0"]
            tries = []
            for size in (rng.randint(1, 2), 1, 1):
                if known:
                    tries.append(rng.sample(known, min(size, len(known))))
            return tries + [["0"]] + [[c] for c in choices]
        if kind == "integer":
            return [rng.randint(1, 5), rng.randint(0, 12), rng.randint(10, 100), rng.randint(100, 2000), 0, 1]
        if kind == "decimal":
            return [round(rng.uniform(1, 30), 1), round(rng.uniform(10, 200), 1), rng.randint(0, 5), 0]
        if kind == "text":
            if "commentaire" in question.name or "precision" in question.name or "autre" in question.name:
                return [rng.choice(REMARKS)]
            return [rng.choice(REMARKS[:3])]
        if kind == "date":
            today = dt.date.today()
            return [today.isoformat(), (today - dt.timedelta(days=rng.randint(1, 60))).isoformat(),
                    (today + dt.timedelta(days=rng.randint(1, 14))).isoformat()]
        if kind == "time":
            return [f"{rng.randint(9, 18):02d}:{rng.choice((0, 15, 30, 45)):02d}"]
        if kind == "datetime":
            return [dt.datetime.now().replace(microsecond=0, second=0)]
        if kind == "acknowledge":
            return ["OK"]
        return []


# -- realistic answers for the questions that shape the indicators -------------------------------
def _persons(f: Filler, s, i):
    return [f.rng.choices((1, 2, 3, 4, 5, 6), weights=(30, 28, 17, 13, 8, 4))[0]]


def _age(f: Filler, s, i):
    if i and i[-1] == 0:
        return [f.rng.randint(24, 88)]
    return [f.rng.randint(0, 70), f.rng.randint(18, 60)]


def _link(f: Filler, s, i):
    return ["1"] if i and i[-1] == 0 else [f.rng.choice(("2", "3", "3", "4", "5"))]


def _income(f: Filler, s, i):
    if f.rng.random() < 0.12:
        return []  # not given: the bracket and the "why" follow-up are asked instead
    persons = s.value("nb_personnes") or 1
    return [int(f.rng.uniform(700, 1300) + 350 * (persons - 1))]


def _heating_mode(f: Filler, s, i):
    if f.individual:
        return [f.rng.choices(("3", "5", "4"), weights=(45, 35, 20))[0]]
    return [f.rng.choices(("1", "2"), weights=(80, 20))[0]]


def _heating_energy(f: Filler, s, i):
    mode = s.value("chauff_mode")
    if mode == "1":
        return ["2"]
    if mode == "2":
        return ["1"]
    if mode == "5":
        return ["6", "7"]
    if mode == "4":
        return ["4"]
    return [f.rng.choice(("2", "3", "2"))]


def _appliance(f: Filler, s, i):
    energy = s.value("chauff_energie")
    if energy == "6":
        return [f.rng.choice(("7", "8"))]
    if energy == "4":
        return ["4", "5"]
    if energy == "3":
        return ["3"]
    return ["2"]


def _temperature(f: Filler, s, i):
    return [round(f.rng.gauss(19.5, 1.6), 1)]


def _night(f: Filler, s, i):
    day = s.value("temp_sejour") or 19
    return [round(day - f.rng.uniform(0, 3), 1)]


def _bill(f: Filler, s, i):
    return [round(f.rng.uniform(35, 140), 2)]


def _period(f: Filler, s, i):
    return ["1", "2"]  # monthly or bimonthly amounts


def _energies(f: Filler, s, i):
    energy = s.value("chauff_energie")
    paid = ["1"]
    extra = {"2": "2", "3": "4", "5": "3", "6": "5", "7": "6"}.get(energy)
    if extra and f.individual:
        paid.append(extra)
    return [paid]


def _satisfaction(f: Filler, s, i):
    return [f.rng.choices(("1", "2", "3", "4"), weights=(20, 40, 25, 15))[0]]


def _cold(f: Filler, s, i):
    return ["1" if f.rng.random() < (0.45 if f.individual else 0.3) else "2"]


def _rent(f: Filler, s, i):
    return [round(f.rng.uniform(220, 520), 2)]


def _provision(f: Filler, s, i):
    return [round(f.rng.uniform(60, 180), 2)]


def _heating_share(f: Filler, s, i):
    total = s.value("provision_charges") or 100
    return [round(total * f.rng.uniform(0.4, 0.7), 2)]


def _visit_result(f: Filler, s, i):
    return ["1"] if f.complete else ["2"]


SPECIAL = {
    "nb_personnes": _persons,
    "age": _age,
    "lien": _link,
    "prenom": lambda f, s, i: [f.rng.choice(FIRST_NAMES)],
    "revenu_mensuel": _income,
    "chauff_mode": _heating_mode,
    "chauff_energie": _heating_energy,
    "app_type": _appliance,
    "nb_appareils": lambda f, s, i: [f.rng.choice((1, 1, 2))],
    "temp_sejour": _temperature,
    "temp_nuit": _night,
    "temp_ideale": lambda f, s, i: [round(f.rng.uniform(19, 22), 0)],
    "temp_mesure": _temperature,
    "energies_payees": _energies,
    "fact_elec": _bill,
    "fact_gaz": _bill,
    "fact_fioul": lambda f, s, i: [round(f.rng.uniform(500, 1200), 2)],
    "fact_charbon": lambda f, s, i: [round(f.rng.uniform(300, 900), 2)],
    "fact_elec_periode": _period,
    "fact_gaz_periode": _period,
    "froid": _cold,
    "loyer_hc": _rent,
    "provision_charges": _provision,
    "provision_chauffage": _heating_share,
    "resultat_visite": _visit_result,
    "accord": lambda f, s, i: ["1"],
    "ident_conforme": lambda f, s, i: ["1"],
    "num_passage": lambda f, s, i: [1, 2],
    "annee_entree": lambda f, s, i: [f.rng.randint(1975, 2025)],
    "nb_pieces": lambda f, s, i: [s.value("typologie") and int(s.value("typologie")) or 3],
    **{name: _satisfaction for name in (
        "sat_logement", "sat_chauffage", "sat_isolation", "sat_ecs", "sat_charges",
        "sat_parties_communes", "sat_bailleur", "sat_quartier",
    )},
}
