"""name-spelling on hand-made names."""

from factdiff.compare.rules import spelling
from tests.compare.build import Draft, story


def pair(text_a: str, name_a: str, text_b: str, name_b: str, type_: str = "person", lang="id"):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    a.mention(type_, name_a)
    b.mention(type_, name_b)
    return spelling.check(story(a, b), 0, 1)


def test_a_misspelt_organization_is_one_name_spelt_two_ways():
    found = pair(
        "KTT Organisasi Kerjasama Shanghai digelar.",
        "KTT Organisasi Kerjasama Shanghai",
        "KTT Organisasi Kerjasama Shahai digelar.",
        "KTT Organisasi Kerjasama Shahai",
        "organization",
    )
    assert [(f.kind, f.a.value, f.b.value) for f in found] == [
        ("spelling", "KTT Organisasi Kerjasama Shanghai", "KTT Organisasi Kerjasama Shahai")
    ]
    assert found[0].rule == "name-spelling" and found[0].severity == "warning"


def test_an_english_first_name_misspelt():
    found = pair(
        "Prime Minister Manuel Valls spoke.",
        "Manuel Valls",
        "Prime Minister Manual Valls spoke.",
        "Manual Valls",
        lang="en",
    )
    assert [(f.a.value, f.b.value, f.field) for f in found] == [
        ("Manuel Valls", "Manual Valls", "who")
    ]


def test_a_short_form_accents_and_another_name_are_no_misspelling():
    assert not pair("Xi Jinping tiba.", "Xi Jinping", "Xi tiba.", "Xi")
    assert not pair("Pedro Sánchez said.", "Pedro Sánchez", "Pedro Sanchez said.", "Pedro Sanchez")
    assert not pair("Joko Widodo tiba.", "Joko Widodo", "Jokowi tiba.", "Jokowi")
    assert not pair("Budi Santoso tiba.", "Budi Santoso", "Rina Wulandari tiba.", "Rina Wulandari")


def test_two_places_that_both_exist_are_no_misspelling():
    assert not pair("Ia tiba di Austria.", "Austria", "Ia tiba di Australia.", "Australia", "place")
