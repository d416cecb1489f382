"""Comparing versions of an answers document answer by answer, and composing one from picked answers (pure).

A comparison walks the documents side by side. Each unit is one answer path (`("q",)`,
`("membres", 2, "age")`); a repeat whose number of instances differs between the versions is one unit
as a whole (`("membres",)`), since its instances cannot be paired. `compose` builds the resolved
document: a copy of the base version where each chosen unit is taken from the version picked for it,
together with that version's warning confirmation for the answer.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from survey_app.core.store.answers import CONFIRMED_KEY

Path = tuple[str | int, ...]
_ABSENT = (False, None)


@dataclass(frozen=True)
class AnswerDiff:
    """One unit across the versions: (present, value) per version, and whether they differ."""

    path: Path
    values: tuple[tuple[bool, Any], ...]
    differs: bool
    whole_repeat: bool = False

    @property
    def label(self) -> str:
        """'q', 'membres n°3 › age', 'membres (toutes les occurrences)'."""
        parts = []
        for i, part in enumerate(self.path):
            parts.append(f"n°{part + 1}" if i % 2 else str(part))
        text = " › ".join(" ".join(parts[i:i + 2]) for i in range(0, len(parts), 2))
        return f"{text} (toutes les occurrences)" if self.whole_repeat else text


def _is_repeat(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _keys(docs: Sequence[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for doc in docs:
        for key in doc:
            if key != CONFIRMED_KEY:
                seen.setdefault(key, None)
    return list(seen)


def compare(docs: Sequence[Mapping[str, Any]], prefix: Path = ()) -> list[AnswerDiff]:
    """Every unit of the documents, in document order."""
    rows: list[AnswerDiff] = []
    for key in _keys(docs):
        present = [(key in d, d.get(key)) for d in docs]
        repeats = [v for ok, v in present if ok and v not in (None, [])]
        if repeats and all(_is_repeat(v) for v in repeats):
            counts = {len(v) if ok and isinstance(v, list) else 0 for ok, v in present}
            if len(counts) == 1:
                for index in range(counts.pop()):
                    rows += compare([v[index] for _ok, v in present], (*prefix, key, index))
                continue
            rows.append(AnswerDiff((*prefix, key), tuple(present), True, whole_repeat=True))
            continue
        differs = any((p, v, type(v)) != (present[0][0], present[0][1], type(present[0][1])) for p, v in present)
        rows.append(AnswerDiff((*prefix, key), tuple(present), differs))
    return rows


def _container(doc: dict[str, Any], path: Path) -> dict[str, Any] | None:
    node: Any = doc
    for i in range(0, len(path) - 1, 2):
        instances = node.get(path[i]) if isinstance(node, dict) else None
        if not isinstance(instances, list) or path[i + 1] >= len(instances):
            return None
        node = instances[path[i + 1]]
    return node if isinstance(node, dict) else None


def unit_value(doc: Mapping[str, Any], path: Path) -> tuple[bool, Any]:
    node = _container(doc, path)  # type: ignore[arg-type]
    if node is None or path[-1] not in node:
        return _ABSENT
    return True, node[path[-1]]


def _confirmed(node: Mapping[str, Any], name: str) -> bool:
    return name in (node.get(CONFIRMED_KEY) or [])


def compose(
    base: Mapping[str, Any], sources: Mapping[str, Mapping[str, Any]], choices: Mapping[Path, str]
) -> dict[str, Any]:
    """The base document with each chosen unit (path → version key in `sources`) taken from that version."""
    doc = copy.deepcopy(dict(base))
    for path, key in choices.items():
        source = sources[key]
        target = _container(doc, path)
        origin = _container(source, path)  # type: ignore[arg-type]
        if target is None:
            raise ValueError(f"réponse {path!r} introuvable dans la version de base")
        name = path[-1]
        if origin is not None and name in origin:
            target[name] = copy.deepcopy(origin[name])
        else:
            target.pop(name, None)
        names = [n for n in target.get(CONFIRMED_KEY) or [] if n != name]
        if origin is not None and _confirmed(origin, str(name)):
            names.append(str(name))
        if names:
            target[CONFIRMED_KEY] = names
        else:
            target.pop(CONFIRMED_KEY, None)
    return doc
