"""The align stage: match each source's fact tuples to the other sources' facts about the
same event or claim. Blocking first (only facts that share a term are scored, and terms
too common in the story are not used as keys), so the cost grows with the story, not its
square; then a greedy one-to-one assignment by score."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from factdiff.model import Extraction, Fact

MIN_SCORE = 0.5
MIN_SHARED = 3.0
MAX_BLOCK = 40  # a term shared by more facts than this is too common to block on


@dataclass(frozen=True)
class FactRef:
    article: int  # index into the story's extractions
    fact: int


@dataclass(frozen=True)
class Pair:
    a: FactRef
    b: FactRef
    score: float  # overlap coefficient: how much of the smaller fact the other repeats
    rank: float = 0.0  # cosine of the two facts' terms: who matches whom when several could


def weight(term: str) -> float:
    if term.startswith("@"):
        return 2.0
    if term.startswith("#"):
        return 1.5
    return 1.0


def _size(fact: Fact) -> float:
    return sum(map(weight, fact.terms))


def score(
    a: Fact, b: Fact, size_a: float | None = None, size_b: float | None = None
) -> tuple[float, float, float]:
    """(overlap coefficient, shared weight, cosine) of two facts' weighted terms. The overlap
    decides whether two facts are about one thing (a short rewrite of a long sentence still
    is); the cosine decides which of several candidates is the better match."""
    shared = sum(map(weight, a.terms & b.terms))
    if not shared:
        return 0.0, 0.0, 0.0
    size_a = _size(a) if size_a is None else size_a
    size_b = _size(b) if size_b is None else size_b
    return shared / min(size_a, size_b), shared, shared / (size_a * size_b) ** 0.5


def align_pair(left: Extraction, right: Extraction, li: int, ri: int) -> list[Pair]:
    index: dict[str, list[int]] = defaultdict(list)
    for j, fact in enumerate(right.facts):
        for term in fact.terms:
            index[term].append(j)
    sizes = [_size(f) for f in right.facts]
    scored: list[Pair] = []
    for i, fact in enumerate(left.facts):
        candidates = set()
        for term in fact.terms:
            block = index.get(term, ())
            if len(block) <= MAX_BLOCK:
                candidates.update(block)
        size = _size(fact)
        for j in candidates:
            value, shared, cosine = score(fact, right.facts[j], size, sizes[j])
            if value >= MIN_SCORE and shared >= MIN_SHARED:
                scored.append(Pair(FactRef(li, i), FactRef(ri, j), value, cosine))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for pair in sorted(scored, key=lambda p: (-p.rank, -p.score, p.a.fact, p.b.fact)):
        if pair.a.fact not in used_a and pair.b.fact not in used_b:
            used_a.add(pair.a.fact)
            used_b.add(pair.b.fact)
            pairs.append(pair)
    return sorted(pairs, key=lambda p: (p.a.fact, p.b.fact))


def align_story(extractions: list[Extraction]) -> list[Pair]:
    """Every pair of sources of a story, each source pair aligned on its own."""
    pairs: list[Pair] = []
    for i in range(len(extractions)):
        for j in range(i + 1, len(extractions)):
            pairs.extend(align_pair(extractions[i], extractions[j], i, j))
    return pairs
