"""Surveyor observations made fit for a public sheet: no names, no phone numbers, no door numbers.

The building sheets quote a few `obs_commentaire` texts. Before printing, `clean_observation`
replaces whatever could point at a household or a person: the first names given in the campaign's
interviews and the surveyors' names (whole words, any case, accents included), a civility followed
by a capitalised word (« Mme Dupont »), e-mail addresses, French phone numbers, landlord references
and door or flat numbers (« porte 31 », « appt 12 »). `select_observations` drops empty and
« RAS »-like remarks, merges repeats (counting them) and keeps the most frequent few. The rules
are deliberately broad: a remark that loses a word is better than a tenant recognised at a meeting.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

NAME = "[nom]"
_CIVILITY = re.compile(
    r"\b(?:M\.|Mr\.?|MM\.|Mme|Mmes|Mlle|Mlles|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Dr\.?|Docteur)"
    r"\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)?",
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+33\s*\(?0?\)?|\b0)\s*[1-9](?:[\s.\-]*\d{2}){4}\b")
_DOOR = re.compile(r"\b(?:porte|appartement|appart\.?|appt\.?|apt\.?|logement|lgt\.?|log\.|n°|no\.?)\s*"
                   r"(?:n°\s*)?\d+[a-z]?\b", re.IGNORECASE)
_TRIVIAL = {"", "ras", "r.a.s", "r.a.s.", "rien", "rien a signaler", "neant", "aucun", "aucune", "-", "--", "/",
            ".", "ok", "nc", "n/a", "sans objet", "pas de commentaire", "rien de particulier"}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _alternation(words: Iterable[str], minimum: int) -> re.Pattern | None:
    """One case-insensitive whole-word pattern for all `words` (longest first), None if there are none."""
    unique = sorted({w.strip() for w in words if w and len(w.strip()) >= minimum}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in unique) + r")(?!\w)", re.IGNORECASE)


class Pseudonymiser:
    """The replacement rules for one report (names and references compiled once)."""

    def __init__(self, names: Iterable[str] = (), references: Iterable[str] = ()) -> None:
        self._names = _alternation(names, 2)
        self._refs = _alternation(references, 3)
        self._done: dict[tuple[str, int], str] = {}  # remarks repeat across a campaign

    def clean(self, text: str, limit: int = 220) -> str:
        key = (text, limit)
        if key not in self._done:
            self._done[key] = clean_observation(text, limit=limit, rules=self)
        return self._done[key]


def clean_observation(text: str, names: Iterable[str] = (), references: Iterable[str] = (),
                      limit: int = 220, rules: Pseudonymiser | None = None) -> str:
    """`text` with names, contacts, references and door numbers replaced; '' when nothing is left."""
    rules = rules or Pseudonymiser(names, references)
    text = "".join(ch if ch >= " " else " " for ch in str(text))
    text = " ".join(text.split())
    text = _EMAIL.sub("[courriel]", text)
    text = _PHONE.sub("[téléphone]", text)
    if rules._refs is not None:
        text = rules._refs.sub("[logement]", text)
    text = _DOOR.sub("[logement]", text)
    text = _CIVILITY.sub(NAME, text)
    if rules._names is not None:
        text = rules._names.sub(NAME, text)
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def is_trivial(text: str) -> bool:
    folded = _fold(text).rstrip(" .!")
    return folded in _TRIVIAL or len(folded) < 4 or set(folded) <= set("[]nom ")


def select_observations(texts: Iterable[str], rules: Pseudonymiser, count: int = 4) -> list[tuple[str, int]]:
    """The `count` most frequent distinct cleaned remarks, as (text, number of dwellings)."""
    seen: Counter[str] = Counter()
    first: dict[str, str] = {}
    for raw in texts:
        if not isinstance(raw, str) or not raw.strip():
            continue
        cleaned = rules.clean(raw)
        if is_trivial(cleaned):
            continue
        key = _fold(cleaned).rstrip(" .")
        seen[key] += 1
        first.setdefault(key, cleaned)
    ranked = sorted(seen, key=lambda k: (-seen[k], -len(first[k]), k))
    return [(first[k], seen[k]) for k in ranked[:count]]
