from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.rotation import (
    PatternError,
    Rotation,
    RotationHistory,
    RotationVersion,
    parse_cycle,
)
from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES, ShiftType

CODES = [shift.code for shift in DEFAULT_SHIFT_TYPES]
PSML = ("P", "S", "M", "L")
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))


def test_default_night_shift_crosses_midnight_and_lasts_twelve_hours() -> None:
    malam = {s.code: s for s in DEFAULT_SHIFT_TYPES}["M"]
    assert malam.crosses_midnight
    assert malam.hours == 12
    assert malam.interval(date(2023, 12, 31)) == (
        datetime(2023, 12, 31, 19),
        datetime(2024, 1, 1, 7),
    )
    lepas = {s.code: s for s in DEFAULT_SHIFT_TYPES}["L"]
    assert not lepas.working
    with pytest.raises(ValueError):
        lepas.interval(date(2024, 1, 1))


def test_twelve_hour_schemes_are_expressible() -> None:
    day = ShiftType("D", "Dinas Siang", time(7), time(19))
    night = ShiftType("N", "Dinas Malam", time(19), time(7))
    assert (day.hours, night.hours) == (12, 12)
    assert not day.crosses_midnight and night.crosses_midnight


def test_cycle_is_read_in_any_separator_and_case() -> None:
    assert parse_cycle("p-s-m-l", CODES) == PSML
    assert parse_cycle("P, S, M, L, Lb", CODES) == (*PSML, "Lb")
    with pytest.raises(PatternError, match="cycle_unknown_code"):
        parse_cycle("P S X", CODES)
    with pytest.raises(PatternError, match="cycle_empty"):
        parse_cycle(" - ", CODES)


def test_rotation_follows_the_cycle_from_its_anchor_both_ways() -> None:
    rotation = Rotation(PSML, date(2023, 11, 1))
    got = [rotation.code_on(date(2023, 11, 1) + timedelta(days=i)) for i in range(-2, 6)]
    assert got == ["M", "L", "P", "S", "M", "L", "P", "S"]


@given(days, st.integers(min_value=0, max_value=3))
def test_four_regu_offset_by_a_day_cover_every_shift_every_day(day: date, shift: int) -> None:
    anchor = date(2023, 11, 1) + timedelta(days=shift)
    regu = [Rotation(PSML, anchor - timedelta(days=offset)) for offset in range(4)]
    assert sorted(r.code_on(day) for r in regu) == sorted(PSML)


@given(days, st.lists(st.sampled_from(CODES), min_size=1, max_size=9))
def test_code_repeats_after_one_cycle(day: date, cycle: list[str]) -> None:
    rotation = Rotation(tuple(cycle), date(2024, 2, 29))
    assert rotation.code_on(day) == rotation.code_on(day + timedelta(days=len(cycle)))


@given(days, days)
def test_changing_a_pattern_keeps_every_day_before_the_change(change: date, day: date) -> None:
    history = RotationHistory([RotationVersion(date(2000, 1, 1), Rotation(PSML, date(2000, 1, 1)))])
    changed = history.with_change(
        RotationVersion(change, Rotation(("P", "P", "M", "L", "Lb"), change))
    )
    if day < change:
        assert changed.code_on(day) == history.code_on(day)
    else:
        assert changed.code_on(day) == ("P", "P", "M", "L", "Lb")[(day - change).days % 5]


def test_no_code_before_the_first_pattern() -> None:
    history = RotationHistory(
        [RotationVersion(date(2023, 11, 1), Rotation(PSML, date(2023, 11, 1)))]
    )
    assert history.code_on(date(2023, 10, 31)) is None
    assert history.code_on(date(2023, 11, 1)) == "P"
