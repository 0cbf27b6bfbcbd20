"""Is the database file sound? Checked once after every start, in the background.

A damaged page in the middle of the file is not noticed by what the app reads at start, and
saving may go on "succeeding" around it until a backup fails. When the check finds damage the
database stops taking writes (``Database.stop_writing``): what is there can still be read and
printed, and the latest verified backup is offered for restore.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from rutan_desk.store.engine import Database
from rutan_desk.store.errors import ViewOnlyReason
from rutan_desk.store.integrity import quick_check

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HealthReport:
    checked: bool  # False for a database server (it checks its own pages)
    problems: tuple[str, ...] = ()

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def check_database(db: Database) -> HealthReport:
    """SQLite's quick check of ``db``'s file; on damage, ``db`` stops taking writes.
    Safe to run on a worker thread (it uses a connection of its own)."""
    path = db.sqlite_path
    if path is None:
        return HealthReport(checked=False)
    problems = tuple(quick_check(path))
    if problems:
        log.error("the database file %s is damaged: %s", path, "; ".join(problems))
        db.stop_writing(ViewOnlyReason.DAMAGED)
    return HealthReport(checked=True, problems=problems)
