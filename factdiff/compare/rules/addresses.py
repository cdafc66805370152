"""address-conflict: one place put within two others, in addresses that two sources write
alike ("Jalan Tole Raya, Cibeureum, Depok" / "Jalan Tole Raya, Sukamaju, Depok")."""

from __future__ import annotations

import re

from factdiff.compare.context import NAME_TYPES, StoryContext, mention_side
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.model import Extraction, Finding, Mention

COMMA = re.compile(r"\s*,\s*")
SHORTEST = 3  # a place, what it lies in, and what that lies in


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Two addresses that begin with the same place and end their next step in the same
    place, with another place between: the street or village put in two districts."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings: list[Finding] = []
    for chain_a in _chains(ctx, i):
        for chain_b in _chains(ctx, j):
            pair = _between(ctx, chain_a, chain_b)
            if pair is None:
                continue
            a, b = pair
            message = (
                f'{xa.article.source} puts {chain_a[0].text} in "{a.text}", '
                f'{xb.article.source} in "{b.text}", both within {chain_a[2].text}'
            )
            findings += RULE.finding(
                ctx.name, SURE, message, mention_side(xa, a), mention_side(xb, b)
            )
    return findings


def _between(
    ctx: StoryContext, chain_a: list[Mention], chain_b: list[Mention]
) -> tuple[Mention, Mention] | None:
    """The two places between a shared first place and a shared place after them, when they
    are two places of one kind and neither is named in the other address (a level one
    source skips: "Jalan Melati, Tebet, Jakarta" / "Jalan Melati, Menteng Dalam, Tebet")."""
    if not (_one_place(ctx, chain_a[0], chain_b[0]) and _one_place(ctx, chain_a[2], chain_b[2])):
        return None
    a, b = chain_a[1], chain_b[1]
    if a.type != "place" or b.type != "place" or _one_place(ctx, a, b):
        return None
    if any(_one_place(ctx, a, m) for m in chain_b) or any(_one_place(ctx, b, m) for m in chain_a):
        return None
    places = ctx.referents
    if places.place_kinds(a) != places.place_kinds(b) or places.more_specific(a, b):
        return None
    return a, b


def _one_place(ctx: StoryContext, a: Mention, b: Mention) -> bool:
    """One place, its administrative word aside ("Depok" / "Kota Depok")."""
    if ctx.referents.same(a, b):
        return True
    pa, pb = ctx.referents.places.lookup(a.text), ctx.referents.places.lookup(b.text)
    return pa is not None and pa == pb


def _chains(ctx: StoryContext, i: int) -> list[list[Mention]]:
    """The article's addresses: names written one after another with only a comma between,
    the first a place, at least three long; made once per article. A list of places of one
    kind ("Bandung, Bogor, Depok") is no address: each name would lie in the next."""
    key = ("addresses", i)
    if key not in ctx.memo:
        ctx.memo[key] = _addresses(ctx, ctx.extractions[i])
    return ctx.memo[key]


def _addresses(ctx: StoryContext, x: Extraction) -> list[list[Mention]]:
    text = x.article.text
    names: list[Mention] = []
    for m in sorted(x.mentions, key=lambda m: (m.start, -m.end)):
        if m.type in NAME_TYPES and (not names or m.start >= names[-1].end):
            names.append(m)
    chains: list[list[Mention]] = []
    run: list[Mention] = []
    for m in names:
        if run and COMMA.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        chains.append(run)
        run = [m]
    chains.append(run)
    return [c for c in chains if len(c) >= SHORTEST and c[0].type == "place" and _nested(ctx, c)]


def _nested(ctx: StoryContext, chain: list[Mention]) -> bool:
    """Whether no two neighbours of the address are known places of one kind (a list)."""
    kinds = [ctx.referents.places.kinds(m.text) for m in chain]
    return not any(k and k & n for k, n in zip(kinds, kinds[1:], strict=False))


RULE = Rule(
    name="address-conflict",
    kind="conflict",
    field="where",
    scope=Scope.SOURCES,
    check=check,
    summary="One place put within two different places in two sources' addresses.",
    why=(
        "A street, a village or a building lies in one district: where an address is "
        "written as a place followed by what contains it ('Jalan X, Sukmajaya, Depok'), two "
        "sources that begin with the same place and reach the same town through two other "
        "places cannot both be right, whatever event each sentence tells. A level one source "
        "leaves out (a place the other address names anywhere) and a list of places of one "
        "kind are no conflict."
    ),
    examples=(
        Example(
            "id",
            "ditangkap di Jalan Tole Raya, Cibeureum, Depok",
            "diamankan di Jalan Tole Raya, Sukamaju, Depok",
        ),
        Example(
            "en",
            "the fire at 12 Mill Lane, Marchmont, Edinburgh",
            "the blaze on Mill Lane, Bruntsfield, Edinburgh",
        ),
    ),
)
