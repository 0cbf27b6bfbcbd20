"""The action context every service call takes: the database, who acts and the clock.

A writing service opens its one transaction with ``ctx.write(permission)``: the permission is
checked there, against the account's role and the matrix in the database (so a changed matrix,
a deactivated or locked account takes effect at once, on every PC), and a service cannot write
without naming what it needs. The store audits what it writes in the actor's name and hands
back the change set, which the context collects in ``ctx.changes`` for the caller (the UI's
operation runner announces it). "Now" and "today" come from the clock, so a test can fix the
time without patching anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.changes import NO_CHANGES, ChangeSet
from rutan_desk.domain.formatting import WIB_OFFSET
from rutan_desk.services.errors import PermissionDeniedError
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow, RolePermissionRow


class ActorKind(StrEnum):
    OS_USER = "os"  # the login of the computer (changes made before the app had accounts)
    ACCOUNT = "akun"  # an account of the app
    SYSTEM = "sistem"  # the app itself: the demo, a scheduled backup, a sign-in attempt


@dataclass(frozen=True)
class Actor:
    """Who acts. The audit trail records ``audit_name``, so a change made under the computer's
    login is never mistaken for one made by an account of the same name."""

    kind: ActorKind
    login: str
    display_name: str = ""
    staff_id: int | None = None  # the person of the staff registry the account stands for
    account_id: int | None = None

    @property
    def audit_name(self) -> str:
        return f"{self.kind.value}:{self.login}"

    @property
    def label(self) -> str:
        return self.display_name or self.login

    @classmethod
    def system(cls, name: str) -> Actor:
        return cls(ActorKind.SYSTEM, name)


def require(session: Session, actor: Actor, permission: Permission, *, now: datetime) -> None:
    """Raise PermissionDeniedError unless ``actor`` may do what ``permission`` covers now: the
    app itself may; an account must exist, be active, not be locked out, have set its own
    password, and have a role that holds the permission in the matrix."""
    if actor.kind == ActorKind.SYSTEM:
        return
    account = session.get(AccountRow, actor.account_id) if actor.account_id else None
    if account is None or not account.active or account.login != actor.login:
        raise PermissionDeniedError(permission, _holders(session, permission), signed_in=False)
    if account.locked_until is not None and now < account.locked_until:
        raise PermissionDeniedError(permission, _holders(session, permission), signed_in=False)
    if account.must_change_password and permission is not Permission.OWN_PASSWORD:
        raise PermissionDeniedError(permission, (), password_change=True)
    if permission is Permission.OWN_PASSWORD:
        return
    allowed = session.scalar(
        select(RolePermissionRow.role).where(
            RolePermissionRow.role == account.role,
            RolePermissionRow.permission == permission.value,
        )
    )
    if allowed is None:
        raise PermissionDeniedError(permission, _holders(session, permission))


def _holders(session: Session, permission: Permission) -> tuple[Role, ...]:
    """The roles that hold ``permission`` in the matrix, for the refusal to name."""
    roles = session.scalars(
        select(RolePermissionRow.role).where(RolePermissionRow.permission == permission.value)
    )
    return tuple(Role(role) for role in sorted(roles))


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

    def on_morning_of(self, day: date) -> ActionContext:
        """The same actor on the same database at midnight (WIB) starting ``day``: the demo
        and the bench replay what an office did at the time, e.g. plan a month before it
        begins (planning never changes a day that has passed)."""
        midnight = datetime.combine(day, datetime.min.time()) - WIB_OFFSET
        return ActionContext(self.db, self.actor, FixedClock(midnight.replace(tzinfo=UTC)))

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def write(self, permission: Permission) -> Iterator[Session]:
        """The one transaction of a writing service, allowed by ``permission`` and audited in
        the actor's name. Refused with PermissionDeniedError before anything is written."""
        with self.db.write(
            self.actor.audit_name, at=self.utc_now(), on_commit=self._committed
        ) as session:
            require(session, self.actor, permission, now=self.utc_now())
            yield session

    def check(self, permission: Permission) -> None:
        """Refuse a reading that needs ``permission`` (the audit trail, say)."""
        with self.db.read() as session:
            require(session, self.actor, permission, now=self.utc_now())

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
