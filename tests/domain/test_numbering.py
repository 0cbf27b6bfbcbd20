from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.numbering import NumberPatternError, check_pattern, format_number

PATTERN = "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"


def test_the_usual_pattern() -> None:
    assert format_number(PATTERN, 123, date(2023, 12, 30)) == "W13.PAS.PAS11-PK.01.04.01-0123"
    assert format_number("SP/{nomor}/{bulan_romawi}/{tahun}", 7, date(2024, 4, 1)) == "SP/7/IV/2024"


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        ("W13.PAS-{tahun}", "pattern_without_serial"),
        ("{nomor}/{kode}", "pattern_unknown_field"),
        ("{nomor", "pattern_invalid"),
        ("{nomor:xyz}", "pattern_invalid"),
    ],
)
def test_bad_patterns_are_refused(pattern: str, code: str) -> None:
    with pytest.raises(NumberPatternError) as raised:
        check_pattern(pattern)
    assert raised.value.code == code


@given(st.integers(min_value=1, max_value=99999), st.dates())
def test_different_serials_give_different_numbers(serial: int, day: date) -> None:
    assert format_number(PATTERN, serial, day) != format_number(PATTERN, serial + 1, day)
