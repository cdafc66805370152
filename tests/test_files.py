"""Files factdiff writes: atomic, and with the permissions a plain write would give."""

from __future__ import annotations

import os
import stat

import pytest

from factdiff.files import write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_a_new_file_gets_the_umask_mode_and_no_temporary_is_left(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.json", "{}\n")
    finally:
        os.umask(old)
    target = tmp_path / "report.json"
    assert target.read_text() == "{}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "baseline.json"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
