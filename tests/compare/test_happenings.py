"""happening-date on whole articles of our own: relative dates resolved from each article's
publication day, one happening read from a shared name and event word."""

from __future__ import annotations

from factdiff.compare.rules import happenings
from factdiff.pipeline import CheckOptions, check
from tests.compare.build import Draft, story


def article(source: str, published: str, title: str, body: str) -> str:
    return f'---\ntitle: "{title}"\nsource: "{source}"\npublished: "{published}"\n---\n\n{body}\n'


def dated(make_story, a: str, b: str, published_b: str = "2018-02-06T10:00:00"):
    """The happening-date findings of two articles published on 6 February 2018 (the second
    on ``published_b``): (severity, value a, value b)."""
    folder = make_story(
        {
            "a.md": article("alpha", "2018-02-06T09:00:00", "Chipmaker raises its bid", a),
            "b.md": article("beta", published_b, "Chipmaker makes its best offer", b),
        },
        "bids/story",
    )
    findings = check([folder.parent], CheckOptions(stories="folders")).findings
    return [(f.severity, f.a.value, f.b.value) for f in findings if f.rule == "happening-date"]


EN_A = (
    "Broadcom raised its bid for Qualcomm on Monday.\n\n"
    "European regulators this month said they had approved the merger with NXP.\n\n"
    "Broadcom moved from California in 2015 after a merger with rival Avago Technologies.\n"
)
EN_B = (
    "Broadcom made its best offer for Qualcomm on Monday.\n\n"
    "The acquisition of NXP was approved by European Union regulators last month.\n\n"
    "Its headquarters in San Jose came from Avago Technologies' takeover last year of "
    "Broadcom.\n"
)


def test_one_happening_dated_to_two_periods_is_a_conflict(make_story):
    assert dated(make_story, EN_A, EN_B) == [
        (
            "warning",
            "European regulators this month said they had approved the merger with NXP",
            "acquisition of NXP was approved by European Union regulators last month",
        ),
        (
            "warning",
            "Broadcom moved from California in 2015 after a merger with rival Avago Technologies",
            "Avago Technologies' takeover last year of Broadcom",
        ),
    ]


ID_A = (
    "Broadcom menaikkan tawarannya untuk Qualcomm pada Senin (5/2/2018).\n\n"
    "Komisi Eropa bulan ini menyetujui akuisisi NXP oleh Qualcomm dengan syarat.\n\n"
    "Broadcom didirikan kembali di Singapura pada 2016 setelah merger Avago Technologies "
    "dengan Broadcom.\n"
)
ID_B = (
    "Broadcom mengajukan tawaran terakhir untuk Qualcomm pada Senin (5/2/2018).\n\n"
    "Qualcomm sudah mengantongi restu Komisi Eropa atas akuisisi NXP bulan lalu.\n\n"
    "Kantor pusatnya berasal dari merger Avago Technologies dengan Broadcom pada 2017.\n"
)


def test_one_happening_dated_two_ways_in_indonesian(make_story):
    assert dated(make_story, ID_A, ID_B) == [
        (
            "warning",
            "Komisi Eropa bulan ini menyetujui akuisisi NXP oleh Qualcomm",
            "Qualcomm sudah mengantongi restu Komisi Eropa atas akuisisi NXP bulan lalu",
        ),
        (
            "warning",
            "Broadcom didirikan kembali di Singapura pada 2016 setelah merger Avago Technologies",
            "merger Avago Technologies dengan Broadcom pada 2017",
        ),
    ]


def test_the_same_period_told_two_ways_is_no_conflict(make_story):
    # "last month" in one, January in the other, both said in February
    assert (
        dated(
            make_story,
            "European regulators approved the merger with NXP last month.",
            "The merger with NXP was approved by European regulators in January.",
        )
        == []
    )
    # "pekan ini" and the day it names; "tahun lalu" and 2017
    assert (
        dated(
            make_story,
            "Komisi Eropa pekan ini menyetujui akuisisi NXP oleh Qualcomm.\n\n"
            "Merger Avago Technologies dengan Broadcom terjadi tahun lalu.",
            "Akuisisi NXP oleh Qualcomm disetujui Komisi Eropa pada 6 Februari 2018.\n\n"
            "Merger Avago Technologies dengan Broadcom terjadi pada 2017.",
        )
        == []
    )


def test_a_plan_against_what_happened_a_moved_plan_and_a_series_are_left_alone(make_story):
    # a plan and what happened: both may be right
    assert (
        dated(
            make_story,
            "NASA planned to fly the uncrewed Orion capsule around the moon in 2019.",
            "NASA flew the uncrewed Orion capsule around the moon last year.",
        )
        == []
    )
    # a plan that moved
    assert (
        dated(
            make_story,
            "The Tiangong station was supposed to be decommissioned by Chinese engineers in 2013.",
            "The Tiangong station was decommissioned by Chinese engineers in 2016.",
        )
        == []
    )
    # an article that dates the happening twice tells two of a series
    assert (
        dated(
            make_story,
            "North Korea fired a Hwasong missile over Hokkaido last month.\n\n"
            "North Korea fired a Hwasong missile over Hokkaido in 2017 too.",
            "North Korea fired a Hwasong missile over Hokkaido in 2017.",
        )
        == []
    )
    # an earlier happening told as such
    assert (
        dated(
            make_story,
            "Komisi Eropa menyetujui akuisisi NXP oleh Qualcomm bulan lalu.",
            "Sebelumnya Komisi Eropa menyetujui akuisisi NXP oleh Qualcomm pada 2016.",
        )
        == []
    )


def test_a_bound_a_reporting_day_and_a_shared_name_alone_are_no_conflict(make_story):
    # "in 2015 after a merger": a merger in 2014 is before the move
    assert (
        dated(
            make_story,
            "Broadcom moved from California in 2015 after a merger with rival Avago Technologies.",
            "The merger of Avago Technologies and Broadcom was agreed in 2014.",
        )
        == []
    )
    # a date after a quote dates its saying
    assert (
        dated(
            make_story,
            '"Kunjungan Presiden ke Rusia berjalan lancar," kata Sugiono di Moskwa, Senin '
            "(5/2/2018).",
            "Kunjungan Presiden ke Rusia berjalan lancar bulan lalu, kata Sugiono di Moskwa.",
        )
        == []
    )
    # one name and a word that tells no particular happening
    assert (
        dated(
            make_story,
            "A photo made available by SpaceX last month shows the rocket.",
            "SpaceX made the engines in 2015.",
        )
        == []
    )


def test_relative_dates_of_articles_far_apart_or_a_day_apart_are_left_alone(make_story):
    # "today" resolved from publication days a day apart: the outlets' time zones
    assert (
        dated(
            make_story,
            "South Korean forces fired Hyunmoo missiles in a live-fire exercise yesterday.",
            "South Korean forces fired Hyunmoo missiles in a live-fire exercise today.",
            published_b="2018-02-06T23:00:00",
        )
        == []
    )
    # "this year" of articles a year apart
    assert (
        dated(
            make_story,
            "Chinese engineers expect the Tiangong station to fall this year.",
            "Chinese engineers expect the Tiangong station to fall this year.",
            published_b="2016-09-20T10:00:00",
        )
        == []
    )


def test_dates_of_aligned_facts_are_left_to_date_conflict():
    a = Draft("Komisi Eropa menyetujui merger Qualcomm dan NXP pada Januari 2018.", "a.com")
    b = Draft("Merger Qualcomm dan NXP disetujui Komisi Eropa pada Februari 2018.", "b.com")
    for draft, day, value in ((a, "Januari 2018", "2018-01"), (b, "Februari 2018", "2018-02")):
        draft.mention("organization", "Komisi Eropa")
        draft.mention("date", day, normalized=value, unit="month")
        draft.fact("tuju", when=[1])
    apart = [(f.a.value, f.b.value) for f in happenings.check(story(a, b), 0, 1)]
    assert apart == [
        (
            "Komisi Eropa menyetujui merger Qualcomm dan NXP pada Januari 2018",
            "Merger Qualcomm dan NXP disetujui Komisi Eropa pada Februari 2018",
        )
    ]
    assert happenings.check(story(a, b, pairs=((0, 0, 1, 0, 0.8),)), 0, 1) == []
