"""actor-conflict on hand-made facts."""

from factdiff.compare.rules import actors
from tests.compare.build import Draft, aligned, story


def told(actor_a: str, actor_b: str, score: float, lang: str = "id", extra_b: str = ""):
    text = "Putin akan bertemu {} di Samarkand. "
    a = Draft(text.format(actor_a) + f"{actor_b} juga hadir.", "a.com", lang)
    b = Draft(text.format(actor_b) + f"{actor_a} juga hadir." + extra_b, "b.com", lang)
    a.fact("temu", who=[a.mention("person", actor_a)])
    b.fact("temu", who=[b.mention("person", actor_b)])
    a.mention("person", actor_b)
    b.mention("person", actor_a, nth=0)
    ctx = story(a, b, pairs=((0, 0, 1, 0, score),))
    return actors.check(ctx, aligned(ctx))


def test_another_known_person_for_the_same_meeting_is_an_error_when_strongly_aligned():
    found = told("Xi Jinping", "Narendra Modi", 0.8)
    assert [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in found] == [
        ("conflict", "who", "error", "Xi Jinping", "Narendra Modi")
    ]
    assert 'another actor for "temu"' in found[0].message


def test_a_weaker_alignment_gives_a_warning():
    found = told("Xi Jinping", "Narendra Modi", 0.55)
    assert [f.severity for f in found] == ["warning"]


def test_one_person_named_two_ways_is_no_conflict():
    a = Draft("Biden met Kishida in Tokyo.", "a.com", "en")
    b = Draft("Joe Biden met Kishida in Tokyo.", "b.com", "en")
    a.fact("meet", who=[a.mention("person", "Biden")])
    b.fact("meet", who=[b.mention("person", "Joe Biden")])
    ctx = story(a, b, pairs=((0, 0, 1, 0, 0.9),))
    assert actors.check(ctx, aligned(ctx)) == []
