"""Per-language knowledge (data/<lang>.json), loaded once per process, and language detection."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

LANGUAGES = ("id", "en")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Lexicon:
    language: str
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    person_titles: frozenset[str]
    # offices one person holds one at a time, each to its class across languages ("wali kota":
    # "mayor"), and the words that make an office not the present one ("former", "mantan")
    exclusive_offices: dict[str, str]
    office_excluders: frozenset[str]
    office_modifiers: frozenset[str]  # words between a name's comma and its office: "the regional"
    office_past_phrases: tuple[str, ...]  # an apposition of a past term: "saat itu", "until"
    name_titles: frozenset[str]  # "Ratu Wilhelmina", "Pope Francis": a title that names
    rank_titles: frozenset[str]  # "AKBP Iman Imanuddin", "Dr. Budi": the name follows at once
    title_modifiers: frozenset[str]  # "Hendra Wijaya, mantan Direktur ...": before a title
    demonyms: frozenset[str]  # "French", "British": capitalised, but no name by themselves
    contractions: tuple[str, ...]  # "I'll", "can't": a word so ended is in no name
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    place_heads: frozenset[str]  # "Bandara Kualanamu", "Mount Everest": a place by its head
    place_tails: frozenset[str]  # "Heathrow Airport", "Thames River"
    # the heads and tails of open water ("Laut Jepang", "Pacific Ocean"): one kind of place
    open_waters: frozenset[str]
    # "New York City" is the city news calls "New York" (the gazetteer's New York is the state)
    city_words: frozenset[str]
    org_kinds: frozenset[str]  # "klub Arrows", "the airline Garuda": the word before an org
    known_orgs: frozenset[str]
    speech_verbs: frozenset[str]
    speech_continuation: tuple[str, ...]
    reported_speech_markers: frozenset[str]
    # "dilansir dari Time", "according to AP": the outlet a fact is quoted from follows
    attribution_words: frozenset[str]
    clause_breaks: frozenset[str]
    locative_prepositions: frozenset[str]
    # words after which two places fill one slot of a fact ("terhadap Asia", "towards Asia")
    slot_words: frozenset[str]
    # words after which an organization is where a thing happens ("agenda KTT SCO")
    org_place_words: frozenset[str]
    # words after which an organization in a fact is where it happens ("dalam agenda",
    # "at the UN"), with the locative prepositions
    org_locatives: frozenset[str]
    geo_qualifiers: frozenset[str]
    # the administrative words of a place's name: "Kabupaten Cianjur", "city of Boston",
    # "Quezon City"
    admin_prefixes: frozenset[str]
    admin_suffixes: frozenset[str]
    name_connectors: frozenset[str]
    # words a scraper glues to the name before them where a link or italics ended
    # ("Lahadaliayang", "Putindi"): a known name and one of these is parted in cleaning
    glue_words: frozenset[str]
    org_connectors: frozenset[str]  # "Office for National Statistics": after an org head
    # the prepositions inside an organisation's name ("Committee of the Red Cross"); not those
    # of place or time, which follow a name as often ("the Council in New York", "pada Senin")
    name_prepositions: frozenset[str]
    # a company's legal form, before or after its name ("NXP Semiconductors NV", "PT Pertamina")
    legal_forms: frozenset[str]
    plural_endings: frozenset[str]  # "Semiconductors": a noun's plural, in a name
    number_words: dict[str, float]
    number_multipliers: dict[str, object]
    number_qualifiers: dict[str, str]
    # a qualifier's word that is a verb's particle after these verbs (stems): "handed over 21"
    particle_verbs: dict[str, frozenset[str]]
    # common nouns written in capitals, never a name ("CEO", "GDP", "PM"), without their dots
    common_acronyms: frozenset[str]
    # a faith's or a people's followers, no name, as a nation's people are ("Nigerian
    # Islamists", "Shiite Muslim"); apart from the demonyms, which the tagger's features read
    adherents: frozenset[str]
    decimal_separator: str
    percent_words: frozenset[str]
    unit_aliases: dict[str, str]
    # what a duration is counted in, as a counted noun is kept (stemmed): "two years" and
    # "more than two years" round one time, they are not two counts
    duration_units: frozenset[str]
    # "landed in", "jatuh di": a sea after one is where the story's thing came down
    landing_verbs: frozenset[str]
    speed_units: dict[str, float]  # "mph": 1.609344, a speed's unit and its factor to km/h
    # a counted noun's stem as one key across languages ("year" and "tahun" count one thing)
    unit_keys: dict[str, str]
    # the word between a number and its noun: "54 orang saksi", "35 other people"
    classifiers: frozenset[str]
    # what parts the numbers of a list: "2, 3 dan 5 orang", "10 or 12 people"
    list_connectors: frozenset[str]
    # a part of a whole: "177 dari 181 penumpang", "177 of the 181 people"
    partitive_words: frozenset[str]
    partitive_determiners: frozenset[str]
    # number words that are no number alone: an article ("a"), a prefix ("se")
    lone_article_numbers: frozenset[str]
    # scales that say a figure is rough ("Rp 7 miliaran": some seven billion)
    rough_multipliers: frozenset[str]
    # number words that count only with a noun: "one" alone is mostly a pronoun
    counting_only_numbers: frozenset[str]
    # the counted noun comes last, past names and modifiers: "23 Starlink satellites"
    counted_noun_last: bool
    # an ordinal's noun comes before it ("menit ke-32"), not after ("32nd minute")
    ordinal_noun_before: bool
    # words are derived by affixes: an affixed form of a common root is a common word, no
    # name, and an event word when the clause has no other ("Pertemuan" of "temu")
    affixed_words: bool
    # the file in factdiff/data of each word's part of speech in news; "" for none
    pos_lexicon: str
    # the file in factdiff/data of common words seen in lower case; "" for none
    common_words_file: str
    # the English dictionary (english_vocabulary) tells common words: any dictionary word may
    # open a sentence, and a scraper's glued words part at dictionary words
    common_by_dictionary: bool
    # title modifiers and demonyms are common words though written with a capital ("Former
    # French ...")
    capitalised_common_words: bool
    # a numeric date is month first when its day could not be a month: 9/14
    month_first_dates: bool
    # a weekday written alone is a date ("said Monday"); else it needs its "pada"
    weekday_alone: bool
    # an organization's seat comes first: "Los Angeles Department of Water"
    org_seat_first: bool
    # the word before a one-word office that names its single holder ("the chancellor")
    office_determiner: str
    # the gazetteer's code of the country whose local offices come with their seat ("Bupati
    # Cianjur Herman Suherman"); "" for none
    local_office_country: str
    months: dict[str, int]
    # a month's short name that is also its full one ("mei", "may")
    three_letter_months: frozenset[str]
    # a month's name that is also a word of the language, a month only with its capital ("may
    # die", "to march")
    word_months: frozenset[str]
    weekdays: dict[str, int]
    relative_dates: dict[str, tuple[str, int]]
    # "dua hari lalu", "three days ago": the units counted back, the phrases after them, and
    # those phrases' last words, which a sentence must hold to be tried
    ago_units: dict[str, str]
    ago_phrases: tuple[str, ...]
    ago_words: tuple[str, ...]
    furniture_lines: tuple[re.Pattern, ...]
    dateline: re.Pattern
    event_synonyms: dict[str, str]
    irregular_verbs: dict[str, str]
    number_exclusions: tuple[str, ...]
    # words after which a figure is a label, not a count: "Pasal 6 ayat 1", "Nomor 4"
    label_words: frozenset[str]
    # "Singapore-based Broadcom": the second word of an adjective that seats an organization
    seat_adjectives: frozenset[str]
    # a word for a currency and a weight ("pounds"): the weight's unit, unless a nation's
    # word ("Egyptian pounds"), a currency's sign or a money marker ("sterling") says money
    money_or_mass: dict[str, str]
    money_markers: frozenset[str]
    # an age after a name ("Septia Adinda yang berusia 25 tahun", "Sean Copeland, aged 51"),
    # and what makes a figure before a name its age ("a 51-year-old Sean Copeland")
    age_markers: tuple[str, ...]
    age_suffixes: tuple[str, ...]
    # "between 2,000 and 8,000 pounds", "antara 5 dan 10 orang": the word that makes a list of
    # two figures a range; "two or three months": a connector of two figures that is one too
    range_openers: frozenset[str]
    alternative_connectors: frozenset[str]
    # a plural noun after a figure with a glued "m" counts millions ("5m people"); these count
    # them too though not plural
    scaled_nouns: frozenset[str]
    year_markers: tuple[str, ...]
    # the word before a figure that makes "X to Y" a change, not a range ("rose from 5 to 10")
    change_from: frozenset[str]
    # the words of dates in numbers: a range's "hingga"/"to", the "tanggal" before a day,
    # "14th of September", the nouns after a year that make it a count ("2020 orang"), and the
    # words before a weekday ("pada hari Senin", "on Monday")
    range_connectors: frozenset[str]
    day_markers: frozenset[str]
    day_month_links: frozenset[str]
    ordinal_suffixes: frozenset[str]  # "14th"; and an ordinal's prefix: "ke-14"
    ordinal_prefixes: frozenset[str]
    year_counters: frozenset[str]
    weekday_markers: frozenset[str]
    # a word a clock time always follows, so that a figure after it is no count ("pukul 10.00")
    clock_markers: frozenset[str]
    # a line that holds the publication date: "Diterbitkan pada", "Published on"
    published_words: frozenset[str]
    published_links: frozenset[str]
    photo_credit_words: frozenset[str]  # "Foto: Antara/Budi" opens a photo credit line
    tag_headings: frozenset[str]  # a line "Tagar" heads the outlet's tags
    month_markers: tuple[str, ...]  # words before a month named alone: "pada Mei", "in May"
    vocabulary_additions: frozenset[str]  # common English words newer than the word list
    # endings that derive a word from a name ("Korea" / "Korean"): no misspelling
    name_suffixes: frozenset[str]
    # British and American spellings, "pattern => replacement" ("re$ => er": Centre, Center)
    regional_spellings: frozenset[str]
    # quotes compared as said: spoken and written forms of one word ("nggak" / "tidak",
    # "won't" / "will not"), words that change nothing said, negations, and the phrases that
    # tell a written statement or a translation
    quote_variants: dict[str, str]
    quote_fillers: frozenset[str]
    pronouns: frozenset[str]  # "Kami" in a quote, "[BGN]" in another's: the same words
    negations: frozenset[str]
    # "the missile it had previously fired": a sentence that tells of an earlier event
    earlier_event_words: frozenset[str]
    # "fired", "the launch", "flew": a sentence that gives a class to an event, not to a
    # weapon someone has ("has developed an intermediate-range missile")
    class_event_words: frozenset[str]
    written_statement_markers: tuple[str, ...]
    translation_markers: tuple[str, ...]
    apart_words: frozenset[str]  # "five other defendants": a number of others, not of all
    # words that name one measured thing ("offer", "bid", "approach"; "harga", "banderol"),
    # groups across languages, and the stage of a thing measured ("initial", "new")
    measure_synonyms: tuple[tuple[str, ...], ...]
    measure_stages: dict[str, tuple[str, ...]]
    part_words: frozenset[str]  # "includes $22 per share in stock": a part of a figure
    age_words: frozenset[str]  # "a 70-year-old man": the word after a figure that makes an age
    day_parts: frozenset[str]  # "at mid-afternoon": a figure told as of a time of day
    citation_words: frozenset[str]  # "dikutip Jumat (20/6)": when a text was quoted
    clock_cues: frozenset[str]  # "pukul 02.05", "at 21:00": a clock time follows
    time_qualifiers: dict[str, str]  # "just before 6pm", "menjelang pukul 10.00"
    clock_24h: bool  # "pukul 16.00": a time without a.m. or p.m. is on a 24-hour clock
    release_words: tuple[str, ...]  # "in a filing on Friday", "unggahan Instagram, Kamis"
    # a happening told as planned ("planned to orbit the moon in 2019", "dijadwalkan"), a plan
    # that moved ("was supposed to be decommissioned in 2013", "semula"), and the words that
    # make a date a bound of a happening ("moved in 2015 after a merger": the merger was
    # before): each word with "before" or "after", where the happening lies
    plan_words: tuple[str, ...]
    changed_plan_words: tuple[str, ...]
    sequence_words: dict[str, str]
    # words that name one happening, beside event_synonyms and measure_synonyms
    # ("uncrewed", "unmanned")
    happening_synonyms: tuple[tuple[str, ...], ...]
    # words that tell no particular happening ("made", "shows", "year"): never its evidence
    light_words: frozenset[str]
    # happenings that come once to the same names ("merger", "didirikan"): with two names
    # shared, evidence of one happening (a meeting or a launch recurs)
    once_words: frozenset[str]
    # classes of which one thing is only ever one, each a set of its names ("missile range":
    # "intercontinental": "icbm", ...); the keys are the same in every language
    exclusive_classes: dict[str, dict[str, tuple[str, ...]]]
    measure_units: dict[str, str]  # "kilometres": "km", what a conversion converts
    # English words after which the next is a verb ("were injured", "will meet")
    auxiliaries: frozenset[str]
    # endings of a verb where no part-of-speech lexicon tells one ("crashed"); words of five
    # letters or more
    verb_endings: tuple[str, ...]
    # the stemming library of the language's words, "library" or "library:option": "sastrawi",
    # "snowball:english" (factdiff.stem.STEMMERS)
    stemmer: str
    # the trained name tagger's files in factdiff/data ("ner-id": ner-id.crfsuite and
    # ner-id-memory.json); empty for a language without one
    tagger_model: str
    # whether the tagger reads a word's being in the English dictionary (english_vocabulary)
    tagger_dictionary: bool
    # whether the tagger reads known person names, word clusters and the opening word's own
    # features (data/person_names.json, data/clusters-<lang>.json): English PUD +0.04
    tagger_word_lists: bool
    # whether a capitalised run the tagger left out is no name (Indonesian, recall 0.73 on
    # NERGrit), or only untyped by it, the cue words deciding (English: recall 0.45 on news)
    tagger_vetoes: bool


@cache
def _raw(language: str) -> dict:
    return json.loads(
        resources.files("factdiff.data").joinpath(f"{language}.json").read_text("utf-8")
    )


@cache
def lexicon(language: str) -> Lexicon:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    raw = _raw(language)
    events: dict[str, str] = {}
    for lang in LANGUAGES:  # predicates align across languages: 'temu' and 'meet' are one key
        for group in _raw(lang)["event_synonyms"]:
            key = events.get(group[0]) or group[0]
            for word in group:
                events.setdefault(word, key)
    return Lexicon(
        language=language,
        stopwords=frozenset(raw["stopwords"]),
        abbreviations=frozenset(raw["abbreviations"]),
        person_titles=frozenset(raw["person_titles"]),
        exclusive_offices=raw.get("exclusive_offices", {}),
        office_excluders=frozenset(raw.get("office_excluders", ())),
        office_modifiers=frozenset(raw.get("office_modifiers", ())),
        office_past_phrases=tuple(raw.get("office_past_phrases", ())),
        name_titles=frozenset(raw["name_titles"]),
        rank_titles=frozenset(raw["rank_titles"]),
        title_modifiers=frozenset(raw["title_modifiers"]),
        demonyms=frozenset(raw.get("demonyms", ())),
        contractions=tuple(raw.get("contractions", ())),
        org_heads=frozenset(raw["org_heads"]),
        org_tails=frozenset(raw["org_tails"]),
        place_heads=frozenset(raw["place_heads"]),
        place_tails=frozenset(raw["place_tails"]),
        open_waters=frozenset(raw["open_waters"]),
        city_words=frozenset(raw.get("city_words", ())),
        org_kinds=frozenset(raw["org_kinds"]),
        known_orgs=frozenset(name for lang in LANGUAGES for name in _raw(lang)["known_orgs"]),
        speech_verbs=frozenset(raw["speech_verbs"]),
        speech_continuation=tuple(raw["speech_continuation"]),
        reported_speech_markers=frozenset(raw["reported_speech_markers"]),
        attribution_words=frozenset(raw.get("attribution_words", ())),
        clause_breaks=frozenset(raw["clause_breaks"]),
        locative_prepositions=frozenset(raw["locative_prepositions"]),
        slot_words=frozenset(raw.get("slot_words", ())),
        org_place_words=frozenset(raw.get("org_place_words", ())),
        org_locatives=frozenset(raw.get("org_locatives", ())),
        geo_qualifiers=frozenset(raw["geo_qualifiers"]),
        admin_prefixes=frozenset(raw.get("admin_prefixes", ())),
        admin_suffixes=frozenset(raw.get("admin_suffixes", ())),
        name_connectors=frozenset(raw["name_connectors"]),
        glue_words=frozenset(raw.get("glue_words", ())),
        org_connectors=frozenset(raw["org_connectors"]),
        name_prepositions=frozenset(raw["name_prepositions"]),
        legal_forms=frozenset(raw["legal_forms"]),
        plural_endings=frozenset(raw["plural_endings"]),
        number_words=raw["number_words"],
        number_multipliers=raw["number_multipliers"],
        number_qualifiers=raw["number_qualifiers"],
        particle_verbs={k: frozenset(v) for k, v in raw.get("particle_verbs", {}).items()},
        common_acronyms=frozenset(raw.get("common_acronyms", ())),
        adherents=frozenset(raw.get("adherents", ())),
        decimal_separator=raw["decimal_separator"],
        percent_words=frozenset(raw["percent_words"]),
        unit_aliases=raw["unit_aliases"],
        duration_units=frozenset(raw.get("duration_units", ())),
        landing_verbs=frozenset(raw.get("landing_verbs", ())),
        speed_units=raw.get("speed_units", {}),
        unit_keys=raw.get("unit_keys", {}),
        classifiers=frozenset(raw["classifiers"]),
        list_connectors=frozenset(raw.get("list_connectors", ())),
        partitive_words=frozenset(raw.get("partitive_words", ())),
        partitive_determiners=frozenset(raw.get("partitive_determiners", ())),
        lone_article_numbers=frozenset(raw.get("lone_article_numbers", ())),
        rough_multipliers=frozenset(raw.get("rough_multipliers", ())),
        counting_only_numbers=frozenset(raw.get("counting_only_numbers", ())),
        counted_noun_last=raw.get("counted_noun_last", False),
        ordinal_noun_before=raw.get("ordinal_noun_before", False),
        affixed_words=raw.get("affixed_words", False),
        pos_lexicon=raw.get("pos_lexicon", ""),
        common_words_file=raw.get("common_words_file", ""),
        common_by_dictionary=raw.get("common_by_dictionary", False),
        capitalised_common_words=raw.get("capitalised_common_words", False),
        month_first_dates=raw.get("month_first_dates", False),
        weekday_alone=raw.get("weekday_alone", False),
        org_seat_first=raw.get("org_seat_first", False),
        office_determiner=raw.get("office_determiner", ""),
        local_office_country=raw.get("local_office_country", ""),
        months=raw["months"],
        three_letter_months=frozenset(raw.get("three_letter_months", ())),
        word_months=frozenset(raw.get("word_months", ())),
        weekdays=raw["weekdays"],
        relative_dates={k: (v[0], v[1]) for k, v in raw["relative_dates"].items()},
        ago_units=raw["dates_ago"]["units"],
        ago_phrases=tuple(raw["dates_ago"]["after"]),
        ago_words=tuple(sorted({p.split()[-1] for p in raw["dates_ago"]["after"]})),
        furniture_lines=tuple(re.compile(p, re.IGNORECASE) for p in raw["furniture_lines"]),
        dateline=re.compile(raw["dateline"]),
        event_synonyms=events,
        irregular_verbs=raw.get("irregular_verbs", {}),
        auxiliaries=frozenset(raw.get("auxiliaries", ())),
        verb_endings=tuple(raw.get("verb_endings", ())),
        number_exclusions=tuple(raw.get("number_exclusions", ())),
        label_words=frozenset(raw.get("label_words", ())),
        seat_adjectives=frozenset(raw.get("seat_adjectives", ())),
        money_or_mass=raw.get("money_or_mass", {}),
        money_markers=frozenset(raw.get("money_markers", ())),
        age_markers=tuple(raw.get("age_markers", ())),
        age_suffixes=tuple(raw.get("age_suffixes", ())),
        range_openers=frozenset(raw.get("range_openers", ())),
        alternative_connectors=frozenset(raw.get("alternative_connectors", ())),
        scaled_nouns=frozenset(raw.get("scaled_nouns", ())),
        year_markers=tuple(raw["year_markers"]),
        range_connectors=frozenset(raw.get("range_connectors", ())),
        change_from=frozenset(raw.get("change_from", ())),
        day_markers=frozenset(raw.get("day_markers", ())),
        day_month_links=frozenset(raw.get("day_month_links", ())),
        ordinal_suffixes=frozenset(raw.get("ordinal_suffixes", ())),
        ordinal_prefixes=frozenset(raw.get("ordinal_prefixes", ())),
        year_counters=frozenset(raw.get("year_counters", ())),
        weekday_markers=frozenset(raw.get("weekday_markers", ())),
        clock_markers=frozenset(raw.get("clock_markers", ())),
        published_words=frozenset(raw.get("published_words", ())),
        published_links=frozenset(raw.get("published_links", ())),
        photo_credit_words=frozenset(raw.get("photo_credit_words", ())),
        tag_headings=frozenset(raw.get("tag_headings", ())),
        month_markers=tuple(raw["month_markers"]),
        vocabulary_additions=frozenset(raw.get("vocabulary_additions", ())),
        name_suffixes=frozenset(raw.get("name_suffixes", ())),
        regional_spellings=frozenset(raw.get("regional_spellings", ())),
        quote_variants=raw.get("quote_variants", {}),
        quote_fillers=frozenset(raw.get("quote_fillers", ())),
        pronouns=frozenset(raw.get("pronouns", ())),
        negations=frozenset(raw.get("negations", ())),
        earlier_event_words=frozenset(raw.get("earlier_event_words", ())),
        class_event_words=frozenset(raw.get("class_event_words", ())),
        written_statement_markers=tuple(raw.get("written_statement_markers", ())),
        translation_markers=tuple(raw.get("translation_markers", ())),
        apart_words=frozenset(raw.get("apart_words", ())),
        measure_synonyms=tuple(tuple(g) for g in raw.get("measure_synonyms", ())),
        measure_stages={k: tuple(v) for k, v in raw.get("measure_stages", {}).items()},
        part_words=frozenset(raw.get("part_words", ())),
        age_words=frozenset(raw.get("age_words", ())),
        day_parts=frozenset(raw.get("day_parts", ())),
        citation_words=frozenset(raw.get("citation_words", ())),
        clock_cues=frozenset(raw.get("clock_cues", ())),
        time_qualifiers=raw.get("time_qualifiers", {}),
        clock_24h=raw.get("clock_24h", False),
        release_words=tuple(raw.get("release_words", ())),
        plan_words=tuple(raw.get("plan_words", ())),
        changed_plan_words=tuple(raw.get("changed_plan_words", ())),
        sequence_words=raw.get("sequence_words", {}),
        happening_synonyms=tuple(tuple(g) for g in raw.get("happening_synonyms", ())),
        light_words=frozenset(raw.get("light_words", ())),
        once_words=frozenset(raw.get("once_words", ())),
        exclusive_classes={
            kind: {name: tuple(words) for name, words in classes.items()}
            for kind, classes in raw.get("exclusive_classes", {}).items()
        },
        measure_units=raw.get("measure_units", {}),
        stemmer=raw["stemmer"],
        tagger_model=raw.get("tagger_model", ""),
        tagger_dictionary=raw.get("tagger_dictionary", False),
        tagger_word_lists=raw.get("tagger_word_lists", False),
        tagger_vetoes=raw.get("tagger_vetoes", True),
    )


def detect_language(text: str) -> str:
    """Indonesian or English, by which stopword list covers more of the words. Two languages
    with disjoint function words need no statistical model; a general detector would add
    Malay/Indonesian confusion and a model file for nothing."""
    words = [w.lower() for w in WORD.findall(text[:20000])]
    if not words:
        return LANGUAGES[0]
    scores = {lang: sum(map(lexicon(lang).stopwords.__contains__, words)) for lang in LANGUAGES}
    return max(LANGUAGES, key=scores.__getitem__)  # a tie: the first of LANGUAGES


@cache
def every_language(field_name: str) -> frozenset[str]:
    """A lexicon list of every language in one set: a story may mix languages."""
    return frozenset(w for lang in LANGUAGES for w in getattr(lexicon(lang), field_name))


def alternation(words: Iterable[str], spaces: str = r"\ ") -> str:
    """A regex alternation of words, the longest first (a word never hides a longer one it
    begins); a space inside a phrase matches ``spaces``."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", spaces) for w in ordered)
