"""Plain-dict pictures of rows for the audit trail's before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect

from rutan_desk.store.base import Base

_NOT_AUDITED = frozenset({"created_at", "updated_at"})


def snapshot(row: Base) -> dict[str, Any]:
    mapper = inspect(row).mapper
    return {
        attr.key: getattr(row, attr.key)
        for attr in mapper.column_attrs
        if attr.key not in _NOT_AUDITED
    }
