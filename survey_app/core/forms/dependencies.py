"""Who depends on whom in a form: the graph the engine uses to re-evaluate only what a change touches.

Edges run from a name to the elements whose *value or relevance* it feeds (calculations, relevance,
repeat counts, and a container's relevance feeding its children). Checks (constraints, warnings,
required, choice filters, labels) read values but feed nothing, so they sit in a separate map. A cycle
among value edges makes a form unusable; `find_cycle` reports one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from survey_app.core.forms.model import Container, Element, Form, Question


def value_inputs(element: Element) -> set[str]:
    """Names whose value or relevance this element's own value or relevance reads."""
    names: set[str] = set()
    if element.relevant is not None:
        names |= element.relevant.refs
    if element.parent is not None:
        names.add(element.parent)
    if isinstance(element, Question) and element.calculation is not None:
        names |= element.calculation.refs
    if isinstance(element, Container) and element.repeat_count is not None:
        names |= element.repeat_count.refs
    return names


def check_inputs(element: Element) -> set[str]:
    """Names read by the element's checks and display (constraint, warning, required, filter, label)."""
    names: set[str] = set()
    if isinstance(element, Question):
        for expr in (element.constraint, element.warning, element.required, element.choice_filter, element.read_only):
            if expr is not None:
                names |= expr.refs
        names |= element.label_refs
    return names


@dataclass
class DependencyGraph:
    order: list[str]  # every element name, dependencies first
    rank: dict[str, int]  # name -> position in `order`
    value_dependents: dict[str, list[str]] = field(default_factory=dict)
    check_dependents: dict[str, list[str]] = field(default_factory=dict)


def find_cycle(form: Form) -> list[str] | None:
    """Return one cycle among value edges as a list of names (first == last), or None."""
    inputs = {name: sorted(value_inputs(e) & form.elements.keys()) for name, e in form.elements.items()}
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(form.elements, white)
    for start in form.elements:
        if colour[start] != white:
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = [start]
        colour[start] = grey
        while stack:
            node, index = stack[-1]
            children = inputs[node]
            if index < len(children):
                stack[-1] = (node, index + 1)
                child = children[index]
                if colour[child] == grey:
                    cycle = path[path.index(child):] + [child]
                    return list(reversed(cycle))
                if colour[child] == white:
                    colour[child] = grey
                    stack.append((child, 0))
                    path.append(child)
            else:
                colour[node] = black
                stack.pop()
                path.pop()
    return None


def graph_of(form: Form) -> DependencyGraph:
    """The form's dependency graph, built once per compiled form and kept with it."""
    graph = form.__dict__.get("_dependency_graph")
    if graph is None:
        graph = build_graph(form)
        form.__dict__["_dependency_graph"] = graph
    return graph


def build_graph(form: Form) -> DependencyGraph:
    """Topological order plus dependents maps. The form must have no cycle (see `find_cycle`)."""
    names = list(form.elements)
    inputs = {name: value_inputs(form.elements[name]) & form.elements.keys() for name in names}
    order: list[str] = []
    done: set[str] = set()
    for start in names:  # iterative post-order DFS keeps form order where dependencies allow
        if start in done:
            continue
        stack = [(start, iter(sorted(inputs[start], key=names.index)))]
        visiting = {start}
        while stack:
            node, children = stack[-1]
            child = next((c for c in children if c not in done and c not in visiting), None)
            if child is None:
                stack.pop()
                visiting.discard(node)
                done.add(node)
                order.append(node)
            else:
                visiting.add(child)
                stack.append((child, iter(sorted(inputs[child], key=names.index))))
    rank = {name: i for i, name in enumerate(order)}
    value_dependents: dict[str, list[str]] = {}
    check_dependents: dict[str, list[str]] = {}
    for name in names:
        element = form.elements[name]
        for source in inputs[name]:
            value_dependents.setdefault(source, []).append(name)
        for source in check_inputs(element) & form.elements.keys():
            check_dependents.setdefault(source, []).append(name)
    for table in (value_dependents, check_dependents):
        for source in table:
            table[source].sort(key=rank.__getitem__)
    return DependencyGraph(order, rank, value_dependents, check_dependents)
