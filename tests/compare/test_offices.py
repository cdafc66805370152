"""office-conflict on hand-made mentions: the rule reads the office around a person's name."""

from factdiff.compare.rules import offices
from tests.compare.build import Draft, story


def offices_of(*texts: tuple[str, str], lang: str = "id", name: str = "Eri Cahyadi"):
    drafts = []
    for k, text in enumerate(texts):
        d = Draft(text, f"s{k}.com", lang)
        start = -1
        while (start := text.find(name, start + 1)) >= 0:
            nth = text[:start].count(name)
            d.mention("person", name, nth=nth)
        drafts.append(d)
    ctx = story(*drafts)
    return [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in offices.check(ctx)]


def test_a_mayor_made_governor_by_another_source_is_a_conflict():
    assert offices_of(
        "Wali Kota Surabaya Eri Cahyadi meninjau banjir di Rungkut.",
        "Eri Cahyadi, Gubernur Jawa Timur, meninjau banjir di Rungkut.",
        "Wali Kota Eri Cahyadi mengatakan air mulai surut.",
    ) == [("conflict", "who", "warning", "Gubernur Jawa Timur", "Wali Kota Surabaya Eri Cahyadi")]


def test_the_odd_office_is_set_against_the_fullest_other_even_when_its_source_gives_both():
    found = offices_of(
        "The city's Mayor Anne Marlowe said the square was closed. Anne Marlowe, the regional "
        "president, later spoke on TV.",
        "Anne Marlowe, the president of the Northern Coast region, expressed outrage.",
        "Regional President Anne Marlowe said flags would fly at half-mast.",
        lang="en",
        name="Anne Marlowe",
    )
    assert found == [
        (
            "conflict",
            "who",
            "warning",
            "Mayor Anne Marlowe",
            "the president of the Northern Coast region",
        )
    ]


def test_past_future_and_possessive_offices_are_no_conflict():
    assert (
        offices_of(
            "Mantan Wali Kota Surabaya Eri Cahyadi meninjau banjir.",
            "Gubernur Jawa Timur Eri Cahyadi meninjau banjir.",
        )
        == []
    )
    assert (
        offices_of(
            "Former Mayor Anne Marlowe spoke.",
            "Governor-elect Anne Marlowe spoke. Anne Marlowe, the mayor's sister, also spoke.",
            "Governor Anne Marlowe spoke.",
            lang="en",
            name="Anne Marlowe",
        )
        == []
    )
    # an apposition of a past term is no present office
    assert (
        offices_of(
            "Presiden Eri Cahyadi membuka acara itu.",
            "Eri Cahyadi, Gubernur Jawa Timur saat itu, membuka acara yang sama.",
        )
        == []
    )
    assert (
        offices_of(
            "Presiden Eri Cahyadi membuka acara itu.",
            "Eri Cahyadi, Bupati Purwakarta 2008-2018, membuka acara yang sama.",
        )
        == []
    )
    # one office told two ways, and a speech verb before an office, are no conflict either
    assert (
        offices_of(
            "Wali Kota Eri Cahyadi meninjau banjir.",
            "Eri Cahyadi, Walikota Surabaya, meninjau banjir.",
        )
        == []
    )
    assert (
        offices_of(
            "Mayor Anne Marlowe spoke first.",
            "“We will rebuild,” said Anne Marlowe, adding the governor agreed.",
            lang="en",
            name="Anne Marlowe",
        )
        == []
    )
