"""landing-water on hand-made mentions: the story's missile come down in two seas."""

from factdiff.compare.rules import waters
from tests.compare.build import Draft, story


def landed(text_a: str, places_a, text_b: str, places_b, lang: str = "en", lang_b: str = ""):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang_b or lang)
    for draft, places in ((a, places_a), (b, places_b)):
        for place in places:
            draft.mention("place", place)
        draft.mentions.sort(key=lambda m: m.start)
    ctx = story(a, b)
    return [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in waters.check(ctx, 0, 1)]


def test_a_missile_come_down_in_two_seas_is_a_conflict():
    assert landed(
        "The missile flew over Japan and smashed down in the Sea of Japan.",
        ["Japan", "Sea of Japan"],
        "It flew 3,700 kilometers before landing in the Pacific Ocean.",
        ["Pacific Ocean"],
    ) == [("conflict", "where", "warning", "Sea of Japan", "Pacific Ocean")]
    assert landed(
        "Rudal itu terbang di atas Hokkaido lalu jatuh di Laut Jepang. Sebelumnya rudal lain "
        "jatuh di Samudra Pasifik.",
        ["Hokkaido", "Laut Jepang", "Samudra Pasifik"],
        "Rudal terbang 3.700 kilometer sebelum jatuh di Samudra Pasifik.",
        ["Samudra Pasifik"],
        "id",
    ) == [("conflict", "where", "warning", "Laut Jepang", "Samudra Pasifik")]


def test_a_sea_flown_towards_one_sea_in_both_or_two_in_the_other_is_no_conflict():
    # no verb of coming down before the sea
    assert (
        landed(
            "The missile flew towards the Pacific Ocean, the alert system said.",
            ["Pacific Ocean"],
            "The missile fell into the Sea of Japan.",
            ["Sea of Japan"],
        )
        == []
    )
    # the first sea of each is one sea
    assert (
        landed(
            "The booster landed in the Atlantic Ocean.",
            ["Atlantic Ocean"],
            "The booster splashed down in the Atlantic Ocean, hours after the launch.",
            ["Atlantic Ocean"],
        )
        == []
    )
    # the first sea of the one that names two is the other's: an older launch after it
    assert (
        landed(
            "The missile crashed into the Sea of Japan.",
            ["Sea of Japan"],
            "It landed in the Sea of Japan; an older one fell into the Pacific Ocean.",
            ["Pacific Ocean", "Sea of Japan"],
        )
        == []
    )
    # one sea named in two languages
    assert (
        landed(
            "Pesawat itu jatuh di Laut Jawa.",
            ["Laut Jawa"],
            "The plane crashed into the Java Sea.",
            ["Java Sea"],
            "id",
            "en",
        )
        == []
    )
