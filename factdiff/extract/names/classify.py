"""The one place that decides a candidate name's type: person, organization or place."""

from __future__ import annotations

import re

from factdiff.extract.names.base import (
    BROAD_PLACES,
    Candidate,
    Context,
    acronym,
    administrative,
    country,
    is_common,
    org_cue,
    qualified_place,
)
from factdiff.extract.tagger import person_names
from factdiff.places import ADMIN_WORDS, Place
from factdiff.stem import english_forms, english_vocabulary, in_english_dictionary
from factdiff.text import Token

DOMAIN = re.compile(r"\.(?:com|org|net|us|id|co\.id|co\.uk|news|tv|io)\b")


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
    text = " ".join(t.text for t in cand.tokens)
    sure = _sure_type(cand, text, tagged, ctx)
    if sure:
        return sure
    place = ctx.places.lookup(text)
    in_context = _type_in_context(cand.tokens, text, place, prev, following, tagged, ctx)
    if in_context:
        return in_context
    if tagged in ("place", "organization") and _full_person_name(cand.tokens, place, ctx):
        return "person"  # "Bruce and Irene Steinberg": the tagger read a place
    if tagged:
        return tagged
    return _untagged_type(cand.tokens, place, prev, following, tagged, ctx)


def _sure_type(cand: Candidate, text: str, tagged: str | None, ctx: Context) -> str | None:
    """The type a known organization, a role or a place's head word says."""
    lex, name = ctx.lex, cand.tokens
    if text in lex.known_orgs or DOMAIN.match(ctx.text, cand.end):
        return "organization"  # "PowerOutage.us", "Liputan6.com": a website
    if (
        name[0].lower in lex.org_heads
        and len(name) > 1
        and tagged != "place"
        and not country(text, ctx.places)
    ):
        # "Direktur Utama PT Sinar Abadi": the director of PT Sinar Abadi; but a school or
        # campus the tagger read as the place where something is stays one, and a country
        # named by an organization's head word is one ("United Arab Emirates")
        return "organization"
    if (
        cand.role
        and tagged != "person"
        and (acronym(name[:1]) or len(name) > 1 and name[-1].lower in lex.org_tails)
    ):
        # "Ketua KPK", "Menteri BUMN", "Ketua Umum PDI Perjuangan": the office of an
        # organization; "its manager Synergy Marine Group"
        return "organization"
    if cand.role and tagged == "organization":
        return "organization"  # "Kepala | Biro Humas Kemenkes": the office's own name
    if cand.role:
        return "person"
    if len(name) > 1 and (
        name[0].lower in lex.place_heads
        or " ".join(t.lower for t in name[:2]) in lex.place_heads
        or name[-1].lower in lex.place_tails
    ):
        return "place"  # "Bandara Kualanamu", "Heathrow Airport"
    if administrative(name):
        return "place"  # "Desa Kleben", "Kabupaten Wakatobi"
    return None


def _type_in_context(
    name: list[Token],
    text: str,
    place: Place | None,
    prev: str,
    following: str,
    tagged: str | None,
    ctx: Context,
) -> str | None:
    """The type the gazetteer and the words around the name say, before the tagger's."""
    lex = ctx.lex
    speaker = following in lex.speech_verbs and len(name) > 1  # "Jordan said", not the country
    if (
        prev in lex.speech_verbs
        and following[:1] in ("", ".", ",", "!", "?")
        and tagged != "organization"
    ):
        return "person"  # '..." kata Edison.': a quote's speaker, even with a town's name
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
    return None


def _untagged_type(
    name: list[Token],
    place: Place | None,
    prev: str,
    following: str,
    tagged: str | None,
    ctx: Context,
) -> str | None:
    """The type of a name the tagger did not type: from organization cues, speech verbs and
    the preposition before it; None for a common word or an unsure single word."""
    lex = ctx.lex
    if org_cue(name, lex):
        return "organization"
    if tagged is None and len(name) == 1 and CAMEL.fullmatch(name[0].text):
        return "organization"  # "SpaceX", "OpenAI", "PayPal": a brand, never a word
    if (
        following in lex.person_titles
        and not place
        and not all(is_common(t.text, ctx) for t in name)
    ):
        return "organization"  # "Arsenal manager Mikel Arteta", not "British ambassador"
    if qualified_place(name, ctx):
        return "place"
    if following in lex.speech_verbs or prev in lex.speech_verbs:
        return "person"
    if tagged == "" or all(is_common(t.text, ctx) for t in name):
        return None
    if prev in lex.locative_prepositions:
        return "place"
    if len(name) > 1:
        return None if _worded(name, ctx) and not _named_by_noun(prev, ctx) else "person"
    if name[0].text.isupper() and len(name[0].text) > 1 and not _shouted(name[0], ctx):
        return "organization"  # "KPK", "NATO": an acronym
    return None


def _shouted(word: Token, ctx: Context) -> bool:
    """Whether a word in capitals is a word of the language written loud, not an acronym:
    one of four letters or more in the English dictionary ("Serves FREE breakfast",
    "CORRECTION", "RELATED VIDEOS"). Shorter ones are more often acronyms that the
    dictionary also lists ("BIS", "ULA", "MA"). Only where the language has a dictionary."""
    if len(word.text) < 4 or not ctx.lex.common_by_dictionary:
        return False
    return in_english_dictionary(word.lower)


def _full_person_name(name: list[Token], place: Place | None, ctx: Context) -> bool:
    """Whether a run of two or three words is a known first name and a known surname, no
    place and no organization by its words, and opens with no place's name ("Irene Steinberg",
    "Marianne Lake"; not "Florida Keys"): where the language has the lists of names."""
    names = person_names(ctx.lex.language)
    if not names or place is not None or not 2 <= len(name) <= 3 or org_cue(name, ctx.lex):
        return False
    return (
        name[0].lower in names["first"]
        and name[-1].lower in names["last"]
        and ctx.places.lookup(name[0].text) is None  # "Florida Keys"
        and (len(name) == 2 or name[-1].lower not in english_vocabulary())  # "Brady Briefing Room"
    )


def _worded(name: list[Token], ctx: Context) -> bool:
    """Whether a run the tagger did not type reads as words of the language rather than a
    person's name: every word in the English dictionary and the first no known first name
    ("Falcon Heavy", "Bastille Day", "Hide Caption", "Stars Are Born"; not "Elon Musk",
    "Bill Gates"). Only where the language has a dictionary and first names to read."""
    first_names = person_names(ctx.lex.language).get("first")
    if not (ctx.lex.common_by_dictionary and first_names) or name[0].lower in first_names:
        return False
    return all(in_english_dictionary(t.lower) for t in name)


def _named_by_noun(prev: str, ctx: Context) -> bool:
    """Whether the word before a name is a common noun in apposition, saying what the name
    names ("the space station Sky Lab", "the newspaper Nice Matin"): a word of the
    dictionary as it stands, neither a function word nor an inflected form ("celebrating
    Bastille Day", "on New Year's Eve", "events Replay More Videos")."""
    if not prev.isalpha() or prev in ctx.lex.stopwords or len(english_forms(prev)) > 1:
        return False
    return prev in english_vocabulary()


def _before_a_city(following: str, ctx: Context) -> bool:
    """Whether the word after a comma after the name is a city or province ("..., Jakarta")."""
    if not following.startswith(","):
        return False
    place = ctx.places.lookup(following[1:])
    return place is not None and place.kind in ("city", "province")
