"""omission on hand-made facts."""

from factdiff.compare.rules import omissions
from tests.compare.build import Draft, story


def test_a_dated_fact_only_one_source_has_is_an_omission_unless_the_other_tells_it():
    a = Draft("Gempa terjadi pada Rabu (14/9/2022) pukul 06.03 WIB.", "a.com")
    a.fact("gempa", when=[a.mention("date", "Rabu (14/9/2022)", normalized="2022-09-14")])
    b = Draft("Warga mengungsi ke lapangan.", "b.com")
    b.fact("ungsi")
    found = omissions.check(story(a, b, omissions=True))
    assert [(f.kind, f.field, f.severity, f.a.source, f.b.source) for f in found] == [
        ("omission", "when", "info", "a.com", "b.com")
    ]
    assert found[0].b.line is None
    c = Draft("Gempa pada 14 September 2022 membuat warga mengungsi.", "c.com")
    c.mention("date", "14 September 2022", normalized="2022-09-14")
    c.fact("ungsi")
    assert omissions.check(story(a, c, omissions=True)) == []


def test_no_omissions_when_asked_not_to():
    a = Draft("The storm killed 12 people.", "a.com", "en")
    a.fact("kill", numbers=[a.mention("number", "12 people", normalized="12", unit="peopl")])
    b = Draft("Residents returned home.", "b.com", "en")
    assert len(omissions.check(story(a, b, omissions=True))) == 1
    assert omissions.check(story(a, b, omissions=False)) == []


def test_omissions_are_off_unless_asked():
    a = Draft("Pengungsi tiba di Cianjur pada Senin (21/11/2022).", "a.com")
    a.fact("ungsi", when=[a.mention("date", "Senin (21/11/2022)", normalized="2022-11-21")])
    b = Draft("Warga mengungsi.", "b.com")
    b.fact("ungsi")
    assert omissions.check(story(a, b)) == []
    assert len(omissions.check(story(a, b, omissions=True))) == 1
