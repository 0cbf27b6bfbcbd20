"""The agreements' setting: how many days before its last day an agreement is warned of
(one row, absent until first changed, like the Kamtib settings)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.agreements import DEFAULT_WARNING_DAYS, warning_days_errors
from rutan_desk.domain.errors import ValidationError
from rutan_desk.services.agreements.forms import AgreementSettings
from rutan_desk.services.context import ActionContext
from rutan_desk.services.validation import get_for_change
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import AgreementSettingsRow

SETTINGS_ID = 1


def agreement_settings(db: Database) -> AgreementSettings:
    with db.read() as session:
        row = session.get(AgreementSettingsRow, SETTINGS_ID)
        if row is None:
            return AgreementSettings(DEFAULT_WARNING_DAYS, 0)
        return AgreementSettings(row.warning_days, row.version)


def warning_days_in(session: Session) -> int:
    row = session.get(AgreementSettingsRow, SETTINGS_ID)
    return DEFAULT_WARNING_DAYS if row is None else row.warning_days


def save_warning_days(ctx: ActionContext, days: int, *, expected_version: int) -> None:
    """The warning window in days (``expected_version`` 0: the default, never saved)."""
    errors = warning_days_errors(days)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.AGREEMENT_SETUP) as session:
        if expected_version == 0:
            row = session.get(AgreementSettingsRow, SETTINGS_ID)
            if row is not None:  # saved by someone else meanwhile: refused as stale
                get_for_change(session, AgreementSettingsRow, SETTINGS_ID, expected_version)
            session.add(AgreementSettingsRow(id=SETTINGS_ID, warning_days=days))
            return
        row = get_for_change(session, AgreementSettingsRow, SETTINGS_ID, expected_version)
        row.warning_days = days
