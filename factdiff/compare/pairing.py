"""Helpers the fact rules share: how strongly two facts align, whether they tell one event,
and which mentions of one slot face each other once the shared referents are paired off."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factdiff.compare.context import AlignedFacts
from factdiff.lang import every_language
from factdiff.model import Extraction, Fact, Mention
from factdiff.referents import Referents

STRONG = 0.6  # an alignment score above which a differing slot is a sure conflict
CLOSE = 0.75  # so close that an actor only one article names is still another actor
WORD = re.compile(r"\w+")


def event_in_both(fa: Fact, fb: Fact) -> bool:
    """Two aligned facts tell of one event where a place is concerned: the same predicate,
    or one's predicate among the other's words ("53 orang mengalami luka-luka dan dirawat di
    Subang" / "35 orang luka-luka dan dirawat di Bandung": "alami" and "rawat", both say
    "dirawat"). Actors and dates keep to the same predicate: another actor is a graver
    finding, and a clause's other verbs often have actors of their own."""
    if not (fa.what and fb.what):
        return False
    return fa.what == fb.what or fa.what in fb.terms or fb.what in fa.terms


def remainders(
    ma: list[Mention],
    mb: list[Mention],
    referents: Referents,
    slot: Callable[[Mention, str], str] | None = None,
) -> tuple[list[Mention], list[Mention]]:
    """What is left of each side once the mentions of one referent are paired off; with
    ``slot`` (a mention's word before it on each side), one in the same slot first, so that
    "Jalur Sutra Samarkand di Uzbekistan" against "Jalur Sutra Uzbekistan di Uzbekistan"
    leaves Samarkand facing the Uzbekistan in its slot."""
    rest_b = list(mb)
    rest_a = []
    for m in ma:
        same = [n for n in rest_b if referents.same(m, n)]
        in_slot = [n for n in same if slot is not None and slot(m, "a") == slot(n, "b")]
        match = (in_slot or same or [None])[0]
        if match is None:
            rest_a.append(m)
        else:
            rest_b.remove(match)
    return rest_a, rest_b


def word_before(x: Extraction, m: Mention) -> str:
    found = WORD.findall(x.article.text[max(0, m.start - 30) : m.start])
    return found[-1].lower() if found else ""


@cache
def slot_words() -> frozenset[str]:
    """Words after which two places fill the same slot: prepositions of place, "terhadap",
    "towards"."""
    return every_language("slot_words") | every_language("locative_prepositions")


def same_slot(facts: AlignedFacts, a: Mention, b: Mention) -> bool:
    """Two places fill the same slot of a fact when the same word leads to both ("terhadap
    Asia" / "terhadap Asia Tengah") or both follow a preposition of place ("di", "in", "to")."""
    before_a, before_b = word_before(facts.xa, a), word_before(facts.xb, b)
    words = slot_words()
    return before_a == before_b or (before_a in words and before_b in words)


def same_bearing(facts: AlignedFacts, a: Mention, b: Mention) -> bool:
    """Two strongly aligned facts whose places follow the same word that is no preposition
    ("130 km timur laut Tuban" / "130 km timur laut Lamongan") place one thing two ways, even
    where the verbs differ ("BMKG mencatat pusat gempa ..." / "Menurut BMKG, pusat gempa
    terletak ...")."""
    before = word_before(facts.xa, a)
    return (
        facts.pair.score >= STRONG
        and before == word_before(facts.xb, b)
        and before not in slot_words()
    )


def places_facing(
    facts: AlignedFacts, referents: Referents
) -> tuple[list[tuple[Mention, Mention, str]], list[Mention], list[Mention]]:
    """The places of two aligned facts once those both name are paired off (each in its slot
    first; multisets: "in Beijing ... to China" against "in China ... to China" leaves Beijing
    facing China): the pairs where one lies within the other in the same slot (a, b, the
    more specific side), and what is left on each side after them."""
    ma, mb = facts.slot("where")
    sides = {"a": facts.xa, "b": facts.xb}
    rest_a, rest_b = remainders(ma, mb, referents, lambda m, s: word_before(sides[s], m))
    nested = []
    for a in list(rest_a):
        for b in list(rest_b):
            which = referents.more_specific(a, b) if same_slot(facts, a, b) else None
            if which:
                nested.append((a, b, which))
                rest_a.remove(a)
                rest_b.remove(b)
                break
    return nested, rest_a, rest_b
