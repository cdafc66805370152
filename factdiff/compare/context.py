"""What every comparison rule reads: the story (its extractions, aligned fact pairs and name
knowledge) and the two sides of a finding, located in their files."""

from __future__ import annotations

from dataclasses import dataclass, field

from factdiff.align import Alignment, Pair
from factdiff.lang import lexicon
from factdiff.model import Article, Extraction, Fact, Mention, Side
from factdiff.referents import Referents
from factdiff.text import plain, sentences

NAME_TYPES = ("person", "organization", "place")


@dataclass(frozen=True)
class Options:
    aliases: tuple[frozenset[str], ...] = ()  # names that are one referent ("Red Flags" = ...)
    omissions: bool = False


@dataclass(frozen=True)
class StoryContext:
    """One story as the rules see it."""

    name: str
    extractions: tuple[Extraction, ...]
    pairs: tuple[Pair, ...]
    referents: Referents
    options: Options
    names_by_article: tuple[frozenset[str], ...]  # each article's names, folded
    # what several rules read, made once per story: same_quotes(i, j), ...
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(
        cls, name: str, alignment: Alignment, referents: Referents, options: Options
    ) -> StoryContext:
        names = tuple(
            frozenset(plain(m.canonical) for m in x.mentions if m.type in NAME_TYPES)
            for x in alignment.extractions
        )
        return cls(name, alignment.extractions, alignment.pairs, referents, options, names)


@dataclass(frozen=True)
class AlignedFacts:
    """Two facts of two sources that alignment matched: what a fact rule compares."""

    pair: Pair
    xa: Extraction
    xb: Extraction
    fa: Fact
    fb: Fact

    @classmethod
    def of(cls, ctx: StoryContext, pair: Pair) -> AlignedFacts:
        xa, xb = ctx.extractions[pair.a.article], ctx.extractions[pair.b.article]
        return cls(pair, xa, xb, xa.facts[pair.a.fact], xb.facts[pair.b.fact])

    def slot(self, name: str) -> tuple[list[Mention], list[Mention]]:
        """The mentions of one slot ("who", "when", "where", "numbers") on each side."""
        return (
            [self.xa.mentions[k] for k in getattr(self.fa, name)],
            [self.xb.mentions[k] for k in getattr(self.fb, name)],
        )


def sentence_at(x: Extraction, start: int) -> str:
    """The sentence around an offset, as the sentence splitter cut it (the title, for an
    offset in it)."""
    begin, end = sentence_bounds(x, start)
    if end:
        return squash(x.article.text[begin:end])
    title = title_span(x.article)
    return squash(x.article.title) if title and title[0] <= start < title[1] else ""


def sentence_bounds(x: Extraction, start: int) -> tuple[int, int]:
    """Where the sentence around an offset begins and ends; (0, 0) outside any."""
    article = x.article
    for begin, end in sentences(article.text, article.regions, lexicon(article.language)):
        if begin <= start < end:
            return begin, end
    return 0, 0


def title_span(article: Article) -> tuple[int, int] | None:
    """Where the title stands in the text, before the prose (a Markdown file's front matter,
    a text file's first line), if it is there as written."""
    if not article.title or not article.regions:
        return None
    at = article.text.find(article.title, 0, article.regions[0][0])
    return (at, at + len(article.title)) if at >= 0 else None


def title_and_prose(article: Article) -> list[tuple[int, int]]:
    """The spans a name is read in as written: the title, when it stands in the text, then
    the prose's regions."""
    title = title_span(article)
    return [title, *article.regions] if title is not None else list(article.regions)


def squash(text: str) -> str:
    return " ".join(text.split())


def side(
    x: Extraction,
    start: int | None,
    end: int | None,
    value: str | None,
    sentence: str | None = None,
) -> Side:
    """One source's side of a finding: the file, line and column of ``start``, the value it
    gives and its sentence; a side with no offset names only the source (an omission)."""
    article = x.article
    named = article.path if article.file else ""
    if start is None:
        return Side(article.source, article.file_path, None, None, value, sentence, article=named)
    line, column = article.position(start)
    if sentence is None:
        sentence = sentence_at(x, start)
    return Side(article.source, article.file_path, line, column, value, sentence, start, end, named)


def mention_side(x: Extraction, m: Mention) -> Side:
    return side(x, m.start, m.end, m.text)


def field_of(m: Mention, x: Extraction) -> str:
    """A name's field: a place, or an organization after a word of place ("di KPK", "at the
    UN"), is where; anyone else is who."""
    if m.type == "place":
        return "where"
    if m.type == "organization":
        before = x.article.text[max(0, m.start - 12) : m.start].split()
        lex = lexicon(x.article.language)
        if before and before[-1].lower() in lex.locative_prepositions | lex.org_place_words:
            return "where"
    return "who"
