"""Backups: each verified and its verdict kept beside it, one a day at the first start, rotated,
unfinished copies cleaned, a second folder that may be missing; restore back to a backup's
state with the current state saved aside, refused when it should be."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rutan_desk import __version__
from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.backups import BackupReason, rotation_keeps
from rutan_desk.domain.formatting import WIB_OFFSET
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.accounts.admin import create_account
from rutan_desk.services.accounts.sign_in import change_own_password, sign_in
from rutan_desk.services.backups import restore as restore_module
from rutan_desk.services.backups.making import (
    SECOND_DIR_MISSING,
    BackupMade,
    make_backup,
)
from rutan_desk.services.backups.records import (
    NEWER_REVISION,
    NOT_VERIFIED,
    list_backups,
    read_backup,
)
from rutan_desk.services.backups.restore import (
    CHANGED_SINCE,
    WRONG_CONFIRMATION,
    RestoreRefusedError,
    restore_backup,
)
from rutan_desk.services.backups.rotation import rotate
from rutan_desk.services.backups.schedule import backup_if_due
from rutan_desk.services.backups.server import (
    last_server_backup,
    record_server_backup,
    server_backup_commands,
)
from rutan_desk.services.context import ActionContext, Actor, FixedClock
from rutan_desk.services.errors import PermissionDeniedError, ValidationError
from rutan_desk.services.staff.records import list_staff
from rutan_desk.services.staff.registry import create_staff, update_staff
from rutan_desk.store import backup as store_backup
from rutan_desk.store.audit import verify_audit_chain
from rutan_desk.store.backup import (
    UNFINISHED_GRACE,
    AuditVerdict,
    BackupManifest,
    backup_sqlite,
    check_copy,
    make_backup_file,
    remove_unfinished,
    sidecar_of,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.errors import BackupError
from rutan_desk.store.models.audit import AuditEntry, AuditHead
from rutan_desk.store.schema import HEAD_REVISION
from tests.conftest import ACTOR

PEOPLE = [
    ("196804111993031009", "Budi Santoso"),
    ("199001152015032001", "Siti Rahayu"),
    ("197205101998031002", "Joko Susanto"),
]
AUDIT_TABLES = {"audit_log", "audit_head"}


def draft(name: str, nip: str) -> StaffDraft:
    return StaffDraft(
        kind=StaffKind.INTERNAL,
        name=name,
        nip=nip,
        golongan="II/c",
        position="Petugas Pengamanan",
        unit="Regu I",
    )


def add_people(ctx: ActionContext) -> None:
    for nip, name in PEOPLE:
        create_staff(ctx, draft(name, nip))


def clock_at(moment: datetime) -> FixedClock:
    """A clock showing ``moment`` on the office's wall (WIB)."""
    return FixedClock((moment - WIB_OFFSET).replace(tzinfo=UTC))


def acting_at(db: Database, moment: datetime, actor: Actor = ACTOR) -> ActionContext:
    return ActionContext(db, actor, clock_at(moment))


def data_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the audit trail's."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name not in AUDIT_TABLES
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def audit_head_of(db: Database) -> tuple[int, str]:
    with db.read() as session:
        head = session.get(AuditHead, 1)
        assert head is not None
        return head.last_id, head.last_hash


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def page_of_table(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    return int((root - 1) * page_size)


def damage(path: Path, table: str = "staff") -> None:
    """Overwrite the first page of ``table`` with garbage, as a failing disk would."""
    offset = page_of_table(path, table)
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * 4096)


@pytest.fixture
def source(db: Database) -> Path:
    """The database file (file backups are for SQLite only)."""
    if db.sqlite_path is None:
        pytest.skip("file backups are made of a SQLite database only")
    return db.sqlite_path


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "cadangan"


NOV_30 = datetime(2026, 11, 30, 8, 15)


# -- verification --------------------------------------------------------------------------


def test_a_backup_records_what_its_verification_found(
    db: Database, source: Path, backups: Path
) -> None:
    add_people(acting_at(db, NOV_30 - timedelta(hours=1)))
    last_id, last_hash = audit_head_of(db)

    made = make_backup(acting_at(db, NOV_30), backups)

    backup = made.backup
    assert backup.path.parent == backups
    assert backup.path.name == "rutan-desk-20261130-081500-manual.sqlite"
    assert files_in(backups) == [backup.path.name, f"{backup.path.name}.json"]
    sidecar = json.loads(sidecar_of(backup.path).read_text(encoding="utf-8"))
    assert sidecar["made_at"] == "2026-11-30T01:15:00Z"  # UTC
    assert sidecar["reason"] == "manual"
    assert sidecar["size"] == backup.path.stat().st_size
    assert sidecar["revision"] == HEAD_REVISION
    assert sidecar["app_version"] == __version__
    assert sidecar["row_counts"]["staff"] == len(PEOPLE)
    assert sidecar["row_counts"]["audit_log"] == last_id
    assert sidecar["count_differences"] == {}
    assert sidecar["integrity"] == "ok"
    assert sidecar["audit"]["ok"] is True
    assert sidecar["audit"]["entries"] == last_id
    # the anchor: exactly the head the copy saw
    assert sidecar["audit_head"] == {"last_id": last_id, "last_hash": last_hash}
    assert sidecar["verified"] is True and sidecar["failures"] == []
    assert backup.verified and backup.refusal is None
    assert backup.confirmation == "30-11-2026"
    assert list_backups(backups) == [backup]


def test_a_copy_damaged_after_it_was_made_is_found_and_refused(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    add_people(ctx)
    backup = make_backup(ctx, backups).backup
    damage(backup.path)

    check = check_copy(backup.path)
    assert check.integrity != "ok"

    before = data_of(source)
    with pytest.raises(RestoreRefusedError) as refused:
        restore_backup(ctx, backup.path, backup.confirmation, source)
    assert refused.value.reason == CHANGED_SINCE  # not the file that was verified
    assert data_of(source) == before
    assert [b.reason for b in list_backups(backups)] == [BackupReason.MANUAL]


def test_a_copy_damaged_while_it_was_made_is_recorded_as_failed(
    db: Database,
    ctx: ActionContext,
    source: Path,
    backups: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_people(ctx)
    real_copy = store_backup._copy

    def copy_then_damage(original: Path, partial: Path) -> tuple[dict[str, int], str | None]:
        found = real_copy(original, partial)
        damage(partial)
        return found

    monkeypatch.setattr(store_backup, "_copy", copy_then_damage)

    backup = make_backup(ctx, backups).backup

    assert "integrity" in backup.failures
    assert backup.integrity != "ok"
    assert backup.refusal == NOT_VERIFIED
    (listed,) = list_backups(backups)
    assert listed.failures == backup.failures
    # before a migration the same is an error: the upgrade must not start without a copy
    with pytest.raises(BackupError):
        backup_sqlite(source, backups, label="sebelum-upgrade", reason=BackupReason.MIGRATION)
    with pytest.raises(RestoreRefusedError) as refused:
        restore_backup(ctx, backup.path, backup.confirmation, source)
    assert refused.value.reason == NOT_VERIFIED


def test_a_broken_audit_chain_is_recorded_and_such_a_backup_is_not_restored(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    add_people(ctx)
    entries, _hash = audit_head_of(db)
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("UPDATE audit_log SET actor = 'os:penyusup' WHERE id = ?", (entries,))
        connection.commit()

    backup = make_backup(ctx, backups).backup

    assert backup.failures == ("audit",)
    assert backup.audit == AuditVerdict(
        ok=False, entries=entries, break_id=entries, reason="altered"
    )
    with pytest.raises(RestoreRefusedError) as refused:
        restore_backup(ctx, backup.path, backup.confirmation, source)
    assert refused.value.reason == NOT_VERIFIED


def test_rows_are_counted_in_the_snapshot_that_is_copied(
    db: Database, ctx: ActionContext, source: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write between counting and copying does not make the counts differ: both happen in
    one read transaction of the original."""
    add_people(ctx)
    real_counts = store_backup.row_counts
    written: list[bool] = []

    def count_then_someone_writes(connection: sqlite3.Connection) -> dict[str, int]:
        counts = real_counts(connection)
        if not written:
            written.append(True)
            create_staff(ctx, draft("Rina Wati", "198502142010122003"))
        return counts

    monkeypatch.setattr(store_backup, "row_counts", count_then_someone_writes)

    backup = make_backup(ctx, backups).backup

    assert written
    assert backup.verified
    assert backup.row_counts["staff"] == len(PEOPLE)  # the snapshot, without the late one
    assert len(list_staff(db)) == len(PEOPLE) + 1


# -- unfinished copies, the daily backup, the second folder ---------------------------------


def test_unfinished_copies_are_never_listed_and_removed_at_start(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    finished = make_backup(acting_at(db, NOV_30 - timedelta(days=3)), backups).backup
    left_over = [
        "rutan-desk-20261130-080000-harian.partial",
        "rutan-desk-20261130-080000-harian.sqlite.json.partial",
        "rutan-desk-20261130-080000-harian.partial-journal",
        "rutan-desk-20261129-080000-harian.sqlite",  # a copy without its sidecar
        "rutan-desk-20261128-080000-harian.sqlite.json",  # a sidecar without its copy
        "rutan-desk-20261127-080000-sebelum-pemulihan.sqlite-wal",  # a raw copy's, without it
    ]
    for name in left_over:
        write_stale(backups / name, b"half")
    (backups / "catatan.txt").write_text("not ours", encoding="utf-8")
    os.utime(backups / "catatan.txt", (0, 0))

    assert [b.name for b in list_backups(backups)] == [finished.name]

    result = backup_if_due(db, backups, None, NOV_30.date(), clock=clock_at(NOV_30))

    assert sorted(path.name for path in result.cleaned) == sorted(left_over)
    assert result.made is not None
    assert files_in(backups) == sorted(
        [
            "catatan.txt",
            finished.name,
            f"{finished.name}.json",
            result.made.backup.name,
            f"{result.made.backup.name}.json",
        ]
    )


def write_stale(path: Path, content: bytes) -> None:
    """A file as a crash left it, untouched for longer than the grace time."""
    path.write_bytes(content)
    past = time.time() - UNFINISHED_GRACE.total_seconds() - 60
    os.utime(path, (past, past))


def test_a_backup_being_made_now_is_left_alone(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    """Another process may be writing a backup into the same folder: its fresh ``.partial``
    files and the sidecar it has just put in place are not removed, only stale ones."""
    backups.mkdir()
    in_progress = [
        "rutan-desk-20261130-080000-manual.partial",
        "rutan-desk-20261130-080000-manual.sqlite.json.partial",
        "rutan-desk-20261130-080000-manual.sqlite.json",  # its copy is renamed next
    ]
    for name in in_progress:
        (backups / name).write_bytes(b"being written")
    write_stale(backups / "rutan-desk-20261129-080000-manual.partial", b"crashed")

    made = make_backup(acting_at(db, NOV_30), backups)

    assert [path.name for path in made.cleaned] == ["rutan-desk-20261129-080000-manual.partial"]
    assert set(in_progress) <= set(files_in(backups))
    assert [b.name for b in list_backups(backups)] == [made.backup.name]
    # once the grace time has passed with no one finishing them, they go too
    later = time.time() + UNFINISHED_GRACE.total_seconds() + 1
    assert sorted(p.name for p in remove_unfinished(backups, now=later)) == sorted(in_progress)
    assert [b.name for b in list_backups(backups)] == [made.backup.name]


def test_the_daily_backup_is_made_once_a_day(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    add_people(ctx)
    day = NOV_30.date()

    first = backup_if_due(db, backups, None, day, clock=clock_at(NOV_30))
    again = backup_if_due(db, backups, None, day, clock=clock_at(NOV_30 + timedelta(hours=3)))

    assert first.made is not None and again.made is None
    daily = first.made.backup
    assert daily.reason == BackupReason.DAILY
    assert daily.path.name.endswith("-harian.sqlite")
    assert daily.verified

    # a backup made by hand is not the day's backup
    next_day = NOV_30 + timedelta(days=1)
    make_backup(acting_at(db, next_day - timedelta(hours=1)), backups)
    third = backup_if_due(db, backups, None, next_day.date(), clock=clock_at(next_day))
    assert third.made is not None
    reasons = [(b.day, b.reason) for b in list_backups(backups)]
    assert reasons == [
        (next_day.date(), BackupReason.DAILY),
        (next_day.date(), BackupReason.MANUAL),
        (day, BackupReason.DAILY),
    ]
    # once that day is past, only its newest copy stays
    day_after = next_day + timedelta(days=1)
    assert backup_if_due(db, backups, None, day_after.date(), clock=clock_at(day_after)).made
    reasons = [(b.day, b.reason) for b in list_backups(backups)]
    assert reasons == [
        (day_after.date(), BackupReason.DAILY),
        (next_day.date(), BackupReason.DAILY),
        (day, BackupReason.DAILY),
    ]


def test_a_missing_second_folder_is_a_warning_not_an_error(
    db: Database, ctx: ActionContext, source: Path, backups: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb" / "RutanDesk"  # the disk is not plugged in

    result = backup_if_due(db, backups, usb, NOV_30.date(), clock=clock_at(NOV_30))

    assert result.made is not None
    assert result.made.backup.verified
    assert [(w.code, w.folder) for w in result.warnings] == [(SECOND_DIR_MISSING, usb)]
    assert result.made.second_copy is None
    assert not usb.exists()  # never created on the PC's own disk


def test_the_second_folder_gets_a_checked_copy_with_its_sidecar(
    db: Database, ctx: ActionContext, source: Path, backups: Path, tmp_path: Path
) -> None:
    add_people(ctx)
    usb = tmp_path / "usb"
    usb.mkdir()

    made = make_backup(acting_at(db, NOV_30), backups, second_dir=usb)

    assert made.warnings == ()
    copy = made.second_copy
    assert copy is not None and copy.parent == usb
    assert copy.read_bytes() == made.backup.path.read_bytes()
    assert sidecar_of(copy).read_text(encoding="utf-8") == sidecar_of(made.backup.path).read_text(
        encoding="utf-8"
    )
    assert [b.name for b in list_backups(usb)] == [made.backup.name]


# -- rotation ------------------------------------------------------------------------------


def fake_backup(folder: Path, moment: datetime, reason: BackupReason, label: str) -> str:
    """A backup file with its sidecar, without copying a database (for long time spans)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"rutan-desk-{moment:%Y%m%d-%H%M%S}-{label}.sqlite"
    (folder / name).write_bytes(b"x")
    manifest = BackupManifest(
        file=name,
        made_at=moment - WIB_OFFSET,
        reason=reason,
        size=1,
        sha256="0" * 64,
        revision=HEAD_REVISION,
        source_revision=HEAD_REVISION,
        app_version=__version__,
        source="rutan-desk.sqlite",
        row_counts={},
        count_differences={},
        integrity="ok",
        audit=AuditVerdict(ok=True),
        audit_head=None,
    )
    sidecar_of(folder / name).write_text(manifest.to_json(), encoding="utf-8")
    return name


def test_rotation_keeps_exactly_the_promised_set_of_two_years(backups: Path) -> None:
    start = datetime(2025, 1, 1, 7, 30)
    regular: list[tuple[str, datetime]] = []
    for n in range(730):
        moment = start + timedelta(days=n)
        regular.append((fake_backup(backups, moment, BackupReason.DAILY, "harian"), moment))
        if n % 9 == 0:  # now and then one by hand later that day
            later = moment + timedelta(hours=6)
            regular.append((fake_backup(backups, later, BackupReason.MANUAL, "manual"), later))
    now = start + timedelta(days=729, hours=7)  # after today's copy by hand
    aside = {
        fake_backup(backups, now - timedelta(days=200), BackupReason.MIGRATION, "upgrade-a"): False,
        fake_backup(backups, now - timedelta(days=120), BackupReason.MIGRATION, "upgrade-b"): False,
        fake_backup(backups, now - timedelta(days=30), BackupReason.MIGRATION, "upgrade-c"): True,
        fake_backup(backups, now - timedelta(days=89), BackupReason.MIGRATION, "upgrade-d"): True,
        fake_backup(backups, now - timedelta(days=300), BackupReason.BEFORE_RESTORE, "p"): True,
    }

    removed = rotate(backups, now - WIB_OFFSET)

    kept = {b.name for b in list_backups(backups)}
    promised = set(rotation_keeps(regular, today=now.date()))
    promised |= {name for name, keep in aside.items() if keep}
    assert kept == promised
    assert len(kept & {name for name, _moment in regular}) == 30 + 1  # today's two copies
    assert len(removed) == len(regular) + len(aside) - len(promised)
    assert len(files_in(backups)) == 2 * len(promised)  # each copy with its sidecar, no more


def test_daily_backups_over_six_weeks_are_rotated_as_promised(
    db: Database, source: Path, backups: Path
) -> None:
    made: list[tuple[str, datetime]] = []
    for n in range(45):
        moment = datetime(2026, 10, 1, 7, 45) + timedelta(days=n)
        result = backup_if_due(db, backups, None, moment.date(), clock=clock_at(moment))
        assert result.made is not None
        made.append((result.made.backup.name, moment))

    last_day = made[-1][1].date()
    assert {b.name for b in list_backups(backups)} == rotation_keeps(made, today=last_day)


# -- restore -------------------------------------------------------------------------------


def test_restore_returns_the_database_to_the_backups_state_and_keeps_the_one_before(
    db: Database, source: Path, backups: Path
) -> None:
    add_people(acting_at(db, NOV_30 - timedelta(days=1)))
    backup = make_backup(acting_at(db, NOV_30), backups).backup
    at_backup = data_of(source)
    later = acting_at(db, NOV_30 + timedelta(days=2))
    create_staff(later, draft("Rina Wati", "198502142010122003"))
    budi = next(s for s in list_staff(db) if s.name == "Budi Santoso")
    update_staff(
        later, budi.id, draft("Budi Santoso, S.H.", budi.nip or ""), expected_version=budi.version
    )
    changed = data_of(source)
    assert changed != at_backup

    result = restore_backup(
        acting_at(db, NOV_30 + timedelta(days=2, hours=1)),
        backup.path,
        " 30-11-2026 ",  # spaces around the typed date do not matter
        source,
    )

    assert result.database == source
    assert result.restored == backup
    assert result.revision == HEAD_REVISION and result.needs_upgrade is False
    assert data_of(source) == at_backup
    assert sorted(s.name for s in list_staff(db)) == sorted(name for _nip, name in PEOPLE)
    saved = result.saved_aside
    assert saved is not None
    assert saved.reason == BackupReason.BEFORE_RESTORE
    assert saved.verified
    assert saved.path.exists() and saved.path.name.endswith("-sebelum-pemulihan.sqlite")
    assert data_of(saved.path) == changed  # the state before the restore, kept
    assert {b.name for b in list_backups(backups)} == {backup.name, saved.name}
    # the restored chain is whole and ends with the restore, who made it and from what
    with db.read() as session:
        assert verify_audit_chain(session) is None
        last = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        assert last is not None
        assert (last.entity, last.entity_id, last.action) == ("database", "restore", "event")
        assert last.actor == ACTOR.audit_name
        assert last.id == (backup.audit_head.last_id + 1 if backup.audit_head else 1)
        details = json.loads(last.after or "{}")
    assert details["backup"] == backup.name
    assert details["saved_aside"] == saved.name
    assert saved.audit_head is not None
    assert details["saved_aside_head"]["last_hash"] == saved.audit_head.last_hash


def test_after_a_restore_the_audit_trail_still_agrees_with_its_anchors(
    db: Database, source: Path, backups: Path
) -> None:
    """The backups made after the restored one (and the copy set aside) saw a longer chain:
    the restore event tells the audit check that those belong to the state replaced."""
    from rutan_desk.services.audit.verification import AnchorPlaces, check_audit_trail

    start = datetime.now() + WIB_OFFSET + timedelta(days=1)
    add_people(acting_at(db, start))
    backup = make_backup(acting_at(db, start + timedelta(hours=1)), backups).backup
    create_staff(acting_at(db, start + timedelta(hours=2)), draft("Rina", "198502142010122003"))
    make_backup(acting_at(db, start + timedelta(hours=3)), backups)

    result = restore_backup(
        acting_at(db, start + timedelta(hours=4)), backup.path, backup.confirmation, source
    )

    assert result.saved_aside is not None
    check = check_audit_trail(
        acting_at(db, start + timedelta(hours=5)), AnchorPlaces(backups_dir=backups)
    )
    assert check.intact, check
    assert check.anchors_set_aside == 2  # the later backup and the copy set aside


def test_restoring_a_damaged_database_saves_its_bytes_aside(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    add_people(ctx)
    backup = make_backup(ctx, backups).backup
    at_backup = data_of(source)
    db.dispose()
    source.write_bytes(b"not a database any more" * 100)
    Path(f"{source}-wal").unlink(missing_ok=True)
    Path(f"{source}-shm").unlink(missing_ok=True)

    result = restore_backup(ctx, backup.path, backup.confirmation, source)

    assert data_of(source) == at_backup
    saved = result.saved_aside
    assert saved is not None and saved.reason == BackupReason.BEFORE_RESTORE
    assert saved.path.read_bytes() == b"not a database any more" * 100
    assert "integrity" in saved.failures and saved.refusal == NOT_VERIFIED


def test_a_backup_of_a_newer_app_is_refused(
    db: Database, ctx: ActionContext, source: Path, backups: Path, tmp_path: Path
) -> None:
    add_people(ctx)
    newer = tmp_path / "newer" / "rutan-desk.sqlite"
    newer.parent.mkdir()
    shutil.copyfile(source, newer)
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        connection.commit()
    made = make_backup_file(newer, backups, reason=BackupReason.MANUAL, label="manual")
    backup = read_backup(made.path)
    assert backup.revision == "0099_from_the_future"
    assert backup.refusal == NEWER_REVISION
    before = data_of(source)

    with pytest.raises(RestoreRefusedError) as refused:
        restore_backup(ctx, backup.path, backup.confirmation, source)

    assert refused.value.reason == NEWER_REVISION
    assert data_of(source) == before
    assert [b.name for b in list_backups(backups)] == [backup.name]  # nothing set aside


def test_a_wrong_confirmation_is_refused_before_anything_is_written(
    db: Database, source: Path, backups: Path
) -> None:
    add_people(acting_at(db, NOV_30))
    backup = make_backup(acting_at(db, NOV_30), backups).backup
    create_staff(acting_at(db, NOV_30), draft("Rina Wati", "198502142010122003"))
    before = data_of(source)

    for typed in ("", "29-11-2026", "30/11/2026", "2026-11-30"):
        with pytest.raises(RestoreRefusedError) as refused:
            restore_backup(acting_at(db, NOV_30), backup.path, typed, source)
        assert refused.value.reason == WRONG_CONFIRMATION

    assert data_of(source) == before
    assert [b.name for b in list_backups(backups)] == [backup.name]


def test_only_who_may_restore_can(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    add_people(ctx)
    backup = make_backup(ctx, backups).backup
    actors = {}
    for login, role in (("operator.satu", Role.OPERATOR), ("pembaca.satu", Role.PEMBACA)):
        create_account(ctx, login, login.title(), role, "sementara-123")
        signed = sign_in(db, login, "sementara-123")
        actor = signed.account.actor()
        change_own_password(ActionContext(db, actor), "sementara-123", "rahasia-kantor-9")
        actors[role] = actor
    before = data_of(source)

    for role, actor in actors.items():
        with pytest.raises(PermissionDeniedError) as refused:
            restore_backup(ActionContext(db, actor), backup.path, backup.confirmation, source)
        assert refused.value.permission == Permission.BACKUP_RESTORE, role
        assert Role.ADMINISTRATOR in refused.value.roles
        assert not refused.value.password_change

    assert data_of(source) == before
    assert [b.name for b in list_backups(backups)] == [backup.name]
    # the clerk may make a backup; a reader may not
    assert isinstance(make_backup(ActionContext(db, actors[Role.OPERATOR]), backups), BackupMade)
    with pytest.raises(PermissionDeniedError):
        make_backup(ActionContext(db, actors[Role.PEMBACA]), backups)


def test_a_restore_refused_by_a_busy_file_leaves_it_as_it_was(
    db: Database, ctx: ActionContext, source: Path, backups: Path
) -> None:
    """Another program that still has the database open keeps the restore from starting."""
    add_people(ctx)
    backup = make_backup(ctx, backups).backup
    create_staff(ctx, draft("Rina Wati", "198502142010122003"))
    before = data_of(source)
    holder = sqlite3.connect(source)
    holder.execute("SELECT count(*) FROM staff").fetchall()
    try:
        with pytest.raises(Exception) as raised:
            restore_module.restore_backup(ctx, backup.path, backup.confirmation, source)
    finally:
        holder.close()
    assert type(raised.value).__name__ == "DatabaseBusyError"
    assert data_of(source) == before


# -- PostgreSQL ------------------------------------------------------------------------------


@pytest.fixture
def server_db() -> Iterator[Database]:
    pytest.importorskip("psycopg", reason="Database() needs the PostgreSQL driver")
    database = Database("postgresql+psycopg://rutan:rahasia@server.lan:5433/rutan_blora")
    yield database
    database.dispose()


def test_on_a_server_no_file_backup_is_made(server_db: Database, backups: Path) -> None:
    result = backup_if_due(server_db, backups, None, NOV_30.date())
    assert result.on_server and result.made is None
    assert not backups.exists()


def test_the_pg_dump_commands_name_the_server_but_not_the_password(server_db: Database) -> None:
    commands = server_backup_commands(server_db)
    assert commands.dump.startswith("pg_dump --format=custom ")
    assert "--host=server.lan --port=5433 --username=rutan" in commands.dump
    assert commands.dump.endswith(" rutan_blora")
    assert "--dbname=rutan_blora" in commands.restore
    assert "rahasia" not in commands.dump + commands.restore


def test_the_last_server_backup_is_recorded_in_the_audit_trail(db: Database) -> None:
    assert last_server_backup(db) is None
    record_server_backup(acting_at(db, NOV_30), date(2026, 11, 28))
    record_server_backup(acting_at(db, NOV_30 + timedelta(hours=1)), date(2026, 11, 30))

    last = last_server_backup(db)

    assert last is not None
    assert last.done_on == date(2026, 11, 30)
    assert last.recorded_by == ACTOR.audit_name
    assert last.recorded_at == NOV_30 + timedelta(hours=1) - WIB_OFFSET
    with pytest.raises(ValidationError):
        record_server_backup(acting_at(db, NOV_30), date(2026, 12, 1))
    with db.read() as session:
        assert verify_audit_chain(session) is None
