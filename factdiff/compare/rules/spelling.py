"""name-spelling: one name spelt two ways across sources ("Shanghai" / "Shahai")."""

from __future__ import annotations

from factdiff.compare.context import (
    NAME_TYPES,
    StoryContext,
    field_of,
    mention_side,
)
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.model import Extraction, Finding, Mention
from factdiff.text import plain


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Spelling variants of a name between two sources, wherever they stand in the articles:
    a name one source writes and the other never does, close enough to one of the other's
    names to be the same (even when that source also writes it right elsewhere)."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    first_a, first_b = _first_mentions(xa), _first_mentions(xb)
    only_a, only_b = _unmatched(first_a, first_b, ctx), _unmatched(first_b, first_a, ctx)
    pairs = [(ma, mb) for ma in only_a for mb in first_b.values()]
    taken = {id(m) for m in only_a}
    pairs += [(ma, mb) for mb in only_b for ma in first_a.values() if id(ma) not in taken]
    # full names before lone words, so "Jerome Powell"/"Jerome Pwell" is the one reported
    pairs.sort(key=lambda p: len(p[0].text.split()) != len(p[1].text.split()))
    findings = []
    reported: set[int] = set()
    for ma, mb in pairs:
        if id(ma) in reported or id(mb) in reported:
            continue  # one finding per variant
        if ctx.referents.spelling_variant(ma, mb):
            reported.update((id(ma), id(mb)))
            message = (
                f'"{ma.text}" ({xa.article.source}) and "{mb.text}" ({xb.article.source}) '
                "look like one name spelt two ways"
            )
            side_a, side_b = mention_side(xa, ma), mention_side(xb, mb)
            findings += RULE.finding(ctx.name, SURE, message, side_a, side_b, field_of(ma, xa))
    return findings


def _unmatched(
    ours: dict[str, Mention], theirs: dict[str, Mention], ctx: StoryContext
) -> list[Mention]:
    """Our names that no name of theirs stands for (an equal canonical form settles most).
    Their acronym stands for no full name of ours: "SCO" does not vouch for "Shahghai
    Cooperation Organisation" when they write "Shanghai Cooperation Organisation" too."""
    canonical = {plain(m.canonical) for m in theirs.values()}
    return [
        m
        for m in ours.values()
        if plain(m.canonical) not in canonical
        and not any(
            ctx.referents.same(m, n) and not (n.text.isupper() and " " in m.text)
            for n in theirs.values()
        )
    ]


def _first_mentions(x: Extraction) -> dict[str, Mention]:
    first: dict[str, Mention] = {}
    for m in x.mentions:
        if m.type in NAME_TYPES:
            first.setdefault(plain(m.text), m)
    return first


RULE = Rule(
    name="name-spelling",
    kind="spelling",
    field="who/where",
    scope=Scope.SOURCES,
    check=check,
    summary="A name that one source spells differently from another.",
    why=(
        "A misspelt name is the commonest slip in a rewrite, and a reader cannot tell which "
        "outlet is right. Two names are one spelt two ways when every differing word is close "
        "(Jaro-Winkler) and starts with the same letter; the same referent written in full or "
        "short ('Xi' / 'Xi Jinping'), with or without accents, or as a nickname ('Jokowi') is "
        "no finding, nor are two places that both exist."
    ),
    examples=(
        Example("id", "KTT Organisasi Kerjasama Shanghai", "KTT Organisasi Kerjasama Shahai"),
        Example("en", "Prime Minister Manuel Valls", "Prime Minister Manual Valls"),
    ),
)
