"""Checks every service applies alike: text against the length of its column (read from the
model, so there is one source for a limit) and against control characters (the rule of
domain/stored_values, which the store's guard applies to every flush as well), required text,
and the version a form was opened with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import String, Text
from sqlalchemy.orm import InstrumentedAttribute, Session

from rutan_desk.domain.errors import FieldError, NotFoundError
from rutan_desk.domain.stored_values import character_errors
from rutan_desk.store.base import Base, Versioned
from rutan_desk.store.versions import check_version


def max_length(column: InstrumentedAttribute[Any]) -> int | None:
    """The column's length, or None for unlimited text."""
    kind = column.property.columns[0].type
    return kind.length if isinstance(kind, String) else None


def text_limits(model: type[Base]) -> dict[str, int]:
    """Attribute name → length of every limited text column of ``model`` (for the forms'
    maximum lengths, which come from here and not from a copy of the number)."""
    limits: dict[str, int] = {}
    for attr in model.__mapper__.column_attrs:
        kind = attr.columns[0].type
        if isinstance(kind, String) and kind.length:
            limits[attr.key] = kind.length
    return limits


def text_errors(
    field: str, value: str | None, column: InstrumentedAttribute[Any], *, required: bool = False
) -> list[FieldError]:
    """``field_required`` for required text left empty, ``text_too_long`` beyond the column,
    ``control_characters`` for a character no stored text may hold."""
    text = value or ""
    if required and not text.strip():
        return [FieldError(field, "field_required")]
    limit = max_length(column)
    if limit is not None and len(text) > limit:
        return [FieldError(field, "text_too_long", {"max": limit})]
    return character_errors(field, text, multiline=_multiline(column))


def _multiline(column: InstrumentedAttribute[Any]) -> bool:
    return isinstance(column.property.columns[0].type, Text)


def length_errors(
    model: type[Base], values: Mapping[str, str | None], *, fields: Mapping[str, str] | None = None
) -> list[FieldError]:
    """``text_too_long`` for each value longer than the column of the same name,
    ``control_characters`` for one holding a character no stored text may hold (``fields``
    maps a column to the name of the form field it is shown in, where they differ)."""
    limits = text_limits(model)
    columns = model.__mapper__.columns
    errors: list[FieldError] = []
    for name, value in values.items():
        if value is None:
            continue
        field = (fields or {}).get(name, name)
        limit = limits.get(name)
        if limit is not None and len(value) > limit:
            errors.append(FieldError(field, "text_too_long", {"max": limit}))
            continue
        multiline = name in columns and isinstance(columns[name].type, Text)
        errors += character_errors(field, value, multiline=multiline)
    return errors


RowT = TypeVar("RowT", bound=Base)


def get_for_change(
    session: Session, model: type[RowT], record_id: int, expected_version: int
) -> RowT:
    """The row to change, refused when it was removed or changed since the form read it."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFoundError(f"{model.__tablename__} {record_id}")
    assert isinstance(row, Versioned)
    check_version(session, row, expected_version)
    return row
