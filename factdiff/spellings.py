"""Whether two written names are one name misspelt: the string test behind the name-spelling
rule, kept apart from the mentions and the story so that it reads as the editor's own test.

A misspelling changes a letter or two inside one word of a name and keeps the rest ("Shanghai"
/ "Shahai", "Manuel Valls" / "Manual Valls", "Glock" / "Glok"). Most other pairs of similar
names are not misspellings, and each has a reason in the code below: a word and its derived
form ("Korea" / "Korean", "Nation" / "National"), British and American spelling ("Centre" /
"Center"), a word glued to the name where a link was ("Lahadalia" / "Lahadaliayang"), a name
cut short by more than a letter ("Euro" / "Europe"), one name written apart or together
("Nice-Matin" / "Nice Matin")."""

from __future__ import annotations

import re
from enum import Enum
from functools import cache, lru_cache

import jellyfish

from factdiff.lang import every_language
from factdiff.stem import common_words, english_forms, english_vocabulary, stem
from factdiff.text import plain

JOINERS = re.compile(r"[\s\-‐‑–—.'’`_/]+")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
TRAILING_DIGITS = re.compile(r"\d+$")
MIN_LETTERS = 4  # shorter words differ by chance ("Adel" / "Abel" are two names)
LONE_LETTERS = 5  # a lone word against one of a full name's words: less evidence, so longer


class Variant(Enum):
    SPELLING = "spelling"  # a letter or two changed inside a word
    SPACING = "spacing"  # the same letters written apart or together ("Sky Lab" / "Skylab")
    WORDING = "wording"  # a preposition or a word's number changed ("Committee for / of")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name as compared: case, accents and the apostrophe's typography folded."""
    return plain(name.translate(APOSTROPHES))


@lru_cache(maxsize=65536)
def squashed(name: str) -> str:
    return JOINERS.sub("", fold(name))


@lru_cache(maxsize=65536)
def shape(name: str) -> tuple[tuple[str, ...], str]:
    """What two names one of which misspells the other always share, one or the other: the
    first letter of each word (one word changed keeps its first letter, the others are
    equal), or the letters without spaces and joiners (written apart and together)."""
    return tuple(fold(w)[:1] for w in name.split()), squashed(name)


def may_be_variants(x: str, y: str) -> bool:
    """False when ``name_variant`` cannot find two names one: a cheap test to run first."""
    sx, sy = shape(x), shape(y)
    return sx[0] == sy[0] or sx[1] == sy[1]


def name_variant(x: str, y: str) -> Variant | None:
    """How two names of the same word count differ, if they are one name: written apart or
    together, or one word of the two misspelt (the others equal)."""
    fx, fy = fold(x), fold(y)
    if fx == fy:
        return None
    if squashed(x) == squashed(y):
        return Variant.SPACING
    wx, wy = x.split(), y.split()
    if len(wx) != len(wy):
        return None
    differing = [(a, b) for a, b in zip(wx, wy, strict=True) if fold(a) != fold(b)]
    if len(differing) != 1:  # two words changed is another name ("Anhar Adel" / "Antara")
        return None
    a, b = differing[0]
    pa, pb = a.split("-"), b.split("-")  # "Bankman-Fried": one part of a double name
    if len(pa) == len(pb) > 1:
        parts = [(x, y) for x, y in zip(pa, pb, strict=True) if fold(x) != fold(y)]
        if len(parts) != 1:
            return None
        a, b = parts[0]
    return Variant.SPELLING if misspelt_word(a, b, context=len(wx) > 1) else None


def misspelt_part(lone: str, part: str) -> bool:
    """A lone word as one word of a person's full name misspelt ("Juhanda" / "Satria
    Johanda"): one edit only, in a word of five letters or more."""
    if len(lone) < LONE_LETTERS or len(part) < LONE_LETTERS or not misspelt_word(lone, part):
        return False
    return jellyfish.damerau_levenshtein_distance(fold(lone), fold(part)) == 1


@lru_cache(maxsize=16384)  # the same two words meet in every pair of sources that write them
def misspelt_word(a: str, b: str, context: bool = False) -> bool:
    """One word written two ways by a slip of the keyboard: the same first letter, one edit in
    a short word and two in a long one (Damerau-Levenshtein: a swap is one edit), and none of
    the regular differences of language (see the module's doc). An acronym ("BJ" / "BJB")
    counts only inside a longer name whose other words agree (``context``)."""
    x, y = fold(a), fold(b)
    x, y = TRAILING_DIGITS.sub("", x), TRAILING_DIGITS.sub("", y)  # "Chain7": a glued note
    if x == y or x[:1] != y[:1]:
        return False
    short, long_ = sorted((x, y), key=len)
    if a.isupper() != b.isupper() and len(a) > 1 and len(b) > 1:
        return False  # an acronym and a word: "NATO" / "Naito" are two names
    if a.isupper() and b.isupper() and len(short) <= 4:
        return context and len(short) >= 2 and jellyfish.damerau_levenshtein_distance(x, y) == 1
    if len(short) < MIN_LETTERS or not short.isalpha() or not long_.replace("'", "").isalpha():
        return False
    if long_.startswith(short) and len(long_) - len(short) > 1:
        return False  # a word glued on, or a name cut short: not a slip of one letter
    allowed = 1 if len(short) <= 5 else 2
    # the edits first: most pairs are too far apart, and the language's tests cost more
    if len(long_) - len(short) > allowed or jellyfish.damerau_levenshtein_distance(x, y) > allowed:
        return False
    return not (_derived(short, long_) or _regional(x, y))


def _derived(short: str, long_: str) -> bool:
    """A word and its derived or inflected form: "Korea" / "Korean", "Japan" / "Japanese",
    "Roadster" / "Roadsters", "Nations" / "National" (one stem)."""
    short, long_ = short.replace("'", ""), long_.replace("'", "")
    if any(long_ == short + suffix for suffix in _suffixes()):
        return True  # "Japan" / "Japanese", "Roadster" / "Roadsters"
    if long_ in every_language("demonyms") and long_.startswith(short[:-1]):
        return True  # "Korea" / "Korean", "Israel" / "Israeli"
    shared = _bases(short) & _bases(long_)
    if shared - {short} or (shared and len(long_) - len(short) >= 2):
        return True  # "Islamic" / "Islamist" (from "Islam"), "Canada" / "Canadian"
    if not (common(short) and common(long_)):
        return False  # a name's stem says nothing ("Powell" / "Powel")
    return stem(short, "en") == stem(long_, "en") or stem(short, "id") == stem(long_, "id")


@lru_cache(maxsize=65536)  # asked of every capitalised word of every article
def common(word: str) -> bool:
    """A word of either language's vocabulary ("nations", "national")."""
    if word in common_words("id") or word in common_words("en"):
        return True
    return any(form in english_vocabulary() for form in english_forms(word))


@lru_cache(maxsize=8192)
def _bases(word: str) -> frozenset[str]:
    """The word and what it may be derived from: "islamist" and "islamic" share "islam",
    "european" holds "europe", "korean" holds "korea"."""
    bases = {word}
    for suffix in _suffixes():
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            bases.add(word[: -len(suffix)])
            bases.add(word[: -len(suffix)] + "e")
            bases.add(word[: -len(suffix)] + "a")
    return frozenset(bases)


def _regional(x: str, y: str) -> bool:
    """British and American spellings of one word ("Centre" / "Center", "Labour" / "Labor")."""
    return american(x) == american(y)


@lru_cache(maxsize=8192)
def american(word: str) -> str:
    for pattern, replacement in _regional_patterns():
        word = pattern.sub(replacement, word)
    return word


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(every_language("name_suffixes"), key=len, reverse=True))


@cache
def _regional_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    pairs = (p.split("=>") for p in sorted(every_language("regional_spellings")))
    return tuple((re.compile(a.strip()), b.strip()) for a, b in pairs)


def joined_by_mistake(x: str, y: str) -> bool:
    """Which of two names written apart and together is worth a warning: a word split in two
    ("Sky Lab" for "Skylab") is a writer's slip; two words run together with a capital inside
    ("AnoosheMushtaq", "SpaceX") may be the scraper's glue or the name's own style."""
    joined = x if " " not in x.strip() else y
    apart = y if joined is x else x
    inner_capital = any(c.isupper() for c in joined[1:])
    hyphen_only = fold(apart).replace("-", " ") == fold(joined).replace("-", " ")
    return not inner_capital and not hyphen_only and "-" not in joined + apart
