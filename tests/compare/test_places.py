"""place-conflict on hand-made facts."""

from factdiff.compare.rules import places
from tests.compare.build import Draft, aligned, story


def told(place_a: str, place_b: str, what_b: str = "gempa", lang: str = "id", score=0.8):
    text = "Gempa terjadi 130 km timur laut {}."
    a, b = Draft(text.format(place_a), "a.com", lang), Draft(text.format(place_b), "b.com", lang)
    a.fact("gempa", where=[a.mention("place", place_a)])
    b.fact(what_b, where=[b.mention("place", place_b)])
    ctx = story(a, b, pairs=((0, 0, 1, 0, score),))
    return places.check(ctx, aligned(ctx))


def test_two_towns_for_one_epicentre_are_a_conflict():
    found = told("Tuban", "Lamongan")
    assert [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in found] == [
        ("conflict", "where", "warning", "Tuban", "Lamongan")
    ]


def test_two_jails_of_one_kind_are_a_conflict_in_english_too():
    a = Draft("He is held at Belmarsh Prison.", "a.com", "en")
    b = Draft("He is held at Wandsworth Prison.", "b.com", "en")
    a.fact("held", where=[a.mention("place", "Belmarsh Prison")])
    b.fact("held", where=[b.mention("place", "Wandsworth Prison")])
    ctx = story(a, b, pairs=((0, 0, 1, 0, 0.7),))
    assert [(f.a.value, f.b.value) for f in places.check(ctx, aligned(ctx))] == [
        ("Belmarsh Prison", "Wandsworth Prison")
    ]


def test_another_event_or_one_place_named_twice_is_no_conflict():
    assert told("Tuban", "Lamongan", what_b="banjir", score=0.5) == []  # weak, other event
    assert told("Tuban", "Tuban") == []


def landed(text_a: str, sea_a: str, text_b: str, sea_b: str, lang: str):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    a.fact("jatuh", where=[a.mention("place", sea_a)])
    b.fact("jatuh", where=[b.mention("place", sea_b)])
    ctx = story(a, b, pairs=((0, 0, 1, 0, 0.8),))
    return [(f.a.value, f.b.value) for f in places.check(ctx, aligned(ctx))]


def test_a_sea_and_an_ocean_are_places_of_one_kind():
    # where one thing came down at sea: a sea and an ocean are both open water, so two of
    # them for one landing cannot both be right
    assert landed(
        "Rudal itu jatuh di Laut Jepang.",
        "Laut Jepang",
        "Rudal itu jatuh di Samudra Pasifik.",
        "Samudra Pasifik",
        "id",
    ) == [("Laut Jepang", "Samudra Pasifik")]
    assert landed(
        "The booster landed in the Sea of Japan.",
        "Sea of Japan",
        "The booster landed in the Pacific Ocean.",
        "Pacific Ocean",
        "en",
    ) == [("Sea of Japan", "Pacific Ocean")]
    # a sea and a bay are not one kind: a bay lies within some sea
    assert (
        landed(
            "The booster landed in Tokyo Bay.",
            "Tokyo Bay",
            "The booster landed in the Pacific Ocean.",
            "Pacific Ocean",
            "en",
        )
        == []
    )
