"""CI integration as written: the README's workflow and the repository's action (action.yml)
pass actionlint, the action's check step writes annotations and SARIF from one run, and the
pre-commit hook's `rev` is the package's version."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

from factdiff import __version__
from tests.conftest import CORPUS, ROOT

README = ROOT / "README.md"
ACTION = ROOT / "action.yml"


def readme_workflow() -> str:
    """The YAML block of the README's "GitHub Actions" section."""
    section = README.read_text(encoding="utf-8").split("### GitHub Actions\n", 1)[1]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def actionlint() -> str:
    """The actionlint binary (pip: the test extras install it), or skip when it could not be
    installed on this machine."""
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if found is None:
        pytest.skip("actionlint is not installed (pip install -e '.[test]')")
    return found


def lint(repository: Path) -> subprocess.CompletedProcess:
    (repository / ".git").mkdir(exist_ok=True)  # actionlint looks for the repository's root
    return subprocess.run(
        [actionlint(), "-no-color"], cwd=repository, capture_output=True, text=True
    )


def test_the_readme_workflow_passes_actionlint(tmp_path):
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "factdiff.yml").write_text(readme_workflow(), encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_workflow_using_the_action_passes_actionlint(tmp_path):
    """actionlint reads a local action's metadata (`uses: ./`) and checks the inputs given."""
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    shutil.copy(ACTION, tmp_path / "action.yml")
    workflow = readme_workflow().replace("your-org/factdiff@v0.1.0", "./")
    assert "uses: ./\n" in workflow
    (workflows / "factdiff.yml").write_text(workflow, encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    (workflows / "factdiff.yml").write_text(workflow.replace("fail-on:", "fail_on:"))
    assert lint(tmp_path).returncode != 0  # an input the action does not have is caught


def test_the_readme_workflow_runs_on_pull_requests_and_main_and_uploads_sarif():
    workflow = yaml.safe_load(readme_workflow())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers and "main" in triggers["push"]["branches"]
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["factdiff"]["steps"]
    assert not any("pip install" in step.get("run", "") for step in steps)
    check = next(step for step in steps if step.get("uses", "").endswith("factdiff@v0.1.0"))
    upload = next(step for step in steps if "upload-sarif" in step.get("uses", ""))
    assert upload["if"] == "always()"
    assert upload["with"]["sarif_file"] == check["with"]["sarif-file"]


def test_the_action_installs_from_its_own_checkout_and_checks_once():
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    install = next(step for step in steps if "pip install" in step.get("run", ""))
    assert install["env"]["FACTDIFF_SOURCE"] == "${{ github.action_path }}"
    checks = [step for step in steps if "factdiff check" in step.get("run", "")]
    assert len(checks) == 1


def test_the_action_check_step_writes_annotations_and_sarif(tmp_path):
    """The action's own check script, run as GitHub runs it (bash, inputs as environment),
    with factdiff installed here."""
    step = next(s for s in yaml.safe_load(ACTION.read_text())["runs"]["steps"] if "id" in s)
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        GITHUB_OUTPUT=str(tmp_path / "output"),
        FACTDIFF_PATHS=str(CORPUS),
        FACTDIFF_FAIL_ON="warning",
        FACTDIFF_SARIF=str(tmp_path / "factdiff.sarif"),
        FACTDIFF_ARGS="--no-omissions",
    )
    done = subprocess.run(
        ["bash", "-e", "-c", step["run"]], env=env, capture_output=True, text=True
    )
    assert done.returncode == 1  # the sample story's sources disagree
    annotations = done.stdout.splitlines()
    assert annotations and all(line.startswith("::") for line in annotations)
    sarif = json.loads((tmp_path / "factdiff.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == len(annotations)
    assert (tmp_path / "output").read_text() == f"sarif-file={tmp_path / 'factdiff.sarif'}\n"


def test_the_readme_and_hook_rev_is_the_package_version():
    rev = f"v{__version__}"
    assert version("factdiff") == __version__  # pyproject reads it from factdiff/__init__.py
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    assert re.findall(r"^#? *rev: (\S+)", hooks, re.M) == [rev]
    assert re.findall(r"^ *rev: (\S+)", readme, re.M) == [rev]
    assert re.findall(r"uses: your-org/factdiff@(\S+)", readme) == [rev]
