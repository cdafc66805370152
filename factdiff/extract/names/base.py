"""What the name finder's steps share: a candidate name, the article's context, and the
small tests of a token or a run of tokens (a name token, a common word, an acronym, a place or
an organization's cue)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factdiff.lang import Lexicon
from factdiff.places import ADMIN_WORDS, Gazetteer
from factdiff.stem import common_words, in_english_dictionary, stem
from factdiff.text import Token

# A tagger maps a sentence's tokens to one BIO label each ("B-person", "I-place", "O").
# See factdiff.extract.tagger.
Tagger = Callable[[list[Token]], list[str]]


@dataclass
class Candidate:
    tokens: list[Token]
    role: str = ""
    type: str | None = None
    sentence_start: int = 0
    # a word of the language opening a sentence alone ("Warren criticised ..."): a name only
    # as the surname of a person the article names in full
    surname_only: bool = False

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class Context:
    text: str
    lex: Lexicon
    places: Gazetteer
    lowercase_seen: frozenset[str]
    tagger: Tagger | None = None
    # English: words the article writes with a capital inside a sentence, lower-cased; a
    # word of the vocabulary that the article uses as a name ("Brown", "Apple") is no
    # common word there
    names_seen: frozenset[str] = frozenset()


def is_name_token(tok: Token) -> bool:
    text = tok.text
    if text[-1] == "s" and len(text) > 2 and text[:-1].isupper():
        return False  # "MPs", "NGOs": a plural of a common noun's acronym
    return tok.is_word and text[0].isupper()


def is_common(word: str, ctx: Context, opening: bool = False) -> bool:
    """A word the language uses in lower case: a stopword, a word of the common vocabulary,
    or one this very article writes in lower case elsewhere. A word ``opening`` a sentence
    may also be any English dictionary word the article does not use as a name ("Shares of
    Alphabet rose", "Officials said"); elsewhere the dictionary would take first names
    ("Sen. Chuck Schumer", "Bill") for words."""
    low = word.lower()
    if low in ctx.lowercase_seen or low in common_words(ctx.lex.language):
        return True
    if opening and ctx.lex.common_by_dictionary:
        return low not in ctx.names_seen and in_english_dictionary(low)
    if ctx.lex.affixed_words and "-" not in low:
        # an affixed form of a common root ("Pertemuan" of "temu"); a short root such as the
        # "dan" Sastrawi finds in "Dani" says nothing
        root = stem(low, ctx.lex.language)
        if root == low or len(root) < 4 or root in ctx.lex.stopwords:
            return False
        return root in ctx.lowercase_seen or root in common_words(ctx.lex.language)
    return False


BROAD_PLACES = ("country", "region", "continent", "province")


def acronym(name: list[Token]) -> bool:
    return len(name) == 1 and len(name[0].text) > 1 and name[0].text.isupper()


def administrative(name: list[Token]) -> bool:
    """A name opening with an administrative word: "Desa Kleben", "Kabupaten Wakatobi"."""
    return len(name) > 1 and bool(ADMIN_WORDS.match(" ".join(t.lower for t in name[:2])))


def country(text: str, places: Gazetteer) -> bool:
    """Whether the gazetteer knows the name as a country by that whole name: "United States",
    "Uni Emirat Arab", which open with an organization's head word."""
    place = places.lookup(text)
    return place is not None and place.kind == "country"


def place_name(name: list[Token], ctx: Context) -> bool:
    """A place the gazetteer knows, alone or with a qualifier after it ("Lampung Utara")."""
    return bool(ctx.places.lookup(" ".join(t.text for t in name))) or qualified_place(name, ctx)


def qualified_place(name: list[Token], ctx: Context) -> bool:
    """A known place and a qualifier after it: "Lampung Utara", "Jakarta Selatan"."""
    return (
        len(name) > 1
        and name[-1].lower in ctx.lex.geo_qualifiers
        and ctx.places.lookup(" ".join(t.text for t in name[:-1])) is not None
    )


def org_cue(name: list[Token], lex: Lexicon) -> bool:
    if len(name) < 2:
        return False  # a bare "Kantor" or "Bank" names no organization in particular
    first, last = name[0].lower, name[-1].lower
    head2 = " ".join(t.lower for t in name[:2])
    return (
        first in lex.org_heads
        or head2 in lex.org_heads
        or last in lex.org_tails
        or (len(name) > 1 and name[0].text in lex.known_orgs)
        or (len(name) > 1 and name[0].text.isupper() and name[1].lower in lex.org_heads)
        # English puts the seat first: "Los Angeles Department of Water" (a head inside the
        # name; "Highland Hospital" ends with one and is often where something happened)
        or (lex.org_seat_first and any(t.lower in lex.org_heads for t in name[1:-1]))
    )


def head_size(run: list[Token], lex: Lexicon) -> int:
    """The words of the place's or organization's head word a run opens with (0 for none)."""
    if len(run) > 1 and " ".join(t.lower for t in run[:2]) in lex.place_heads:
        return 2
    return int(bool(run) and (run[0].lower in lex.org_heads or run[0].lower in lex.place_heads))
