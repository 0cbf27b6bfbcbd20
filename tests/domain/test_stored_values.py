"""The rule of what stored text and numbers may be (domain/stored_values.py), and the bounds
of numbers whose size costs memory or time (numbering widths, quantities)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.incidents import MAX_EVIDENCE_QUANTITY
from rutan_desk.domain.numbering import MAX_SERIAL_DIGITS, NumberPatternError, check_pattern
from rutan_desk.domain.searches import MAX_FINDING_QUANTITY, FindingItem, finding_errors
from rutan_desk.domain.stored_values import character_errors, range_errors

ALLOWED_CONTROLS = {False: "\n\t", True: "\n\t\r"}


@given(st.text(), st.booleans())
def test_text_is_refused_exactly_when_it_holds_a_control_character_or_surrogate(
    text: str, multiline: bool
) -> None:
    bad = any(
        unicodedata.category(c) in ("Cc", "Cs") and c not in ALLOWED_CONTROLS[multiline]
        for c in text
    )
    expected = [FieldError("note", "control_characters")] if bad else []
    assert character_errors("note", text, multiline=multiline) == expected


@given(st.integers(), st.integers(-1000, 1000), st.integers(0, 1000))
def test_a_number_is_refused_exactly_outside_its_range(value: int, low: int, span: int) -> None:
    high = low + span
    errors = range_errors("count", value, low, high)
    if low <= value <= high:
        assert errors == []
    else:
        assert errors == [FieldError("count", "number_out_of_range", {"low": low, "high": high})]


def test_a_serial_padded_wider_than_its_bound_is_refused_before_it_is_formatted() -> None:
    assert check_pattern(f"W13-{{nomor:0{MAX_SERIAL_DIGITS}d}}/{{tahun}}")
    with pytest.raises(NumberPatternError) as refused:
        check_pattern("W13-{nomor:0999999999d}")  # formatted, a string of a billion zeros
    assert (refused.value.code, refused.value.params) == (
        "number_out_of_range",
        {"low": 1, "high": MAX_SERIAL_DIGITS},
    )


def test_a_finding_of_cash_in_rupiah_fits_and_a_slip_beyond_the_bound_does_not() -> None:
    assert finding_errors(FindingItem.UANG, "", 350_000) == []
    assert finding_errors(FindingItem.UANG, "", MAX_FINDING_QUANTITY + 1) == [
        FieldError("findings", "number_out_of_range", {"low": 1, "high": MAX_FINDING_QUANTITY})
    ]
    assert MAX_EVIDENCE_QUANTITY < 2**31
