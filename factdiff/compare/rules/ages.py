"""age-conflict: one person given two ages ("Harris, 60" / "Harris, 59")."""

from __future__ import annotations

from factdiff.compare.context import StoryContext, mention_side
from factdiff.compare.rule import OVERWHELMING, SURE, Example, Rule, Scope
from factdiff.model import Finding, Mention
from factdiff.referents import person


def _ages(mentions: tuple[Mention, ...]) -> list[Mention]:
    return [m for m in mentions if m.type == "number" and m.unit == "age"]


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Wherever each article gives it, since an age belongs to the person, not to a clause.
    A year apart is a warning (a birthday may fall between two publications), more an
    error."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    ages_b = _ages(xb.mentions)
    findings = []
    for a in _ages(xa.mentions):
        for b in ages_b:
            if a.normalized == b.normalized or not ctx.referents.same(
                person(a.canonical), person(b.canonical)
            ):
                continue
            gap = abs(float(a.normalized or 0) - float(b.normalized or 0))
            message = (
                f"another age for {a.canonical}: {a.text} ({xa.article.source}) and "
                f"{b.text} ({xb.article.source})"
            )
            confidence = SURE if gap <= 1 else OVERWHELMING
            side_a, side_b = mention_side(xa, a), mention_side(xb, b)
            findings += RULE.finding(ctx.name, confidence, message, side_a, side_b)
            break
    return findings


RULE = Rule(
    name="age-conflict",
    kind="conflict",
    field="who",
    scope=Scope.SOURCES,
    check=check,
    summary="One person given two different ages by two sources.",
    why=(
        "An age in apposition ('Harvey Moeis (38)', 'Harris, 60,') belongs to the person "
        "wherever it stands, so ages are compared person by person across the articles. A "
        "year apart is a warning (a birthday may fall between two publications)."
    ),
    examples=(
        Example("id", "Harvey Moeis (38)", "Harvey Moeis (39)"),
        Example("en", "Harris, 60, said", "Ms. Harris, 59, said"),
    ),
)
