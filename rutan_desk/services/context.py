"""The action context every service call takes: the database, who acts and the clock.

A writing service opens its one transaction with ``ctx.write()``; the store audits what it
writes in the actor's name and hands back the change set, which the context collects in
``ctx.changes`` for the caller (the UI's operation runner announces it). "Now" and "today" come
from the clock, so a test can fix the time without patching anything.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy.orm import Session

from rutan_desk.domain.changes import NO_CHANGES, ChangeSet
from rutan_desk.domain.formatting import WIB_OFFSET
from rutan_desk.store.engine import Database


class ActorKind(StrEnum):
    OS_USER = "os"  # the login of the computer, until the app has accounts of its own
    ACCOUNT = "akun"  # an account of the app
    SYSTEM = "sistem"  # the app itself: the demo, a maintenance task


@dataclass(frozen=True)
class Actor:
    """Who acts. The audit trail records ``audit_name``, so a change made under the computer's
    login is never mistaken for one made by an account of the same name."""

    kind: ActorKind
    login: str
    display_name: str = ""
    staff_id: int | None = None

    @property
    def audit_name(self) -> str:
        return f"{self.kind.value}:{self.login}"

    @property
    def label(self) -> str:
        return self.display_name or self.login

    @classmethod
    def os_user(cls) -> Actor:
        try:
            login = getpass.getuser()
        except (OSError, KeyError):
            login = "unknown"
        return cls(ActorKind.OS_USER, login)

    @classmethod
    def system(cls, name: str) -> Actor:
        return cls(ActorKind.SYSTEM, name)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(frozen=True)
class FixedClock:
    """Always the same moment: for tests and for replaying a day (the demo)."""

    moment: datetime

    def now(self) -> datetime:
        if self.moment.tzinfo is None:
            raise ValueError("a fixed clock needs a timezone-aware moment")
        return self.moment


@dataclass
class ActionContext:
    db: Database
    actor: Actor
    clock: Clock = field(default_factory=SystemClock)
    # The change sets of the transactions committed through this context, merged when asked.
    _committed_changes: list[ChangeSet] = field(default_factory=list, repr=False)

    # -- time -----------------------------------------------------------------------------
    def utc_now(self) -> datetime:
        """Naive UTC to the second: how record times are stored."""
        return self.clock.now().astimezone(UTC).replace(tzinfo=None, microsecond=0)

    def wib_now(self) -> datetime:
        """The wall-clock time in Asia/Jakarta (no daylight saving), as the report book
        writes it."""
        return self.utc_now() + WIB_OFFSET

    def today(self) -> date:
        """Today in Asia/Jakarta: the day of the office, whatever the PC's zone."""
        return self.wib_now().date()

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Session]:
        """The one transaction of a writing service, audited in the actor's name."""
        with self.db.write(
            self.actor.audit_name, at=self.utc_now(), on_commit=self._committed
        ) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    def _committed(self, changes: ChangeSet) -> None:
        if not changes.empty:
            self._committed_changes.append(changes)

    @property
    def changes(self) -> ChangeSet:
        """What this context's committed writes changed."""
        merged = NO_CHANGES
        for changes in self._committed_changes:
            merged = merged | changes
        return merged

    def take_changes(self) -> ChangeSet:
        """The changes collected so far, and start collecting afresh."""
        changes = self.changes
        self._committed_changes.clear()
        return changes
