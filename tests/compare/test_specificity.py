"""place-specificity on hand-made facts."""

from factdiff.compare.rules import specificity
from tests.compare.build import Draft, aligned, story


def told(text_a: str, place_a: str, text_b: str, place_b: str, lang: str = "id"):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    a.fact("pengaruh", where=[a.mention("place", place_a)])
    b.fact("pengaruh", where=[b.mention("place", place_b)])
    ctx = story(a, b, pairs=((0, 0, 1, 0, 0.8),))
    return specificity.check(ctx, aligned(ctx))


def test_a_region_within_a_continent_is_more_specific():
    found = told(
        "Pengaruh China terhadap Asia meningkat.",
        "Asia",
        "Pengaruh China terhadap Asia Tengah meningkat.",
        "Asia Tengah",
    )
    assert [(f.kind, f.field, f.a.value, f.b.value) for f in found] == [
        ("specificity", "where", "Asia", "Asia Tengah")
    ]
    assert '"Asia Tengah" (b.com) is more specific' in found[0].message


def test_a_city_within_its_country_in_english():
    found = told("The quake struck Japan.", "Japan", "The quake struck Tokyo.", "Tokyo", "en")
    assert [(f.a.value, f.b.value) for f in found] == [("Japan", "Tokyo")]
    assert found[0].message.startswith('"Tokyo" (b.com) is more specific')


def test_places_in_different_slots_are_not_compared():
    found = told(
        "Pengaruh China terhadap Asia meningkat.",
        "Asia",
        "Pengaruh Asia Tengah meningkat.",
        "Asia Tengah",
    )
    assert found == []


def test_where_a_statement_was_given_is_house_style():
    # a place and its district as the dateline of one statement: information, not a warning
    found = told(
        "Pengaruh China meningkat, ujar Yuliot di Kementerian ESDM, Jakarta Pusat, Jumat (20/6).",
        "Jakarta Pusat",
        "Pengaruh China meningkat, ujar Yuliot di Kementerian ESDM, Jakarta, Jumat (20/6).",
        "Jakarta",
    )
    assert [(f.severity, f.a.value, f.b.value) for f in found] == [
        ("info", "Jakarta Pusat", "Jakarta")
    ]
    found = told(
        "Pengaruh China meningkat, kata Suharyanto di Surabaya, Senin malam.",
        "Surabaya",
        "Pengaruh China meningkat, kata Suharyanto di Indonesia, Senin malam.",
        "Indonesia",
    )
    assert [(f.severity, f.a.value, f.b.value) for f in found] == [
        ("warning", "Surabaya", "Indonesia")
    ]
