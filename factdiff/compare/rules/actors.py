"""actor-conflict: another person for the same event ("bertemu Xi" / "bertemu Putin")."""

from __future__ import annotations

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side
from factdiff.compare.pairing import CLOSE, STRONG, remainders
from factdiff.compare.rule import OVERWHELMING, SURE, Example, Rule, Scope
from factdiff.model import Finding, Mention
from factdiff.referents import person
from factdiff.text import plain


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    """After pairing off the persons both name, each side has one the other lacks. Sure (an
    error) when both are people the two articles know; otherwise only on a closely aligned
    fact (a warning)."""
    fa, fb = facts.fa, facts.fb
    who_a, who_b = facts.slot("who")
    ma = [m for m in who_a if m.type == "person"]
    mb = [m for m in who_b if m.type == "person"]
    rest_a, rest_b = remainders(ma, mb, ctx.referents)
    if not (rest_a and rest_b) or fa.what != fb.what or not fa.what:
        return []
    pair = facts.pair
    known = ctx.names_by_article[pair.a.article] & ctx.names_by_article[pair.b.article]
    known_a = [m for m in rest_a if plain(m.canonical) in known]
    known_b = [m for m in rest_b if plain(m.canonical) in known]
    if len(known_a) == 1 and len(known_b) == 1:
        a, b = known_a[0], known_b[0]
        confidence = OVERWHELMING if pair.score >= STRONG else SURE
    elif (
        len(rest_a) == 1
        and len(rest_b) == 1
        and (pair.score >= CLOSE or _same_office(rest_a[0], rest_b[0]))
    ):
        a, b = rest_a[0], rest_b[0]
        confidence = SURE
    else:
        return []
    full_a, full_b = person(a.canonical), person(b.canonical)
    if plain(a.text) == plain(b.text) or ctx.referents.spelling_variant(full_a, full_b):
        return []  # one person spelt two ways: the spelling rule reports it
    message = (
        f'another actor for "{fa.what_text}": {facts.xa.article.source} names {a.canonical}, '
        f"{facts.xb.article.source} names {b.canonical}"
    )
    side_a, side_b = mention_side(facts.xa, a), mention_side(facts.xb, b)
    return RULE.finding(ctx.name, confidence, message, side_a, side_b)


def _same_office(a: Mention, b: Mention) -> bool:
    """Two people given one particular office ("Gubernur Jawa Barat"): one of them is wrong."""
    return len(a.qualifier.split()) > 1 and plain(a.qualifier) == plain(b.qualifier)


RULE = Rule(
    name="actor-conflict",
    kind="conflict",
    field="who",
    scope=Scope.FACTS,
    check=check,
    summary="Two sources name different people as the actor of the same event.",
    why=(
        "Who did it is the first fact of a story. Aligned facts with the same event word are "
        "compared once the persons both sources name are paired off; an error when each side "
        "is left with one person both articles know and the facts align strongly, a warning "
        "on a close alignment or when both people are given the same office."
    ),
    examples=(
        Example(
            "id", "Putin akan bertemu Xi di Samarkand", "Putin akan bertemu Putin di Samarkand"
        ),
        Example("en", "Biden met Albanese in Tokyo", "Biden met Kishida in Tokyo"),
    ),
)
