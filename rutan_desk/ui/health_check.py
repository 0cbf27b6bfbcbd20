"""The start-up check of the database file, run once the window is on screen.

SQLite's quick check reads the whole file (about 3 s for five years of data), so it runs on a
thread of its own while the clerk starts working; the window is told the result. When the file
is damaged nothing more is saved into it (``check_database`` stops the writes) and the clerk is
told so plainly, with the latest verified backup offered for restore.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rutan_desk import APP_NAME
from rutan_desk.services.backups.records import BackupInfo
from rutan_desk.services.database import Database
from rutan_desk.services.database_health import HealthReport, check_database

log = logging.getLogger(__name__)


class HealthCheck(QObject):
    """``HealthCheck(db).start()``: ``finished`` fires on the GUI thread with the report."""

    finished = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db

    def start(self) -> None:
        # A daemon thread: quitting the app never waits for a check still reading.
        threading.Thread(target=self._run, name="database-check", daemon=True).start()

    def _run(self) -> None:
        try:
            report = check_database(self._db)
        except Exception:  # the check must never take the app down; the log says why
            log.exception("the database check could not run")
            return
        try:
            self.finished.emit(report)
        except RuntimeError:  # the window (and this object) closed meanwhile
            log.info("database check finished after its window closed: %s", report)


def damage_text(report: HealthReport, backup: BackupInfo | None) -> str:
    text = QCoreApplication.translate(
        "HealthCheck",
        "The check of the database file at start found it damaged:\n{problem}\n\nSo that the "
        "damage does not spread, nothing more is saved into it: what it holds can still be "
        "viewed and printed. Keep the damaged file for examination and tell the Administrator.",
    ).format(problem=report.problems[0])
    if backup is None:
        return (
            text
            + "\n\n"
            + QCoreApplication.translate(
                "HealthCheck",
                "There is no verified backup to restore. Do not delete the file; ask for help.",
            )
        )
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "HealthCheck",
            "The latest verified backup was made on {date} at {time}. Restoring it brings the "
            "data back as it was then; what was entered after it must be entered again.",
        ).format(date=backup.confirmation, time=f"{backup.made_at_local:%H:%M}")
    )


def ask_about_damage(
    parent: QWidget | None, report: HealthReport, backup: BackupInfo | None
) -> bool:
    """Tell the clerk; True when they choose to restore the latest verified backup now."""
    text = damage_text(report, backup)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, parent=parent)
    restore = None
    if backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("HealthCheck", "Restore the backup…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    later = box.addButton(
        QCoreApplication.translate("HealthCheck", "View only for now"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore or later)
    box.setEscapeButton(later)
    box.exec()
    return restore is not None and box.clickedButton() is restore
