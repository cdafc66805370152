"""Fact tuples: one per clause, with who (persons and acting organizations), what (the
normalized predicate), when (dates), where (places, and organizations after "di"/"at"),
the numbers, and the terms that align it with other sources' clauses."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator

from factdiff.lang import Lexicon, every_language
from factdiff.model import Fact, Mention
from factdiff.stem import parts_of_speech, stem
from factdiff.text import BEFORE_PARENTHESIS, Covered, Token, clauses, plain, tokens

NAME_TYPES = ("person", "organization", "place")


def predicate(
    toks: list[Token], start: int, mentions: list[Mention], lex: Lexicon
) -> tuple[str, str]:
    """The event word of the clause starting at ``start`` (its tokens), normalized across
    forms and languages ('bertemu', 'pertemuan' and 'met' give 'temu'). Event words of the
    lexicon win, but a speech verb after another content word is the attribution ("X meraih
    52 persen, kata Y"), not the event; otherwise the first affixed (Indonesian) or inflected
    (English) content word, in Indonesian a verb before a noun ("Pasangan ... memperoleh")."""
    fallback = verb = ("", "")
    verbs = parts_of_speech(lex.pos_lexicon)
    outside = list(_outside(toks, mentions))
    for i, tok in enumerate(outside):
        if not tok.is_word or tok.lower in lex.stopwords or tok.lower in lex.person_titles:
            continue  # a title is no event: "Gov. Tate Reeves declared ..."
        if not tok.text.islower() and tok.start != start:
            continue  # a capital opens the clause only
        root = stem(tok.lower, lex.language)
        if root in lex.event_synonyms:
            if fallback[0] and (root in lex.speech_verbs or tok.lower in lex.speech_verbs):
                break
            return lex.event_synonyms[root], tok.text
        if (
            not tok.text.islower()
            and root == tok.lower
            and i + 1 < len(outside)
            and outside[i + 1].text[:1].isupper()
        ):
            continue  # a name's word, no form of a verb: "U.S. Senator", "Mississippi Governor"
        if (
            len(root) > 2
            and root not in lex.speech_verbs
            and (root != tok.lower or not lex.affixed_words)
        ):
            fallback = fallback if fallback[0] else (root, tok.text)
            if not verb[0] and _is_verb(tok.lower, outside[i - 1].lower if i else "", verbs, lex):
                verb = (root, tok.text)
    return verb if verb[0] else fallback


def _is_verb(word: str, before: str, verbs: dict[str, str], lex: Lexicon) -> bool:
    """A verb by the Indonesian part-of-speech lexicon; in English an irregular past ("lost"),
    a word in -ed ("crashed"), or a word after an auxiliary ("will meet"). The first such word
    is the event rather than a noun before it ("Police chief X said the bus lost ...")."""
    if lex.pos_lexicon:
        return verbs.get(word) == "VB"
    return (
        word in lex.irregular_verbs
        or (word.endswith(lex.verb_endings) and len(word) > 4)
        or before in lex.auxiliaries
    )


def clause_terms(toks: list[Token], inside: list[Mention], lex: Lexicon) -> frozenset[str]:
    """The words (stemmed) and mentions a clause is aligned on."""
    terms = set()
    for tok in _outside(toks, inside):
        if tok.is_word and tok.lower not in lex.stopwords and len(tok.text) > 2:
            root = stem(tok.lower, lex.language)
            terms.add(lex.event_synonyms.get(root, root))
    for m in inside:
        if m.type in NAME_TYPES:
            terms.add(name_term(m))
        elif m.type == "date" and m.normalized:
            terms.add(date_term(m))
        elif m.type == "number" and m.normalized:
            terms.add("%" + m.normalized)
            if m.unit:
                terms.add(m.unit)  # the counted noun aligns even when the count differs
                if (size := magnitude(m.normalized)) is not None:
                    terms.add(f"~{m.unit}{size}")
    return frozenset(terms)


INITIAL = re.compile(r"\w\.")


def name_term(m: Mention) -> str:
    """A name's alignment term: case and accents folded, and a person's initials left out
    ("Donald J. Trump" and "Donald Trump" are one term)."""
    key = plain(m.canonical)
    if m.type == "person":
        key = " ".join(w for w in key.split() if not INITIAL.fullmatch(w)) or key
    return "@" + key


def magnitude(normalized: str) -> int | None:
    """A number's order of magnitude ("35080000000" -> 10): near figures share it."""
    try:
        value = abs(float(normalized))
    except ValueError:
        return None
    return math.floor(math.log10(value)) if value and math.isfinite(value) else None


def _outside(toks: list[Token], mentions: list[Mention]) -> Iterator[Token]:
    """The tokens that start outside every mention; both in order of their start."""
    reach, k = -1, 0  # the furthest end of the mentions starting at or before the token
    for tok in toks:
        while k < len(mentions) and mentions[k].start <= tok.start:
            reach = max(reach, mentions[k].end)
            k += 1
        if reach <= tok.start:
            yield tok


def _conversion(text: str, i: int, mentions: list[Mention]) -> bool:
    """A number in parentheses right after another is the same amount in another unit
    ("170 mph (274 kph)", "Rp 15 triliun (US$1 miliar)"): not a number of the fact."""
    if i == 0 or mentions[i - 1].type != "number":
        return False
    before = mentions[i - 1]
    return BEFORE_PARENTHESIS.fullmatch(text, before.end, mentions[i].start) is not None


def date_term(m: Mention) -> str:
    """A date's alignment term: a day with and without its year is one day, so days are keyed
    on month and day (a range of days on its first)."""
    return "#" + (m.normalized.split("/")[0][-5:] if m.unit == "day" else m.normalized)


def build_facts(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], lex: Lexicon
) -> list[Fact]:
    """The article's facts: one a clause (less the quotes in it) that names who, where, when
    or a number."""
    quotes = [(m.start, m.end) for m in mentions if m.type == "quote"]
    quoted = Covered(quotes)
    starts = [m.start for m in mentions]  # mentions are in order of their start
    facts: list[Fact] = []
    for sentence in sentences:
        speaker: int | None = None
        # a clause's tokens are those of its sentence between its ends: made once a sentence
        sentence_tokens = tokens(text, *sentence)
        token_starts = [t.start for t in sentence_tokens]
        for start, end in _outside_quotes(text, clauses(text, sentence, lex), quotes):
            toks = sentence_tokens[
                bisect.bisect_left(token_starts, start) : bisect.bisect_left(token_starts, end)
            ]
            toks = toks[:-1] if toks and toks[-1].end > end else toks
            inside = [
                i
                for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
                if mentions[i].type != "quote" and mentions[i].start not in quoted
            ]
            fact = _fact(text, sentence, (start, end), toks, inside, mentions, lex, speaker)
            if fact is None:
                continue
            facts.append(fact)
            speaker = _reporting_speaker(text, start, end, inside, mentions, lex)
    return facts


def _fact(
    text: str,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    toks: list[Token],
    inside: list[int],
    mentions: list[Mention],
    lex: Lexicon,
    speaker: int | None,
) -> Fact | None:
    """A clause's fact: its mentions (by index) sorted into who, when, where and numbers, its
    predicate and its alignment terms; None when it names none of them."""
    start, end = clause
    orgs = [
        i
        for i in inside
        if mentions[i].type == "organization" and not _attributed(text, mentions[i])
    ]
    who = tuple(
        i
        for i in inside
        if mentions[i].type == "person"
        or (i in orgs and not _after_locative(text, mentions[i], lex))
    )
    # the country of a role ("Perdana Menteri India | Narendra Modi") describes the
    # actor: it is not the place of the event, and aligns as a word, not a name
    roles = {i for i in inside if mentions[i].type == "place" and of_role(text, i, mentions)}
    where = tuple(
        i
        for i in inside
        if (mentions[i].type == "place" and i not in roles)
        or (i in orgs and _after_locative(text, mentions[i], lex))
    )
    when = tuple(i for i in inside if mentions[i].type == "date")
    numbers = tuple(
        i for i in inside if mentions[i].type == "number" and not _conversion(text, i, mentions)
    )
    if not (who or where or when or numbers):
        return None
    what, what_text = predicate(toks, start, [mentions[i] for i in inside], lex)
    terms = clause_terms(toks, [mentions[i] for i in inside if i not in roles], lex)
    return Fact(
        start,
        end,
        sentence[0],
        sentence[1],
        what,
        what_text,
        who,
        when,
        where,
        numbers,
        terms,
        speaker,
    )


def of_role(text: str, index: int, mentions: list[Mention]) -> bool:
    """Whether the place is the country of the role of the person named right after it:
    inside the role ("Perdana Menteri India | Narendra Modi") or before it ("US | President
    Biden")."""
    place = mentions[index]
    after = (mentions[k] for k in range(index + 1, len(mentions)))
    person = next((m for m in after if m.start >= place.end), None)
    if person is None or person.type != "person" or not person.qualifier:
        return False
    between = text[place.end : person.start].strip()
    return person.qualifier.endswith(place.text) if not between else between == person.qualifier


WORD = re.compile(r"[^\W\d_]{2,}")


def _outside_quotes(
    text: str, spans: list[tuple[int, int]], quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The clauses, less the quotes in them: quotes are compared as quotes, while what is
    said around a quote ('," ujar Suharyanto di Cianjur') is a fact like any other."""
    out = []
    for start, end in spans:
        pieces, position = [], start
        for qs, qe in sorted(q for q in quotes if q[0] < end and start < q[1]):
            pieces.append((position, qs - 1))  # up to the opening quotation mark
            position = qe + 1  # from after the closing one
        pieces.append((position, end))
        out += [(s, e) for s, e in pieces if s < e and len(WORD.findall(text, s, e)) >= 2]
    return out


def _words_before(text: str, mention: Mention) -> list[str]:
    return [w.lower() for w in text[max(0, mention.start - 30) : mention.start].split()]


def _attributed(text: str, mention: Mention) -> bool:
    """The outlet a fact is quoted from ("dilansir dari Time", "mengutip Reuters",
    "according to AP") is neither who nor where."""
    before = _words_before(text, mention)
    attribution = every_language("attribution_words")  # a story may mix languages
    return bool(before) and (
        before[-1] in attribution or (len(before) > 1 and before[-2] in attribution)
    )


def _after_locative(text: str, mention: Mention, lex: Lexicon) -> bool:
    """An organization after "di"/"in"/"at" is where a fact happens ("di KTT ...")."""
    before = _words_before(text, mention)
    return bool(before) and before[-1] in lex.locative_prepositions | every_language(
        "org_locatives"
    )


def _reporting_speaker(
    text: str, start: int, end: int, inside: list[int], mentions: list[Mention], lex: Lexicon
) -> int | None:
    """When a clause ends in "bahwa"/"that" after a speech verb, the next clause is that
    person's claim."""
    words = text[start:end].split()
    if not words or words[-1].lower().strip(",") not in lex.reported_speech_markers:
        return None
    persons = [i for i in inside if mentions[i].type == "person"]
    return persons[-1] if persons else None
