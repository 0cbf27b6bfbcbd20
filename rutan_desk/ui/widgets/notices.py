"""Messages that many windows show in the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def warn_busy(parent: QWidget) -> None:
    """Another program holds the database; the action rolled back and can simply be repeated."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Notices", "Database busy"),
        QCoreApplication.translate(
            "Notices", "The database is in use by another program. Nothing was saved; try again."
        ),
    )
