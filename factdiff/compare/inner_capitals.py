"""Names with a capital inside ("SpaceX", "deGrasse", "PayPal"), read as written, since the
spelling test folds case: such a name split at its capital by one article ("Space X",
"Sexy Back"), or its first letter in the other case ("DeGrasse" / "deGrasse").

Split: a writer's slip, as "Sky Lab" for "Skylab". The whole form is the name only when the
story vouches for it: scraping glues two words into one where a link was ("AnoosheMushtaq",
"PresidenPrabowo"), and such glue is the rarer form, written by one article. So the whole form
must be written by two articles or more and be the commoner form in the story, and the split
form by one article only, fewer times there than the whole one when that article writes both.
A hyphen is never read here: "BFM-TV" / "BFMTV" is house style.

Case: a name that keeps a capital inside is written by someone who knows its style, so its
first letter in the other case ("Neil DeGrasse Tyson" / "Neil deGrasse Tyson") is a slip; a
house style that drops the inner capital ("Youtube") is not read here. A sentence's first word
and a title's words are capitalised by grammar or headline style, and are left alone."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from factdiff.compare.context import title_and_prose
from factdiff.lang import every_language
from factdiff.model import Extraction
from factdiff.spellings import fold

# a capitalised word with a capital inside after a small letter; not a handle, tag or address
WHOLE = re.compile(r"(?<![\w@#/.])([A-Z][a-z]+)([A-Z]\w*)(?!\w)")
# the same with its first letter in either case ("deGrasse", "DeGrasse")
CAMEL = re.compile(r"(?<![\w@#/.'’-])[A-Za-z][a-z]*[A-Z][a-z]\w*(?![\w'’-])")
OPENERS = '.!?:"“”‘(\n'


@dataclass(frozen=True)
class SplitName:
    """A one-word name one article writes split in two ("Space X" for "SpaceX")."""

    article: int  # the article writing it split
    start: int
    text: str  # as written split
    whole: str  # as the story writes it whole
    first_whole: tuple[int | None, ...]  # where each article first writes it whole, if it does


def split_names(extractions: tuple[Extraction, ...], names: frozenset[str]) -> list[SplitName]:
    """Each split form of a one-word name the story vouches for (see the module's doc), at
    its first place in the article writing it; never one whose part is a name the story tags
    by itself (``names``, folded): glue joins a word to a name ("PresidenPrabowo"); nor one
    whose first part is a particle ("De Santis" / "DeSantis" are two families' ways)."""
    wholes = [_occurrences(x, WHOLE) for x in extractions]
    in_story: Counter[str] = Counter()
    for found_here in wholes:
        in_story.update({w: len(starts) for w, starts in found_here.items()})
    found: list[SplitName] = []
    for whole in sorted(in_story):
        writers = [k for k, f in enumerate(wholes) if whole in f]
        if len(writers) < 2:
            continue
        head, tail = WHOLE.fullmatch(whole).groups()
        if fold(head) in names or fold(tail) in names or fold(head) in _particles():
            continue  # glue, or a particle the name's bearer writes apart or not ("El Paso")
        pattern = re.compile(rf"(?<![\w@#/.-]){re.escape(head)} {re.escape(tail)}(?![\w-])")
        split = [_occurrences(x, pattern) for x in extractions]
        splitters = [k for k, f in enumerate(split) if f]
        if len(splitters) != 1:
            continue
        k = splitters[0]
        text, starts = next(iter(split[k].items()))
        if len(starts) >= len(wholes[k].get(whole, ())) and wholes[k].get(whole):
            continue  # its own article writes it split as often: no slip to tell from style
        if sum(len(f.get(text, ())) for f in split) >= in_story[whole]:
            continue
        first = tuple(f[whole][0] if whole in f else None for f in wholes)
        found.append(SplitName(k, starts[0], text, whole, first))
    return found


@dataclass(frozen=True)
class CasedName:
    """A name with a capital inside as one article writes it, out of a sentence's start."""

    article: int
    start: int
    text: str


def case_slips(extractions: tuple[Extraction, ...]) -> list[tuple[CasedName, CasedName]]:
    """Pairs of one name with a capital inside written with its first letter capitalised
    and small, each form at its first place in each article that writes it. The capitalised
    form is the slip: a small first letter mid-sentence is written on purpose ("deGrasse",
    "eBay"), a capital is the writer's habit."""
    forms: dict[str, list[CasedName]] = {}
    for k, x in enumerate(extractions):
        for text, starts in _occurrences(x, CAMEL, titled=False).items():
            starts = [s for s in starts if not _opens_sentence(x.article.text, s)]
            if starts:
                forms.setdefault(text.lower(), []).append(CasedName(k, starts[0], text))
    return [
        (a, b)
        for written in forms.values()
        for a in written
        for b in written
        if a.text[0].isupper() and b.text[0].islower()
    ]


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in OPENERS


def _occurrences(x: Extraction, pattern: re.Pattern, titled: bool = True) -> dict[str, list[int]]:
    """Where the article's own prose (and its title, when ``titled``) write each match."""
    article = x.article
    spans = title_and_prose(article) if titled else article.regions
    found: dict[str, list[int]] = {}
    for s, e in spans:
        for m in pattern.finditer(article.text, s, e):
            found.setdefault(m.group(), []).append(m.start())
    return {text: sorted(set(starts)) for text, starts in found.items()}


@cache
def _particles() -> frozenset[str]:
    return every_language("name_connectors")
