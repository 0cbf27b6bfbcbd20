from __future__ import annotations

from datetime import date

from rutan_desk.domain.calendar import (
    AlertPeriod,
    HolidayKind,
    extra_strength,
    nataru,
    proposed_holidays,
)


def test_2024_holidays_come_in_indonesian_with_cuti_bersama() -> None:
    found = {(h.day, h.kind): h.name for h in proposed_holidays(2024)}
    assert found[(date(2024, 4, 10), HolidayKind.NATIONAL)] == "Hari Raya Idul Fitri"
    assert found[(date(2024, 12, 25), HolidayKind.NATIONAL)] == "Hari Raya Natal"
    assert (date(2024, 4, 8), HolidayKind.CUTI_BERSAMA) in found
    assert (date(2024, 2, 14), HolidayKind.NATIONAL) in found  # Pemilu 2024


def test_future_islamic_dates_are_marked_as_estimates() -> None:
    estimated = [h for h in proposed_holidays(2027) if h.estimated]
    assert any("Idul Fitri" in h.name for h in estimated)
    assert not [h for h in proposed_holidays(2027) if h.estimated and "Natal" in h.name]


def test_nataru_runs_from_20_december_to_5_january() -> None:
    period = nataru(2023, circular_number="PAS-2077.PK.08.05 Tahun 2023", extra={"M": 4})
    assert (period.start, period.end) == (date(2023, 12, 20), date(2024, 1, 5))
    assert period.covers(date(2023, 12, 31)) and not period.covers(date(2024, 1, 6))
    assert len(list(period.days())) == 17


def test_extra_strength_adds_overlapping_periods_within_the_range() -> None:
    a = AlertPeriod("Nataru", date(2023, 12, 20), date(2024, 1, 5), extra={"M": 2, "P": 1})
    b = AlertPeriod("Malam tahun baru", date(2023, 12, 31), date(2023, 12, 31), extra={"M": 4})
    got = extra_strength([a, b], date(2023, 12, 30), date(2023, 12, 31))
    assert got == {
        (date(2023, 12, 30), "M"): 2,
        (date(2023, 12, 30), "P"): 1,
        (date(2023, 12, 31), "M"): 6,
        (date(2023, 12, 31), "P"): 1,
    }
