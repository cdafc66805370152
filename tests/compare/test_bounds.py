"""count-bound-internal on hand-made mentions: one count told as N and as more than N."""

from factdiff.compare.rules import bounds
from tests.compare.build import Draft, story


def counted(text: str, numbers, lang: str = "en"):
    """``numbers``: (surface, value, qualifier, unit) marked in the text."""
    draft = Draft(text, "a.com", lang)
    for surface, value, qualifier, unit in numbers:
        draft.mention("number", surface, normalized=value, qualifier=qualifier, unit=unit)
    draft.mentions.sort(key=lambda m: m.start)
    ctx = story(draft)
    return [(f.kind, f.severity, f.a.value, f.b.value) for f in bounds.check(ctx, 0)]


def test_a_count_and_more_than_that_count_of_one_event_conflict():
    assert counted(
        "At least 84 people, including 10 children, were killed. The mayor confirmed more "
        "than 10 children were among the dead.",
        [
            ("84 people", "84", ">=", "peopl"),
            ("10 children", "10", "", "children"),
            ("more than 10 children", "10", ">", "children"),
        ],
    ) == [("conflict", "warning", "10 children", "more than 10 children")]
    assert counted(
        "Sebanyak 12 penumpang tewas dalam kecelakaan itu. Polisi menyebut lebih dari 12 "
        "penumpang tewas di lokasi.",
        [
            ("12 penumpang", "12", "", "tumpang"),
            ("lebih dari 12 penumpang", "12", ">", "tumpang"),
        ],
        "id",
    ) == [("conflict", "warning", "12 penumpang", "lebih dari 12 penumpang")]


def test_at_least_a_duration_or_two_events_are_no_conflict():
    # "at least 10" agrees with 10
    assert (
        counted(
            "In all 10 children were killed. At least 10 children died.",
            [
                ("10 children", "10", "", "children"),
                ("At least 10 children", "10", ">=", "children"),
            ],
        )
        == []
    )
    # a time rounded two ways
    assert (
        counted(
            "She escaped after two years. She was held for more than two years.",
            [("two years", "2", "", "year"), ("more than two years", "2", ">", "year")],
        )
        == []
    )
    # two events: killed, and taken to hospital
    assert (
        counted(
            "In all 10 children were killed. More than 10 children were taken to hospital.",
            [
                ("10 children", "10", "", "children"),
                ("More than 10 children", "10", ">", "children"),
            ],
        )
        == []
    )
    # "said" in both is no event in common
    assert (
        counted(
            "In all 10 people were killed, police said. More than 10 people were hurt, "
            "officials said.",
            [("10 people", "10", "", "peopl"), ("More than 10 people", "10", ">", "peopl")],
        )
        == []
    )
