"""Writing the lines of a record (a handover's counts, an incident's people): the lines in
the database become the wanted ones, a line that stays is updated in place, so the audit shows
what changed in it rather than every line removed and written again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session


def sync_lines(
    session: Session,
    model: Any,
    parent: str,
    parent_id: int,
    wanted: list[dict[str, Any]],
    *,
    key: tuple[str, ...] = (),
) -> list[Any]:
    """The ``model`` lines whose ``parent`` column is ``parent_id`` become ``wanted``: matched
    by ``key`` (or, without one, by position), changed in place, added, or removed. Returns the
    rows in the order of ``wanted``."""
    order = list(model.__table__.primary_key.columns)
    column = getattr(model, parent)
    rows = list(session.scalars(select(model).where(column == parent_id).order_by(*order)))
    if key:
        existing = {tuple(getattr(r, k) for k in key): r for r in rows}
        matched = [(existing.pop(tuple(v[k] for k in key), None), v) for v in wanted]
        leftover = list(existing.values())
    else:
        matched = [(rows[i] if i < len(rows) else None, v) for i, v in enumerate(wanted)]
        leftover = rows[len(wanted) :]
    for row in leftover:
        session.delete(row)
    result = []
    for row, values in matched:
        if row is None:
            row = model(**{parent: parent_id}, **values)
            session.add(row)
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        result.append(row)
    return result
