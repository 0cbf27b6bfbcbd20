"""What every tab and dialog needs: the database handle, the paths, the acting user, the events."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from rutan_desk.paths import AppPaths
from rutan_desk.services.database import Database


class AppEvents(QObject):
    """One app-level signal: a service changed data of ``area`` ("staff", "institution", ...).
    Views reload themselves from it instead of being poked by the dialog that made the change."""

    data_changed = Signal(str)


@dataclass
class AppContext:
    db: Database
    paths: AppPaths
    actor: str
    events: AppEvents
    settings: QSettings
