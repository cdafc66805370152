"""The align stage: match each source's fact tuples to the other sources' facts about the
same event or claim. Blocking first (only facts that share a term are scored, and terms
too common in the story are not used as keys), so the cost grows with the story, not its
square; then a greedy one-to-one assignment by score."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from factdiff.extract.facts import name_term
from factdiff.model import Extraction, Fact, Mention
from factdiff.referents import Referents

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


class _Weights(dict):
    """Each term's weight, made once a process: a fact's size and every pair's overlap add
    them up."""

    def __missing__(self, term: str) -> float:
        if len(self) > 500_000:
            self.clear()
        found = self[term] = weight(term)
        return found


_WEIGHTS = _Weights()


def _size(fact: Fact) -> float:
    return sum(map(_WEIGHTS.__getitem__, fact.terms))


def score(
    a: Fact, b: Fact, size_a: float | None = None, size_b: float | None = None
) -> tuple[float, float, float]:
    """(overlap coefficient, shared weight, cosine) of two facts' weighted terms. The overlap
    decides whether two facts are about one thing (a short rewrite of a long sentence still
    is); the cosine decides which of several candidates is the better match."""
    shared = sum(map(_WEIGHTS.__getitem__, a.terms & b.terms))
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


@dataclass(frozen=True)
class Alignment:
    """A story's facts matched across its sources. ``extractions`` are the story's, their
    facts' terms made one per person across the story (see ``one_term_per_person``)."""

    extractions: tuple[Extraction, ...]
    pairs: tuple[Pair, ...]


def align_story(extractions: list[Extraction], referents: Referents) -> Alignment:
    """Every pair of sources of a story, each source pair aligned on its own."""
    members = one_term_per_person(extractions, referents)
    pairs: list[Pair] = []
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            pairs.extend(align_pair(members[i], members[j], i, j))
    return Alignment(tuple(members), tuple(pairs))


def one_term_per_person(extractions: list[Extraction], referents: Referents) -> list[Extraction]:
    """A person each article names its own way ("Jokowi" / "Joko Widodo", "Putin" / "Vladimir
    Putin") has one alignment term across the story: the fullest name's, when only one of
    the story's fuller names can be meant ("Biden" stays itself beside Joe and Hunter Biden)."""
    persons: dict[str, Mention] = {}
    sources: dict[str, set[int]] = {}
    for k, x in enumerate(extractions):
        for m in x.mentions:
            if m.type == "person":
                persons.setdefault(name_term(m), m)
                sources.setdefault(name_term(m), set()).add(k)
    if len(persons) < 2:
        return list(extractions)
    fullest = sorted(persons, key=lambda t: (-len(t.split()), -len(sources[t]), t))
    rename = _misspelt_persons(fullest, persons, sources, referents)
    for k, term in enumerate(fullest):
        meant = [
            full
            for full in fullest[:k]
            if len(full.split()) > len(term.split())
            and referents.same(persons[term], persons[full])
        ]
        if len(meant) == 1 and term not in rename:
            rename[term] = rename.get(meant[0], meant[0])
    if not rename:
        return list(extractions)
    return [_renamed(x, rename) for x in extractions]


def _renamed(x: Extraction, rename: dict[str, str]) -> Extraction:
    facts = tuple(
        replace(f, terms=frozenset(rename.get(t, t) for t in f.terms))
        if not rename.keys().isdisjoint(f.terms)
        else f
        for f in x.facts
    )
    return x if facts == x.facts else replace(x, facts=facts)


def _misspelt_persons(
    terms: list[str],
    persons: dict[str, Mention],
    sources: dict[str, set[int]],
    referents: Referents,
) -> dict[str, str]:
    """A full name that some articles spell one way and the others another ("Kristin
    Crowley" / "Kristin Crowly") is one person to align by, the spelling of more articles
    (the spelling finding says which is which). Never two names one article writes."""
    rename: dict[str, str] = {}
    for k, term in enumerate(terms):
        if " " not in term or term in rename:
            continue
        for other in terms[k + 1 :]:
            if (
                other[:2] == term[:2]  # "@k...": spelling variants share their first letter
                and other not in rename
                and len(other.split()) == len(term.split())
                and sources[term].isdisjoint(sources[other])
                and referents.spelling_variant(persons[term], persons[other])
            ):
                rename[other] = term
    return rename
