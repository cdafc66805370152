"""Names as the text writes them, tagged or not: runs of capitalised words ("Jakarta Electric
PLN", "Heavenly Palace", a title's "Prajogo Pangestu"), so that one word of such a run slipped
by a letter ("Jakarta Elektric PLN") is found even when no tagger saw a name there.

The tagger misses names made of common words ("Electric", "Palace"), and a misspelt word is
often no name it learnt; the other spelling tests read tagged names or single unknown words.
Here the evidence is the run itself: two runs that agree on a neighbouring word that is no
function word ("Jakarta", "Heavenly") and differ in the next one by one letter (one
Damerau-Levenshtein edit, the same first letter, both words five letters or more, none of the
regular differences of language: see factdiff.spellings). A run opening a sentence loses its
first word when that is a word of the language (capitalised by grammar). When both spellings
are words of the language ("Place" / "Palace") the run must also be rare against a common
form: written once in the story, against twice or more. The title is part of the article:
its runs count, and a finding points at its line and column."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

import jellyfish

from factdiff.compare.context import title_span
from factdiff.compare.strays import LONG_WORD, POSSESSIVE
from factdiff.lang import every_language
from factdiff.model import Extraction, Mention
from factdiff.spellings import LONE_LETTERS, common, fold, squashed
from factdiff.text import Covered

CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*"  # a word with a capital, Latin-1's too
RUN = re.compile(rf"{CAPITALISED}(?: {CAPITALISED})+")
OPENERS = '.!?:"“”‘(\n'
QUOTE_MARKS = '"“”‘’'


@dataclass(frozen=True)
class RunWord:
    """One word of a run: where it is, and its neighbours in the run (folded)."""

    start: int
    text: str
    left: str
    right: str
    titled: bool  # in the article's title
    left_start: int  # where the left neighbour starts (the word's start when none)
    right_end: int  # where the right neighbour ends (the word's end when none)

    @cached_property
    def key(self) -> str:
        """The word as compared: folded, less a possessive ("Roadster’s" is no slip of
        "Roadsters")."""
        return POSSESSIVE.sub("", fold(self.text))

    def window(self, other: RunWord) -> tuple[int, int] | None:
        """The span of this word with the neighbours it shares with ``other``, when they share
        one that is no function word ("Jakarta Elektric PLN", "Heavenly Place")."""
        left = bool(self.left) and self.left == other.left
        right = bool(self.right) and self.right == other.right
        shared = [w for w, same in ((self.left, left), (self.right, right)) if same]
        if not any(w not in _function_words() for w in shared):
            return None
        start = self.left_start if left else self.start
        end = self.right_end if right else self.start + len(self.text)
        return start, end


def run_words(x: Extraction) -> tuple[RunWord, ...]:
    """The words of the article's runs of capitalised words, its title's first, outside
    quotes (a quote is compared as said, by the quote rules)."""
    return _run_words(x.article.text, *name_spans(x))


def name_spans(
    x: Extraction,
) -> tuple[tuple[tuple[int, int, bool], ...], tuple[tuple[int, int], ...]]:
    """The spans a name as written is read in (the title, marked, then the prose), and the
    quotes'."""
    article = x.article
    quoted = tuple((m.start, m.end) for m in x.mentions if m.type == "quote")
    spans = [(s, e, False) for s, e in article.regions]
    if (found := title_span(article)) is not None:
        spans.insert(0, (*found, True))
    return tuple(spans), quoted


@lru_cache(maxsize=256)
def _run_words(
    text: str, spans: tuple[tuple[int, int, bool], ...], quoted: tuple[tuple[int, int], ...]
) -> tuple[RunWord, ...]:
    """Made once per article, though each pair of sources asks for them."""
    found: list[RunWord] = []
    inside = Covered(quoted)
    for s, e, titled in spans:
        for m in RUN.finditer(text, s, e):
            if m.start() in inside:
                continue
            words = _words(text, m.start(), m.group(), titled)
            for k, (start, word) in enumerate(words):
                end = start + len(word)
                left, left_start = (fold(words[k - 1][1]), words[k - 1][0]) if k else ("", start)
                right, right_end = ("", end)
                if k + 1 < len(words):
                    after, after_word = words[k + 1]
                    right, right_end = fold(after_word), after + len(after_word)
                found.append(RunWord(start, word, left, right, titled, left_start, right_end))
    return tuple(found)


def _words(text: str, start: int, run: str, titled: bool) -> list[tuple[int, str]]:
    """A run's words with their offsets, less a first word that a sentence's grammar
    capitalised ("Awalnya Tim Perintis ...": "Awalnya" is a word of the language)."""
    words, at = [], start
    for word in run.split(" "):
        words.append((at, word))
        at += len(word) + 1
    before = text[max(0, start - 3) : start].rstrip(" \t")
    opens = not before or before[-1] in OPENERS
    # a run that fills a pair of quote marks is a name quoted ("“Heavenly Palace”")
    after = text[start + len(run) : start + len(run) + 1]
    quoted = bool(before) and before[-1] in QUOTE_MARKS and bool(after) and after in QUOTE_MARKS
    if not titled and opens and not quoted and common(POSSESSIVE.sub("", fold(words[0][1]))):
        words = words[1:]
    return words if len(words) > 1 else []


@dataclass(frozen=True)
class Slip:
    """A run word of one article that looks like a run word of another (or of its own)
    misspelt, each with its window (the word and the neighbour they share)."""

    word: RunWord
    reference: RunWord
    span: tuple[int, int]
    text: str
    reference_span: tuple[int, int]
    reference_text: str

    @property
    def pairs(self) -> tuple[tuple[str, str], tuple[str, str]]:
        """The two words with the neighbour they share, as the story's counts key them."""
        w, ref = self.word, self.reference
        if w.left and w.left == ref.left:
            return (w.left, w.key), (ref.left, ref.key)
        return (w.key, w.right), (ref.key, ref.right)

    def mentions(self) -> tuple[Mention, Mention]:
        """The two windows as names (no tagger typed them: an organization, the type the
        spelling test reads most plainly)."""
        ref_start, ref_end = self.reference_span
        return (
            Mention("organization", *self.span, self.text, self.text),
            Mention("organization", ref_start, ref_end, self.reference_text, self.reference_text),
        )


def slips(
    xa: Extraction, words_a: tuple[RunWord, ...], xb: Extraction, words_b: tuple[RunWord, ...]
) -> list[Slip]:
    """Each word of ``words_a`` (article ``xa``) one letter from a word of ``words_b``
    (``xb``, perhaps the same article) beside the same neighbour, as a Slip."""
    by_context: dict[tuple[str, str, str], list[RunWord]] = {}
    for w in words_b:
        for side, neighbour in (("l", w.left), ("r", w.right)):
            if neighbour:
                by_context.setdefault((side, neighbour, w.key[:1]), []).append(w)
    # the words beside each neighbour: most often one name, written in both articles
    keys = {context: {w.key for w in refs} for context, refs in by_context.items()}
    found: list[Slip] = []
    seen: set[tuple[str, str]] = set()
    for w in words_a:
        for side, neighbour in (("l", w.left), ("r", w.right)):
            context = (side, neighbour, w.key[:1])
            others = keys.get(context)
            if not others or (len(others) == 1 and w.key in others):
                continue  # no word there but this one
            for ref in by_context[context]:
                if (w.key, ref.key) in seen or not _one_letter(w.key, ref.key):
                    continue
                window, ref_window = w.window(ref), ref.window(w)
                if window is None or ref_window is None:
                    continue
                seen.add((w.key, ref.key))
                found.append(
                    Slip(
                        w,
                        ref,
                        window,
                        xa.article.text[window[0] : window[1]],
                        ref_window,
                        xb.article.text[ref_window[0] : ref_window[1]],
                    )
                )
    return found


def _one_letter(a: str, b: str) -> bool:
    """One letter apart, both words of letters ("TMA-11M" / "TMA-15M" are two craft)."""
    if a == b or len(a) < LONE_LETTERS or len(b) < LONE_LETTERS or abs(len(a) - len(b)) > 1:
        return False
    if not (a.replace("'", "").isalpha() and b.replace("'", "").isalpha()):
        return False
    return jellyfish.damerau_levenshtein_distance(a, b) == 1


def evident(slip: Slip, story_words: Counter[tuple[str, str]]) -> bool:
    """Whether a slip is evidence enough. Two words of the language ("Place" / "Palace") are
    one name misspelt only when the slipped run is written once in the story and the other
    twice or more (``story_words``); other words only when both are long (seven letters or
    more, as for two untagged words: "Rashed" / "Rashid" are two transliterations)."""
    word, reference = slip.word.key, slip.reference.key
    if not (common(word) and common(reference)):
        return min(len(word), len(reference)) >= LONG_WORD
    slipped, reference_pair = slip.pairs
    return story_words[slipped] == 1 and story_words[reference_pair] >= 2


def written_elsewhere(
    slip: Slip,
    elsewhere: frozenset[str],
    counts: Counter[tuple[str, str]],
    own: tuple[RunWord, ...],
) -> bool:
    """Whether another article writes the slipped word (``elsewhere``: their words, folded): a
    word of the language ("Place") is written everywhere, so for one it is the run that counts
    ("Heavenly Place"; ``counts``: the story's, ``own``: the slipped word's article's)."""
    if not common(slip.word.key):
        return slip.word.key in elsewhere
    slipped = slip.pairs[0]
    return counts[slipped] > story_counts([own])[slipped]


def commoner(slip: Slip, counts: Counter[tuple[str, str]]) -> RunWord:
    """Which of a slip's two words the other misspells: the one written more often beside
    that neighbour (``counts``); in a tie a word of the language against one that is none;
    then the first (a title's before its prose)."""

    def rank(w: RunWord, pair: tuple[str, str]) -> tuple[int, bool, int]:
        return (counts[pair], common(w.key), -w.start)

    (a, pair_a), (b, pair_b) = zip((slip.word, slip.reference), slip.pairs, strict=True)
    return a if rank(a, pair_a) > rank(b, pair_b) else b


def story_counts(words: list[tuple[RunWord, ...]]) -> Counter[tuple[str, str]]:
    """How often the story writes each pair of neighbouring run words."""
    counts: Counter[tuple[str, str]] = Counter()
    for article in words:
        for w in article:
            if w.right:
                counts[(w.key, w.right)] += 1
    return counts


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return every_language("stopwords")


# A capitalised word with an apostrophe inside it, and a number or name right after it
# ("Chang’e 1", "O’Brien"): where an apostrophe inside a name falls is part of its spelling.
APOSTROPHE_NAME = re.compile(
    r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][^\W\d_]*['’][^\W_]+(?:[ -](?:\d+|[A-Z]\w*))?(?![\w'’])"
)
APOSTROPHE = re.compile(r"['’]")


@dataclass(frozen=True)
class Apostrophed:
    """A name with an apostrophe inside it, as written: its letters (joiners left out), and
    how many of them stand before the apostrophe."""

    start: int
    text: str
    letters: str
    cut: int


def apostrophe_names(x: Extraction) -> tuple[Apostrophed, ...]:
    """The article's names with an apostrophe inside a word (a possessive is none: "Xi’s")."""
    spans, quoted = name_spans(x)
    return _apostrophe_names(x.article.text, spans, quoted)


@lru_cache(maxsize=256)
def _apostrophe_names(
    text: str, spans: tuple[tuple[int, int, bool], ...], quoted: tuple[tuple[int, int], ...]
) -> tuple[Apostrophed, ...]:
    found = []
    inside = Covered(quoted)
    for s, e, _ in spans:
        for m in APOSTROPHE_NAME.finditer(text, s, e):
            if m.start() in inside:
                continue
            word = re.split(r"[ -]", m.group())[0]
            if POSSESSIVE.search(word):
                continue
            before = APOSTROPHE.split(word)[0]
            found.append(Apostrophed(m.start(), m.group(), squashed(m.group()), len(before)))
    return tuple(found)


def moved_apostrophes(
    ours: tuple[Apostrophed, ...], theirs: tuple[Apostrophed, ...]
) -> list[tuple[Apostrophed, Apostrophed]]:
    """Pairs of names with the same letters and the apostrophe after another of them
    ("Change’1" / "Chang’e 1"): one letter moved across it, a slip of the keyboard. The same
    name with a space, a hyphen or none before its number ("Chang'e-5" / "Chang'e 5") is
    house style, and the apostrophe stays where it was."""
    by_letters: dict[str, list[Apostrophed]] = {}
    for name in theirs:
        by_letters.setdefault(name.letters, []).append(name)
    pairs, seen = [], set()
    for name in ours:
        for other in by_letters.get(name.letters, ()):
            if other.cut != name.cut and (name.letters, name.cut, other.cut) not in seen:
                seen.add((name.letters, name.cut, other.cut))
                pairs.append((name, other))
    return pairs
