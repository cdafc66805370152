"""Which quotes of two sources are one statement, and how their wording differs: what the
quote rules (wording and speaker) read.

Two quotes are one statement when they share a run of words in the same order, long enough
not to be chance (``SHARED_RUN`` words holding at least two content words, and
``SHARED_SHARE`` of the shorter quote; or a run of ``SHORT_RUN`` when ``MOSTLY_SHARED`` of the
shorter quote's words match in order, a statement reworded around its words): sharing a
handful of common words makes two remarks of one speech no more one statement than two
sentences of one article. They are compared as said, not as typed: case, punctuation,
editorial brackets ("[the president]", "(RSAS)"), spoken and written forms ("nggak" /
"tidak", "won't" / "will not"), quotation marks inside a quote, number words and digits,
fillers ("nah", "ya", "uh"), and words glued where a link was are folded first. Only the
stretch both quotes cover is compared: a quote cut short at either end says less, not
something else."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

import jellyfish

from factdiff.compare.context import StoryContext
from factdiff.lang import alternation, every_language, lexicon
from factdiff.model import Mention
from factdiff.spellings import american
from factdiff.stem import common_words, stem

SHARED_RUN = 4  # words in one piece, in the same order
SHARED_SHARE = 0.5  # of the shorter quote's words, matched in order
SHORT_RUN = 3  # a shorter run is enough when most words match in order:
MOSTLY_SHARED = 0.6  # a statement reworded around its words
QUOTE_MARKS = "'’‘`\""  # a single quote's marks, which the tokens may keep on a word
EDGE_WORDS = 2  # words one quote begins or ends with in another's place
NTH = alternation(every_language("ordinal_suffixes"))  # "14th"
ORDINAL = re.compile(rf"^(\d+)(?:{NTH})$")
BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
TOKEN = re.compile(
    rf"%|\d+(?:[.,]\d+)*(?:{NTH})?(?![^\W_])|[^\W\d_]+(?:['’][^\W\d_]+)?|['’][^\W\d_]+"
)


@dataclass(frozen=True)
class Said:
    """A quote's words as said: ``words`` folded for reading, ``keys`` (stems) for matching,
    ``surface`` as written (a capital tells a name)."""

    mention: Mention
    language: str
    words: tuple[str, ...]
    surface: tuple[str, ...]
    vocabulary: frozenset[str] = frozenset()  # the words, as a set
    unknown: tuple[int, ...] = ()  # where a word of letters is none of the language's

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """The words' stems, made when first matched: quote-in-prose reads every sentence
        of an article's prose, and most share too few words with any quote to be matched."""
        return tuple(_key(w, self.language) for w in self.words)

    @cached_property
    def beginnings(self) -> tuple[frozenset[str], bool]:
        """The beginnings of the unknown words that ``_split`` tries as a first word, and
        whether one of them is a word of the language: a quote is split against another
        only where they meet."""
        heads = [_heads(self.words[k], _vocabulary(self.language)) for k in self.unknown]
        return frozenset(h for hs, _ in heads for h in hs), any(known for _, known in heads)


@dataclass(frozen=True)
class Change:
    """One difference inside the stretch both quotes cover."""

    a: tuple[str, ...]  # the words of a (as written), empty when b adds words
    b: tuple[str, ...]
    material: bool  # a number, a negation or a name differs
    negation: bool  # a negation said in one and not the other
    content_a: int  # how many content words (not function words) differ on each side
    content_b: int

    @property
    def reworded(self) -> bool:
        """A content word said instead of another ("khawatir" / "cemas")."""
        return bool(self.content_a and self.content_b)


@dataclass(frozen=True)
class QuotePair:
    a: Mention
    b: Mention
    similarity: float  # of the stretch both cover, after folding
    changes: tuple[Change, ...]

    @property
    def material(self) -> list[Change]:
        return [c for c in self.changes if c.material]

    @property
    def reworded(self) -> list[Change]:
        return [c for c in self.changes if c.reworded]


def quotes_said(ctx: StoryContext, i: int) -> list[Said]:
    """The quotes of article i as said, read once a story (each pair of articles reads them)."""
    key = ("quotes_said", i)
    if key not in ctx.memo:
        x = ctx.extractions[i]
        ctx.memo[key] = [said(m, x.article.language) for m in x.mentions if m.type == "quote"]
    return ctx.memo[key]


def said(m: Mention, language: str) -> Said:
    """The mention's words as said (``Said``)."""
    lex = lexicon(language)
    text = BRACKETS.sub(" ", m.text).replace("’", "'")
    words: list[str] = []
    surface: list[str] = []
    for raw in TOKEN.findall(text):
        for word in _expand(raw.casefold(), lex.quote_variants):
            if word in lex.quote_fillers:
                continue
            if word[:1].isdigit():  # the pattern's one way in; most words are letters
                word = ORDINAL.sub(r"\1", word)
            word = american(word) if lex.regional_spellings else word
            number = lex.number_words.get(word)
            words.append(_digits(number) if isinstance(number, int | float) else word)
            surface.append(raw)
    known = _vocabulary(language)
    unknown = tuple(k for k, w in enumerate(words) if w not in known and w.isalpha())
    return Said(m, language, tuple(words), tuple(surface), frozenset(words), unknown)


def _expand(word: str, variants: dict[str, str]) -> list[str]:
    """A spoken or contracted form as its written words: "nggak" -> tidak, "won't" -> will
    not, "they're" -> they are."""
    if word in variants:
        return variants[word].split()
    if "'" in word:
        head, tail = word.split("'", 1)
        if word.endswith("n't") and word[:-3]:
            return [*_expand(word[:-3], variants), "not"]
        if f"'{tail}" in variants:
            return [head, *variants[f"'{tail}"].split()] if head else []
        return [head] if tail == "s" else [word]
    return [word]


def _digits(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _key(word: str, language: str) -> str:
    return word if not word.isalpha() else stem(word, language)


def same_quotes(ctx: StoryContext, i: int, j: int) -> list[QuotePair]:
    """The quotes of two sources that are one statement, each quote in one pair at most,
    the pairs sharing the longest runs first."""
    memo = ctx.memo.get(("same_quotes", i, j))
    if memo is None:
        memo = ctx.memo[("same_quotes", i, j)] = _same_quotes(ctx, i, j)
    return list(memo)


def _same_quotes(ctx: StoryContext, i: int, j: int) -> list[QuotePair]:
    qa, qb = quotes_said(ctx, i), quotes_said(ctx, j)
    candidates = []
    for ka, a in enumerate(qa):
        for kb, b in enumerate(qb):
            run = shared_run(a, b)
            if run:
                candidates.append((-run, ka, kb))
    pairs, used_a, used_b = [], set(), set()
    for _, ka, kb in sorted(candidates):
        if ka in used_a or kb in used_b:
            continue
        used_a.add(ka)
        used_b.add(kb)
        pairs.append(compare(qa[ka], qb[kb]))
    return sorted(pairs, key=lambda p: p.a.start)


def shared_run(a: Said, b: Said) -> int:
    """The longest run of words the two quotes share, if it makes them one statement."""
    short = min(len(a.words), len(b.words))
    least = min(SHARED_RUN, max(3, short // 2))  # a short quote: a shorter run
    if short < least:
        return 0
    (a_keys, a_surface), (b_keys, _) = _unglued(a, b), _unglued(b, a)
    if _common_count(a_keys, b_keys) < max(least, SHARED_SHARE * short):
        return 0  # the words matched in order can be no more than the words in common
    matcher = SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    match = matcher.find_longest_match()
    matched = sum(block.size for block in matcher.get_matching_blocks())
    if matched < SHARED_SHARE * short:
        return 0
    if match.size < least and (match.size < SHORT_RUN or matched < MOSTLY_SHARED * short):
        return 0  # a reworded statement keeps most of its words in order, not one long run
    stopwords = lexicon(a.language).stopwords | lexicon(b.language).stopwords
    shared = [  # each written word once ("It's" was read as "it is")
        a_surface[k]
        for m in matcher.get_matching_blocks()
        for k in range(m.a, m.a + m.size)
        if k == 0 or a_surface[k] is not a_surface[k - 1]
    ]
    content = [w for w in shared if _head(w) not in stopwords and not w[:1].isdigit()]
    return matched if len(content) >= 2 else 0


def _common_count(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many words two sequences have in common, counted with repeats: a bound on any
    matching of them in order."""
    if len(a) > len(b):
        a, b = b, a
    counts = Counter(b)
    common = 0
    for word in a:
        if counts[word] > 0:
            counts[word] -= 1
            common += 1
    return common


def _head(written: str) -> str:
    """A written word as the stopword lists hold it: "It's" as "it"."""
    return written.casefold().replace("’", "'").split("'")[0]


def compare(a: Said, b: Said) -> QuotePair:
    """Two quotes of one statement and their differences inside the stretch both cover."""
    (ka, sa), (kb, sb) = _unglued(a, b), _unglued(b, a)
    ops = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    while ops and ops[0][0] in ("insert", "delete"):  # cut short at the start
        ops.pop(0)
    while ops and ops[-1][0] in ("insert", "delete"):  # or at the end
        ops.pop()
    ops = _trimmed(ops, len(ka), len(kb))
    if not ops:
        return QuotePair(a.mention, b.mention, 0.0, ())
    if not any(op == "equal" for op, *_ in ops):
        return QuotePair(a.mention, b.mention, 0.0, ())
    span_a = ops[-1][2] - ops[0][1]
    span_b = ops[-1][4] - ops[0][3]
    same = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    changes = tuple(
        change
        for op, i1, i2, j1, j2 in ops
        if op != "equal"
        and (change := _change(a.language, ka[i1:i2], kb[j1:j2], sa[i1:i2], sb[j1:j2]))
    )
    return QuotePair(a.mention, b.mention, 2 * same / (span_a + span_b), changes)


def _trimmed(ops: list[tuple], len_a: int, len_b: int) -> list[tuple]:
    """The opcodes without a start or an end where the quotes began or ended at other
    words, when what is left still holds a run of ``SHARED_RUN`` words said alike."""
    kept = list(ops)
    if kept and _begun_elsewhere(kept[0], len_a, len_b, first=True):
        kept.pop(0)
    if kept and _begun_elsewhere(kept[-1], len_a, len_b, first=False):
        kept.pop()
    same = sum(i2 - i1 for op, i1, i2, _, _ in kept if op == "equal")
    return kept if same >= SHARED_RUN else ops


def _begun_elsewhere(op: tuple, len_a: int, len_b: int, first: bool) -> bool:
    """A word or two at the very start (or end) of one quote, where the other has words of
    its own: the two outlets began (or ended) the quote at other words ("Besok direncanakan
    ..." / "... di Federasi Rusia. Presiden direncanakan ..."), a cut, not a change."""
    tag, i1, i2, j1, j2 = op
    short, long_ = sorted((i2 - i1, j2 - j1))
    if tag != "replace" or short > EDGE_WORDS:
        return False
    if long_ >= short + 3:
        return True  # one quote goes on with a passage the other does not have
    at_edge = (i1 == 0, j1 == 0) if first else (i2 == len_a, j2 == len_b)
    return at_edge[0] != at_edge[1]


def _change(
    language: str,
    keys_a: tuple[str, ...],
    keys_b: tuple[str, ...],
    words_a: tuple[str, ...],
    words_b: tuple[str, ...],
) -> Change | None:
    """A difference, unless it changes nothing said: the same words in another spelling
    ("menunjukkan" / "menunjukan", "stabilise" / "stabilize"); a name spelt another way is
    one, and so is a function word changed ("untuk" / "bagi"), though neither is content."""
    lex = lexicon(language)
    if _unmarked(words_a) == _unmarked(words_b):
        return None  # a quotation mark glued to a word: "'puff'" / "‘puff’"
    if len(keys_a) == len(keys_b) and all(map(_spelt_alike, keys_a, keys_b)):
        renamed = any(
            x[:1].isupper() and x.casefold() != y.casefold() and not _abbreviated(kx, ky)
            for x, y, kx, ky in zip(words_a, words_b, keys_a, keys_b, strict=True)
        )
        return Change(words_a, words_b, False, False, 0, 0) if renamed else None
    content_a = [w for w in words_a if w.casefold() not in lex.stopwords]
    content_b = [w for w in words_b if w.casefold() not in lex.stopwords]
    negation = bool((set(keys_a) ^ set(keys_b)) & lex.negations)
    numbers = {k for k in keys_a if k[:1].isdigit()} ^ {k for k in keys_b if k[:1].isdigit()}
    names = _names(words_a) ^ _names(words_b)
    if _clarified(words_a, words_b, lex.pronouns) or _clarified(words_b, words_a, lex.pronouns):
        return Change(words_a, words_b, False, False, 0, 0)
    # a clause added says more, not something else: only a word put in another's place, or
    # a lone "not" added, changes what was said
    small = bool(keys_a and keys_b) or len(keys_a) + len(keys_b) <= 2
    material = small and bool(negation or numbers or (names and keys_a and keys_b))
    return Change(words_a, words_b, material, negation, len(content_a), len(content_b))


def _unmarked(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.strip(QUOTE_MARKS).casefold() for w in words)


def _clarified(pronouns: tuple[str, ...], names: tuple[str, ...], known: frozenset[str]) -> bool:
    """A pronoun the speaker said, and the name it stands for in the other quote ("Kami" /
    "BGN", "we" / "the ministry"): an editor's clarification, not another statement."""
    return (
        0 < len(pronouns) <= 2
        and all(w.casefold() in known for w in pronouns)
        and bool(_names(names))
        and len(names) <= 4
    )


def _names(words: tuple[str, ...]) -> set[str]:
    return {w.casefold() for w in words if w[:1].isupper() and len(w) > 1}


def _abbreviated(x: str, y: str) -> bool:
    short, long_ = sorted((x, y), key=len)
    return long_.startswith(short) and short in every_language("abbreviations")


def _spelt_alike(x: str, y: str) -> bool:
    """One word in two spellings: a letter or two changed inside a long word, not a word
    with an ending of its own ("proses" / "prosesi")."""
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short):  # an abbreviation ("Nov." / "November") or another word
        return _abbreviated(x, y)
    return (
        min(len(x), len(y)) >= 5
        and x[:2] == y[:2]
        and jellyfish.damerau_levenshtein_distance(x, y) <= 2
    )


def _unglued(x: Said, other: Said) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The quote's keys and written words, with words glued where a link was
    ("dariproviderdalam", "LANmemiliki") split into the other quote's words."""
    beginnings, known_beginning = x.beginnings
    if not known_beginning and beginnings.isdisjoint(other.vocabulary):
        return x.keys, x.surface  # no word of x can be split (``_may_split``): most pairs
    known = _vocabulary(x.language)
    splits = {}
    for k in x.unknown:
        word = x.words[k]
        if word not in other.vocabulary and _may_split(word, other.vocabulary, known):
            parts = _split(word, other.vocabulary, known)
            if parts:
                splits[k] = parts
    if not splits:
        return x.keys, x.surface
    keys: list[str] = []
    surface: list[str] = []
    for k, (key, written) in enumerate(zip(x.keys, x.surface, strict=True)):
        parts = splits.get(k)
        if not parts:
            keys.append(key)
            surface.append(written)
            continue
        at = 0
        for part in parts:
            keys.append(_key(part, x.language))
            surface.append(written[at : at + len(part)])
            at += len(part)
    return tuple(keys), tuple(surface)


@lru_cache(maxsize=4)
def _vocabulary(language: str) -> frozenset[str]:
    """Words a glued word may be split into besides the other quote's: the language's
    function words ("berupaterorismeyang": berupa, terorisme, yang)."""
    return frozenset(w for w in common_words(language) if len(w) > 2)


def _may_split(word: str, words: frozenset[str], known: frozenset[str]) -> bool:
    """False when ``_split`` finds no head for the word: none of its heads is a word of the
    other quote or of the language (most unknown words: one set test, not a loop)."""
    heads, known_head = _heads(word, known)
    return known_head or not words.isdisjoint(heads)


@lru_cache(maxsize=16384)
def _heads(word: str, known: frozenset[str]) -> tuple[tuple[str, ...], bool]:
    """The word's beginnings ``_split`` tries as a first word, and whether one is known."""
    heads = tuple(word[:cut] for cut in range(2, len(word) - 1))
    return heads, any(head in known for head in heads)


def _split(word: str, words: frozenset[str], known: frozenset[str]) -> list[str] | None:
    """A word as two or three words run together, if it is: of the other quote's ``words``
    or of the language's ``known`` ones."""
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head in words or head in known:
            if tail in words or tail in known:
                return [head, tail]
            rest = _split(tail, words, known) if len(tail) > 3 else None
            if rest and len(rest) == 2:
                return [head, *rest]
    return None


def told_in_writing(ctx: StoryContext, i: int, m: Mention) -> bool:
    """Whether the quote's paragraph says it was written ("dalam keterangan tertulis", "in a
    statement"): a written statement is quoted from one text, so other words are an error."""
    return _paragraph_says(ctx, i, m, "written_statement_markers")


def translated(ctx: StoryContext, i: int, m: Mention) -> bool:
    """Whether the quote's paragraph says it came through a news agency or a translation
    ("dikutip kantor berita", "dilansir AFP", "state media"): each outlet translates in its
    own words, so only a number or a negation changed is a discrepancy."""
    return _paragraph_says(ctx, i, m, "translation_markers")


def _paragraph_says(ctx: StoryContext, i: int, m: Mention, field: str) -> bool:
    x = ctx.extractions[i]
    text = x.article.text
    begin = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    paragraph = text[begin : end if end >= 0 else len(text)].casefold()
    return any(marker in paragraph for marker in getattr(lexicon(x.article.language), field))
