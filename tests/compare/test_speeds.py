"""speed-conflict on short texts: the story's one speed told two ways."""

from factdiff.compare.rules import speeds
from tests.compare.build import Draft, story


def sped(text_a: str, text_b: str, lang: str = "en"):
    ctx = story(Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang))
    return [(f.kind, f.severity, f.a.value, f.b.value) for f in speeds.check(ctx, 0, 1)]


def test_one_speed_outside_the_other_sources_range_is_a_conflict():
    assert sped(
        "The lorry mounted the pavement at 40mph, witnesses said.",
        "One witness estimated the lorry moved at 20-25 mph.",
    ) == [("conflict", "warning", "40mph", "20-25 mph")]
    assert sped(
        "Truk itu melaju 80 km/jam saat menabrak kerumunan.",
        "Polisi menyebut truk melaju 30 sampai 40 km/jam.",
        "id",
    ) == [("conflict", "warning", "80 km/jam", "30 sampai 40 km/jam")]


def test_a_speed_within_a_range_or_its_conversion_two_speeds_or_no_shared_word_are_left():
    # within the range, and the same speed in another unit
    assert sped("The lorry moved at 22 mph.", "The lorry drove at 20-25 mph.") == []
    assert sped("The lorry moved at 40 mph.", "The lorry drove at 64 km/h.") == []
    # rounding: "about 60" for 58
    assert sped("The train ran at 58 mph.", "The train ran at about 60 mph.") == []
    # a storm's winds and its pace: two speeds, no one speed of the story
    assert (
        sped(
            "The storm moved at 15 mph with winds of 120 mph.",
            "The storm brought winds of 90 mph.",
        )
        == []
    )
    # nothing in common but the speed
    assert sped("The lorry moved at 40 mph.", "Gusts reached 20 mph on the coast.") == []
    # a day and saying are no subject in common
    assert (
        sped(
            "Angin bertiup 20 km/jam pada Jumat, kata petugas.",
            "Truk melaju 80 km/jam pada Jumat, kata saksi.",
            "id",
        )
        == []
    )
