"""office-conflict: one person given two offices that one holds one at a time ("Nice's Mayor
Christian Estrosi" / "Christian Estrosi, the president of the region")."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import NamedTuple

from factdiff.compare.context import StoryContext, side
from factdiff.compare.evidence import NEWS_DAYS, days_apart
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.lang import Lexicon, alternation, lexicon
from factdiff.model import Extraction, Finding
from factdiff.text import plain

WORD = re.compile(r"[\w’'-]+")
REACH = 40  # characters around a name in which its title or apposition is read
APPOSITION_WORDS = 2  # words between the comma and the office ("the regional president")
TERM_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year in an apposition dates the term


class Office(NamedTuple):
    article: int
    office: str  # its class across languages: "mayor"
    start: int  # the office as written, for the finding's value
    end: int


def check(ctx: StoryContext) -> list[Finding]:
    """Each person whose offices the sources give: an office class that fewer sources give
    than another (one source against the rest, or one against one) is set against the most
    fully written office of the other class from another source. An office with "former",
    "mantan" or "-elect" is not the present one; a source that gives both is told against
    the others, never against itself."""
    told: dict[str, list[Office]] = defaultdict(list)
    shown: dict[str, str] = {}
    for i, x in enumerate(ctx.extractions):
        for person, office in _offices(i, x):
            told[plain(person)].append(office)
            shown.setdefault(plain(person), person)
    findings: list[Finding] = []
    for person, offices in told.items():
        sources: dict[str, set[int]] = defaultdict(set)
        for o in offices:
            sources[o.office].add(o.article)
        if len(sources) < 2:
            continue
        ranked = sorted(sources, key=lambda c: (-len(sources[c]), c))
        majority = ranked[0]
        tie = len(sources[ranked[1]]) == len(sources[majority])
        for odd in ranked[1:2] if tie else ranked[1:]:
            others = [o for o in offices if o.office == majority and o.article not in sources[odd]]
            if others:
                a = next(o for o in offices if o.office == odd)
                b = max(others, key=lambda o: (o.end - o.start, -o.article))
                findings += _finding(ctx, shown[person], a, b)
    return findings


def _finding(ctx: StoryContext, person: str, a: Office, b: Office) -> list[Finding]:
    xa, xb = ctx.extractions[a.article], ctx.extractions[b.article]
    va, vb = xa.article.text[a.start : a.end], xb.article.text[b.start : b.end]
    message = (
        f'{xa.article.source} makes {person} "{va}", {xb.article.source} "{vb}": '
        f"offices one person holds one at a time"
    )
    # offices change: articles days apart may each be right as of their day
    confidence = PLAUSIBLE if days_apart(xa, xb) > NEWS_DAYS else SURE
    return RULE.finding(
        ctx.name,
        confidence,
        message,
        side(xa, a.start, a.end, va),
        side(xb, b.start, b.end, vb),
    )


def _offices(i: int, x: Extraction) -> list[tuple[str, Office]]:
    """The offices the article gives its persons, by the person's full name (folded): a title
    right before the name ("Mayor Christian Estrosi", "Wali Kota Bobby Nasution") or an
    apposition right after it ("Christian Estrosi, the president of the region,")."""
    text, lex = x.article.text, lexicon(x.article.language)
    before, after, named = _patterns(x.article.language)
    found = []
    for m in x.mentions:
        person = m.canonical
        if m.type != "person" or " " not in person.strip() or named.search(m.text):
            continue  # a lone name may be anyone's; "presiden Prancis" is the office itself
        title = before.search(text, max(0, m.start - REACH), m.start)
        if title and not _excluded(text, title.start("office"), title.end("office"), lex):
            office = lex.exclusive_offices[title.group("office").casefold()]
            found.append((person, Office(i, office, title.start("office"), m.end)))
        apposed = after.match(text, m.end, m.end + REACH)
        if apposed and _apposition(apposed.group("lead"), lex):
            end = _phrase_end(text, apposed.end())
            if _past_term(text[apposed.start("lead") : end], lex):
                continue  # "Joko Widodo, Gubernur DKI Jakarta saat itu"
            if not _excluded(text, apposed.start("office"), apposed.end("office"), lex):
                office = lex.exclusive_offices[apposed.group("office").casefold()]
                found.append((person, Office(i, office, apposed.start("lead"), end)))
    return found


@cache
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A title before a name, an apposition after one, and an office anywhere; an office in
    the possessive ("the mayor's spokesman") or with a suffix ("President-elect") is no
    office of the name's."""
    offices = alternation(lexicon(language).exclusive_offices)
    named = re.compile(rf"(?<![\w-])(?:{offices})(?![\w-])", re.IGNORECASE)
    # "Wali Kota Surabaya Eri Cahyadi", "Gubernur Jawa Timur ...": the office's place between
    before = re.compile(
        rf"(?<![\w-])(?P<office>{offices})(?:\s+(?-i:[A-Z])[\w’'.-]*){{0,3}}\s+$", re.IGNORECASE
    )
    after = re.compile(
        rf",\s+(?P<lead>(?:[\w’'-]+\s+){{0,{APPOSITION_WORDS}}}?)"
        rf"(?P<office>{offices})(?![\w’'-])(?!\s*[’']s\b)",
        re.IGNORECASE,
    )
    return before, after, named


def _apposition(lead: str, lex: Lexicon) -> bool:
    """The words between the comma and the office describe it: a determiner, a modifier of
    the language's ("the regional", "yang juga") or a place ("Surabaya's"); any other word
    opens another clause ("said the president", "adding the governor")."""
    return all(
        w.casefold() in lex.stopwords or w.casefold() in lex.office_modifiers or w[:1].isupper()
        for w in WORD.findall(lead)
    )


def _excluded(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A past, future, hoped-for or lesser office: "former Mayor", "mantan Gubernur",
    "ex-President", "President-elect", "calon Wali Kota", "deputy mayor": the two words
    before the office, and a suffix glued to it."""
    words = WORD.findall(text[max(0, start - 25) : start])[-2:]
    suffix = re.match(r"-(\w+)", text[end : end + 12])
    words += [suffix.group(1)] if suffix else []
    parts = {w.casefold() for w in words} | {p.casefold() for w in words for p in w.split("-")}
    return bool(parts & lex.office_excluders)


def _past_term(phrase: str, lex: Lexicon) -> bool:
    """An apposition that dates the office to a term ("the governor at the time", "Wali Kota
    Solo periode 2021-2024", "Bupati Purwakarta 2008-2018")."""
    words = f" {' '.join(WORD.findall(phrase.casefold()))} "
    return bool(TERM_YEAR.search(phrase)) or any(f" {p} " in words for p in lex.office_past_phrases)


def _phrase_end(text: str, start: int) -> int:
    """Where an apposition ends: the next comma, stop or bracket, within a sentence's reach."""
    stop = re.compile(r"[,.;:()\n]").search(text, start, start + 80)
    return stop.start() if stop else start


RULE = Rule(
    name="office-conflict",
    kind="conflict",
    field="who",
    scope=Scope.STORY,
    check=check,
    summary="One person given two offices that one holds one at a time.",
    why=(
        "A mayor is not the governor, nor the president the vice president: two outlets "
        "that give one person two such offices cannot both be right (one usually took an old "
        "office for the present one). The offices are data, per language "
        "(exclusive_offices); a title right before the full name or an apposition right "
        "after it is read, never an office that is past, to come or hoped for ('former', "
        "'mantan', '-elect', 'calon'). The office fewer sources give is the odd one; a source "
        "that gives both is set against the others only."
    ),
    examples=(
        Example(
            "id",
            "Wali Kota Surabaya Eri Cahyadi",
            "Eri Cahyadi, Gubernur Jawa Timur,",
        ),
        Example(
            "en",
            "Nice's Mayor Christian Estrosi",
            "Christian Estrosi, the president of the regional council",
        ),
    ),
)
