"""quote-speaker: one quote given to two people ("kata Kompol Edison" / "kata Ipda Yulista")."""

from __future__ import annotations

import re

from factdiff.compare.context import StoryContext, side
from factdiff.compare.rule import OVERWHELMING, SURE, Example, Rule, Scope
from factdiff.compare.statements import same_quotes
from factdiff.model import Extraction, Finding, Mention
from factdiff.referents import person

SAME_WORDS = 0.75  # a quote this alike is one statement however it was retold


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """One statement, two speakers, when each source names its speaker at the quote itself
    and both speakers are people. A speaker carried over from an earlier paragraph ("...,"
    katanya / he said) may be the article's last speaker, not the quote's; an office or an
    organization ("JPU", "Kemlu") may stand for the person the other source names."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings = []
    for pair in same_quotes(ctx, i, j):
        a, b = pair.a, pair.b
        sa, sb = a.qualifier, b.qualifier
        if not (sa and sb) or pair.similarity < SAME_WORDS:
            continue
        if not (_a_person(xa, sa) and _a_person(xb, sb)):
            continue
        speaker_a, speaker_b = person(sa), person(sb)
        if ctx.referents.same(speaker_a, speaker_b) or ctx.referents.spelling_variant(
            speaker_a, speaker_b
        ):
            continue  # one speaker (spelt two ways: the spelling rule reports it)
        near_a, near_b = _paragraph(xa, a), _paragraph(xb, b)
        if not (_names(near_a, sa) and _names(near_b, sb)):
            continue  # a speaker carried over from before
        if _names(near_a, sb) or _names(near_b, sa):
            continue  # both people stand by the quote: who said it is not clear
        confidence = OVERWHELMING if pair.similarity >= 0.9 else SURE
        message = (
            f"one quote, two speakers: {sa} ({xa.article.source}) and {sb} ({xb.article.source})"
        )
        side_a, side_b = side(xa, a.start, a.end, sa), side(xb, b.start, b.end, sb)
        findings += RULE.finding(ctx.name, confidence, message, side_a, side_b)
    return findings


def _a_person(x: Extraction, name: str) -> bool:
    return any(m.type == "person" and name in (m.canonical, m.text) for m in x.mentions)


def _paragraph(x: Extraction, m: Mention) -> str:
    """The quote's own paragraph without the quote: where its speaker is named."""
    text = x.article.text
    begin = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    end = end if end >= 0 else len(text)
    return text[begin : m.start] + " " + text[m.end : end]


def _names(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph names the speaker (by the last word of the name, as a word)."""
    last = speaker.split()[-1]
    return re.search(rf"(?<!\w){re.escape(last)}(?!\w)", paragraph) is not None


RULE = Rule(
    name="quote-speaker",
    kind="conflict",
    field="who",
    scope=Scope.SOURCES,
    check=check,
    summary="The same quote attributed to two different people.",
    why=(
        "Words put in the wrong mouth are a grave error. Two near-identical quotes of one "
        "statement are compared when both sources name a person as the speaker in the quote's "
        "own paragraph, and neither names the other's: a speaker carried over from an earlier "
        "paragraph, or an office or organization, is not compared."
    ),
    examples=(
        Example(
            "id", '"Rencana itu gagal," kata Kompol Budi', '"Rencana itu gagal," kata Ipda Sari'
        ),
        Example(
            "en", '"We will rebuild," said Mayor Ortiz', '"We will rebuild," said Governor Lee'
        ),
    ),
)
