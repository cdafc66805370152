"""Configuration files and their precedence: factdiff.toml or [tool.factdiff], options over both."""

from __future__ import annotations

import json

import pytest

from factdiff.config import load_config
from factdiff.errors import ConfigError
from tests.conftest import run_cli as run


def findings(args, capsys):
    code, out, _ = run([*args, "--format", "json"], capsys)
    return code, json.loads(out)["findings"]


def test_factdiff_toml_ignores_kinds_and_overrides_severity(corpus, capsys):
    (corpus / "factdiff.toml").write_text(
        'ignore_kinds = ["omission", "quote"]\nfail_on = "error"\n[severity]\nspelling = "error"\n'
    )
    code, found = findings([corpus], capsys)
    kinds = {f["kind"] for f in found}
    assert "omission" not in kinds and "quote" not in kinds
    assert next(f for f in found if f["kind"] == "spelling")["severity"] == "error"
    assert code == 1


def test_command_line_wins_over_the_file(corpus, capsys):
    (corpus / "factdiff.toml").write_text('fail_on = "never"\nomissions = false\n')
    assert run([corpus], capsys)[0] == 0
    assert run([corpus, "--fail-on", "warning"], capsys)[0] == 1
    _, found = findings([corpus, "--omissions"], capsys)
    assert any(f["kind"] == "omission" for f in found)


def test_pyproject_tool_table_and_aliases(corpus, capsys):
    nextren = corpus / "xi-putin-samarkand" / "nextren.txt"
    nextren.write_text(
        nextren.read_text(encoding="utf-8").replace("Yuri Ushakov", "Yuri Ushakow"),
        encoding="utf-8",
    )
    _, found = findings([corpus], capsys)
    assert any(f["b"]["value"] == "Yuri Ushakow" for f in found)
    (corpus / "pyproject.toml").write_text(
        '[tool.factdiff]\naliases = [["Yuri Ushakov", "Yuri Ushakow"]]\n'
    )
    _, found = findings([corpus], capsys)
    assert not any(f["b"]["value"] == "Yuri Ushakow" for f in found)


def nextren_sentences(corpus, capsys) -> list[str]:
    _, out, _ = run(["facts", corpus, "--format", "json"], capsys)
    article = next(a for a in json.loads(out)["articles"] if a["source"] == "nextren.com")
    return [fact["sentence"] for fact in article["facts"]]


def test_outlet_boilerplate_patterns(corpus, capsys):
    assert any("Analisis Reuters" in s for s in nextren_sentences(corpus, capsys))
    (corpus / "factdiff.toml").write_text('[boilerplate]\n"nextren.com" = ["^Analisis Reuters"]\n')
    assert not any("Analisis Reuters" in s for s in nextren_sentences(corpus, capsys))
    assert any("Sementara Putin" in s for s in nextren_sentences(corpus, capsys))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("colour = true\n", "unknown key 'colour'"),
        ('fail_on = "sometimes"\n', "'fail_on' must be one of"),
        ('ignore_kinds = "omission"\n', "'ignore_kinds' must be a list"),
        ('ignore_kinds = ["typo"]\n', "choose from"),
        ('aliases = ["Red Flags"]\n', "'aliases' must be"),
        ('[boilerplate]\n"x.com" = ["(unclosed"]\n', "boilerplate pattern"),
        ("not toml at all = = =\n", "not valid TOML"),
    ],
)
def test_bad_configuration_is_a_clear_error(corpus, capsys, content, message):
    (corpus / "factdiff.toml").write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_config([corpus])
    code, out, err = run([corpus], capsys)
    assert code == 2 and message.split("'")[0].strip() in err and err.count("\n") == 1


def test_the_nearest_configuration_above_wins_and_names_its_baseline(corpus, capsys):
    project = corpus.parent
    (project / "pyproject.toml").write_text(
        '[tool.factdiff]\nbaseline = "ci/accepted.json"\nfail_on = "never"\n'
    )
    (project / "ci").mkdir()
    story = corpus / "xi-putin-samarkand"
    code, _, err = run(["baseline", story], capsys)
    assert (project / "ci" / "accepted.json").is_file() and code == 0
    assert run([story], capsys)[0] == 0  # fail_on from the file above
    (corpus / "factdiff.toml").write_text('fail_on = "warning"\n')  # nearer: wins, no baseline
    assert run([story], capsys)[0] == 1
