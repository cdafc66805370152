"""unit-conversion: a measure converted wrongly in brackets, inside one article ("9 miles (13
kilometers)": 9 miles are 14.5 km)."""

from __future__ import annotations

import re
from functools import cache

from factdiff.compare.context import StoryContext, side
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.lang import Lexicon, lexicon
from factdiff.model import Finding

# each unit's dimension and size in the dimension's base unit (metre, kilogram, metre/second)
SIZES = {
    "mi": ("length", 1609.344),
    "km": ("length", 1000.0),
    "ft": ("length", 0.3048),
    "m": ("length", 1.0),
    "in": ("length", 0.0254),
    "cm": ("length", 0.01),
    "lb": ("mass", 0.45359237),
    "kg": ("mass", 1.0),
    "mph": ("speed", 0.44704),
    "km/h": ("speed", 1 / 3.6),
    "kn": ("speed", 0.514444),
}
SLACK = 0.006  # a factor rounded: 2.2 pounds a kilogram, 1.6 km a mile, 3.3 feet a metre


def check(ctx: StoryContext, i: int) -> list[Finding]:
    """Each "N unit (M other unit)" of one dimension, where no value N may stand for (as far
    as its written digits tell: "60,000" may be 55,000 to 65,000) converts to a value M may
    stand for, give or take a rounded factor. Rounding either side is never a finding; a wrong
    factor or a typo is."""
    x = ctx.extractions[i]
    findings: list[Finding] = []
    for match in _pattern(x.article.language).finditer(x.article.text):
        found = _conversion(match, lexicon(x.article.language))
        if found is None:
            continue
        (low_a, high_a, unit_a), (low_b, high_b, unit_b) = found
        factor = SIZES[unit_a[0]][1] / SIZES[unit_b[0]][1]
        if high_a * factor * (1 + SLACK) < low_b or high_b < low_a * factor * (1 - SLACK):
            exact = (low_a + high_a) / 2 * factor
            a_text, b_text = match.group("a"), match.group("b")
            message = (
                f'"{a_text}" is about {_shown(exact)} {unit_b[1]}, not "{b_text}" as written '
                "beside it"
            )
            start_b = match.start("b")
            findings += RULE.finding(
                ctx.name,
                SURE,
                message,
                side(x, match.start("a"), match.end("a"), a_text),
                side(x, start_b, match.end("b"), b_text),
            )
    return findings


@cache
def _pattern(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    units = "|".join(re.escape(u) for u in sorted(lex.measure_units, key=len, reverse=True))
    scale = "|".join(re.escape(w) for w in sorted(lex.number_multipliers, key=len, reverse=True))
    hedges = "|".join(re.escape(w) for w in sorted(lex.number_qualifiers, key=len, reverse=True))
    measure = rf"\d[\d.,]*(?:\s(?:{scale}))?\s?-?(?:{units})(?![\w/])"
    return re.compile(
        rf"(?<![\w.,])(?P<a>{measure})\s*\(\s*(?:(?:{hedges})\s+)?(?P<b>{measure})\s*\)",
        re.IGNORECASE,
    )


def _conversion(match: re.Match[str], lex: Lexicon) -> tuple | None:
    """The two measures as (lowest, highest value the digits allow, (unit, as written)),
    when their units measure one dimension."""
    a, b = _measure(match.group("a"), lex), _measure(match.group("b"), lex)
    if a is None or b is None:
        return None
    if a[2][0] == b[2][0] or SIZES[a[2][0]][0] != SIZES[b[2][0]][0]:
        return None
    return a, b


def _measure(written: str, lex: Lexicon) -> tuple[float, float, tuple[str, str]] | None:
    """A written measure's interval of values (its digits' precision: "13" is 12.5 to 13.5,
    "60,000" is 55,000 to 65,000, "39.9" is 39.85 to 39.95) and its unit."""
    digits = re.match(r"\d[\d.,]*", written).group()  # type: ignore[union-attr]
    rest = written[len(digits) :].strip(" -").lower()
    words = rest.split()
    scale = lex.number_multipliers.get(words[0], 1) if len(words) > 1 else 1
    unit_word = words[-1] if words else ""
    unit = lex.measure_units.get(unit_word)
    if unit is None:
        return None
    thousands = "." if lex.decimal_separator == "," else ","
    plain = digits.rstrip(".,").replace(thousands, "").replace(lex.decimal_separator, ".")
    try:
        value = float(plain)
    except ValueError:
        return None
    if "." in plain:
        step = 10.0 ** -len(plain.split(".")[1])
    else:
        zeros = len(plain) - len(plain.rstrip("0"))
        step = 10.0 ** min(zeros, len(plain) - 1)
    return (value - step / 2) * scale, (value + step / 2) * scale, (unit, unit_word)


def _shown(value: float) -> str:
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


RULE = Rule(
    name="unit-conversion",
    kind="conflict",
    field="what",
    scope=Scope.ARTICLE,
    check=check,
    summary="A measure converted wrongly in brackets (one article on its own).",
    why=(
        "An article that gives a distance, a weight or a speed in two units must give the "
        "same quantity twice; '9 miles (13 kilometers)' cannot be right, since 9 miles are "
        "14.5 km. Each figure stands for every value its digits allow ('60,000 pounds' for "
        "55,000 to 65,000), so rounding is never a finding; only a conversion that no reading "
        "of the digits allows is, with 0.6% to spare for a rounded factor (2.2 pounds a kilogram)."
    ),
    examples=(
        Example("en", "around 9 miles (13 kilometers) south", "9 miles are about 14.5 km"),
        Example("id", "sejauh 10 mil (25 kilometer)", "10 mil sekitar 16 km"),
    ),
)
