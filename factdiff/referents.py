"""Whether two names are one referent: the one place that decides it, for alignment and for
every comparison rule. "Xi" and "Xi Jinping", "Jokowi" and "Joko Widodo", "Tiongkok" and
"China" are one; "Shanghai" and "Shahai" are one spelt two ways; "Asia Tengah" lies within
"Asia"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

import jellyfish

from factdiff.lang import every_language
from factdiff.model import Mention
from factdiff.places import Gazetteer, Place
from factdiff.spellings import (
    Variant,
    may_be_variants,
    misspelt_part,
    name_variant,
    squashed,
)
from factdiff.text import plain

SPELLING_TOKEN = 0.84  # Jaro-Winkler of one differing token ("Shanghai"/"Shahai" 0.94)
SPELLING_NAME = 0.90  # Jaro-Winkler of the whole name
WORDS = re.compile(r"\w+")


def words(value: str) -> list[str]:
    return WORDS.findall(plain(value))


def person(name: str) -> Mention:
    """A person's name as a mention of its own, to compare names that stand in no text."""
    return Mention("person", 0, 0, name, name)


@cache
def _name_titles() -> frozenset[str]:
    return frozenset(w for t in every_language("name_titles") for w in t.split())


def similarity(x: str, y: str) -> float:
    return jellyfish.jaro_winkler_similarity(plain(x), plain(y))


def _city_of_its_name(x: str, y: str) -> bool:
    """ "New York City" and "New York": a city named with a word for city after the name news
    gives it alone."""
    short, long_ = sorted((x.split(), y.split()), key=len)
    return len(long_) == len(short) + 1 and long_[:-1] == short and long_[-1] in _city_words()


@cache
def _city_words() -> frozenset[str]:
    return every_language("city_words")


class Name(NamedTuple):
    """What the spelling test reads of a mention."""

    type: str
    text: str
    canonical: str


@dataclass(frozen=True)
class Referents:
    """The story's knowledge of names: the gazetteer, and the aliases the user configured."""

    places: Gazetteer
    aliases: tuple[frozenset[str], ...] = ()
    _misspellings: dict[tuple[str, ...], Variant | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def same(self, a: Mention, b: Mention) -> bool:
        """One referent written two ways: "Xi" and "Xi Jinping", "Tiongkok" and "China", "KTT
        Organisasi Kerjasama Shanghai" and "Organisasi Kerjasama Shanghai", or an alias."""
        ca, cb = plain(a.canonical), plain(b.canonical)
        if ca == cb:
            return True
        if self.aliased(a, b):
            return True
        if a.type == "place" and b.type == "place" and self.same_facility(a, b):
            return True
        if a.type == "place" and b.type == "place" and _city_of_its_name(ca, cb):
            return True
        if a.type == "place" or b.type == "place":
            return False  # places are one only by the gazetteer: "Asia" is not "Asia Tengah"
        persons = a.type == "person" and b.type == "person"
        if not _may_be_one(ca, cb, persons):
            return False  # most pairs: no word in common (the cheap test first)
        if persons:
            return _same_person(words(ca), words(cb))
        wa, wb = words(ca), words(cb)
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(short) < 2:  # a bare "KTT" or "Bank" names no one in particular
            return "".join(w[0] for w in long_) == short[0] if short else False
        return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))

    def spelling_variant(self, a: Mention, b: Mention) -> bool:
        """Two spellings of one name: word for word the same or close (Jaro-Winkler, same
        first letter), or a lone word close to one word of the other's full name, a person's
        ("Covingtn" of "Damon Covington", not "SpaceX" of "Vandenberg Space Force Base"); and
        not two different places that both exist."""
        wa, wb = a.text.split(), b.text.split()
        if plain(a.text) == plain(b.text):
            return False
        if len(wa) != len(wb):
            if min(len(wa), len(wb)) != 1 or (a if len(wa) > 1 else b).type != "person":
                return False
            lone, full = (wa[0], wb) if len(wa) == 1 else (wb[0], wa)
            if len(lone) < 5 or any(plain(lone) == plain(w) for w in full):
                return False
            closest = max(full, key=lambda w: similarity(lone, w))
            pairs = [(lone, closest)]
        else:
            pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if plain(x) != plain(y)]
        # the cheap test first: most pairs of names differ in their first letters
        if any(plain(x[:1]) != plain(y[:1]) or len(x) < 3 or len(y) < 3 for x, y in pairs):
            return False
        if len(wa) == len(wb) and similarity(a.text, b.text) < SPELLING_NAME:
            return False
        if any(similarity(x, y) < SPELLING_TOKEN for x, y in pairs):
            return False
        pa, pb = self.known_place(a.text), self.known_place(b.text)
        return not (pa and pb and pa.id != pb.id)

    def misspelling(self, a: Mention, b: Mention) -> Variant | None:
        """How two names are one name written two ways, if they are (see factdiff.spellings),
        as the name-spelling rule reports it: a person is never a place, two places that both
        exist are two places, a headline in capitals is no name, and a lone word is one of a
        person's names misspelt only when it names a person too ("Juhanda" for "Satria
        Johanda", "Hayley" for "Haley Copeland"). Each pair of names is decided once a story:
        the rules ask again for every pair of sources that write them."""
        key = (a.type, a.text, a.canonical, b.type, b.text, b.canonical)
        known = self._misspellings.get(key, self)
        if known is self:
            known = self._misspellings[key] = self._misspelling(Name(*key[:3]), Name(*key[3:]))
        return known

    def _misspelling(self, a: Name, b: Name) -> Variant | None:
        if {a.type, b.type} == {"person", "place"}:
            place = a if a.type == "place" else b
            if " " in place.text.strip() or self.places.lookup(place.text):
                return None
            # one word the tagger took for a place that no gazetteer knows: "Timberake's
            # return" is a person's name misspelt, and as a person it is compared
            as_person = Name("person", place.text, place.canonical)
            return self._misspelling(as_person, b if place is a else a)
        wa, wb = a.text.split(), b.text.split()
        lone_person = a.type == b.type == "person" and (len(wa) == 1) != (len(wb) == 1)
        if not lone_person and not may_be_variants(a.text, b.text):
            return None  # most pairs: no way one is the other misspelt (the cheap test first)
        if _shouted(a.text) or _shouted(b.text):
            return None
        if lone_person:
            # a surname its article links to a full name is that name: "Hollande" there is
            # "François Hollande", no slip for "Lisa Holland"
            lone = a if len(wa) == 1 else b
            if len(lone.canonical.split()) > 1:
                full_name = Name(lone.type, lone.canonical, lone.canonical)
                return self._misspelling(full_name, b if lone is a else a)
        if len(wa) == len(wb) or squashed(a.text) == squashed(b.text):
            variant = name_variant(a.text, b.text)
        elif min(len(wa), len(wb)) == 1 and a.type == b.type == "person":
            lone, full = (wa[0], wb) if len(wa) == 1 else (wb[0], wa)
            titles = _name_titles()
            names = [w for w in full if plain(w) not in titles]
            candidates = names[:1] + names[-1:] + names[-1].split("-") if names else []
            hit = any(misspelt_part(lone, w) for w in candidates)
            variant = Variant.SPELLING if hit else None
        else:
            return None
        if variant is None:
            return None
        pa, pb = self.known_place(a.text), self.known_place(b.text)
        return None if pa and pb and pa.id != pb.id else variant

    def known_place(self, text: str) -> Place | None:
        place = self.places.lookup(text)
        if place:
            return place
        parts = text.split()  # the place inside an organization's name: "... Kerjasama Shanghai"
        return self.places.lookup(parts[-1]) if len(parts) > 1 and len(parts[-1]) > 3 else None

    def more_specific(self, a: Mention, b: Mention) -> str | None:
        """Which side ("a" or "b") is the more specific of two places, if one lies within the
        other: by the gazetteer (Samarkand within Uzbekistan), or by a geographic qualifier
        ("Asia" / "Asia Tengah", "Java" / "East Java")."""
        if a.type != "place" and b.type != "place":
            return None
        pa, pb = self.places.lookup(a.text), self.places.lookup(b.text)
        if pa and pb and pa.id != pb.id:
            if self.places.contains(pa, pb):
                return "b"
            if self.places.contains(pb, pa):
                return "a"
        wa, wb = words(a.text), words(b.text)
        qualifiers = every_language("geo_qualifiers")
        if len(wa) < len(wb) and set(wa) < set(wb) and set(wb) - set(wa) <= qualifiers:
            return "b"
        if len(wb) < len(wa) and set(wb) < set(wa) and set(wa) - set(wb) <= qualifiers:
            return "a"
        return None

    def place_kinds(self, m: Mention) -> frozenset[str]:
        """What kind of place a name is: the gazetteer's kinds, or the facility its name begins
        or ends with ("Rutan Salemba", "Bandara Soekarno-Hatta", "Heathrow Airport")."""
        kinds = self.places.kinds(m.text)
        if kinds:
            return kinds
        found = facility(m.text)
        if found and found[0] in every_language("open_waters"):
            # a sea and an ocean are one kind: open water, where a ship, a missile or debris
            # is at one place only ("Laut Jepang" / "Samudra Pasifik", "Sea of Japan" /
            # "Pacific Ocean"); a bay or a strait lies within one and stays a kind of its own
            return frozenset({"open water"})
        return frozenset({found[0]}) if found else frozenset()

    def aliased(self, a: Mention, b: Mention) -> bool:
        """Whether the user made two names one (``aliases`` in the configuration)."""
        names_a = {plain(a.canonical), plain(a.text)}
        names_b = {plain(b.canonical), plain(b.text)}
        return any(names_a & group and names_b & group for group in self.aliases)

    def same_facility(self, a: Mention, b: Mention) -> bool:
        """One facility named more or less fully: "Reagan National Airport" / "Ronald Reagan
        Washington National Airport", "Stadion Manahan" / "Stadion Manahan Solo"."""
        fa, fb = facility(a.text), facility(b.text)
        if not (fa and fb and fa[0] == fb[0] and (fa[1] <= fb[1] or fb[1] <= fa[1])):
            return False
        return not (self.places.kinds(a.text) or self.places.kinds(b.text))


def _shouted(name: str) -> bool:
    """A name in capitals longer than an acronym: a headline or a label ("CORRECTION",
    "FALCON HEAVY LAUNCH"), not a name as the text writes it."""
    return name.isupper() and sum(c.isalpha() for c in name) > 5


def _may_be_one(ca: str, cb: str, persons: bool) -> bool:
    """False when two names cannot be one referent by their words: one is so only when they
    share a word, or one name is a lone word made of the other's first letters or word
    beginnings ("SBY", "Jokowi": the same first letter). A cheap test before the others."""
    wa, wb = words_compared(ca, persons), words_compared(cb, persons)
    if not wa or not wb or not set(wa).isdisjoint(wb):
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short) == 1 and short[0][:1] == long_[0][:1]


@lru_cache(maxsize=65536)
def words_compared(canonical: str, persons: bool) -> tuple[str, ...]:
    """A name's words as ``same`` compares them: a person's without titles (unless that
    leaves none)."""
    found = words(canonical)
    if persons:
        titles = _name_titles()
        found = [w for w in found if w not in titles] or found
    return tuple(found)


def _same_person(wa: list[str], wb: list[str]) -> bool:
    """ "Raja Charles" is Charles III; "Xi" is Xi Jinping; "Jokowi" is Joko Widodo. Role words
    glued to a name differ between outlets ("Kapuspenkum Kejagung Ketut Sumedana" / "Ketut
    Sumedana"): the given and family name decide."""
    titles = _name_titles()
    wa = [w for w in wa if w not in titles] or wa
    wb = [w for w in wb if w not in titles] or wb
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if set(short) <= set(long_) or (len(short) == 1 and nickname(short[0], long_)):
        return True
    return len(short) >= 2 and short[-2:] == long_[-2:]


def nickname(word: str, names: list[str]) -> bool:
    """ "Jokowi" for Joko Widodo, "SBY" for Susilo Bambang Yudhoyono: a name made of the
    beginnings of the full name's words, or of their initials."""
    if len(names) < 2:
        return False
    if word == "".join(n[0] for n in names):
        return True

    def build(rest: str, index: int) -> bool:
        if not rest:
            return index >= 2
        if index == len(names):
            return False
        return any(
            rest.startswith(names[index][:k]) and build(rest[k:], index + 1)
            for k in range(min(len(rest), len(names[index])), 1, -1)
        )

    return build(word, 0)


@lru_cache(maxsize=4096)
def facility(name: str) -> tuple[str, frozenset[str]] | None:
    """A facility's kind (the head or tail word of its name) and its own words: "Bandara
    Internasional Soekarno-Hatta" is a "bandara" of internasional, soekarno-hatta."""
    parts = name.lower().split()
    if len(parts) < 2:
        return None
    heads, tails = every_language("place_heads"), every_language("place_tails")
    for size in (2, 1):
        if " ".join(parts[:size]) in heads and len(parts) > size:
            return " ".join(parts[:size]), frozenset(parts[size:])
    return (parts[-1], frozenset(parts[:-1])) if parts[-1] in tails else None
