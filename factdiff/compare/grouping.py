"""One finding per discrepancy. With three or more outlets, one outlet's misspelling is found
once per pair of sources; those pairwise findings are joined into one that names the odd one
out (side a), one source of the majority (side b, the one that tells it most alike) and the
other sources with the side they agree with."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from difflib import SequenceMatcher

from factdiff.model import Finding, Side

Node = tuple[str, str]  # (path, folded value): one source's value


def fold(value: str | None) -> str:
    """A value as grouped: case and spacing aside, and a figure's punctuation too ("10:30
    p.m." and "10.30pm" are one time, "Rp 5,5 miliar" and "Rp5,5 miliar" one sum)."""
    folded = " ".join((value or "").casefold().split())
    return re.sub(r"\W+", "", folded) if any(c.isdigit() for c in folded) else folded


def group_findings(findings: list[Finding]) -> list[Finding]:
    """Pairwise findings of one rule and field that share a source's value are one
    discrepancy; each is reported once, the odd source on side a."""
    groups: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    out: list[Finding] = []
    for f in findings:
        if f.kind == "omission" or f.a.key == f.b.key or not f.rule:
            out.append(f)
        else:
            groups[(f.rule, f.field)].append(f)
    for members in groups.values():
        for component in _components(members):
            out += _joined(component)
    return out


def _components(findings: list[Finding]) -> list[list[Finding]]:
    parent: dict[Node, Node] = {}

    def root(n: Node) -> Node:
        while parent.setdefault(n, n) != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for f in findings:
        parent[root(_node(f.a))] = root(_node(f.b))
    components: dict[Node, list[Finding]] = defaultdict(list)
    for f in findings:
        components[root(_node(f.a))].append(f)
    return list(components.values())


def _node(side: Side) -> Node:
    return side.key, fold(side.value)


def _joined(edges: list[Finding]) -> list[Finding]:
    """The findings of one discrepancy: one per minority value against the majority, or a
    single one when no value has more sources than the others."""
    if len(edges) == 1:
        return edges
    sides: dict[Node, Side] = {}
    for f in edges:
        sides.setdefault(_node(f.a), f.a)
        sides.setdefault(_node(f.b), f.b)
    by_value: dict[str, list[Node]] = defaultdict(list)
    for node in sides:
        by_value[node[1]].append(node)
    ranked = sorted(by_value, key=lambda v: (-len(by_value[v]), v))
    tie = len(ranked) > 1 and len(by_value[ranked[0]]) == len(by_value[ranked[1]])
    majority = ranked[0]
    out = []
    for value in ranked[1:] if not tie else ranked[1:2]:
        between = [f for f in edges if {_node(f.a)[1], _node(f.b)[1]} == {value, majority}]
        if between:
            out.append(_one(between, value, majority, by_value, sides, tie))
    return out


def _one(
    between: list[Finding],
    odd: str,
    majority: str,
    by_value: dict[str, list[Node]],
    sides: dict[Node, Side],
    tie: bool,
) -> Finding:
    """The finding that stands for ``between`` (pairwise findings of the odd value against
    the majority value): the surest of them, the odd source on side a."""
    best = max(between, key=lambda f: (f.confidence, _alike(f.a, f.b)))
    if _node(best.a)[1] != odd:
        best = replace(best, a=best.b, b=best.a)
    shown = {_node(best.a), _node(best.b)}
    others = tuple(
        ("a" if node[1] == odd else "b", sides[node])
        for value in (odd, majority)
        for node in by_value[value]
        if node not in shown
    )
    if not others:
        return best
    with_a = [s.source for label, s in others if label == "a"]
    with_b = [s.source for label, s in others if label == "b"]
    if tie:
        note = f"{_listed([best.a.source, *with_a])} against {_listed([best.b.source, *with_b])}"
    else:
        note = (
            f"{_listed([best.a.source, *with_a])} differs from {_listed([best.b.source, *with_b])}"
        )
    return replace(best, message=f"{best.message} ({note})", others=others)


def _alike(a: Side, b: Side) -> float:
    return SequenceMatcher(None, (a.sentence or "").split(), (b.sentence or "").split()).ratio()


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
