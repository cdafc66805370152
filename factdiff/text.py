"""Tokens, sentences and clauses as character offsets into the article text.

A small splitter of our own: it keeps exact offsets (pysbd and sentence-splitter return
strings) and reads abbreviations from the language data, in well under a millisecond."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from factdiff.lang import Lexicon, lexicon

# Words (with inner hyphens and apostrophes, but not the English possessive "'s", and a
# lower-to-upper junction split off, so the glued "agendaKTT" gives "agenda" and "KTT"),
# numbers with separators, and punctuation.
# An abbreviation's full stops ("U.S.") stay with its word: a capital, then a full stop.
TOKEN = re.compile(
    r"[a-z]{3,}(?=[A-Z]{2})"
    r"|[A-Z]+\d[A-Z\d]*\b"  # "G20", "P2P", "H5N1": a name written with digits
    r"|[^\W\d_]+(?:(?:-|['’](?!s\b))[^\W\d_]+)*(?:(?<=[A-Z])\.(?:[A-Z]\.)*)?"
    r"|[A-Za-z]*\d+(?:[.,:/]\d+)*[A-Za-z]*"
    r"|\S",
    re.UNICODE,
)
OPENING_QUOTES = "\"“‘'«"
# what stands between a name or number and a parenthesis after it: "BNPB (", "170 mph ("
BEFORE_PARENTHESIS = re.compile(r"\s*\(\s*")
# a closing quote glued to the next sentence ('...kata dia."Selanjutnya'), not an opening one
# ('the drone ship "A Shortfall of Gravitas"'); a full stop glued to the next sentence after a
# word in lower case ("back to Earth for tests.The ability"), not in an abbreviation ("U.S.")
# or an address ("Liputan6.com")
SENTENCE_END = re.compile(
    r"[.!?]+[\"”’'»)]*(?=\s+|$)|(?<=\S)[\"”](?=[A-Z])|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])"
)


# fmt: off
# after a clock time ("pukul 06.03 WIB", "6:09 p.m. EDT"): neither a name nor a unit
TIME_ZONES = frozenset({
    "WIB", "WITA", "WIT", "GMT", "UTC", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST",
    "BST", "CET", "CEST", "EET", "EEST", "JST", "KST", "IST", "AEST", "AEDT", "SGT", "HKT",
})
# fmt: on


class Token(NamedTuple):  # a tuple: a sentence makes dozens, and a tuple is made fastest
    start: int
    end: int
    text: str
    lower: str  # made once: every stage compares lower-cased words
    is_word: bool


class Covered:
    """The offsets inside any of some spans (an article's quotes), each ``offset in covered``
    a binary search: the spans by start, each with the furthest end of those opening at or
    before it."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def __contains__(self, offset: int) -> bool:
        k = bisect.bisect_right(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset


def folded(text: str) -> str | None:
    """The text lower-cased when that keeps every offset, as it does unless the text has one of
    the few letters whose lower case is longer ("İ"). Patterns with lower-case literals then
    match it without re.IGNORECASE, which makes Python's regular expressions about three times
    slower."""
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=4096)
def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    out = []
    make = tuple.__new__  # Token(...) without the keyword handling of its __new__
    for match in TOKEN.finditer(text, start, end):
        word = match.group()
        s, e = match.span()
        # a trailing period belongs to the word only for abbreviations like "U.S."
        if word[-1] == "." and len(word) > 2 and word.count(".") == 1:
            word = word[:-1]
            out.append(make(Token, (s, e - 1, word, word.lower(), word[:1].isalpha())))
            out.append(make(Token, (e - 1, e, ".", ".", False)))
        else:
            out.append(make(Token, (s, e, word, word.lower(), word[:1].isalpha())))
    return tuple(out)


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end]. Every stage asks for a sentence's tokens; they are
    made once (a string caches its hash, so the cache costs no rehashing of the text)."""
    return list(_tokens(text, start, end))


def sentences(
    text: str, regions: tuple[tuple[int, int], ...], lex: Lexicon
) -> list[tuple[int, int]]:
    """Sentence spans: never across a region (paragraph) boundary. Made once per article:
    extraction and every finding's context ask for them."""
    return list(_sentences(text, tuple(regions), lex.language))


@lru_cache(maxsize=64)  # the articles of the story at hand
def _sentences(
    text: str, regions: tuple[tuple[int, int], ...], language: str
) -> tuple[tuple[int, int], ...]:
    lex = lexicon(language)
    spans: list[tuple[int, int]] = []
    for region_start, region_end in regions:
        start = region_start
        for match in SENTENCE_END.finditer(text, region_start, region_end):
            end = match.end()
            if match.group().startswith(".") and _is_abbreviation(text, start, match.start(), lex):
                continue
            if _next_starts_lowercase(text, end, region_end):
                continue
            spans.append(_trim(text, start, end))
            start = end
        if text[start:region_end].strip():
            spans.append(_trim(text, start, region_end))
    return tuple(s for s in spans if s[0] < s[1])


def _is_abbreviation(text: str, start: int, dot: int, lex: Lexicon) -> bool:
    """Whether the word before this full stop is an abbreviation ("Dr", "Jl", "U.S")."""
    begin = dot
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    token = text[begin:dot].lower()
    if not token:
        return False
    return token in lex.abbreviations or (len(token) == 1 and token.isalpha()) or "." in token


def _next_starts_lowercase(text: str, end: int, limit: int) -> bool:
    rest = text[end:limit].lstrip()
    return bool(rest) and rest[0].islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clauses(text: str, sentence: tuple[int, int], lex: Lexicon) -> list[tuple[int, int]]:
    """Split a sentence at semicolons, at clause conjunctions after a comma ("..., sementara
    Putin ..."), before an attribution after a comma ("..., kata Djayadi") and after a
    reported-speech marker ("X said that | Y met Z")."""
    start, end = sentence
    cuts = [start]
    toks = tokens(text, start, end)
    for i, tok in enumerate(toks):
        previous = toks[i - 1].text if i else ""
        if tok.text == ";" and i + 1 < len(toks):
            cuts.append(toks[i + 1].start)
        elif tok.lower in lex.clause_breaks and previous in {",", ";"}:
            cuts.append(tok.start)
        elif tok.lower in lex.speech_verbs and previous == "," and _speaker_follows(toks, i, lex):
            cuts.append(tok.start)  # "..., kata Djayadi": the attribution, not the event
        elif tok.lower in lex.reported_speech_markers and i >= 1 and i + 3 < len(toks):
            cuts.append(toks[i + 1].start)
    cuts.append(end)
    spans = [_trim(text, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [s for s in spans if s[0] < s[1]]


def _speaker_follows(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the speech verb at ``i`` opens an attribution: a name or a title follows it
    ("kata Direktur ...", "said Djayadi"), or nothing does ("..., katanya."). After a subject in
    apposition the verb goes on ("Yuri Ushakov, mengatakan kepada wartawan ...")."""
    rest = [t for t in toks[i + 1 :] if t.is_word]
    if not rest:
        return True
    return rest[0].text[:1].isupper() or rest[0].lower in lex.person_titles


@lru_cache(maxsize=100_000)
def plain(name: str) -> str:
    """A name with case and accents folded: "Sánchez", "Sanchez" and "SANCHEZ" are one name,
    written in the house styles of outlets that keep accents and outlets that drop them."""
    if name.isascii():
        return name.casefold()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
