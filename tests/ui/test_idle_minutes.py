"""The idle lock's minutes come from the settings file, which may hold anything: a number
beyond the accounts dialog's bound (or beyond Qt's 32-bit timer) waits the longest allowed,
a negative one means never, a word means the default."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rutan_desk.domain.accounts import MAX_IDLE_MINUTES
from rutan_desk.ui.session import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY, idle_minutes


@pytest.mark.parametrize(
    ("stored", "minutes"),
    [
        ("30", 30),
        (str(MAX_IDLE_MINUTES), MAX_IDLE_MINUTES),
        (str(MAX_IDLE_MINUTES + 1), MAX_IDLE_MINUTES),
        (str(2**63), MAX_IDLE_MINUTES),
        ("-5", 0),
        ("lima belas", DEFAULT_IDLE_MINUTES),
    ],
)
def test_idle_minutes_are_clamped_to_the_dialogs_bound(
    tmp_path: Path, stored: str, minutes: int
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(IDLE_MINUTES_KEY, stored)
    assert idle_minutes(settings) == minutes
