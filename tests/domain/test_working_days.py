"""The office's working days: the date a month's roster sheet is signed on by default."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.calendar import is_working_day, last_working_day_before


def test_the_day_before_when_that_is_a_weekday() -> None:
    # January 2026: 31 December 2025 is a Wednesday, an ordinary office day.
    assert last_working_day_before(date(2026, 1, 1), {date(2026, 1, 1)}) == date(2025, 12, 31)


def test_a_weekend_and_a_friday_holiday_are_stepped_over() -> None:
    # September 2025 starts on a Monday; the Friday before is a local holiday.
    holidays = {date(2025, 8, 29)}
    assert last_working_day_before(date(2025, 9, 1), holidays) == date(2025, 8, 28)


def test_cuti_bersama_after_a_holiday() -> None:
    # June 2025 starts on a Sunday: Friday 30 May is cuti bersama, Thursday 29 May Kenaikan.
    holidays = {date(2025, 5, 29), date(2025, 5, 30), date(2025, 6, 1)}
    assert last_working_day_before(date(2025, 6, 1), holidays) == date(2025, 5, 28)


@given(
    st.dates(min_value=date(2000, 1, 10), max_value=date(2099, 12, 31)),
    st.sets(st.integers(min_value=1, max_value=20), max_size=12),
)
def test_the_last_working_day_is_the_latest_one_before(day: date, back: set[int]) -> None:
    holidays = {day - timedelta(days=n) for n in back}
    found = last_working_day_before(day, holidays)
    assert found < day and is_working_day(found, holidays)
    between = found + timedelta(days=1)
    while between < day:
        assert not is_working_day(between, holidays)
        between += timedelta(days=1)
