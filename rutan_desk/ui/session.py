"""Who is at the PC: signing in, the forced password change, switching user, the screen lock
after a while without input, and opening the database again after a restore.

The office PC is shared between shifts. The main window is always of one signed-in account;
switching user closes it and opens a new one for the next person, so nothing of the first
person's screen stays behind. A lock keeps the window but covers it until the same person signs
in again (or someone else does, which switches).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from rutan_desk import APP_NAME
from rutan_desk.domain.accounts import MAX_IDLE_MINUTES
from rutan_desk.paths import AppPaths
from rutan_desk.services.accounts.records import has_accounts
from rutan_desk.services.accounts.sign_in import SignedIn, sign_in
from rutan_desk.services.context import Actor, Clock, SystemClock
from rutan_desk.services.database import Database
from rutan_desk.services.database_health import HealthReport
from rutan_desk.ui.context import AppContext, AppEvents
from rutan_desk.ui.health_check import HealthCheck

log = logging.getLogger("rutan_desk")

IDLE_MINUTES_KEY = "session/idle_minutes"
DEFAULT_IDLE_MINUTES = 15
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


def idle_minutes(settings: QSettings) -> int:
    value = settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    try:  # clamped: the settings file may hold anything, and Qt's timer takes 32 bits
        return min(max(0, int(str(value))), MAX_IDLE_MINUTES)
    except ValueError:
        return DEFAULT_IDLE_MINUTES


class Session(QObject):
    """The signed-in account and its main window (``window``)."""

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        settings: QSettings,
        *,
        clock: Clock | None = None,
        demo_sign_in: tuple[str, str] | None = None,
        demo_note: str = "",
        daily_backups: bool = False,
        start_check: Callable[[], str] | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.paths = paths
        self.settings = settings
        self.clock = clock or SystemClock()
        self.window: QWidget | None = None
        self.ctx: AppContext | None = None
        self.dialog: QDialog | None = None
        self._demo_sign_in = demo_sign_in
        self._demo_note = demo_note
        self._daily_backups = daily_backups
        # A check of the start that may warn (the audit trail behind its anchor): run when the
        # first main window opens, like the file's health check, not before the sign-in shows.
        self._start_check = start_check
        self._health_check: HealthCheck | None = None  # once per start, over the first window
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self._watching_input = False  # the application's events, once a window is open

    # -- start ------------------------------------------------------------------------------
    def start(self) -> None:
        """The first window: the demo signs in by itself; a database without accounts asks
        for its Administrator; otherwise the sign-in."""
        if self._demo_sign_in is not None:
            login, password = self._demo_sign_in
            self._signed_in(sign_in(self.db, login, password, self.clock))
        elif not has_accounts(self.db):
            self._first_administrator()
        else:
            self.show_sign_in()

    def _first_administrator(self) -> None:
        from rutan_desk.ui.accounts.first_admin_dialog import FirstAdministratorDialog

        dialog = FirstAdministratorDialog(self.db)
        self.dialog = dialog

        def created() -> None:
            assert dialog.account is not None
            self._open_window(dialog.account.actor())

        dialog.accepted.connect(created)
        dialog.rejected.connect(QApplication.quit)
        dialog.show()

    def show_sign_in(self, *, locked_login: str | None = None) -> None:
        from rutan_desk.ui.accounts.sign_in_dialog import SignInDialog

        dialog = SignInDialog(
            self.db,
            self.clock,
            self.window if locked_login else None,
            locked_login=locked_login,
            demo_note=self._demo_note,
        )
        self.dialog = dialog

        def accepted() -> None:
            assert dialog.signed_in is not None
            signed = dialog.signed_in
            if locked_login is not None and signed.account.login == locked_login and self.ctx:
                self._idle_restart()  # the same person: the window is theirs again
                return
            self._signed_in(signed)

        def rejected() -> None:
            if locked_login is not None and dialog.switch_requested:
                self.switch_user()
            else:
                QApplication.quit()

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        if locked_login is not None:
            dialog.setModal(True)
        dialog.show()

    # -- signed in -------------------------------------------------------------------------
    def _signed_in(self, signed: SignedIn) -> None:
        actor = signed.account.actor()
        if signed.must_change_password:
            self._change_password_first(actor)
            return
        self._open_window(actor)

    def _change_password_first(self, actor: Actor) -> None:
        from rutan_desk.ui.accounts.password_dialog import PasswordDialog

        ctx = self._context(actor)
        dialog = PasswordDialog(ctx, forced=True)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._open_window(actor))
        dialog.rejected.connect(QApplication.quit)
        dialog.show()

    def _context(self, actor: Actor) -> AppContext:
        return AppContext(
            db=self.db,
            paths=self.paths,
            actor=actor,
            events=AppEvents(),
            settings=self.settings,
            clock=self.clock,
        )

    def _open_window(self, actor: Actor) -> None:
        from rutan_desk.ui.main_window import MainWindow

        self._close_window()
        self.ctx = self._context(actor)
        window = MainWindow(self.ctx)
        window.switch_user_requested.connect(self.switch_user)
        window.lock_requested.connect(self.lock)
        self.ctx.events.reopen_requested.connect(self.reopen_database)
        self.window = window
        window.show()
        window.load()
        if self._daily_backups:
            window.start_daily_backups()
        if self._start_check is not None:
            check, self._start_check = self._start_check, None
            warning = check()
            if warning:
                QTimer.singleShot(0, lambda: QMessageBox.warning(window, APP_NAME, warning))
        if not self.paths.demo:  # a new office is offered the first-day assistant
            QTimer.singleShot(0, window, window.offer_first_day)
        if self._health_check is None:
            self._health_check = HealthCheck(self.db, self)
            self._health_check.finished.connect(self._checked)
            self._health_check.start()
        self._idle_restart()
        log.info("signed in: %s", actor.audit_name)

    def _checked(self, report: HealthReport) -> None:
        """The start-up check of the database file is done: on damage the writes have
        stopped; say so, and offer the latest verified backup."""
        from rutan_desk.services.backups.empty_file import latest_verified_backup
        from rutan_desk.ui.health_check import ask_about_damage
        from rutan_desk.ui.main_window import MainWindow

        if not report.damaged:
            return
        window = self.window
        if isinstance(window, MainWindow):
            window.show_view_only()
        backup = latest_verified_backup(self.paths.backups_dir)
        if ask_about_damage(window, report, backup) and isinstance(window, MainWindow):
            window.open_backups(select=backup)

    def _close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.close()
            window.deleteLater()
        self.ctx = None

    # -- switching and locking ---------------------------------------------------------------
    def switch_user(self) -> None:
        """The next person signs in; the window of the one before is closed."""
        self._idle.stop()
        self._close_window()
        self.show_sign_in()

    def lock(self) -> None:
        """Cover the window until its person signs in again (after a while without input, or
        Ctrl+L)."""
        if self.ctx is None or self.window is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            return  # already asking
        self._idle.stop()
        self.show_sign_in(locked_login=self.ctx.actor.login)

    def _idle_restart(self) -> None:
        app = QApplication.instance()
        if not self._watching_input and app is not None:
            # Only from the first window on: before it there is nothing to lock, and the start
            # stays free of a Python call for each of its events.
            app.installEventFilter(self)
            self._watching_input = True
        minutes = idle_minutes(self.settings)
        if minutes and self.window is not None:
            self._idle.start(minutes * 60 * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The timer first: while it is idle the event's type is not looked at (converting it
        # to a Python enum is most of this filter's cost).
        if self._idle.isActive() and event.type() in _INPUT_EVENTS:
            self._idle.start()  # input: the clerk is there
        return False

    # -- after a restore -------------------------------------------------------------------
    def reopen_database(self) -> None:
        """A backup was restored into the database file: read it afresh and sign in again
        (the accounts are those of the backup)."""
        from rutan_desk.services.database import open_database

        url = self.db.url.render_as_string(hide_password=False)
        self._close_window()
        self.db.dispose()
        self.db, _ = open_database(url, self.paths.backups_dir)
        self.show_sign_in()
