"""Writing a previewed import: the one write path of the staff and inmate imports.

The plan the clerk saw is made again inside the transaction and the import is refused as a
whole when it differs (a row that became invalid, a record someone changed meanwhile): the
clerk previews again instead of getting an import that does something other than what was
shown. NEW rows are added, UPDATE rows changed through ``get_for_change``; a record whose name
changed is found by its new name in the incidents that name it.

Each importer says what differs (its model, permission, error, how a draft is stored); the
steps are the same whatever the list is of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.services.context import ActionContext
from rutan_desk.services.imports.planning import Preview, RowStatus
from rutan_desk.services.validation import get_for_change
from rutan_desk.store.base import Base


class PlannedWrite(Protocol):
    """What the writer reads of an importer's planned row (its id has the importer's name)."""

    @property
    def line(self) -> int: ...
    @property
    def status(self) -> RowStatus: ...
    @property
    def draft(self) -> Any: ...  # the importer's draft; None for a row in error
    @property
    def version(self) -> int | None: ...
    @property
    def changed(self) -> tuple[str, ...]: ...


PlannedT = TypeVar("PlannedT", bound=PlannedWrite)
RowT = TypeVar("RowT", bound=Base)


@dataclass(frozen=True)
class ImportResult:
    """How many rows an import added, changed, found unchanged and left out."""

    created: int
    updated: int
    unchanged: int
    skipped: int  # rows in error, not imported


def _same_plan(
    first: Sequence[PlannedT],
    second: Sequence[PlannedT],
    record_id: Callable[[PlannedT], int | None],
) -> bool:
    def key(row: PlannedT) -> tuple[object, ...]:
        return (row.line, row.status, record_id(row), row.version, row.draft)

    return [key(r) for r in first] == [key(r) for r in second]


def write_plan(
    ctx: ActionContext,
    preview: Preview[Any, PlannedT],
    *,
    plan_again: Callable[[Session], Preview[Any, PlannedT]],
    permission: Permission,
    plan_changed: FieldError,
    model: type[RowT],
    record_id: Callable[[PlannedT], int | None],
    apply: Callable[[RowT, Any], None],
    name_field: str,
    reindex_naming: Callable[[Session, int], None],
) -> ImportResult:
    """Add the NEW and change the UPDATE rows of ``preview`` in one transaction allowed by
    ``permission`` (audited by the store like any change); rows in error are left out.

    ``plan_again`` plans the same file in the transaction's session; when that plan differs,
    everything is refused with ``plan_changed``. ``record_id`` is the id of the record a row
    matches, ``apply`` copies a draft onto a row of ``model``, and ``reindex_naming`` is
    called for each record whose ``name_field`` changed, after the flush. Nothing to write
    still needs the permission."""
    counts = preview.counts
    result = ImportResult(
        created=counts.get(RowStatus.NEW, 0),
        updated=counts.get(RowStatus.UPDATE, 0),
        unchanged=counts.get(RowStatus.UNCHANGED, 0),
        skipped=counts.get(RowStatus.ERROR, 0),
    )
    if preview.to_write == 0:
        ctx.check(permission)
        return result
    with ctx.write(permission) as session:
        again = plan_again(session)
        if not _same_plan(preview.rows, again.rows, record_id):
            raise ValidationError([plan_changed])
        # The rows to change are read together, so get_for_change finds them in the session.
        wanted = [record_id(r) for r in again.rows if r.status is RowStatus.UPDATE]
        if wanted:
            session.scalars(select(model).where(model.__table__.c.id.in_(wanted))).all()
        renamed: list[int] = []
        for planned in again.rows:
            if planned.draft is None or planned.status is RowStatus.UNCHANGED:
                continue
            if planned.status is RowStatus.NEW:
                row = model()
                apply(row, planned.draft)
                session.add(row)
                continue
            known_id = record_id(planned)
            assert known_id is not None and planned.version is not None
            row = get_for_change(session, model, known_id, planned.version)
            if name_field in planned.changed:
                renamed.append(known_id)
            apply(row, planned.draft)
        session.flush()
        for known_id in renamed:
            reindex_naming(session, known_id)
    return result


__all__ = ["ImportResult", "PlannedWrite", "write_plan"]
