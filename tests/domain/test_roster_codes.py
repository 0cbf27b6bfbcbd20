"""The codes a roster shows for absences: one mapping for the screen and the paper."""

from __future__ import annotations

import pytest

from rutan_desk.domain.roster import AbsenceKind, is_absence_code
from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES

SHIFT_CODES = {shift.code.casefold() for shift in DEFAULT_SHIFT_TYPES}


@pytest.mark.parametrize("kind", list(AbsenceKind))
def test_each_absence_has_its_own_code_and_word(kind: AbsenceKind) -> None:
    others = {other.code.casefold() for other in AbsenceKind if other is not kind}
    assert kind.code and kind.code.casefold() not in others
    # Not a shift code either, whatever the letter case: "S" is siang, so sakit is not "S".
    assert kind.code.casefold() not in SHIFT_CODES
    assert kind.label and kind.label[0].isupper()
    assert is_absence_code(kind.code.lower())


def test_the_codes_a_sheet_reader_sees() -> None:
    assert {kind.code: kind.label for kind in AbsenceKind} == {
        "C": "Cuti",
        "SK": "Sakit",
        "I": "Izin",
        "DK": "Diklat",
        "DL": "Dinas Luar",
    }


@pytest.mark.parametrize("shift", DEFAULT_SHIFT_TYPES, ids=lambda shift: shift.code)
def test_no_default_shift_code_reads_as_an_absence(shift: object) -> None:
    assert not is_absence_code(shift.code)  # type: ignore[attr-defined]
