"""figure-retold: an article retells in its own words a figure that the quote beside it gives,
with another value ("Dia mengaku dicecar sebanyak dua pertanyaan oleh penyidik." / "Jadi
tadi ada sekitar 12 pertanyaan oleh penyidik," ujar Iwan)."""

from __future__ import annotations

import re

from factdiff.compare.context import StoryContext, mention_side
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.compare.rules.numbers import quantity, unit_key
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention

NEAR = 600  # characters: the paraphrase stands beside the quote it retells
NEXT_WORDS = 2
WORD = re.compile(r"[^\W\d_]+")


def check(ctx: StoryContext, i: int) -> list[Finding]:
    x = ctx.extractions[i]
    quotes = [(m.start, m.end) for m in x.mentions if m.type == "quote"]
    if not quotes:
        return []
    figures = [
        m
        for m in x.mentions
        if m.type == "number" and m.unit and m.unit != "age" and not unit_key(m).endswith("#")
    ]
    quoted = [m for m in figures if any(s <= m.start < e for s, e in quotes)]
    told = [m for m in figures if m not in quoted]
    findings = []
    for t in told:
        retold = [q for q in quoted if _retells(x, t, q)]
        if len(retold) != 1:
            continue  # none, or a paraphrase that could be of either of two
        q = retold[0]
        message = (
            f'the article says "{t.text}" where the quote beside it says "{q.text}" '
            f"({x.article.source})"
        )
        findings += RULE.finding(ctx.name, SURE, message, mention_side(x, t), mention_side(x, q))
    return findings


def _retells(x: Extraction, told: Mention, quoted: Mention) -> bool:
    """Whether a figure told outside a quote retells one inside it: near it, counting the
    same noun, followed by the same words ("pertanyaan oleh penyidik"), one of them a content
    word; and another value, not one within the other's rounding."""
    if abs(told.start - quoted.start) > NEAR or unit_key(told) != unit_key(quoted):
        return False
    if told.normalized == quoted.normalized:
        return False
    qa, qb = quantity(told), quantity(quoted)
    if (qa.approximate or qb.approximate) and qa.within(qb):
        return False
    after_told, after_quoted = _next_words(x, told), _next_words(x, quoted)
    stopwords = lexicon(x.article.language).stopwords
    return (
        len(after_told) == NEXT_WORDS
        and after_told == after_quoted
        and any(w not in stopwords for w in after_told)
    )


def _next_words(x: Extraction, m: Mention) -> tuple[str, ...]:
    """The words right after a figure and its noun, up to the clause's end."""
    after = x.article.text[m.end : m.end + 60]
    after = re.split(r"[,;:.!?\"“”()]", after, maxsplit=1)[0]
    return tuple(w.casefold() for w in WORD.findall(after)[:NEXT_WORDS])


RULE = Rule(
    name="figure-retold",
    kind="conflict",
    field="what",
    scope=Scope.ARTICLE,
    check=check,
    summary="An article retells a figure the quote beside it gives, with another value.",
    why=(
        "A reporter's paraphrase of what a speaker said should carry the speaker's figure. A "
        "figure outside a quote is set against one inside a quote of the same article when "
        "they stand near each other, count the same noun and are followed by the same words "
        "(one of them a content word); one value within the other's rounding is left alone, "
        "and so is a paraphrase that could retell either of two quoted figures."
    ),
    examples=(
        Example(
            "id",
            "diperiksa dengan dua pertanyaan oleh penyidik",
            '"ada 12 pertanyaan oleh penyidik," ujarnya',
            "in one article",
        ),
        Example(
            "en",
            "she said 40 homes burned down",
            '"I watched 14 homes burned down," she said',
            "in one article",
        ),
    ),
)
