from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.roster_history import KeptDays, KeptReason, kept_spans

PAST, HANDED, ORDER = KeptReason.PAST, KeptReason.HANDOVER, KeptReason.ORDER


def test_consecutive_days_of_one_reason_make_one_span() -> None:
    days = {date(2023, 12, d): PAST for d in range(1, 15)}
    days |= {date(2023, 12, 15): HANDED, date(2023, 12, 20): ORDER, date(2023, 12, 21): ORDER}
    assert kept_spans(days) == (
        KeptDays(date(2023, 12, 1), date(2023, 12, 14), PAST),
        KeptDays(date(2023, 12, 15), date(2023, 12, 15), HANDED),
        KeptDays(date(2023, 12, 20), date(2023, 12, 21), ORDER),
    )


@given(st.dictionaries(st.integers(0, 60), st.sampled_from(list(KeptReason)), max_size=40))
def test_spans_cover_exactly_the_days_given_with_their_reasons(
    offsets: dict[int, KeptReason],
) -> None:
    start = date(2024, 2, 1)
    days = {start + timedelta(days=n): reason for n, reason in offsets.items()}
    covered = {
        span.first + timedelta(days=n): span.reason
        for span in kept_spans(days)
        for n in range((span.last - span.first).days + 1)
    }
    assert covered == days
