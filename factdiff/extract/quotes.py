"""Direct quotes and their speakers: "..., kata X", "X said: ...", "..., sambungnya" (the
previous speaker), and a quote-only paragraph that continues the quote before it."""

from __future__ import annotations

import re

from factdiff.lang import Lexicon
from factdiff.model import Mention
from factdiff.text import tokens

PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’", "„": "“"}
PARAGRAPH_OPENERS = "“«„"  # marks that open a quote of several paragraphs
PARAGRAPH_CLOSERS = "”»"
MIN_WORDS = 4  # shorter quoted strings are titles or scare quotes ('demi', “tanpa batas”)


OPENING = re.compile("[" + re.escape("".join(PAIRS)) + "]")


def _quote_spans(
    text: str, start: int, end: int, carried: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """The quotes of one paragraph, and whether one is left open at its end. News writes a
    quote of several paragraphs with an opening mark at each and a closing mark only at the
    last (“... \n\n“... \n\n...”): a curly mark the paragraph never closes quotes it to
    its end, and the paragraph after it (``carried``) up to a closing mark it
    did not open."""
    spans = []
    i = start
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    if carried and text[start + lead : start + lead + 1] not in PAIRS:
        close = _first_unopened_close(text, start, end)
        if close != -1:
            if len(text[start + lead : close].split()) >= MIN_WORDS:
                spans.append((start + lead, close))
            i = close + 1
    while opening := OPENING.search(text, i, end):
        i = opening.start()
        ch = text[i]
        close = PAIRS[ch]
        if ch != "‘" or i == start or not text[i - 1].isalnum():
            j = text.find(close, i + 1, end)
            if j == -1 and ch in PARAGRAPH_OPENERS:
                inner_end = start + len(text[start:end].rstrip())
                if len(text[i + 1 : inner_end].split()) >= MIN_WORDS:
                    return [*spans, (i + 1, inner_end)], True
            if j == -1 and ch == '"':
                break
            if j != -1:
                inner = text[i + 1 : j]
                if len(inner.split()) >= MIN_WORDS:
                    spans.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return spans, False


def _first_unopened_close(text: str, start: int, end: int) -> int:
    """Where the paragraph closes a quote it did not open; -1 if it does not."""
    for k in range(start, end):
        if text[k] in PARAGRAPH_OPENERS:
            return -1
        if text[k] in PARAGRAPH_CLOSERS:
            return k
    return -1


def normalize_quote(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def find_quotes(
    text: str,
    regions: tuple[tuple[int, int], ...],
    sentences: list[tuple[int, int]],
    persons: list[Mention],
    lex: Lexicon,
) -> list[Mention]:
    quotes: list[Mention] = []
    previous_speaker = ""
    previous_region_end = -1
    carried = False
    for region_start, region_end in regions:
        spans, carried = _quote_spans(text, region_start, region_end, carried)
        for index, (s, e) in enumerate(spans):
            sentence = next(
                ((a, b) for a, b in sentences if a <= s < b + 2), (region_start, region_end)
            )
            sentence = (min(sentence[0], s - 1), max(sentence[1], min(region_end, e + 1)))
            tail_end = _tail_end(text, e, region_end)
            speaker, continued = _speaker_after(text, e + 1, tail_end, persons, lex)
            if not speaker and not continued:
                speaker, continued = _speaker_before(text, sentence[0], s, persons, lex)
            whole = text[region_start:region_end].strip('“”"«» .,')
            only_quote = len(text[s:e].strip(" .,")) >= len(whole) - 2
            if not speaker and (
                continued or (only_quote and index == 0 and quotes and previous_region_end >= 0)
            ):
                # "Moore said the crew ... \n "These folks are heroes," he said.": whoever was
                # reported speaking since the last quote, else the last quote's speaker
                since = quotes[-1].end if quotes else region_start
                speaker = _reported_speaker(text, since, s, persons, lex) or previous_speaker
            if not speaker and continued:  # "Mr Hunt told MPs ... "…," he said.": no one quoted yet
                named = [p for p in persons if region_start <= p.start < s]
                speaker = named[-1].canonical if named else ""
            quotes.append(
                Mention("quote", s, e, text[s:e], text[s:e], normalize_quote(text[s:e]), speaker)
            )
            previous_speaker = speaker or previous_speaker
        previous_region_end = region_end if spans else -1
    return quotes


def _reported_speaker(text: str, start: int, end: int, persons: list[Mention], lex: Lexicon) -> str:
    """The last person in text[start:end] told as speaking: "Moore said", "kata Kuntadi"."""
    for p in reversed([p for p in persons if start <= p.start < end]):
        after = WORD_AFTER.match(text, p.end, end)
        before = WORD_BEFORE.search(text, max(start, p.start - 30), p.start)
        words = {m.group(1).lower() for m in (after, before) if m}
        if words & lex.speech_verbs:
            return p.canonical
    return ""


WORD_AFTER = re.compile(r"\s*(\w+)")
WORD_BEFORE = re.compile(r"(\w+)\s*$")


def _tail_end(text: str, quote_end: int, region_end: int) -> int:
    match = re.compile(r"[.!?](?=\s|$)").search(text, quote_end + 1, region_end)
    return match.end() if match else region_end


def _speaker_after(
    text: str, start: int, end: int, persons: list[Mention], lex: Lexicon
) -> tuple[str, bool]:
    toks = tokens(text, start, end)
    verbs = [t for t in toks if t.lower in lex.speech_verbs]
    tail = " ".join(t.lower for t in toks[:4])
    continued = any(
        tail.startswith(", " + c) or tail.startswith(c) for c in lex.speech_continuation
    )
    if not verbs:
        return "", continued
    after = [p for p in persons if verbs[0].end <= p.start < end]
    before = [p for p in persons if start <= p.start < verbs[0].start]
    if after:
        return _apposition(text, after, lex), False
    if before:
        return before[-1].canonical, False
    return "", continued or True  # "..., katanya": the speaker quoted before


def _apposition(text: str, after: list[Mention], lex: Lexicon) -> str:
    """ "ujar penulis Bendera Merah, George Magnus": the name after the comma is the speaker
    when the first name is the object of a role noun rather than the speaker; "said Arsenal
    manager Mikel Arteta": the name after the title is."""
    first = after[0]
    between = text[first.end : after[1].start].strip() if len(after) > 1 else ""
    if between and between in lex.person_titles:
        return after[1].canonical
    if len(after) > 1 and between == ",":
        word_before = re.search(r"(\w+)\s*$", text[: first.start])
        if word_before and word_before.group(1).islower():
            return after[1].canonical
    return first.canonical


def _speaker_before(
    text: str, start: int, quote_start: int, persons: list[Mention], lex: Lexicon
) -> tuple[str, bool]:
    prefix = text[start:quote_start]
    toks = tokens(text, start, quote_start)
    if not (prefix.rstrip(' “"').endswith(":") or any(t.lower in lex.speech_verbs for t in toks)):
        return "", False
    inside = [p for p in persons if start <= p.start < quote_start]
    return (inside[-1].canonical, False) if inside else ("", True)
