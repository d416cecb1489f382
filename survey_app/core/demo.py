"""A realistic synthetic campaign for demos, screenshots, tests and benchmarks.

`build_demo(store, dwellings=N, seed=S)` imports a register of Lens towers (entrances, floors,
doors) and Liévin mining-estate houses, then knocks on doors: absences, appointments, refusals,
vacant flats, interviews in progress and completed interviews. Interviews are filled by driving the
form engine (`demo_filler`), so every answer respects the form's relevance, constraints and
calculations. The same seed gives the same campaign (ids included); only the store's own device id
differs from one run to the next.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from survey_app.core.demo_filler import Filler
from survey_app.core.engine import FormSession, SessionMeta
from survey_app.core.forms.model import Form
from survey_app.core.prefill import prefill_for
from survey_app.core.store.records import RegisterRow

CAMPAIGN = "Lens-Liévin 2026 – 20 villes moyennes témoins"
SITE_LENS = "Lens – Grande Résidence"
SITE_LIEVIN = "Liévin – Chouard-Pasteur"
TOWER_NAMES = ("Ravel", "Debussy", "Berlioz", "Bizet", "Fauré", "Satie", "Gounod", "Lalo", "Massenet", "Chabrier",
               "Dukas", "Offenbach", "Poulenc", "Roussel", "Chausson", "Delibes", "Franck", "Messager")
STREETS = ("rue Émile Zola", "rue Jean Jaurès", "rue des Corons", "rue de la Fosse 3", "rue Pasteur",
           "rue Chouard", "rue Jules Guesde", "rue Arthur Lamendin", "cité du 4", "rue des Mineurs")
REFUSALS = ("Pas le temps", "Ne souhaite pas répondre", "Méfiance", "Déjà enquêté par le bailleur")
CAMPAIGN_START = dt.datetime(2026, 9, 14, 9, 0)  # visits end before 2026-11-20
TYPOLOGY_SURFACE = {1: 32, 2: 48, 3: 64, 4: 78, 5: 92, 6: 108}


@dataclass(frozen=True)
class DemoReport:
    dwellings: int
    visits: int
    interviews: int
    drafts: int
    seconds: float

    @property
    def interviews_per_second(self) -> float:
        return (self.interviews + self.drafts) / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (
            f"{self.dwellings} logements, {self.visits} passages, {self.interviews} entretiens terminés, "
            f"{self.drafts} en cours, en {self.seconds:.1f} s "
            f"({self.interviews_per_second:.0f} entretiens par seconde)"
        )


def register_rows(count: int, rng: random.Random) -> list[RegisterRow]:
    """Three quarters of flats in towers (Lens), one quarter of houses (Liévin)."""
    rows: list[RegisterRow] = []
    flats = round(count * 0.75)
    tower = 0
    while len(rows) < flats:
        name = TOWER_NAMES[tower % len(TOWER_NAMES)] + ("" if tower < len(TOWER_NAMES) else f" {tower // len(TOWER_NAMES) + 1}")
        code = f"Tour {name}"
        entrances = "AB" if tower % 3 else "A"  # the Grande Résidence: dozens of small towers
        floors = 4 + tower % 4
        for entrance in entrances:
            for floor in range(floors + 1):
                for door in range(1, 4):
                    if len(rows) >= flats:
                        break
                    typology = rng.choices((1, 2, 3, 4, 5), weights=(10, 25, 35, 22, 8))[0]
                    ref = f"LGR-T{tower + 1:02d}-{entrance}-{floor}{door:02d}"
                    rows.append(RegisterRow(
                        landlord_ref=ref, site=SITE_LENS, building=code, entrance=entrance, floor=floor,
                        floor_label="RDC" if floor == 0 else f"R+{floor}", door=f"{floor}{door:02d}",
                        typology=typology, typology_label=f"T{typology}", rooms=typology,
                        surface=round(TYPOLOGY_SURFACE[typology] + rng.uniform(-6, 6), 1), construction="collectif",
                        address=f"{tower + 2} allée {name}, 62300 Lens", commune="Lens", depcom="62498",
                    ))
        tower += 1
    number = 0
    while len(rows) < count:
        street = STREETS[number % len(STREETS)]
        typology = rng.choices((3, 4, 5), weights=(40, 45, 15))[0]
        rows.append(RegisterRow(
            landlord_ref=f"LCP-{number + 1:04d}", site=SITE_LIEVIN, building=None, entrance=None, floor=None,
            door=None, typology=typology, typology_label=f"T{typology}", rooms=typology,
            surface=round(TYPOLOGY_SURFACE[typology] + rng.uniform(-8, 8), 1), construction="individuel",
            address=f"{number // len(STREETS) * 2 + 1} {street}, 62800 Liévin", commune="Liévin", depcom="62510",
        ))
        number += 1
    return rows


@dataclass(frozen=True)
class _Job:
    """One interview to fill: everything a worker process needs, and nothing it must share."""

    prefill: dict
    individual: bool
    complete: bool
    when: dt.datetime
    seed: int
    stop_after: int | None
    deviceid: str
    surveyor: str


_WORKER_FORM: Form | None = None


def _init_worker(form_path: str) -> None:
    global _WORKER_FORM
    from survey_app.core.forms import load_form

    _WORKER_FORM = load_form(form_path).form


def _fill_batch(jobs: list[_Job]) -> list[dict]:
    return [fill_interview(_WORKER_FORM, job) for job in jobs]


def fill_interview(form: Form, job: _Job) -> dict:
    """The answers document of one interview, driven through the form engine."""
    session = FormSession(
        form,
        meta=SessionMeta(deviceid=job.deviceid, username=job.surveyor, prefill=job.prefill),
        clock=lambda: job.when,
    )
    filler = Filler(form, random.Random(job.seed), individual=job.individual, complete=job.complete)
    filler.fill(session, stop_after=job.stop_after)
    return session.finish() if job.complete else session.to_document()


def _fill_all(form: Form, form_path: str | None, jobs: list[_Job], workers: int) -> Iterator[dict]:
    """Documents in job order, produced while the caller writes the previous ones to the store."""
    if form_path is None or workers <= 1 or len(jobs) < 200:
        for job in jobs:
            yield fill_interview(form, job)
        return
    import concurrent.futures

    size = max(10, len(jobs) // (workers * 20))
    batches = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    with concurrent.futures.ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(form_path,)) as pool:
        for batch in pool.map(_fill_batch, batches):
            yield from batch


def build_demo(
    store,
    form: Form,
    *,
    dwellings: int = 200,
    seed: int = 1,
    surveyor: str = "Enquêteur démo",
    progress: Callable[[int, int], None] | None = None,
    form_path: str | None = None,
    workers: int | None = None,
) -> DemoReport:
    """Fill `store` with a synthetic campaign of `dwellings` dwellings surveyed with `form`.

    Interviews are filled in `workers` processes when `form_path` is given (each dwelling has its
    own random seed, so the campaign does not depend on how the work is shared out).
    """
    import os

    started = time.perf_counter()
    rng = random.Random(seed)
    store.import_dwellings(register_rows(dwellings, rng), campaign=CAMPAIGN)
    rows = sorted(store.list_dwellings(), key=lambda r: r.landlord_ref)
    plans = []
    jobs: list[_Job] = []
    for row in rows:
        when = CAMPAIGN_START + dt.timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 9 * 60))
        scenario = rng.choices(
            ("done", "absent_then_done", "draft", "refus", "absent", "rdv", "vacant", "mure", "none"),
            weights=(38, 17, 4, 10, 9, 6, 5, 1, 10),
        )[0]
        absences = []
        if scenario in ("absent_then_done", "absent"):
            for _ in range(rng.randint(1, 3)):
                absences.append(when)
                when += dt.timedelta(days=rng.randint(2, 9), hours=rng.randint(-3, 3))
        job_index = None
        if scenario in ("done", "absent_then_done", "draft"):
            complete = scenario != "draft"
            job_index = len(jobs)
            jobs.append(_Job(
                prefill=prefill_for(row, surveyor) | {"num_passage": len(absences) + 1},
                individual=row.construction == "individuel",
                complete=complete,
                when=when,
                seed=rng.getrandbits(64),
                stop_after=None if complete else rng.randint(15, 40),
                deviceid=store.device_id,
                surveyor=surveyor,
            ))
        plans.append((row, scenario, absences, when, job_index, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                      rng.choice(REFUSALS), rng.randint(1, 10), rng.randint(9, 18)))
    documents = _fill_all(form, form_path, jobs, workers or min(2, os.cpu_count() or 1))
    visits = interviews = drafts = 0
    for position, (row, scenario, absences, when, job_index, interview_id, reason, days, hour) in enumerate(plans):
        for absent_at in absences:
            store.record_visit(row.id, "absent", surveyor, when=absent_at, note="Avis de passage déposé")
            visits += 1
        if job_index is not None:
            complete = jobs[job_index].complete
            store.create_interview(
                row.id, form.form_id, form.version, form.hash, surveyor, next(documents),
                status="termine" if complete else "brouillon", interview_id=interview_id,
            )
            store.record_visit(row.id, "realise" if complete else "partiel", surveyor, when=when,
                               interview_id=interview_id)
            visits += 1
            interviews += complete
            drafts += not complete
        elif scenario == "refus":
            store.record_visit(row.id, "refus", surveyor, when=when, refusal_reason=reason)
            visits += 1
        elif scenario == "rdv":
            appointment = (when + dt.timedelta(days=days)).replace(minute=0, hour=hour)
            store.record_visit(row.id, "rendez_vous", surveyor, when=when, appointment_at=appointment,
                               note="Rappeler la veille")
            visits += 1
        elif scenario in ("vacant", "mure"):
            store.record_visit(row.id, "vacant" if scenario == "vacant" else "mure_demoli", surveyor, when=when)
            visits += 1
        if progress is not None and (position % 50 == 0 or position == len(plans) - 1):
            progress(position + 1, len(plans))
    return DemoReport(len(rows), visits, interviews, drafts, time.perf_counter() - started)
