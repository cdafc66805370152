"""Adding a language is a data change: what a language does is read from its data file, not
decided by its code in Python."""

import ast
import dataclasses
import json
import re
from pathlib import Path

from factdiff.dates import find_dates
from factdiff.extract.facts import predicate
from factdiff.lang import LANGUAGES, lexicon
from factdiff.stem import STEMMERS, computed_stem
from factdiff.text import tokens

PACKAGE = Path(__file__).resolve().parent.parent / "factdiff"


def _language_branches(node: ast.AST) -> bool:
    """A test of a language code ('language == "id"', 'lang in ("id", "en")') or a dict keyed
    by language codes ('{"id": ..., "en": ...}')."""
    if isinstance(node, ast.Dict):
        return sum(isinstance(k, ast.Constant) and k.value in LANGUAGES for k in node.keys) > 1
    if not isinstance(node, ast.Compare):
        return False
    sides = [node.left, *node.comparators]
    items = [e for side in sides for e in getattr(side, "elts", [side])]
    return any(isinstance(e, ast.Constant) and e.value in LANGUAGES for e in items)


def test_no_stage_branches_on_a_language_code():
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if _language_branches(node)
    ]
    # train.py names the corpora each language's tagger is trained on: a build step, no stage
    assert [f for f in found if not f.startswith("train.py:")] == []


# literals that hold words of the data files and are no language's words: codes of the output,
# the English of messages and of dateparser's query, domain endings, scale symbols
NOT_LANGUAGE_WORDS = {
    ("dates/__init__.py", ("day", "month", "week", "year")),  # Mention.unit's codes
    ("dates/reading.py", ("day", "month")),
    ("dates/reading.py", ("friday", "monday", "saturday", "sunday", "thursday", "tuesday")),
    ("dates/reading.py", ("april", "august", "december", "february", "january", "july")),
    ("extract/names/classify.py", ("id", "news", "tv", "us")),  # ".co.id", ".news": domains
    ("extract/names/classify.py", ("city", "province")),  # the gazetteer's kinds
    # "McDonald", "DeSantis": surname particles of any language, no article's words
    ("extract/names/classify.py", ("da", "de", "di", "la", "le", "van")),
    ("extract/numbers.py", ("bn", "m", "t", "tn")),  # "$8bn", "€103m"
    ("lang.py", ("en", "id")),
    ("model.py", ("what", "when", "where", "who")),  # the fields of a fact
}


def _data_words() -> frozenset[str]:
    def words(value: object):
        if isinstance(value, str):
            yield value.lower()
        elif isinstance(value, list):
            for item in value:
                yield from words(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                yield key.lower()
                yield from words(item)

    found = set()
    for language in ("id", "en"):
        raw = json.loads((PACKAGE / "data" / f"{language}.json").read_text("utf-8"))
        found |= {w for w in words(raw) if re.fullmatch(r"[a-z][a-z .-]*", w)}
    return frozenset(found)


def _word_lists(node: ast.AST, words: frozenset[str]) -> list[tuple[str, ...]]:
    """Two or more data words in a literal: a set or tuple of them, or a regex alternation
    ("(?:dan|atau)")."""
    if isinstance(node, ast.Set | ast.Tuple | ast.List):
        items = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        hits = [w.lower() for w in items if isinstance(w, str) and w.lower() in words]
        return [tuple(sorted(hits)[:6])] if len(hits) >= 2 and len(hits) == len(node.elts) else []
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return []
    found = []
    for group in [*re.findall(r"\(\?:([^()]*)\)", node.value), node.value]:
        alternatives = [a.replace("\\", "").rstrip("?").strip().lower() for a in group.split("|")]
        hits = [a for a in alternatives if a in words or a.removesuffix("s") in words]
        if len(hits) >= 2:
            found.append(tuple(sorted(hits)[:6]))
    return found


def test_no_word_lists_in_python():
    """The words a stage reads are the language data's ("dan"/"and" of a list, "hingga"/"to"
    of a range, "dilansir"/"according to"): adding a language adds none in Python."""
    words = _data_words()
    found = {
        (path.relative_to(PACKAGE).as_posix(), hits)
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        for hits in _word_lists(node, words)
    }
    assert found - NOT_LANGUAGE_WORDS == set()


def test_month_first_dates_are_the_language_datas():
    text = "The vote was held on 9/14/2022."
    english = lexicon("en")
    day_first = dataclasses.replace(english, month_first_dates=False)
    assert [m.normalized for m in find_dates(text, [(0, len(text))], english, None)] == [
        "2022-09-14"
    ]
    assert find_dates(text, [(0, len(text))], day_first, None) == []


def test_each_languages_stemmer_is_named_by_its_data():
    for language in LANGUAGES:
        assert lexicon(language).stemmer.partition(":")[0] in STEMMERS
    assert computed_stem("pertemuan", "id") == "temu"
    assert computed_stem("took", "en") == "take"  # an irregular form, then Snowball


def test_an_english_verb_by_its_ending_is_the_language_datas():
    """Where no part-of-speech lexicon tells a verb, its ending does ("crashed"), read from the
    data: the first such word is the event, not the noun before it."""
    text = "Police chief Ortiz warned the truck crashed"
    english = lexicon("en")
    toks = tokens(text, 0, len(text))
    assert predicate(toks, 0, [], english)[1] == "warned"
    no_endings = dataclasses.replace(english, verb_endings=())
    assert predicate(toks, 0, [], no_endings)[1] == "Police"
