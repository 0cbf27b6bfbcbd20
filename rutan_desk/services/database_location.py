"""Where the database lives: what identifies it (one app per database on a PC) and whether a
SQLite file is on a network share (refused: several PCs share a PostgreSQL server instead).

SQLite's locking is only as good as the file system's, and the locks of network file systems
(SMB, NFS) are known not to hold: two PCs writing one file over a share can damage it. The
detection is pure text handling, with the platform's facts (``/proc/mounts``, the drive type)
read by thin wrappers, so that it can be tested on any system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

MOUNTS_FILE = Path("/proc/mounts")

# File system types of /proc/mounts whose files live on another machine.
REMOTE_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.davfs",
        "fuse.smbnetfs",
        "fuse.rclone",
    }
)

DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


# -- what identifies a database -------------------------------------------------------------
def sqlite_file_of(url: str) -> Path | None:
    """The database file of a SQLite URL (None for a server, or SQLite in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def database_identity(url: str) -> str:
    """What two starts on the same database have in common: a SQLite file's resolved path
    (case-folded where the file system ignores case), or a server URL without its password
    (several PCs share a server; on one PC, one app per URL)."""
    file = sqlite_file_of(url)
    if file is not None:
        return "sqlite:" + os.path.normcase(str(file.resolve()))
    parsed = make_url(url)
    # URL.set() ignores None: the named tuple's _replace drops the password.
    parsed = parsed._replace(
        drivername=parsed.get_backend_name(),
        password=None,
        host=parsed.host.lower() if parsed.host else parsed.host,
    )
    return parsed.render_as_string(hide_password=False)


# -- network shares -------------------------------------------------------------------------
def unc_share(path: str) -> str | None:
    r"""``\\server\share`` when ``path`` is a UNC path (``\\server\share\…``, ``//server/share/…``
    or the long form ``\\?\UNC\server\share\…``); None otherwise (also for the local long
    form ``\\?\C:\…`` and device paths ``\\.\…``)."""
    text = path.replace("/", "\\")
    if text[:8].upper() == "\\\\?\\UNC\\":
        rest = text[8:]
    elif text.startswith(("\\\\?\\", "\\\\.\\")) or not text.startswith("\\\\"):
        return None
    else:
        rest = text[2:]
    parts = rest.split("\\")
    if len(parts) < 2 or not parts[0] or not parts[1]:
        return None
    return f"\\\\{parts[0]}\\{parts[1]}"


def windows_network_share(path: str, drive_type: Callable[[str], int]) -> str | None:
    r"""The share of a Windows path: a UNC path, or a drive letter mapped to a network drive
    (``drive_type`` is GetDriveTypeW, given the drive's root such as ``Z:\``)."""
    share = unc_share(path)
    if share is not None:
        return share
    if len(path) >= 2 and path[1] == ":" and path[0].isalpha():
        drive = path[:2].upper()
        if drive_type(drive + "\\") == DRIVE_REMOTE:
            return drive
    return None


@dataclass(frozen=True)
class Mount:
    source: str  # what is mounted: "//server/share", "server:/export", "/dev/sda1"
    point: str
    fstype: str

    @property
    def is_remote(self) -> bool:
        return self.fstype in REMOTE_FILESYSTEMS


def _unescape_mount_field(field: str) -> str:
    r"""/proc/mounts writes a space as ``\040``, a tab as ``\011``, a newline as ``\012`` and
    a backslash as ``\134``."""
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, plain)
    return field


def parse_mounts(text: str) -> list[Mount]:
    """The mounts of a ``/proc/mounts`` text (``source point type options dump pass``)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            source, point, fstype = (_unescape_mount_field(f) for f in fields[:3])
            mounts.append(Mount(source, point, fstype))
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount ``path`` (absolute, resolved) is on: the deepest mount point containing it
    (the last one listed wins when two are mounted on the same point, as the kernel does)."""
    found: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = point == "/" or path == point or path.startswith(point + "/")
        if inside and (found is None or len(point) >= len(found.point.rstrip("/") or "/")):
            found = mount
    return found


def linux_network_share(path: str, mounts_text: str) -> str | None:
    """The share (what is mounted, e.g. ``//server/share``) when ``path`` is on a network
    file system according to ``mounts_text``."""
    mount = mount_of(path, parse_mounts(mounts_text))
    if mount is None or not mount.is_remote:
        return None
    return mount.source


def network_share_of(path: Path) -> str | None:
    """The network share ``path`` is on (for the message), or None when it is on a disk of
    this PC. The folder is looked at when the file does not exist yet."""
    if sys.platform == "win32":
        return windows_network_share(str(path), _drive_type) or windows_network_share(
            str(path.resolve()), _drive_type
        )
    try:
        mounts_text = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # not Linux (or no /proc): nothing to read the mounts from
    return linux_network_share(str(path.resolve()), mounts_text)


def _drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))
