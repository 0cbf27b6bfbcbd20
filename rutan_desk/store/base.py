"""The one declarative base, with a naming convention so that migrations name constraints alike
on SQLite and PostgreSQL (batch mode on SQLite cannot alter an unnamed constraint).

Every mapped class says which area of the app it belongs to (``__area__``, for the change sets
the UI refreshes from) and is audited by the store unless it says otherwise (``__audited__``).
The lines of a record that is edited as a whole (the counts of a handover) name their parent
(``__audit_parent__``): their changes are recorded in the parent's audit entry and raise the
parent's version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import Integer, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from rutan_desk.domain.changes import Area

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    __area__: ClassVar[Area | None] = None
    __audited__: ClassVar[bool] = True
    # The foreign-key column naming the record this row is a line of (None: a record itself).
    __audit_parent__: ClassVar[str | None] = None
    # Columns whose values the audit trail does not show, only whether they changed.
    __audit_redacted__: ClassVar[frozenset[str]] = frozenset()


class Versioned:
    """A record that users edit. Its version goes up with every change; an UPDATE or DELETE
    made from an older version matches no row and is refused (SQLAlchemy's version counter),
    and services compare the version a form was opened with before they write."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def utc_now() -> datetime:
    """Naive UTC to the second: stored alike by SQLite and PostgreSQL, so it hashes alike."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
