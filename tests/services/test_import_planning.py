"""The steps every import shares: dates typed as text, the same key twice, the column mapping."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.errors import ValidationError
from rutan_desk.services.imports.planning import (
    RowStatus,
    check_mapping,
    date_cell,
    read_day,
    repeated_lines,
    status_counts,
)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_date_reads_back_in_every_way_lists_write_it(day: date) -> None:
    for text in (
        f"{day:%d-%m-%Y}",
        f"{day:%d/%m/%Y}",
        f"{day.day}.{day.month}.{day.year:04d}",
        f" {day:%d - %m - %Y} ",
        day.isoformat(),
    ):
        assert read_day(text) == day, text


@pytest.mark.parametrize(
    "text", ["31-02-2024", "14-03-24", "2024/03/14", "kemarin", "", "14 Maret 2024"]
)
def test_what_is_not_a_date_is_not_guessed(text: str) -> None:
    assert read_day(text) is None


def test_a_date_cell_takes_dates_and_refuses_numbers() -> None:
    assert date_cell("admitted_on", datetime(2024, 3, 14, 8, 30), "Tgl") == (
        date(2024, 3, 14),
        None,
    )
    assert date_cell("admitted_on", None, "Tgl") == (None, None)
    day, error = date_cell("admitted_on", 45365, "Tgl")  # Excel's serial of 14-03-2024
    assert day is None and error is not None
    assert (error.code, error.params) == (
        "import_cell_not_date",
        {"column": "Tgl", "value": "45365"},
    )


def test_rows_of_the_same_key_name_each_other() -> None:
    keyed = [(2, "a"), (3, "b"), (4, "a"), (5, ""), (6, ""), (7, "a")]
    assert repeated_lines(keyed) == {2: "4, 7", 4: "2, 7", 7: "2, 4"}


def test_a_mapping_needs_its_required_fields_in_columns_of_their_own() -> None:
    with pytest.raises(ValidationError) as refused:
        check_mapping({"name": 1, "note": 1}, ("number", "name"))
    assert [(e.field, e.code, e.params) for e in refused.value.errors] == [
        ("number", "import_column_required", {}),
        ("note", "import_column_twice", {"field": "name"}),
    ]


def test_counts_name_every_status() -> None:
    assert status_counts([RowStatus.NEW, RowStatus.NEW]) == {
        RowStatus.NEW: 2,
        RowStatus.UPDATE: 0,
        RowStatus.UNCHANGED: 0,
        RowStatus.ERROR: 0,
    }
