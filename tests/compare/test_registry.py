"""The rules registry: every rule described, the kinds explained in one place, and the
`factdiff rules` command and the SARIF help reading it."""

import json
import re
from pathlib import Path

from factdiff.compare.rule import KINDS, Scope
from factdiff.compare.rules import RULES, kind_help, select
from factdiff.model import KINDS as FINDING_KINDS
from factdiff.model import Result
from factdiff.report.ci import render_sarif
from tests.conftest import run_cli

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_rule_has_a_unique_name_a_kind_and_an_example_in_each_language():
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.kind in KINDS, rule.name
        assert isinstance(rule.scope, Scope)
        assert {e.language for e in rule.examples} == {"id", "en"}, rule.name
        assert rule.summary and rule.why


def test_the_kinds_explained_are_the_kinds_findings_have():
    assert tuple(KINDS) == FINDING_KINDS
    assert {r.kind for r in RULES} == set(KINDS)


def test_select_by_kind_or_name():
    assert {r.name for r in select("conflict")} >= {"actor-conflict", "date-conflict"}
    assert [r.name for r in select("quote-wording")] == ["quote-wording"]
    assert select("nothing") == ()


def test_every_rule_module_has_a_test_file_that_calls_its_check():
    """Tests mirror the package: compare/rules/<rule>.py is tested in
    tests/compare/test_<rule>.py on hand-made mentions."""
    rules = README.parent / "factdiff" / "compare" / "rules"
    for module in sorted(p.stem for p in rules.glob("*.py") if p.stem != "__init__"):
        test = Path(__file__).parent / f"test_{module}.py"
        assert test.is_file(), module
        assert re.search(rf"\b{module}\.\w*check\(", test.read_text("utf-8")), module


def test_factdiff_rules_lists_and_explains(capsys):
    code, out, _ = run_cli(["rules"], capsys)
    assert code == 0
    assert len(out.splitlines()) == len(RULES)
    # the kinds stand in one column, however long a rule's name
    assert (
        len({line.index(f" {r.kind} ") for line, r in zip(out.splitlines(), RULES, strict=True)})
        == 1
    )
    code, out, _ = run_cli(["rules", "spelling"], capsys)
    assert code == 0 and "name-spelling (spelling" in out and "[id]" in out and "[en]" in out
    code, _, err = run_cli(["rules", "xml"], capsys)
    assert code == 2 and "no rule or kind 'xml'" in err


def test_sarif_rule_help_comes_from_the_registry():
    log = json.loads(render_sarif(Result((), (), (), ())))
    rules = {r["name"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert set(rules) == set(KINDS)
    assert rules["spelling"]["help"]["text"] == kind_help("spelling")
    assert "name-spelling" in rules["spelling"]["help"]["text"]


def test_the_readme_kinds_table_says_what_the_registry_says():
    text = README.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \| (.+?) \|$", text, re.M))
    assert {k: rows.get(k) for k in KINDS} == dict(KINDS)
