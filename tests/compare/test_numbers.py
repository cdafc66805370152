"""number-conflict and number-qualifier on hand-made facts."""

from factdiff.compare.rules import numbers, qualifiers
from tests.compare.build import Draft, aligned, story


def told(a_numbers, b_numbers, score=0.8, lang="id", what="luka"):
    """Each side: a list of (surface, value, qualifier, unit)."""
    drafts = []
    for source, spec in (("a.com", a_numbers), ("b.com", b_numbers)):
        d = Draft(" dan ".join(s for s, *_ in spec) + " luka-luka.", source, lang)
        marks = [d.mention("number", s, normalized=v, qualifier=q, unit=u) for s, v, q, u in spec]
        d.fact(what, numbers=marks)
        drafts.append(d)
    ctx = story(*drafts, pairs=((0, 0, 1, 0, score),))
    facts = aligned(ctx)
    return numbers.check(ctx, facts), qualifiers.check(ctx, facts)


def test_another_count_of_the_same_people_is_an_error_on_a_strong_alignment():
    conflicts, infos = told([("53 orang", "53", "", "orang")], [("35 orang", "35", "", "orang")])
    assert [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in conflicts] == [
        ("conflict", "what", "error", "53 orang", "35 orang")
    ]
    assert infos == []


def test_numbers_both_sides_give_are_settled_and_the_rest_compared():
    conflicts, _ = told(
        [("3,75%", "3.75", "", "%"), ("4%", "4", "", "%")],
        [("3,75%", "3.75", "", "%"), ("5%", "5", "", "%")],
    )
    assert [(f.a.value, f.b.value) for f in conflicts] == [("4%", "5%")]


def test_a_qualified_number_agrees_with_one_within_it():
    conflicts, infos = told(
        [("more than 200 people", "200", ">", "peopl")],
        [("250 people", "250", "", "peopl")],
        lang="en",
    )
    assert conflicts == [] and infos == []


def test_people_in_english_and_orang_in_indonesian_count_one_thing():
    conflicts, _ = told([("12 people", "12", "", "peopl")], [("14 orang", "14", "", "orang")])
    assert [(f.a.value, f.b.value) for f in conflicts] == [("12 people", "14 orang")]


def test_a_rank_is_never_compared_with_a_count():
    conflicts, _ = told(
        [("47th", "47", "", "minut")], [("two minutes", "2", "", "minut")], lang="en"
    )
    assert conflicts == []


def test_the_same_number_with_another_qualifier_is_info():
    conflicts, infos = told(
        [("lebih dari dua tahun", "2", ">", "tahun")], [("2 tahun", "2", "", "tahun")]
    )
    assert conflicts == []
    assert [(f.kind, f.severity, f.rule) for f in infos] == [
        ("specificity", "info", "number-qualifier")
    ]


def test_a_bare_figure_needs_a_strong_alignment_and_the_same_size():
    assert told([("64", "64", "", "")], [("84", "84", "", "")], score=0.5)[0] == []
    assert told([("64", "64", "", "")], [("840", "840", "", "")], score=0.9)[0] == []
    assert len(told([("64", "64", "", "")], [("84", "84", "", "")], score=0.9)[0]) == 1
