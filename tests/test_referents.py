"""Whether two names are one referent, and one spelt two ways."""

from factdiff.model import Mention
from factdiff.places import gazetteer
from factdiff.referents import Referents, nickname

NAMES = Referents(gazetteer())


def m(text: str, type_: str = "person", canonical: str | None = None) -> Mention:
    return Mention(type_, 0, len(text), text, canonical or text)


def test_one_person_written_in_full_short_with_a_title_or_as_a_nickname():
    assert NAMES.same(m("Xi"), m("Xi Jinping"))
    assert NAMES.same(m("Jokowi"), m("Joko Widodo"))
    assert NAMES.same(m("Raja Charles"), m("Charles"))
    assert NAMES.same(m("Kapuspenkum Kejagung Ketut Sumedana"), m("Ketut Sumedana"))
    assert not NAMES.same(m("Joe Biden"), m("Hunter Biden"))
    assert nickname("sby", ["susilo", "bambang", "yudhoyono"])


def test_places_are_one_by_the_gazetteer_only():
    assert NAMES.same(m("Tiongkok", "place", "China"), m("China", "place", "China"))
    assert not NAMES.same(m("Asia", "place"), m("Asia Tengah", "place"))
    assert NAMES.more_specific(m("Asia", "place"), m("Asia Tengah", "place")) == "b"
    assert NAMES.more_specific(m("Samarkand", "place"), m("Uzbekistan", "place")) == "a"


def test_a_surname_linked_to_a_full_name_is_compared_as_that_name():
    # "Mr. Hollande" in an article that names "François Hollande": not "Lisa Holland" misspelt
    hollande = m("Hollande", canonical="François Hollande")
    assert NAMES.misspelling(hollande, m("Lisa Holland")) is None
    assert NAMES.misspelling(m("Hollande"), m("Lisa Holland")) is not None  # a lone word
    assert NAMES.misspelling(hollande, m("Francois Holande")) is not None


def test_a_city_named_with_city_is_the_city_news_names_alone():
    # the gazetteer's "New York" is the state, its "New York City" a city of the US
    assert NAMES.same(m("New York", "place"), m("New York City", "place"))
    assert not NAMES.same(m("York", "place"), m("New York City", "place"))


def test_aliases_make_two_names_one():
    aliased = Referents(gazetteer(), (frozenset({"red flags", "bendera merah"}),))
    assert aliased.same(m("Red Flags", "organization"), m("Bendera Merah", "organization"))
    assert not NAMES.same(m("Red Flags", "organization"), m("Bendera Merah", "organization"))


def test_spelling_variants():
    assert NAMES.spelling_variant(m("Shanghai", "place"), m("Shahai", "place"))
    assert NAMES.spelling_variant(m("Covingtn"), m("Damon Covington"))
    assert not NAMES.spelling_variant(m("SpaceX", "organization"), m("Space Force Base", "place"))
    assert not NAMES.spelling_variant(m("Austria", "place"), m("Australia", "place"))


def test_a_word_the_tagger_took_for_an_unknown_place_may_misspell_a_person():
    # "Timberake's return": no gazetteer knows a place Timberake
    assert NAMES.misspelling(m("Timberake", "place"), m("Timberlake")) is not None
    # a place the gazetteer knows, or a place of several words, is never a person misspelt
    assert NAMES.misspelling(m("Paris", "place"), m("Parris")) is None
    assert NAMES.misspelling(m("Padang Pariaman", "place"), m("Padang Pariamen")) is None
