"""Persons, organizations and places: capitalised runs as candidates, typed in one place
(``classify``) from cue words, the gazetteer and the trained tagger, then linked within the
article ("Xi" -> "Xi Jinping", "presiden Rusia" -> "Vladimir Putin")."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from factdiff.lang import Lexicon, lexicon
from factdiff.model import Mention
from factdiff.places import ADMIN_WORDS, Gazetteer
from factdiff.stem import common_words, english_forms, english_vocabulary, stem
from factdiff.text import BEFORE_PARENTHESIS, OPENING_QUOTES, TIME_ZONES, Token, tokens

# A tagger maps a sentence's tokens to one BIO label each ("B-person", "I-place", "O").
# See factdiff.extract.tagger.
Tagger = Callable[[list[Token]], list[str]]


@dataclass
class Candidate:
    tokens: list[Token]
    role: str = ""
    type: str | None = None
    sentence_start: int = 0

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class Context:
    text: str
    lex: Lexicon
    places: Gazetteer
    lowercase_seen: frozenset[str]
    tagger: Tagger | None = None
    # English: words the article writes with a capital inside a sentence, lower-cased; a
    # word of the vocabulary that the article uses as a name ("Brown", "Apple") is no
    # common word there
    names_seen: frozenset[str] = frozenset()


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    if text[-1] == "s" and len(text) > 2 and text[:-1].isupper():
        return False  # "MPs", "NGOs": a plural of a common noun's acronym
    return tok.is_word and text[0].isupper()


def is_common(word: str, ctx: Context, opening: bool = False) -> bool:
    """A word the language uses in lower case: a stopword, a word of the common vocabulary,
    or one this very article writes in lower case elsewhere. A word ``opening`` a sentence
    may also be any English dictionary word the article does not use as a name ("Shares of
    Alphabet rose", "Officials said"); elsewhere the dictionary would take first names
    ("Sen. Chuck Schumer", "Bill") for words."""
    low = word.lower()
    if low in ctx.lowercase_seen or low in common_words(ctx.lex.language):
        return True
    if opening and ctx.lex.language == "en":
        vocabulary = english_vocabulary()
        return low not in ctx.names_seen and any(f in vocabulary for f in english_forms(low))
    if ctx.lex.language == "id" and "-" not in low:
        # an affixed form of a common root ("Pertemuan" of "temu"); a short root such as the
        # "dan" Sastrawi finds in "Dani" says nothing
        root = stem(low, "id")
        if root == low or len(root) < 4 or root in ctx.lex.stopwords:
            return False
        return root in ctx.lowercase_seen or root in common_words("id")
    return False


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


def _runs(toks: list[Token], blocked: bytearray, lex: Lexicon) -> list[list[int]]:
    """Index runs of capitalised tokens, joined by name connectors ("bin", "van", "de")."""
    runs: list[list[int]] = []
    i = 0
    while i < len(toks):
        if not _is_name_token(toks[i]) or _inside(toks[i], blocked):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(toks):
            tok = toks[j]
            if _inside(tok, blocked):
                break
            if (
                _is_name_token(tok)
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
                    and _is_name_token(toks[j + 1])
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
    return j < len(toks) and _is_name_token(toks[j])


def _inside(tok: Token, blocked: bytearray) -> bool:
    """Whether the token starts inside a span already taken (a date): a mask of the text."""
    return bool(blocked[tok.start])


def _strip_title(run: list[Token], lex: Lexicon) -> tuple[list[Token], str]:
    """Split "Japanese Prime Minister Fumio Kishida" into the role "Japanese Prime Minister"
    and the name "Fumio Kishida": a title among the first words, and what follows it. A title
    right after a place's or an organization's head word is part of that name ("Jalan Sultan
    Agung", "Universitas Jenderal Soedirman")."""
    opening = _head_size(run, lex)
    for offset in range(min(4, len(run) - 1)):
        if opening and offset == opening:
            continue
        for size in (3, 2, 1):
            head = " ".join(t.lower for t in run[offset : offset + size])
            if offset + size < len(run) and head in lex.person_titles:
                after = run[offset + size :]
                while len(after) > 1 and after[0].text == ".":  # "Sen." / "Dr."
                    after = after[1:]
                rest, more = _strip_title(after, lex)
                role = " ".join(t.text for t in run[: offset + size])
                return rest, f"{role} {more}".strip()
    return run, ""


def _head_size(run: list[Token], lex: Lexicon) -> int:
    """The words of the place's or organization's head word a run opens with (0 for none)."""
    if len(run) > 1 and " ".join(t.lower for t in run[:2]) in lex.place_heads:
        return 2
    return int(bool(run) and (run[0].lower in lex.org_heads or run[0].lower in lex.place_heads))


def _tagged_runs(
    toks: list[Token], labels: list[str], blocked: bytearray, lex: Lexicon
) -> list[tuple[list[int], str]]:
    """The tagger's names as index runs with their type. A name opens with a capital or a
    head word ("kota Camden"), never with a verb or a direction the tagger ran into."""
    runs: list[tuple[list[int], str]] = []
    current: list[int] = []
    kind = ""
    for i, label in enumerate([*labels, "O"]):
        if current and (label == "O" or label.startswith("B-") or label[2:] != kind):
            while current and not (
                _opens_name(toks[current[0]], lex)
                or (  # "de Burgh", "van Gaal"
                    _particle(toks[current[0]], lex)
                    and len(current) > 1
                    and _is_name_token(toks[current[1]])
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
                and not (current[0] > 1 and _is_name_token(toks[current[0] - 2]))
            ):
                current = [current[0] - 1, *current]
            # a name has a capitalised word ("magnitudo 5,6" is not a place)
            capital = any(_is_name_token(toks[k]) for k in current)
            if capital and not any(_inside(toks[k], blocked) for k in current):
                runs.append((current, kind))
            current = []
        if label != "O" and i < len(toks):
            if not current:
                kind = label[2:]
            current.append(i)
    return runs


def _particle(tok: Token, lex: Lexicon) -> bool:
    """A connector that may open a name ("de Jong", "van Gaal"); a word of the language joins
    words inside a name only ("University of Oxford", never "of US")."""
    return tok.lower in lex.name_connectors and tok.lower not in lex.stopwords


def _opens_name(tok: Token, lex: Lexicon) -> bool:
    return (
        _is_name_token(tok)
        or tok.lower in lex.org_heads
        or tok.lower in lex.place_heads
        or bool(ADMIN_WORDS.match(f"{tok.lower} "))
    )


def candidates(sentence: tuple[int, int], blocked: bytearray, ctx: Context) -> list[Candidate]:
    """Names of one sentence. With a tagger, its spans lead and capitalised runs it left out
    count only with a sure cue (a title, a known organization, the gazetteer, a speech verb);
    without one, every capitalised run is a candidate."""
    toks = tokens(ctx.text, *sentence)
    words = [t for t in toks if t.is_word]
    first_word = words[0].start if words else -1
    labels = ctx.tagger(toks) if ctx.tagger else None
    runs: list[tuple[list[int], str | None]] = []
    if labels is not None:
        runs = list(_tagged_runs(toks, labels, blocked, ctx.lex))
    for run in _runs(toks, blocked, ctx.lex):
        overlapping = [r for r in runs if set(r[0]) & set(run)]
        if not overlapping:
            # where the tagger saw no name: "" says none is there, None that it cannot tell
            runs.append((run, "" if labels is not None and ctx.lex.tagger_vetoes else None))
        elif tail := _speaker_after(toks, run, overlapping, ctx.lex):
            runs.append((tail, ""))
        elif (
            _org_cue([toks[k] for k in run], ctx.lex)
            and all(set(r[0]) <= set(run) for r in overlapping)
            and not any(_administrative_place(toks, r) for r in overlapping)
            and not any(r[1] == "organization" and r[0][0] == run[0] for r in overlapping)
        ):
            # "Kejaksaan Agung", "PT Sinar Abadi": an organization head names the whole run,
            # whatever pieces of it the tagger saw; but in "Pemerintah Kabupaten Wakatobi" the
            # place it saw is what the run says, and where it saw the organization from its
            # head on ("Mahkamah Konstitusi | Madagaskar") it knows where the name ends
            runs = [r for r in runs if r not in overlapping] + [(run, "organization")]
        elif (
            len(run) > 1
            and (
                toks[run[-1]].lower in ctx.lex.place_tails
                or toks[run[0]].lower in ctx.lex.place_heads
                or f"{toks[run[0]].lower} {toks[run[1]].lower}" in ctx.lex.place_heads
            )
            and all(set(r[0]) <= set(run) for r in overlapping)
        ):
            # "Ronald Reagan Washington National Airport", "Port of Oakland": a place's tail or
            # head names the whole run, whatever person or place the tagger saw inside it
            runs = [r for r in runs if r not in overlapping] + [(run, "place")]
    found: list[Candidate] = []
    for run_index, tagged in sorted(runs, key=lambda r: r[0][0]):
        found.extend(_candidates_of_run(toks, run_index, tagged, first_word, sentence, ctx))
    return found


def _speaker_after(toks: list[Token], run: list[int], tagged: list, lex: Lexicon) -> list[int]:
    """The words of a capitalised run after the last name the tagger saw in it, when they
    are two or more and a speech verb follows: "Kepala Pelaksana BPBD Jawa Tengah | Bergas
    Catursasi Penanggungan mengatakan", where it saw the office's province only."""
    last = max(k for r in tagged for k in r[0])
    tail = [k for k in run if k > last]
    after = run[-1] + 1
    if len(tail) < 2 or after >= len(toks) or toks[after].lower not in lex.speech_verbs:
        return []
    return tail if all(_is_name_token(toks[k]) for k in tail) else []


def _administrative_place(toks: list[Token], tagged: tuple[list[int], str | None]) -> bool:
    """A place the tagger saw that opens with an administrative word ("Kabupaten Wakatobi")."""
    index, kind = tagged
    return kind == "place" and bool(ADMIN_WORDS.search(" ".join(toks[k].lower for k in index)))


@cache
def _calendar(language: str) -> frozenset[str]:
    lex = lexicon(language)
    return frozenset(lex.weekdays) | frozenset(lex.months)


@cache
def _title_ends(language: str) -> frozenset[str]:
    return frozenset(title.split()[-1] for title in lexicon(language).person_titles)


def _with_title(toks: list[Token], run_index: list[int], ctx: Context) -> list[int]:
    """The run with the title before it, and a country between them ("Presiden Rusia |
    Vladimir Putin"), when there is one."""
    first = run_index[0]
    if first == 0:
        return run_index
    last = toks[first - 1]  # a title's last word, or a country's
    if last.lower not in _title_ends(ctx.lex.language) and not _is_name_token(last):
        return run_index
    for skip in (0, 1, 2):  # words of a country between the title and the name
        between = toks[first - skip : first]
        if skip and not (
            all(_is_name_token(t) for t in between)
            and (place := ctx.places.lookup(" ".join(t.text for t in between)))
            and place.kind in BROAD_PLACES
        ):
            continue
        for size in (3, 2, 1):
            start = first - skip - size
            head = " ".join(t.lower for t in toks[max(start, 0) : first - skip])
            if start >= 0 and head in ctx.lex.person_titles:
                return list(range(start, first)) + run_index
    return run_index


def _candidates_of_run(
    toks, run_index, tagged, first_word, sentence, ctx: Context
) -> list[Candidate]:
    lex = ctx.lex
    if tagged:  # the tagger leaves titles out of names: take them back so roles are read
        run_index = _with_title(toks, run_index, ctx)
    run = [toks[k] for k in run_index]
    before = toks[run_index[0] - 1] if run_index[0] > 0 else None
    at_start = run[0].start == first_word or (
        before is not None and before.text in OPENING_QUOTES + "("
    )
    # a weekday or month is no part of a name ("Senin Presiden ..."), unless the tagger read
    # it in a person's name ("Jan Kandou", "April Tupai"); dates themselves are taken already
    calendar = _calendar(lex.language) if tagged != "person" else frozenset()
    while run and run[0].lower in calendar:
        run = run[1:]
    while run and run[-1].lower in calendar:
        run = run[:-1]
    # a common word opening a sentence is no name ("Penetapan ..."), even when the tagger
    # took it for one on its own
    lone = tagged and len(run) == 1
    # a person the tagger ran into the word opening the sentence, a word this article writes
    # in lower case elsewhere ("Elektabilitas Prabowo-Gibran terus naik", "... elektabilitas")
    ran_into = tagged == "person" and len(run) > 1 and run[0].lower in ctx.lowercase_seen
    if (
        (not tagged or lone or ran_into)
        and run
        and at_start
        and (run[0].lower in lex.stopwords or _common_opening(run, ctx))
        # but a city may open it: "Medan dilanda banjir", where the tagger read a place, and
        # a known organization ("Kejagung menahan ...", not the corn "jagung" it stems to)
        # that is no common word itself ("Antara 1992 ...": between 1992 and ...)
        and not (lone and tagged == "place" and ctx.places.lookup(run[0].text))
        and not (run[0].text in lex.known_orgs and run[0].lower not in common_words(lex.language))
        and not _acronym(run[:1])  # "US secretary of state ...", not the pronoun "us"
    ):
        title_run, _ = _strip_title(run, lex)
        if title_run is run:  # a common word opening the sentence, not a title
            run = run[1:]
            while run and run[0].lower in lex.name_connectors:  # "Residents | of Kerrville"
                run = run[1:]
    if not run or (not tagged and _quoted_title(toks, run_index)):
        return []  # “Red Flags”: the title of a work, not a name of anyone
    if run[-1].lower in lex.demonyms:
        return []  # "Costa Rican tourists", "the Russian side": what a name is, not a name
    if len(run) == 1 and run[0].text in TIME_ZONES:
        return []  # "6:09 p.m. EDT", "pukul 06.03 WIB"
    name, role = _strip_title(run, lex)
    if (
        tagged == "place"
        and not role
        and not _place_name(name, ctx)
        and _office_before(toks, run_index[0], lex)
    ):
        # "Kepala Dinas Kesehatan | Kota Bandung Anhar Hadian": the tagger ran the office's
        # seat into the name of its head
        rest, seat = _strip_role_place(name, "", ctx)
        if rest is not name and not any(is_common(t.text, ctx) for t in rest):
            name, role, tagged = rest, seat.strip(), "person"
    if len(name) > 1 and _title_before_name(toks, name[-1], lex):
        name = name[:-1]  # "Kapolda Metro Jaya Irjen | Fadil Imran": the rank is the next name's
        if role and not _place_name(name, ctx):
            return []  # "Kapolda Metro Jaya": the office, no one named
    while (
        role
        and len(name) > 1
        and is_common(name[0].text, ctx)
        and name[0].lower not in lex.org_heads  # "Ketua Yayasan Damandiri": of the foundation
        and not _administrative(name)  # "Kepala Desa Sukamaju": the head of the village
        and role.split()[-1].lower().rstrip(".") not in lex.rank_titles  # "AKBP Iman Imanuddin"
    ):
        role, name = f"{role} {name[0].text}", name[1:]  # "Menteri Luar Negeri"
    if (
        role
        and not tagged
        and all(is_common(t.text, ctx) for t in name)
        and not ctx.places.lookup(" ".join(t.text for t in name))
    ):
        return []  # "Menteri Perguruan Tinggi", "Aktor Terbaik": a role, no one named
    offices: list[list[Token]] = []
    whole_place = _place_name(name, ctx)
    seated = _strip_role_place(name, role, ctx) if role and not whole_place else (name, role)
    if role and seated[0] is name and (whole_place or _administrative(name)):
        role = ""  # "Ratu Belanda", "Bupati Lampung Utara", "Kepala Desa Kleben": no one named
    elif role or tagged == "person":  # "Kemenkes Maxi Rein Rondonuwu": no one's first name
        name, role = seated
        while len(offices) < 3:  # "Dirjen P2P Kemenkes Maxi Rein Rondonuwu": two offices
            # without a title, only a known organization: "OC Kaligis" opens with initials
            name, role, office = _strip_role_org(name, role, ctx, titled=bool(role))
            if not office:
                break
            offices.append(office)
            name, role = _strip_role_place(name, role, ctx)  # "Ketua DPR RI Puan Maharani"
    if role and all(word in lex.name_titles for word in role.lower().split()):
        name = run  # "Ratu Wilhelmina", "Sri Sultan Hamengkubuwono X": a title that names
    prev = before.lower if before is not None and run[0] is toks[run_index[0]] else ""
    place = ctx.places.lookup(" ".join(t.text for t in name))
    if (
        not role
        and prev in lex.person_titles
        and not place
        and not (tagged == "" and all(is_common(t.text, ctx) for t in name))
    ):
        role = prev  # but "profesor Sejarah", "penyanyi Country" name no one
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
    found = []
    if offices:  # the organizations of the office are named too
        found.extend(
            Candidate(office, "", "organization", sentence_start=sentence[0]) for office in offices
        )
    for part in parts:
        cand = Candidate(part, role if part is name else "", sentence_start=sentence[0])
        cand.type = classify(
            cand,
            prev if part[0] is name[0] else "",
            _next_word(toks, part[-1].end, lex),
            tagged,
            ctx,
        )
        if cand.type != "person":
            cand.role = ""  # "Ketua KPK": the title is the chair's, not the commission's
        found.append(cand)
    return found


def _office_before(toks: list[Token], first: int, lex: Lexicon, reach: int = 6) -> bool:
    """A title among the few words before a run, in the same clause ("Kepala Seksi Operasi
    Gulkarmat | ...")."""
    for tok in reversed(toks[max(0, first - reach) : first]):
        if not tok.is_word:
            return False
        if tok.lower in lex.person_titles:
            return True
    return False


def _title_before_name(toks: list[Token], last: Token, lex: Lexicon) -> bool:
    """Whether a run the tagger ended with a rank runs on into a name ("... Irjen | Fadil")."""
    if last.lower.rstrip(".") not in lex.rank_titles:
        return False
    after = bisect.bisect_left(toks, last.end, key=lambda t: t.start)
    return after < len(toks) and _is_name_token(toks[after])


def _quoted_title(toks: list[Token], run_index: list[int]) -> bool:
    first, last = run_index[0], run_index[-1]
    return (
        first > 0
        and last + 1 < len(toks)
        and toks[first - 1].text in OPENING_QUOTES
        and toks[last + 1].text in "\"”’'»"
    )


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


ROMAN = re.compile(r"^[IVXLC]+$")
DOMAIN = re.compile(r"\.(?:com|org|net|us|id|co\.id|co\.uk|news|tv|io)\b")
BROAD_PLACES = ("country", "region", "continent", "province")


def _acronym(name: list[Token]) -> bool:
    return len(name) == 1 and len(name[0].text) > 1 and name[0].text.isupper()


def _administrative(name: list[Token]) -> bool:
    """A name opening with an administrative word: "Desa Kleben", "Kabupaten Wakatobi"."""
    return len(name) > 1 and bool(ADMIN_WORDS.match(" ".join(t.lower for t in name[:2])))


def _place_name(name: list[Token], ctx: Context) -> bool:
    """A place the gazetteer knows, alone or with a qualifier after it ("Lampung Utara")."""
    return bool(ctx.places.lookup(" ".join(t.text for t in name))) or _qualified_place(name, ctx)


def _qualified_place(name: list[Token], ctx: Context) -> bool:
    """A known place and a qualifier after it: "Lampung Utara", "Jakarta Selatan"."""
    return (
        len(name) > 1
        and name[-1].lower in ctx.lex.geo_qualifiers
        and ctx.places.lookup(" ".join(t.text for t in name[:-1])) is not None
    )


def _strip_role_place(name: list[Token], role: str, ctx: Context) -> tuple[list[Token], str]:
    """ "Presiden Rusia Vladimir Putin": a country after a title belongs to the role; in
    Indonesian so does a city or regency of Indonesia, the seat of a local office ("Bupati
    Cianjur Herman Suherman", "Kepala Dinas Kesehatan Kota Bandung Anhar Hadian", "...
    Gulkarmat Jakarta Barat Syarifudin"). Cities elsewhere stay: "Presiden George Bush"."""
    for size in (3, 2, 1):
        if size >= len(name) or name[size].lower in ctx.lex.geo_qualifiers:
            continue  # the name must go on, past the place's own qualifier ("Lampung Utara")
        head = " ".join(t.text for t in name[:size])
        place = ctx.places.lookup(head)
        if place and place.kind in BROAD_PLACES:
            return name[size:], f"{role} {head}"
        local = place or (
            _qualified_place(name[:size], ctx) and ctx.places.lookup(head.rsplit(" ", 1)[0])
        )
        if local and ctx.lex.language == "id" and local.parent == INDONESIA:
            return name[size:], f"{role} {head}"
    return name, role


INDONESIA = "ID"  # the gazetteer's id of the country whose local offices come with a seat


def _strip_role_org(
    name: list[Token], role: str, ctx: Context, titled: bool = True
) -> tuple[list[Token], str, list[Token]]:
    """ "Ketua KPK Firli Bahuri", "Menteri BUMN Erick Thohir": an organization's short name
    after a title belongs to the role, and the name follows it. A short name is a known
    organization or an acronym that is no organization's head word ("PT Sinar Abadi" is one
    organization)."""
    lex = ctx.lex
    for size in (2, 1):
        if size + 1 > len(name) or not _is_name_token(name[size]):
            continue
        head = name[:size]
        text = " ".join(t.text for t in head)
        acronym = titled and _acronym(head) and head[0].lower not in lex.org_heads
        if text in lex.known_orgs or acronym:
            return name[size:], f"{role} {text}".strip(), head
    if titled and name[0].lower in lex.org_heads:  # "Juru Bicara Kementerian Luar Negeri ..."
        end = 1
        while end < len(name) and _office_word(name[end], ctx):
            end += 1
        rest = name[end:]
        if (
            end > 1
            and len(rest) > 1  # a lone word after an office is as often the office's own
            and all(_name_like(t, ctx) for t in rest)
            and not ctx.places.lookup(rest[0].text)
        ):
            office = name[:end]
            return rest, f"{role} {' '.join(t.text for t in office)}".strip(), office
    return name, role, []


def _name_like(tok: Token, ctx: Context) -> bool:
    """A word that can be a person's: not common, and in Indonesian no affixed form of a word
    ("Penanggulangan", of "tanggulang", is none)."""
    if is_common(tok.text, ctx):
        return False
    return ctx.lex.language != "id" or stem(tok.lower, "id") == tok.lower


def _office_word(tok: Token, ctx: Context) -> bool:
    """A word of an organization's name after its head: a common word, a numeral, an acronym
    or a place ("Kementerian Luar Negeri", "Komisi III DPR", "Bank Rakyat Indonesia")."""
    return (
        is_common(tok.text, ctx)
        or bool(ROMAN.match(tok.text))
        or tok.text.isupper()
        or ctx.places.lookup(tok.text) is not None
    )


def _split_on_known(name: list[Token], ctx: Context) -> list[list[Token]]:
    """ "Jalur Sutra Samarkand", "Analisis Reuters": a known place or organization closing an
    unknown run stands alone, when what precedes it is not a name of its own."""
    if len(name) < 2:
        return [name]
    full = " ".join(t.text for t in name)
    if ctx.places.lookup(full) or full in ctx.lex.known_orgs or _org_cue(name, ctx.lex):
        return [name]
    if _head_size(name, ctx.lex):
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


def _before_a_city(following: str, ctx: Context) -> bool:
    """Whether the word after a comma after the name is a city or province ("..., Jakarta")."""
    if not following.startswith(","):
        return False
    place = ctx.places.lookup(following[1:])
    return place is not None and place.kind in ("city", "province")


def _org_cue(name: list[Token], lex: Lexicon) -> bool:
    if len(name) < 2:
        return False  # a bare "Kantor" or "Bank" names no organization in particular
    first, last = name[0].lower, name[-1].lower
    head2 = " ".join(t.lower for t in name[:2])
    return (
        first in lex.org_heads
        or head2 in lex.org_heads
        or last in lex.org_tails
        or (len(name) > 1 and name[0].text in lex.known_orgs)
        or (len(name) > 1 and name[0].text.isupper() and name[1].lower in lex.org_heads)
        # English puts the seat first: "Los Angeles Department of Water" (a head inside the
        # name; "Highland Hospital" ends with one and is often where something happened)
        or (lex.language == "en" and any(t.lower in lex.org_heads for t in name[1:-1]))
    )


# a word with a capital inside it, after lower case: a brand ("SpaceX", "YouTube"), but not a
# surname's prefix ("McCarthy", "DeSantis", "MacArthur", "LeBron", "O'Brien")
CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*")


def classify(
    cand: Candidate, prev: str, following: str, tagged: str | None, ctx: Context
) -> str | None:
    """The one place that decides a candidate's type. A title before a name, a known
    organization and the gazetteer are sure signals; then the trained tagger's type (``tagged``:
    a type, "" when it saw no name there, None without a tagger); then, for what it did not
    tag, organization heads and speech verbs; an unsure single word waits for linking (None)."""
    lex, name = ctx.lex, cand.tokens
    text = " ".join(t.text for t in name)
    if text in lex.known_orgs or DOMAIN.match(ctx.text, cand.end):
        return "organization"  # "PowerOutage.us", "Liputan6.com": a website
    if name[0].lower in lex.org_heads and len(name) > 1 and tagged != "place":
        # "Direktur Utama PT Sinar Abadi": the director of PT Sinar Abadi; but a school or
        # campus the tagger read as the place where something is stays one
        return "organization"
    if (
        cand.role
        and tagged != "person"
        and (_acronym(name) or len(name) > 1 and name[-1].lower in lex.org_tails)
    ):
        # "Ketua KPK", "Menteri BUMN": the office of an organization; "its manager Synergy
        # Marine Group"
        return "organization"
    if cand.role:
        return "person"
    if len(name) > 1 and (
        name[0].lower in lex.place_heads
        or " ".join(t.lower for t in name[:2]) in lex.place_heads
        or name[-1].lower in lex.place_tails
    ):
        return "place"  # "Bandara Kualanamu", "Heathrow Airport"
    if _administrative(name):
        return "place"  # "Desa Kleben", "Kabupaten Wakatobi"
    place = ctx.places.lookup(text)
    speaker = following in lex.speech_verbs and len(name) > 1  # "Jordan said", not the country
    if (
        place
        and not speaker
        and (
            tagged in (None, "")
            or place.kind in BROAD_PLACES
            # "Rio de Janeiro" by its own name, not "Manchester City"
            or (tagged == "organization" and len(name) > 1 and not ADMIN_WORDS.search(text.lower()))
        )
    ):
        return "place"
    if following.startswith(",") and following[1:] in lex.person_titles:
        return "person"  # "Hendra Wijaya, Direktur Utama ...": a title in apposition
    if tagged == "person" and prev == "," and len(name) == 1 and _before_a_city(following, ctx):
        return "place"  # "di Gedung DPR, Senayan, Jakarta": an address, narrowing to a city
    if prev in lex.org_kinds and tagged == "":
        # "klub Sinar Harapan": where the tagger saw no name; without a tagger (English) the
        # word is too weak a sign ("the company Elon Musk founded")
        return "organization"
    if tagged:
        return tagged
    if _org_cue(name, lex):
        return "organization"
    if tagged is None and len(name) == 1 and CAMEL.fullmatch(name[0].text):
        return "organization"  # "SpaceX", "OpenAI", "PayPal": a brand, never a word
    if (
        following in lex.person_titles
        and not place
        and not all(is_common(t.text, ctx) for t in name)
    ):
        return "organization"  # "Arsenal manager Mikel Arteta", not "British ambassador"
    if _qualified_place(name, ctx):
        return "place"
    if following in lex.speech_verbs or prev in lex.speech_verbs:
        return "person"
    if tagged == "" or all(is_common(t.text, ctx) for t in name):
        return None
    if prev in lex.locative_prepositions:
        return "place"
    if len(name) > 1:
        return "person"
    if name[0].text.isupper() and len(name[0].text) > 1:
        return "organization"
    return None


def link_names(cands: list[Candidate], ctx: Context) -> list[Mention]:
    """Type what is still open and give every name its article-wide canonical form."""
    text = ctx.text
    cands = _split_pairs(cands, ctx)
    short_forms = _abbreviations(cands, text)
    _consistent_types(cands, text)
    persons = [c for c in cands if c.type == "person"]
    longest = _longest_containing({c.text(text) for c in persons})
    # a lone word that opens or closes the name of a person named with a title is that
    # person, not the place the gazetteer knows by it ("kata Eko" after "Ketua Majelis Hakim
    # Eko Aryanto": not Lagos, in Yoruba Eko) nor an organization ("a Harris aide")
    titled = [c.text(text).split() for c in persons if c.role and len(c.tokens) > 1]
    ends = {w for words in titled for w in (words[0], words[-1])}
    for cand in cands:
        lone = len(cand.tokens) == 1 and cand.tokens[0].text in ends
        if lone and cand.type in ("place", "organization") and not cand.role:
            cand.type = "person"

    def canonical(surface: str, kind: str) -> str:
        if kind == "person":
            return longest.get(tuple(surface.split()), surface)
        if kind == "place" and (place := ctx.places.lookup(surface)):
            return place.name
        return surface

    mentions: list[Mention] = []
    for cand in cands:
        surface = cand.text(text)
        if cand.type is None and surface in short_forms:  # "BNPB" again, further on
            cand.type = short_forms[surface][1]
        if cand.type is None and tuple(surface.split()) in longest:
            cand.type = "person"
        if cand.type is None:
            continue
        if surface in short_forms and short_forms[surface][1] == cand.type:
            name = canonical(short_forms[surface][0], cand.type)  # "BNPB": the agency
        else:
            name = canonical(surface, cand.type)
        mentions.append(Mention(cand.type, cand.start, cand.end, surface, name, None, cand.role))
    mentions.extend(_role_mentions(mentions, ctx))
    return _drop_overlaps(mentions)


PAIR = re.compile(r"([A-Z][^\W\d_]+)-([A-Z][^\W\d_]+)")


def _split_pairs(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Two names joined by a hyphen are two names when each side is one in its own right: an
    election ticket of two full names ("Prabowo Subianto-Gibran Rakabuming Raka"), or of two
    the article names elsewhere ("Prabowo-Gibran", "Harris-Walz"), or a route
    ("Jakarta-Bandung") whose sides are places while the whole is none ("Guinea-Bissau"). A
    hyphenated name ("Jean-Pierre Raffarin", "Ocasio-Cortez", "Al-Azhar") has no such sides
    and stays whole."""
    if "-" not in ctx.text:
        return cands
    pairs = {id(c): split for c in cands if (split := _hyphen_pair(c))}
    if not pairs:
        return cands
    # the words of the article's other names: of persons, and of names as yet untyped
    named: dict[str | None, set[str]] = {"person": set(), None: set()}
    for c in cands:
        if c.type in named and id(c) not in pairs:
            named[c.type].update(t.lower for t in c.tokens)
        elif c.type == "person" and _full_names(c, pairs[id(c)]):
            named["person"].update(t.lower for t in c.tokens)
            named["person"].update(w.lower() for w in pairs[id(c)][1].groups())
    out: list[Candidate] = []
    for cand in cands:
        split = pairs.get(id(cand))
        kind = _pair_kind(cand, split, named, ctx) if split else None
        if kind is None:
            out.append(cand)
            continue
        i, match = split
        tok = cand.tokens[i]
        left = Token(tok.start, tok.start + match.end(1), match[1], match[1].lower(), True)
        right = Token(tok.start + match.start(2), tok.end, match[2], match[2].lower(), True)
        out.append(Candidate([*cand.tokens[:i], left], cand.role, kind, cand.sentence_start))
        out.append(Candidate([right, *cand.tokens[i + 1 :]], "", kind, cand.sentence_start))
    return out


def _hyphen_pair(cand: Candidate) -> tuple[int, re.Match[str]] | None:
    """The first token of a candidate that joins two capitalised words with a hyphen."""
    for i, tok in enumerate(cand.tokens):
        if "-" in tok.text and (match := PAIR.fullmatch(tok.text)):
            return i, match
    return None


def _full_names(cand: Candidate, split: tuple[int, re.Match[str]]) -> bool:
    """Whether both sides of the hyphen are names of two words or more."""
    return 0 < split[0] < len(cand.tokens) - 1


def _pair_kind(
    cand: Candidate, split: tuple[int, re.Match[str]], named: dict, ctx: Context
) -> str | None:
    """What the two sides of a hyphenated candidate are when each is a name of its own: persons
    when the whole was read as one and each side is a full name, or when both sides are
    persons' names elsewhere, or the whole was read as a person and both are named elsewhere
    ("Prabowo berterima kasih", untyped at the opening of a sentence)."""
    i, match = split
    left = [t.lower for t in cand.tokens[:i]] + [match[1].lower()]
    right = [match[2].lower()] + [t.lower for t in cand.tokens[i + 1 :]]

    def both(words: set[str]) -> bool:
        return any(w in words for w in left) and any(w in words for w in right)

    if both(named["person"]) or (
        cand.type == "person" and (_full_names(cand, split) or both(named["person"] | named[None]))
    ):
        return "person"
    routed = all(ctx.places.lookup(" ".join(side)) for side in (left, right))
    if routed and cand.type in (None, "place") and not ctx.places.lookup(cand.text(ctx.text)):
        return "place"
    return None


def _abbreviations(cands: list[Candidate], text: str) -> dict[str, tuple[str, str]]:
    """Short forms in parentheses right after a name, to that name: "Badan Nasional
    Penanggulangan Bencana (BNPB)", "Lembaga Kebudayaan Rakyat (Lekra)". A short form is one
    word with the name's first letter ("Jakarta (ANTARA)" is no short form); it is typed as the
    name, and so is the same word further on. Returns each short form's name and type."""
    found: dict[str, tuple[str, str]] = {}
    for before, cand in zip(cands, cands[1:], strict=False):
        short, name = cand.text(text), before.text(text)
        if (
            before.type is not None
            and len(cand.tokens) == 1
            and len(before.tokens) > 1
            and short[:1].casefold() == name[:1].casefold()
            and BEFORE_PARENTHESIS.fullmatch(text, before.end, cand.start)
            and text[cand.end : cand.end + 1] == ")"
        ):
            cand.type = before.type
            found.setdefault(short, (name, before.type))
    return found


def _consistent_types(cands: list[Candidate], text: str) -> None:
    """One name, one type in an article: the type most of its occurrences have, a type read
    from a title ("Presiden ... Vladimir Putin") settles it over the tagger's guesses ("Vladimir"
    is also a city)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for cand in cands:
        if cand.type:
            votes[cand.text(text).casefold()][cand.type] += 100 if cand.role else 1
    for cand in cands:
        tally = votes.get(cand.text(text).casefold())
        if cand.type and tally and len(tally) > 1:
            cand.type = max(sorted(tally), key=tally.__getitem__)


def _longest_containing(names: set[str]) -> dict[tuple[str, ...], str]:
    """For each run of words inside a person's name, the longest name holding it ("Xi" ->
    "Xi Jinping"); of names equally long, the first in alphabetical order."""
    longest: dict[tuple[str, ...], str] = {}
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        parts = name.split()
        for size in range(1, len(parts)):
            for i in range(len(parts) - size + 1):
                longest.setdefault(tuple(parts[i : i + size]), name)
    return longest


def _role_mentions(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """ "Presiden Rusia Vladimir Putin" makes every later "presiden Rusia" that person."""
    text = ctx.text
    lowered = text.lower()
    roles = {}
    holders: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "person" and m.qualifier:
            holders[m.qualifier.lower()].add(m.canonical)
            roles.setdefault(m.qualifier.lower(), m)
    # a one-word office names its holder only as "the chancellor" in English, and only when
    # one person in the article holds it ("Presiden" alone names no one in particular)
    single = {
        role
        for role, names in holders.items()
        if " " not in role and len(names) == 1 and ctx.lex.language == "en"
    }
    roles = {role: m for role, m in roles.items() if " " in role or role in single}
    extra = []
    for role, person in roles.items():
        start = lowered.find(role)
        while start != -1:
            end = start + len(role)
            boundary = (start == 0 or not lowered[start - 1].isalnum()) and (
                end == len(text) or not lowered[end].isalnum()
            )
            if role in single:
                boundary = boundary and lowered[max(0, start - 4) : start] == "the "
            follows_name = text[end : end + 4].lstrip(". ")[:1].isupper()
            if boundary and not follows_name:
                extra.append(
                    Mention("person", start, end, text[start:end], person.canonical, None, role)
                )
            start = lowered.find(role, end)
    return extra


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longer mentions win; role mentions ("presiden Rusia") win over the place inside them."""
    if not mentions:
        return []
    taken = bytearray(max(m.end for m in mentions) + 1)
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if 1 not in taken[m.start : m.end]:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def find_names(
    text: str, sentences: list[tuple[int, int]], blocked: list[tuple[int, int]], ctx: Context
) -> list[Mention]:
    mask = bytearray(len(text) + 1)
    for start, end in blocked:
        mask[start:end] = b"\x01" * (end - start)
    cands: list[Candidate] = []
    for sentence in sentences:
        cands.extend(candidates(sentence, mask, ctx))
    return link_names(cands, ctx)
