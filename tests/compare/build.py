"""Hand-made articles, mentions and facts for the rule tests: no tagger, no date finder, no
alignment; each test says exactly what extraction would have found."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from factdiff.align import Alignment, FactRef, Pair
from factdiff.compare.context import AlignedFacts, Options, StoryContext
from factdiff.model import Article, Extraction, Fact, Mention
from factdiff.places import gazetteer
from factdiff.referents import Referents

SLOTS = ("who", "when", "where", "numbers")


@dataclass
class Draft:
    """One article being written by a test: its text, and the mentions and facts in it."""

    text: str
    source: str = "korannews.com"
    language: str = "id"
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    title: str = ""  # the headline, on the text's first line, out of the prose

    def mention(
        self,
        type_: str,
        surface: str,
        nth: int = 0,
        canonical: str | None = None,
        normalized: str | None = None,
        qualifier: str = "",
        unit: str = "",
        note: str = "",
    ) -> int:
        """Mark the nth occurrence of ``surface`` as a mention; its index."""
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(surface, start + 1)
        m = Mention(
            type_,
            start,
            start + len(surface),
            surface,
            canonical or surface,
            normalized,
            qualifier,
            unit,
            note,
        )
        self.mentions.append(m)
        return len(self.mentions) - 1

    def fact(self, what: str, terms: tuple[str, ...] = (), **slots: list[int]) -> int:
        """A fact over the whole text with the given slots (indexes of mentions)."""
        for slot in slots:
            assert slot in SLOTS, slot
        self.facts.append(
            Fact(
                0,
                len(self.text),
                0,
                len(self.text),
                what,
                what,
                tuple(slots.get("who", ())),
                tuple(slots.get("when", ())),
                tuple(slots.get("where", ())),
                tuple(slots.get("numbers", ())),
                frozenset({what, *terms}),
            )
        )
        return len(self.facts) - 1

    def extraction(self, story: str = "story") -> Extraction:
        """The article; with a title, as a text file writes it: the title on the first line,
        out of the prose, and every mention and fact moved past it."""
        head = f"{self.title}\n\n" if self.title else ""
        text = head + self.text
        article = Article(
            f"{story}/{self.source}.txt",
            story,
            self.source,
            text,
            ((len(head), len(text)),),
            title=self.title,
            language=self.language,
        )
        n = len(head)
        mentions = tuple(replace(m, start=m.start + n, end=m.end + n) for m in self.mentions)
        facts = tuple(
            replace(
                f,
                start=f.start + n,
                end=f.end + n,
                sentence_start=f.sentence_start + n,
                sentence_end=f.sentence_end + n,
            )
            for f in self.facts
        )
        return Extraction(article, mentions, facts)


def story(*drafts: Draft, pairs: tuple[tuple[int, int, int, int, float], ...] = (), **options):
    """The story as the rules see it; ``pairs`` are aligned facts (article, fact, article,
    fact, score)."""
    extractions = tuple(d.extraction() for d in drafts)
    aligned = tuple(Pair(FactRef(a, fa), FactRef(b, fb), s, s) for a, fa, b, fb, s in pairs)
    opts = Options(**options)
    referents = Referents(gazetteer(), opts.aliases)
    return StoryContext.of("story", Alignment(extractions, aligned), referents, opts)


def aligned(ctx: StoryContext, k: int = 0) -> AlignedFacts:
    return AlignedFacts.of(ctx, ctx.pairs[k])
