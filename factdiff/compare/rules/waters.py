"""landing-water: two sources that land the story's missile, rocket or wreckage in two
different seas ("smashed down in the Sea of Japan" / "before landing in the Pacific Ocean"),
in sentences built too differently to align."""

from __future__ import annotations

import re

from factdiff.compare.context import StoryContext, mention_side, sentence_bounds
from factdiff.compare.evidence import NEWS_DAYS, dated_elsewhere, days_apart
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention

WORD = re.compile(r"[^\W\d_]+")
OPEN_WATER = frozenset({"open water"})


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """The first sea each source lands something in, against the other's: a warning when the
    other names one sea only and not this one. Articles more than a few days apart are left
    alone (weeks apart, two launches as often as one), and so are two languages (no list of
    the seas' names in both)."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    if days_apart(xa, xb) > NEWS_DAYS or xa.article.language != xb.article.language:
        return []  # weeks apart, or "Laut Jawa" against "Java Sea": one sea in two languages
    waters_a, waters_b = _waters(ctx, i), _waters(ctx, j)
    if not waters_a or not waters_b:
        return []
    for (own, x), (theirs, y) in (
        ((waters_a, xa), (waters_b, xb)),
        ((waters_b, xb), (waters_a, xa)),
    ):
        first = own[0]
        if len(theirs) != 1 or any(ctx.referents.same(first, m) for m in theirs):
            continue
        other = theirs[0]
        if ctx.referents.more_specific(first, other):
            continue
        message = (
            f'{x.article.source} has it come down in "{first.text}", {y.article.source} in '
            f'"{other.text}"'
        )
        if x is xa:
            sides = mention_side(xa, first), mention_side(xb, other)
        else:
            sides = mention_side(xa, other), mention_side(xb, first)
        return RULE.finding(ctx.name, SURE, message, *sides)  # one sea against the other
    return []


def _waters(ctx: StoryContext, i: int) -> list[Mention]:
    """The seas and oceans the article lands something in, in the order it tells them, one
    mention per sea; made once per article."""
    key = ("waters", i)
    if key not in ctx.memo:
        x = ctx.extractions[i]
        found: list[Mention] = []
        for m in x.mentions:
            if m.type != "place" or ctx.referents.place_kinds(m) != OPEN_WATER:
                continue
            if _landed_in(x, m) and not any(ctx.referents.same(m, n) for n in found):
                found.append(m)
        ctx.memo[key] = found
    return ctx.memo[key]


def _landed_in(x: Extraction, m: Mention) -> bool:
    """Whether the sea follows a verb of coming down in its sentence ("landed in",
    "jatuh di"), and the sentence holds no date days away from the article's (an earlier
    launch)."""
    begin, end = sentence_bounds(x, m.start)
    if not end:
        return False
    lex = lexicon(x.article.language)
    before = {w.casefold() for w in WORD.findall(x.article.text[begin : m.start])}
    return bool(before & lex.landing_verbs) and not dated_elsewhere(x, begin, end)


RULE = Rule(
    name="landing-water",
    kind="conflict",
    field="where",
    scope=Scope.SOURCES,
    check=check,
    summary="Two sources have the story's missile, rocket or wreckage come down in two seas.",
    why=(
        "Where a missile, a booster or debris came down is told in sentences built too "
        "differently to align ('smashed down in the Sea of Japan' / 'flew 3,700 kilometers "
        "before landing in the Pacific Ocean'). A sea or ocean after a verb of coming down "
        "(data per language: landing_verbs) in a sentence with no date days away tells "
        "where the story's thing fell; the first such sea an article names is its own "
        "event's (background on earlier launches comes later). Two sources no more than a "
        "few days apart, the other naming one sea only and not this one, disagree."
    ),
    examples=(
        Example(
            "id",
            "Rudal itu terbang di atas Hokkaido lalu jatuh di Laut Jepang.",
            "Rudal terbang 3.700 kilometer sebelum jatuh di Samudra Pasifik.",
        ),
        Example(
            "en",
            "The missile flew over Japan and smashed down in the Sea of Japan.",
            "The missile flew 3,700 kilometers before landing in the Pacific Ocean.",
        ),
    ),
)
