"""Damaged, full and read-only storage for the fault tests: a page of the database overwritten,
and small RAM disks (tmpfs) mounted where the test may mount (root on Linux), skipped with the
reason otherwise."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest


def damage_page_of(path: Path, object_name: str, *, seed: int = 14) -> int:
    """Overwrite the root page of the table or index ``object_name`` with random bytes (the
    file must be closed: no connection open, the write-ahead log checkpointed). Returns the
    page number."""
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (object_name,)
        ).fetchone()
    noise = random.Random(seed).randbytes(page_size)
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(noise)
    return int(root)


def _mount(args: list[str]) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("RAM disks are mounted on Linux only")
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here ({done.stderr.strip() or 'not root'})")


@contextmanager
def ram_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (e.g. "8m") mounted on ``folder``, unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount(["-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)])
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def make_read_only(folder: Path) -> None:
    """Remount the RAM disk at ``folder`` read-only (as a write-protected USB stick)."""
    _mount(["-o", "remount,ro", str(folder)])


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """``path`` write-protected for everyone, root included: a read-only bind mount of the
    file over itself (chmod does not stop root)."""
    _mount(["--bind", str(path), str(path)])
    try:
        _mount(["-o", "remount,bind,ro", str(path)])
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill_disk(folder: Path, *, leave: int = 0) -> None:
    """Fill the disk of ``folder`` until at most ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free - leave
    with (folder / "filler.bin").open("wb") as file:
        chunk = b"\0" * (1024 * 1024)
        while free > 0:
            try:
                file.write(chunk[: min(len(chunk), free)])
                file.flush()
            except OSError:
                break
            free -= len(chunk)
