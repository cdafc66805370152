"""What a figure measures, read from the few words around it in its clause (its frame): "the
original $105 billion acquisition approach" measures an offer, an early one; "harganya sekitar
Rp 7 miliaran" a price.

Two outlets often give one quantity in sentences built differently, so the facts holding
them do not align ("Qualcomm's board rejected Broadcom's original $105 billion approach" /
"This comes three months after Broadcom made an initial $103 billion offer"). The frame is
what still says they are one quantity: a word both frames share, once the language's measure
synonyms are folded ("offer", "bid", "approach"; "harga", "banderol", "price"). A frame also
tells the stage of what it measures ("initial", "original" against "new", "raised"): an
earlier offer and a later one are two true figures, never one told two ways."""

from __future__ import annotations

import re
from functools import cache

from factdiff.compare.context import sentence_bounds
from factdiff.compare.evidence import CLOCK
from factdiff.lang import LANGUAGES, alternation, every_language, lexicon
from factdiff.model import Extraction, Mention
from factdiff.stem import stem

FRAME_WORDS = 4  # content words on each side of a figure, inside its clause
REACH = 80  # characters on each side where those words are looked for
CLAUSE_END = re.compile(r"[,;:.!?](?:\s|$)|[()\"“”\n—–]")
WORD = re.compile(r"[^\W\d_]+")
OPENING = ("", ".", "!", "?", '"', "“", "\n")  # what a sentence's first word follows
NAME_TYPES = ("person", "organization", "place")


@cache
def _folds() -> tuple[dict[str, str], dict[str, str]]:
    """Stem -> its measure group's key, and word -> a stage ("earlier", "later"), every
    language's lists together (a story may mix languages)."""
    groups: dict[str, str] = {}
    stages: dict[str, str] = {}
    for language in LANGUAGES:
        lex = lexicon(language)
        for group in lex.measure_synonyms:
            first = " ".join(stem(w, language) for w in group[0].split())
            key = groups.get(first) or first
            for word in group:
                if " " not in word:  # a phrase is found in the text (_phrases)
                    groups.setdefault(stem(word, language), key)
            groups.setdefault(first, key)
        for stage, words in lex.measure_stages.items():
            for word in words:  # as written: "mulai" (from) stems as "semula" (at first)
                stages[word.casefold()] = stage
    return groups, stages


@cache
def _ignored(language: str) -> frozenset[str]:
    """Words a frame leaves out: function words, number words and scales ("billion",
    "miliar"), and qualifiers ("about", "sekitar")."""
    lex = lexicon(language)
    words = set(lex.stopwords) | set(lex.number_words) | set(lex.number_multipliers)
    for qualifier in lex.number_qualifiers:
        words.update(qualifier.split())
    words.update(lex.percent_words)
    return frozenset(w.casefold() for w in words)


def _words(text: str, start: int, end: int, language: str) -> list[str]:
    """The content words of ``text[start:end]``, folded. A capitalised word is a name, and a
    name is no measure, unless it opens its sentence ("Harganya sekitar Rp 7 miliar")."""
    ignored = _ignored(language)
    found = []
    for w in WORD.finditer(text, start, end):
        low = w.group().casefold()
        if len(low) < 3 or low in ignored:
            continue
        if (
            w.group()[:1].isupper()
            and text[max(0, w.start() - 8) : w.start()].rstrip()[-1:] not in OPENING
        ):
            continue
        found.append(low)
    return found


def _window(x: Extraction, m: Mention) -> tuple[list[str], list[str], set[str]]:
    """The content words just before and just after a figure, each side cut at its clause's
    end and where the words toward the next figure of its unit end (``_between``): "from an
    estimated $1.9 billion in earnings for the quarter to a likely loss of around $3 billion"
    gives the earnings to the first figure and the loss to the second. A figure of another
    unit is often the same measure converted ("€390.000 atau sekitar Rp 5,5 miliar") and
    cuts nothing. And the keys of the measure phrases in those stretches ("roda dua")."""
    text = x.article.text
    start, end = max(0, m.start - REACH), min(len(text), m.end + REACH)
    for n in x.mentions:
        if n.type == "number" and n is not m and n.unit == m.unit:
            if start < n.end <= m.start:
                start = _between(text, n.end, m.start)
            elif m.end <= n.start < end:
                end = _between(text, m.end, n.start)
    start, end = _clause(text, m, start, end)
    language = x.article.language
    before = _words(text, start, m.start, language)[-FRAME_WORDS:]
    near = f"{text[start : m.start]} {text[m.end : end]}".casefold()
    phrases = {key for phrase, key in _phrases().items() if phrase.search(near)}
    return before, _words(text, m.end, end, language)[:FRAME_WORDS], phrases


@cache
def _phrases() -> dict[re.Pattern, str]:
    """The measure synonyms of several words ("sepeda motor", "kendaraan roda dua"), each a
    pattern and its group's key."""
    found = {}
    for language in LANGUAGES:
        for group in lexicon(language).measure_synonyms:
            key = " ".join(stem(w, language) for w in group[0].split())
            for phrase in group:
                if " " in phrase:
                    found[re.compile(rf"(?<!\w){re.escape(phrase.casefold())}(?!\w)")] = key
    return found


def _clause(text: str, m: Mention, start: int, end: int) -> tuple[int, int]:
    """The stretch from ``start`` to ``end`` around a figure, cut where its clause ends."""
    cuts = list(CLAUSE_END.finditer(text, start, m.start))
    cut = CLAUSE_END.search(text, m.end, end)
    return (cuts[-1].end() if cuts else start), (cut.start() if cut else end)


def _between(text: str, end: int, start: int) -> int:
    """Where the words between two figures are shared out: at a connector between them ("15
    merek kendaraan roda dua | dan lebih dari 100 merek", "$1.9 billion in earnings | to a
    loss of $3 billion"), or else halfway."""
    found = list(_connectors().finditer(text, end, start))
    return found[-1].start() if found else (end + start) // 2


@cache
def _connectors() -> re.Pattern:
    words = every_language("list_connectors") | every_language("range_connectors")
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


def a_part(x: Extraction, m: Mention) -> bool:
    """A figure told as a part of another ("this approach includes $22 per share in stock",
    "termasuk Rp 2 miliar untuk ..."): never the whole of what another source measures. A
    figure of the part's unit after it in its sentence tells of that part too ("..., where the
    previous offer was $10": the stock of the previous offer, not the offer)."""
    if _after_part_word(x, m):
        return True
    begin, _ = sentence_bounds(x, m.start)
    return any(
        n.type == "number"
        and n.unit == m.unit
        and begin <= n.start < m.start
        and _after_part_word(x, n)
        for n in x.mentions
    )


def _after_part_word(x: Extraction, m: Mention) -> bool:
    before = WORD.findall(x.article.text[max(0, m.start - 20) : m.start].casefold())
    return bool(before) and before[-1] in lexicon(x.article.language).part_words


def told_at(x: Extraction, m: Mention) -> frozenset[str]:
    """The clock times and parts of the day told right beside a figure, in its clause ("fell
    1.5 percent to $65.09 at 9:34 a.m."): the moment it stood at. A time further on in the
    sentence tells when something else happened."""
    text = x.article.text
    start, end = _clause(text, m, max(0, m.start - REACH), m.end + REACH)
    near = f"{text[start : m.start]} {text[m.end : end]}"
    parts = lexicon(x.article.language).day_parts
    return frozenset(CLOCK.findall(near)) | frozenset(WORD.findall(near.casefold())) & parts


def frame(x: Extraction, m: Mention) -> frozenset[str]:
    """The content words around a figure, stemmed and folded through the measure synonyms;
    its unit ("people", "merek") and the words of its stage left out."""
    language = x.article.language
    groups, stages = _folds()
    before, after, phrases = _window(x, m)
    keys = set(phrases)
    for low in before + after:
        if low not in stages:
            key = stem(low, language)
            keys.add(groups.get(key, key))
    unit = stem(m.unit, language) if m.unit.isalpha() else m.unit
    return frozenset(keys - {unit, groups.get(unit, unit)})


def stage(x: Extraction, m: Mention) -> str:
    """ "earlier" ("the initial offer"), "later" ("the new offer") or "" for a figure."""
    _, stages = _folds()
    before, after, _ = _window(x, m)
    found = {stages.get(w) for w in before + after}
    found.discard(None)
    return found.pop() if len(found) == 1 else ("mixed" if found else "")


def measured(keys: frozenset[str]) -> frozenset[str]:
    """The keys that are a measured thing of the language lists ("offer", "harga"): a
    stronger sign than any word two frames share."""
    groups, _ = _folds()
    return keys & frozenset(groups.values())


def shared(xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> frozenset[str]:
    """What two figures' frames have in common, a stage both name among it ("original" /
    "initial"): the evidence that they measure one thing."""
    common = frame(xa, a) & frame(xb, b)
    told = stage(xa, a)
    return common | {f"({told})"} if common and told and told == stage(xb, b) else common


def names_near(x: Extraction, m: Mention, sentence: tuple[int, int]) -> frozenset[str]:
    """The words of the names in the figure's sentence, folded ("NXP Semiconductors NV")."""
    begin, end = sentence
    return frozenset(
        w.casefold()
        for n in x.mentions
        if n.type in NAME_TYPES and begin <= n.start < end
        for w in WORD.findall(n.canonical)
        if len(w) > 2
    )
