"""Runs of tokens that may be names in a sentence: capitalised runs joined by connectors,
the trained tagger's spans, and how the two are merged."""

from __future__ import annotations

import re

from factdiff.extract.names.base import country, is_name_token, org_cue
from factdiff.extract.tagger import person_names
from factdiff.lang import Lexicon
from factdiff.places import ADMIN_WORDS, Gazetteer
from factdiff.text import Token


def capital_runs(toks: list[Token], blocked: bytearray, lex: Lexicon) -> list[list[int]]:
    """Index runs of capitalised tokens, joined by name connectors ("bin", "van", "de")."""
    runs: list[list[int]] = []
    i = 0
    while i < len(toks):
        if not is_name_token(toks[i]) or inside(toks[i], blocked) or tagged_symbol(toks, i):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(toks):
            tok = toks[j]
            if inside(tok, blocked):
                break
            if (
                is_name_token(tok)
                and tok.start - toks[j - 1].end <= 1
                or (
                    (
                        tok.lower in lex.name_connectors
                        or (
                            tok.lower in lex.org_connectors
                            and any(toks[k].lower in lex.org_heads for k in run)
                        )
                    )
                    and _connects(toks, j + 1, lex)
                    and j - 1 in run
                )
                or (  # the full stop of a title: "Sen. Marco Rubio", "Dr. Budi Santoso"
                    tok.text == "."
                    and toks[j - 1].lower in lex.abbreviations
                    and j + 1 < len(toks)
                    and is_name_token(toks[j + 1])
                )
            ):
                run.append(j)
            else:
                break
            j += 1
        runs.append(run)
        i = j
    return runs


def _connects(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a name goes on at toks[j], straight away or after one more connector:
    "Luis de la Fuente", "Rafael van der Vaart"."""
    if j < len(toks) and toks[j].lower in lex.name_connectors:
        j += 1
    return j < len(toks) and is_name_token(toks[j])


def tagged_symbol(toks: list[Token], i: int) -> bool:
    """Whether the token is glued to a symbol before it: a hashtag or a handle
    ("#BringBackOurGirls", "@SkyNewsAust"), or an amount ("$US6,500"), not a name as written."""
    return i > 0 and toks[i - 1].text in ("#", "@", "$") and toks[i - 1].end == toks[i].start


def inside(tok: Token, blocked: bytearray) -> bool:
    """Whether the token starts inside a span already taken (a date): a mask of the text."""
    return bool(blocked[tok.start])


def tagged_runs(
    toks: list[Token], labels: list[str], blocked: bytearray, lex: Lexicon
) -> list[tuple[list[int], str | None]]:
    """The tagger's names as index runs with their type. A name opens with a capital or a
    head word ("kota Camden"), never with a verb or a direction the tagger ran into. A run cut
    at a word inside it keeps its type for its first piece; a later piece that opens with a
    known first name is typed by the rules (None): the tagger typed "Memphis Hustle guard
    Marquis Teague" once, as a place."""
    runs: list[tuple[list[int], str | None]] = []
    current: list[int] = []
    kind = ""
    for i, label in enumerate([*labels, "O"]):
        if current and (label == "O" or label.startswith("B-") or label[2:] != kind):
            pieces = _apart_at_words(toks, _inside_brackets(toks, current), lex)
            for n, piece in enumerate(pieces):
                if piece := _trimmed(toks, piece, blocked, lex):
                    runs.append(
                        (piece, kind if n == 0 or not _first_named(toks, piece, lex) else None)
                    )
            current = []
        if label != "O" and i < len(toks):
            if not current:
                kind = label[2:]
            current.append(i)
    return runs


def _trimmed(toks: list[Token], current: list[int], blocked: bytearray, lex: Lexicon) -> list[int]:
    """A tagged run as a name: opened by a capital or a head word ("kota Camden"), never by a
    verb or a direction the tagger ran into; ended by a capitalised word; with a capital; and
    nothing of it blocked (a date) or glued to a symbol. Empty when no name is left."""
    while current and not (
        (
            _opens_name(toks[current[0]], lex)
            # a head word in lower case opens a name right before it ("kota Camden"),
            # not a phrase ("kota kuno Jalur Sutra Samarkand")
            and (
                is_name_token(toks[current[0]])
                or (len(current) > 1 and is_name_token(toks[current[1]]))
            )
        )
        or (  # "de Burgh", "van Gaal"
            _particle(toks[current[0]], lex)
            and len(current) > 1
            and is_name_token(toks[current[1]])
        )
    ):
        current = current[1:]
    # nor ends with a word in lower case it ran on into ("Manchester United | fans") or
    # with the apostrophe of a possessive ("Apple | 's")
    while current and (
        (toks[current[-1]].text.isalpha() and toks[current[-1]].text.islower())
        or not any(c.isalnum() for c in toks[current[-1]].text)
    ):
        current = current[:-1]
    # a connector the tagger left out still opens the name: "umpan de Jong"
    while (
        current
        and current[0] > 0
        and _particle(toks[current[0] - 1], lex)
        and toks[current[0] - 1].text.islower()
        and not (current[0] > 1 and is_name_token(toks[current[0] - 2]))
    ):
        current = [current[0] - 1, *current]
    # a name has a capitalised word ("magnitudo 5,6" is not a place)
    capital = any(is_name_token(toks[k]) for k in current)
    glued = any(tagged_symbol(toks, k) for k in current)
    if capital and not glued and not any(inside(toks[k], blocked) for k in current):
        return current
    return []


INNER_WORD = 4  # letters: shorter words in lower case inside a name are its function words


def _first_named(toks: list[Token], piece: list[int], lex: Lexicon) -> bool:
    """Whether a piece of two words or more opens with a known first name ("Marquis Teague")."""
    first_names = person_names(lex.language).get("first", frozenset())
    return len(piece) > 1 and toks[piece[0]].lower in first_names


def _apart_at_words(toks: list[Token], run: list[int], lex: Lexicon) -> list[list[int]]:
    """A tagged run cut at each content word in lower case inside it, which no name holds:
    "Memphis Hustle guard Marquis Teague", "Majelis hakim Pengadilan Tipikor". Function words
    stay ("Bank of America", "Promenade des Anglais", "Hutan Kota by Plataran")."""
    pieces: list[list[int]] = [[]]
    for k in run:
        word = toks[k]
        if (
            word.text.isalpha()
            and word.text.islower()
            and len(word.text) >= INNER_WORD
            and word.lower not in lex.stopwords
            and word.lower not in lex.name_connectors
            and word.lower not in lex.list_connectors
            and not _opens_name(word, lex)
        ):
            pieces.append([])
        else:
            pieces[-1].append(k)
    return [p for p in pieces if p]


def _person_after_organization(
    run: list[int], tagged: list[tuple[list[int], str | None]]
) -> tuple[list[int], str | None] | None:
    """The person the tagger saw closing a capitalised run, after an organization it saw in
    the same run ("Fraksi [Partai Demokrat] [Saan Mustopa]"); not a person's name inside an
    organization's ("Universitas Gadjah Mada", read whole or as a person only)."""
    people = [r for r in tagged if r[1] == "person" and r[0][-1] == run[-1]]
    if not people:
        return None
    person = people[0]
    before = [r for r in tagged if r[1] == "organization" and r[0][-1] < person[0][0]]
    return person if before and person[0][0] > run[0] else None


def _inside_brackets(toks: list[Token], run: list[int]) -> list[int]:
    """The part of a tagged run no bracket cuts: a name holds a bracket closed inside it
    ("PT Garuda Indonesia (Persero) Tbk"), but one it ran across ends or opens the name
    ("Tim Nasional (Timnas) Voli Putra Indonesia": "Voli Putra Indonesia";
    "Perusahaan Perseroan (Persero": "Perusahaan Perseroan")."""
    start, opened = 0, None
    for position, k in enumerate(run):
        text = toks[k].text
        if text == "(":
            opened = position if opened is None else opened
        elif text == ")":
            if opened is None:
                start = position + 1
            opened = None
    return run[start:opened] if opened is not None else run[start:]


def _particle(tok: Token, lex: Lexicon) -> bool:
    """A connector that may open a name ("de Jong", "van Gaal"); a word of the language joins
    words inside a name only ("University of Oxford", never "of US")."""
    return tok.lower in lex.name_connectors and tok.lower not in lex.stopwords


def _opens_name(tok: Token, lex: Lexicon) -> bool:
    return (
        is_name_token(tok)
        or tok.lower in lex.org_heads
        or tok.lower in lex.place_heads
        or bool(ADMIN_WORDS.match(f"{tok.lower} "))
    )


def _speaker_after(toks: list[Token], run: list[int], tagged: list, lex: Lexicon) -> list[int]:
    """The words of a capitalised run after the last name the tagger saw in it, when they
    are two or more and a speech verb follows: "Kepala Pelaksana BPBD Jawa Tengah | Bergas
    Catursasi Penanggungan mengatakan", where it saw the office's province only."""
    last = max(k for r in tagged for k in r[0])
    tail = [k for k in run if k > last]
    after = run[-1] + 1
    if len(tail) < 2 or after >= len(toks) or toks[after].lower not in lex.speech_verbs:
        return []
    return tail if all(is_name_token(toks[k]) for k in tail) else []


def _country_of_cue(
    toks: list[Token],
    run: list[int],
    tagged: tuple[list[int], str | None],
    lex: Lexicon,
    places: Gazetteer,
) -> bool:
    """Whether the run's organization head or tail is a word of a country the tagger saw,
    as the gazetteer knows it by that whole name ("the United States"; not "Liga | Indonesia",
    a league of a country)."""
    index, kind = tagged
    cues = {k for k in run if toks[k].lower in lex.org_heads or toks[k].lower in lex.org_tails}
    return (
        kind == "place"
        and cues <= set(index)
        and country(" ".join(toks[k].text for k in index), places)
    )


def _listed_apart(
    toks: list[Token], runs: list[tuple[list[int], str]], lex: Lexicon
) -> list[tuple[list[int], str | None]]:
    """An organization the tagger ran across a list is two: "Apple and Samsung", "Apple Inc
    and Samsung Electronics Co Ltd", "PT Sinar Abadi Tbk dan PT Maju Jaya", where what comes
    before the connector ends with a known organization or a legal form. Not one name with a
    connector inside ("Kementerian Energi dan Sumber Daya Mineral", "Procter and Gamble")."""
    apart: list[tuple[list[int], str | None]] = []
    for index, kind in runs:
        while kind == "organization":
            cut = next(
                (
                    p
                    for p in range(1, len(index) - 1)
                    if toks[index[p]].lower in lex.list_connectors
                    and toks[index[p]].text.islower()
                    and is_name_token(toks[index[p + 1]])
                    and _ends_an_organization(toks, index[:p], lex)
                ),
                None,
            )
            if cut is None:
                break
            apart.append((index[:cut], kind))
            index = index[cut + 1 :]
        apart.append((index, kind))
    return apart


def _ends_an_organization(toks: list[Token], index: list[int], lex: Lexicon) -> bool:
    """Whether the words end with a legal form ("Inc", "Tbk") or a known organization."""
    words = [toks[k].text for k in index]
    if words[-1].lower().rstrip(".") in lex.legal_forms:
        return True
    return any(" ".join(words[-size:]) in lex.known_orgs for size in (1, 2, 3))


def _administrative_place(toks: list[Token], tagged: tuple[list[int], str | None]) -> bool:
    """A place the tagger saw that opens with an administrative word ("Kabupaten Wakatobi")."""
    index, kind = tagged
    return kind == "place" and bool(ADMIN_WORDS.search(" ".join(toks[k].lower for k in index)))


def name_runs(
    toks: list[Token],
    labels: list[str] | None,
    blocked: bytearray,
    lex: Lexicon,
    places: Gazetteer,
) -> list[tuple[list[int], str | None]]:
    """A sentence's runs of name tokens with the tagger's type for each ("" where it saw no
    name, None without a tagger): its spans lead, and a capitalised run it left out or cut
    short joins them where a cue says what the whole run is."""
    runs: list[tuple[list[int], str | None]] = []
    if labels is not None:
        runs = _listed_apart(toks, tagged_runs(toks, labels, blocked, lex), lex)
    for run in capital_runs(toks, blocked, lex):
        overlapping = [r for r in runs if set(r[0]) & set(run)]
        if not overlapping:
            # where the tagger saw no name: "" says none is there, None that it cannot tell
            runs.append((run, "" if labels is not None and lex.tagger_vetoes else None))
        elif tail := _speaker_after(toks, run, overlapping, lex):
            runs.append((tail, ""))
        elif (
            org_cue([toks[k] for k in run], lex)
            and all(set(r[0]) <= set(run) for r in overlapping)
            and not any(_administrative_place(toks, r) for r in overlapping)
            and not any(r[1] == "organization" and r[0][0] == run[0] for r in overlapping)
            and not any(_country_of_cue(toks, run, r, lex, places) for r in overlapping)
        ):
            # "Kejaksaan Agung", "PT Sinar Abadi": an organization head names the whole run,
            # whatever pieces of it the tagger saw; but in "Pemerintah Kabupaten Wakatobi" the
            # place it saw is what the run says, and where it saw the organization from its
            # head on ("Mahkamah Konstitusi | Madagaskar") it knows where the name ends; and a
            # country it saw is one, though a head word opens it ("The United States"). A
            # person it saw after an organization is a member named after it ("Fraksi Partai
            # Demokrat | Saan Mustopa"): the head names the part before the person
            runs = [r for r in runs if r not in overlapping]
            if person := _person_after_organization(run, overlapping):
                runs += [(run[: run.index(person[0][0])], "organization"), person]
            else:
                runs.append((run, "organization"))
        elif (
            len(run) > 1
            and (
                toks[run[-1]].lower in lex.place_tails
                or toks[run[0]].lower in lex.place_heads
                or f"{toks[run[0]].lower} {toks[run[1]].lower}" in lex.place_heads
            )
            and all(set(r[0]) <= set(run) for r in overlapping)
        ):
            # "Ronald Reagan Washington National Airport", "Port of Oakland": a place's tail or
            # head names the whole run, whatever person or place the tagger saw inside it
            runs = [r for r in runs if r not in overlapping] + [(run, "place")]
    return [_after_compound(toks, run, kind, lex) for run, kind in runs]


# a capitalised word joined to a lower-case one: an adjective ("Singapore-based", "Mars-obsessed")
COMPOUND = re.compile(r"[A-Z][\w'’.]*-[a-z][a-z-]*")


def _after_compound(
    toks: list[Token], run: list[int], kind: str | None, lex: Lexicon
) -> tuple[list[int], str | None]:
    """A run without the adjective before its name: "Singapore-based | Broadcom", "San
    Diego-headquartered | Qualcomm" (an organization, by its seat: `seat_adjectives`), "The
    Mars-obsessed | Musk" (of the run's type). A single word left that no tagger typed keeps
    its adjective, the only sign that it names (where the article never writes "Elon Musk")."""
    cut = max((n for n, k in enumerate(run[:-1]) if COMPOUND.fullmatch(toks[k].text)), default=-1)
    if cut < 0:
        return run, kind
    if toks[run[cut]].text.rsplit("-", 1)[1] in lex.seat_adjectives:
        return run[cut + 1 :], "organization"
    if not kind and len(run) - cut - 1 < 2:
        return run, kind
    return run[cut + 1 :], kind
