"""number-conflict on hand-made facts (number-qualifier: test_qualifiers.py)."""

from factdiff.compare.evidence import told_as_of_another_time
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


def test_the_same_number_with_another_qualifier_is_no_conflict():
    conflicts, _ = told(
        [("lebih dari dua tahun", "2", ">", "tahun")], [("2 tahun", "2", "", "tahun")]
    )
    assert conflicts == []  # but a number-qualifier (test_qualifiers.py)


def test_a_bare_figure_needs_a_strong_alignment_and_the_same_size():
    assert told([("64", "64", "", "")], [("84", "84", "", "")], score=0.5)[0] == []
    assert told([("64", "64", "", "")], [("840", "840", "", "")], score=0.9)[0] == []
    assert len(told([("64", "64", "", "")], [("84", "84", "", "")], score=0.9)[0]) == 1


def counted(a_text, a_surface, b_text, b_surface, unit="orang", lang="id", qualifier=""):
    """Two sentences of one's own, each with one counted number on one aligned fact."""
    drafts = []
    for source, text, surface in (("a.com", a_text, a_surface), ("b.com", b_text, b_surface)):
        d = Draft(text, source, lang)
        value = "".join(ch for ch in surface if ch.isdigit())
        d.fact(
            "luka",
            numbers=[
                d.mention("number", surface, normalized=value, unit=unit, qualifier=qualifier)
            ],
        )
        drafts.append(d)
    ctx = story(*drafts, pairs=((0, 0, 1, 0, 0.8),))
    return [(f.severity, f.a.value, f.b.value) for f in numbers.check(ctx, aligned(ctx))]


def test_a_count_of_others_is_a_part_unless_both_count_others():
    a = "Sebanyak 53 orang lainnya luka-luka dan dirawat di rumah sakit."
    assert (
        counted(
            a, "53 orang", "Sebanyak 35 orang luka-luka dan dirawat di rumah sakit.", "35 orang"
        )
        == []
    )
    assert counted(
        a, "53 orang", "Sebanyak 35 orang lainnya luka-luka dan dirawat di rumah sakit.", "35 orang"
    ) == [("error", "53 orang", "35 orang")]
    assert (
        counted(
            "Five other defendants were jailed for fraud.",
            "Five",
            "Six defendants were jailed for fraud.",
            "Six",
            unit="defend",
            lang="en",
        )
        == []
    )


def test_a_part_and_its_total_in_one_sentence_are_not_a_conflict():
    a = Draft("Polisi menahan 12 orang, 4 orang di antaranya perempuan.", "a.com")
    total = a.mention("number", "12 orang", normalized="12", unit="orang")
    part = a.mention("number", "4 orang", normalized="4", unit="orang")
    a.fact("tahan", numbers=[part])
    b = Draft("Polisi menahan 12 orang di Subang.", "b.com")
    b.fact("tahan", numbers=[b.mention("number", "12 orang", normalized="12", unit="orang")])
    ctx = story(a, b, pairs=((0, 0, 1, 0, 0.8),))
    assert total != part and numbers.check(ctx, aligned(ctx)) == []


def test_two_lower_bounds_are_a_warning_only_in_one_sentence_retold():
    same = counted(
        "At least 60 people died in the floods, officials said.",
        "60 people",
        "At least 84 people died in the floods, officials said.",
        "84 people",
        unit="peopl",
        lang="en",
        qualifier=">=",
    )
    assert [s for s, *_ in same] == ["warning"]
    retold = counted(
        "At least 60 people died in the floods on Monday, officials said.",
        "60 people",
        "The toll rose to at least 84 people as rescuers reached remote villages.",
        "84 people",
        unit="peopl",
        lang="en",
        qualifier=">=",
    )
    assert [s for s, *_ in retold] in ([], ["info"])


def test_numbers_in_sentences_about_other_things_are_only_worth_a_look():
    found = counted(
        "Roket itu membawa 27 mesin pada tahap pertama.",
        "27 mesin",
        "Uni Soviet dulu membangun roket N1 dengan 30 mesin yang selalu gagal.",
        "30 mesin",
        unit="mesin",
    )
    assert [s for s, *_ in found] in ([], ["info"])


def test_of_several_figures_of_one_unit_only_one_of_the_others_size_faces_it():
    conflicts, _ = told(
        [("$47 billion", "47000000000", "", "$")],
        [("$110", "110", "", "$"), ("$38 billion", "38000000000", "", "$")],
        lang="en",
    )
    assert [(f.a.value, f.b.value) for f in conflicts] == [("$47 billion", "$38 billion")]


def test_a_rough_figure_the_other_sentence_also_gives_is_a_range_end_not_a_conflict():
    a = Draft("Mobil itu dibanderol Rp 250,5 juta hingga Rp 294,7 juta di Jepang.", "a.com")
    a.mention("number", "Rp 250,5 juta", normalized="250500000", unit="rp")
    high = a.mention("number", "Rp 294,7 juta", normalized="294700000", unit="rp")
    a.fact("banderol", numbers=[high])
    b = Draft("Mobil itu dibanderol Rp250 jutaan di Jepang.", "b.com")
    low = b.mention("number", "Rp250 jutaan", normalized="250000000", qualifier="~", unit="rp")
    b.fact("banderol", numbers=[low])
    ctx = story(a, b, pairs=((0, 0, 1, 0, 0.8),))
    assert numbers.check(ctx, aligned(ctx)) == []


def test_a_decimal_figure_is_no_clock_time():
    def told_at(text, surface):
        d = Draft(text, "a.com", "en")
        d.mention("number", surface, normalized=surface.split()[0], unit="$")
        return d.extraction(), d.mentions[0]

    xa, a = told_at("Net income was expected at 2.07 billion dollars.", "2.07 billion")
    xb, b = told_at("Earnings were estimated at 1.90 billion dollars.", "1.90 billion")
    assert not told_as_of_another_time(xa, a, xb, b)
    xc, c = told_at("Earnings were estimated at 1.90 billion dollars at 9:30 a.m.", "1.90 billion")
    assert told_as_of_another_time(xa, a, xc, c)
