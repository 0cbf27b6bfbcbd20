"""What any stored text or number must be, whichever path it came by.

Text holds no control character but the line break and the tab: a NUL is refused by
PostgreSQL and cuts text short in SQLite's LIKE, an escape or a form feed prints as garbage,
and a lone surrogate cannot be encoded at all. Multi-line text (a ``Text`` column: notes,
chronologies, tasks) may also hold the carriage return of a Windows line break (``\\r\\n``):
Qt's editors hand over ``\\n`` only, but text pasted or read from a file on Windows keeps its
``\\r\\n``, which is a line break and not hostile. A one-line value (a name, a number, a
subject) has no reason to hold a carriage return.

A whole number fits the column it goes into (32-bit unless said otherwise); the services check
the narrower ranges that make sense for each number and say so beside the field.
"""

from __future__ import annotations

import re
from collections.abc import Sized

from rutan_desk.domain.errors import FieldError

INT32_RANGE = (-(2**31), 2**31 - 1)
INT64_RANGE = (-(2**63), 2**63 - 1)
INT16_RANGE = (-(2**15), 2**15 - 1)

# The lines one record may hold (people, actions, officers, a search team, findings, contacts,
# an agreement's obligations): more than a Rutan's biggest joint search or incident needs, and
# still a few printed pages. Every line is a row written, audited in its parent's entry and
# printed, all inside the one transaction that holds the write lock, so a pasted or scripted
# thousand-line form is refused rather than stalling every other PC.
MAX_RECORD_LINES = 200

# C0 controls but \t and \n (and \r, below), DEL, the C1 controls, and the surrogates.
_ONE_LINE_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_MULTI_LINE_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def has_forbidden_character(text: str, *, multiline: bool = False) -> bool:
    """``text`` holds a control character (beyond line break, tab and, in multi-line text,
    carriage return) or a lone surrogate."""
    pattern = _MULTI_LINE_FORBIDDEN if multiline else _ONE_LINE_FORBIDDEN
    return pattern.search(text) is not None


def character_errors(field: str, text: str | None, *, multiline: bool = False) -> list[FieldError]:
    """``control_characters`` when ``text`` holds a character no stored text may hold."""
    if text and has_forbidden_character(text, multiline=multiline):
        return [FieldError(field, "control_characters")]
    return []


def range_errors(field: str, value: int | None, low: int, high: int) -> list[FieldError]:
    """``number_out_of_range`` (with ``low`` and ``high``) when ``value`` is outside them."""
    if value is not None and not low <= value <= high:
        return [FieldError(field, "number_out_of_range", {"low": low, "high": high})]
    return []


def line_count_errors(field: str, lines: Sized, high: int = MAX_RECORD_LINES) -> list[FieldError]:
    """``too_many_lines`` (with ``max``) when a record holds more than ``high`` lines."""
    if len(lines) > high:
        return [FieldError(field, "too_many_lines", {"max": high})]
    return []


def name_key(name: str) -> str:
    """The form in which two names count as the same one: case and spacing do not matter
    ("Polres Blora", "POLRES  blora"). Kept beside a name that must be unique, so that the
    database itself holds the rule (two PCs saving at once cannot both get in)."""
    return " ".join(name.casefold().split())
