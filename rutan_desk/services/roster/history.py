"""Which roster days are history, and the rule that guards them: planning leaves them alone,
and a hand edit of one needs a reason, which is recorded (see ``domain.roster_history``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.formatting import full_date
from rutan_desk.domain.roster_history import REASON_ORDER, KeptReason
from rutan_desk.store.models.documents import IssuedDocumentRow
from rutan_desk.store.models.handover import HandoverRow


class HistoryEditError(ValidationError):
    """A hand edit would change a day that is history and no reason was given; nothing was
    written. Retry with the reason (it is recorded)."""

    def __init__(self, day: date, reason: KeptReason) -> None:
        super().__init__(
            [FieldError("day", f"roster_history_{reason.value}", {"day": full_date(day)})]
        )
        self.day = day
        self.reason = reason


def kept_days_in(session: Session, first: date, last: date, today: date) -> dict[date, KeptReason]:
    """The days from ``first`` to ``last`` that are history, each with the reason that counts
    most: passed (before ``today``), handed over, or covered by an issued duty order."""
    found: dict[date, set[KeptReason]] = {}

    def mark(day: date, reason: KeptReason) -> None:
        if first <= day <= last:
            found.setdefault(day, set()).add(reason)

    day = first
    while day <= min(last, today - timedelta(days=1)):
        mark(day, KeptReason.PAST)
        day += timedelta(days=1)
    for handed_over in session.scalars(
        select(HandoverRow.day).where(HandoverRow.day.between(first, last)).distinct()
    ):
        mark(handed_over, KeptReason.HANDOVER)
    covered = session.execute(
        select(IssuedDocumentRow.covers_first, IssuedDocumentRow.covers_last).where(
            IssuedDocumentRow.status == "issued",
            IssuedDocumentRow.covers_first <= last,
            IssuedDocumentRow.covers_last >= first,
        )
    )
    for start, end in covered:
        if start is None or end is None:
            continue
        day = max(start, first)
        while day <= min(end, last):
            mark(day, KeptReason.ORDER)
            day += timedelta(days=1)
    return {
        day: next(reason for reason in REASON_ORDER if reason in reasons)
        for day, reasons in found.items()
    }


def refuse_history_edit(
    session: Session, days: Iterable[date], today: date, correction_reason: str
) -> KeptReason | None:
    """The reason the first of ``days`` that is history is kept (None when none is). Without
    a ``correction_reason`` such an edit is refused with HistoryEditError."""
    wanted = sorted(set(days))
    if not wanted:
        return None
    kept = kept_days_in(session, wanted[0], wanted[-1], today)
    for day in wanted:
        if day in kept:
            if not correction_reason.strip():
                raise HistoryEditError(day, kept[day])
            return kept[day]
    return None
