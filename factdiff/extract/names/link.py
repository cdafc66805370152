"""Names linked within an article: types made consistent, short forms and hyphenated pairs
resolved, every name given its canonical form ("Xi" -> "Xi Jinping"), and offices named as
their holder ("presiden Rusia" -> "Vladimir Putin")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from factdiff.extract.names.base import Candidate, Context, is_common, is_name_token, org_cue
from factdiff.extract.tagger import person_names
from factdiff.model import Mention
from factdiff.text import BEFORE_PARENTHESIS, Token, tokens


def link_names(cands: list[Candidate], ctx: Context) -> list[Mention]:
    """Type what is still open and give every name its article-wide canonical form."""
    text = ctx.text
    openings = [c for c in cands if c.surname_only]
    cands = [c for c in cands if not c.surname_only]
    _whole_names(cands, ctx)
    cands = _split_lists(_split_pairs(cands, ctx), ctx)
    short_forms = _abbreviations(cands, text)
    _consistent_types(cands, text)
    _named_by_surname(cands, ctx)
    persons = [c for c in cands if c.type == "person"]
    longest = _longest_containing({c.text(text) for c in persons})
    # a word of the language opening a sentence alone is a person the article names in full
    # by that surname ("Elizabeth Warren ... Warren criticised"), or nothing
    surnames = {c.tokens[-1].text for c in persons if len(c.tokens) > 1}
    for cand in openings:
        if cand.tokens[0].text in surnames:
            cand.type = "person"
            cands.append(cand)
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


def _whole_names(cands: list[Candidate], ctx: Context) -> None:
    """A name the tagger cut short in one sentence and read whole in another is whole there
    too: "Ferrari | Purosangue" where the article also names "Ferrari Purosangue", when the
    capitalised words after the short one are the rest of a longer name of its type."""
    longer: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for c in cands:
        if c.type and len(c.tokens) > 1:
            longer[c.tokens[0].text, c.type].add(tuple(t.text for t in c.tokens))
    for cand in cands:
        words = tuple(t.text for t in cand.tokens)
        wholes = [
            whole
            for whole in longer.get((words[0], cand.type or ""), ())
            if len(whole) > len(words) and whole[: len(words)] == words
        ]
        for whole in sorted(wholes, key=lambda w: (-len(w), w)):
            rest = tokens(ctx.text, cand.end, min(len(ctx.text), cand.end + 200))
            rest = rest[: len(whole) - len(words)]
            ends = [cand.end] + [t.end for t in rest]
            if tuple(t.text for t in rest) == whole[len(words) :] and all(
                is_name_token(t) and t.start - end <= 1 for t, end in zip(rest, ends, strict=False)
            ):
                cand.tokens = [*cand.tokens, *rest]
                break


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


def _split_lists(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Two names a list connector joins into one candidate are two when the article names each
    by itself elsewhere ("William and Zachary", "Apple and Qualcomm"), or as the first or last
    name of a person ("Al dan Alyssa" with "Alyssa Daguise"), each with the type it has there.
    One name with a connector inside stays whole: its parts are named nowhere alone
    ("Kementerian Kelautan dan Perikanan", "Procter and Gamble"), or it is one place
    ("Trinidad and Tobago") or one name twice ("Johnson and Johnson")."""
    connectors = ctx.lex.list_connectors
    listed = {
        id(c)
        for c in cands
        if len(c.tokens) > 2 and any(t.text in connectors for t in c.tokens[1:-1])
    }
    if not listed:
        return cands
    alone: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for c in cands:
        if c.type and not any(t.text in connectors for t in c.tokens):
            alone[tuple(t.text for t in c.tokens)][c.type] += 1
            if c.type == "person" and len(c.tokens) > 1:  # "Alyssa" of "Alyssa Daguise"
                for word in {c.tokens[0].text, c.tokens[-1].text}:
                    alone[(word,)]["person"] += 1
    out: list[Candidate] = []
    for cand in cands:
        parts = _list_parts(cand, alone, ctx) if id(cand) in listed else None
        if parts is None:
            out.append(cand)
            continue
        for k, part in enumerate(parts):
            kind = alone[tuple(t.text for t in part)].most_common(1)[0][0]
            out.append(Candidate(part, cand.role if k == 0 else "", kind, cand.sentence_start))
    return out


def _list_parts(
    cand: Candidate, alone: dict[tuple[str, ...], Counter[str]], ctx: Context
) -> list[list[Token]] | None:
    """The two names a connector inside the candidate joins, when each is named alone."""
    if ctx.places.lookup(cand.text(ctx.text)):
        return None
    for k in range(1, len(cand.tokens) - 1):
        if cand.tokens[k].text not in ctx.lex.list_connectors:
            continue
        left, right = cand.tokens[:k], cand.tokens[k + 1 :]
        words = [tuple(t.text for t in side) for side in (left, right)]
        if words[0] != words[1] and all(w in alone for w in words):
            return [left, right]
    return None


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
    # a route the tagger read as a person's name too ("Jakarta-Bandung"), but not a titled one
    routed = all(ctx.places.lookup(" ".join(side)) for side in (left, right))
    routable = cand.type in (None, "place") or (cand.type == "person" and not cand.role)
    if routed and routable and not ctx.places.lookup(cand.text(ctx.text)):
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


def _named_by_surname(cands: list[Candidate], ctx: Context) -> None:
    """A two-word name typed as a place or an organization is a person where the article
    names a person by its last word twice or more, and that word as nothing else ("said Elon
    Musk" read as an organization, then "Mr. Musk" eight times); not a name its words make an
    organization, nor one that opens with a word of the language. English only: where the
    tagger knows no names, its lone persons are often things ("Ferrari Purosangue")."""
    if not person_names(ctx.lex.language):
        return
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    for cand in cands:
        if len(cand.tokens) == 1 and cand.type:
            alone[cand.tokens[0].text][cand.type] += 1
    for cand in cands:
        if cand.type not in ("place", "organization") or len(cand.tokens) != 2 or cand.role:
            continue
        tally = alone.get(cand.tokens[-1].text)
        if (
            tally
            and set(tally) == {"person"}
            and tally["person"] >= 2
            and not org_cue(cand.tokens, ctx.lex)
            and not is_common(cand.tokens[0].text, ctx)
        ):
            cand.type = "person"


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
    # a one-word office names its holder only after the language's determiner ("the
    # chancellor"), and only when one person in the article holds it ("Presiden" alone names
    # no one in particular)
    determiner = f"{ctx.lex.office_determiner} "
    single = {
        role
        for role, names in holders.items()
        if " " not in role and len(names) == 1 and ctx.lex.office_determiner
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
                before = lowered[max(0, start - len(determiner)) : start]
                boundary = boundary and before == determiner
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
