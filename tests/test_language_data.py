"""Adding a language is a data change: what a language does is read from its data file, not
decided by its code in Python."""

import dataclasses
import re
from pathlib import Path

from factdiff.dates import find_dates
from factdiff.lang import lexicon

PACKAGE = Path(__file__).resolve().parent.parent / "factdiff"


def test_no_stage_branches_on_a_language_code():
    branch = re.compile(r'language [!=]= "(?:id|en)"')
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if branch.search(line)
    ]
    assert found == ["stem.py:38"]  # which stemming library a language has


def test_month_first_dates_are_the_language_datas():
    text = "The vote was held on 9/14/2022."
    english = lexicon("en")
    day_first = dataclasses.replace(english, month_first_dates=False)
    assert [m.normalized for m in find_dates(text, [(0, len(text))], english, None)] == [
        "2022-09-14"
    ]
    assert find_dates(text, [(0, len(text))], day_first, None) == []
