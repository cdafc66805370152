"""The trained name taggers: a linear-chain CRF (python-crfsuite) per language over word shape,
affixes, neighbouring words, position, gazetteer hits, cue words and the names of the training
data, trained by ``python -m factdiff.train`` and shipped in the package (data/ner-id.crfsuite
and data/ner-id-memory.json for Indonesian, data/ner-en.* for English; a language's
``tagger_model`` in data/<lang>.json names its files). It answers, for each token of a
sentence, "person", "organization", "place" or "" (outside a name)."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

import pycrfsuite

from factdiff.extract.memory import Memory, memory_marks
from factdiff.lang import lexicon
from factdiff.places import gazetteer
from factdiff.stem import common_words, english_vocabulary, features, pos_lexicon
from factdiff.text import Token

WINDOW_REACH = 3
SENTENCE_CACHE = 4096  # sentences whose labels a process keeps: a large story's
LABELS = {"PERSON": "person", "ORGANISATION": "organization", "PLACE": "place"}
CUES = ("title", "speech", "orghead", "placehead", "org", "loc", "common", "dictionary")


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper():
        return "X" if len(word) > 1 else "X1"
    if word[:1].isupper():
        return "Xx"
    if word.isalpha():
        return "x"
    return "p" if not any(c.isalnum() for c in word) else "m"


def model_files(language: str) -> tuple[str, str]:
    """The file names of a language's model and memory in factdiff/data ("ner-id.crfsuite",
    "ner-id-memory.json"), from the language data's ``tagger_model``; empty without one."""
    name = lexicon(language).tagger_model
    return (f"{name}.crfsuite", f"{name}-memory.json") if name else ("", "")


@cache
def _cues(language: str) -> dict[str, frozenset[str]]:
    lexes = [lexicon("id"), lexicon("en")]
    cues = {
        "title": frozenset(t for lex in lexes for t in lex.person_titles if " " not in t),
        "speech": frozenset(v for lex in lexes for v in lex.speech_verbs),
        "orghead": frozenset(h for lex in lexes for h in lex.org_heads if " " not in h),
        "placehead": frozenset(h for lex in lexes for h in lex.place_heads if " " not in h),
        "org": frozenset(o.lower() for lex in lexes for o in lex.known_orgs),
        "loc": frozenset(p for lex in lexes for p in lex.locative_prepositions),
        "common": common_words(language) | lexicon("en").stopwords,
        # a word of the English dictionary (in lower case there): "The", "Officials" opening
        # a sentence (EWT: +0.022 F1, PUD +0.024; Indonesian: no gain, so not there)
        "dictionary": english_vocabulary() if lexicon(language).tagger_dictionary else frozenset(),
    }
    # a known first name or surname, but no common word, speech verb or title ("said", "in"
    # and "prime" are US surnames): "Hank Green", "Will Rogers"
    others = cues["common"] | cues["speech"] | cues["title"]
    return cues | {key: names - others for key, names in person_names(language).items()}


@cache
def person_names(language: str) -> dict[str, frozenset[str]]:
    """Known first names and surnames, lower case (data/person_names.json, made by
    scripts/build_person_names.py from the US Census name lists), where the language's
    tagger reads them (``tagger_word_lists``)."""
    if not lexicon(language).tagger_word_lists:
        return {}
    data = json.loads(resources.files("factdiff.data").joinpath("person_names.json").read_text())
    return {key: frozenset(names) for key, names in data.items()}


@cache
def clusters(language: str) -> dict[str, tuple[str, ...]]:
    """Each word's clusters, coarse to fine, learned from unlabelled text
    (scripts/build_clusters.py, data/clusters-<lang>.json), where the language's tagger reads
    them (``tagger_word_lists``)."""
    if not lexicon(language).tagger_word_lists:
        return {}
    resource = resources.files("factdiff.data").joinpath(f"clusters-{language}.json")
    return {w: tuple(c.split()) for w, c in json.loads(resource.read_text("utf-8")).items()}


def _cluster_features(low: str, language: str) -> tuple[str, ...]:
    """A word's clusters at every granularity (digits read as 0), or that it has none."""
    if not lexicon(language).tagger_word_lists:
        return ()
    ids = clusters(language).get(re.sub(r"\d", "0", low))
    return ("c=?",) if ids is None else tuple(f"c{k}={c}" for k, c in enumerate(ids))


@lru_cache(maxsize=400_000)
def _base(word: str, language: str) -> tuple[str, ...]:
    """A word's own features; the same word gives the same ones, so they are made once."""
    cues = _cues(language)
    low = word.lower()
    pos = pos_lexicon().get(low, "?")
    feats = [f"w={low}", f"s={_shape(word)}", f"pos={pos}", f"p3={low[:3]}", f"x3={low[-3:]}"]
    feats.append(f"x2={low[-2:]}")
    for name in (*CUES, *person_names(language)):
        if low in cues[name]:
            feats.append(name)
    if word[:1].isupper():
        place = gazetteer().trained_lookup(word)
        if place is not None:
            feats.append(f"gaz={place.kind}")
    return tuple(feats)


@lru_cache(maxsize=400_000)
def _views(word: str, language: str) -> tuple[tuple[str, ...], ...]:
    """A word's features as seen from itself and from its neighbours one and two places away,
    made once per word: a sentence's features are then mostly joined, not formatted."""
    low, shape = word.lower(), _shape(word)
    base = _base(word, language)
    flags = base[2:3] + base[6:]
    own = ("bias", *base, *_cluster_features(low, language), f"p4={low[:4]}", f"x4={low[-4:]}")
    left1 = (f"-1w={low}", f"-1s={shape}", *(f"-1:{f}" for f in flags))
    right1 = (f"+1w={low}", f"+1s={shape}", *(f"+1:{f}" for f in flags))
    # the word opening its sentence, where a capital says little (with the word lists only)
    opening = (f"0s={shape}", *(f"0:{f}" for f in flags))
    if not lexicon(language).tagger_word_lists:
        opening = ()
    return (
        own,
        left1,
        right1,
        (f"-2w={low}", f"-2s={shape}"),
        (f"+2w={low}", f"+2s={shape}"),
        opening,
    )


Views = Callable[[str], tuple[tuple[str, ...], ...]]


def word_views(language: str) -> Views:
    """A word's own features and those its neighbours see, in ``language``."""
    return lambda word: _views(word, language)


def sentence_features(
    words: list[str],
    memory: Memory | None,
    views: Views,
    spans: list[tuple[int, int]] | None = None,
) -> list[list[str]]:
    """The feature strings of every token of one sentence, or of the tokens in ``spans`` only
    (in order). ``views``: a word's own features and those its neighbours see
    (``word_views``)."""
    seen = [views(w) for w in words]
    lows = [w.lower() for w in words]
    n = len(words)
    runs = _capital_runs(words)
    marks = memory_marks(words, lows, memory) if memory is not None else None
    seen_words = memory.word_features if memory is not None else {}
    out = []
    for i in (i for start, end in spans or [(0, n)] for i in range(start, end)):
        feats = [*seen[i][0], f"run={runs[i]}"]
        if i == 0:
            feats.append("BOS")
            feats += seen[0][5]
        else:
            feats.append(f"bi={lows[i - 1]}|{lows[i]}")
            feats += seen[i - 1][1]
            if i > 1:
                feats += seen[i - 2][3]
        if i == n - 1:
            feats.append("EOS")
        else:
            feats += seen[i + 1][2]
            if i < n - 2:
                feats += seen[i + 2][4]
        if i + 1 < n and words[i][:1].isupper() and words[i + 1][:1].isupper():
            place = gazetteer().trained_lookup(f"{words[i]} {words[i + 1]}")
            if place is not None:
                feats.append("gaz2")
        if marks is not None:  # the memory: a name's mark, seen from its neighbours too
            if marks[i]:
                feats += marks[i][0]
            if i and marks[i - 1]:
                feats += marks[i - 1][1]
            if i + 1 < n and marks[i + 1]:
                feats += marks[i + 1][2]
            feats += seen_words.get(lows[i], ())
        out.append(feats)
    return out


def _capital_runs(words: list[str]) -> list[str]:
    """Where each word stands in its run of capitalised words: "B3" opens a run of three,
    "I3" inside one, "E3" closes it, "S" alone, "-" outside."""
    marks = ["-"] * len(words)
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1][:1].isupper():
            j += 1
        size = min(j - i + 1, 4)
        if i == j:
            marks[i] = "S"
        else:
            marks[i], marks[j] = f"B{size}", f"E{size}"
            for k in range(i + 1, j):
                marks[k] = f"I{size}"
        i = j + 1
    return marks


class CrfTagger:
    def __init__(self, model_path: str, language: str, memory: Memory | None = None):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)
        self.language = language
        self.memory = memory
        self._common = _cues(language)["common"]
        # a fifth of a sentence's features are words and affixes the model never weighed;
        # crfsuite ignores them, at a cost, so a word's features are kept to those it knows
        known = _model_attributes(model_path) or frozenset(
            attribute for attribute, _ in self._tagger.info().state_features
        )
        views = word_views(language)
        weighed = known.__contains__
        self._views = lru_cache(maxsize=200_000)(
            lambda word: tuple(tuple(filter(weighed, view)) for view in views(word))
        )
        # a sentence's labels depend on its words alone, and a story's articles repeat
        # sentences (a quarter of the real stories' sentences with a capital): tagged once
        self._sentence_labels = lru_cache(maxsize=SENTENCE_CACHE)(self._labels)

    def tag_words(self, words: list[str]) -> list[str]:
        """BIO labels ("B-PERSON", "O", ...) of one sentence's words."""
        if not words:
            return []
        return self._tagger.tag(sentence_features(words, self.memory, self._views))

    def __call__(self, tokens: list[Token]) -> list[str]:
        """BIO labels with factdiff's type names ("B-person", "I-place", "O"). Only stretches
        around capitalised words are tagged (two words either side, the reach of the
        features): a name needs a capital, and the rest of a sentence costs time, not names."""
        return list(self._sentence_labels(tuple(t.text for t in tokens)))

    def _labels(self, sentence: tuple[str, ...]) -> tuple[str, ...]:
        """The labels of one sentence's words (``__call__``), made once per sentence."""
        capitals = [i for i, word in enumerate(sentence) if word[:1].isupper()]
        if not capitals or (capitals == [0] and sentence[0].lower() in self._common):
            return ("O",) * len(sentence)  # no capital but a common opening word: spare the CRF
        words = list(sentence)
        windows = _windows(capitals, len(words))
        features = sentence_features(words, self.memory, self._views, windows)
        labels = ["O"] * len(words)
        done = 0
        for start, end in windows:
            labels[start:end] = self._tagger.tag(features[done : done + end - start])
            done += end - start
            if labels[start].startswith("I-"):
                labels[start] = "B-" + labels[start][2:]
        return tuple(map(_our_label, labels))


@cache
def _our_label(label: str) -> str:
    """A model's label with factdiff's type name ("B-PERSON": "B-person")."""
    return f"{label[:2]}{LABELS[label[2:]]}" if label != "O" else "O"


def _model_attributes(model_path: str) -> frozenset[str] | None:
    """The attributes the model weighs, as shipped beside it (scripts/build_features.py):
    reading the model's dump takes 0.25 s a process. None when no list is this model's."""
    with open(model_path, "rb") as model:
        digest = hashlib.sha256(model.read()).hexdigest()
    for shipped in features().get("models", {}).values():
        if shipped.get("sha256") == digest:
            return frozenset(shipped["attributes"])
    return None


def _windows(capitals: list[int], n: int, reach: int = WINDOW_REACH) -> list[tuple[int, int]]:
    """Merged stretches [i - reach, i + reach] around the capitalised words."""
    spans: list[tuple[int, int]] = []
    for i in capitals:
        start, end = max(0, i - reach), min(n, i + reach + 1)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


_THREAD = threading.local()


def default_tagger(language: str = "id") -> CrfTagger | None:
    """The shipped model of ``language``, or None when the package has none (names then rest
    on cue words and the gazetteer alone). One a thread: crfsuite's tagger holds the sentence
    it is tagging (chokkan/crfsuite#35), so threads sharing one (a Dask worker's) would mix
    sentences."""
    taggers = _THREAD.__dict__.setdefault("taggers", {})
    if language not in taggers:
        taggers[language] = _load_tagger(language)
    return taggers[language]


def _load_tagger(language: str) -> CrfTagger | None:
    model, _ = model_files(language)
    resource = resources.files("factdiff.data").joinpath(model) if model else None
    if resource is None or not resource.is_file():
        return None
    with resources.as_file(resource) as path:
        return CrfTagger(str(path), language, _memory(language))


@cache
def _memory(language: str) -> Memory:
    _, memory = model_files(language)
    return Memory.from_json(resources.files("factdiff.data").joinpath(memory).read_text("utf-8"))
