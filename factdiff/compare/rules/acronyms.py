"""acronym-expansion: one acronym spelt out with another word by one source ("Energi dan
Sumber Daya Alam (ESDM)" / "Energi dan Sumber Daya Mineral (ESDM)")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factdiff.compare.context import StoryContext, mention_side
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.model import Extraction, Finding, Mention

# a run of capitalised words (and the lower-case words between them) before "(ACRONYM)"
SPELT_OUT = re.compile(
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,5}|&)){1,10})\s*\(([A-Z]{2,8})\)"
)


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """An acronym both sources spell out, one with words whose initials give it and the other
    with one of those words changed, so that its initials no longer do."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings: list[Finding] = []
    theirs = {acronym: (start, words) for start, acronym, words in _spelt_out_of(ctx, j)}
    for start, acronym, words in _spelt_out_of(ctx, i):
        if acronym not in theirs:
            continue
        their_start, their_words = theirs[acronym]
        right_a, right_b = _spells(words, acronym), _spells(their_words, acronym)
        if right_a == right_b or len(words) != len(their_words):
            continue
        differing = [(a, b) for a, b in zip(words, their_words, strict=True) if a[1] != b[1]]
        if len(differing) != 1:
            continue
        (wa_start, wa), (wb_start, wb) = differing[0]
        if _glued(wa) or _glued(wb):
            continue  # "JakartaOtoritas": a dateline run into the name by the scraper
        ma = Mention("organization", start + wa_start, start + wa_start + len(wa), wa, wa)
        mb = Mention(
            "organization", their_start + wb_start, their_start + wb_start + len(wb), wb, wb
        )
        wrong, right = (xa.article.source, xb.article.source)[:: 1 if right_b else -1]
        message = (
            f'{acronym} is spelt out with "{wa}" ({xa.article.source}) and "{wb}" '
            f"({xb.article.source}); only {right}'s words give its initials, not {wrong}'s"
        )
        findings += RULE.finding(
            ctx.name, SURE, message, mention_side(xa, ma), mention_side(xb, mb)
        )
    return findings


def _spelt_out_of(ctx: StoryContext, i: int) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """``_spelt_out`` of the ith article, read once a story: each pair of sources asks."""
    key = ("spelt_out", i)
    if key not in ctx.memo:
        ctx.memo[key] = list(_spelt_out(ctx.extractions[i]))
    return ctx.memo[key]


def _spelt_out(x: Extraction) -> Iterator[tuple[int, str, list[tuple[int, str]]]]:
    """Each acronym an article spells out, with the capitalised words before it as many as
    it has letters (offsets from ``start``), at its first spelling out."""
    text, seen = x.article.text, set()
    for match in SPELT_OUT.finditer(text):
        acronym = match.group(2)
        if acronym in seen:
            continue
        seen.add(acronym)
        words = [
            (w.start(), w.group())
            for w in re.finditer(r"\S+", match.group(1))
            if w.group()[0].isupper()
        ]
        if len(words) >= len(acronym):
            yield match.start(1), acronym, words[-len(acronym) :]


def _glued(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) and not word.isupper()


def _spells(words: list[tuple[int, str]], acronym: str) -> bool:
    return "".join(w[0] for _, w in words).upper() == acronym


RULE = Rule(
    name="acronym-expansion",
    kind="spelling",
    field="who",
    scope=Scope.SOURCES,
    check=check,
    summary="One acronym spelt out with another word, its initials no longer fitting.",
    why=(
        "An outlet that spells out an acronym gives the reader the body's full name; when "
        "two outlets spell out the same acronym and one of them changes a word so that the "
        "initials no longer give it ('Sumber Daya Alam' for the M of ESDM), that one named "
        "the body wrongly. Both spellings must differ in one word only and one of them must "
        "give the acronym's initials; two renderings that both fit ('Flexible Working "
        "Arrangement' / 'Flexible Work Arrangements') are left alone."
    ),
    examples=(
        Example(
            "id",
            "Kementerian Energi dan Sumber Daya Mineral (ESDM)",
            "Kementerian Energi dan Sumber Daya Alam (ESDM)",
        ),
        Example(
            "en",
            "the International Atomic Energy Agency (IAEA)",
            "the International Nuclear Energy Agency (IAEA)",
        ),
    ),
)
