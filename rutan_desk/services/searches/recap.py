"""The findings of a period's searches, counted per month and item (summed quantities): the
recap screen's chart and the monthly Rekapitulasi's table."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import extract, func, select

from rutan_desk.domain.searches import FINDING_ITEM_LABELS, FindingItem
from rutan_desk.services.incidents.recap import Month, months_between
from rutan_desk.store.engine import Database
from rutan_desk.store.models.searches import FindingRow, SearchRow


@dataclass(frozen=True)
class FindingsRecap:
    first: date
    last: date
    months: tuple[Month, ...]
    items: tuple[FindingItem, ...]  # the items found, in the order of the list
    per_month: dict[Month, dict[FindingItem, int]] = field(default_factory=dict)
    searches: int = 0  # searches carried out in the period

    def item_total(self, item: FindingItem) -> int:
        return sum(found.get(item, 0) for found in self.per_month.values())

    @staticmethod
    def label(item: FindingItem) -> str:
        return FINDING_ITEM_LABELS[item]


def findings_recap(db: Database, first: date, last: date) -> FindingsRecap:
    """What the searches begun from ``first`` to ``last`` (both included) found."""
    begin = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time())
    in_period = (SearchRow.started_at >= begin, SearchRow.started_at < end)
    year = extract("year", SearchRow.started_at)
    month = extract("month", SearchRow.started_at)
    per_month: dict[Month, dict[FindingItem, int]] = defaultdict(dict)
    with db.read() as session:
        for y, m, item, quantity in session.execute(
            select(year, month, FindingRow.item, func.sum(FindingRow.quantity))
            .join(SearchRow, SearchRow.id == FindingRow.search_id)
            .where(*in_period)
            .group_by(year, month, FindingRow.item)
        ):
            per_month[(int(y), int(m))][FindingItem(item)] = int(quantity or 0)
        searches = session.scalar(select(func.count()).select_from(SearchRow).where(*in_period))
    found = {item for counts in per_month.values() for item in counts}
    return FindingsRecap(
        first=first,
        last=last,
        months=months_between(first, last),
        items=tuple(item for item in FindingItem if item in found),
        per_month=dict(per_month),
        searches=int(searches or 0),
    )
