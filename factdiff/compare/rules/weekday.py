"""weekday-mismatch: a date whose weekday does not fit it, inside one article."""

from __future__ import annotations

from factdiff.compare.context import StoryContext, mention_side, side
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.model import Finding


def check(ctx: StoryContext, i: int) -> list[Finding]:
    x = ctx.extractions[i]
    findings = []
    for m in x.mentions:
        if m.type == "date" and m.note:
            a, b = mention_side(x, m), side(x, m.start, m.end, m.normalized)
            findings += RULE.finding(ctx.name, SURE, f'"{m.text}": {m.note}', a, b)
    return findings


RULE = Rule(
    name="weekday-mismatch",
    kind="conflict",
    field="when",
    scope=Scope.ARTICLE,
    check=check,
    summary="A date written with a weekday it does not fall on (one article on its own).",
    why=(
        "'Rabu (18/6/2026)' cannot be right: 18 June 2026 is a Thursday. Either the weekday or "
        "the date (often the year) is a typo, and the other outlets may repeat it."
    ),
    examples=(
        Example("id", "Rabu (18/6/2026)", "18/6/2026 adalah hari Kamis"),
        Example("en", "on Tuesday, March 5, 2025", "March 5, 2025 is a Wednesday"),
    ),
)
