"""quote-date: one statement said on two different days, by two sources' account."""

from __future__ import annotations

from factdiff.compare.context import StoryContext, mention_side
from factdiff.compare.evidence import cited
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.compare.statements import same_quotes
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.text import sentences
from factdiff.values import dates_agree

REACH = 200  # characters after a quote where its attribution tells when it was said


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Two quotes of one statement whose attributions, in the quote's own sentence, give
    two different days ("kata Jadi dalam keterangannya Selasa (17/6)" / "dalam keterangan
    resmi, Rabu (18/6)"): a statement is made once."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings: list[Finding] = []
    for pair in same_quotes(ctx, i, j):
        da, db = said_on(xa, pair.a), said_on(xb, pair.b)
        if da is None or db is None or cited(xa, da) or cited(xb, db):
            continue  # "dikutip Jumat": the day an outlet quoted it, not the day it was said
        if dates_agree(da, db) is not False:
            continue
        speaker = pair.a.qualifier or pair.b.qualifier or "one speaker"
        message = (
            f'{speaker}\'s statement is dated "{da.text}" ({xa.article.source}) and '
            f'"{db.text}" ({xb.article.source})'
        )
        findings += RULE.finding(
            ctx.name, SURE, message, mention_side(xa, da), mention_side(xb, db)
        )
    return findings


def said_on(x: Extraction, quote: Mention) -> Mention | None:
    """The day the attribution after a quote gives, in the quote's own sentence: a date
    of a day, with no weekday that does not fit it."""
    end = _sentence_end(x, quote.end)
    for m in x.mentions:
        if (
            m.type == "date"
            and quote.end <= m.start < end
            and m.unit == "day"
            and not m.note
            and m.normalized
        ):
            return m
    return None


def _sentence_end(x: Extraction, offset: int) -> int:
    article = x.article
    for begin, end in sentences(article.text, article.regions, lexicon(article.language)):
        if begin <= offset < end:
            return min(end, offset + REACH)
    return min(len(article.text), offset + REACH)


RULE = Rule(
    name="quote-date",
    kind="conflict",
    field="when",
    scope=Scope.SOURCES,
    check=check,
    summary="One statement dated to two different days.",
    why=(
        "A statement, a press release or an interview is given once; two outlets that quote "
        "the same words and date them to two days cannot both be right. The day is read from "
        "the attribution in the quote's own sentence ('kata Jadi dalam keterangannya, Selasa "
        "(17/6/2025)'), and a weekday that does not fit its date is left to the weekday rule."
    ),
    examples=(
        Example("id", "kata Jadi, Selasa (17/6/2025)", "kata Jadi, Rabu (18/6/2025)"),
        Example("en", "she said in a statement on Monday, June 16", "she said on June 17"),
    ),
)
