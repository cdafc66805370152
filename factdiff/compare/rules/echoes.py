"""echoed-place: one sentence that two sources repeat word for word in part, with another place
of the same kind in each ("landing on the 'Of Course I Still Love You' drone ship in the
Pacific Ocean" / "... droneship, which will be stationed in the Atlantic Ocean")."""

from __future__ import annotations

import bisect
import re

from factdiff.compare.context import NAME_TYPES, StoryContext, mention_side
from factdiff.compare.evidence import NEWS_DAYS, days_apart
from factdiff.compare.pairing import remainders
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.extract.facts import of_role
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.text import sentences

# Six words in a row, two of them content words, repeated by two outlets come from one text
# (a wire story, a press release, a company statement): the two sentences tell one thing. A
# shorter run is often a phrase of the story ("the country's military", "industri budaya dan
# kreatif"), and the words of a person's or an organization's name and title are no evidence
# ("U.S. Secretary of State Rex Tillerson").
RUN = 6
CONTENT_WORDS = 2
WORD = re.compile(r"\w+")

Told = tuple[list[Mention], frozenset[tuple[str, ...]]]  # a sentence's places and runs


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Each pair of sentences, one a source, that share a run of words and where, once the
    places both name are paired off, one place is left on each side, of one kind and neither
    within the other."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    told_b = _told(ctx, j)
    findings: list[Finding] = []
    for places_a, runs_a in _told(ctx, i):
        for places_b, runs_b in told_b:
            if runs_a.isdisjoint(runs_b):
                continue
            rest_a, rest_b = remainders(places_a, places_b, ctx.referents)
            if len(rest_a) != 1 or len(rest_b) != 1:
                continue
            a, b = rest_a[0], rest_b[0]
            if not ctx.referents.place_kinds(a) & ctx.referents.place_kinds(b):
                continue  # a city and a country: not one slot
            if ctx.referents.more_specific(a, b):
                continue  # one within the other: place-specificity's
            confidence = PLAUSIBLE if days_apart(xa, xb) > NEWS_DAYS else SURE
            message = (
                f'{xa.article.source} and {xb.article.source} tell one sentence, in "{a.text}" '
                f'and in "{b.text}"'
            )
            findings += RULE.finding(
                ctx.name, confidence, message, mention_side(xa, a), mention_side(xb, b)
            )
    return findings


def _told(ctx: StoryContext, i: int) -> list[Told]:
    """The article's sentences that name a place of some kind, with their runs of words; made
    once per article of the story."""
    key = ("echoes", i)
    if key not in ctx.memo:
        ctx.memo[key] = _sentences_with_places(ctx, ctx.extractions[i])
    return ctx.memo[key]


def _sentences_with_places(ctx: StoryContext, x: Extraction) -> list[Told]:
    article, lex = x.article, lexicon(x.article.language)
    # the country or seat of a person's role ("Perdana Menteri India | Narendra Modi") is who
    # the person is, not where the sentence happens
    places = [
        m
        for k, m in enumerate(x.mentions)
        if m.type == "place"
        and ctx.referents.place_kinds(m)
        and not of_role(article.text, k, x.mentions)
    ]
    names = _merged([m for m in x.mentions if m.type in NAME_TYPES and m.type != "place"])
    starts = [m.start for m in places]
    told: list[Told] = []
    for start, end in sentences(article.text, article.regions, lex):
        inside = places[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        if inside:
            told.append((inside, _runs(article.text, start, end, names, lex.stopwords)))
    return told


def _runs(
    text: str, start: int, end: int, names: list[tuple[int, int]], stopwords: frozenset[str]
) -> frozenset[tuple[str, ...]]:
    """The sentence's runs of RUN words (case folded) with CONTENT_WORDS content words, none
    of them within a person's or an organization's name."""
    starts = [s for s, _ in names]
    words: list[str | None] = []
    for match in WORD.finditer(text, start, end):
        at = bisect.bisect_right(starts, match.start()) - 1
        named = at >= 0 and match.start() < names[at][1]
        words.append(None if named else match.group().casefold())
    runs = set()
    for k in range(len(words) - RUN + 1):
        run = words[k : k + RUN]
        if None not in run and sum(w not in stopwords for w in run) >= CONTENT_WORDS:
            runs.add(tuple(run))
    return frozenset(runs)


def _merged(names: list[Mention]) -> list[tuple[int, int]]:
    """The names' spans, overlapping ones merged, in order: where a name covers a word."""
    spans: list[tuple[int, int]] = []
    for m in sorted(names, key=lambda m: m.start):
        if spans and m.start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], m.end))
        else:
            spans.append((m.start, m.end))
    return spans


RULE = Rule(
    name="echoed-place",
    kind="conflict",
    field="where",
    scope=Scope.SOURCES,
    check=check,
    summary="A sentence two sources repeat in part, with another place of the same kind.",
    why=(
        "Six words in a row that two outlets share come from one text, a wire story or a "
        "statement, so the two sentences tell one thing even where alignment of their clauses "
        "fails (one of them inside a quote, or worded around the shared part). When each "
        "names one place the other does not, of the same kind and neither within the other "
        "(two seas, two cities), one outlet changed it. Runs within a person's or an "
        "organization's name and title are no evidence."
    ),
    examples=(
        Example(
            "id",
            "kapal pesiar Sinar Bahari Nusantara Jaya tenggelam di Laut Jawa",
            "kapal pesiar Sinar Bahari Nusantara Jaya tenggelam di Laut Banda",
        ),
        Example(
            "en",
            "landing on the 'Of Course I Still Love You' drone ship in the Pacific Ocean",
            "land on the 'Of Course I Still Love You' droneship, stationed in the Atlantic Ocean",
        ),
    ),
)
