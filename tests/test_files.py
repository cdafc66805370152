"""Files factdiff writes: atomic, and with the permissions a plain write would give."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factdiff.files import write_atomic, write_file

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


def test_a_named_pipe_is_written_in_place_not_replaced(tmp_path):
    pipe = tmp_path / "report.pipe"
    os.mkfifo(pipe)
    link = tmp_path / "stdout"  # as /dev/stdout is a link to /proc/self/fd/1
    link.symlink_to(pipe)
    for target in (pipe, link):
        reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so a writer can open it
        try:
            write_file(target, "{}\n")
            assert os.read(reader, 100) == b"{}\n"
        finally:
            os.close(reader)
        assert stat.S_ISFIFO(pipe.lstat().st_mode) and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pipe", "stdout"]


def test_a_device_is_written_in_place_not_replaced(tmp_path):
    null = tmp_path / "null"  # a copy of /dev/null: the real one is never put at risk
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here")
    write_file(null, "report")
    assert stat.S_ISCHR(null.lstat().st_mode)


def test_a_link_to_a_file_stays_a_link_and_a_regular_file_is_replaced(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_file(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    inode = real.stat().st_ino
    write_file(real, "newer")  # atomically: a new file renamed over the old one
    assert real.read_text() == "newer" and real.stat().st_ino != inode


def test_dash_is_standard_output(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_file(Path("-"), "report\n")
    assert capsys.readouterr().out == "report\n" and not list(tmp_path.iterdir())
