"""The Backups screen: a backup made and listed with its verification, and a restore confirmed
by typing the backup's date, after which the app is asked to reopen the database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rutan_desk.domain.backups import BackupReason
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.backups.records import list_backups
from rutan_desk.services.staff.records import list_staff
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.ui.backups import backups_dialog
from rutan_desk.ui.backups.backups_dialog import BackupsDialog, RestoreDialog
from rutan_desk.ui.backups.settings import SECOND_DIR_KEY, second_dir
from rutan_desk.ui.context import AppContext

PEOPLE = [("196804111993031009", "Budi Santoso"), ("199001152015032001", "Siti Rahayu")]


def add(ctx: AppContext, nip: str, name: str) -> None:
    create_staff(
        ctx.action(),
        StaffDraft(
            kind=StaffKind.INTERNAL,
            name=name,
            nip=nip,
            golongan="II/c",
            position="Petugas Pengamanan",
            unit="Regu I",
        ),
    )


class Calls:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, Calls]:
    found = {"information": Calls(), "warning": Calls(), "critical": Calls()}
    for name, calls in found.items():
        monkeypatch.setattr(backups_dialog.QMessageBox, name, calls)
    return found


def make_a_backup(qtbot: QtBot, dialog: BackupsDialog) -> None:
    rows = dialog.model.rowCount()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows + 1, timeout=10000)


def test_restore_a_backup_from_the_screen(
    qtbot: QtBot, ctx: AppContext, messages: dict[str, Calls]
) -> None:
    for nip, name in PEOPLE:
        add(ctx, nip, name)
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()

    make_a_backup(qtbot, dialog)

    backup = dialog.selected()
    assert backup is not None and backup.verified
    assert dialog.model.index(0, 3).data() == "OK"
    assert backup.name in dialog.details.text()
    assert dialog.restore_button.isEnabled()
    add(ctx, "198502142010122003", "Rina Wati")  # made after the backup
    assert len(list_staff(ctx.db)) == 3

    seen: dict[str, object] = {}

    def confirm() -> None:
        restore = QApplication.activeModalWidget()
        assert isinstance(restore, RestoreDialog)
        seen["at_first"] = restore.ok_button.isEnabled()
        qtbot.keyClicks(restore.confirm_edit, "29-11-2000")
        seen["wrong_date"] = restore.ok_button.isEnabled()
        restore.confirm_edit.clear()
        qtbot.keyClicks(restore.confirm_edit, backup.confirmation)
        seen["right_date"] = restore.ok_button.isEnabled()
        qtbot.mouseClick(restore.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, confirm)
    with qtbot.waitSignal(ctx.events.reopen_requested, timeout=15000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert seen == {"at_first": False, "wrong_date": False, "right_date": True}
    assert messages["warning"].calls == [] and messages["critical"].calls == []
    (information,) = messages["information"].calls
    assert "restored" in str(information[2])
    # the data are back as they were at the backup; the state before it is kept aside
    assert sorted(s.name for s in list_staff(ctx.db)) == sorted(name for _n, name in PEOPLE)
    reasons = sorted(b.reason for b in list_backups(ctx.paths.backups_dir))
    assert reasons == sorted([BackupReason.MANUAL, BackupReason.BEFORE_RESTORE])
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_failed_backup_shows_what_failed_and_cannot_be_restored(
    qtbot: QtBot, ctx: AppContext, messages: dict[str, Calls]
) -> None:
    add(ctx, *PEOPLE[0])
    path = ctx.db.sqlite_path
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE audit_log SET actor = 'os:penyusup' WHERE id = 1")
        connection.commit()
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)

    make_a_backup(qtbot, dialog)

    text = dialog.model.index(0, 3).data()
    assert text.startswith("Failed:") and "entry 1" in text
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.details.text()


def test_a_missing_second_folder_is_told_and_the_backup_is_made(
    qtbot: QtBot, ctx: AppContext, messages: dict[str, Calls], tmp_path: Path
) -> None:
    usb = tmp_path / "usb-not-plugged-in"
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_second_dir(usb)
    assert ctx.settings.value(SECOND_DIR_KEY) == str(usb)
    assert second_dir(ctx.settings) == usb
    assert dialog.second_dir_edit.text() == str(usb)

    make_a_backup(qtbot, dialog)

    (warning,) = messages["warning"].calls
    assert str(usb) in str(warning[2])
    dialog.set_second_dir(None)
    assert second_dir(ctx.settings) is None
