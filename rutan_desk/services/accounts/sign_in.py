"""Signing in, and changing one's own password.

A wrong password counts against the account; the third in a row locks it for 15 minutes
(``domain.accounts``), and the lock holds on every PC because it is in the database. Each
attempt is recorded in the audit trail (by the app itself: nobody is signed in yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import select

from rutan_desk.domain.accounts import LockOut, Permission, after_failure, password_errors
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.services.accounts.passwords import hash_password, needs_rehash, verify_password
from rutan_desk.services.accounts.records import AccountRecord, account_record
from rutan_desk.services.context import ActionContext, Actor, Clock, SystemClock
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow

SIGN_IN = Actor.system("masuk")  # who records a sign-in attempt


class SignInRefused(Exception):
    """Wrong login or password (which one is not said), or a locked or inactive account."""

    def __init__(self, reason: str, locked_until: datetime | None = None) -> None:
        super().__init__(reason)
        # "wrong", "locked", "inactive"; "password_change" when the password must be changed
        # first and the database is open for viewing only
        self.reason = reason
        self.locked_until = locked_until


@dataclass(frozen=True)
class SignedIn:
    account: AccountRecord
    must_change_password: bool


def sign_in(db: Database, login: str, password: str, clock: Clock | None = None) -> SignedIn:
    """Check the password of ``login``; raise SignInRefused, or return who is signed in."""
    ctx = ActionContext(db, SIGN_IN, clock or SystemClock())
    now = ctx.utc_now()
    login = login.strip().casefold()
    if db.view_only is not None:
        return _sign_in_to_view(db, login, password, now)
    with ctx.write(Permission.OWN_PASSWORD) as session:
        row = session.scalar(select(AccountRow).where(AccountRow.login == login))
        if row is None:
            verify_password(_dummy_hash(), password)  # as slow as a real check: no hint
            refused = SignInRefused("wrong")
        elif not row.active:
            refused = SignInRefused("inactive")
        elif row.locked_until is not None and now < row.locked_until:
            refused = SignInRefused("locked", row.locked_until)
        elif not verify_password(row.password_hash, password):
            state = after_failure(LockOut(row.failed_sign_ins, row.locked_until), now)
            row.failed_sign_ins, row.locked_until = state.failed, state.until
            refused = SignInRefused("locked" if state.until else "wrong", state.until)
        else:
            row.failed_sign_ins, row.locked_until = 0, None
            row.last_sign_in = now
            if needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            session.flush()
            return SignedIn(account_record(row), row.must_change_password)
    raise refused


def _sign_in_to_view(db: Database, login: str, password: str, now: datetime) -> SignedIn:
    """The same checks on a database open for viewing only, where nothing can be recorded: a
    wrong password is not counted (the lock-out cannot be written), but a locked or inactive
    account stays refused, and a password that must be changed first keeps the account out
    (it cannot be changed here)."""
    with db.read() as session:
        row = session.scalar(select(AccountRow).where(AccountRow.login == login))
        if row is None:
            verify_password(_dummy_hash(), password)
            raise SignInRefused("wrong")
        if not row.active:
            raise SignInRefused("inactive")
        if row.locked_until is not None and now < row.locked_until:
            raise SignInRefused("locked", row.locked_until)
        if not verify_password(row.password_hash, password):
            raise SignInRefused("wrong")
        if row.must_change_password:
            raise SignInRefused("password_change")
        return SignedIn(account_record(row), must_change_password=False)


def change_own_password(ctx: ActionContext, old: str, new: str) -> None:
    """The signed-in account sets a new password (a first one, or after a reset)."""
    with ctx.write(Permission.OWN_PASSWORD) as session:
        row = session.get(AccountRow, ctx.actor.account_id) if ctx.actor.account_id else None
        if row is None:
            raise ValidationError([FieldError("password", "account_unknown")])
        errors: list[FieldError] = []
        if not verify_password(row.password_hash, old):
            errors.append(FieldError("old_password", "password_wrong"))
        errors += password_errors(new, login=row.login)
        if not errors and new == old:
            errors.append(FieldError("password", "password_unchanged"))
        if errors:
            raise ValidationError(errors)
        row.password_hash = hash_password(new)
        row.must_change_password = False


@cache
def _dummy_hash() -> str:
    """A hash to check an unknown login's password against (made once, when first needed:
    hashing takes as long as checking, and start-up should not wait for it)."""
    return hash_password("no such account")
