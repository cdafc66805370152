"""Names the tagger did not see: a capitalised word that no dictionary knows, written in one
article only, one letter away from a word of a name written elsewhere ("Pyongang" against
"Pyongyang", "Timberake" against "Justin Timberlake", "Skylab" against "Sky Lab").

A misspelt name is often not tagged at all: the tagger learnt names, not typos of names. So
the spelling rules also read every capitalised word (one opening a sentence only when it has
six letters or more: a short one is capitalised by grammar) that is in neither language's
vocabulary and that no other article writes; each is set against the words of the names the
other side did tag. The test is stricter than for two tagged names: one edit in a
word of five letters or more, or one name written apart and together."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import jellyfish

from factdiff.compare.context import NAME_TYPES
from factdiff.model import Extraction, Mention
from factdiff.spellings import LONE_LETTERS, common, fold, misspelt_word, squashed
from factdiff.stem import english_proper_nouns
from factdiff.text import Covered

CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:['’][a-z]+)?(?![\w'’-])")
LONG_WORD = 7
OPENING_WORD = 6  # a shorter word opening a sentence is capitalised by grammar, and tells little
POSSESSIVE = re.compile(r"['’]s$")
OPENERS = '.!?:"“”‘(\n'


@dataclass(frozen=True)
class Stray:
    """A capitalised word of one article, as a mention of the name it may misspell."""

    mention: Mention  # the word, typed as the name it is set against
    name: Mention  # the tagged name it looks like, in the other article (or its own)
    trial: str  # that name with the word put in its place, as the spelling test reads it
    part: str  # the name's word it looks like, folded


def strays(x: Extraction, elsewhere: frozenset[str], names: Iterable[Mention]) -> list[Stray]:
    """The words of ``x`` that may misspell one of ``names``: capitalised mid-sentence, in no
    dictionary, written by no other article (``elsewhere``: every other article's words,
    folded), each with the first name it is one letter away from."""
    targets = [m for m in names if m.type in NAME_TYPES]
    # the names a word may misspell: those with a piece of its first letter, or of two words
    # with its letters (what _trial can match), tried in their order
    by_initial: dict[str, set[int]] = {}
    by_letters: dict[str, set[int]] = {}
    for k, name in enumerate(targets):
        parts, letters, pieces = _pieces(name.text)
        for *_, initial in pieces:
            by_initial.setdefault(initial, set()).add(k)
        if len(parts) == 2:
            by_letters.setdefault(letters, set()).add(k)
    found: list[Stray] = []
    seen: set[str] = set()
    for start, word in _candidates(x):
        key = fold(word)
        if key in seen or key in elsewhere:
            continue
        seen.add(key)
        tried = by_initial.get(key[:1], set()) | by_letters.get(squashed(word), set())
        for name in (targets[k] for k in sorted(tried)):
            hit = _trial(word, name.text)
            if hit is not None:
                mention = Mention(name.type, start, start + len(word), word, word)
                found.append(Stray(mention, name, *hit))
                break
    return found


def untagged_pairs(
    x: Extraction, x_elsewhere: frozenset[str], y: Extraction, y_elsewhere: frozenset[str]
) -> list[tuple[Mention, Mention]]:
    """Two untagged words, each written by one article only, that are one name with one
    letter slipped ("Juhanda" / "Johanda"): seven letters or more and one edit, the same
    first letter, neither a word of the language. Neither side's tagger saw a name, so the
    evidence is the words alone, and the test is the strictest of the spelling tests."""
    ours = {k: v for k, v in _untagged(x).items() if k not in x_elsewhere}
    theirs = {k: v for k, v in _untagged(y).items() if k not in y_elsewhere}
    pairs = []
    for key, (start, word) in ours.items():
        if len(key) < LONG_WORD:
            continue
        for other, (their_start, their_word) in theirs.items():
            if (
                abs(len(other) - len(key)) <= 1
                and misspelt_word(word, their_word)
                and jellyfish.damerau_levenshtein_distance(key, other) == 1
            ):
                pairs.append(
                    (
                        Mention("person", start, start + len(word), word, word),
                        Mention(
                            "person",
                            their_start,
                            their_start + len(their_word),
                            their_word,
                            their_word,
                        ),
                    )
                )
                break
    return pairs


def _untagged(x: Extraction) -> dict[str, tuple[int, str]]:
    """The candidate words of an article that are no word of a name its tagger found."""
    tagged = {w for m in x.mentions if m.type in NAME_TYPES for w in fold(m.text).split()}
    found: dict[str, tuple[int, str]] = {}
    for start, word in _candidates(x):
        if fold(word) not in tagged:
            found.setdefault(fold(word), (start, word))
    return found


@lru_cache(maxsize=256)
def words_elsewhere(texts: tuple[str, ...], i: int) -> frozenset[str]:
    """Every word of the texts but the ith, folded: made once per article of a story, though
    each pair of sources asks for it."""
    return frozenset().union(*(_counts(t) for k, t in enumerate(texts) if k != i))


def rarer(texts: list[str], stray: Stray) -> bool:
    """The stray word is written less often than the name's word it looks like, in each of
    ``texts`` taken together ("Parimana" once, "Pariaman" five times)."""
    word = fold(stray.mention.text)
    return sum(_counts(t)[word] for t in texts) < sum(_counts(t)[stray.part] for t in texts)


@lru_cache(maxsize=16384)  # a stray word meets the same names in every pair of sources
def _trial(word: str, name: str) -> tuple[str, str] | None:
    """The name with ``word`` in place of the word of it that ``word`` misspells, or
    ``word`` itself when it is the name written together ("Skylab" / "Sky Lab"); and that
    word of the name."""
    parts, squashed_name, pieces = _pieces(name)
    if len(parts) == 2 and squashed(word) == squashed_name:
        return word, squashed_name
    first = fold(word)[:1]
    for i, part, piece, initial in pieces:
        # the cheap test first: a slip keeps the first letter (see misspelt_word)
        if initial == first and _one_slip(word, piece):
            changed = list(parts)
            changed[i] = part.replace(piece, word)
            return " ".join(changed), fold(piece)
    return None


@lru_cache(maxsize=16384)
def _pieces(name: str) -> tuple[tuple[str, ...], str, tuple[tuple[int, str, str, str], ...]]:
    """A name's words, its letters squashed, and the pieces of its words (of "Bankman-Fried":
    Bankman, Fried) that a word may misspell, each with its word's place and first letter."""
    parts = tuple(name.split())
    pieces = tuple(
        (i, part, piece, fold(piece)[:1])
        for i, part in enumerate(parts)
        for piece in part.split("-")
        if not piece.isupper()
    )
    return parts, squashed(name), pieces


def _one_slip(word: str, part: str) -> bool:
    """One edit (two in a word of seven letters or more: "Parimana" / "Pariaman")."""
    if len(word) < LONE_LETTERS or len(part) < LONE_LETTERS or not misspelt_word(word, part):
        return False
    edits = jellyfish.damerau_levenshtein_distance(fold(word), fold(part))
    return edits == 1 or min(len(word), len(part)) >= LONG_WORD


def _candidates(x: Extraction) -> tuple[tuple[int, str], ...]:
    """Capitalised words (opening a sentence only with six letters or more) that are no word
    of the language, outside quotes (a quote is compared as said, by the quote rules)."""
    quoted = tuple((m.start, m.end) for m in x.mentions if m.type == "quote")
    return _candidates_in(x.article.text, quoted)


@lru_cache(maxsize=256)
def _candidates_in(text: str, quoted: tuple[tuple[int, int], ...]) -> tuple[tuple[int, str], ...]:
    """Made once per article, though each pair of sources asks for them."""
    found = []
    inside = Covered(quoted)
    for m in CAPITALISED.finditer(text):
        if m.start() in inside:
            continue  # inside a quote
        word = POSSESSIVE.sub("", m.group())
        if len(word) < LONE_LETTERS or common(word.lower()) or fold(word) in english_proper_nouns():
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        if (not before or before[-1] in OPENERS) and len(word) < OPENING_WORD:
            continue  # a short first word of a sentence: capitalised by grammar, it tells little
        found.append((m.start(), word))
    return tuple(found)


def written(text: str, word: str) -> int:
    """How often a text writes a word (folded)."""
    return _counts(text)[word]


@lru_cache(maxsize=256)
def _counts(text: str) -> Counter[str]:
    return Counter(fold(w) for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text))


def as_trial(stray: Stray) -> Mention:
    """The stray word as the spelling test reads it: the whole name, with the word changed."""
    return replace(stray.mention, text=stray.trial, canonical=stray.trial)
