"""Backups of the SQLite file: complete (WAL included), verified, never half-written."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.backups.making import BackupNotSupportedError, make_backup
from rutan_desk.services.context import ActionContext
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store import backup as backup_module
from rutan_desk.store.backup import backup_file_name, backup_sqlite, read_revision
from rutan_desk.store.engine import Database
from rutan_desk.store.errors import BackupError
from rutan_desk.store.schema import HEAD_REVISION
from tests.conftest import ACTOR

PEOPLE = [
    ("196804111993031009", "Budi Santoso"),
    ("199001152015032001", "Siti Rahayu"),
    ("197205101998031002", "Joko Susanto"),
]


def add_people(ctx: ActionContext) -> None:
    for nip, name in PEOPLE:
        create_staff(
            ctx,
            StaffDraft(
                kind=StaffKind.INTERNAL,
                name=name,
                nip=nip,
                golongan="II/c",
                position="Petugas Pengamanan",
                unit="Regu I",
            ),
        )


def staff_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM staff").fetchone()[0])


def sqlite_path(db: Database) -> Path:
    path = db.sqlite_path
    assert path is not None
    return path


def test_backup_includes_changes_still_in_the_wal(
    db: Database, ctx: ActionContext, tmp_path: Path
) -> None:
    source = sqlite_path(db)
    with closing(sqlite3.connect(source)) as connection:
        entries_before = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    add_people(ctx)
    with db.engine.connect() as reader:  # an open connection keeps the WAL from being folded in
        reader.execute(text("SELECT 1")).all()
        assert Path(f"{source}-wal").stat().st_size > 0
        main_file_only = tmp_path / "main-file-only.sqlite"
        shutil.copyfile(source, main_file_only)
        assert staff_count(main_file_only) < len(PEOPLE)  # the rows are not checkpointed yet

        copy = backup_sqlite(source, tmp_path / "backups", label="manual")

    assert copy.parent == tmp_path / "backups"
    assert copy.suffix == ".sqlite"
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert read_revision(connection) == HEAD_REVISION
        assert connection.execute("SELECT count(*) FROM staff").fetchone()[0] == len(PEOPLE)
        entries = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert entries == entries_before + len(PEOPLE)
    assert not Path(f"{copy}-wal").exists()
    # the copy and its sidecar (what its verification found), nothing else
    assert sorted(path.name for path in copy.parent.iterdir()) == [copy.name, f"{copy.name}.json"]


def test_backup_name_has_the_moment_and_label(tmp_path: Path) -> None:
    moment = datetime(2026, 11, 25, 14, 5, 9)
    name = backup_file_name(tmp_path / "rutan-desk.sqlite", "sebelum upgrade/0001", moment)
    assert name == "rutan-desk-20261125-140509-sebelum-upgrade-0001.sqlite"


def test_backups_in_the_same_second_get_distinct_names(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = datetime(2026, 11, 25, 14, 5, 9)
    real = backup_file_name
    monkeypatch.setattr(
        backup_module,
        "backup_file_name",
        lambda source, label, _moment=None: real(source, label, moment),
    )
    backups = tmp_path / "backups"
    copies = [backup_sqlite(sqlite_path(db), backups, label="manual") for _ in range(3)]

    assert [copy.name for copy in copies] == [
        "rutan-desk-20261125-140509-manual.sqlite",
        "rutan-desk-20261125-140509-manual-1.sqlite",
        "rutan-desk-20261125-140509-manual-2.sqlite",
    ]
    assert all(copy.exists() for copy in copies)


def test_backups_dir_that_is_a_file_raises_backup_error(db: Database, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("not a folder", encoding="utf-8")

    with pytest.raises(BackupError):
        backup_sqlite(sqlite_path(db), not_a_folder, label="manual")

    assert not_a_folder.read_text(encoding="utf-8") == "not a folder"
    assert not list(tmp_path.rglob("*.partial"))


def test_source_that_is_not_a_database_leaves_no_partial_file(tmp_path: Path) -> None:
    source = tmp_path / "damaged.sqlite"
    source.write_bytes(os.urandom(8192))
    backups = tmp_path / "backups"

    with pytest.raises(BackupError):
        backup_sqlite(source, backups, label="manual")

    assert list(backups.iterdir()) == []


def test_backup_now_copies_the_sqlite_database(ctx: ActionContext, tmp_path: Path) -> None:
    add_people(ctx)
    backups = tmp_path / "manual-backups"

    copy = make_backup(ctx, backups).backup.path

    assert copy.parent == backups
    assert "manual" in copy.name
    assert staff_count(copy) == len(PEOPLE)


def test_backup_now_refuses_a_postgres_database(tmp_path: Path) -> None:
    pytest.importorskip("psycopg", reason="Database() needs the PostgreSQL driver to be created")
    db = Database("postgresql+psycopg://rutan:rahasia@server.lan/rutan")
    try:
        with pytest.raises(BackupNotSupportedError) as raised:
            make_backup(ActionContext(db, ACTOR), tmp_path / "backups")
    finally:
        db.dispose()
    assert "rahasia" not in str(raised.value)
    assert not (tmp_path / "backups").exists()


def test_backing_up_a_missing_file_fails_without_creating_one(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.sqlite"
    with pytest.raises(BackupError):
        backup_sqlite(missing, tmp_path / "backups", label="manual")
    assert not missing.exists()
