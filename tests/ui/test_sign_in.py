"""Signing in on a shared PC: the sign-in, the lock-out, the first administrator, the forced
password change, switching user and the screen lock (ui/session.py and ui/accounts/)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rutan_desk.domain.accounts import Role
from rutan_desk.paths import AppPaths
from rutan_desk.services.accounts import admin
from rutan_desk.services.accounts.sign_in import change_own_password, sign_in
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.store.engine import Database
from rutan_desk.ui.accounts.first_admin_dialog import FirstAdministratorDialog
from rutan_desk.ui.accounts.password_dialog import PasswordDialog
from rutan_desk.ui.accounts.sign_in_dialog import SignInDialog
from rutan_desk.ui.main_window import MainWindow
from rutan_desk.ui.session import IDLE_MINUTES_KEY, Session
from tests.conftest import ACTOR

MORNING = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # 08.00 WIB


@pytest.fixture
def settings(app_paths: AppPaths) -> QSettings:
    return QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def session(
    qapp: QApplication, db: Database, app_paths: AppPaths, settings: QSettings
) -> Iterator[Session]:
    running = Session(db, app_paths, settings, clock=FixedClock(MORNING))
    yield running
    for widget in QApplication.topLevelWidgets():
        widget.close()
    qapp.removeEventFilter(running)


def ready_account(db: Database, login: str, role: Role, password: str) -> None:
    ctx = ActionContext(db, ACTOR)
    admin.create_account(ctx, login, login.title(), role, "sementara-123")
    signed = sign_in(db, login, "sementara-123")
    change_own_password(ActionContext(db, signed.account.actor()), "sementara-123", password)


def sign_in_by_keyboard(qtbot: QtBot, dialog: SignInDialog, login: str, password: str) -> None:
    dialog.login.setCurrentText(login)
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_signing_in_opens_the_window_in_that_accounts_name(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    ready_account(db, "budi", Role.OPERATOR, "kunci-budi-1")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    assert dialog.login.findText("budi") >= 0  # the logins of this PC are offered
    sign_in_by_keyboard(qtbot, dialog, "budi", "kunci-budi-1")
    assert isinstance(session.window, MainWindow)
    assert session.ctx is not None and session.ctx.actor.audit_name == "akun:budi"
    assert "Budi" in session.window.user_label.text()


def test_three_wrong_passwords_show_the_lock_and_until_when(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    ready_account(db, "budi", Role.OPERATOR, "kunci-budi-1")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    for attempt in range(3):
        sign_in_by_keyboard(qtbot, dialog, "budi", f"salah-{attempt}")
        assert dialog.isVisible() and session.window is None
    assert "locked until 08.15 WIB" in dialog.error.text()
    sign_in_by_keyboard(qtbot, dialog, "budi", "kunci-budi-1")  # the right one, too early
    assert session.window is None
    assert "locked until 08.15" in dialog.error.text()


def test_a_wrong_password_does_not_say_which_part_was_wrong(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    ready_account(db, "budi", Role.OPERATOR, "kunci-budi-1")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    sign_in_by_keyboard(qtbot, dialog, "tidak.ada", "kunci-budi-1")
    unknown = dialog.error.text()
    sign_in_by_keyboard(qtbot, dialog, "budi", "salah-sekali")
    assert unknown == dialog.error.text() == "Wrong login or password."


def test_the_first_start_asks_for_the_administrator(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, FirstAdministratorDialog)
    qtbot.keyClicks(dialog.name, "Slamet Riyadi")
    dialog.password.setText("kunci-admin-1")
    dialog.again.setText("kunci-admin-2")
    dialog.create()
    assert "not the same" in dialog.errors.text("again")
    dialog.again.setText("kunci-admin-1")
    dialog.create()
    assert isinstance(session.window, MainWindow)
    assert session.ctx is not None and session.ctx.actor.audit_name == "akun:admin"


def test_a_given_password_is_changed_before_the_window_opens(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    admin.create_account(ActionContext(db, ACTOR), "siti", "Siti", Role.OPERATOR, "sementara-1")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    sign_in_by_keyboard(qtbot, dialog, "siti", "sementara-1")
    change = session.dialog
    assert isinstance(change, PasswordDialog) and session.window is None
    change.old.setText("sementara-1")
    change.new.setText("kunci-siti-1")
    change.again.setText("kunci-siti-1")
    change.save()
    assert isinstance(session.window, MainWindow)
    assert not sign_in(db, "siti", "kunci-siti-1").must_change_password


def test_switching_user_closes_the_window_for_the_next_person(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    ready_account(db, "budi", Role.OPERATOR, "kunci-budi-1")
    ready_account(db, "bayu", Role.KARUPAM, "kunci-bayu-1")
    session.start()
    assert isinstance(session.dialog, SignInDialog)
    sign_in_by_keyboard(qtbot, session.dialog, "budi", "kunci-budi-1")
    first = session.window
    assert isinstance(first, MainWindow)
    first.switch_action.trigger()
    assert session.window is None and not first.isVisible()
    assert isinstance(session.dialog, SignInDialog)
    sign_in_by_keyboard(qtbot, session.dialog, "bayu", "kunci-bayu-1")
    assert isinstance(session.window, MainWindow) and session.window is not first
    assert session.ctx is not None and session.ctx.actor.audit_name == "akun:bayu"


def test_the_screen_lock_takes_the_same_person_back_or_switches(
    qtbot: QtBot, db: Database, session: Session, settings: QSettings
) -> None:
    settings.setValue(IDLE_MINUTES_KEY, 1)
    ready_account(db, "budi", Role.OPERATOR, "kunci-budi-1")
    ready_account(db, "bayu", Role.KARUPAM, "kunci-bayu-1")
    session.start()
    assert isinstance(session.dialog, SignInDialog)
    sign_in_by_keyboard(qtbot, session.dialog, "budi", "kunci-budi-1")
    window = session.window
    assert isinstance(window, MainWindow)
    assert session._idle.isActive() and session._idle.interval() == 60_000
    session._idle.timeout.emit()  # a minute without input
    lock = session.dialog
    assert isinstance(lock, SignInDialog) and lock.isModal()
    assert not lock.login.isEnabled() and lock.login.currentText() == "budi"
    sign_in_by_keyboard(qtbot, lock, "budi", "kunci-budi-1")
    assert session.window is window  # the same person: the same window, as it was

    session.lock()
    assert isinstance(session.dialog, SignInDialog)
    session.dialog._switch()
    assert session.window is None
    assert isinstance(session.dialog, SignInDialog) and session.dialog.login.isEnabled()


def test_the_start_check_runs_at_the_first_window_and_warns_over_it_once(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    app_paths: AppPaths,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The audit trail's anchor check (app.py) may warn; it waits for the main window so the
    # sign-in shows at once, and its warning stands over the window the clerk works in.
    ready_account(db, "budi", Role.OPERATOR, "kunci-budi-1")
    checks: list[str] = []
    warned: list[tuple[object, str]] = []
    monkeypatch.setattr(
        "rutan_desk.ui.session.QMessageBox.warning",
        lambda parent, _title, text: warned.append((parent, text)),
    )
    session = Session(
        db,
        app_paths,
        settings,
        clock=FixedClock(MORNING),
        start_check=lambda: checks.append("run") or "Jejak audit tertinggal.",
    )
    try:
        session.start()
        qtbot.wait(20)
        assert checks == []  # the sign-in is shown first
        dialog = session.dialog
        assert isinstance(dialog, SignInDialog)
        sign_in_by_keyboard(qtbot, dialog, "budi", "kunci-budi-1")
        qtbot.waitUntil(lambda: bool(warned))
        assert checks == ["run"]
        assert warned == [(session.window, "Jejak audit tertinggal.")]

        session.switch_user()
        again = session.dialog
        assert isinstance(again, SignInDialog)
        sign_in_by_keyboard(qtbot, again, "budi", "kunci-budi-1")
        qtbot.wait(20)
        assert checks == ["run"] and len(warned) == 1  # once per start
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.removeEventFilter(session)
