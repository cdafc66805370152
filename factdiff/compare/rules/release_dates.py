"""release-date: one statement, filing or post dated to two different days ("said in a filing
on Friday" / "in its filing late Thursday", "unggahan Instagram, Kamis (19/6)" / "Lewat
Instagram pada 18 Juni")."""

from __future__ import annotations

import re

from factdiff.compare.context import StoryContext, mention_side
from factdiff.compare.evidence import WORD, cited
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.values import date_value, dates_agree

REACH = 70  # characters before a date in which the release it dates is named


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """A kind of release (a filing, a written statement, an Instagram post) that each source
    dates once, to a day, and the two days differ. An article that dates the same kind of
    release to two days is telling of two releases, and is left out."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    ours, theirs = _dated(xa), _dated(xb)
    findings: list[Finding] = []
    for word, da in ours.items():
        db = theirs.get(word)
        if db is None:
            continue
        if dates_agree(da, db) is not False:
            continue
        message = (
            f'the {word} is dated "{da.text}" ({xa.article.source}) and "{db.text}" '
            f"({xb.article.source})"
        )
        findings += RULE.finding(
            ctx.name, SURE, message, mention_side(xa, da), mention_side(xb, db)
        )
    return findings


def _dated(x: Extraction) -> dict[str, Mention]:
    """Each release word of the article dated to exactly one day just before the date."""
    text, lex = x.article.text, lexicon(x.article.language)
    dates: dict[str, list[Mention]] = {}
    for m in x.mentions:
        if m.type != "date" or not m.normalized or m.note or cited(x, m):
            continue
        value = date_value(m.normalized)
        if value is None or not (value.is_day or value.weekday is not None):
            continue
        before = text[max(0, m.start - REACH) : m.start].casefold()
        for word in lex.release_words:
            # an inflected form is the same release: "keterangannya", "filings"
            if re.search(rf"(?<!\w){re.escape(word)}\w{{0,3}}(?!\w)", before) and _no_other_date(
                x, m, before
            ):
                dates.setdefault(word, []).append(m)
    return {
        word: found[0] for word, found in dates.items() if len({m.normalized for m in found}) == 1
    }


def _no_other_date(x: Extraction, m: Mention, before: str) -> bool:
    """No date between the release word and this one ("rilis, dikutip Jumat, ... Kamis")."""
    return not any(
        o.type == "date" and m.start - len(before) <= o.start < m.start for o in x.mentions
    ) and bool(WORD.findall(before))


RULE = Rule(
    name="release-date",
    kind="conflict",
    field="when",
    scope=Scope.SOURCES,
    check=check,
    summary="One statement, filing or post dated to two different days.",
    why=(
        "A company's filing, an official's written statement or a celebrity's post is made "
        "once, and two outlets that date it to two days cannot both be right. Only a release "
        "each outlet dates once, to one day, is compared; the day an outlet quoted it "
        "('dikutip Jumat') is not when it was made."
    ),
    examples=(
        Example(
            "id", "dalam unggahan Instagram, Kamis (19/6/2025)", "lewat Instagram pada 18 Juni 2025"
        ),
        Example(
            "en",
            "the company said in a filing on Friday",
            "Goldman said in its filing late Thursday",
        ),
    ),
)
