"""The common shift schemes: each covers every working shift of every day with exactly one
regu, and none breaks the default rest rules, so ``set_rotation`` accepts it."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.roster_rules import RosterSettings, cycle_conflicts
from rutan_desk.domain.shift_schemes import (
    PSML_4,
    SHIFT_SCHEMES,
    TWELVE_HOURS_4,
    ShiftScheme,
    default_post_minimums,
    scheme_by_key,
)
from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
schemes = st.sampled_from(SHIFT_SCHEMES)


def _shift_types(scheme: ShiftScheme) -> dict[str, object]:
    types = {shift.code: shift for shift in DEFAULT_SHIFT_TYPES}
    return types | {shift.code: shift for shift in scheme.shifts}


@pytest.mark.parametrize("scheme", SHIFT_SCHEMES, ids=lambda scheme: scheme.key)
def test_no_scheme_breaks_the_default_rest_rules(scheme: ShiftScheme) -> None:
    assert cycle_conflicts(scheme.cycle, _shift_types(scheme), RosterSettings()) == []  # type: ignore[arg-type]


@given(scheme=schemes, start=days, offset=st.integers(min_value=-400, max_value=400))
def test_every_working_shift_of_every_day_has_exactly_one_regu(
    scheme: ShiftScheme, start: date, offset: int
) -> None:
    day = date.fromordinal(start.toordinal() + offset)
    worked = Counter(scheme.codes_on(start, day))
    assert {code: worked[code] for code in scheme.working_codes} == dict.fromkeys(
        scheme.working_codes, 1
    )


def test_on_the_first_day_the_regu_work_the_cycle_in_turn() -> None:
    start = date(2026, 12, 1)
    assert PSML_4.codes_on(start, start) == ["P", "S", "M", "L"]
    assert PSML_4.codes_on(start, date(2026, 12, 2)) == ["S", "M", "L", "P"]
    assert TWELVE_HOURS_4.codes_on(start, start) == ["P", "M", "L", "L"]
    assert [shift.hours for shift in TWELVE_HOURS_4.shifts] == [12, 12]


def test_the_default_posts_are_manned_on_the_schemes_working_shifts() -> None:
    posts = default_post_minimums(TWELVE_HOURS_4)
    assert [name for name, _ in posts] == ["Pos Utama (P2U)", "Pos Menara", "Pos Blok"]
    assert posts[1][1] == {"P": 1, "M": 1}
    assert scheme_by_key("psml4") is PSML_4
    with pytest.raises(KeyError):
        scheme_by_key("5x8")
