"""Word stems, so that 'bertemu' and 'pertemuan' (or 'meets' and 'meeting') count as one word
when clauses are aligned: each language's data names its stemming library (Sastrawi for
Indonesian, Snowball for English), cached per process; the stems of both languages' training
vocabulary are made at build time (data/features.json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

import snowballstemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from factdiff.lang import lexicon


def _sastrawi(option: str) -> Callable[[str], str]:
    stemmer = StemmerFactory().create_stemmer()
    return lambda word: stemmer.stem(word) or word


def _snowball(option: str) -> Callable[[str], str]:
    return snowballstemmer.stemmer(option).stemWord


# the stemming libraries a language's data may name (its ``stemmer``: "snowball:english")
STEMMERS: dict[str, Callable[[str], Callable[[str], str]]] = {
    "sastrawi": _sastrawi,
    "snowball": _snowball,
}


@cache
def _stemmer(name: str) -> Callable[[str], str]:
    library, _, option = name.partition(":")
    return STEMMERS[library](option)


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    word = word.lower()
    known = shipped_stems(language).get(word)
    if known is not None:
        return known or word
    return computed_stem(word, language)


def computed_stem(word: str, language: str) -> str:
    """A lower-case word's stem, from the language's stemmer itself; an irregular form is
    read as its base first ("took": "take")."""
    lex = lexicon(language)
    return _stemmer(lex.stemmer)(lex.irregular_verbs.get(word, word))


@cache
def shipped_stems(language: str) -> dict[str, str]:
    """The stems of the training and reference vocabulary, made at build time
    (scripts/build_features.py; "" where the stem is the word itself)."""
    return features().get("stems", {}).get(language, {})


@cache
def features() -> dict:
    """data/features.json: per-word work done at build time (scripts/build_features.py)."""
    path = resources.files("factdiff.data").joinpath("features.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


@cache
def common_words(language: str) -> frozenset[str]:
    """Lower-case common words of the language (Indonesian: from the tagger's training data)."""
    lex = lexicon(language)
    words = set(lex.stopwords)
    if lex.capitalised_common_words:  # written with a capital, naming no one: "Former French"
        words.update(lex.title_modifiers | lex.demonyms)
    if lex.common_words_file:
        path = resources.files("factdiff.data").joinpath(lex.common_words_file)
        words.update(json.loads(path.read_text("utf-8")))
    # words news text tags as anything but a proper or foreign noun
    tags = parts_of_speech(lex.pos_lexicon)
    words.update(w for w, tag in tags.items() if tag not in ("NNP", "FW"))
    return frozenset(words)


@cache
def english_vocabulary() -> frozenset[str]:
    """English words written in lower case in Webster's word list (english-words' "web2"),
    with the lexicon's additions for words newer than it ("online", "ceasefire"). Its
    proper nouns keep their capital, so "London" or "Biden" is not among them; "china" and
    "brown" are, which is why a word counts as common only where the article does not
    write it as a name (see factdiff.extract.names.base.is_common)."""
    words = {w for w in _webster() if w.islower()}
    return frozenset(words | set(lexicon("en").vocabulary_additions))


@cache
def english_proper_nouns() -> frozenset[str]:
    """The names Webster's word list keeps with their capital ("Holland", "Shinto"), folded:
    words of the language, though written like names."""
    return frozenset(w.lower() for w in _webster() if w[:1].isupper())


@cache
def _webster() -> frozenset[str]:
    """Webster's word list (english-words' "web2"), read once for both views of it."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"]))


def english_forms(word: str) -> tuple[str, ...]:
    """The dictionary forms an inflected English word may come from: "shares" from "share",
    "studies" from "study", "rescuers" from "rescuer", "ordered" from "order", "taking" from
    "take". The word list has no inflections."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1], word[:-3]]  # "ordered", "closed", "stopped"
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e", word[:-4]]  # "meeting", "taking", "running"
    return tuple(forms)


def in_english_dictionary(word: str) -> bool:
    """Whether a lower-case word, or a form it is inflected from, is in the English
    dictionary ("shares", "ordered")."""
    vocabulary = english_vocabulary()
    return any(form in vocabulary for form in english_forms(word))


@cache
def pos_lexicon() -> dict[str, str]:
    """Each Indonesian word's most frequent part of speech in news (data/id_pos.json, built by
    scripts/build_pos_lexicon.py)."""
    return parts_of_speech("id_pos.json")


@cache
def parts_of_speech(name: str) -> dict[str, str]:
    """Each word's most frequent part of speech, from the file NAME in factdiff/data (a
    language's ``pos_lexicon``); empty for none."""
    if not name:
        return {}
    path = resources.files("factdiff.data").joinpath(name)
    return json.loads(path.read_text("utf-8"))
