"""release-date on hand-made dates: the rule reads which release a date follows."""

from factdiff.compare.rules import release_dates
from tests.compare.build import Draft, story


def dated(a, day_a, value_a, b, day_b, value_b, lang="id"):
    drafts = []
    for source, text, day, value in (("a.com", a, day_a, value_a), ("b.com", b, day_b, value_b)):
        d = Draft(text, source, lang)
        d.mention("date", day, normalized=value, unit="day")
        drafts.append(d)
    ctx = story(*drafts)
    return [(f.kind, f.field, f.a.value, f.b.value) for f in release_dates.check(ctx, 0, 1)]


def test_one_release_dated_to_two_days_is_a_conflict():
    assert dated(
        "Ia pamit dalam unggahan Instagram pribadinya, Kamis (19/6/2025).",
        "Kamis (19/6/2025)",
        "2025-06-19",
        "Ia berpamitan lewat Instagram pada 18 Juni 2025.",
        "18 Juni 2025",
        "2025-06-18",
    ) == [("conflict", "when", "Kamis (19/6/2025)", "18 Juni 2025")]
    assert dated(
        "The bank said in a filing on Friday that profits would fall.",
        "Friday",
        "2017-12-29",
        "Goldman cautioned in its filing late Thursday that profits would fall.",
        "Thursday",
        "2017-12-28",
        lang="en",
    ) == [("conflict", "when", "Friday", "Thursday")]


def test_the_same_day_a_quoting_date_and_another_kind_of_release_are_left_alone():
    assert (
        dated(
            "Ia pamit dalam unggahan Instagram, Kamis (19/6/2025).",
            "Kamis (19/6/2025)",
            "2025-06-19",
            "Lewat Instagram pada 19 Juni 2025, ia pamit.",
            "19 Juni 2025",
            "2025-06-19",
        )
        == []
    )
    assert (
        dated(
            "Kata Nanik dalam keterangan tertulis, Rabu (18/6/2025).",
            "Rabu (18/6/2025)",
            "2025-06-18",
            "Kata Nanik dalam keterangan resmi, dikutip Jumat (20/6/2025).",
            "Jumat (20/6/2025)",
            "2025-06-20",
        )
        == []
    )
    assert (
        dated(
            "The family wrote in a Facebook post on Sunday.",
            "Sunday",
            "2017-12-31",
            "The company said in a statement on Monday.",
            "Monday",
            "2018-01-01",
            lang="en",
        )
        == []
    )
