"""The rules of a patrol visit: when they came and left."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.patrols import (
    MAX_VISIT_HOURS,
    VISIT_KIND_LABELS,
    VisitKind,
    visit_time_errors,
)

NOW = datetime(2024, 2, 1, 9, 0)  # WIB


def codes(errors: list[FieldError]) -> dict[str, str]:
    return {e.field: e.code for e in errors}


@pytest.mark.parametrize(
    ("arrived", "left", "expected"),
    [
        (datetime(2024, 2, 1, 1, 15), datetime(2024, 2, 1, 1, 40), {}),
        (datetime(2024, 1, 31, 23, 50), datetime(2024, 2, 1, 0, 20), {}),  # past midnight
        (datetime(2024, 2, 1, 8, 30), None, {}),  # still here
        (None, None, {"arrived_at": "visit_time_required"}),
        (NOW + timedelta(minutes=5), None, {"arrived_at": "visit_time_future"}),
        (datetime(2024, 2, 1, 8, 30), NOW + timedelta(minutes=5), {"left_at": "visit_time_future"}),
        (datetime(2024, 2, 1, 1, 15), datetime(2024, 2, 1, 1, 0), {"left_at": "end_before_start"}),
        (datetime(2024, 1, 31, 1, 15), datetime(2024, 2, 1, 1, 40), {"left_at": "visit_too_long"}),
    ],
)
def test_when_they_came_and_left(
    arrived: datetime | None, left: datetime | None, expected: dict[str, str]
) -> None:
    assert codes(visit_time_errors(arrived, left, NOW)) == expected


@given(
    st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2024, 3, 1)),
    st.one_of(
        st.none(), st.timedeltas(min_value=timedelta(hours=-20), max_value=timedelta(hours=20))
    ),
)
def test_times_are_accepted_exactly_when_in_order_short_and_not_ahead(
    arrived: datetime, length: timedelta | None
) -> None:
    left = None if length is None else arrived + length
    accepted = not visit_time_errors(arrived, left, NOW)
    assert accepted == (
        arrived <= NOW
        and (
            left is None
            or (arrived <= left <= NOW and left - arrived <= timedelta(hours=MAX_VISIT_HOURS))
        )
    )


def test_every_kind_of_visit_has_its_indonesian_name() -> None:
    assert set(VISIT_KIND_LABELS) == set(VisitKind)
    assert VISIT_KIND_LABELS[VisitKind.SAMBANG] == "Patroli sambang"
