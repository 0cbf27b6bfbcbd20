"""Letter numbers: a pattern with a serial, like ``W13.PAS.PAS11-PK.01.04.01-{nomor:04d}``.

The serial runs per year and an issued number is never given again.

Placeholders: ``{nomor}`` (the serial, required; format specs such as ``{nomor:04d}`` allowed),
``{tahun}`` (2023), ``{bulan}`` (12) and ``{bulan_romawi}`` (XII), as offices write the month.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date

MAX_SERIAL_DIGITS = 6  # a serial padded wider helps no reader (and {nomor:0999999999d} is 1 GB)
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
    if _widest(pattern) > MAX_SERIAL_DIGITS:
        raise NumberPatternError("number_out_of_range", low=1, high=MAX_SERIAL_DIGITS)
    format_number(pattern, 1, date(2000, 1, 1))  # a format spec that cannot format fails here
    return pattern


def _widest(pattern: str) -> int:
    """The widest a placeholder's format spec pads (0 when none does), read before formatting:
    a width of a billion would build a string of a billion characters."""
    specs = (spec or "" for _, _, spec, _ in string.Formatter().parse(pattern))
    return max((int(width) for spec in specs for width in re.findall(r"\d+", spec)), default=0)


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


# -- the pattern as parts, for the editor that offers them as choices ----------------------


@dataclass(frozen=True)
class PatternPart:
    """A piece of a pattern: fixed text (``field`` None) or a placeholder."""

    text: str  # the fixed text, or the placeholder as written ("{nomor:04d}")
    field: str | None = None


def pattern_parts(pattern: str) -> list[PatternPart]:
    """``pattern`` cut into its fixed texts and placeholders, in order. Raises
    NumberPatternError for a pattern whose braces do not close."""
    parts: list[PatternPart] = []
    try:
        for text, name, spec, conversion in string.Formatter().parse(pattern):
            if text:
                parts.append(PatternPart(text.replace("{", "{{").replace("}", "}}")))
            if name is not None:
                written = "{" + name + (f"!{conversion}" if conversion else "")
                written += (f":{spec}" if spec else "") + "}"
                parts.append(PatternPart(written, name))
    except ValueError as error:
        raise NumberPatternError("pattern_invalid") from error
    return parts


_SERIAL = re.compile(r"\{nomor(?::0?(\d+)d)?\}")


def serial_digits(pattern: str) -> int:
    """How many digits the serial is padded to (``{nomor:04d}``: 4); 1 when it is not."""
    found = _SERIAL.search(pattern)
    return int(found.group(1)) if found and found.group(1) else 1


def with_serial_digits(pattern: str, digits: int) -> str:
    """``pattern`` with its serial padded to ``digits`` (1: not padded), e.g. ``{nomor:04d}``."""
    written = "{nomor}" if digits <= 1 else f"{{nomor:0{digits}d}}"
    if _SERIAL.search(pattern):
        return _SERIAL.sub(lambda _match: written, pattern, count=1)
    return pattern + written


def placeholder(field: str, *, digits: int = 1) -> str:
    """The placeholder of ``field`` as a pattern writes it."""
    if field not in PLACEHOLDERS:
        raise NumberPatternError("pattern_unknown_field", text=field)
    if field == "nomor":
        return with_serial_digits("", digits)
    return "{" + field + "}"
