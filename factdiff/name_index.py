"""Indexes of a story's names, so that the spelling rules ask ``Referents`` only about pairs
that can pass its tests, without trying every pair of names: ``SpellingIndex`` files names
by what a misspelling keeps, ``ReferentIndex`` by what being one referent needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from factdiff.model import Mention
from factdiff.referents import Referents, facility, words_compared
from factdiff.spellings import fold, shape
from factdiff.text import plain


class SpellingIndex:
    """Names by what one of them misspelt keeps (the cheap test of ``Referents.misspelling``):
    the first letters of its words, its squashed letters. A lone person's name (or a one-word
    place, which is compared as a person when no gazetteer knows it) may also misspell one
    word of a full person's name, keeping that word's first letter, or stand for the full
    name its article links it to; so persons of several words are filed by the first letter
    of each word, lone names by their own first letter or their full name's shape. Asked for
    the names that may be another misspelt, it gives those that pass that test, in their
    order, without trying every pair."""

    def __init__(self, names: Iterable[Mention]):
        self.names = list(names)
        self._by_first: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._by_letters: dict[str, list[int]] = defaultdict(list)
        self._lone_by_first: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._lone_by_letters: dict[str, list[int]] = defaultdict(list)
        self._lone_by_initial: dict[str, list[int]] = defaultdict(list)
        self._full_by_initial: dict[str, list[int]] = defaultdict(list)
        for k, m in enumerate(self.names):
            first, letters = shape(m.text)
            self._by_first[first].append(k)
            self._by_letters[letters].append(k)
            if _lone(m):
                if len(m.canonical.split()) > 1:  # compared as the full name it stands for
                    first, letters = shape(m.canonical)
                    self._lone_by_first[first].append(k)
                    self._lone_by_letters[letters].append(k)
                else:
                    self._lone_by_initial[_initial(m.text)].append(k)
            elif m.type == "person":
                for initial in _initials(m.text):
                    self._full_by_initial[initial].append(k)

    def candidates(self, m: Mention) -> list[Mention]:
        return [self.names[k] for k in self.positions(m)]

    def positions(self, m: Mention) -> list[int]:
        """Where the names that may be ``m`` misspelt (or it them) stand, in order."""
        first, letters = shape(m.text)
        found = set(self._by_first.get(first, ())) | set(self._by_letters.get(letters, ()))
        if _lone(m):
            if len(m.canonical.split()) > 1:
                first, letters = shape(m.canonical)
                found.update(self._by_first.get(first, ()))
                found.update(self._by_letters.get(letters, ()))
            else:
                found.update(self._full_by_initial.get(_initial(m.text), ()))
        elif m.type == "person":
            found.update(self._lone_by_first.get(first, ()))
            found.update(self._lone_by_letters.get(letters, ()))
            for initial in _initials(m.text):
                found.update(self._lone_by_initial.get(initial, ()))
        return sorted(found)


def _lone(m: Mention) -> bool:
    """A person's or place's name of one word."""
    return m.type in ("person", "place") and len(m.text.split()) == 1


def _initial(word: str) -> str:
    return fold(word.split()[0])[:1]


@lru_cache(maxsize=16384)
def _initials(name: str) -> frozenset[str]:
    """The folded first letters of a name's words and of their hyphenated parts ("Sam
    Bankman-Fried": s, b, f): a slip of one word keeps its first letter."""
    return frozenset(fold(p)[:1] for w in name.split() for p in (w, *w.split("-")))


class ReferentIndex:
    """Names by what ``Referents.same`` needs of a pair before it can say they are one: the
    same canonical form; for two places, the same facility kind or the same first word (a
    city named with its word for city); for two other names, a word in common or the same
    first letter (a nickname, initials), or a name of no word. Asked for the names that may
    be one referent with another, it gives those, in their order, without trying every pair;
    with aliases configured, every name."""

    def __init__(self, referents: Referents, names: Iterable[Mention]):
        self.names = list(names)
        self._everyone = bool(referents.aliases)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        for k, m in enumerate(self.names):
            for key in _referent_keys(m.type == "place", m.canonical, m.text)[0]:
                self._by_key[key].append(k)

    def candidates(self, m: Mention) -> list[Mention]:
        if self._everyone:
            return self.names
        found: set[int] = set()
        for key in _referent_keys(m.type == "place", m.canonical, m.text)[1]:
            found.update(self._by_key.get(key, ()))
        return [self.names[k] for k in sorted(found)]


@lru_cache(maxsize=16384)
def _referent_keys(place: bool, canonical: str, text: str) -> tuple[tuple[str, ...], ...]:
    """The keys ``ReferentIndex`` files a name under, and those it looks up for it: two names
    that meet on none are never one referent (see ``Referents.same``)."""
    folded = plain(canonical)
    filed, asked = {"=" + folded}, {"=" + folded}
    if place:
        found = facility(text)
        if found:
            filed.add("facility " + found[0])
            asked.add("facility " + found[0])
        parts = folded.split()
        # "New York City" and "New York": the shorter's words open the longer
        opening = "first " + (parts[0] if parts else "")
        filed |= {opening, "place"}
        asked |= {opening, "first "}
        if not parts:
            asked.add("place")
        return tuple(filed), tuple(asked)
    # a person's words without titles are among all its words; either may open the name
    compared = [words_compared(folded, persons) for persons in (True, False)]
    shared = {"word " + w for w in compared[1]} | {"initial " + w[0][:1] for w in compared if w}
    filed |= shared | {"other"}
    asked |= shared | {"no word"}
    if not compared[1]:
        filed.add("no word")
        asked.add("other")
    return tuple(filed), tuple(asked)
