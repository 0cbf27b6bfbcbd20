"""What identifies a database (one app per database on a PC), and which paths lie on a network
share (a SQLite file there is refused): UNC paths in every spelling, mapped network drives,
and Linux network file systems read from a /proc/mounts text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.services.database_location import (
    DRIVE_REMOTE,
    database_identity,
    linux_network_share,
    mount_of,
    network_share_of,
    parse_mounts,
    sqlite_file_of,
    unc_share,
    windows_network_share,
)

DRIVE_FIXED = 3


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (r"\\kantor\data\rutan\rutan-desk.sqlite", r"\\kantor\data"),
        ("//kantor/data/rutan/rutan-desk.sqlite", r"\\kantor\data"),
        (r"\\kantor/data\rutan", r"\\kantor\data"),
        (r"\\?\UNC\kantor\data\rutan\rutan-desk.sqlite", r"\\kantor\data"),
        (r"\\?\unc\kantor\data\x", r"\\kantor\data"),
        (r"\\192.168.1.20\bersama", r"\\192.168.1.20\bersama"),
    ],
)
def test_unc_paths_name_their_share(path: str, share: str) -> None:
    assert unc_share(path) == share


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\petugas\AppData\Local\rutan-desk\rutan-desk.sqlite",
        r"\\?\C:\very\long\path\rutan-desk.sqlite",  # the long form of a local path
        r"\\.\PhysicalDrive0",  # a device
        r"\\kantor",  # a server alone, no share
        r"\\\share",
        "/home/petugas/rutan-desk.sqlite",
        "relative/rutan-desk.sqlite",
        "",
    ],
)
def test_local_and_incomplete_paths_are_not_unc(path: str) -> None:
    assert unc_share(path) is None


def test_a_mapped_network_drive_is_a_share_and_a_local_drive_is_not() -> None:
    drives = {"Z:\\": DRIVE_REMOTE, "C:\\": DRIVE_FIXED}
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return drives.get(root, 0)

    assert windows_network_share(r"z:\rutan\rutan-desk.sqlite", drive_type) == "Z:"
    assert windows_network_share(r"C:\rutan\rutan-desk.sqlite", drive_type) is None
    assert windows_network_share(r"\\kantor\data\x.sqlite", drive_type) == r"\\kantor\data"
    assert asked == ["Z:\\", "C:\\"]  # a UNC path needs no drive look-up


MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//kantor/data /home/petugas/kantor cifs rw,vers=3.1.1,addr=192.168.1.20 0 0
server:/export/rutan /mnt/rutan\\040bersama nfs4 rw,relatime,vers=4.2 0 0
tmpfs /home/petugas/kantor/lokal tmpfs rw 0 0
petugas@server:/ /mnt/ssh fuse.sshfs rw,nosuid,nodev 0 0
"""


@pytest.mark.parametrize(
    ("path", "share"),
    [
        ("/home/petugas/kantor/rutan-desk.sqlite", "//kantor/data"),
        ("/home/petugas/kantor", "//kantor/data"),
        ("/mnt/rutan bersama/rutan/rutan-desk.sqlite", "server:/export/rutan"),
        ("/mnt/ssh/rutan-desk.sqlite", "petugas@server:/"),
        ("/home/petugas/kantor/lokal/rutan-desk.sqlite", None),  # a local mount inside a share
        ("/home/petugas/kantor-lama/rutan-desk.sqlite", None),  # a sibling, not inside
        ("/home/petugas/.local/share/rutan-desk/rutan-desk.sqlite", None),
        ("/var/lib/rutan-desk.sqlite", None),
    ],
)
def test_linux_network_file_systems_are_found_in_the_mounts(path: str, share: str | None) -> None:
    assert linux_network_share(path, MOUNTS) == share


def test_mount_points_are_unescaped_and_the_deepest_one_wins() -> None:
    mounts = parse_mounts(MOUNTS)
    assert [m.point for m in mounts if m.fstype == "nfs4"] == ["/mnt/rutan bersama"]
    found = mount_of("/home/petugas/notes.txt", mounts)
    assert found is not None and found.point == "/home"
    over = parse_mounts(MOUNTS + "//nas/x /home cifs rw 0 0\n")
    found = mount_of("/home/petugas/notes.txt", over)
    assert found is not None and found.fstype == "cifs"  # mounted last over /home: it counts


@given(st.text(alphabet="abcxyz/\\?.:UNC ", max_size=30))
def test_forward_and_back_slashes_are_the_same_unc_path(path: str) -> None:
    assert unc_share(path) == unc_share(path.replace("\\", "/"))


def test_this_pcs_temporary_folder_is_not_a_share(tmp_path: Path) -> None:
    assert network_share_of(tmp_path / "rutan-desk.sqlite") is None


def test_the_mounts_file_is_read_on_linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rutan_desk.services.database_location as location

    if not location.MOUNTS_FILE.exists():
        pytest.skip("no /proc/mounts on this system")
    fake = tmp_path / "mounts"
    fake.write_text(f"//kantor/data {tmp_path} cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(location, "MOUNTS_FILE", fake)
    assert network_share_of(tmp_path / "data" / "rutan-desk.sqlite") == "//kantor/data"


def test_a_sqlite_database_is_identified_by_its_resolved_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    direct = f"sqlite:///{tmp_path}/rutan-desk.sqlite"
    roundabout = f"sqlite:///{tmp_path}/a/../rutan-desk.sqlite"
    assert sqlite_file_of(direct) == tmp_path / "rutan-desk.sqlite"
    assert database_identity(direct) == database_identity(roundabout)
    assert database_identity(direct) != database_identity(f"sqlite:///{tmp_path}/other.sqlite")
    assert sqlite_file_of("sqlite://") is None  # in memory


def test_a_server_is_identified_by_its_url_without_the_password() -> None:
    url = "postgresql+psycopg://petugas:rahasia@Server.Kantor:5432/rutan"
    identity = database_identity(url)
    assert "rahasia" not in identity
    assert identity == database_identity("postgresql://petugas:lain@server.kantor:5432/rutan")
    assert identity != database_identity("postgresql://petugas@server.kantor:5432/rutan_uji")
    assert sqlite_file_of(url) is None
