"""False alarms on the same facts written another way.

For each article (the real stories of ../shared/data/real-stories/stories when they exist, else
corpus/ and tests/data/stories/), write a copy in which each date, clock time, figure and share
that extraction found outside a quote is written in another form newsrooms use for the same
value ("16 Juni 2025" / "16/6/2025", "Rabu (18/6/2025)" / "Rabu, 18 Juni 2025", "June 16,
2025" / "16 June 2025", "pukul 10.00" / "pukul 10:00", "1,500" / "1500", "1,2 liter" / "1.2
liter", "40 persen" / "40%", "Rp 5 miliar" / "Rp5 miliar", "sekitar" / "kira-kira", "tiga
orang" / "3 orang", "$2.5 billion" / "$2.5bn"), check the article against its copy, and count
the pairs with a warning or an error the article does not give against itself. Each is a false
alarm by construction: the same fact written two ways is never a finding. Nothing of the real
texts is kept.

    python benchmarks/rewritten.py [-v] [--stories DIR]    # -v: print each false alarm
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from factdiff.extract import extract
from factdiff.extract.tagger import default_tagger
from factdiff.lang import lexicon
from factdiff.load import read_articles
from factdiff.model import Article, Mention
from factdiff.pipeline import CheckOptions, check

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real-stories" / "stories"
ARTICLE = ("*.txt", "*.md")

Rewrite = tuple[str, int, int, str]  # kind, start, end (in the article's text), new text


def articles(stories: Path) -> list[Path]:
    if stories.is_dir():
        return sorted(p for pattern in ARTICLE for p in stories.glob(f"*/{pattern}"))
    found = sorted((ROOT / "corpus").glob("*/*.txt"))
    return found + sorted((ROOT / "tests" / "data" / "stories").glob("*/*.txt"))


def month_names(language: str) -> dict[int, str]:
    """Each month's full name, capitalised, by its number."""
    names: dict[int, str] = {}
    for name, number in lexicon(language).months.items():
        if len(name) > len(names.get(number, "")):
            names[number] = name
    return {number: name.capitalize() for number, name in names.items()}


DAY_MONTH_YEAR = re.compile(r"(\d{1,2}) ([A-Za-z]+) (\d{4})")
MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})")
NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


WEEKDAY_NUMERIC = re.compile(r"([A-Z][a-z]+) \((\d{1,2})/(\d{1,2})/(\d{4})\)")
CLOCK = re.compile(r"(\d{1,2})([.:])(\d\d)(.*)")


def time_forms(m: Mention) -> str | None:
    """The same clock time with the other separator: "10.00 WIB" / "10:00 WIB"."""
    clock = CLOCK.fullmatch(m.text)
    if clock is None:
        return None
    other = ":" if clock.group(2) == "." else "."
    return f"{clock.group(1)}{other}{clock.group(3)}{clock.group(4)}"


def date_forms(m: Mention, language: str) -> str | None:
    """The same day in another form: Indonesian "16 Juni 2025" and "16/6/2025" each way;
    English "June 16, 2025" and "16 June 2025" each way."""
    if m.unit != "day" or not re.fullmatch(r"\d{4}-\d\d-\d\d", m.normalized or ""):
        return None
    year, month, day = (int(p) for p in (m.normalized or "").split("-"))
    name = month_names(language)[month]
    if language == "id":
        dated = WEEKDAY_NUMERIC.fullmatch(m.text)  # "Rabu (18/6/2025)" / "Rabu, 18 Juni 2025"
        if dated:
            return f"{dated.group(1)}, {day} {name} {year}"
        if DAY_MONTH_YEAR.fullmatch(m.text):
            return f"{day}/{month}/{year}"
        if NUMERIC.fullmatch(m.text):
            return f"{day} {name} {year}"
        return None
    if MONTH_DAY_YEAR.fullmatch(m.text):
        return f"{day} {name} {year}"
    if DAY_MONTH_YEAR.fullmatch(m.text):
        return f"{name} {day}, {year}"
    return None


def cardinals(language: str) -> set[str]:
    """The words of two to nine, the first the language data gives for each ("two", not
    "both" or "pair")."""
    first: dict[float, str] = {}
    for word, value in lexicon(language).number_words.items():
        if 2 <= float(value) <= 9 and float(value).is_integer():
            first.setdefault(float(value), word)
    return set(first.values())


def qualifiers(language: str, symbol: str) -> list[str]:
    """The language's words for one qualifier ("more than", "over" for ">"), the longest first,
    those of a single word last ("over" may be a verb's particle)."""
    words = [w for w, q in lexicon(language).number_qualifiers.items() if q == symbol]
    return sorted(words, key=lambda w: (" " not in w, -len(w)))


def figure_forms(m: Mention, language: str) -> Iterator[tuple[str, str]]:
    """(kind, the figure in another form) for the forms that apply."""
    lex = lexicon(language)
    thousands = "." if lex.decimal_separator == "," else ","
    text = m.text
    grouped = re.match(
        rf"(\D*?)(\d{{1,3}}(?:\{thousands}\d{{3}})+)(?![\d{re.escape(lex.decimal_separator)}])",
        text,
    )
    if grouped:
        plain = grouped.group(2).replace(thousands, "")
        yield "thousands", text[: grouped.start(2)] + plain + text[grouped.end(2) :]
    percent_word = "persen" if language == "id" else "percent"
    share = re.fullmatch(rf"(.*\d)\s*(?:{percent_word}|per cent)", text)
    if share:
        yield "percent", f"{share.group(1)}%"
    elif re.fullmatch(r".*\d%", text):
        yield "percent", f"{text[:-1]} {percent_word}"
    word = re.match(r"([^\W\d_]+)(\s+\S.*)", text)
    if word and m.unit and not m.qualifier and word.group(1).lower() in cardinals(language):
        value = lex.number_words[word.group(1).lower()]
        yield "words", f"{int(float(value))}{word.group(2)}"
    decimal = re.search(r"(?<![\d.,])\d+(,)\d{1,2}(?![\d.,])", text)
    if decimal and language == "id":  # "1,2 liter" as "1.2 liter": Indonesian news writes both
        yield "decimal", text[: decimal.start(1)] + "." + text[decimal.end(1) :]
    glued = re.fullmatch(r"(Rp|US\$)\s+(\d.*)", text)
    if glued:
        yield "glue", f"{glued.group(1)}{glued.group(2)}"
    if m.qualifier and not text[:1].isupper():  # a capital may join a name run before it
        said = next(
            (q for q in qualifiers(language, m.qualifier) if text.lower().startswith(q + " ")), None
        )
        other = next((q for q in qualifiers(language, m.qualifier) if q != said), None)
        if said and other:
            yield "qualifier", other + text[len(said) :]
    scale = re.fullmatch(r"\$(\d+(?:\.\d+)?) (billion|million)", text)
    if scale and language == "en":
        yield "scale", f"${scale.group(1)}{'bn' if scale.group(2) == 'billion' else 'm'}"


def rewrites(article: Article) -> list[Rewrite]:
    x = extract(article, None, default_tagger(article.language))
    quoted = [(m.start, m.end) for m in x.mentions if m.type == "quote"]
    out: list[Rewrite] = []
    for m in x.mentions:
        if any(s <= m.start < e for s, e in quoted):
            continue  # a quote's words are its speaker's: written otherwise, it is misquoted
        if m.type == "date" and (new := date_forms(m, article.language)):
            out.append(("date", m.start, m.end, new))
        elif m.type == "time" and (new := time_forms(m)):
            out.append(("time", m.start, m.end, new))
        elif m.type == "number":
            for kind, new in figure_forms(m, article.language):
                out.append((kind, m.start, m.end, new))
                break  # one form a figure
    return out


def rewritten(path: Path, article: Article, changes: list[Rewrite]) -> str:
    """The file's text with each change made at its place in the file."""
    text = path.read_text(encoding="utf-8")
    for _, start, end, new in sorted(changes, key=lambda c: -c[1]):
        at, stop = article.unparted(start), article.unparted(end)
        text = text[:at] + new + text[stop:]
    return text


def _key(f) -> tuple[str, frozenset[int]]:
    """A finding by its rule and lines: the copy keeps the article's lines, its values may
    be the rewritten ones."""
    return f.rule, frozenset((f.a.line, f.b.line))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", help="print each false alarm")
    parser.add_argument("--stories", type=Path, default=REAL)
    args = parser.parse_args()
    kinds: Counter[str] = Counter()
    pairs = alarms = 0
    work = Path(tempfile.mkdtemp(prefix="factdiff-rewritten-"))
    say: Callable[[str], None] = print if args.v else (lambda _: None)
    try:
        for path in articles(args.stories):
            found, _ = read_articles(path, "s")
            if not found:
                continue
            changes = rewrites(found[0])
            if not changes:
                continue
            story = work / f"s{pairs}"
            story.mkdir()
            shutil.copy(path, story / f"a{path.suffix}")
            (story / f"b{path.suffix}").write_text(
                rewritten(path, found[0], changes), encoding="utf-8"
            )
            result = check([story], CheckOptions(jobs=1, omissions=False))
            pairs += 1
            kinds.update(kind for kind, *_ in changes)
            # what the article says of itself (a name misspelt inside it) is no false alarm
            shutil.copy(path, story / f"b{path.suffix}")
            itself = {
                _key(f) for f in check([story], CheckOptions(jobs=1, omissions=False)).findings
            }
            wrong = [f for f in result.findings if f.severity != "info" and _key(f) not in itself]
            alarms += bool(wrong)
            for f in wrong:
                say(
                    f"{path.parent.name}/{path.name}: {f.severity} {f.rule} "
                    f"{f.a.value!r} | {f.b.value!r}"
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    written = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
    print(f"{pairs} article pairs, each rewritten in other forms ({written})")
    print(f"  pairs with a warning or an error (false alarms): {alarms}")


if __name__ == "__main__":
    main()
