"""The institution profile (Pengaturan → Profil Satuan Kerja) and the versions of its
letterhead.

Where the names on the letterhead come from: once a version is recorded, from the versions
(``letterhead_version``) — a document prints the version in force on its own date, and the
profile without a date shows the latest; the names kept in the profile row are the letterhead
of an installation that has recorded no version. Saving the profile writes its names to the
latest version too, so that the form always edits what is printed from then on.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.institution import (
    DEFAULT_PROFILE,
    LETTERHEAD_NAMES,
    InstitutionProfile,
    LetterheadVersion,
    PaperSize,
    letterhead_in_force,
    validate_letterhead_version,
    validate_profile,
    with_letterhead,
)
from rutan_desk.paths import resources_dir
from rutan_desk.services.context import ActionContext
from rutan_desk.services.logo_image import normalised_logo
from rutan_desk.services.validation import get_for_change, length_errors, text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.institution import InstitutionRow, LetterheadVersionRow
from rutan_desk.store.versions import check_version, stale_record_error

_TEXT_FIELDS = tuple(
    f.name for f in fields(InstitutionProfile) if f.name not in ("paper_size", "logo")
)
TEXT_LIMITS = text_limits(InstitutionRow)
DEFAULT_LOGO_FILE = "default-logo.png"


@cache
def default_logo() -> bytes:
    """The plain emblem shipped in ``resources/``: the logo of a new installation until the
    office chooses its own (or removes it) in the profile."""
    return (resources_dir() / DEFAULT_LOGO_FILE).read_bytes()


@dataclass(frozen=True)
class SavedProfile:
    profile: InstitutionProfile
    version: int  # 0 while never saved


@dataclass(frozen=True)
class SavedLetterheadVersion:
    id: int
    letterhead: LetterheadVersion
    version: int


def _profile(row: InstitutionRow) -> InstitutionProfile:
    values = {name: getattr(row, name) for name in _TEXT_FIELDS}
    return InstitutionProfile(**values, paper_size=PaperSize(row.paper_size), logo=row.logo)


def _letterhead(row: LetterheadVersionRow) -> LetterheadVersion:
    return LetterheadVersion(
        row.valid_from, **{name: getattr(row, name) for name in LETTERHEAD_NAMES}
    )


def _version_rows(session: Session) -> list[LetterheadVersionRow]:
    return list(
        session.scalars(select(LetterheadVersionRow).order_by(LetterheadVersionRow.valid_from))
    )


def get_profile(db: Database, on: date | None = None) -> InstitutionProfile:
    """The saved profile (or the defaults of a new installation) with the letterhead in force
    on ``on``, a document's own date; without ``on``, the latest letterhead."""
    saved = saved_profile(db)
    if on is None:
        return saved.profile
    with db.read() as session:
        versions = [_letterhead(row) for row in _version_rows(session)]
    in_force = letterhead_in_force(versions, on)
    return saved.profile if in_force is None else with_letterhead(saved.profile, in_force)


def saved_profile(db: Database) -> SavedProfile:
    """The profile with the version a form opens it at; its names are the latest letterhead."""
    with db.read() as session:
        row = session.get(InstitutionRow, 1)
        if row is None:
            saved = SavedProfile(replace(DEFAULT_PROFILE, logo=default_logo()), 0)
        else:
            saved = SavedProfile(_profile(row), row.version)
        versions = _version_rows(session)
        if versions:
            profile = with_letterhead(saved.profile, _letterhead(versions[-1]))
            saved = replace(saved, profile=profile)
        return saved


def save_profile(
    ctx: ActionContext, profile: InstitutionProfile, *, expected_version: int
) -> SavedProfile:
    """Save the profile a form opened at ``expected_version`` (0: never saved before); its
    letterhead names go to the latest letterhead version as well, when there is one."""
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
        if profile.logo != row.logo:
            # A new logo is decoded and bounded, and kept normalised; the one already kept is
            # left byte for byte.
            row.logo = None if profile.logo is None else normalised_logo(profile.logo)
        versions = _version_rows(session)
        if versions:
            for name in LETTERHEAD_NAMES:
                setattr(versions[-1], name, getattr(profile, name))
        session.flush()
        return SavedProfile(_profile(row), row.version)


# -- letterhead versions -----------------------------------------------------------------


def letterhead_versions(db: Database) -> list[SavedLetterheadVersion]:
    """Every letterhead version, the earliest first."""
    with db.read() as session:
        return [
            SavedLetterheadVersion(row.id, _letterhead(row), row.version)
            for row in _version_rows(session)
        ]


def _checked(
    session: Session, letterhead: LetterheadVersion, *, except_id: int | None = None
) -> LetterheadVersion:
    letterhead = letterhead.normalised()
    taken = [row.valid_from for row in _version_rows(session) if row.id != except_id]
    errors = validate_letterhead_version(letterhead, taken)
    errors += length_errors(
        LetterheadVersionRow, {name: getattr(letterhead, name) for name in LETTERHEAD_NAMES}
    )
    if errors:
        raise ValidationError(errors)
    return letterhead


def _write(row: LetterheadVersionRow, letterhead: LetterheadVersion) -> None:
    row.valid_from = letterhead.valid_from
    for name in LETTERHEAD_NAMES:
        setattr(row, name, getattr(letterhead, name))


def add_letterhead_version(
    ctx: ActionContext, letterhead: LetterheadVersion
) -> SavedLetterheadVersion:
    """Record the names in force from ``letterhead.valid_from`` (one version per date)."""
    with ctx.write(Permission.SETTINGS_EDIT) as session:
        letterhead = _checked(session, letterhead)
        row = LetterheadVersionRow()
        _write(row, letterhead)
        session.add(row)
        session.flush()
        return SavedLetterheadVersion(row.id, _letterhead(row), row.version)


def change_letterhead_version(
    ctx: ActionContext, version_id: int, letterhead: LetterheadVersion, *, expected_version: int
) -> SavedLetterheadVersion:
    """Correct a version a form opened at ``expected_version``."""
    with ctx.write(Permission.SETTINGS_EDIT) as session:
        row = get_for_change(session, LetterheadVersionRow, version_id, expected_version)
        letterhead = _checked(session, letterhead, except_id=version_id)
        _write(row, letterhead)
        session.flush()
        return SavedLetterheadVersion(row.id, _letterhead(row), row.version)


def remove_letterhead_version(
    ctx: ActionContext, version_id: int, *, expected_version: int
) -> None:
    """Take a version away: its dates fall to the version before (or, for the earliest, to the
    next). Documents already issued keep the letterhead they were printed with."""
    with ctx.write(Permission.SETTINGS_EDIT) as session:
        session.delete(get_for_change(session, LetterheadVersionRow, version_id, expected_version))
