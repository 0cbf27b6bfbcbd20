"""What every tab and dialog needs: the database handle, the paths, who acts, the clock, the
app's events and its settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from rutan_desk.paths import AppPaths
from rutan_desk.services.context import ActionContext, Actor, Clock, SystemClock
from rutan_desk.services.database import Database


class AppEvents(QObject):
    """App-level signals. ``changed``: an operation committed and this is what it changed (a
    ``ChangeSet``). Views refresh themselves from it instead of being poked by the dialog that
    made the change; each tab says in the tab registry which areas it listens to.
    ``reopen_requested``: the database's content was replaced (a backup was restored): the app
    closes its window and opens the database anew."""

    changed = Signal(object)
    reopen_requested = Signal()


@dataclass
class AppContext:
    db: Database
    paths: AppPaths
    actor: Actor
    events: AppEvents
    settings: QSettings
    clock: Clock = field(default_factory=SystemClock)

    def action(self) -> ActionContext:
        """A fresh context for one service call (its change set starts empty)."""
        return ActionContext(self.db, self.actor, self.clock)

    def today(self) -> date:
        """Today in the office (Asia/Jakarta)."""
        return self.action().today()
