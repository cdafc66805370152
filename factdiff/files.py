"""Files factdiff writes (reports, baselines) are written atomically: a temporary file in the
same folder, flushed and synced, then renamed over the target, so a crash leaves either the
old file or the new one, never half of one. A target that is there and is no regular file
(/dev/null, /dev/stdout, a named pipe, a symbolic link) is written in place, never replaced;
"-" is standard output."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from factdiff.errors import InputError


def write_file(path: Path, text: str) -> None:
    """Write TEXT to PATH: standard output for "-", in place for a target that is no regular
    file, else atomically."""
    if str(path) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    elif _special(Path(path)):
        _write_in_place(Path(path), text)
    else:
        write_atomic(path, text)


def _special(path: Path) -> bool:
    try:
        return not stat.S_ISREG(path.lstat().st_mode)  # lstat: a link is not replaced either
    except OSError:
        return False  # not there yet


def _write_in_place(path: Path, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror or error})") from None


def write_atomic(path: Path, text: str) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            # mkstemp makes the file private (0600); the new file gets the old one's mode, or
            # what the user's umask gives a new file, as a plain open() would
            if hasattr(os, "fchmod"):  # POSIX
                os.fchmod(fd, _mode_for(path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror or error})") from None


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
