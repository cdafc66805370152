"""number-qualifier: the same number told more or less exactly ("lebih dari 200" / "200")."""

from __future__ import annotations

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side
from factdiff.compare.rule import PLAUSIBLE, Example, Rule, Scope
from factdiff.compare.rules.exclusive_bounds import bounds_exclude
from factdiff.compare.rules.numbers import facing_numbers
from factdiff.model import Finding


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    findings = []
    for _, a, b in facing_numbers(facts):
        if a.normalized != b.normalized or a.qualifier == b.qualifier:
            continue
        if bounds_exclude(facts.xa, a, facts.xb, b):
            continue  # bounds that exclude each other: bound-conflict
        message = (
            f'the same number with another qualifier: "{a.text}" ({facts.xa.article.source}) '
            f'and "{b.text}" ({facts.xb.article.source})'
        )
        side_a, side_b = mention_side(facts.xa, a), mention_side(facts.xb, b)
        findings += RULE.finding(ctx.name, PLAUSIBLE, message, side_a, side_b)
    return findings


RULE = Rule(
    name="number-qualifier",
    kind="specificity",
    field="what",
    scope=Scope.FACTS,
    check=check,
    summary="The same number with another qualifier (more than, about, nearly) (info).",
    why=(
        "'More than two years' and '2 years' agree, but one source is more exact than the "
        "other; an editor may want to know which. Reported as info."
    ),
    examples=(
        Example("id", "lebih dari dua tahun", "2 tahun"),
        Example("en", "about 200 people", "200 people"),
    ),
)
