"""The words for a database open for viewing only: why, and what the clerk can do about it.
One place, so that the start-up question, the window's status bar and a refused save say the
same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rutan_desk.services.errors import ViewOnlyReason


def view_only_reason_text(reason: ViewOnlyReason) -> str:
    """Why nothing can be saved, and what to do (one or two sentences)."""
    texts = {
        ViewOnlyReason.FOLDER_READ_ONLY: QCoreApplication.translate(
            "ViewOnly",
            "The database's folder cannot be written to (read-only or no permission). Ask the "
            "administrator of this PC for permission to write there, then start Rutan Desk "
            "again.",
        ),
        ViewOnlyReason.FILE_READ_ONLY: QCoreApplication.translate(
            "ViewOnly",
            "The database file is write-protected (read-only). Ask the administrator of this "
            "PC to remove the protection, then start Rutan Desk again.",
        ),
        ViewOnlyReason.DISK_FULL: QCoreApplication.translate(
            "ViewOnly",
            "The disk is full. Free some space (empty the recycle bin, move old files "
            "elsewhere), then start Rutan Desk again.",
        ),
        ViewOnlyReason.DAMAGED: QCoreApplication.translate(
            "ViewOnly",
            "The database file is damaged. Restore the latest verified backup (File → Backups "
            "and restore) and keep the damaged file for examination.",
        ),
    }
    return texts[reason]


def view_only_refusal_text(reason: ViewOnlyReason) -> str:
    """A save refused because the database is open for viewing only."""
    return (
        QCoreApplication.translate(
            "ViewOnly", "The database is open for viewing only: nothing was saved."
        )
        + " "
        + view_only_reason_text(reason)
    )


def view_only_badge() -> str:
    """The few words the window shows while nothing can be saved."""
    return QCoreApplication.translate("ViewOnly", "VIEW ONLY — nothing can be saved")
