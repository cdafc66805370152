"""Alignment on hand-made facts: blocking on shared terms, one-to-one assignment, and one
term per person across a story."""

from factdiff.align import align_pair, align_story
from factdiff.places import gazetteer
from factdiff.referents import Referents
from tests.compare.build import Draft


def article(source: str, *facts: tuple[str, ...], persons: tuple[str, ...] = ()):
    d = Draft(" ".join(persons) or "teks", source)
    for name in persons:
        d.mention("person", name)
    for terms in facts:
        d.fact(terms[0], terms[1:])
    return d.extraction()


def test_facts_sharing_most_terms_align_one_to_one():
    a = article("a.com", ("temu", "@xi jinping", "#2022-09-14", "samarkand"), ("hujan", "deras"))
    b = article("b.com", ("hujan", "deras", "banjir"), ("temu", "@xi jinping", "#2022-09-14"))
    pairs = align_pair(a, b, 0, 1)
    assert [(p.a.fact, p.b.fact) for p in pairs] == [(0, 1)]  # "hujan deras": too little
    assert pairs[0].score == 1.0


def test_facts_sharing_too_little_do_not_align():
    a = article("a.com", ("temu", "samarkand"))
    b = article("b.com", ("temu", "moskow"))
    assert align_pair(a, b, 0, 1) == []


def test_a_person_named_two_ways_has_one_term_across_the_story():
    a = article("a.com", ("temu", "@jokowi", "#2024-01-08"), persons=("Jokowi",))
    b = article("b.com", ("temu", "@joko widodo", "#2024-01-08"), persons=("Joko Widodo",))
    assert align_pair(a, b, 0, 1) == []  # "@jokowi" and "@joko widodo" differ
    alignment = align_story([a, b], Referents(gazetteer()))
    assert "@joko widodo" in alignment.extractions[0].facts[0].terms
    assert [(p.a.article, p.b.article) for p in alignment.pairs] == [(0, 1)]
