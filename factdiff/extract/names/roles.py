"""Titles and offices around a person's name: "Presiden Rusia | Vladimir Putin", "Ketua KPK |
Firli Bahuri", "Kepala Dinas Kesehatan Kota Bandung | Anhar Hadian"."""

from __future__ import annotations

import bisect
import re
from functools import cache

from factdiff.extract.names.base import (
    BROAD_PLACES,
    Context,
    acronym,
    head_size,
    is_common,
    is_name_token,
    qualified_place,
)
from factdiff.lang import Lexicon, lexicon
from factdiff.stem import stem
from factdiff.text import Token


def strip_title(run: list[Token], lex: Lexicon) -> tuple[list[Token], str]:
    """Split "Japanese Prime Minister Fumio Kishida" into the role "Japanese Prime Minister"
    and the name "Fumio Kishida": a title among the first words, and what follows it. A title
    right after a place's or an organization's head word is part of that name ("Jalan Sultan
    Agung", "Universitas Jenderal Soedirman")."""
    opening = head_size(run, lex)
    for offset in range(min(4, len(run) - 1)):
        if opening and offset == opening:
            continue
        for size in (3, 2, 1):
            head = " ".join(t.lower for t in run[offset : offset + size])
            if offset + size < len(run) and head in lex.person_titles:
                after = run[offset + size :]
                while len(after) > 1 and after[0].text == ".":  # "Sen." / "Dr."
                    after = after[1:]
                rest, more = strip_title(after, lex)
                role = " ".join(t.text for t in run[: offset + size])
                return rest, f"{role} {more}".strip()
    return run, ""


@cache
def _title_ends(language: str) -> frozenset[str]:
    return frozenset(title.split()[-1] for title in lexicon(language).person_titles)


def with_title(
    toks: list[Token], run_index: list[int], tagged: str | None, ctx: Context
) -> list[int]:
    """The run with the title before it, and a country between them ("Presiden Rusia |
    Vladimir Putin"), when there is one; an organization the tagger ran into a name takes the
    title and the office before it too ("Dirjen P2P | Kemenkes Maxi Rein Rondonuwu"), so the
    offices are split from the name as in one run."""
    first = run_index[0]
    if first == 0:
        return run_index
    glued = tagged == "organization" and _glued_office(toks, run_index, ctx)
    if glued and (title := office_title(toks, first, ctx.lex)) is not None:
        return list(range(title, first)) + run_index
    end = first  # where the title ends: before the full stop of "Mr. | Tan", "Sen. | Rubio"
    if first > 1 and toks[first - 1].text == "." and toks[first - 2].lower in ctx.lex.abbreviations:
        end = first - 1
    last = toks[end - 1]  # a title's last word, or a country's
    if last.lower not in _title_ends(ctx.lex.language) and not is_name_token(last):
        return run_index
    for skip in (0, 1, 2):  # words of a country between the title and the name
        between = toks[end - skip : end]
        if skip and not (
            all(is_name_token(t) for t in between)
            and (place := ctx.places.lookup(" ".join(t.text for t in between)))
            and place.kind in BROAD_PLACES
        ):
            continue
        for size in (3, 2, 1):
            start = end - skip - size
            head = " ".join(t.lower for t in toks[max(start, 0) : end - skip])
            if start >= 0 and head in ctx.lex.person_titles:
                return list(range(start, first)) + run_index
    return run_index


def _glued_office(toks: list[Token], run_index: list[int], ctx: Context) -> bool:
    """Whether a run opens with an office's short name, a known organization or an acronym,
    and goes on with a word that can be a person's ("Kemenkes | Maxi Rein Rondonuwu")."""
    if len(run_index) < 2:
        return False
    first, second = toks[run_index[0]], toks[run_index[1]]
    short = first.text in ctx.lex.known_orgs or (
        acronym([first]) and first.lower not in ctx.lex.org_heads
    )
    return short and _name_like(second, ctx)


def office_title(toks: list[Token], first: int, lex: Lexicon, reach: int = 4) -> int | None:
    """Where the title opens when a title and an office in capitals stand before a run ("Ketua
    | KPK | Firli Bahuri", "Dirjen | P2P Kemenkes | Maxi Rein Rondonuwu"), the office written
    apart from the name: the index of the title's first word, or None when no office stands
    between them (a title right before the run is ``with_title``'s)."""
    k = first - 1
    while k > 0 and first - k <= reach and is_name_token(toks[k]):
        for size in (3, 2, 1):
            start = k - size
            if start >= 0 and " ".join(t.lower for t in toks[start:k]) in lex.person_titles:
                return start
        k -= 1
    return None


def office_before(toks: list[Token], first: int, lex: Lexicon, reach: int = 6) -> bool:
    """A title among the few words before a run, in the same clause ("Kepala Seksi Operasi
    Gulkarmat | ...")."""
    for tok in reversed(toks[max(0, first - reach) : first]):
        if not tok.is_word:
            return False
        if tok.lower in lex.person_titles:
            return True
    return False


def title_before_name(toks: list[Token], last: Token, lex: Lexicon) -> bool:
    """Whether a run the tagger ended with a rank runs on into a name ("... Irjen | Fadil")."""
    if last.lower.rstrip(".") not in lex.rank_titles:
        return False
    after = bisect.bisect_left(toks, last.end, key=lambda t: t.start)
    return after < len(toks) and is_name_token(toks[after])


def strip_role_place(name: list[Token], role: str, ctx: Context) -> tuple[list[Token], str]:
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
            qualified_place(name[:size], ctx) and ctx.places.lookup(head.rsplit(" ", 1)[0])
        )
        if local and ctx.lex.local_office_country and local.parent == ctx.lex.local_office_country:
            return name[size:], f"{role} {head}"
    return name, role


def strip_role_org(
    name: list[Token], role: str, ctx: Context, titled: bool = True
) -> tuple[list[Token], str, list[Token]]:
    """ "Ketua KPK Firli Bahuri", "Menteri BUMN Erick Thohir": an organization's short name
    after a title belongs to the role, and the name follows it. A short name is a known
    organization or an acronym that is no organization's head word ("PT Sinar Abadi" is one
    organization), and the name a word that can be a person's ("PDI Perjuangan" is one
    party's name)."""
    lex = ctx.lex
    for size in (2, 1):
        if size + 1 > len(name) or not is_name_token(name[size]):
            continue
        if not _name_like(name[size], ctx):
            continue
        head = name[:size]
        text = " ".join(t.text for t in head)
        short = titled and acronym(head) and head[0].lower not in lex.org_heads
        if text in lex.known_orgs or short:
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


ROMAN = re.compile(r"^[IVXLC]+$")


def _name_like(tok: Token, ctx: Context) -> bool:
    """A word that can be a person's: not common, and in Indonesian no affixed form of a word
    ("Penanggulangan", of "tanggulang", is none)."""
    if is_common(tok.text, ctx):
        return False
    return not ctx.lex.affixed_words or stem(tok.lower, ctx.lex.language) == tok.lower


def _office_word(tok: Token, ctx: Context) -> bool:
    """A word of an organization's name after its head: a common word, a numeral, an acronym
    or a place ("Kementerian Luar Negeri", "Komisi III DPR", "Bank Rakyat Indonesia")."""
    return (
        is_common(tok.text, ctx)
        or bool(ROMAN.match(tok.text))
        or tok.text.isupper()
        or ctx.places.lookup(tok.text) is not None
    )
