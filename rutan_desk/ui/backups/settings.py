"""The second backup folder (a USB disk), a setting of this PC (QSettings), read at start-up
for the daily backup without loading the Backups screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SECOND_DIR_KEY = "backups/second_dir"


def second_dir(settings: QSettings) -> Path | None:
    """The second folder set on this PC, or None."""
    value = settings.value(SECOND_DIR_KEY, "")
    text = str(value).strip() if value else ""
    return Path(text) if text else None


def set_second_dir(settings: QSettings, folder: Path | None) -> None:
    settings.setValue(SECOND_DIR_KEY, str(folder) if folder is not None else "")
    settings.sync()
