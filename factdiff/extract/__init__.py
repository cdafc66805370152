"""The extract stage: an Article in, its mentions and fact tuples out."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from factdiff.dates import find_dates, needs_anchor, reanchor
from factdiff.extract.facts import build_facts, date_term
from factdiff.extract.names import Context, Tagger, find_names
from factdiff.extract.numbers import ages, find_numbers
from factdiff.extract.quotes import find_quotes
from factdiff.extract.times import find_times
from factdiff.lang import lexicon
from factdiff.model import Article, Extraction
from factdiff.places import gazetteer
from factdiff.text import sentences

LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
# capitalised words inside a sentence: after a lower-case word or a comma
NAME_WORDS = re.compile(r"(?:\b[a-z]+|,)((?: [A-Z][a-z]+\b)+)")


def extract(
    article: Article, anchor: date | None = None, tagger: Tagger | None = None
) -> Extraction:
    """Mentions and facts of one article. ``anchor`` dates year-less and relative dates when
    the article has no publication date of its own (the story's other articles give one).
    ``tagger``: the trained name tagger of the article's language
    (``factdiff.extract.tagger.default_tagger(article.language)``), or None for names from
    cue words and the gazetteer alone."""
    text, lex = article.text, lexicon(article.language)
    sents = sentences(text, article.regions, lex)
    dates = find_dates(text, sents, lex, article.published or anchor)
    blocked = [(m.start, m.end) for m in dates]
    seen = frozenset(w for s, e in article.regions for w in LOWER_WORD.findall(text, s, e))
    names_seen = (
        frozenset(
            w.lower()
            for s, e in article.regions
            for run in NAME_WORDS.findall(text, s, e)
            for w in run.split()
        )
        if lex.common_by_dictionary
        else frozenset()
    )
    ctx = Context(text, lex, gazetteer(), seen, tagger, names_seen)
    times = find_times(text, lex, blocked)
    # a clock time's words are no name: "10:45 PM", "pukul 06.03 WIB"
    names = find_names(text, sents, blocked + [(m.start, m.end) for m in times], ctx)
    taken = blocked + [(m.start, m.end) for m in names] + [(m.start, m.end) for m in times]
    numbers = find_numbers(text, sents, lex, taken)
    persons = [m for m in names if m.type == "person"]
    numbers = ages(text, numbers, persons, lex)
    quotes = find_quotes(text, article.regions, sents, persons, lex)
    mentions = sorted(dates + names + numbers + quotes + times, key=lambda m: (m.start, m.end))
    facts = build_facts(text, sents, mentions, lex)
    return Extraction(article, tuple(mentions), tuple(facts))


def anchored(x: Extraction, anchor: date) -> Extraction:
    """The extraction of an article with no date of its own, its year-less and relative
    dates computed from ``anchor`` (the story's date). Only the dates and the facts' date
    terms change, so this costs a fraction of extracting again."""
    lex = lexicon(x.article.language)
    text = x.article.text
    mentions = tuple(
        reanchor(text, m, lex, anchor) if m.type == "date" and needs_anchor(m) else m
        for m in x.mentions
    )
    if mentions == x.mentions:
        return x
    facts = tuple(
        replace(
            f,
            terms=frozenset(t for t in f.terms if t[0] != "#")
            | {date_term(mentions[i]) for i in f.when if mentions[i].normalized},
        )
        for f in x.facts
    )
    return Extraction(x.article, mentions, facts)
