"""Reading patrol visits: one whole, the list, and the visits of a period (the daily report,
the monthly recap, the evidence of a patrol obligation)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import NotFoundError
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.services.patrols.forms import (
    OfficerLine,
    PatrolVisitDraft,
    PatrolVisitRecord,
    PatrolVisitSummary,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.patrols import PatrolOfficerRow, PatrolVisitRow
from rutan_desk.store.models.staff import StaffRow


def load_patrol_visit(db: Database, visit_id: int) -> PatrolVisitRecord:
    with db.read() as session:
        row = session.get(PatrolVisitRow, visit_id)
        if row is None:
            raise NotFoundError(f"patrol_visit {visit_id}")
        officers = _officers(session, [row.id]).get(row.id, [])
        receiver = session.get(StaffRow, row.received_by_id)
        draft = PatrolVisitDraft(
            arrived_at=row.arrived_at,
            agency=row.agency,
            received_by_id=row.received_by_id,
            kind=VisitKind(row.kind),
            left_at=row.left_at,
            unit=row.unit,
            areas_checked=row.areas_checked,
            note=row.note,
            officers=tuple(officers),
            id=row.id,
            version=row.version,
        )
        return PatrolVisitRecord(draft, receiver.name if receiver else "", row.created_at)


def _officers(session: Session, visit_ids: list[int]) -> dict[int, list[OfficerLine]]:
    """The officers of each visit, in the order written; those of the registry by their
    registry name, rank and NRP."""
    found: dict[int, list[OfficerLine]] = defaultdict(list)
    rows = session.execute(
        select(
            PatrolOfficerRow.visit_id,
            PatrolOfficerRow.staff_id,
            PatrolOfficerRow.name,
            PatrolOfficerRow.rank,
            PatrolOfficerRow.nrp,
            StaffRow.name,
            StaffRow.external_rank,
            StaffRow.external_id,
        )
        .outerjoin(StaffRow, StaffRow.id == PatrolOfficerRow.staff_id)
        .where(PatrolOfficerRow.visit_id.in_(visit_ids))
        .order_by(PatrolOfficerRow.id)
    )
    for visit_id, staff_id, name, rank, nrp, staff_name, staff_rank, staff_nrp in rows:
        if staff_id is None:
            found[visit_id].append(OfficerLine(None, name, rank, nrp))
        else:
            found[visit_id].append(
                OfficerLine(staff_id, staff_name or "", staff_rank or "", staff_nrp or "")
            )
    return found


def _period(first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    conditions = []
    if first is not None:
        conditions.append(PatrolVisitRow.arrived_at >= datetime.combine(first, time()))
    if last is not None:
        conditions.append(
            PatrolVisitRow.arrived_at < datetime.combine(last + timedelta(days=1), time())
        )
    return conditions


def _summaries(
    session: Session, conditions: list[ColumnElement[bool]], *, newest_first: bool
) -> list[PatrolVisitSummary]:
    order: list[Any] = [PatrolVisitRow.arrived_at, PatrolVisitRow.id]
    if newest_first:
        order = [column.desc() for column in order]
    rows = session.execute(
        select(PatrolVisitRow, StaffRow.name)
        .join(StaffRow, StaffRow.id == PatrolVisitRow.received_by_id)
        .where(*conditions)
        .order_by(*order)
    ).all()
    officers = _officers(session, [visit.id for visit, _ in rows])
    return [
        PatrolVisitSummary(
            id=visit.id,
            kind=VisitKind(visit.kind),
            arrived_at=visit.arrived_at,
            left_at=visit.left_at,
            agency=visit.agency,
            unit=visit.unit,
            officers=tuple(
                " ".join(part for part in (o.rank, o.name) if part)
                for o in officers.get(visit.id, [])
            ),
            areas_checked=visit.areas_checked,
            received_by_name=receiver,
            version=visit.version,
        )
        for visit, receiver in rows
    ]


def list_patrol_visits(
    db: Database, first: date | None = None, last: date | None = None
) -> list[PatrolVisitSummary]:
    """The visits from ``first`` to ``last`` (days, both included; None: no bound), newest
    first."""
    with db.read() as session:
        return _summaries(session, _period(first, last), newest_first=True)


def visits_between(db: Database, first: date, last: date) -> list[PatrolVisitSummary]:
    """The visits of a period in the order they came (the daily report, the monthly recap)."""
    with db.read() as session:
        return _summaries(session, _period(first, last), newest_first=False)
