"""class-conflict on hand-made facts: the rule reads the classes a clause names."""

from dataclasses import replace
from datetime import date, timedelta

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


def _event_story(*texts: str, lang: str = "en", days=(0, 1), dates=()):
    """Articles published ``days`` after 1 March 2026, with ``dates`` (article, surface,
    normalized) marked as date mentions."""
    drafts = [Draft(t, f"s{k}.com", lang) for k, t in enumerate(texts)]
    for k, surface, normalized in dates:
        drafts[k].mention("date", surface, normalized=normalized)
    ctx = story(*drafts)
    extractions = tuple(
        replace(x, article=replace(x.article, published=date(2026, 3, 1) + timedelta(days=d)))
        for x, d in zip(ctx.extractions, days, strict=False)
    )
    return replace(ctx, extractions=extractions)


def _found(findings):
    return [(f.rule, f.severity, f.a.value, f.b.value) for f in findings]


def test_two_accounts_of_the_launch_in_two_classes_are_an_event_class_conflict():
    ctx = _event_story(
        "The rocket, believed to be an intercontinental ballistic missile (ICBM), flew for "
        "about 19 minutes. Residents were told to take cover.",
        "Officials said North Korea fired an intermediate-range ballistic missile over the "
        "island. Schools were closed.",
    )
    assert _found(classes.check_sources(ctx, 0, 1)) == [
        (
            "event-class",
            "warning",
            "intercontinental ballistic missile (ICBM)",
            "intermediate-range ballistic missile",
        )
    ]
    ctx = _event_story(
        "Rudal balistik antarbenua itu terbang selama 19 menit sebelum jatuh di laut.",
        "Korea Utara menembakkan rudal balistik jarak menengah, kata militer Jepang.",
        lang="id",
    )
    assert [f.severity for f in classes.check_sources(ctx, 0, 1)] == ["warning"]


def test_background_on_another_launch_is_no_event_class_conflict():
    ctx = _event_story(
        "North Korea fired an intermediate-range ballistic missile over Japan on Friday.",
        "North Korea fired an intermediate-range ballistic missile over Japan. It had "
        "previously fired an intercontinental ballistic missile toward the sea. Exports were "
        "banned after the launch of an ICBM in July. Analysts say ICBMs can reach Alaska. "
        "Officials said the launch was not an ICBM. The North has also developed an "
        "intercontinental ballistic missile.",
        dates=((1, "in July", "2025-07"),),
    )
    assert classes.check_sources(ctx, 0, 1) == []
    assert classes.check_article(ctx, 1) == []
    # weeks apart: two launches as often as one
    ctx = _event_story(
        "North Korea fired an intercontinental ballistic missile on Friday.",
        "North Korea fired an intermediate-range ballistic missile over Japan.",
        days=(0, 40),
    )
    assert classes.check_sources(ctx, 0, 1) == []


def test_one_article_that_gives_its_launch_two_classes_contradicts_itself():
    ctx = _event_story(
        "Japan's prime minister called the ICBM launch a reckless act. The Pacific Command "
        "confirmed the launch was an intermediate range ballistic missile (IRBM) but said it "
        "posed no threat.",
        "Sirens sounded across the island.",
    )
    assert _found(classes.check_article(ctx, 0)) == [
        (
            "event-class-internal",
            "warning",
            "ICBM",
            "intermediate range ballistic missile (IRBM)",
        )
    ]
    ctx = _event_story(
        "Perdana menteri menyebut peluncuran rudal balistik antarbenua itu sembrono. Komando "
        "Pasifik memastikan rudal yang diluncurkan itu rudal balistik jarak menengah.",
        "Sirene berbunyi.",
        lang="id",
    )
    assert [f.rule for f in classes.check_article(ctx, 0)] == ["event-class-internal"]
