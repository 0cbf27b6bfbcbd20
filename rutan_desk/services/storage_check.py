"""Before the database is opened: is there room on the disk, and may its folders and its file
be written to? Each answer is a plain problem the start-up can name, before SQLite or the
logging meet it as a bare error.

A problem found here does not have to end the start: the data can still be opened for viewing
only (``ViewOnlyReason``), which is what an office needs when the disk is full or the folder was
made read-only — to look something up and print it while the administrator sees to the PC.
"""

from __future__ import annotations

import errno
import shutil
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rutan_desk.paths import AppPaths
from rutan_desk.store.errors import ViewOnlyReason

# Below this a start would fail half-way: a backup before an upgrade, the write-ahead log and
# the day's first backup all need room (a five-year database is some 400 MB; its daily backup
# then needs that much again, and says so by itself when it cannot be made).
MIN_FREE_BYTES = 20 * 1024 * 1024

_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


class StorageProblemKind(StrEnum):
    DISK_FULL = "disk_full"
    FOLDER_READ_ONLY = "folder_read_only"
    FILE_READ_ONLY = "file_read_only"


@dataclass(frozen=True)
class StorageProblem:
    kind: StorageProblemKind
    path: Path  # the folder or file concerned
    free_bytes: int | None = None  # for a full disk: what is left

    @property
    def view_only_reason(self) -> ViewOnlyReason:
        return ViewOnlyReason(self.kind.value)


def check_storage(paths: AppPaths, database_file: Path | None) -> StorageProblem | None:
    """The first problem found, in the order a clerk must hear them: a full disk, a data
    folder that cannot be written to (the database, its anchors, the backups), a database file
    that cannot be written to. ``database_file`` is None for a database on a server (its
    folders still hold the backups and the audit anchors)."""
    folders = (paths.data_dir, paths.backups_dir)
    for folder in folders:
        problem = _make_folder(folder)
        if problem is not None:
            return problem
    free = shutil.disk_usage(paths.data_dir).free
    if free < MIN_FREE_BYTES:
        return StorageProblem(StorageProblemKind.DISK_FULL, paths.data_dir, free)
    for folder in folders:
        problem = _probe_folder(folder)
        if problem is not None:
            return problem
    if database_file is not None and not _file_writable(database_file):
        return StorageProblem(StorageProblemKind.FILE_READ_ONLY, database_file)
    return None


def _make_folder(folder: Path) -> StorageProblem | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _problem_of(error, folder)
    return None


def _probe_folder(folder: Path) -> StorageProblem | None:
    """Write and remove a small file: the only answer that holds for every file system and
    every kind of permission (``os.access`` misses ACLs and some network shares)."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".rutan-desk-probe-") as probe:
            probe.write(b"probe")
            probe.flush()
    except OSError as error:
        return _problem_of(error, folder)
    return None


def _file_writable(path: Path) -> bool:
    """Whether ``path`` (when it exists) can be opened for writing; nothing is written."""
    try:
        with path.open("r+b"):
            return True
    except FileNotFoundError:
        return True  # a new database is made in a folder found writable
    except OSError as error:
        if error.errno in _READ_ONLY_ERRNOS:
            return False
        raise


def _problem_of(error: OSError, path: Path) -> StorageProblem:
    if error.errno in _FULL_ERRNOS:
        return StorageProblem(StorageProblemKind.DISK_FULL, path, 0)
    if error.errno in _READ_ONLY_ERRNOS:
        return StorageProblem(StorageProblemKind.FOLDER_READ_ONLY, path)
    raise error
