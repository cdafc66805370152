"""bound-conflict on hand-made facts."""

from factdiff.compare.rules import exclusive_bounds
from tests.compare.build import Draft, aligned, story


def told(a_numbers, b_numbers, lang="id", texts=("Korban {}.", "Korban {}.")):
    """Each side: (surface, value, qualifier, unit) numbers in one aligned fact, its text
    made of ``texts`` with the surfaces joined."""
    drafts = []
    for source, numbers, text in (("a.com", a_numbers, texts[0]), ("b.com", b_numbers, texts[1])):
        d = Draft(text.format(" sampai ".join(n[0] for n in numbers)), source, lang)
        marks = [
            d.mention("number", surface, normalized=value, qualifier=qualifier, unit=unit)
            for surface, value, qualifier, unit in numbers
        ]
        d.fact("korban", numbers=marks)
        drafts.append(d)
    ctx = story(*drafts, pairs=((0, 0, 1, 0, 0.8),))
    return exclusive_bounds.check(ctx, aligned(ctx))


def test_more_than_a_number_against_at_most_it_is_a_conflict_shown_whole():
    found = told(
        [("satu", "1", "", "bulan"), ("tiga bulan", "3", "", "bulan")],
        [("lebih dari tiga bulan", "3", ">", "bulan")],
        texts=("Pemulihan Daniel butuh {}.", "Pemulihan Daniel butuh {}."),
    )
    assert [(f.kind, f.severity, f.rule) for f in found] == [
        ("conflict", "warning", "bound-conflict")
    ]
    # the side shows the whole range the bound closes
    assert (found[0].a.value, found[0].b.value) == (
        "satu sampai tiga bulan",
        "lebih dari tiga bulan",
    )


def test_nearly_against_more_than_is_information():
    found = told(
        [("nearly 90%", "90", "~<", "%")],
        [("more than 90 percent", "90", ">", "%")],
        "en",
        texts=("China buys {} of the coal.", "China buys {} of the coal."),
    )
    assert [(f.severity, f.a.value) for f in found] == [("info", "nearly 90%")]


def test_bounds_that_meet_or_agree_are_nothing():
    assert exclusive_bounds.excluded(">", "<=") and exclusive_bounds.excluded("~<", ">=")
    assert not exclusive_bounds.excluded(">=", "<=")  # both hold at the number itself
    assert (
        told([("paling sedikit 3 orang", "3", ">=", "orang")], [("3 orang", "3", "", "orang")])
        == []
    )
    assert (
        told(
            [("lebih dari 3 orang", "3", ">", "orang")], [("lebih dari 3 orang", "3", ">", "orang")]
        )
        == []
    )
    # another noun is another count
    assert (
        told(
            [("lebih dari 3 orang", "3", ">", "orang")], [("maksimal 3 mobil", "3", "<=", "mobil")]
        )
        == []
    )
