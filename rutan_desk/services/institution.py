"""The institution profile (Pengaturan → Profil Satuan Kerja)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.institution import (
    DEFAULT_PROFILE,
    InstitutionProfile,
    PaperSize,
    validate_profile,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.validation import length_errors, text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.institution import InstitutionRow
from rutan_desk.store.versions import check_version, stale_record_error

_TEXT_FIELDS = tuple(
    f.name for f in fields(InstitutionProfile) if f.name not in ("paper_size", "logo")
)
TEXT_LIMITS = text_limits(InstitutionRow)


@dataclass(frozen=True)
class SavedProfile:
    profile: InstitutionProfile
    version: int  # 0 while never saved


def _profile(row: InstitutionRow) -> InstitutionProfile:
    values = {name: getattr(row, name) for name in _TEXT_FIELDS}
    return InstitutionProfile(**values, paper_size=PaperSize(row.paper_size), logo=row.logo)


def get_profile(db: Database) -> InstitutionProfile:
    """The saved profile, or the defaults for a new installation."""
    return saved_profile(db).profile


def saved_profile(db: Database) -> SavedProfile:
    """The profile with the version a form opens it at."""
    with db.read() as session:
        row = session.get(InstitutionRow, 1)
        if row is None:
            return SavedProfile(DEFAULT_PROFILE, 0)
        return SavedProfile(_profile(row), row.version)


def save_profile(
    ctx: ActionContext, profile: InstitutionProfile, *, expected_version: int
) -> SavedProfile:
    """Save the profile a form opened at ``expected_version`` (0: never saved before)."""
    profile = profile.normalised()
    errors = validate_profile(profile)
    errors += length_errors(InstitutionRow, {name: getattr(profile, name) for name in _TEXT_FIELDS})
    if errors:
        raise ValidationError(errors)
    with ctx.write(Permission.SETTINGS_EDIT) as session:
        row = session.get(InstitutionRow, 1)
        if row is None:
            if expected_version != 0:
                raise stale_record_error(session, "institution_profile", 1, expected_version)
            row = InstitutionRow(id=1)
            session.add(row)
        else:
            check_version(session, row, expected_version)
        for name in _TEXT_FIELDS:
            setattr(row, name, getattr(profile, name))
        row.paper_size = profile.paper_size.value
        row.logo = profile.logo
        session.flush()
        return SavedProfile(_profile(row), row.version)
