"""An organisation's name worded two ways: another preposition inside it ("International
Committee for the Red Cross" / "International Committee of the Red Cross"), or one word of a
company's registered name in the other number ("NXP Semiconductor" / "NXP Semiconductors NV").

Neither is a letter slipped, so the spelling test does not see them, and neither is a house
style: an organisation's name has one preposition, and a company's registered name one number.
The evidence that the name is an organisation's is in the text: the word before the preposition
is an organisation's head or tail ("Committee", "Bank", "Institute"); for the number, some
article writes the name with a legal form ("NV", "Inc", "Tbk"). A title ("Minister of / for
Foreign Affairs") has no such word, and a product's plural ("Tesla Roadsters") no legal form."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from factdiff.compare.context import title_and_prose
from factdiff.lang import alternation, every_language
from factdiff.model import Extraction, Mention
from factdiff.spellings import fold

NAME_WORD = r"[A-Z][\w'’&-]*"
MIN_LETTERS = 4  # "Semiconductor": a short word's plural ("Gas" / "Gases") says less


def prepositioned_names(x: Extraction) -> dict[tuple[str, str, str], dict[str, Mention]]:
    """The article's organisation names with a preposition inside, by their words less the
    preposition (the head's last word, a small word perhaps, the tail), each preposition at its
    first mention."""
    article = x.article
    found: dict[tuple[str, str, str], dict[str, Mention]] = {}
    for s, e in title_and_prose(article):
        for m in _pattern().finditer(article.text, s, e):
            head = [w for w in m.group(1).split() if fold(w) not in _stopwords()]
            if not head or fold(head[-1]) not in _org_words():
                continue
            key = (fold(head[-1]), m.group(3) or "", fold(m.group(4)))
            start = m.start(1) + m.group(1).index(head[0])
            text = article.text[start : m.end()]
            mention = Mention("organization", start, m.end(), text, text, m.group(2))
            found.setdefault(key, {}).setdefault(fold(m.group(2)), mention)
    return found


def shared_head(a: Mention, b: Mention) -> tuple[Mention, Mention] | None:
    """Two names from the head they share, when one's head ends the other's ("Komisi" and
    "Kata Komisi": a sentence's first word dropped; "Council" and "Global Council"); None for
    two different heads ("National Committee" / "Olympic Committee")."""
    head_a, head_b = _head(a), _head(b)
    n = min(len(head_a), len(head_b))
    if head_a[len(head_a) - n :] != head_b[len(head_b) - n :]:
        return None
    return _from_word(a, len(head_a) - n), _from_word(b, len(head_b) - n)


def _from_word(m: Mention, k: int) -> Mention:
    """The name less its first ``k`` words."""
    cut = len(" ".join(m.text.split(" ")[:k])) + 1 if k else 0
    text = m.text[cut:]
    return replace(m, start=m.start + cut, text=text, canonical=text)


def _head(m: Mention) -> tuple[str, ...]:
    words = m.text.split(" ")
    return tuple(fold(w) for w in words[: words.index(m.normalized)])


@lru_cache(maxsize=16384)
def legal_core(name: str) -> tuple[tuple[str, ...], bool]:
    """A name's words, folded, less a legal form before or after it; and whether it had one."""
    words = [fold(w).strip(".,") for w in name.split()]
    core = list(words)
    while core and core[-1] in every_language("legal_forms"):
        core.pop()
    while core and core[0] in every_language("legal_forms"):
        core.pop(0)
    return tuple(core), len(core) != len(words)


def number_slip(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names alike but for one word, that word singular in one and plural in the other
    ("nxp semiconductor" / "nxp semiconductors")."""
    if len(a) != len(b) or len(a) < 2:
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    short, long_ = sorted(differing[0], key=len)
    if len(short) < MIN_LETTERS or not short.isalpha():
        return False
    return any(long_ == short + ending for ending in every_language("plural_endings"))


@cache
def _pattern() -> re.Pattern:
    prepositions = alternation(every_language("name_prepositions"))
    run = rf"(?:{NAME_WORD} )*{NAME_WORD}"
    # the head, the preposition, a small word ("the") perhaps, the tail
    return re.compile(rf"({run}) ({prepositions}) (?:([a-z]+) )?({run})(?![\w'’-])")


@cache
def _org_words() -> frozenset[str]:
    return every_language("org_heads") | every_language("org_tails")


@cache
def _stopwords() -> frozenset[str]:
    return every_language("stopwords")
