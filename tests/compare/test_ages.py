"""age-conflict on hand-made mentions."""

from factdiff.compare.rules import ages
from tests.compare.build import Draft, story


def told(name_a, age_a, name_b, age_b, lang="en"):
    a = Draft(f"{name_a}, {age_a}, said.", "a.com", lang)
    b = Draft(f"{name_b}, {age_b}, said.", "b.com", lang)
    a.mention("number", age_a, normalized=age_a, unit="age", canonical=name_a)
    b.mention("number", age_b, normalized=age_b, unit="age", canonical=name_b)
    return ages.check(story(a, b), 0, 1)


def test_a_year_apart_is_a_warning_more_is_an_error():
    assert [(f.severity, f.a.value, f.b.value) for f in told("Harris", "60", "Harris", "59")] == [
        ("warning", "60", "59")
    ]
    assert [f.severity for f in told("Harvey Moeis", "38", "Harvey Moeis", "48", "id")] == ["error"]


def test_another_person_or_the_same_age_is_no_conflict():
    assert told("Harris", "60", "Trump", "78") == []
    assert told("Kamala Harris", "60", "Harris", "60") == []
