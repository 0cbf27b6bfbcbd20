"""Managing accounts and the permission matrix (the Administrator), and the first
administrator of a new database."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import (
    ADMINISTRATOR_KEEPS,
    DEFAULT_MATRIX,
    Permission,
    Role,
    login_errors,
    password_errors,
)
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.staff import tidy
from rutan_desk.services.accounts.passwords import hash_password
from rutan_desk.services.accounts.records import AccountRecord, account_record
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.validation import get_for_change, text_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow, RolePermissionRow
from rutan_desk.store.models.staff import StaffRow

FIRST_START = Actor.system("pemasangan")  # who creates the first administrator


def _checked(login: str, display_name: str, password: str | None, *, new: bool) -> tuple[str, str]:
    login, display_name = login.strip().casefold(), tidy(display_name)
    errors = login_errors(login) if new else []
    errors += text_errors("display_name", display_name, AccountRow.display_name, required=True)
    if password is not None:
        errors += password_errors(password, login=login)
    if errors:
        raise ValidationError(errors)
    return login, display_name


def create_first_administrator(
    db: Database, login: str, display_name: str, password: str
) -> AccountRecord:
    """The first account of a new database: an Administrator who chose their own password.
    Refused once any account exists (nothing has a default password)."""
    login, display_name = _checked(login, display_name, password, new=True)
    ctx = ActionContext(db, FIRST_START)
    with ctx.write(Permission.ACCOUNTS_MANAGE) as session:
        if session.scalar(select(func.count()).select_from(AccountRow)):
            raise ValidationError([FieldError("login", "accounts_exist")])
        row = AccountRow(
            login=login,
            display_name=display_name,
            role=Role.ADMINISTRATOR.value,
            password_hash=hash_password(password),
            must_change_password=False,
            active=True,
        )
        session.add(row)
        session.flush()
        return account_record(row)


def create_account(
    ctx: ActionContext,
    login: str,
    display_name: str,
    role: Role,
    temporary_password: str,
    *,
    staff_id: int | None = None,
) -> AccountRecord:
    """A new account with a temporary password, to be changed at its first sign-in."""
    login, display_name = _checked(login, display_name, temporary_password, new=True)
    try:
        with ctx.write(Permission.ACCOUNTS_MANAGE) as session:
            if session.scalar(select(AccountRow.id).where(AccountRow.login == login)):
                raise ValidationError([FieldError("login", "login_duplicate", {"login": login})])
            _check_staff(session, staff_id)
            row = AccountRow(
                login=login,
                display_name=display_name,
                role=role.value,
                staff_id=staff_id,
                password_hash=hash_password(temporary_password),
                must_change_password=True,
                active=True,
            )
            session.add(row)
            session.flush()
            return account_record(row)
    except IntegrityError as error:  # another PC took the login meanwhile
        raise ValidationError([FieldError("login", "login_duplicate", {"login": login})]) from error


def update_account(
    ctx: ActionContext,
    account_id: int,
    *,
    display_name: str,
    role: Role,
    staff_id: int | None,
    active: bool,
    expected_version: int,
) -> AccountRecord:
    """Change an account's name, role, linked person or whether it may sign in. The last
    active Administrator stays one (someone must be able to manage accounts)."""
    _, display_name = _checked("", display_name, None, new=False)
    with ctx.write(Permission.ACCOUNTS_MANAGE) as session:
        row = get_for_change(session, AccountRow, account_id, expected_version)
        _check_staff(session, staff_id)
        if row.role == Role.ADMINISTRATOR.value and (role != Role.ADMINISTRATOR or not active):
            _keep_an_administrator(
                session, row.id, "role" if role != Role.ADMINISTRATOR else "active"
            )
        row.display_name, row.role, row.staff_id, row.active = (
            display_name,
            role.value,
            staff_id,
            active,
        )
        session.flush()
        return account_record(row)


def reset_password(
    ctx: ActionContext, account_id: int, temporary_password: str, *, expected_version: int
) -> None:
    """Give a temporary password (the person forgot theirs); it must be changed at the next
    sign-in. A lock-out ends with it."""
    with ctx.write(Permission.ACCOUNTS_MANAGE) as session:
        row = get_for_change(session, AccountRow, account_id, expected_version)
        errors = password_errors(temporary_password, login=row.login)
        if errors:
            raise ValidationError(errors)
        row.password_hash = hash_password(temporary_password)
        row.must_change_password = True
        row.failed_sign_ins, row.locked_until = 0, None


def set_role_permissions(ctx: ActionContext, role: Role, permissions: Iterable[Permission]) -> None:
    """What ``role`` may do from now on (on every PC, at the next action)."""
    set_permission_matrix(ctx, {role: permissions})


def set_permission_matrix(ctx: ActionContext, changes: Mapping[Role, Iterable[Permission]]) -> None:
    """What each role in ``changes`` may do from now on, saved as one action: either every
    changed role is saved or none is. The Administrator keeps the right to manage accounts."""
    wanted: dict[Role, set[Permission]] = {
        role: {p for p in permissions if p is not Permission.OWN_PASSWORD}
        for role, permissions in changes.items()
    }
    administrator = wanted.get(Role.ADMINISTRATOR)
    if administrator is not None and not administrator >= ADMINISTRATOR_KEEPS:
        raise ValidationError([FieldError("permissions", "administrator_keeps_accounts")])
    with ctx.write(Permission.ACCOUNTS_MANAGE) as session:
        for role, permissions in wanted.items():
            _set_role_in(session, role, permissions)


def grant_own_role(ctx: ActionContext, permissions: Iterable[Permission]) -> frozenset[Permission]:
    """Add ``permissions`` to the role of the signed-in account (a one-clerk office's
    Administrator also does the Operator's setting up); returns those it did not have. Like
    every change of the matrix it needs the right to manage accounts, and is audited."""
    with ctx.write(Permission.ACCOUNTS_MANAGE) as session:
        account = session.get(AccountRow, ctx.actor.account_id) if ctx.actor.account_id else None
        if account is None:
            raise NotFoundError(f"account of {ctx.actor.audit_name}")
        role = Role(account.role)
        held = set(
            session.scalars(
                select(RolePermissionRow.permission).where(RolePermissionRow.role == role.value)
            )
        )
        added = frozenset(p for p in permissions if p.value not in held)
        for permission in sorted(added):
            session.add(RolePermissionRow(role=role.value, permission=permission.value))
        return added


def _set_role_in(session: Session, role: Role, wanted: set[Permission]) -> None:
    existing = {
        row.permission: row
        for row in session.scalars(
            select(RolePermissionRow).where(RolePermissionRow.role == role.value)
        )
    }
    names = {p.value for p in wanted}
    for name, row in existing.items():
        if name not in names:
            session.delete(row)
    for permission in sorted(wanted):
        if permission.value not in existing:
            session.add(RolePermissionRow(role=role.value, permission=permission.value))


def default_matrix_rows() -> list[dict[str, str]]:
    """The matrix a new database starts with (the migration writes these rows)."""
    return [
        {"role": role.value, "permission": permission.value}
        for role, permissions in DEFAULT_MATRIX.items()
        for permission in sorted(permissions)
    ]


def _check_staff(session: Session, staff_id: int | None) -> None:
    if staff_id is not None and session.get(StaffRow, staff_id) is None:
        raise NotFoundError(f"staff {staff_id}")


def _keep_an_administrator(session: Session, leaving_id: int, field: str) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(AccountRow)
        .where(
            AccountRow.role == Role.ADMINISTRATOR.value,
            AccountRow.active,
            AccountRow.id != leaving_id,
        )
    )
    if not others:
        raise ValidationError([FieldError(field, "last_administrator")])
