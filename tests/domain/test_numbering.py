from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.numbering import (
    NumberPatternError,
    check_pattern,
    format_number,
    pattern_parts,
    placeholder,
    serial_digits,
    with_serial_digits,
)

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


def test_a_pattern_is_cut_into_its_fixed_texts_and_placeholders() -> None:
    parts = pattern_parts("W13.PAS.PAS11-PK.01.04.01-{nomor:04d}/{bulan_romawi}/{tahun}")
    assert [(part.text, part.field) for part in parts] == [
        ("W13.PAS.PAS11-PK.01.04.01-", None),
        ("{nomor:04d}", "nomor"),
        ("/", None),
        ("{bulan_romawi}", "bulan_romawi"),
        ("/", None),
        ("{tahun}", "tahun"),
    ]


def test_the_serials_digits_are_read_and_set_without_touching_the_rest() -> None:
    pattern = "SP-{nomor:04d}/{bulan}/{tahun}"
    assert serial_digits(pattern) == 4
    assert with_serial_digits(pattern, 2) == "SP-{nomor:02d}/{bulan}/{tahun}"
    assert with_serial_digits(pattern, 1) == "SP-{nomor}/{bulan}/{tahun}"
    assert serial_digits("SP-{nomor}") == 1
    assert placeholder("nomor", digits=3) == "{nomor:03d}"
    assert placeholder("bulan_romawi") == "{bulan_romawi}"


_TEXT = st.text(alphabet="ABCW0123456789.-/ ", min_size=0, max_size=8)
_PLACEHOLDER = st.sampled_from(["{nomor}", "{nomor:03d}", "{tahun}", "{bulan}", "{bulan_romawi}"])


@given(st.lists(st.one_of(_TEXT, _PLACEHOLDER), max_size=8), st.integers(1, 6))
def test_the_parts_give_back_the_pattern_and_any_digits_keep_it_valid(
    pieces: list[str], digits: int
) -> None:
    pattern = "".join(pieces)
    assert "".join(part.text for part in pattern_parts(pattern)) == pattern
    padded = with_serial_digits(pattern, digits)
    assert check_pattern(padded)  # a serial is there now, with the digits asked for
    assert serial_digits(padded) == digits
    assert format_number(padded, 7, date(2026, 12, 1)).count(str(7).zfill(digits)) >= 1
