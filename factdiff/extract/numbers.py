"""Numbers: digits ("1.500", "2,5 juta"), number words ("dua", "sepertiga", "two"), their
qualifier ("lebih dari", "hampir", "more than") and the noun they count ("tahun", "%")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from factdiff.lang import LANGUAGES, Lexicon, alternation, every_language, lexicon
from factdiff.model import Mention
from factdiff.stem import parts_of_speech, stem
from factdiff.text import TIME_ZONES, folded


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern(language: str, folded: bool) -> re.Pattern:
    """The number pattern; ``folded``: for lower-cased text (see factdiff.text.folded), with
    lower-case literals and no re.IGNORECASE."""
    lex = lexicon(language)
    case = str.lower if folded else str
    # a fraction's word opens a compound ("half-siblings", "half-time"), not a number
    fractions = {w for w, v in lex.number_words.items() if float(v) < 1 and " " not in w}
    whole = [w for w in [*lex.number_words, *lex.number_multipliers] if w not in fractions]
    word = (
        rf"(?:{_alternation(case(w) for w in fractions)})\b(?!-[^\W\d_])"
        rf"|(?:{_alternation(case(w) for w in whole)})"
    )
    quals = _alternation(case(q) for q in lex.number_qualifiers)
    # no digits inside a word, but "Rp1,2 triliun" is written together
    glued = r"(?<=\b[Rr]p)|(?<=\b[Rr]p\.)"
    # a unit of measure may stick to the digits too: "40mph", "2,000km", "5kg"
    units = _alternation(case(u) for u in glued_units(language))
    digits = (
        rf"(?=\d)(?:(?<![\w/.,-])|(?<=\d-)|{glued})\d+(?:[.,]\d+)*"
        rf"(?:{SUFFIXES}|(?P<glued>{units}))?(?![\w/]|[.,]\d)"
    )
    return re.compile(
        rf"(?:(?P<qual>\b(?:{quals}))\s+)?(?:(?<!\w)(?P<cur>{case(CURRENCIES)})\s?)?"
        rf"(?P<num>(?:{digits}|\b(?:{word})\b)(?:[\s-]+(?:{word})\b)*)"
        rf"(?P<unit>\s*%|\s+per\s+cent\b|\s+[^\W\d_]+|-[^\W\d_]+)?",
        0 if folded else re.IGNORECASE,
    )


METRES = re.compile(r"\d+(?:[.,]\d+)*m")


def _metres(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a figure with a glued "m" and no currency is in metres: "50m from the scene",
    "Total width: 12.2m", "a 100m sprint"; but "5m people", "2.3m households" count
    millions of what follows."""
    if not METRES.fullmatch(text, start, end):
        return False
    after = NEXT_WORD.match(text, end)
    word = after.group(1) if after else ""
    return not (word.islower() and (word.endswith("s") or word in lex.scaled_nouns))


def glued_units(language: str) -> list[str]:
    """The abbreviated units of measure a writer may glue to a figure ("40mph", "10km"),
    never a scale's letter ("$5m" is five million)."""
    units = lexicon(language).measure_units
    return [u for u in units if (len(u) <= 3 or "/" in u) and u not in SUFFIX_SCALE]


# "$8bn", "Rp5 triliun", "€103m": a currency before the number is its unit, and a scale may
# stick to the digits
CURRENCIES = r"US\$|S\$|A\$|\$|€|£|¥|Rp\.?|USD|IDR|EUR"
SUFFIXES = "bn|mn|tn|m|k|b|t"
SUFFIX_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
CURRENCY_UNIT = {
    "us$": "$",
    "s$": "$",
    "a$": "$",
    "$": "$",
    "usd": "$",
    "€": "€",
    "eur": "€",
    "£": "£",
    "¥": "¥",
    "rp": "rp",
    "rp.": "rp",
    "idr": "rp",
}


def _value(number: str, lex: Lexicon) -> float | None:
    low = number.lower()
    if low in lex.number_words:
        return float(lex.number_words[low])
    for whole, phrase in _phrase_ends(low, lex):
        # "two and a half", "29-and-a-half": a phrase of words adds its fraction
        rest = _value(whole, lex)
        return None if rest is None else rest + float(lex.number_words[phrase])
    parts = re.split(r"[\s-]+", low)
    total, current = 0.0, 0.0
    for part in parts:
        if re.match(r"\d", part):
            digits = re.match(r"[\d.,]*\d", part).group()
            current += digits_value(digits, lex) * SUFFIX_SCALE.get(part[len(digits) :], 1)
        elif part in lex.number_words and not (current and part in lex.number_multipliers):
            current += float(lex.number_words[part])  # "hundred" alone is a hundred, after
            # a number it multiplies: "five hundred thousand"
        elif part in lex.number_multipliers:
            scale = lex.number_multipliers[part]
            if scale == "teen":
                current += 10
            else:
                current = (current or 1) * float(scale)
                if float(scale) >= 1000:
                    total, current = total + current, 0.0
        else:
            return None
    return total + current


def _phrase_ends(number: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(the rest, the phrase) where ``number`` ends with a fraction written in several words
    ("and a half", "and-a-half") after a figure of its own."""
    return [
        (number[: -len(phrase)].rstrip(" -"), phrase)
        for phrase in _fraction_phrases(lex.language)
        if number.endswith(phrase)
        and number[: -len(phrase)].rstrip(" -")
        and number[-len(phrase) - 1] in " -"
    ][:1]


@cache
def _fraction_phrases(language: str) -> tuple[str, ...]:
    words = lexicon(language).number_words
    joins = lexicon(language).list_connectors
    phrases = (w for w, v in words.items() if float(v) < 1 and re.split(r"[\s-]", w)[0] in joins)
    return tuple(sorted(phrases, key=len, reverse=True))


def digits_value(part: str, lex: Lexicon) -> float:
    """The value of "1.500" or "2,5" (Indonesian) and "1,500" or "2.5" (English); a list of
    digits such as "1,2,3" is no number (ValueError, caught by the caller)."""
    dec, thousands = lex.decimal_separator, "." if lex.decimal_separator == "," else ","
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+", part):
        return float(part.replace(thousands, ""))
    if part.count(thousands) == 1 and dec not in part:
        return float(part.replace(thousands, "."))  # "mesin 1.2 liter": no thousands there
    return float(part.replace(thousands, "").replace(dec, "."))


# clock times are not counts: "3:15 a.m.", "pukul 10.00 WIB", "14.30 WIB" (lower-case
# literals: it runs on the folded text, or with re.IGNORECASE); the words before a clock time
# are every language's, a story may mix languages
ZONES = "|".join(sorted((z.lower() for z in TIME_ZONES), key=lambda z: (-len(z), z)))
TIME = "|".join(
    [
        rf"\b\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|(?:{ZONES})\b)",
        r"\b\d{1,2}:\d{2}\b",
        *(
            rf"(?<={re.escape(word)} )\d{{1,2}}[.:]\d{{2}}\b"
            for word in sorted(every_language("clock_markers"))
        ),
    ]
)
TIMES = {True: re.compile(TIME), False: re.compile(TIME, re.IGNORECASE)}


def find_numbers(
    text: str, spans: list[tuple[int, int]], lex: Lexicon, blocked: list[tuple[int, int]]
) -> list[Mention]:
    # matched on the lower-cased text when it keeps the offsets; values and units are read
    # case-blind and a mention's text is taken from the text itself
    low = folded(text)
    subject = text if low is None else low
    times = TIMES[low is not None]
    blocked = blocked + [m.span() for s, e in spans for m in times.finditer(subject, s, e)]
    pattern = _pattern(lex.language, low is not None)
    found = []
    for start, end in spans:
        for match in pattern.finditer(subject, start, end):
            s, e = match.start(), match.end()
            num_s, num_e = match.span("num")
            if any(bs < num_e and num_s < be for bs, be in blocked):
                continue
            number = match.group("num")
            metres = _metres(text, num_s, num_e, lex) and not match.group("cur")
            try:
                # "50m from the scene" is fifty metres; "$50m" fifty million
                value = digits_value(number[:-1], lex) if metres else _value(number, lex)
            except ValueError:
                continue
            if _excluded(text, num_s, num_e, lex):
                continue
            if not match.group("cur") and _labelled(text, start, num_s, number, lex):
                continue
            if value is None or number.lower() in lex.number_multipliers:
                continue
            if number.lower() in every_language("lone_article_numbers"):
                continue
            glued_unit = match.group("glued") or ("m" if metres else None)
            unit_raw = glued_unit or (match.group("unit") or "").strip().lstrip("-")
            if glued_unit:
                e = num_e  # "40mph before", "a 2,000km flight": the unit is written already
            unit = _unit(unit_raw, lex)
            if glued_unit:
                pass
            elif unit_raw.lower() in lex.classifiers:  # "54 orang saksi" counts witnesses
                noun = _head_noun(text, e, end, lex)
                noun_unit = _unit(noun[0], lex) if noun else ""
                # the text's own case: "3 orang Papua"; "53 orang lainnya" still counts people
                if noun and noun_unit and noun_unit not in lex.stopwords:
                    unit, e = noun_unit, noun[1]
            elif (
                lex.counted_noun_last
                and unit_raw
                and (
                    not unit_raw.isupper() or text[match.end("unit") : match.end("unit") + 1] == "."
                )
            ):
                # English puts the counted noun last: "23 Starlink satellites", "10 police
                # officers"
                noun = _head_noun(text, match.start("unit"), end, lex)
                if noun:
                    unit, e = _unit(noun[0], lex), noun[1]
            currency = CURRENCY_UNIT.get((match.group("cur") or "").lower())
            if currency:
                unit, e = currency, num_e
            elif any(bs < e and num_e < be for bs, be in blocked):
                unit, e = "", num_e  # "the pair Jan. 11": a date is no counted noun
            else:
                unit = _money_or_mass(text, s, e, unit, lex)
            if (
                unit in lex.stopwords
                or not unit
                and unit_raw.lower() in lex.stopwords
                or unit_raw.lower() in lex.range_connectors
                and not currency
            ):
                e, unit = num_e, ""  # "dua dari", "two of": no counted noun
            if re.fullmatch(r"(1[5-9]|20)\d\d", number) and (
                not unit or lex.counted_noun_last and not _counts_many(text, e, lex)
            ):
                continue  # a bare year is a date, found there when it has a marker; "the
                # 2012 NBA draft", "the 2016 season" name a year's event, they count nothing
            # "one" counts only with a noun; in "satu sampai tiga bulan" the range's counts it
            if (
                number.lower() in every_language("counting_only_numbers")
                and not unit
                and not _opens_range(text, num_e, lex)
            ):
                continue
            qual = lex.number_qualifiers.get((match.group("qual") or "").lower(), "")
            qual = "" if qual == "=" else qual  # "sebanyak tujuh" is just seven
            if qual and _particle(text, s, match.group("qual"), lex):
                qual, s = "", match.start("num") if not match.group("cur") else match.start("cur")
            if not qual and number.lower().split()[-1] in lex.rough_multipliers:
                qual = "~"  # "Rp 7 miliaran": some seven billion
            normalized = f"{value:.4f}".rstrip("0").rstrip(".")
            found.append(Mention("number", s, e, text[s:e], text[s:e], normalized, qual, unit))
    found = _ranges(text, _partitives(text, found), lex)
    found += _ordinals(text, spans, lex, blocked)
    return sorted(found, key=lambda m: m.start)


PARTITIVE = re.compile(
    rf"\s+(?:{alternation(every_language('partitive_words'))})\s+"
    rf"(?:(?:{alternation(every_language('partitive_determiners'))})\s+)?"
)


def _partitives(text: str, found: list[Mention]) -> list[Mention]:
    """A part of a whole counts what the whole counts: "killing 177 of the 181 people on
    board", "177 dari 181 penumpang"."""
    out = list(found)
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        if float(part.normalized or 0) < 1:
            continue  # "two thirds of the $5 billion" is a share, no sum of dollars
        if not part.unit and whole.unit and PARTITIVE.fullmatch(text, part.end, whole.start):
            out[k] = replace(part, unit=whole.unit)
    return out


def _particle(text: str, start: int, qualifier: str, lex: Lexicon) -> bool:
    """Whether a qualifier's word is the particle of the verb before it, no qualifier:
    "handed over 21 schoolgirls" hands over twenty-one, not more than twenty-one."""
    verbs = lex.particle_verbs.get(qualifier.lower())
    before = WORD_BEFORE.search(text, max(0, start - 30), start) if verbs else None
    return bool(before) and stem(before.group(1).lower(), lex.language) in verbs


@cache
def _range_gap(language: str) -> re.Pattern:
    """What joins the two figures of a range: a dash ("2-3 bulan"), or a connector ("50 to
    70 percent", "satu sampai tiga bulan", "5 hingga 10 orang")."""
    words = alternation(lexicon(language).range_connectors)
    return re.compile(rf"\s?[-–—]\s?|\s+(?:{words})\s+", re.IGNORECASE)


def _opens_range(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a figure ending at ``end`` opens a range: a connector and a figure follow."""
    gap = _range_gap(lex.language).match(text, end)
    return bool(gap) and gap.end() < len(text) and _starts_figure(text, gap.end(), lex)


def _starts_figure(text: str, at: int, lex: Lexicon) -> bool:
    word = re.match(r"[^\W_]+", text[at : at + 30])
    return bool(word) and (word.group()[0].isdigit() or word.group().lower() in lex.number_words)


def _joined(text: str, low: Mention, high: Mention, lex: Lexicon) -> bool:
    """Whether a range's connector, and nothing else, stands between two figures; it may open
    the second figure as its qualifier ("5 hingga 10 orang")."""
    if _range_gap(lex.language).fullmatch(text, low.end, high.start) or (
        text[low.end : high.start].isspace()
        and high.text.split()[0].lower() in lex.range_connectors
    ):
        return True
    gap = text[low.end : high.start].strip().lower()
    if gap in lex.alternative_connectors:  # "dua atau tiga bulan"
        return True
    before = WORD_BEFORE.search(text, max(0, low.start - 20), low.start)
    # "between 2,000 and 8,000 pounds"
    return (
        gap in lex.list_connectors and bool(before) and before.group(1).lower() in lex.range_openers
    )


def is_range(text: str, low: Mention, high: Mention, lex: Lexicon) -> bool:
    """Whether two figures in a row are one range ("2-3 bulan", "50 to 70 percent", "satu
    sampai tiga bulan"): a connector between them, the second counting a noun (the first the
    same one, or none), and the first the smaller. A score is none ("34-6 win": its first
    figure is the larger), nor a change ("rose from 5 to 10 percent")."""
    if not (_joined(text, low, high, lex) and high.unit and low.unit in ("", high.unit)):
        return False
    if float(low.normalized or 0) >= float(high.normalized or 0):
        return False
    before = WORD_BEFORE.search(text, max(0, low.start - 20), low.start)
    return not (before and before.group(1).lower() in lex.change_from)


def range_bound(text: str, numbers: list[Mention], m: Mention, lex: Lexicon) -> str:
    """How a figure bounds the range it is an end of: ">=" its first figure (at least), "<="
    its second (at most), "" when it ends none. ``numbers``: the article's, in order."""
    k = next(i for i, n in enumerate(numbers) if n is m)
    if k and is_range(text, numbers[k - 1], m, lex):
        return "<="
    if k + 1 < len(numbers) and is_range(text, m, numbers[k + 1], lex):
        return ">="
    return ""


def range_span(text: str, numbers: list[Mention], m: Mention, lex: Lexicon) -> tuple[int, int]:
    """Where the range a figure ends begins and ends ("satu sampai tiga bulan" for its "tiga
    bulan"), or the figure's own span."""
    k = next(i for i, n in enumerate(numbers) if n is m)
    bound = range_bound(text, numbers, m, lex)
    if bound == "<=":
        return numbers[k - 1].start, m.end
    if bound == ">=":
        return m.start, numbers[k + 1].end
    return m.start, m.end


def _ranges(text: str, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """The first figure of a range counts what its second counts: "2-3 bulan" is 2 to 3
    months, "satu sampai tiga bulan" too. Each stays a figure of its own: two ranges with
    another end disagree as two figures do, and a range against one figure is left alone (it
    holds the figure or not; see ``range_bound`` for bounds that exclude it). A figure that
    counts only with a noun ("satu", "one") and ends no range is left out."""
    out = list(found)
    for k in range(len(out) - 1):
        if _score(text, out[k], out[k + 1]):
            # "a 34-6 win", "menang 3-0": a score counts no noun; each outlet's figures of it
            # face each other
            figure = out[k + 1].text.split()[0]  # "6" of "6 win"
            out[k] = replace(out[k], unit=SCORE)
            out[k + 1] = replace(
                out[k + 1],
                unit=SCORE,
                end=out[k + 1].start + len(figure),
                text=figure,
                canonical=figure,
            )
        elif is_range(text, out[k], out[k + 1], lex):
            out[k] = replace(
                out[k], unit=out[k + 1].unit, normalized=_scaled(out[k], out[k + 1], lex)
            )
    only = every_language("counting_only_numbers")
    return [m for m in out if m.unit or m.text.lower() not in only]


LABEL_BEFORE = re.compile(r"([^\W\d_][\w'’]*)(\.?)\s$")
OPENERS = " \"'“‘(["


def _labelled(text: str, sentence: int, start: int, number: str, lex: Lexicon) -> bool:
    """Whether figures starting at ``start`` label something rather than count it: after a
    label word ("Pasal 6 ayat 1", "Nomor 4 Tahun 2025", "Flight 370") or right after a name
    in the sentence ("three Falcon 9 rockets", "the Apollo 11 astronauts", "a Boeing 737
    jet"), where a month, a weekday or a title stays a date's or a count's."""
    if not text[start : start + 1].isdigit():
        return False
    before = LABEL_BEFORE.search(text, max(sentence, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in lex.label_words:
        return True
    opening = not text[sentence : before.start()].strip(OPENERS)
    low = word.lower()
    # a name's number is a whole number: "Mars 140 million miles", "V12 6.496 cc" measure
    return (
        number.isdigit()
        and word[0].isupper()
        and low not in CURRENCY_UNIT
        and not before.group(2)
        and not word.endswith(("'s", "’s"))  # "the Falcon Heavy's 27 engines" counts them
        and not opening
        and low not in lex.months
        and low not in lex.weekdays
        and low not in lex.person_titles
        and low not in lex.number_qualifiers
    )


SCORE = "score"
SCORE_DASH = re.compile(r"[-–]")


def _score(text: str, first: Mention, second: Mention) -> bool:
    """Two whole figures joined by a dash alone, the first not the smaller: a score."""
    return (
        bool(SCORE_DASH.fullmatch(text, first.end, second.start))
        and first.text.isdigit()
        and second.text.split()[0].isdigit()
        and not first.unit
        and float(first.normalized or 0) >= float(second.normalized or 0)
    )


def _scaled(low: Mention, high: Mention, lex: Lexicon) -> str | None:
    """A range's first figure in the scale its second is written in: "250 to 270 million
    miles" is 250 million, "Rp 11 sampai Rp 16 miliar" Rp 11 billion; a first figure with a
    scale of its own, or one the scale would make the larger, keeps its value."""
    scale = next(
        (
            float(factor)
            for word in reversed(high.text.lower().split())
            if (factor := lex.number_multipliers.get(word)) not in (None, "teen")
        ),
        1.0,
    )
    value, top = float(low.normalized or 0), float(high.normalized or 0)
    written = set(low.text.lower().split()) & set(lex.number_multipliers)
    if scale < 1000 or written or value * scale > top:
        return low.normalized
    return f"{value * scale:.4f}".rstrip("0").rstrip(".")


def _excluded(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the number is part of a phrase that counts nothing ("salah satu", "one of the",
    "no one"); a phrase nearby says nothing of another number ("60%, one of the lowest")."""
    window_start = max(0, start - 12)
    window = text[window_start : end + 12].lower()
    for phrase in lex.number_exclusions:
        at = window.find(phrase)
        while at != -1:
            if window_start + at <= start and end <= window_start + at + len(phrase):
                return True
            at = window.find(phrase, at + 1)
    return False


@cache
def _ordinal(language: str) -> re.Pattern:
    """An ordinal, by the language's prefix or suffix: "menit ke-57", "peringkat ke-6"; "86th
    minute", "the 79th anniversary"."""
    lex = lexicon(language)
    if not (lex.ordinal_prefixes or lex.ordinal_suffixes):
        return re.compile(r"(?!)")
    before, after = alternation(lex.ordinal_prefixes), alternation(lex.ordinal_suffixes)
    return re.compile(rf"(?<![\w-])(?:{before})(\d{{1,4}})(?:{after})\b(?!-\d)")


WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
WORD_AFTER = re.compile(r"[\s-]+([^\W\d_]+)")


def is_ordinal(m: Mention) -> bool:
    """ "47th", "ke-47": a rank, never the same quantity as a count ("two minutes")."""
    return any(_ordinal(language).fullmatch(m.text) for language in LANGUAGES)


def _ordinals(
    text: str, spans: list[tuple[int, int]], lex: Lexicon, blocked: list[tuple[int, int]]
) -> list[Mention]:
    """Ordinals with the noun they rank: Indonesian puts it before ("menit ke-32"), English
    after ("32nd minute"). In a list ("menit ke-32 dan ke-57", "32nd and 57th minutes") an
    ordinal without its own noun takes its neighbour's. One with no noun ("untuk ke-2
    kalinya" has "untuk") is left out: there is nothing to compare it by."""
    found = []
    for start, end in spans:
        row: list[tuple[int, int, str, str]] = []  # start, end, value, noun
        for match in _ordinal(lex.language).finditer(text, start, end):
            s, e = match.span()
            if any(bs < e and s < be for bs, be in blocked):
                continue
            if lex.ordinal_noun_before:
                near = WORD_BEFORE.search(text, max(start, s - 30), s)
            else:
                near = WORD_AFTER.match(text, e, end)
            word = near.group(1) if near else ""
            # a common noun, or an acronym ("HUT ke-79": Hari Ulang Tahun), not a name
            noun = _unit(word, lex) if word.islower() or word.isupper() else ""
            row.append((s, e, match.group(1), "" if noun in lex.stopwords else noun))
        # a list's noun: the one before in Indonesian, after in English
        step = -1 if lex.ordinal_noun_before else 1
        order = range(len(row)) if step < 0 else range(len(row) - 1, -1, -1)
        nouns = [noun for *_, noun in row]
        for k in order:
            near_k = k + step
            if not nouns[k] and 0 <= near_k < len(row):
                gap = text[row[min(k, near_k)][1] : row[max(k, near_k)][0]]
                if LIST_GAP.fullmatch(gap):
                    nouns[k] = nouns[near_k]
        for (s, e, value, _), noun in zip(row, nouns, strict=True):
            if noun:
                found.append(Mention("number", s, e, text[s:e], text[s:e], value, "", noun))
    return found


LIST_GAP = re.compile(rf"\s*(?:,|,?\s*(?:{alternation(every_language('list_connectors'))}))\s*")


NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
LABEL_DIGITS = re.compile(r"\s+\d[\w.-]*(?=\s)")
NAME_WORD = re.compile(r"\s+[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


def _money_or_mass(text: str, start: int, end: int, unit: str, lex: Lexicon) -> str:
    """The unit of a figure counted in a word for money and weight: "160,000 pounds" weighs,
    "500 Egyptian pounds" and "50 pounds sterling" pay."""
    words = text[start:end].split()
    mass = lex.money_or_mass.get(words[-1].lower()) if words else None
    if mass is None:
        return unit
    after = WORD_AFTER.match(text, end)
    if any(w.lower() in lex.demonyms for w in words) or (
        after and after.group(1) in lex.money_markers
    ):
        return unit
    return mass


LAST_WORD = re.compile(r"([^\W\d_]+)$")


def _counts_many(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the figure ending at ``end`` counts a plural noun ("1500 people", "2000
    troops")."""
    last = LAST_WORD.search(text, max(0, end - 30), end)
    word = last.group(1) if last else ""
    return word.islower() and (_plural(word) or word in lex.scaled_nouns)


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


def _participle(word: str, lex: Lexicon) -> bool:
    """A past participle before the noun it describes ("freed", "injured"): English only,
    read by its ending."""
    return word.islower() and word.endswith("ed") and word not in lex.stopwords


def _head_noun(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """The noun a number counts, in the words from ``start``, and where it ends. Indonesian:
    the next word ("orang | saksi"). English: past up to two names ("23 | Starlink
    satellites"), and a noun before a plural one modifies it ("police officers")."""
    word = NEXT_WORD.match(text, start, end)
    for _ in range(2 if lex.counted_noun_last else 0):
        if not (word and word.group(1)[:1].isupper()):
            break
        name = NAME_WORD.match(text, word.start(), end)  # "10 U.S. citizens"
        label = LABEL_DIGITS.match(text, name.end(), end)  # "three Falcon 9 rockets"
        word = NEXT_WORD.match(text, label.end() if label else name.end(), end)
    if word and lex.counted_noun_last and _participle(word.group(1), lex):
        noun = NEXT_WORD.match(text, word.end(), end)  # "the 21 freed girls"
        if noun and (_plural(noun.group(1)) or noun.group(1) in lex.scaled_nouns):
            word = noun
    if not (word and _counted_noun(word.group(1), lex)):
        return None
    if lex.counted_noun_last:
        after = NEXT_WORD.match(text, word.end(), end)
        plural = after.group(1) if after else ""
        if _plural(plural) and _counted_noun(plural, lex):
            return plural, after.end()
    return word.group(1), word.end()


def _counted_noun(word: str, lex: Lexicon) -> bool:
    """A noun a classifier counts ("saksi", "pengungsi", "35 other people"), not a verb or
    adjective after it ("162 orang meninggal", "tewas", "two more died")."""
    low = word.lower()
    if low != word:
        return False
    if lex.pos_lexicon:
        return parts_of_speech(lex.pos_lexicon).get(low, "NN") == "NN"
    return not (low in lex.stopwords or low in lex.irregular_verbs or low.endswith(("ed", "ing")))


def _unit(word: str, lex: Lexicon) -> str:
    """The counted noun after a number, stemmed; a verb is no unit ("5,6 mengguncang")."""
    low = word.lower()
    if parts_of_speech(lex.pos_lexicon).get(low) in (
        "VB",
        "ADV",
        "CC",
        "SC",
        "IN",
        "PR",
        "DT",
    ):
        return ""
    low = lex.unit_aliases.get(low, low)
    if low in lex.percent_words or low == "%":
        return "%"
    if not low.isalpha():
        return low  # a currency symbol
    return stem(low, lex.language) if low else ""


# a person's age in apposition: "Trump, 78, said", "Harvey Moeis (38)", "Sari, 25 tahun,"
AGE_BEFORE = re.compile(r",\s*|\s*\(")
AGE_AFTER = re.compile(r"\s*[,.;:)]")
AGE_UNITS = frozenset({"", "tahun", "year"})


def ages(text: str, numbers: list[Mention], persons: list[Mention], lex: Lexicon) -> list[Mention]:
    """The numbers that give the age of a person, as age mentions: the person's canonical
    name as theirs, unit "age". An age belongs to a person, not to the clause it stands in,
    so ages are compared person by person. The age stands in apposition after the name
    ("Trump, 78, said", "Harvey Moeis (38)"), after an age's word ("Septia Adinda yang berusia
    25 tahun", "Sean Copeland, aged 51"), or before the name as its adjective ("31-year-old
    Mohamed Lahouaiej-Bouhlel")."""
    ends = {m.end: m for m in persons}
    starts = {m.start: m for m in persons}
    marked = _age_marker(lex.language)
    out = []
    for n in numbers:
        person = next((ends[e] for e in range(n.start - 3, n.start + 1) if e in ends), None)
        apposed = (  # ", " or " (" lies between
            person is not None
            and AGE_BEFORE.fullmatch(text, person.end, n.start)
            and AGE_AFTER.match(text, n.end)
        )
        if not apposed:
            person = next((ends[e] for e in range(n.start - 24, n.start) if e in ends), None)
            apposed = person is not None and marked.fullmatch(text, person.end, n.start)
        if not apposed:
            suffix = next((x for x in lex.age_suffixes if text.startswith(x, n.end)), "")
            after = n.end + len(suffix) + 1
            person = starts.get(after) if suffix and text[after - 1 : after] == " " else None
            apposed = person is not None
        years = float(n.normalized or 0)
        if not apposed or n.qualifier or n.unit not in AGE_UNITS or not 0 < years < 125:
            out.append(n)
        else:
            out.append(replace(n, canonical=person.canonical, unit="age"))
    return out


@cache
def _age_marker(language: str) -> re.Pattern:
    markers = lexicon(language).age_markers
    if not markers:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:\s*,\s*|\s+)(?:{alternation(markers)})\s+", re.IGNORECASE)
