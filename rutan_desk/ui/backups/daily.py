"""The daily backup: made in the background once the window is on screen, when today has none
yet, and looked at again every hour so that a PC left on overnight makes the next day's."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from rutan_desk.services.backups.making import SECOND_DIR_FAILED
from rutan_desk.services.backups.schedule import DailyBackup, backup_if_due
from rutan_desk.services.errors import BackupError
from rutan_desk.ui.backups.settings import second_dir
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation

log = logging.getLogger("rutan_desk")
HOUR_MS = 60 * 60 * 1000


class DailyBackups(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._done_for: date | None = None  # the day whose backup is known to exist
        self._running = False
        self.operation: Operation[DailyBackup] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(HOUR_MS)
        self._timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(0, self.run_if_due)

    def run_if_due(self) -> None:
        today = self._ctx.today()
        if self._running or self._done_for == today:
            return
        ctx = self._ctx
        usb = second_dir(ctx.settings)
        self._running = True
        self.operation = (
            Operation(
                self._window,
                ctx,
                lambda _action: backup_if_due(
                    ctx.db, ctx.paths.backups_dir, usb, today, clock=ctx.clock
                ),
                title=self.tr("Daily backup"),
            )
            .on_success(lambda result: self._done(today, result))
            .on_error(BackupError, self._failed)
            .after_failure(lambda _error: self._stop_running())
        )
        self.operation.run_in_background(self.tr("Making today's backup…"))

    def _stop_running(self) -> None:
        self._running = False

    def _done(self, today: date, result: DailyBackup) -> None:
        self._running = False
        self._done_for = today
        status = self._window.statusBar()
        if result.made is not None:
            status.showMessage(
                self.tr("Today's backup was made and checked: {name}").format(
                    name=result.made.backup.name
                ),
                15000,
            )
        for warning in result.warnings:
            log.warning(
                "second backup folder %s: %s %s", warning.folder, warning.code, warning.detail
            )
            if warning.code == SECOND_DIR_FAILED:
                text = self.tr("The copy to {folder} failed: {reason}")
            else:
                text = self.tr("The second backup folder {folder} is not there (USB disk?).")
            status.showMessage(text.format(folder=warning.folder, reason=warning.detail), 30000)

    def _failed(self, error: BackupError) -> None:
        log.error("daily backup failed: %s", error)
        QMessageBox.warning(
            self._window,
            self.tr("Daily backup"),
            self.tr(
                "Today's backup could not be made: {reason}\n\nThe data is safe in the "
                "database, but there is no copy of today yet. Try File → Back up now, and tell "
                "the Administrator if it fails again."
            ).format(reason=error),
        )
