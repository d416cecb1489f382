"""How each dwelling status looks and counts in the interface: colour, icon, and whether it is « fait ».

The statuses and their French labels are the store's (`DWELLING_STATUSES`); this module only adds what
the screen needs. Colours are dark enough to read as text on white (contrast 4.5:1 or more) and every
status also has its own icon shape, so the tree still reads in black and white or for a colour-blind
surveyor. A dwelling is « fait » when no further door knock is planned: interview finished, refusal,
vacant, walled up or demolished, interview impossible. Everything else is « à faire ».
"""

from __future__ import annotations

from survey_app.core.store.records import DWELLING_STATUSES

# Status -> text colour (#rrggbb) on a white background.
STATUS_COLOURS: dict[str, str] = {
    "a_visiter": "#4b5563",
    "absent": "#c2410c",
    "rendez_vous": "#6d28d9",
    "refus": "#b91c1c",
    "vacant": "#475569",
    "mure_demoli": "#44403c",
    "impossible": "#92400e",
    "autre": "#4b5563",
    "rejete": "#be123c",
    "en_cours": "#1d4ed8",
    "termine": "#15803d",
}

DONE_STATUSES = frozenset({"termine", "refus", "vacant", "mure_demoli", "impossible"})
# « À revisiter »: a door knock is still needed although someone already came.
REVISIT_STATUSES = frozenset({"absent", "rendez_vous", "en_cours", "rejete", "autre"})

# Order in legends and in the status filter.
STATUS_ORDER = (
    "a_visiter", "absent", "rendez_vous", "en_cours", "termine", "refus", "vacant", "mure_demoli",
    "impossible", "rejete", "autre",
)  # fmt: skip


def colour(status: str) -> str:
    return STATUS_COLOURS.get(status, "#4b5563")


def label(status: str) -> str:
    return DWELLING_STATUSES.get(status, status)


def is_done(status: str) -> bool:
    return status in DONE_STATUSES


def done_count(counts: dict[str, int]) -> int:
    return sum(n for status, n in counts.items() if status in DONE_STATUSES)
