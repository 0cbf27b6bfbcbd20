"""The incident tab's settings: the kinds of incident (a list the office keeps) and the pattern
of the incidents' own numbers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.incidents import DEFAULT_NUMBER_PATTERN
from rutan_desk.domain.numbering import NumberPatternError, check_pattern
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import name_key
from rutan_desk.services.context import ActionContext
from rutan_desk.services.validation import get_for_change, text_errors, text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.incidents import IncidentSettingsRow, IncidentTypeRow

TYPE_LIMITS = text_limits(IncidentTypeRow)
SETTINGS_ID = 1


@dataclass(frozen=True)
class IncidentType:
    id: int
    name: str
    active: bool
    sort_order: int
    version: int


@dataclass(frozen=True)
class IncidentSettings:
    number_pattern: str
    version: int  # 0: never saved (the default pattern)


def list_incident_types(db: Database, *, include_retired: bool = False) -> list[IncidentType]:
    with db.read() as session:
        query = select(IncidentTypeRow).order_by(IncidentTypeRow.sort_order, IncidentTypeRow.id)
        if not include_retired:
            query = query.where(IncidentTypeRow.active)
        return [
            IncidentType(row.id, row.name, row.active, row.sort_order, row.version)
            for row in session.scalars(query)
        ]


def save_incident_type(
    ctx: ActionContext, name: str, *, type_id: int | None = None, expected_version: int = 0
) -> int:
    """Add a kind of incident, or rename one (the records that have it follow)."""
    name = tidy(name)
    errors = text_errors("name", name, IncidentTypeRow.name, required=True)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.INCIDENT_SETUP) as session:
        duplicate = ValidationError([FieldError("name", "name_duplicate", {"name": name})])
        taken = session.scalar(
            select(IncidentTypeRow.id).where(
                IncidentTypeRow.name_key == name_key(name),
                IncidentTypeRow.id != (type_id or 0),
            )
        )
        if taken is not None:
            raise duplicate
        if type_id is None:
            last = session.scalar(select(func.max(IncidentTypeRow.sort_order))) or 0
            row = IncidentTypeRow(name=name, sort_order=last + 1, active=True)
            session.add(row)
        else:
            row = get_for_change(session, IncidentTypeRow, type_id, expected_version)
            row.name = name
        try:
            session.flush()
        except IntegrityError as error:  # another PC saved the same name meanwhile
            raise duplicate from error
        return row.id


def set_incident_type_active(
    ctx: ActionContext, type_id: int, active: bool, *, expected_version: int
) -> None:
    """Retire a kind (no longer offered for new records) or bring it back."""
    with ctx.write(Permission.INCIDENT_SETUP) as session:
        row = get_for_change(session, IncidentTypeRow, type_id, expected_version)
        row.active = active


def incident_settings(db: Database) -> IncidentSettings:
    with db.read() as session:
        row = session.get(IncidentSettingsRow, SETTINGS_ID)
        if row is None:
            return IncidentSettings(DEFAULT_NUMBER_PATTERN, 0)
        return IncidentSettings(row.number_pattern, row.version)


def number_pattern_in(session: Session) -> str:
    row = session.get(IncidentSettingsRow, SETTINGS_ID)
    return DEFAULT_NUMBER_PATTERN if row is None else row.number_pattern


def save_number_pattern(ctx: ActionContext, pattern: str, *, expected_version: int) -> None:
    """The pattern of new incidents' numbers (numbers given stay as they are)."""
    try:
        pattern = check_pattern(pattern)
    except NumberPatternError as error:
        raise ValidationError(
            [FieldError("number_pattern", error.code, dict(error.params))]
        ) from error
    errors = text_errors("number_pattern", pattern, IncidentSettingsRow.number_pattern)
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.INCIDENT_SETUP) as session:
        if expected_version == 0:
            row = session.get(IncidentSettingsRow, SETTINGS_ID)
            if row is not None:
                get_for_change(session, IncidentSettingsRow, SETTINGS_ID, expected_version)
            session.add(IncidentSettingsRow(id=SETTINGS_ID, number_pattern=pattern))
            return
        row = get_for_change(session, IncidentSettingsRow, SETTINGS_ID, expected_version)
        row.number_pattern = pattern
