from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.incidents import (
    NEXT_STATUS,
    IncidentStatus,
    next_supplement_number,
    reopen_errors,
    step_errors,
    time_errors,
)

NOW = datetime(2026, 11, 30, 23, 0)


def codes(errors: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {e.field: e.code for e in errors}


@pytest.mark.parametrize(
    ("happened", "reported", "expected"),
    [
        (NOW - timedelta(hours=2), NOW - timedelta(hours=1), {}),
        (NOW, NOW, {}),  # reported the minute it happened
        (NOW + timedelta(minutes=1), NOW, {"happened_at": "incident_time_future"}),
        (
            NOW - timedelta(hours=1),
            NOW + timedelta(minutes=5),
            {"reported_at": "incident_time_future"},
        ),
        (
            NOW - timedelta(hours=1),
            NOW - timedelta(hours=2),
            {"reported_at": "incident_reported_before_happened"},
        ),
        (
            None,
            None,
            {"happened_at": "incident_time_required", "reported_at": "incident_time_required"},
        ),
    ],
)
def test_when_it_happened_and_was_reported(
    happened: datetime | None, reported: datetime | None, expected: dict[str, str]
) -> None:
    assert codes(time_errors(happened, reported, NOW)) == expected


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 1, 1)),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 1, 1)),
)
def test_times_are_accepted_exactly_when_in_order_and_not_ahead(
    happened: datetime, reported: datetime
) -> None:
    accepted = not time_errors(happened, reported, NOW)
    assert accepted == (happened <= reported <= NOW)


def test_the_workflow_goes_one_step_forward() -> None:
    path = [
        IncidentStatus.DRAFT,
        IncidentStatus.REPORTED,
        IncidentStatus.HANDLED,
        IncidentStatus.CLOSED,
    ]
    for current, target in itertools.pairwise(path):
        assert step_errors(current, target) == []
    for current in IncidentStatus:
        for target in IncidentStatus:
            if NEXT_STATUS.get(current) != target:
                assert codes(step_errors(current, target)) == {
                    "status": "incident_step_not_allowed"
                }


def test_only_a_closed_incident_reopens_and_only_with_a_reason() -> None:
    assert reopen_errors(IncidentStatus.CLOSED, "Ada saksi baru") == []
    assert codes(reopen_errors(IncidentStatus.CLOSED, "  ")) == {
        "reason": "incident_reopen_reason_required"
    }
    assert codes(reopen_errors(IncidentStatus.HANDLED, "Ada saksi baru")) == {
        "status": "incident_reopen_not_closed"
    }


@given(st.sets(st.integers(min_value=1, max_value=500)))
def test_a_supplement_takes_a_number_no_other_has(existing: set[int]) -> None:
    number = next_supplement_number(existing)
    assert number not in existing and number >= 1
    assert number == max(existing, default=0) + 1
