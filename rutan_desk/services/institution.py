"""The institution profile (Pengaturan → Profil Satuan Kerja)."""

from __future__ import annotations

from dataclasses import fields

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.institution import (
    DEFAULT_PROFILE,
    InstitutionProfile,
    PaperSize,
    validate_profile,
)
from rutan_desk.services.snapshots import snapshot
from rutan_desk.store.audit import record_change
from rutan_desk.store.engine import Database
from rutan_desk.store.models.institution import InstitutionRow

ENTITY = "institution_profile"
_TEXT_FIELDS = tuple(
    f.name for f in fields(InstitutionProfile) if f.name not in ("paper_size", "logo")
)


def _profile(row: InstitutionRow) -> InstitutionProfile:
    values = {name: getattr(row, name) for name in _TEXT_FIELDS}
    return InstitutionProfile(**values, paper_size=PaperSize(row.paper_size), logo=row.logo)


def get_profile(db: Database) -> InstitutionProfile:
    """The saved profile, or the defaults for a new installation."""
    with db.read() as session:
        row = session.get(InstitutionRow, 1)
        return DEFAULT_PROFILE if row is None else _profile(row)


def save_profile(db: Database, actor: str, profile: InstitutionProfile) -> InstitutionProfile:
    profile = profile.normalised()
    errors = validate_profile(profile)
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        row = session.get(InstitutionRow, 1)
        created = row is None
        if row is None:
            row = InstitutionRow(id=1)
            session.add(row)
            before = None
        else:
            before = snapshot(row)
        for name in _TEXT_FIELDS:
            setattr(row, name, getattr(profile, name))
        row.paper_size = profile.paper_size.value
        row.logo = profile.logo
        session.flush()
        after = snapshot(row)
        if after != before:
            record_change(
                session,
                actor=actor,
                entity=ENTITY,
                entity_id=1,
                action="create" if created else "update",
                before=before,
                after=after,
            )
        return _profile(row)
