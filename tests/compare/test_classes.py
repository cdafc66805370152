"""class-conflict on hand-made facts: the rule reads the classes a clause names."""

from factdiff.compare.rules import classes
from tests.compare.build import Draft, aligned, story


def classed(text_a: str, text_b: str, lang: str = "id", score: float = 0.8):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    a.fact("tembak", where=[a.mention("place", "Jepang" if lang == "id" else "Japan")])
    b.fact("tembak", where=[b.mention("place", "Jepang" if lang == "id" else "Japan")])
    ctx = story(a, b, pairs=((0, 0, 1, 0, score),))
    return [(f.kind, f.severity, f.a.value, f.b.value) for f in classes.check(ctx, aligned(ctx))]


def test_two_exclusive_classes_for_one_launch_are_a_conflict():
    assert classed(
        "Korea Utara menembakkan rudal balistik antarbenua yang melintasi Jepang pagi ini.",
        "Korea Utara menembakkan rudal balistik jarak menengah yang melintasi Jepang pagi ini.",
    ) == [("conflict", "warning", "rudal balistik antarbenua", "rudal balistik jarak menengah")]
    assert classed(
        "North Korea fired an ICBM over Japan early on Friday, officials said.",
        "North Korea fired an intermediate-range ballistic missile over Japan early on Friday.",
        "en",
    ) == [("conflict", "warning", "ICBM", "intermediate-range ballistic missile")]


def test_one_class_named_two_ways_or_both_classes_in_a_clause_are_no_conflict():
    # an acronym and its full name are one class
    assert (
        classed(
            "North Korea fired an ICBM over Japan early on Friday.",
            "North Korea fired an intercontinental ballistic missile over Japan on Friday.",
            "en",
        )
        == []
    )
    # a clause that names both classes sets them apart: no finding
    assert (
        classed(
            "Korea Utara menembakkan rudal jarak menengah, bukan rudal antarbenua, ke Jepang.",
            "Korea Utara menembakkan rudal balistik antarbenua ke arah Jepang.",
        )
        == []
    )


def test_two_sentences_that_share_little_but_the_missile_are_not_a_warning():
    # aligned, but the sentences tell two things: another launch, told in other words
    found = classed(
        "Pyongyang tested an ICBM in July that flew toward Japan.",
        "Analysts say the intermediate-range missile that crossed Japan was a new model.",
        "en",
    )
    assert all(severity == "info" for _, severity, _, _ in found)
