"""A database file found damaged by the check after the start: the clerk is told plainly,
nothing more is saved into it, and the latest verified backup is offered (ui/health_check.py,
ui/session.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.paths import AppPaths, resolve_paths
from rutan_desk.services.accounts.sign_in import sign_in
from rutan_desk.services.backups.making import make_backup
from rutan_desk.services.backups.records import BackupInfo
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import ViewOnlyReason
from rutan_desk.services.staff.records import list_staff
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.ui.accounts.sign_in_dialog import SignInDialog
from rutan_desk.ui.main_window import MainWindow
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.session import Session
from tests.faults.files import damage_page_of
from tests.services.test_backups import PEOPLE, draft
from tests.services.test_storage_faults import PASSWORD, made_database
from tests.ui.test_operations import indonesian as indonesian  # the fixture
from tests.ui.test_sign_in import sign_in_by_keyboard


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def damaged(paths: AppPaths) -> Iterator[Database]:
    """A database with a verified backup, then a page of it overwritten."""
    path = made_database(paths)
    db = Database(sqlite_url(path))
    make_backup(
        ActionContext(db, sign_in(db, "admin", PASSWORD).account.actor()), paths.backups_dir
    )
    db.dispose()
    damage_page_of(path, "ix_roster_entry_day")
    db = Database(sqlite_url(path))
    yield db
    db.dispose()


@pytest.fixture
def session(qapp: QApplication, damaged: Database, paths: AppPaths) -> Iterator[Session]:
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    running = Session(damaged, paths, settings)
    yield running
    for widget in QApplication.topLevelWidgets():
        widget.close()
    qapp.removeEventFilter(running)


def test_the_damage_is_said_writes_stop_and_the_backup_is_offered(
    qtbot: QtBot,
    session: Session,
    damaged: Database,
    monkeypatch: pytest.MonkeyPatch,
    indonesian: None,
) -> None:
    shown: list[str] = []
    offered: list[BackupInfo | None] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.text())
        (restore,) = [b for b in box.buttons() if b.text().startswith("Pulihkan cadangan")]
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(MainWindow, "open_backups", lambda _w, select=None: offered.append(select))
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    sign_in_by_keyboard(qtbot, dialog, "admin", PASSWORD)
    window = session.window
    assert isinstance(window, MainWindow)

    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)

    (text,) = shown
    assert text.startswith("Pemeriksaan berkas basis data saat mulai menemukan kerusakan")
    assert "tidak ada lagi yang disimpan ke dalamnya" in text
    assert damaged.view_only is ViewOnlyReason.DAMAGED
    assert "HANYA DILIHAT" in window.windowTitle() and window.view_only_label.isVisible()
    # The verified backup made before the damage is the one offered.
    assert len(offered) == 1 and offered[0] is not None and offered[0].verified

    refusals: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: refusals.append((title, text))
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *_a: refusals.append((title, text))
    )
    assert session.ctx is not None
    saved = Operation(
        window,
        session.ctx,
        lambda action: create_staff(action, draft("Dewi", "198702142010122001")),
    ).run()
    assert not saved
    ((title, refusal),) = refusals
    assert title == "Hanya dilihat"
    assert refusal.startswith("Basis data dibuka hanya untuk dilihat: tidak ada yang disimpan.")
    assert len(list_staff(damaged)) == len(PEOPLE)
