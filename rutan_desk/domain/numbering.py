"""Letter numbers: a pattern with a serial, like ``W13.PAS.PAS11-PK.01.04.01-{nomor:04d}``.

The serial runs per year and an issued number is never given again.

Placeholders: ``{nomor}`` (the serial, required; format specs such as ``{nomor:04d}`` allowed),
``{tahun}`` (2023), ``{bulan}`` (12) and ``{bulan_romawi}`` (XII), as offices write the month.
"""

from __future__ import annotations

import string
from datetime import date

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PLACEHOLDERS = frozenset({"nomor", "tahun", "bulan", "bulan_romawi"})


class NumberPatternError(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def check_pattern(pattern: str) -> str:
    pattern = pattern.strip()
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError as error:
        raise NumberPatternError("pattern_invalid") from error
    unknown = [name for name in fields if name not in PLACEHOLDERS]
    if unknown:
        raise NumberPatternError("pattern_unknown_field", text=unknown[0])
    if "nomor" not in fields:
        raise NumberPatternError("pattern_without_serial")
    format_number(pattern, 1, date(2000, 1, 1))  # a format spec that cannot format fails here
    return pattern


def format_number(pattern: str, serial: int, day: date) -> str:
    try:
        return pattern.format(
            nomor=serial,
            tahun=day.year,
            bulan=f"{day.month:02d}",
            bulan_romawi=ROMAN_MONTHS[day.month - 1],
        )
    except (ValueError, KeyError, IndexError) as error:
        raise NumberPatternError("pattern_invalid") from error
