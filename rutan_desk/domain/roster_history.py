"""Days of the roster that are history: planning never changes them.

A day that has passed is what happened; a day a duty order was issued for, or whose shift was
handed over, is what the office put on paper. Planning the month again leaves those days as
they are and says so ("1–14 Desember tidak diubah: sudah lewat"); a correction of such a day
is a manual edit with a reason, which is recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class KeptReason(StrEnum):
    PAST = "past"  # the day has passed
    HANDOVER = "handover"  # a shift of the day has been handed over
    ORDER = "order"  # an issued duty order covers the day


# When a day is history for several reasons, the one named is the first of these.
REASON_ORDER = (KeptReason.PAST, KeptReason.HANDOVER, KeptReason.ORDER)


@dataclass(frozen=True)
class KeptDays:
    """A run of consecutive days kept for the same reason."""

    first: date
    last: date
    reason: KeptReason


def kept_spans(days: Mapping[date, KeptReason]) -> tuple[KeptDays, ...]:
    """``days`` grouped into runs of consecutive days with the same reason, in date order."""
    spans: list[KeptDays] = []
    for day in sorted(days):
        reason = days[day]
        last = spans[-1] if spans else None
        if last is not None and last.reason is reason and last.last + timedelta(days=1) == day:
            spans[-1] = KeptDays(last.first, day, reason)
        else:
            spans.append(KeptDays(day, day, reason))
    return tuple(spans)
