"""date-conflict on hand-made facts."""

from factdiff.compare.rules import dates
from tests.compare.build import Draft, aligned, story


def told(
    surface_a, value_a, surface_b, value_b, score=0.8, lang="id", unit_a="", unit_b="", q_a=""
):
    a = Draft(f"Mereka bertemu pada {surface_a}.", "a.com", lang)
    b = Draft(f"Mereka bertemu pada {surface_b}.", "b.com", lang)
    mention_a = a.mention("date", surface_a, normalized=value_a, unit=unit_a, qualifier=q_a)
    a.fact("temu", when=[mention_a])
    b.fact("temu", when=[b.mention("date", surface_b, normalized=value_b, unit=unit_b)])
    ctx = story(a, b, pairs=((0, 0, 1, 0, score),))
    return dates.check(ctx, aligned(ctx))


def test_another_day_for_the_same_meeting():
    found = told("Rabu (14/9/2022)", "2022-09-14", "Kamis (15/9/2022)", "2022-09-15")
    assert [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in found] == [
        ("conflict", "when", "error", "Rabu (14/9/2022)", "Kamis (15/9/2022)")
    ]
    found = told("July 11", "2024-07-11", "July 18", "2024-07-18", score=0.56, lang="en")
    assert [f.severity for f in found] == ["warning"]


def test_one_day_written_two_ways_is_no_conflict():
    assert told("Rabu (14/9/2022)", "2022-09-14", "Rabu (14/9)", "--09-14") == []
    assert told("Rabu", "weekday:2", "14 September 2022", "2022-09-14") == []
    assert told("pekan lalu", "2022-W37", "Rabu (14/9/2022)", "2022-09-14") == []
    assert told("September 2022", "2022-09", "14 September 2022", "2022-09-14") == []


def test_a_weekday_that_does_not_fit_the_other_date_is_a_conflict():
    found = told("Kamis", "weekday:3", "Rabu (14/9/2022)", "2022-09-14")
    assert [(f.a.value, f.b.value) for f in found] == [("Kamis", "Rabu (14/9/2022)")]


def test_a_weak_alignment_gives_no_date_conflict():
    assert told("Rabu (14/9/2022)", "2022-09-14", "Kamis (15/9/2022)", "2022-09-15", 0.5) == []


def test_a_date_of_quoting_is_no_date_of_the_event():
    a = Draft("Hal itu dikutip Jumat (20/6/2025) dari laman resmi.", "a.com")
    b = Draft("Hal itu disampaikan Kamis (19/6/2025) di laman resmi.", "b.com")
    a.fact(
        "laman", when=[a.mention("date", "Jumat (20/6/2025)", normalized="2025-06-20", unit="day")]
    )
    b.fact(
        "laman", when=[b.mention("date", "Kamis (19/6/2025)", normalized="2025-06-19", unit="day")]
    )
    ctx = story(a, b, pairs=((0, 0, 1, 0, 0.8),))
    assert dates.check(ctx, aligned(ctx)) == []


def test_a_year_the_writer_did_not_write_is_no_conflict():
    # "in November" in a July 2016 article reads as the coming November; the other outlet
    # writes the year, and it was the November before
    assert told("November", "2016-11", "November 2015", "2015-11", lang="en", q_a="anchored") == []
    assert told("Nov. 13", "2016-11-13", "Nov. 13, 2015", "2015-11-13", q_a="anchored") == []
    assert told("November", "2016-11", "2015", "2015", lang="en", q_a="anchored") == []
    # another day is still another day
    found = told("Nov. 12", "2016-11-12", "Nov. 13, 2015", "2015-11-13", q_a="anchored")
    assert [(f.a.value, f.b.value) for f in found] == [("Nov. 12", "Nov. 13, 2015")]
