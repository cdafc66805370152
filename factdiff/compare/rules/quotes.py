"""quote-wording: one statement quoted in other words by two sources."""

from __future__ import annotations

import re
from dataclasses import replace

from factdiff.compare.context import StoryContext, side
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.compare.statements import (
    Change,
    QuotePair,
    same_quotes,
    told_in_writing,
    translated,
)
from factdiff.model import Finding

RELATED = 0.6  # of the words both quotes cover: the same statement, retold
REWORDED = 2  # words said instead of others: more is a paraphrase, not a slip


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings = []
    for pair in same_quotes(ctx, i, j):
        if not pair.changes:
            continue  # the same words, or one quote cut short of the other
        house = [c for c in pair.changes if _house_names(ctx, i, j, c)]
        if house:
            pair = replace(pair, changes=tuple(c for c in pair.changes if c not in house))
        if pair.changes:
            confidence, message = _judged(ctx, i, j, pair)
        else:
            speaker = pair.a.qualifier or pair.b.qualifier or "the speaker"
            message = f"{speaker} is quoted with each outlet's own name: {_what(house)}"
            confidence = PLAUSIBLE
        a, b = pair.a, pair.b
        side_a, side_b = side(xa, a.start, a.end, a.text), side(xb, b.start, b.end, b.text)
        findings += RULE.finding(ctx.name, confidence, message, side_a, side_b)
    return findings


def _judged(ctx: StoryContext, i: int, j: int, pair: QuotePair) -> tuple[float, str]:
    """How sure it is that one statement is misquoted, and why: a name, number or negation
    changed in a quote that is otherwise the same; a word said instead of another in a
    near-identical quote; a written statement quoted with other content words (an article
    or a comma is house style). A spoken statement
    retold with words added or dropped is worth a look, not a warning: reporters transcribe
    speech differently."""
    speaker = pair.a.qualifier or pair.b.qualifier or "the speaker"
    similar = f"{pair.similarity:.0%} of the words the same"
    if translated(ctx, i, pair.a) or translated(ctx, j, pair.b):
        changed = [c for c in pair.material if not _names_only(c)]
        if changed and pair.similarity >= RELATED:
            return SURE, f"{speaker} is quoted with {_what(changed)} changed ({similar})"
        return PLAUSIBLE, f"{speaker} is translated in other words ({similar})"
    if pair.material and pair.similarity >= RELATED:
        return SURE, f"{speaker} is quoted with {_what(pair.material)} changed ({similar})"
    if 0 < len(pair.reworded) <= REWORDED and pair.similarity >= RELATED:
        return SURE, f"{speaker} is quoted with {_what(pair.reworded)} changed ({similar})"
    content = any(c.content_a or c.content_b for c in pair.changes)
    if content and told_in_writing(ctx, i, pair.a) and told_in_writing(ctx, j, pair.b):
        return SURE, f"{speaker}'s written statement is quoted in other words ({similar})"
    return PLAUSIBLE, f"{speaker} is quoted with {_what(pair.changes)} ({similar})"


def _house_names(ctx: StoryContext, i: int, j: int, change: Change) -> bool:
    """A name in a quote that is the outlet's own name for one body: the two names are given
    as one in brackets, or each outlet writes its own throughout and never the other's
    ("KOI" / "NOC Indonesia"); not another referent ("Xi" / "Putin", both in both)."""
    names_a = [w for w in change.a if w[:1].isupper()]
    names_b = [w for w in change.b if w[:1].isupper()]
    if not names_a or not names_b or len(change.a) != len(names_a) or len(change.b) != len(names_b):
        return False
    text_a, text_b = ctx.extractions[i].article.text, ctx.extractions[j].article.text
    name_a, name_b = " ".join(names_a), " ".join(names_b)
    if any(_aliased(text, name_a, name_b) for text in (text_a, text_b)):
        return True  # "NOC Indonesia (Komite Olimpiade Indonesia/KOI)"
    return not _writes(text_b, name_a) and not _writes(text_a, name_b)


def _aliased(text: str, x: str, y: str) -> bool:
    """Whether the text gives one name the other in brackets: one body's two names."""
    for first, second in ((x, y), (y, x)):
        pattern = (  # a word or two may close the name first: "NOC Indonesia (KOI)"
            rf"(?<!\w){re.escape(first)}(?:\s+\w+){{0,2}}\s*\([^)]*"
            rf"(?<!\w){re.escape(second)}(?!\w)[^)]*\)"
        )
        if re.search(pattern, text):
            return True
    return False


def _writes(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None


def _names_only(change: Change) -> bool:
    """A change of names alone, which a translation may spell its own way."""
    return not any(w[:1].isdigit() for w in change.a + change.b) and change.negation is False


def _what(changes: list[Change]) -> str:
    shown = [f'"{" ".join(c.a) or "-"}" / "{" ".join(c.b) or "-"}"' for c in changes[:3]]
    return ", ".join(shown)


RULE = Rule(
    name="quote-wording",
    kind="quote",
    field="what",
    scope=Scope.SOURCES,
    check=check,
    summary="One statement quoted in other words by two sources.",
    why=(
        "A quote is a claim that someone said exactly these words. Two quotes are one statement "
        "when they share a run of words in order (see factdiff/compare/statements.py). A name, "
        "number or negation changed ('I will not resign' / 'I will resign'), or a content word "
        "said instead of another in a near-identical quote, is a warning; so is a written "
        "statement quoted in other words. A spoken statement retold with words added or "
        "dropped is info; a quote cut short at either end, spoken forms ('nggak' / 'tidak'), "
        "fillers and house spelling are nothing."
    ),
    examples=(
        Example(
            "id", "Xi akan paling khawatir tentang perang", "Xi akan paling cemas tentang perang"
        ),
        Example("en", "I will not resign today", "I will resign today"),
    ),
)
