"""number-qualifier on hand-made facts."""

from factdiff.compare.rules import qualifiers
from tests.compare.build import Draft, aligned, story


def told(a_number, b_number, lang="id", score=0.8):
    """Each side: one (surface, value, qualifier, unit) in one aligned fact."""
    drafts = []
    for source, (surface, value, qualifier, unit) in (("a.com", a_number), ("b.com", b_number)):
        d = Draft(f"Korban {surface}.", source, lang)
        mark = d.mention("number", surface, normalized=value, qualifier=qualifier, unit=unit)
        d.fact("korban", numbers=[mark])
        drafts.append(d)
    ctx = story(*drafts, pairs=((0, 0, 1, 0, score),))
    return qualifiers.check(ctx, aligned(ctx))


def test_the_same_number_with_another_qualifier_is_info():
    infos = told(("lebih dari dua tahun", "2", ">", "tahun"), ("2 tahun", "2", "", "tahun"))
    assert [(f.kind, f.severity, f.rule) for f in infos] == [
        ("specificity", "info", "number-qualifier")
    ]
    assert [(f.a.value, f.b.value) for f in infos] == [("lebih dari dua tahun", "2 tahun")]


def test_about_a_number_and_the_number_in_english_is_info():
    infos = told(
        ("about 200 people", "200", "~", "peopl"), ("200 people", "200", "", "peopl"), "en"
    )
    assert [(f.kind, f.field, f.severity) for f in infos] == [("specificity", "what", "info")]


def test_the_same_qualifier_is_nothing():
    assert (
        told(("sekitar 200 orang", "200", "~", "orang"), ("sekitar 200", "200", "~", "orang")) == []
    )
    assert (
        told(("nearly 50 homes", "50", "<", "home"), ("almost 50 homes", "50", "<", "home"), "en")
        == []
    )


def test_another_number_is_no_qualifier_finding():
    # the number-conflict rule (or a range that holds the other) decides, not this one
    assert (
        told(("lebih dari 200 orang", "200", ">", "orang"), ("250 orang", "250", "", "orang")) == []
    )
    assert (
        told(("more than 20 people", "20", ">", "peopl"), ("12 people", "12", "", "peopl"), "en")
        == []
    )
