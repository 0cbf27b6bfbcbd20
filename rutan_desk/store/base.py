"""The one declarative base, with a naming convention so that migrations name constraints alike
on SQLite and PostgreSQL (batch mode on SQLite cannot alter an unnamed constraint)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_now() -> datetime:
    """Naive UTC to the second: stored alike by SQLite and PostgreSQL, so it hashes alike."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
