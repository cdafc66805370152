"""place-specificity: one source names a place within the other's ("Asia" / "Asia Tengah")."""

from __future__ import annotations

import re

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side
from factdiff.compare.pairing import places_facing
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention

NEXT_WORD = re.compile(r"\s*,\s*(\w+)")


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    nested, _, _ = places_facing(facts, ctx.referents)
    findings = []
    for a, b, which in nested:
        vague, exact = (a, b) if which == "b" else (b, a)
        vx, ex = (facts.xa, facts.xb) if which == "b" else (facts.xb, facts.xa)
        message = (
            f'"{exact.text}" ({ex.article.source}) is more specific than '
            f'"{vague.text}" ({vx.article.source}) for the same fact'
        )
        side_a, side_b = mention_side(facts.xa, a), mention_side(facts.xb, b)
        # "ujar Yuliot di Kementerian ESDM, Jakarta Pusat, Jumat (20/6)" against "..., Jakarta,
        # Jumat (20/6)": the city's part named where a statement was given, each outlet's
        # house style of dateline (but "Pendopo Cianjur" against "Indonesia" says less)
        dateline = (
            set(vague.text.split()) < set(exact.text.split())
            and _dateline(facts.xa, a)
            and _dateline(facts.xb, b)
        )
        findings += RULE.finding(ctx.name, PLAUSIBLE if dateline else SURE, message, side_a, side_b)
    return findings


def _dateline(x: Extraction, m: Mention) -> bool:
    """A place followed by a weekday after a comma: where and when a statement was given."""
    found = NEXT_WORD.match(x.article.text, m.end)
    return bool(found) and found.group(1).lower() in lexicon(x.article.language).weekdays


RULE = Rule(
    name="place-specificity",
    kind="specificity",
    field="where",
    scope=Scope.FACTS,
    check=check,
    summary="One source places a fact more precisely than another (a place within a place).",
    why=(
        "A vaguer place is not wrong, but a rewrite that turns 'Central Asia' into 'Asia' (or "
        "the reverse) changes what the reader learns. Two places of the same slot of aligned "
        "facts are compared: one within the other by the gazetteer (Samarkand in Uzbekistan) "
        "or by a geographic qualifier (Java / East Java)."
    ),
    examples=(
        Example("id", "pengaruh terhadap Asia", "pengaruh terhadap Asia Tengah"),
        Example("en", "the quake struck Java", "the quake struck West Java"),
    ),
)
