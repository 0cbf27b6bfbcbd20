"""Reading accounts and the permission matrix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.errors import NotFoundError
from rutan_desk.services.context import ActionContext, Actor, ActorKind
from rutan_desk.services.errors import PermissionDeniedError
from rutan_desk.services.validation import text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow, RolePermissionRow
from rutan_desk.store.models.staff import StaffRow

TEXT_LIMITS = text_limits(AccountRow)


@dataclass(frozen=True)
class AccountRecord:
    id: int
    login: str
    display_name: str
    role: Role
    staff_id: int | None
    staff_name: str  # the linked person's name, "" when not linked
    must_change_password: bool
    locked_until: datetime | None
    last_sign_in: datetime | None
    active: bool
    version: int

    def actor(self) -> Actor:
        """Who acts when this account is signed in."""
        return Actor(
            ActorKind.ACCOUNT, self.login, self.display_name, self.staff_id, account_id=self.id
        )


def account_record(row: AccountRow, staff_name: str = "") -> AccountRecord:
    return AccountRecord(
        row.id,
        row.login,
        row.display_name,
        Role(row.role),
        row.staff_id,
        staff_name,
        row.must_change_password,
        row.locked_until,
        row.last_sign_in,
        row.active,
        row.version,
    )


def has_accounts(db: Database) -> bool:
    """Whether anyone can sign in yet (a new database asks for its first administrator)."""
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(AccountRow)))


def active_logins(db: Database) -> list[str]:
    """The logins offered on the sign-in screen of a shared PC."""
    with db.read() as session:
        return list(
            session.scalars(
                select(AccountRow.login).where(AccountRow.active).order_by(AccountRow.login)
            )
        )


def list_accounts(ctx: ActionContext) -> list[AccountRecord]:
    """Every account, for the Administrator."""
    ctx.check(Permission.ACCOUNTS_MANAGE)
    with ctx.read() as session:
        rows = session.execute(
            select(AccountRow, StaffRow.name)
            .outerjoin(StaffRow, StaffRow.id == AccountRow.staff_id)
            .order_by(AccountRow.login)
        ).all()
        return [account_record(row, name or "") for row, name in rows]


def get_account(db: Database, account_id: int) -> AccountRecord:
    with db.read() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            raise NotFoundError(f"account {account_id}")
        person = session.get(StaffRow, row.staff_id) if row.staff_id else None
        return account_record(row, person.name if person else "")


def permission_matrix(db: Database) -> dict[Role, frozenset[Permission]]:
    """What each role may do now."""
    with db.read() as session:
        matrix: dict[Role, set[Permission]] = {role: set() for role in Role}
        for role, permission in session.execute(
            select(RolePermissionRow.role, RolePermissionRow.permission)
        ):
            if permission in Permission._value2member_map_:
                matrix[Role(role)].add(Permission(permission))
        return {role: frozenset(found) for role, found in matrix.items()}


def may(db: Database, actor: Actor, permission: Permission) -> bool:
    """Whether ``actor`` holds ``permission`` (for enabling the UI's actions; the services
    check again when they write)."""
    try:
        ActionContext(db, actor).check(permission)
    except PermissionDeniedError:
        return False
    return True
