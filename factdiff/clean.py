"""Find the article's own prose in a plain text: drop the headline, the date line, photo
credits and captions, related-link lines, tags and editor lines, and the outlet dateline.
Patterns live in the language data files; this module only applies them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

import jellyfish

from factdiff.dates import parse_standalone_date
from factdiff.lang import LANGUAGES, alternation, every_language, lexicon
from factdiff.places import gazetteer
from factdiff.stem import common_words, english_forms, english_vocabulary

# the words of every language: a page may mix languages
CREDIT = re.compile(
    rf"^(?:\(?(?:{alternation(every_language('photo_credit_words'))})\s*:?\s*)?"
    r"[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*)*\s*/\s*"
    r"[A-Z][\w.'-]*(?:\s[\w.'-]+){0,4}\)?$"
)
TAG_HEADING = re.compile(alternation(every_language("tag_headings")), re.IGNORECASE)
TERMINAL = re.compile(r"[.!?\"”’»:;)]\s*$")
MAX_TITLE = 250


@dataclass(frozen=True)
class Cleaned:
    regions: tuple[tuple[int, int], ...]
    title: str
    published: date | None
    outlet: str


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stripped non-empty lines of text[start:end] as (start, end) offsets."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = match.start() + start, match.end() + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


@cache
def _furniture() -> tuple[re.Pattern, ...]:
    """Every language's furniture patterns, those anchored at the line's start as one (one
    match at the start instead of thirty searches), the others as they are."""
    patterns = [p.pattern for lang in LANGUAGES for p in lexicon(lang).furniture_lines]
    heads = [p[1:] for p in patterns if p.startswith("^")]
    others = [p for p in patterns if not p.startswith("^")]
    joined = "^(?:" + "|".join(f"(?:{p})" for p in heads) + ")"
    return tuple(re.compile(p, re.IGNORECASE) for p in [joined, *others])


def _is_furniture(line: str, extra: tuple[re.Pattern, ...]) -> bool:
    return any(p.search(line) for p in (*extra, *_furniture()))


def clean_text(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    title: str = "",
    extra: tuple[re.Pattern, ...] = (),
) -> Cleaned:
    """``extra``: an outlet's own furniture patterns, from the configuration."""
    end = len(text) if end is None else end
    lines = _lines(text, start, end)
    regions: list[tuple[int, int]] = []
    published: date | None = None
    outlet = ""
    dateline_seen = False
    furniture = _Furniture(extra)
    for index, (s, e) in enumerate(lines):
        line = text[s:e]
        words = len(line.split())
        if published is None and words <= 10 and (found := _date_line(line)):
            published, line_outlet = found
            outlet = outlet or line_outlet
            continue
        if index == 0 and not title and len(lines) > 1 and _looks_like_title(line):
            title = line
            continue
        if furniture.skip(line, words):
            continue
        if not dateline_seen:
            # the dateline opens the first paragraph of prose; short lines before it are tried too
            dateline_seen = words > 8
            if dateline := _dateline(line):
                length, line_outlet = dateline
                outlet = outlet or line_outlet
                s += length
                dateline_seen = True
        if s < e:
            regions.append((s, e))
    return Cleaned(tuple(regions), title, published, outlet)


@dataclass
class _Furniture:
    """Which lines are furniture: a photo credit and the caption under it, a tags heading and
    its tags, a line of the language's furniture ("Baca juga:") and the link below it. It
    remembers what the line before was."""

    extra: tuple[re.Pattern, ...]
    after_credit: bool = False
    after_link: bool = False
    in_tags: bool = False

    def skip(self, line: str, words: int) -> bool:
        if CREDIT.match(line) and words <= 8:
            self.after_credit = True
            return True
        if self.after_credit and not TERMINAL.search(line) and words <= 30:
            self.after_credit = False  # the photo caption under a credit line
            return True
        self.after_credit = False
        if TAG_HEADING.fullmatch(line):
            self.in_tags = True
            return True
        if self.in_tags and words <= 6 and not TERMINAL.search(line):
            return True
        self.in_tags = False
        if _is_furniture(line, self.extra):
            self.after_link = line.rstrip().endswith(":")  # "Baca juga:" with the link below it
            return True
        if self.after_link and not TERMINAL.search(line) and words <= 20:
            self.after_link = False
            return True
        self.after_link = False
        return False


def _dateline(line: str) -> tuple[int, str] | None:
    """The length of the outlet's dateline opening a line ("JAKARTA, KOMPAS.com -"), when
    prose follows it, and the outlet it names."""
    for lang in LANGUAGES:
        match = lexicon(lang).dateline.match(line)
        if match and match.end() < len(line):
            groups = match.groupdict()
            return match.end(), groups.get("outlet") or groups.get("domain") or ""
    return None


OUTLET_PREFIX = re.compile(r"^(?P<outlet>(?:[A-Za-z0-9-]+\.)+[a-z]{2,6})\s*[-–—|,]\s*")
DATE_LEAD = re.compile(
    rf"^(?:{alternation(every_language('published_words'))})\s*"
    rf"(?:{alternation(every_language('published_links'))})?\s*:?\s*",
    re.IGNORECASE,
)


def _date_line(line: str) -> tuple[date, str] | None:
    """A line that holds only the publication date, perhaps after the outlet's name."""
    prefix = OUTLET_PREFIX.match(line)
    rest = line[prefix.end() :] if prefix else line
    rest = rest[DATE_LEAD.match(rest).end() :] if DATE_LEAD.match(rest) else rest
    found = parse_standalone_date(rest)
    return (found, prefix.group("outlet") if prefix else "") if found else None


def _looks_like_title(line: str) -> bool:
    if len(line) > MAX_TITLE:
        return False
    if any(lexicon(lang).dateline.match(line) for lang in LANGUAGES):
        return False
    return not re.search(r"[.\"”:;,]\s*$", line)


# A run of letters (with inner hyphens) that is not part of an address, a handle, a hashtag or
# a domain name ("pic.twitter.com/AbCd", "@elonMusk", "#FlyEaglesFly", "KOMPAS.com").
LETTER_RUN = re.compile(r"(?<![\w@#/.:%&=+-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w@/]|\.\w)")
JUNCTION = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|[A-Z]{3})")


def glued_word_breaks(
    text: str, regions: tuple[tuple[int, int], ...], language: str, title: str = ""
) -> list[int]:
    """Where to put a space back between words a scraper glued together when it dropped a link
    or italics: a common word run into a capitalised one ("penyanyiAgnez", "saidThe"), and a
    name the article writes elsewhere (its title too) run into a function word of the
    language ("Lahadaliayang", "Putindi"), or that name with one letter slipped
    ("Pengestuini" where the title writes "Pangestu": the slip is the spelling rules' to
    report, once the word is parted). Only where the evidence is clear: "iPhone",
    "deGrasse", "macOS" or "Sandi" are left as they are."""
    # a run without a capital (most words) has neither a junction nor a name
    runs = [
        (m.start(), word)
        for s, e in regions
        for m in LETTER_RUN.finditer(text, s, e)
        if not (word := m.group()).islower()
    ]
    titled = [m.group() for m in LETTER_RUN.finditer(title) if not m.group().islower()]
    names = Counter(
        part
        for word in [w for _, w in runs] + titled
        for part in word.split("-")
        if len(part) >= 3 and part[0].isupper() and not JUNCTION.search(part)
    )
    breaks: list[int] = []
    written = Written(text, regions, names)
    for offset, word in runs:
        for part in word.split("-"):
            breaks += _part_breaks(part, offset, written, language)
            offset += len(part) + 1
    return breaks


# two capitalised words in a row ("Kimberly Ryder"), each pair of a longer run too
NAME_PAIR = re.compile(r"\b([A-Z][a-z]+) (?=([A-Z][a-z]+)\b)")
# a capitalised word alone inside a sentence, a name by itself: "kata Fajar.", "Ryder said"
ALONE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)(?=[.,;:!?)]|\s+[a-z(])")
# the capitalised word before, glued itself to a word before it or not ("aktrisKimberly ")
WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
LONE_GLUED = 6  # letters: a shorter word after a lone name may be the end of its compound


class Written:
    """What the article writes of its names, to tell a name glued to the word after it: the
    capitalised words (``names``), and, read once it is asked, the pairs of them in a row and
    the words it writes alone inside a sentence."""

    def __init__(self, text: str, regions: tuple[tuple[int, int], ...], names: Counter[str]):
        self.text, self.regions, self.names = text, regions, names
        self._pairs: set[tuple[str, str]] | None = None
        self._alone: set[str] = set()

    def before(self, offset: int) -> str:
        """The capitalised word just before ``offset``, one space apart, if one is."""
        found = WORD_BEFORE.search(self.text, max(0, offset - 40), offset)
        return found.group(1) if found else ""

    def after(self, offset: int) -> str:
        """The capitalised word just after ``offset``, one space apart, if one is."""
        found = WORD_AFTER.match(self.text, offset)
        return found.group(1) if found else ""

    def pair(self, first: str, second: str) -> bool:
        self._read()
        return (first, second) in self._pairs

    def alone(self, word: str) -> bool:
        self._read()
        return word in self._alone

    def _read(self) -> None:
        if self._pairs is None:
            text, regions = self.text, self.regions
            self._pairs = {m.groups() for s, e in regions for m in NAME_PAIR.finditer(text, s, e)}
            self._alone = {m.group(1) for s, e in regions for m in ALONE.finditer(text, s, e)}


def _part_breaks(part: str, offset: int, written: Written, language: str) -> list[int]:
    names = written.names
    cuts = [m.start() for m in JUNCTION.finditer(part)]
    if not cuts:  # one piece (most words): only a name glued to a word of the language
        cut = None
        if part[0].isupper():
            cut = _name_and_function_word(part, names, language)
            cut = cut or _name_and_word(part, offset, written, language)
        return [offset + cut] if cut else []
    pieces = list(zip([0, *cuts], [*cuts, len(part)], strict=True))
    breaks = []
    for index, (start, end) in enumerate(pieces):
        piece = part[start:end]
        if piece[0].isupper() and (cut := _name_and_function_word(piece, names, language)):
            breaks.append(offset + start + cut)
        if index + 1 < len(pieces) and (
            _ends_in_word(piece, names, language)
            or _word_before_name(piece, part[end:], offset + len(part), written, language)
        ):
            breaks.append(offset + end)
    return breaks


def _opens_a_name(piece: str, language: str) -> bool:
    """Whether a capitalised word is a person's title or a country, province or city, which
    a name follows but no brand is made of."""
    if piece.lower() in lexicon(language).person_titles:
        return True
    place = gazetteer().lookup(piece) if len(piece) >= 4 else None  # not "VinFast"
    return place is not None and place.kind in ("country", "province", "city")


def _word_before_name(piece: str, rest: str, end: int, written: Written, language: str) -> bool:
    """Whether a capitalised piece is a word of its own glued to the name after it: a title or
    a place ("PresidenPrabowo Subianto", "RusiaVladimir Putin"), or a word of the language or
    one the article writes as a word of its own before a name the article writes elsewhere
    with the word after it ("GregoriusRonald Tannur" with "Ronald Tannur"). "BlackRock",
    "PlayStation", "YouTube" and "VinFast" stay whole: no article writes "Rock Inc" or "Tube
    Kids" apart, and no title or place opens them."""
    if len(piece) < 3 or not piece[1:].islower() or not rest[:1].isupper() or "-" in rest:
        return False
    if len(rest) >= 3 and rest[1:3].islower() and _opens_a_name(piece, language):
        return True  # "PresidenPrabowo", "RusiaVladimir": a title or a place before a name
    after = written.after(end)
    if not (after and written.pair(rest, after)):
        return False
    return written.names[piece] > 0 or _is_common(piece.lower(), language)


def _ends_in_word(piece: str, names: Counter[str], language: str) -> bool:
    """Whether a piece before a capital is a whole word: a common word in lower case, or a
    known name run into a function word ("Ghazalidengan" before "Alyssa")."""
    if piece.islower():
        return len(piece) >= 2 and _is_common(piece, language)
    return _name_and_function_word(piece, names, language) is not None


def _name_and_function_word(piece: str, names: Counter[str], language: str) -> int | None:
    """Where a known name ends in a capitalised piece that goes on with a function word."""
    if not piece.endswith(_glue_endings(language)):
        return None  # most pieces: one test in C, not one a function word
    if names[piece] > 1:  # a word the article writes twice is a word of its own: "Ramadan"
        return None
    for word in lexicon(language).glue_words:
        name = piece[: -len(word)]
        if (
            piece.endswith(word)
            and len(name) >= (4 if len(word) <= 2 else 3)
            and name in names
            and name[-1].islower()
        ):
            return len(name)
    for word in lexicon(language).glue_words:
        name = piece[: -len(word)]
        if piece.endswith(word) and _slipped_name(name, names, language):
            return len(name)
    return None


def _name_and_word(piece: str, offset: int, written: Written, language: str) -> int | None:
    """Where a name ends in a capitalised piece that goes on with a word of the language, as
    a link's lost space leaves it ("Kimberly Rydermembuat"): the name as the article writes
    it elsewhere, with the word before it ("Kimberly Ryder"); or, after no name, a name that
    is no word of the language, written alone in a sentence, before a long word ("Purosangue
    | terguling"). "Megawati Soekarnoputri", "Arianespace" and "Westminster" stay whole: the
    article writes no "Megawati Soekarno", "space" is short and "west" a word."""
    if written.names[piece] > 1 or not piece[-1].islower():
        return None
    before = None  # the word before the piece, read once a name opens it
    for cut in range(3, len(piece) - 2):
        head, rest = piece[:cut], piece[cut:]
        if head not in written.names:
            continue
        if before is None:
            before = written.before(offset)
        if before:
            named = written.pair(before, head)
        else:
            named = (
                len(rest) >= LONE_GLUED
                and written.alone(head)
                and not _is_common(head.lower(), language)
            )
        if named and _is_common(rest, language):
            return cut
    return None


SLIPPED_NAME = 6  # letters: a shorter word one letter from a name is often another word


def _slipped_name(piece: str, names: Counter[str], language: str) -> bool:
    """A piece one letter (Damerau-Levenshtein) from a name the article writes, both long and
    neither a word of the language: the name misspelt, then glued ("Pengestu" of
    "Pengestuini", with "Pangestu" in the title; not "Pertam" of "Pertamini", as "Pertama"
    is a word)."""
    if len(piece) < SLIPPED_NAME or not piece[-1].islower() or _is_common(piece.lower(), language):
        return False
    return any(
        name[0] == piece[0]
        and abs(len(name) - len(piece)) <= 1
        and len(name) >= SLIPPED_NAME
        and jellyfish.damerau_levenshtein_distance(name, piece) == 1
        and not _is_common(name.lower(), language)
        for name in names
    )


@cache
def _glue_endings(language: str) -> tuple[str, ...]:
    """The language's function words a name may be glued to, for one ``str.endswith``."""
    return tuple(lexicon(language).glue_words)


def _is_common(word: str, language: str) -> bool:
    lex = lexicon(language)
    if word in lex.stopwords:
        return True
    if len(word) < 3:
        return False
    if lex.common_by_dictionary:
        vocabulary = english_vocabulary()
        root = lex.irregular_verbs.get(word, word)
        return any(form in vocabulary for form in english_forms(root))
    return word in common_words(language)
