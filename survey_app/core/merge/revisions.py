"""Revision ancestry of one interview, and the competing heads after a new revision arrives (pure logic).

Every save of an interview makes a revision whose journal row names its parent revision; a review
decision that settles a conflict makes one revision with several parents (one journal row per parent).
The union of the journals of the master and of a package is therefore a graph of revisions, and
"copy B descends from copy A" means A is reachable from B by parent links. The heads of an interview
are the known revisions that no other known revision descends from: one head is a clean history, two or
more are diverged edits (« en conflit »). The result depends only on the set of revisions known, never
on the order in which packages arrived.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

Parents = Mapping[str, set[str]]


def parents_from(rows: Iterable[tuple[str, str | None]]) -> dict[str, set[str]]:
    """(revision_id, parent_revision_id) journal pairs to a revision → parents map."""
    graph: dict[str, set[str]] = {}
    for revision_id, parent in rows:
        links = graph.setdefault(revision_id, set())
        if parent:
            links.add(parent)
    return graph


def ancestors(graph: Parents, revision_id: str) -> set[str]:
    """Every revision `revision_id` descends from, itself included (cycles are tolerated)."""
    seen = {revision_id}
    todo = [revision_id]
    while todo:
        for parent in graph.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


@dataclass(frozen=True)
class Outcome:
    """What a newly arrived revision does to an interview.

    kind: 'identique' (already known as a head), 'ancienne' (an older copy: a known head descends from
    it), 'mise_a_jour' (it descends from every head: it becomes the only head) or 'conflit' (it
    diverged: it joins the heads). `heads` is the new set of heads, `replaced` the former heads it
    descends from.
    """

    kind: str
    heads: frozenset[str]
    replaced: frozenset[str]


def arrive(graph: Parents, heads: Iterable[str], incoming: str) -> Outcome:
    heads = frozenset(heads)
    if incoming in heads:
        return Outcome("identique", heads, frozenset())
    if any(incoming in ancestors(graph, head) for head in heads):
        return Outcome("ancienne", heads, frozenset())
    lineage = ancestors(graph, incoming)
    replaced = frozenset(h for h in heads if h in lineage)
    kept = heads - replaced
    if not kept:
        return Outcome("mise_a_jour", frozenset({incoming}), replaced)
    return Outcome("conflit", kept | {incoming}, replaced)


def displayed_head(heads: Mapping[str, tuple[str, str]]) -> str:
    """The head shown as the interview's current row while in conflict: latest modification, then id.

    `heads` maps revision id to (modified_at text, revision id); deterministic whatever the order.
    """
    return max(heads, key=lambda rid: heads[rid])
