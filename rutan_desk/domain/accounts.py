"""Accounts, roles and what each role may do; the password and lock-out rules.

The office PC is shared between shifts: each person signs in with an account of their own, and
every change is recorded in that account's name. A role is a set of permissions; the defaults
below follow the office (the clerk enters data and prints, the Karupam signs handovers, the
Ka KPR and the Karutan acknowledge and approve, a reader only reads), and the Administrator can
change the matrix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.stored_values import has_forbidden_character


class Role(StrEnum):
    ADMINISTRATOR = "administrator"  # accounts, settings, backups and restore
    OPERATOR = "operator"  # the clerk: data entry, printing, issuing letters
    KARUPAM = "karupam"  # signs handovers
    PIMPINAN = "pimpinan"  # Ka KPR and Karutan: acknowledge handovers, approve incidents
    PEMBACA = "pembaca"  # reads only


class Permission(StrEnum):
    STAFF_EDIT = "staff.edit"
    ROSTER_EDIT = "roster.edit"  # cells, absences, swaps, planning
    ROSTER_SETUP = "roster.setup"  # regu, members, rotations, posts, shift codes, rules, piket,
    # and the calendar (holidays, alert periods)
    HANDOVER_EDIT = "handover.edit"  # fill in and save handovers, write addenda
    HANDOVER_SETUP = "handover.setup"  # blocks, inmate categories, equipment, instructions
    HANDOVER_SIGN = "handover.sign"  # hand over and receive, as oneself
    HANDOVER_ACKNOWLEDGE = "handover.acknowledge"  # as the Ka KPR or the duty officer
    INMATES_EDIT = "inmates.edit"  # the short inmate records: add, correct, merge
    INCIDENTS_EDIT = "incidents.edit"  # file incidents, move them on, write supplements
    INCIDENTS_APPROVE = "incidents.approve"  # approve an incident report, as oneself
    INCIDENT_SETUP = "incidents.setup"  # kinds of incident, the incidents' number pattern
    AGREEMENTS_EDIT = "agreements.edit"  # partners, agreements, obligations, coordination
    AGREEMENT_SETUP = "agreements.setup"  # the window of the expiry warnings
    PAPER_RECORD = "paper.record"  # record what was signed on paper, with its scan
    DOCUMENTS_ISSUE = "documents.issue"
    DOCUMENTS_CANCEL = "documents.cancel"
    SETTINGS_EDIT = "settings.edit"  # institution profile, letterhead, numbering
    ACCOUNTS_MANAGE = "accounts.manage"  # accounts and the permission matrix
    AUDIT_VIEW = "audit.view"
    BACKUP_MAKE = "backup.make"
    BACKUP_RESTORE = "backup.restore"
    # Every signed-in account: changing one's own password (not in the matrix).
    OWN_PASSWORD = "own.password"


DEFAULT_MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(
        {
            Permission.ACCOUNTS_MANAGE,
            Permission.SETTINGS_EDIT,
            Permission.ROSTER_SETUP,
            Permission.HANDOVER_SETUP,
            Permission.INCIDENT_SETUP,
            Permission.AGREEMENT_SETUP,
            Permission.AUDIT_VIEW,
            Permission.BACKUP_MAKE,
            Permission.BACKUP_RESTORE,
        }
    ),
    Role.OPERATOR: frozenset(
        {
            Permission.STAFF_EDIT,
            Permission.ROSTER_EDIT,
            Permission.ROSTER_SETUP,
            Permission.HANDOVER_EDIT,
            Permission.HANDOVER_SETUP,
            Permission.PAPER_RECORD,
            Permission.DOCUMENTS_ISSUE,
            Permission.DOCUMENTS_CANCEL,
            Permission.BACKUP_MAKE,
            Permission.INMATES_EDIT,
            Permission.INCIDENTS_EDIT,
            Permission.INCIDENT_SETUP,
            Permission.AGREEMENTS_EDIT,
            Permission.AGREEMENT_SETUP,
        }
    ),
    Role.KARUPAM: frozenset(
        {
            Permission.HANDOVER_EDIT,
            Permission.HANDOVER_SIGN,
            Permission.INMATES_EDIT,
            Permission.INCIDENTS_EDIT,
        }
    ),
    Role.PIMPINAN: frozenset(
        {Permission.HANDOVER_ACKNOWLEDGE, Permission.INCIDENTS_APPROVE, Permission.AUDIT_VIEW}
    ),
    Role.PEMBACA: frozenset(),
}

# The permissions no matrix may take from the Administrator: otherwise nobody could give
# them back.
ADMINISTRATOR_KEEPS = frozenset({Permission.ACCOUNTS_MANAGE})

MAX_FAILED_SIGN_INS = 3
LOCK_OUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
# The longest the idle lock may wait (four hours, a shift's half): a longer wait is no lock,
# and minutes beyond Qt's 32-bit timer (about 35,000) would overflow it.
MAX_IDLE_MINUTES = 240
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


@dataclass(frozen=True)
class LockOut:
    """The state of an account's sign-in attempts."""

    failed: int
    until: datetime | None  # locked until this moment (UTC), or not locked

    def locked_at(self, now: datetime) -> bool:
        return self.until is not None and now < self.until


def after_failure(state: LockOut, now: datetime) -> LockOut:
    """One more wrong password: the account is locked for ``LOCK_OUT`` at the third, and the
    count starts again once the lock has passed."""
    failed = 1 if state.until is not None and now >= state.until else state.failed + 1
    if failed >= MAX_FAILED_SIGN_INS:
        return LockOut(0, now + LOCK_OUT)
    return LockOut(failed, None)


def login_errors(login: str) -> list[FieldError]:
    if not login:
        return [FieldError("login", "field_required")]
    if not _LOGIN.match(login):
        return [FieldError("login", "login_invalid")]
    return []


def password_errors(password: str, *, login: str = "") -> list[FieldError]:
    """A password people can type and others cannot guess: long enough, not the login, not
    one character repeated. A control character or a lone surrogate is refused: no keyboard
    types one, and a surrogate cannot even be encoded for hashing."""
    if has_forbidden_character(password):
        return [FieldError("password", "control_characters")]
    if len(password) < MIN_PASSWORD_LENGTH:
        return [FieldError("password", "password_too_short", {"min": MIN_PASSWORD_LENGTH})]
    if login and password.casefold() == login.casefold():
        return [FieldError("password", "password_is_login")]
    if len(set(password)) < 4:
        return [FieldError("password", "password_too_simple")]
    return []
