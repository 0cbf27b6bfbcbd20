"""The numbers of a period's incidents: per month and kind, per block or place, per shift and
per severity — what the recap screen charts and the monthly Rekapitulasi prints. Counted by the
database (GROUP BY), so a year of a busy Rutan is as quick as a quiet month."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, extract, func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.incidents import Severity
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.incidents import IncidentRow, IncidentTypeRow

Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class IncidentRecap:
    first: date
    last: date
    months: tuple[Month, ...]  # every month of the period, in order
    kinds: tuple[str, ...]  # the kinds that occur, in the order of the settings
    per_month: dict[Month, dict[str, int]] = field(default_factory=dict)  # month → kind → n
    per_place: tuple[tuple[str, int], ...] = ()  # busiest first
    per_shift: tuple[tuple[str, int], ...] = ()  # busiest first
    per_severity: tuple[tuple[Severity, int], ...] = ()  # ringan, sedang, berat
    total: int = 0

    def month_total(self, month: Month) -> int:
        return sum(self.per_month.get(month, {}).values())


def months_between(first: date, last: date) -> tuple[Month, ...]:
    months: list[Month] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _in_period(first: date, last: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return (
        IncidentRow.happened_at >= datetime.combine(first, time()),
        IncidentRow.happened_at < datetime.combine(last + timedelta(days=1), time()),
    )


def incident_recap(db: Database, first: date, last: date) -> IncidentRecap:
    """The incidents that happened from ``first`` to ``last`` (both included), counted."""
    with db.read() as session:
        return _recap(session, first, last)


def _recap(session: Session, first: date, last: date) -> IncidentRecap:
    period = _in_period(first, last)
    year = extract("year", IncidentRow.happened_at)
    month = extract("month", IncidentRow.happened_at)
    per_month: dict[Month, dict[str, int]] = defaultdict(dict)
    seen_kinds: set[str] = set()
    for y, m, kind, count in session.execute(
        select(year, month, IncidentTypeRow.name, func.count())
        .join(IncidentTypeRow, IncidentTypeRow.id == IncidentRow.type_id)
        .where(*period)
        .group_by(year, month, IncidentTypeRow.name)
    ):
        per_month[(int(y), int(m))][kind] = int(count)
        seen_kinds.add(kind)
    order = session.scalars(
        select(IncidentTypeRow.name).order_by(IncidentTypeRow.sort_order, IncidentTypeRow.id)
    ).all()
    kinds = tuple(name for name in order if name in seen_kinds)

    place = func.coalesce(CellBlockRow.name, IncidentRow.other_place)
    per_place = [
        (name or "", int(count))
        for name, count in session.execute(
            select(place, func.count())
            .select_from(IncidentRow)
            .outerjoin(CellBlockRow, CellBlockRow.id == IncidentRow.block_id)
            .where(*period)
            .group_by(place)
        )
    ]
    per_shift = [
        (code or "", int(count))
        for code, count in session.execute(
            select(IncidentRow.shift_code, func.count())
            .where(*period)
            .group_by(IncidentRow.shift_code)
        )
    ]
    severities = {
        severity: int(count)
        for severity, count in session.execute(
            select(IncidentRow.severity, func.count()).where(*period).group_by(IncidentRow.severity)
        )
    }

    def busiest(pairs: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))

    return IncidentRecap(
        first=first,
        last=last,
        months=months_between(first, last),
        kinds=kinds,
        per_month=dict(per_month),
        per_place=busiest(per_place),
        per_shift=busiest(per_shift),
        per_severity=tuple((s, int(severities.get(s.value, 0))) for s in Severity),
        total=sum(int(n) for n in severities.values()),
    )
