"""One finding per discrepancy across three or more sources, the odd one out on side a."""

from factdiff.compare.grouping import group_findings
from factdiff.model import Finding, Side


def side(source: str, value: str, sentence: str = "") -> Side:
    return Side(source, f"story/{source}.txt", 3, 5, value, sentence or f"{value} tiba.", 0, 1)


def spelling(a: Side, b: Side, confidence: float = 0.8) -> Finding:
    return Finding(
        "story",
        "who",
        "spelling",
        "warning",
        "spelt two ways",
        a,
        b,
        rule="name-spelling",
        confidence=confidence,
    )


def test_one_outlet_misspelling_a_name_is_reported_once_naming_the_odd_one_out():
    sun = side("thesun", "Manual Valls")
    found = group_findings(
        [
            spelling(side("nytimes", "Manuel Valls"), sun),
            spelling(sun, side("cnn", "Manuel Valls")),
            spelling(side("bbc", "Manuel Valls", "Prime Minister Manual Valls said"), sun),
        ]
    )
    assert len(found) == 1
    f = found[0]
    assert (f.a.source, f.a.value) == ("thesun", "Manual Valls")
    assert f.b.value == "Manuel Valls"
    assert sorted(s.source for label, s in f.others if label == "b") == sorted(
        {"nytimes", "cnn", "bbc"} - {f.b.source}
    )
    assert "thesun differs from" in f.message


def test_two_against_two_names_both_camps():
    a1, a2 = side("a", "Bank BJ"), side("b", "Bank BJ")
    b1, b2 = side("c", "Bank BJB"), side("d", "Bank BJB")
    found = group_findings([spelling(a1, b1), spelling(a2, b2), spelling(a1, b2)])
    assert len(found) == 1
    assert " against " in found[0].message and len(found[0].others) == 2


def test_two_sources_and_unrelated_findings_are_left_as_they_are():
    one = spelling(side("a", "Shanghai"), side("b", "Shahai"))
    other = spelling(side("a", "Ushakov"), side("b", "Ushakow"))
    assert group_findings([one, other]) == [one, other]
