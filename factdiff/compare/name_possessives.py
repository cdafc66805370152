"""A name ending in "s" written with an apostrophe before it ("Lloyd’s" for "Lloyds"): a slip
that makes it read as another name's possessive, and another name indeed (Lloyd's of London is
not Lloyds Bank). The spelling tests take "’s" for a possessive and leave it out.

It is a slip only when the story vouches for the name: another article writes it with its "s"
and no apostrophe, the article with the apostrophe never does, and no article writes the name
without the "s" (then "’s" may be its possessive: "William’s" beside "Prince William"). The
word before the apostrophe is no word of the language ("Year’s" / "Years" is grammar)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdiff.compare.name_runs import name_spans
from factdiff.compare.strays import POSSESSIVE
from factdiff.model import Extraction, Mention
from factdiff.spellings import common, fold
from factdiff.text import Covered

WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:['’]s)?(?![\w'’-])")


@dataclass(frozen=True)
class Apostrophe:
    """A name written with "’s" where the story writes it with a plain "s"."""

    article: int
    written: Mention  # "Lloyd’s"
    plain: dict[int, Mention]  # each article writing "Lloyds", at its first place


def apostrophe_slips(extractions: tuple[Extraction, ...]) -> list[Apostrophe]:
    """Each name the story writes "Xs" that one article writes "X’s" (see the module's doc),
    at that article's first place."""
    words = [_words(x) for x in extractions]
    slips = []
    for k, own in enumerate(words):
        for text, written in own.items():
            stem = POSSESSIVE.sub("", text)
            if stem == text or common(fold(stem)) or any(stem in w for w in words):
                continue
            plain = {n: w[stem + "s"] for n, w in enumerate(words) if stem + "s" in w}
            if plain and k not in plain:
                slips.append(Apostrophe(k, written, plain))
    return slips


def _words(x: Extraction) -> dict[str, Mention]:
    """The article's capitalised words, a possessive's "’s" kept, each at its first place in
    the prose and title, outside quotes."""
    spans, quoted = name_spans(x)
    found: dict[str, Mention] = {}
    inside = Covered(quoted)
    for s, e, _ in spans:
        for m in WORD.finditer(x.article.text, s, e):
            if m.start() in inside:
                continue
            text = m.group().replace("'", "’")
            if text not in found:
                found[text] = Mention("organization", m.start(), m.end(), m.group(), text)
    return found
