"""unit-conversion on texts of my own: the rule reads the article's text."""

from factdiff.compare.rules import conversions
from tests.compare.build import Draft, story


def converted(text: str, lang: str = "en") -> list[tuple[str, str]]:
    ctx = story(Draft(text, "a.com", lang))
    return [(f.a.value, f.b.value) for f in conversions.check(ctx, 0)]


def test_a_wrong_conversion_in_brackets_is_a_finding():
    assert converted("The booster landed around 9 miles (13 kilometers) south of the pad.") == [
        ("9 miles", "13 kilometers")
    ]
    assert converted("Pesawat jatuh sekitar 10 mil (25 kilometer) dari bandara.", "id") == [
        ("10 mil", "25 kilometer")
    ]
    assert converted("It weighs 40,000 pounds (30,000 kilograms) when fuelled.") == [
        ("40,000 pounds", "30,000 kilograms")
    ]


def test_rounding_a_rounded_factor_and_other_dimensions_are_left_alone():
    text = (
        "The missile flew about 3,700 kilometers (2,300 miles) and reached 770 kilometers "
        "(480 miles). The rocket can lift 140,660 pounds (63,800 kilograms), and at launch "
        "weighs 1,420,788kg (3,125,735 lb). It stands 229 feet (70 meters) tall, 12.2m (39.9 "
        "ft) wide. Winds reached 20 knots (23 mph). It costs $90 million (70 million pounds)."
    )
    assert converted(text) == []
    # the more precise figure need not be the first: "60,000 pounds" may be 55,000 to 65,000
    assert converted("The capsule carries 60,000 pounds (26,700 kilograms) of cargo.") == []
    assert converted("Jaraknya 2,5 km (1,6 mil) dari pusat kota.", "id") == []
