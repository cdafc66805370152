"""place-conflict: another place of the same kind for the same event ("Tuban" / "Lamongan")."""

from __future__ import annotations

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side
from factdiff.compare.evidence import weighed
from factdiff.compare.pairing import event_in_both, places_facing, same_bearing
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.model import Finding


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    ma, mb = facts.slot("where")
    _, rest_a, rest_b = places_facing(facts, ctx.referents)
    places_a = [m for m in rest_a if m.type == "place" and ctx.referents.place_kinds(m)]
    places_b = [m for m in rest_b if m.type == "place" and ctx.referents.place_kinds(m)]
    if len(ma) != len(mb):
        # one side names more places ("a flight from Bangkok crashed at Gimpo International
        # Airport" / "... at Muan International Airport"): only a facility, named by its
        # kind, still faces the other side's one facility of that kind
        places_a = [m for m in places_a if not ctx.referents.places.kinds(m.text)]
        places_b = [m for m in places_b if not ctx.referents.places.kinds(m.text)]
    if len(places_a) != 1 or len(places_b) != 1:
        return []
    a, b = places_a[0], places_b[0]
    if not (event_in_both(facts.fa, facts.fb) or same_bearing(facts, a, b)):
        return []
    # New York (city) / London; Rutan Salemba / Rutan Cipinang (two jails)
    if not ctx.referents.place_kinds(a) & ctx.referents.place_kinds(b):
        return []
    message = (
        f'{facts.xa.article.source} places it in "{a.text}", '
        f'{facts.xb.article.source} in "{b.text}"'
    )
    side_a, side_b = mention_side(facts.xa, a), mention_side(facts.xb, b)
    confidence = weighed(SURE, facts.xa, a, facts.xb, b)
    return RULE.finding(ctx.name, confidence, message, side_a, side_b)


RULE = Rule(
    name="place-conflict",
    kind="conflict",
    field="where",
    scope=Scope.FACTS,
    check=check,
    summary="Two sources put the same event in two different places of the same kind.",
    why=(
        "Another town, country or facility for one event is a factual error in one of the "
        "sources. Only places of one kind are compared (two towns, two jails, two airports), "
        "of aligned facts that tell the same event or give the place after the same word; a "
        "place one source adds is no conflict."
    ),
    examples=(
        Example("id", "130 km timur laut Tuban", "130 km timur laut Lamongan"),
        Example("en", "held at Belmarsh Prison", "held at Wandsworth Prison"),
    ),
)
