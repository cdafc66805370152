"""How much two sources' sentences around two differing values say the same, apart from the
values: the evidence a value rule weighs before it calls two values one fact told two ways.

Alignment pairs facts by their names, dates and predicates; on real coverage that is often two
facts of one story ("27 engines" of Falcon Heavy, "30 engines" of the Soviet N1). Two values are
one fact told two ways when the clauses around them say the same (``likeness``), neither is set
apart from the other ("five *other* defendants", "three *further* months"), the other's value is
not in the same sentence too (a part and its total), and both were told as of the same moment
(a share price "at 9:34 a.m." and "at mid-afternoon")."""

from __future__ import annotations

import re
from functools import lru_cache

from factdiff.compare.context import sentence_at
from factdiff.compare.rule import OVERWHELMING, PLAUSIBLE, SURE
from factdiff.lang import lexicon
from factdiff.model import Extraction, Mention
from factdiff.stem import stem
from factdiff.values import date_value

WORD = re.compile(r"[^\W\d_]+")
SAME_CLAUSE = 0.6  # Dice of the two sentences' content stems, the values left out
SURE_CLAUSE = 0.4
PLAINLY = 0.2
NEWS_DAYS = 3  # articles further apart than this tell a story as it stood then
CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s?(?:a\.?m\.?|p\.?m\.?)")


def likeness(xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> float:
    """The share of content words (stems) the two sentences have in common, the values left
    out: 1.0 for one sentence with one number changed, near 0 for two facts."""
    wa = content_words(sentence_at(xa, a.start).replace(a.text, " "), xa.article.language)
    wb = content_words(sentence_at(xb, b.start).replace(b.text, " "), xb.article.language)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


@lru_cache(maxsize=4096)
def content_words(sentence: str, language: str) -> frozenset[str]:
    stopwords = lexicon(language).stopwords
    return frozenset(
        stem(w, language) for w in WORD.findall(sentence.casefold()) if w not in stopwords
    )


def set_apart(x: Extraction, m: Mention) -> bool:
    """A number of others, not of all: "five other defendants", "three further months",
    "dua korban lainnya": a part, never the same count as a total."""
    text = x.article.text
    after = WORD.findall(text[m.start : m.end + 25].casefold())[:4]
    before = WORD.findall(text[max(0, m.start - 15) : m.start].casefold())[-1:]
    words = set(after) | set(before)
    return bool(words & lexicon(x.article.language).apart_words)


def told_as_of_another_time(xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> bool:
    """Two sentences that each tell a clock time, not the same one: a figure as it stood at
    each time ("fell 1.5 percent at 9:34 a.m." / "fell 4.3 percent at mid-afternoon"). The
    two values are left out first: "$2.07 billion" holds no clock time."""
    sa = sentence_at(xa, a.start).replace(a.text, " ")
    sb = sentence_at(xb, b.start).replace(b.text, " ")
    times_a, times_b = set(CLOCK.findall(sa)), set(CLOCK.findall(sb))
    day_parts = lexicon(xa.article.language).day_parts | lexicon(xb.article.language).day_parts
    parts_a = set(WORD.findall(sa.casefold())) & day_parts
    parts_b = set(WORD.findall(sb.casefold())) & day_parts
    told_a, told_b = times_a | parts_a, times_b | parts_b
    return bool(told_a or told_b) and told_a != told_b


def weighed(confidence: float, xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> float:
    """A rule's confidence, capped by how much the two sentences say the same: an error
    needs near-identical clauses, a warning clauses that mostly agree; two articles written
    days apart (a toll, a status) are only worth a look."""
    like = likeness(xa, a, xb, b)
    cap = 0.0
    if like >= SAME_CLAUSE:
        cap = OVERWHELMING
    elif like >= SURE_CLAUSE:
        cap = SURE
    elif like >= PLAINLY:
        cap = PLAUSIBLE
    if days_apart(xa, xb) > NEWS_DAYS:
        cap = min(cap, PLAUSIBLE)
    return min(confidence, cap)


def days_apart(xa: Extraction, xb: Extraction) -> int:
    pa, pb = xa.article.published, xb.article.published
    return abs((pa - pb).days) if pa and pb else 0


def dated_elsewhere(x: Extraction, begin: int, end: int) -> bool:
    """Whether x's text between begin and end (a sentence) holds a date more than NEWS_DAYS
    from the article's: the sentence tells of another event (an earlier launch)."""
    published = x.article.published
    if published is None:
        return False
    for m in x.mentions:
        if m.type != "date" or not begin <= m.start < end:
            continue
        value = date_value(m.normalized)
        if value is None or value.first is None or value.last is None:
            continue
        if (published - value.last).days > NEWS_DAYS or (value.first - published).days > NEWS_DAYS:
            return True
    return False


def cited(x: Extraction, m: Mention) -> bool:
    """A date that tells when a text was quoted or read, not when anything happened
    ("dikutip Jumat (20/6/2025)", "accessed on 3 May")."""
    before = WORD.findall(x.article.text[max(0, m.start - 30) : m.start].casefold())[-2:]
    return bool(set(before) & lexicon(x.article.language).citation_words)
