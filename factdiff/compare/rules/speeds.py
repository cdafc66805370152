"""speed-conflict: two sources that give the story's one speed two ways, beyond any rounding
or range ("mowing down groups at 40mph" / "the truck moved at 20-25 mph")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factdiff.compare.context import StoryContext, sentence_at, side
from factdiff.compare.evidence import NEWS_DAYS, content_words, days_apart
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.extract.numbers import digits_value
from factdiff.lang import alternation, every_language, lexicon
from factdiff.model import Extraction, Finding
from factdiff.stem import stem
from factdiff.values import rounding


@dataclass(frozen=True)
class Speed:
    start: int
    end: int
    text: str
    low: float  # km/h
    high: float
    slack: float  # the rounding of its figure ("60 mph": 6 mph), in km/h


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Two articles, a few days apart at most, that each give one speed in all they say
    (one figure or one range, perhaps in two units), in sentences that share a content word
    ("truck"), and whose speeds lie apart by more than the rounding of either."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    if days_apart(xa, xb) > NEWS_DAYS:
        return []
    a, b = _one_speed(ctx, i), _one_speed(ctx, j)
    if a is None or b is None or _agree(a, b):
        return []
    # the speeds left out: "mph" in both is no shared word
    words_a = content_words(sentence_at(xa, a.start).replace(a.text, " "), xa.article.language)
    words_b = content_words(sentence_at(xb, b.start).replace(b.text, " "), xb.article.language)
    if not (words_a & words_b) - _no_subject(xa.article.language):
        return []
    message = (
        f'{xa.article.source} gives the speed as "{a.text}", {xb.article.source} as "{b.text}"'
    )
    side_a, side_b = side(xa, a.start, a.end, a.text), side(xb, b.start, b.end, b.text)
    return RULE.finding(ctx.name, SURE, message, side_a, side_b)


@cache
def _no_subject(language: str) -> frozenset[str]:
    """Words two unrelated sentences share: saying ("kata polisi"), and a day or a month."""
    lex = lexicon(language)
    words = set(every_language("speech_verbs")) | set(lex.weekdays) | set(lex.months)
    return frozenset(stem(w, language) for w in words)


def _agree(a: Speed, b: Speed) -> bool:
    slack = max(a.slack, b.slack)
    return a.low - slack <= b.high and b.low - slack <= a.high


def _one_speed(ctx: StoryContext, i: int) -> Speed | None:
    """The article's one speed: its first, when every other it gives agrees with it (a
    conversion in brackets); none when it gives two speeds (a storm's winds and its pace)."""
    key = ("speeds", i)
    if key not in ctx.memo:
        speeds = _speeds(ctx.extractions[i])
        one = speeds[0] if speeds and all(_agree(speeds[0], s) for s in speeds) else None
        ctx.memo[key] = one
    return ctx.memo[key]


def _speeds(x: Extraction) -> list[Speed]:
    lex = lexicon(x.article.language)
    pattern, factors = _pattern(x.article.language)
    found = []
    for region_start, region_end in x.article.regions:
        for match in pattern.finditer(x.article.text, region_start, region_end):
            try:
                low = digits_value(match.group("low"), lex)
                high = digits_value(match.group("high") or match.group("low"), lex)
            except ValueError:
                continue
            factor = factors[match.group("unit").casefold()]
            slack = rounding(high) * factor
            found.append(
                Speed(match.start(), match.end(), match.group(), low * factor, high * factor, slack)
            )
    return found


@cache
def _pattern(language: str) -> tuple[re.Pattern, dict[str, float]]:
    """A speed: a figure or a range of two ("20-25 mph", "60 sampai 80 km/jam") and a unit of
    speed of the language (speed_units: its factor to km/h)."""
    lex = lexicon(language)
    factors = {unit.casefold(): factor for unit, factor in lex.speed_units.items()}
    number = r"\d+(?:[.,]\d+)*"
    joins = alternation(lex.range_connectors)
    pattern = re.compile(
        rf"(?<![\w.,])(?P<low>{number})(?:\s*[-–]\s*|\s+(?:{joins})\s+)?(?P<high>{number})?"
        rf"\s*(?P<unit>{alternation(factors)})(?!\w)",
        re.IGNORECASE,
    )
    return pattern, factors


RULE = Rule(
    name="speed-conflict",
    kind="conflict",
    field="what",
    scope=Scope.SOURCES,
    check=check,
    summary="Two sources give the story's one speed two ways, beyond rounding or range.",
    why=(
        "How fast a truck, a train or a plane went is told in sentences too different to "
        "align ('mowing down groups at 40mph' / 'she estimated the truck moved at 20-25 "
        "mph'). When each of two articles a few days apart gives one speed in all it says "
        "(a conversion in brackets agrees with it), and the two sentences share a content "
        "word, two speeds further apart than a range and the rounding of either allow cannot "
        "both be right. An article with two speeds (a storm's winds and its pace) is left "
        "alone. Units are converted (speed_units per language)."
    ),
    examples=(
        Example("id", "truk itu melaju 80 km/jam", "truk melaju dengan kecepatan 30-40 km/jam"),
        Example("en", "the truck drove at 40mph", "she estimated the truck moved at 20-25 mph"),
    ),
)
