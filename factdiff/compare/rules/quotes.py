"""quote-wording: one statement quoted in other words by two sources."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import jellyfish

from factdiff.compare.context import StoryContext, side
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.compare.rules.speakers import same_quotes
from factdiff.lang import every_language
from factdiff.model import Finding

ORDINAL_SUFFIX = re.compile(r"(\d+)(?:st|nd|rd|th)")


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings = []
    for a, b in same_quotes(ctx, i, j):
        if a.normalized == b.normalized:
            continue
        words_a, words_b = (a.normalized or "").split(), (b.normalized or "").split()
        matcher = SequenceMatcher(None, words_a, words_b)
        speaker = a.qualifier or b.qualifier or "the speaker"
        if _only_spelt_differently(matcher, words_a, words_b):
            confidence, message = (
                PLAUSIBLE,
                f"{speaker}'s words are spelt differently (house style)",
            )
        elif _cut_short(words_a, words_b):
            longer = xa if len(words_a) > len(words_b) else xb
            confidence = PLAUSIBLE
            message = f"{speaker} is quoted at more length by {longer.article.source}"
        else:
            confidence = SURE
            message = (
                f"{speaker} is quoted in other words ({matcher.ratio():.0%} of the "
                "wording is the same)"
            )
        side_a, side_b = side(xa, a.start, a.end, a.text), side(xb, b.start, b.end, b.text)
        findings += RULE.finding(ctx.name, confidence, message, side_a, side_b)
    return findings


def _cut_short(words_a: list[str], words_b: list[str], least: int = 5) -> bool:
    """One quote is a stretch of the other, whole words in one piece: the same words cut
    short at either end ("There is a risk ... in the future" against the same with ", and
    it's not a trivial risk at all"). A word left out inside ("I will not resign" / "I will
    resign") is no cut: the words differ."""
    short, long_ = sorted((words_a, words_b), key=len)
    if len(short) < least:
        return False
    return f" {' '.join(short)} " in f" {' '.join(long_)} "


def _only_spelt_differently(
    matcher: SequenceMatcher, words_a: list[str], words_b: list[str]
) -> bool:
    """The same words in the same order, some spelt another way ("stabilize"/"stabilise",
    "menunjukkan"/"menunjukan"): no word added, dropped or replaced by another."""
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op != "replace" or i2 - i1 != j2 - j1:
            return False
        if not all(map(_house_style, words_a[i1:i2], words_b[j1:j2])):
            return False
    return True


def _house_style(x: str, y: str) -> bool:
    """One word spelt two ways: "stabilize"/"stabilise", "Nov."/"November", "5"/"5th"."""
    if jellyfish.damerau_levenshtein_distance(x, y) <= 2 and min(len(x), len(y)) >= 5:
        return x[:2] == y[:2]
    short, long_ = sorted((x, y), key=len)
    if len(short) > 2 and short in every_language("abbreviations") and long_.startswith(short):
        return True  # an abbreviation: "Nov", "Gov", "Sept"; not "can" / "cannot"
    return ORDINAL_SUFFIX.sub(r"\1", x) == ORDINAL_SUFFIX.sub(r"\1", y)


RULE = Rule(
    name="quote-wording",
    kind="quote",
    field="what",
    scope=Scope.SOURCES,
    check=check,
    summary="One statement quoted in other words by two sources.",
    why=(
        "A quote is a claim that someone said exactly these words. Quotes that share most of "
        "their words are one statement; a word changed, added or dropped inside is a warning, "
        "since 'I will not resign' and 'I will resign' differ by one word. A quote cut short at "
        "either end, or spelt in another house style ('stabilize' / 'stabilise'), is info."
    ),
    examples=(
        Example(
            "id", "Xi akan paling khawatir tentang perang", "Xi akan paling cemas tentang perang"
        ),
        Example("en", "I will not resign today", "I will resign today"),
    ),
)
