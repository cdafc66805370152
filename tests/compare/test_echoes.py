"""echoed-place on hand-made mentions: sentences two sources repeat in part."""

from factdiff.compare.rules import echoes
from tests.compare.build import Draft, story


def echoed(text_a: str, places_a, text_b: str, places_b, lang: str = "id", names=()):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    for draft, places in ((a, places_a), (b, places_b)):
        for place in places:
            draft.mention("place", place)
        for name in names:
            if name in draft.text:
                draft.mention("person", name)
        draft.mentions.sort(key=lambda m: m.start)
    ctx = story(a, b)
    return [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in echoes.check(ctx, 0, 1)]


def test_a_repeated_sentence_with_another_sea_is_a_conflict():
    assert echoed(
        "Kapal pesiar Sinar Bahari Nusantara Jaya tenggelam di Laut Jawa pada Senin pagi.",
        ["Laut Jawa"],
        "Menurut Basarnas, kapal pesiar Sinar Bahari Nusantara Jaya tenggelam di Laut Banda.",
        ["Laut Banda"],
    ) == [("conflict", "where", "warning", "Laut Jawa", "Laut Banda")]
    assert echoed(
        "The ferry will dock beside the old 'Queen of the Northern Isles' lightship in Tasman "
        "Sea waters off Hobart.",
        ["Tasman Sea", "Hobart"],
        "\u201cThe ferry will dock beside the old \u2018Queen of the Northern Isles\u2019 "
        "lightship, which is moored in the Coral Sea off Hobart,\u201d the operator said.",
        ["Coral Sea", "Hobart"],
        "en",
    ) == [("conflict", "where", "warning", "Tasman Sea", "Coral Sea")]


def test_a_short_run_a_name_or_one_place_within_another_is_no_conflict():
    # five words only: a phrase of the story, not one text
    assert (
        echoed(
            "Kapal itu tenggelam di Laut Jawa.",
            ["Laut Jawa"],
            "Kapal itu tenggelam di Laut Banda.",
            ["Laut Banda"],
        )
        == []
    )
    # the run is a person's title and name
    assert (
        echoed(
            "Japanese Prime Minister Shinzo Abe Tanaka spoke in Tokyo.",
            ["Tokyo"],
            "Japanese Prime Minister Shinzo Abe Tanaka spoke in Osaka.",
            ["Osaka"],
            "en",
            names=("Shinzo Abe Tanaka",),
        )
        == []
    )
    # a city within a country, and the same sea twice
    assert (
        echoed(
            "Kapal pesiar Sinar Bahari Nusantara Jaya bersandar di Jakarta kemarin.",
            ["Jakarta"],
            "Kapal pesiar Sinar Bahari Nusantara Jaya bersandar di Indonesia kemarin.",
            ["Indonesia"],
        )
        == []
    )
    assert (
        echoed(
            "Kapal pesiar Sinar Bahari Nusantara Jaya tenggelam di Laut Jawa.",
            ["Laut Jawa"],
            "Kapal pesiar Sinar Bahari Nusantara Jaya tenggelam di Laut Jawa.",
            ["Laut Jawa"],
        )
        == []
    )
