"""address-conflict on hand-made mentions: one place put within two others."""

from factdiff.compare.rules import addresses
from tests.compare.build import Draft, story


def placed(text_a: str, places_a, text_b: str, places_b, lang: str = "id", person=()):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    for draft, places in ((a, places_a), (b, places_b)):
        for place in places:
            draft.mention("person" if place in person else "place", place)
        draft.mentions.sort(key=lambda m: m.start)
    ctx = story(a, b)
    return [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in addresses.check(ctx, 0, 1)]


def test_one_street_in_two_districts_of_one_town_is_a_conflict():
    assert placed(
        "Pelaku ditangkap di Jalan Tole Raya, Cibeureum, Depok, pukul 01.45 WIB.",
        ["Jalan Tole Raya", "Cibeureum", "Depok"],
        "Polisi mengamankan pelaku di Jalan Tole Raya, Sukamaju, Kota Depok, Rabu (18/6).",
        ["Jalan Tole Raya", "Sukamaju", "Kota Depok"],
        # the tagger may take the town for a person: an address is read by its commas
        person=("Depok",),
    ) == [("conflict", "where", "warning", "Cibeureum", "Sukamaju")]
    assert placed(
        "Firefighters were called to 12 Mill Lane, Marchmont, Edinburgh, at 3am.",
        ["Mill Lane", "Marchmont", "Edinburgh"],
        "The blaze broke out on Mill Lane, Bruntsfield, Edinburgh, police said.",
        ["Mill Lane", "Bruntsfield", "Edinburgh"],
        "en",
    ) == [("conflict", "where", "warning", "Marchmont", "Bruntsfield")]


def test_a_level_left_out_another_town_a_list_or_a_short_address_is_no_conflict():
    # one address names a level the other skips
    assert (
        placed(
            "Api muncul di Jalan Melati, Menteng Dalam, Tebet, Jakarta Selatan.",
            ["Jalan Melati", "Menteng Dalam", "Tebet", "Jakarta Selatan"],
            "Kebakaran terjadi di Jalan Melati, Tebet, Jakarta Selatan.",
            ["Jalan Melati", "Tebet", "Jakarta Selatan"],
        )
        == []
    )
    # the next step reaches another town: not one address told two ways
    assert (
        placed(
            "He lived on Mill Lane, Marchmont, Edinburgh.",
            ["Mill Lane", "Marchmont", "Edinburgh"],
            "She lived on Mill Lane, Headington, Oxford.",
            ["Mill Lane", "Headington", "Oxford"],
            "en",
        )
        == []
    )
    # a list of towns, not an address
    assert (
        placed(
            "Banjir melanda Bandung, Bogor, Bekasi, dan Karawang.",
            ["Bandung", "Bogor", "Bekasi", "Karawang"],
            "Banjir melanda Bandung, Cianjur, Bekasi, dan Subang.",
            ["Bandung", "Cianjur", "Bekasi", "Subang"],
        )
        == []
    )
    # two steps only: nothing after the differing place ties the two addresses
    assert (
        placed(
            "Pelaku ditangkap di Jalan Tole Raya, Cibeureum.",
            ["Jalan Tole Raya", "Cibeureum"],
            "Pelaku ditangkap di Jalan Tole Raya, Sukamaju.",
            ["Jalan Tole Raya", "Sukamaju"],
        )
        == []
    )
