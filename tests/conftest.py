from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factdiff.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def make_story(tmp_path):
    """Write a story folder of articles {file name: text} and return its path."""

    def make(articles: dict[str, str], name: str = "story") -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        for file_name, text in articles.items():
            (folder / file_name).write_text(text, encoding="utf-8")
        return folder

    return make


@pytest.fixture(autouse=True)
def _cache_outside_the_repository(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("FACTDIFF_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def corpus(tmp_path):
    """A copy of corpus/ to change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def run_cli(args, capsys) -> tuple[int, str, str]:
    """factdiff's exit code, stdout and stderr for ARGS."""
    with pytest.raises(SystemExit) as done:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return done.value.code, out, err
