"""A full disk, a read-only folder or file and a damaged database file: each found and named
before anything is written, and the data still open for viewing (services/storage_check.py,
services/database.py, services/database_health.py)."""

from __future__ import annotations

import hashlib
import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from sqlalchemy import select

from rutan_desk.domain.accounts import Role
from rutan_desk.paths import AppPaths, resolve_paths
from rutan_desk.services.accounts import admin
from rutan_desk.services.accounts.sign_in import SignInRefused, sign_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.database import open_for_viewing
from rutan_desk.services.database_health import check_database
from rutan_desk.services.errors import ViewOnlyError, ViewOnlyReason
from rutan_desk.services.staff.records import list_staff
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.services.storage_check import (
    MIN_FREE_BYTES,
    StorageProblemKind,
    check_storage,
)
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import UpgradeNeedsWritingError, prepare_database
from rutan_desk.store.models.accounts import AccountRow
from rutan_desk.store.schema import KNOWN_REVISIONS
from tests.conftest import ACTOR
from tests.faults.files import (
    damage_page_of,
    fill_disk,
    make_read_only,
    ram_disk,
    read_only_file,
)
from tests.services.test_backups import PEOPLE, add_people, draft

PASSWORD = "kunci-rahasia-9"


def made_database(paths: AppPaths) -> Path:
    """A database at head with an administrator ("admin") and three people, closed."""
    paths.create()
    url = sqlite_url(paths.database_file)
    prepare_database(url, paths.backups_dir)
    db = Database(url)
    admin.create_first_administrator(db, "admin", "Admin", PASSWORD)
    add_people(ActionContext(db, ACTOR))
    db.dispose()
    return paths.database_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the storage check --------------------------------------------------------------------------


def test_a_writable_place_has_no_problem(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    assert check_storage(paths, paths.database_file) is None
    assert paths.backups_dir.is_dir()  # the folders it needs are made


def test_too_little_room_is_a_full_disk_said_with_what_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9, 4096))
    paths = resolve_paths(tmp_path / "data")
    problem = check_storage(paths, paths.database_file)
    assert problem is not None and problem.kind is StorageProblemKind.DISK_FULL
    assert problem.free_bytes == 4096 and problem.path == paths.data_dir
    assert problem.view_only_reason is ViewOnlyReason.DISK_FULL


def test_a_full_ram_disk_is_found_first(tmp_path: Path) -> None:
    with ram_disk(tmp_path / "disk", "4m") as disk:
        paths = resolve_paths(disk)
        paths.create()
        fill_disk(disk)
        problem = check_storage(paths, paths.database_file)
    assert problem is not None and problem.kind is StorageProblemKind.DISK_FULL
    assert problem.free_bytes is not None and problem.free_bytes < MIN_FREE_BYTES


def test_a_read_only_disk_names_the_data_folder(tmp_path: Path) -> None:
    with ram_disk(tmp_path / "disk", "40m") as disk:
        paths = resolve_paths(disk)
        made_database(paths)
        make_read_only(disk)
        problem = check_storage(paths, paths.database_file)
    assert problem is not None and problem.kind is StorageProblemKind.FOLDER_READ_ONLY
    assert problem.path == paths.data_dir


def test_a_write_protected_database_file_is_named(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    made_database(paths)
    with read_only_file(paths.database_file):
        problem = check_storage(paths, paths.database_file)
    assert problem is not None and problem.kind is StorageProblemKind.FILE_READ_ONLY
    assert problem.path == paths.database_file


# -- viewing only ---------------------------------------------------------------------------------


def test_a_database_on_a_read_only_disk_opens_for_viewing_and_refuses_every_write(
    tmp_path: Path,
) -> None:
    with ram_disk(tmp_path / "disk", "40m") as disk:
        paths = resolve_paths(disk)
        path = made_database(paths)
        before = digest(path)
        make_read_only(disk)
        db = open_for_viewing(sqlite_url(path), ViewOnlyReason.FOLDER_READ_ONLY)
        try:
            assert sorted(s.name for s in list_staff(db)) == sorted(n for _nip, n in PEOPLE)
            signed = sign_in(db, "admin", PASSWORD)
            ctx = ActionContext(db, signed.account.actor())
            with pytest.raises(ViewOnlyError) as refused:
                create_staff(ctx, draft("Dewi Lestari", "198702142010122001"))
            assert refused.value.reason is ViewOnlyReason.FOLDER_READ_ONLY
        finally:
            db.dispose()
        assert digest(path) == before
        assert sorted(p.name for p in disk.iterdir()) == ["backups", "logs", "rutan-desk.sqlite"]


def test_viewing_only_a_wrong_password_is_refused_but_not_counted(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    path = made_database(paths)
    db = open_for_viewing(sqlite_url(path), ViewOnlyReason.FILE_READ_ONLY)
    try:
        with pytest.raises(SignInRefused) as refused:
            sign_in(db, "admin", "salah-sandi-1")
        assert refused.value.reason == "wrong"
        with db.read() as session:
            row = session.scalar(select(AccountRow).where(AccountRow.login == "admin"))
            assert row is not None and row.failed_sign_ins == 0 and row.last_sign_in is None
    finally:
        db.dispose()


def test_viewing_only_an_account_that_must_change_its_password_stays_out(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    path = made_database(paths)
    writable = Database(sqlite_url(path))
    signed = sign_in(writable, "admin", PASSWORD)
    admin.create_account(
        ActionContext(writable, signed.account.actor()),
        "budi",
        "Budi",
        Role.OPERATOR,
        "sementara-123",
    )
    writable.dispose()
    db = open_for_viewing(sqlite_url(path), ViewOnlyReason.FILE_READ_ONLY)
    try:
        with pytest.raises(SignInRefused) as refused:
            sign_in(db, "budi", "sementara-123")
        assert refused.value.reason == "password_change"
    finally:
        db.dispose()


def test_an_older_database_is_not_upgraded_for_viewing(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    path = made_database(paths)
    with Database(sqlite_url(path)).engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE alembic_version SET version_num = ?", (KNOWN_REVISIONS[-2],)
        )
    before = digest(path)
    with pytest.raises(UpgradeNeedsWritingError):
        open_for_viewing(sqlite_url(path), ViewOnlyReason.DISK_FULL)
    assert digest(path) == before


# -- the check of the file ----------------------------------------------------------------------


def test_a_sound_database_passes_its_check_and_stays_writable(db: Database) -> None:
    report = check_database(db)
    assert report.checked == db.is_sqlite  # a server checks its own pages
    assert not report.damaged and db.view_only is None


def test_a_damaged_page_is_found_and_stops_the_writes(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    path = made_database(paths)
    damage_page_of(path, "ix_roster_entry_day")
    db = Database(sqlite_url(path))
    try:
        # What the start reads is still readable: the damage is in a part not read yet.
        assert len(list_staff(db)) == len(PEOPLE)
        report = check_database(db)
        assert report.damaged and report.problems
        assert db.view_only is ViewOnlyReason.DAMAGED
        signed = sign_in(db, "admin", PASSWORD)
        with pytest.raises(ViewOnlyError):
            create_staff(
                ActionContext(db, signed.account.actor()),
                draft("Dewi Lestari", "198702142010122001"),
            )
    finally:
        db.dispose()
