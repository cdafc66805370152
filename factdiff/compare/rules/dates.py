"""date-conflict: another date for the same event ("Rabu (14/9)" / "Kamis (15/9)")."""

from __future__ import annotations

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side
from factdiff.compare.evidence import cited, weighed
from factdiff.compare.pairing import STRONG, event_in_both
from factdiff.compare.rule import OVERWHELMING, SURE, Example, Rule, Scope
from factdiff.model import Finding
from factdiff.values import dates_agree

MIN_DATE_SCORE = 0.55  # a weaker alignment than this never gives a date conflict


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    da, db = facts.slot("when")
    same_event = facts.fa.what == facts.fb.what or event_in_both(facts.fa, facts.fb)
    if len(da) != 1 or len(db) != 1 or facts.pair.score < MIN_DATE_SCORE or not same_event:
        return []  # another date only for the same event
    a, b = da[0], db[0]
    if dates_agree(a, b) is not False:
        return []
    if a.note or b.note or cited(facts.xa, a) or cited(facts.xb, b):
        return []  # a weekday that does not fit its date is told once, in its article; a
        # date of quoting ("dikutip Jumat") is no date of the event
    if a.unit != b.unit and "week" in (a.unit, b.unit):
        return []
    message = (
        f'another date for the same fact: "{a.text}" ({a.normalized}) in '
        f'{facts.xa.article.source}, "{b.text}" ({b.normalized}) in {facts.xb.article.source}'
    )
    confidence = OVERWHELMING if facts.pair.score >= STRONG else SURE
    confidence = weighed(confidence, facts.xa, a, facts.xb, b)
    side_a, side_b = mention_side(facts.xa, a), mention_side(facts.xb, b)
    return RULE.finding(ctx.name, confidence, message, side_a, side_b)


RULE = Rule(
    name="date-conflict",
    kind="conflict",
    field="when",
    scope=Scope.FACTS,
    check=check,
    summary="Two sources date the same event differently.",
    why=(
        "A wrong day moves an event. Each side's one date of aligned facts about the same "
        "event is compared as a span of days: a day inside 'last week', a range or a month "
        "agrees with it, a date without its year is compared by month and day, a weekday "
        "alone by the day it names."
    ),
    examples=(
        Example("id", "bertemu pada Rabu (14/9/2022)", "bertemu pada Kamis (15/9/2022)"),
        Example("en", "set sentencing for July 11", "set sentencing for July 18"),
    ),
)
