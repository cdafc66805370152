"""clock-time on hand-made time mentions, and the clock times extraction finds."""

from factdiff.compare.rules import times
from factdiff.extract.times import find_times
from factdiff.lang import lexicon
from factdiff.values import ClockTime
from tests.compare.build import Draft, story


def told(a, times_a, b, times_b, lang="id"):
    """Two articles' texts with their clock times marked as extraction would mark them."""
    drafts = []
    for source, text, marked in (("a.com", a, times_a), ("b.com", b, times_b)):
        d = Draft(text, source, lang)
        for m in find_times(text, lexicon(lang), []):
            if m.text in marked:
                d.mention(
                    "time",
                    m.text,
                    normalized=m.normalized,
                    qualifier=m.qualifier,
                    unit=m.unit,
                    note=m.note,
                )
        drafts.append(d)
    return [(f.severity, f.a.value, f.b.value) for f in times.check(story(*drafts), 0, 1)]


def test_the_start_and_end_of_one_event_told_at_other_minutes_are_warnings():
    a = "Kebakaran terjadi pukul 02.05 WIB. Api dijinakkan pada pukul 04.45 WIB."
    b = "Rumah dilahap api sekitar pukul 02.02 WIB. Pemadaman selesai pukul 04.30 WIB."
    assert told(a, ("02.05 WIB", "04.45 WIB"), b, ("02.02 WIB", "04.30 WIB")) == [
        ("warning", "02.05 WIB", "02.02 WIB"),
        ("warning", "04.45 WIB", "04.30 WIB"),
    ]


def test_one_time_in_alike_sentences_is_a_warning_and_in_unlike_ones_information():
    a = "The truck drove into the crowd on the promenade around 10:45 p.m. on Thursday."
    b = "The truck drove into the crowd on the promenade at around 10.30pm last night."
    assert told(a, ("10:45 p.m.",), b, ("10.30pm",), "en") == [("warning", "10:45 p.m.", "10.30pm")]
    c = "More than 50 children were taken to hospital after the atrocity at around 10.30pm."
    assert told(a, ("10:45 p.m.",), c, ("10.30pm",), "en") == [("info", "10:45 p.m.", "10.30pm")]


def test_rounding_the_same_minute_other_zones_and_distant_times_are_left_alone():
    a = "The meteor lit up the sky at 5:52 p.m. over Maine."
    assert (
        told(a, ("5:52 p.m.",), "It was seen at approximately 6pm EST.", ("6pm EST",), "en") == []
    )
    assert told(a, ("5:52 p.m.",), "Witnesses saw it just before 6pm.", ("6pm",), "en") == []
    assert told(a, ("5:52 p.m.",), "It happened at 5:52 local time.", ("5:52",), "en") == []
    assert (
        told(
            "Pesawat lepas landas pukul 12.10 WIB.",
            ("12.10 WIB",),
            "Pesawat lepas landas pukul 12.10 WITA.",
            ("12.10 WITA",),
        )
        == []
    )
    assert (
        told(
            "Harga minyak naik pukul 00.29 GMT.",
            ("00.29 GMT",),
            "Harga minyak naik pukul 07.59 GMT.",
            ("07.59 GMT",),
        )
        == []
    )


def test_a_time_the_other_side_also_gives_pairs_with_nothing():
    a = "The plane took off at 12:10 p.m. and crashed around 12:20 p.m."
    b = "The plane took off at 12:10 p.m. Sunday."
    assert told(a, ("12:10 p.m.", "12:20 p.m."), b, ("12:10 p.m.",), "en") == []


def test_clock_times_are_found_with_their_exactness_and_zone():
    found = find_times(
        "Api muncul sekitar pukul 02.02 WIB dan padam menjelang pukul 05.00. Harga 2.500.",
        lexicon("id"),
        [],
    )
    assert [(m.text, m.normalized, m.qualifier, m.unit) for m in found] == [
        ("02.02 WIB", "02:02", "~", "WIB"),
        ("05.00", "05:00", "<", ""),
    ]
    text = (
        "It began at around 10.30pm, at 21:00 and 07:59 UTC, not at 5:52. "
        "Updated: 2017-09-15 21:45. Watch 01:26. Rates rose at 2.50 percent."
    )
    found = find_times(text, lexicon("en"), [])
    assert [(m.text, m.normalized, m.qualifier, m.note) for m in found] == [
        ("10.30pm", "22:30", "~", ""),
        ("21:00", "21:00", "", ""),
        ("07:59 UTC", "07:59", "", ""),
        ("5:52", "05:52", "", "12h"),
    ]
    assert text[found[0].start : found[0].end] == "10.30pm"


def test_clock_time_values_agree_within_their_wording():
    six = ClockTime(18 * 60, "~")
    assert six.agrees(ClockTime(17 * 60 + 52))
    assert not ClockTime(22 * 60 + 30, "~").agrees(ClockTime(22 * 60 + 45, "~"))
    assert ClockTime(18 * 60, "<").agrees(ClockTime(17 * 60 + 45))
    assert not ClockTime(18 * 60, "<").agrees(ClockTime(18 * 60 + 10))
    assert ClockTime(5 * 60 + 52, twelve_hour=True).agrees(ClockTime(17 * 60 + 52))
    assert ClockTime(60, zone="WIB").gap(ClockTime(60, zone="WITA")) is None
    assert ClockTime(23 * 60 + 50).gap(ClockTime(10)) == 20
