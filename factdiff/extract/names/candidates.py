"""A sentence's candidate names: each run trimmed of calendar words, common openings and
titles, split into its role and name, its offices and known parts, and typed."""

from __future__ import annotations

import bisect
from functools import cache

from factdiff.extract.names.base import (
    BROAD_PLACES,
    Candidate,
    Context,
    acronym,
    administrative,
    head_size,
    is_common,
    org_cue,
    place_name,
)
from factdiff.extract.names.classify import classify
from factdiff.extract.names.roles import (
    office_before,
    office_title,
    strip_role_org,
    strip_role_place,
    strip_title,
    title_before_name,
    with_title,
)
from factdiff.extract.names.runs import name_runs
from factdiff.lang import Lexicon, lexicon
from factdiff.stem import common_words, english_vocabulary, in_english_dictionary
from factdiff.text import OPENING_QUOTES, TIME_ZONES, Token, tokens


def candidates(sentence: tuple[int, int], blocked: bytearray, ctx: Context) -> list[Candidate]:
    """Names of one sentence. With a tagger, its spans lead and capitalised runs it left out
    count only with a sure cue (a title, a known organization, the gazetteer, a speech verb);
    without one, every capitalised run is a candidate."""
    toks = tokens(ctx.text, *sentence)
    words = [t for t in toks if t.is_word]
    first_word = words[0].start if words else -1
    labels = ctx.tagger(toks) if ctx.tagger else None
    runs = [
        (run, None if tagged == "" and _unsure_opening(toks, run, first_word, ctx) else tagged)
        for run, tagged in name_runs(toks, labels, blocked, ctx.lex, ctx.places)
    ]
    found: list[Candidate] = []
    for run_index, tagged in sorted(runs, key=lambda r: r[0][0]):
        found.extend(_candidates_of_run(toks, run_index, tagged, first_word, sentence, ctx))
    return found


def _unsure_opening(toks: list[Token], run: list[int], first_word: int, ctx: Context) -> bool:
    """Whether the tagger's silence says little of a run: one that opens the sentence, where
    every word has a capital and the tagger sees no word before it, of two words or more none
    of which is a word of the language ("Xi Jinping akan ..."). Its cues type it, as where
    there is no tagger."""
    return (
        toks[run[0]].start == first_word
        and len(run) > 1
        and not any(is_common(toks[k].text, ctx) for k in run)
    )


def _common_opening(run: list[Token], ctx: Context) -> bool:
    """Whether the word opening a sentence's run of capitals is a common word. An English
    dictionary word counts when it stands alone ("Officials said"), before "of" ("Shares of
    Alphabet"), or before other dictionary words ("Related Topics"); before a name it is
    more likely a first name ("Kamala Harris", "Bill Gates")."""
    if is_common(run[0].text, ctx):
        return True
    if not is_common(run[0].text, ctx, opening=True):
        return False
    return (
        len(run) == 1
        or run[1].lower in ctx.lex.name_connectors
        or all(is_common(t.text, ctx, opening=True) for t in run[1:])
    )


@cache
def _calendar(language: str) -> frozenset[str]:
    lex = lexicon(language)
    return frozenset(lex.weekdays) | frozenset(lex.months)


def _candidates_of_run(
    toks: list[Token],
    run_index: list[int],
    tagged: str | None,
    first_word: int,
    sentence: tuple[int, int],
    ctx: Context,
) -> list[Candidate]:
    """A run of name tokens as typed candidates: trimmed, split into the role and the name
    (and the offices between them), the name into its known parts, each part typed."""
    if tagged:  # the tagger leaves titles out of names: take them back so roles are read
        run_index = with_title(toks, run_index, tagged, ctx)
    run = _credit_alone(toks, _trimmed(toks, run_index, tagged, first_word, ctx), first_word, ctx)
    if not run and _lone_opening(toks, run_index, first_word, ctx):
        return [Candidate([toks[run_index[0]]], sentence_start=sentence[0], surname_only=True)]
    if not run or _no_name(toks, run_index, run, tagged, ctx.lex) or _heading(run, ctx):
        return []
    named = _role_and_name(toks, run_index, run, tagged, ctx)
    if named is None:
        return []
    name, role, tagged, offices = named
    before = toks[run_index[0] - 1] if run_index[0] > 0 else None
    prev = before.lower if before is not None and run[0] is toks[run_index[0]] else ""
    role = role or _title_word_before(prev, name, tagged, ctx)
    # the organizations of the office are named too
    found = [Candidate(o, "", "organization", sentence_start=sentence[0]) for o in offices]
    for part in _parts(toks, name, role, prev, tagged, ctx):
        cand = Candidate(part, role if part is name else "", sentence_start=sentence[0])
        cand.type = classify(
            cand,
            prev if part[0] is name[0] else "",
            _next_word(toks, part[-1].end, ctx.lex),
            tagged,
            ctx,
        )
        if cand.type != "person":
            cand.role = ""  # "Ketua KPK": the title is the chair's, not the commission's
        found.append(cand)
    return found


def _trimmed(
    toks: list[Token], run_index: list[int], tagged: str | None, first_word: int, ctx: Context
) -> list[Token]:
    """The run's tokens less the weekdays and months at its ends, and less a common word
    opening the sentence."""
    run = [toks[k] for k in run_index]
    before = toks[run_index[0] - 1] if run_index[0] > 0 else None
    at_start = run[0].start == first_word or (
        before is not None and before.text in OPENING_QUOTES + "("
    )
    # a weekday or month is no part of a name ("Senin Presiden ..."), unless the tagger read
    # it in a person's name ("Jan Kandou", "April Tupai"); dates themselves are taken already
    calendar = _calendar(ctx.lex.language) if tagged != "person" else frozenset()
    while run and run[0].lower in calendar:
        run = run[1:]
    while run and run[-1].lower in calendar:
        run = run[:-1]
    if run and at_start and _opens_with_common_word(run, tagged, ctx):
        title_run, _ = strip_title(run, ctx.lex)
        if title_run is run:  # a common word opening the sentence, not a title
            run = run[1:]
            while run and run[0].lower in ctx.lex.name_connectors:  # "Residents | of Kerrville"
                run = run[1:]
    return run


def _lone_opening(toks: list[Token], run_index: list[int], first_word: int, ctx: Context) -> bool:
    """Whether the run is one word of the language opening the sentence, trimmed as such, that
    may yet be a surname ("Warren criticised ...", "Trump said ..."): no function word, no day
    or month, and no word the article writes in lower case ("People", "Bitcoin")."""
    word = toks[run_index[0]]
    return (
        len(run_index) == 1
        and word.start == first_word
        and word.lower not in ctx.lex.stopwords
        and word.lower not in _calendar(ctx.lex.language)
        and word.lower not in ctx.lowercase_seen
    )


def _credit_alone(
    toks: list[Token], run: list[Token], first_word: int, ctx: Context
) -> list[Token]:
    """A known organization run into the word opening the caption or sentence after it, as a
    photo credit is ("Getty Images | A victim is carried ...", "Reuters | The attack was ..."):
    the organization alone. A word of the dictionary after it is the caption's only where the
    credit opens the line and that word ends the run ("Getty Images | Bodies are ..."; not
    "UN Security Council")."""
    for size in (3, 2, 1):
        if size < len(run) and " ".join(t.text for t in run[:size]) in ctx.lex.known_orgs:
            rest = run[size:]
            at = bisect.bisect_left(toks, run[0].start, key=lambda t: t.start)
            opens = run[0].start == first_word or (at > 0 and toks[at - 1].text == ":")
            if not rest[0].text[0].isupper():
                return run  # "Apple and Samsung": a connector, not a caption's first word
            if rest[0].lower in ctx.lex.stopwords or (
                opens
                and len(rest) == 1
                and _common_opening(rest, ctx)
                and not org_cue(run, ctx.lex)
            ):
                return run[:size]
            return run
    return run


def _opens_with_common_word(run: list[Token], tagged: str | None, ctx: Context) -> bool:
    """Whether the run opening a sentence opens with a common word ("Penetapan ..."), even
    where the tagger took it for a name on its own."""
    lex = ctx.lex
    lone = tagged and len(run) == 1
    # a person the tagger ran into the word opening the sentence, a word this article writes
    # in lower case elsewhere ("Elektabilitas Prabowo-Gibran terus naik", "... elektabilitas")
    ran_into = tagged == "person" and len(run) > 1 and run[0].lower in ctx.lowercase_seen
    # a function word before a name, whatever the tagger or a cue made of the run: "The
    # Associated Press", as "the Associated Press" further on; but "The Hague"
    article = (
        len(run) > 1
        and run[0].lower in lex.stopwords
        and not ctx.places.lookup(" ".join(t.text for t in run))
    )
    # a plural noun of the language before "of" ("Shares of Goldman Sachs", "Fans of
    # Manchester United"), whatever the tagger or a cue made of the run
    partitive = len(run) > 2 and run[1].lower in lex.name_connectors and _plural_noun(run[0], ctx)
    return bool(
        (article or partitive or (not tagged or lone or ran_into))
        and (run[0].lower in lex.stopwords or _common_opening(run, ctx))
        # but a city may open it: "Medan dilanda banjir", where the tagger read a place, and
        # a known organization ("Kejagung menahan ...", not the corn "jagung" it stems to)
        # that is no common word itself ("Antara 1992 ...": between 1992 and ...)
        and not (lone and tagged == "place" and ctx.places.lookup(run[0].text))
        and not (run[0].text in lex.known_orgs and run[0].lower not in common_words(lex.language))
        and not acronym(run[:1])  # "US secretary of state ...", not the pronoun "us"
    )


def _plural_noun(word: Token, ctx: Context) -> bool:
    """Whether the word is the plural of a noun of the English dictionary and no head of an
    organization's or a place's name ("Shares", "Residents"; not "Games", "Forces")."""
    lex, low = ctx.lex, word.lower
    if not lex.common_by_dictionary or low in lex.org_heads or low in lex.org_tails:
        return False
    vocabulary = english_vocabulary()
    return any(
        low.endswith(ending) and low[: -len(ending)] in vocabulary for ending in lex.plural_endings
    )


def _no_name(
    toks: list[Token], run_index: list[int], run: list[Token], tagged: str | None, lex: Lexicon
) -> bool:
    """Whether what the run says is no one's name."""
    if not tagged and _quoted_title(toks, run_index):
        return True  # “Red Flags”: the title of a work, not a name of anyone
    last = run[-1].lower
    if _a_people(last, lex) or any(
        last.endswith(ending) and _a_people(last[: -len(ending)], lex)
        for ending in lex.plural_endings
    ):
        # "Costa Rican tourists", "the Russian side", "Palestinians said": what a name is, or
        # its people, not a name
        return True
    if lex.contractions and any(t.lower.endswith(lex.contractions) for t in run):
        return True  # "I'll", "Bet I’d", "Venus can't": a pronoun or verb, never a name
    if len(run) != 1:
        return False
    # "6:09 p.m. EDT", "pukul 06.03 WIB"; "the CEO", "GDP grew", "P.S.": a common noun
    return run[0].text in TIME_ZONES or run[0].text.replace(".", "") in lex.common_acronyms


def _a_people(word: str, lex: Lexicon) -> bool:
    return word in lex.demonyms or word in lex.adherents


def _heading(run: list[Token], ctx: Context) -> bool:
    """Whether the run is a heading or menu in capitals, perhaps run into the word opening
    the text below it ("TEST SERIES", "ROCKET MYSTERY Conspiracy"): two words or more in
    capitals, every word of the run in the English dictionary, and no organization or place
    by that name ("UNITED NATIONS" is one; "BOKO HARAM" and "DAVID GREENE" hold words no
    dictionary has)."""
    capitals = [t for t in run if t.text.isupper() and len(t.text) > 2]
    if len(capitals) < 2 or not ctx.lex.common_by_dictionary:
        return False
    if not all(in_english_dictionary(t.lower) for t in run):
        return False
    titled = " ".join(t.text.title() for t in run)
    return titled not in ctx.lex.known_orgs and not ctx.places.lookup(titled)


def _role_and_name(
    toks: list[Token], run_index: list[int], run: list[Token], tagged: str | None, ctx: Context
) -> tuple[list[Token], str, str | None, list[list[Token]]] | None:
    """The run's name, the role before it, the type the tagger gave (a seat it ran into a
    person's name makes it a person) and the offices in the role; None when the run is an
    office with no one named."""
    lex = ctx.lex
    name, role = strip_title(run, lex)
    if not role and tagged == "person" and run[0] is toks[run_index[0]]:
        role = _office_apart(toks, run_index[0], ctx)
    if (
        tagged == "place"
        and not role
        and not place_name(name, ctx)
        and office_before(toks, run_index[0], lex)
    ):
        # "Kepala Dinas Kesehatan | Kota Bandung Anhar Hadian": the tagger ran the office's
        # seat into the name of its head
        rest, seat = strip_role_place(name, "", ctx)
        if rest is not name and not any(is_common(t.text, ctx) for t in rest):
            name, role, tagged = rest, seat.strip(), "person"
    if len(name) > 1 and title_before_name(toks, name[-1], lex):
        name = name[:-1]  # "Kapolda Metro Jaya Irjen | Fadil Imran": the rank is the next name's
        if role and not place_name(name, ctx):
            return None  # "Kapolda Metro Jaya": the office, no one named
    while (
        role
        and len(name) > 1
        and is_common(name[0].text, ctx)
        and name[0].lower not in lex.org_heads  # "Ketua Yayasan Damandiri": of the foundation
        and not administrative(name)  # "Kepala Desa Sukamaju": the head of the village
        and role.split()[-1].lower().rstrip(".") not in lex.rank_titles  # "AKBP Iman Imanuddin"
    ):
        role, name = f"{role} {name[0].text}", name[1:]  # "Menteri Luar Negeri"
    if (
        role
        and not tagged
        and all(is_common(t.text, ctx) for t in name)
        and not ctx.places.lookup(" ".join(t.text for t in name))
    ):
        return None  # "Menteri Perguruan Tinggi", "Aktor Terbaik": a role, no one named
    name, role, offices = _seat_and_offices(name, role, tagged, ctx)
    if offices and tagged == "organization" and not acronym(name):
        tagged = "person"  # "Ketua KPK Firli Bahuri" read as one organization: the name is his
    if role and all(word in lex.name_titles for word in role.lower().split()):
        name = run  # "Ratu Wilhelmina", "Sri Sultan Hamengkubuwono X": a title that names
    return name, role, tagged, offices


def _seat_and_offices(
    name: list[Token], role: str, tagged: str | None, ctx: Context
) -> tuple[list[Token], str, list[list[Token]]]:
    """The seat and the offices between a role and the name go to the role ("Ketua DPR RI |
    Puan Maharani"); a role before a place is no one's ("Bupati Lampung Utara")."""
    offices: list[list[Token]] = []
    # a rank or courtesy title names the one after it, even a place's namesake ("Mr. Tan",
    # "Sgt. Jackson"); only an office may be of a place ("Ratu Belanda")
    ranked = bool(role) and role.split()[-1].lower().rstrip(".") in ctx.lex.rank_titles
    whole_place = place_name(name, ctx) and not ranked
    seated = strip_role_place(name, role, ctx) if role and not whole_place else (name, role)
    if role and seated[0] is name and (whole_place or administrative(name)):
        role = ""  # "Ratu Belanda", "Bupati Lampung Utara", "Kepala Desa Kleben": no one named
    elif role or tagged == "person":  # "Kemenkes Maxi Rein Rondonuwu": no one's first name
        name, role = seated
        while len(offices) < 3:  # "Dirjen P2P Kemenkes Maxi Rein Rondonuwu": two offices
            # without a title, only a known organization: "OC Kaligis" opens with initials
            name, role, office = strip_role_org(name, role, ctx, titled=bool(role))
            if not office:
                break
            offices.append(office)
            name, role = strip_role_place(name, role, ctx)  # "Ketua DPR RI Puan Maharani"
    return name, role, offices


def _title_word_before(prev: str, name: list[Token], tagged: str | None, ctx: Context) -> str:
    """The title just before a name that has none, as its role ("kata Menteri | Budi")."""
    if (
        prev in ctx.lex.person_titles
        and not ctx.places.lookup(" ".join(t.text for t in name))
        and not (tagged == "" and all(is_common(t.text, ctx) for t in name))
    ):
        return prev  # but "profesor Sejarah", "penyanyi Country" name no one
    return ""


def _parts(
    toks: list[Token],
    name: list[Token],
    role: str,
    prev: str,
    tagged: str | None,
    ctx: Context,
) -> list[list[Token]]:
    """The name, or its pieces where a known place or organization closes an untagged one;
    a person's cue keeps it whole unless a piece is a known organization."""
    lex = ctx.lex
    following = _next_word(toks, name[-1].end, lex)
    person_cue = (
        bool(role)
        or following in lex.speech_verbs
        or prev in lex.speech_verbs
        or (following.startswith(",") and following[1:] in lex.person_titles)
    )
    parts = [name] if tagged else _split_on_known(name, ctx)
    if person_cue and not any(" ".join(t.text for t in p) in lex.known_orgs for p in parts):
        parts = [name]
    return parts


def _quoted_title(toks: list[Token], run_index: list[int]) -> bool:
    first, last = run_index[0], run_index[-1]
    return (
        first > 0
        and last + 1 < len(toks)
        and toks[first - 1].text in OPENING_QUOTES
        and toks[last + 1].text in "\"”’'»"
    )


def _office_apart(toks: list[Token], first: int, ctx: Context) -> str:
    """A title and its office before a person the tagger read apart from them, as the
    person's role: "Ketua KPK | Firli Bahuri" (the commission tagged on its own), "Bupati
    Sidoarjo | Ahmad Muhdlor" (the seat a place of its own)."""
    title = office_title(toks, first, ctx.lex)
    if title is None:
        return ""
    return ctx.text[toks[title].start : toks[first - 1].end]


def _next_word(toks: list[Token], end: int, lex: Lexicon) -> str:
    """The word after ``end``, lower-cased; after a comma, "," and the word after it, read
    past "mantan" or "former" (", mantan Direktur": an apposition's title)."""
    after = toks[bisect.bisect_left(toks, end, key=lambda t: t.start) :]
    if after and after[0].text == "," and len(after) > 1:
        k = 1
        while k + 1 < len(after) and after[k].lower in lex.title_modifiers:
            k += 1
        return "," + after[k].lower
    return after[0].lower if after else ""


def _split_on_known(name: list[Token], ctx: Context) -> list[list[Token]]:
    """ "Jalur Sutra Samarkand", "Analisis Reuters": a known place or organization closing an
    unknown run stands alone, when what precedes it is not a name of its own."""
    if len(name) < 2:
        return [name]
    full = " ".join(t.text for t in name)
    if ctx.places.lookup(full) or full in ctx.lex.known_orgs or org_cue(name, ctx.lex):
        return [name]
    if head_size(name, ctx.lex):
        return [name]  # a place named after a city: "Port of Oakland", "Bandara Lombok"
    for size in (2, 1):
        if size >= len(name):
            continue
        tail, head = name[-size:], name[:-size]
        tail_text = " ".join(t.text for t in tail)
        if tail_text in ctx.lex.known_orgs:
            return [head, tail]
        place = ctx.places.lookup(tail_text)
        if place is None or all(t.lower in ctx.lex.geo_qualifiers for t in tail):
            continue
        if all(is_common(t.text, ctx) for t in tail):
            continue  # a word of the language closing a name ("Aparatur Sipil Negara")
        if place.kind in BROAD_PLACES or any(is_common(t.text, ctx) for t in head):
            return [head, tail]
    return [name]
