"""What the importers of staff and inmates share once a file is read: the status of a planned
row and the preview that holds them, the cells read as text or dates (or the reason they
cannot be), the check of the column mapping, and the rows that hold the same key twice.

Each importer keeps its own rules (what a NIP or a register number is, which fields an empty
cell keeps); these are the steps that read the same whatever the list is of.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.services.imports.sheet import CellKind, CellValue, RawTable, cell_kind, shown_value

Field = TypeVar("Field", bound=str)  # an importer's field enum
Planned = TypeVar("Planned")  # an importer's planned row


class RowStatus(StrEnum):
    """What importing a row would do."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


def status_counts(statuses: Iterable[RowStatus]) -> dict[RowStatus, int]:
    """How many rows of each status (every status present, 0 when none)."""
    counts = dict.fromkeys(RowStatus, 0)
    for status in statuses:
        counts[status] += 1
    return counts


@dataclass(frozen=True)
class Preview(Generic[Field, Planned]):
    """What importing ``table`` with ``mapping`` (field → column) would do, row by row, as
    planned on ``today``; each importer names its own (``ImportPreview``,
    ``InmateImportPreview``)."""

    table: RawTable
    mapping: Mapping[Field, int]
    today: date
    rows: tuple[Planned, ...]
    counts: Mapping[RowStatus, int]  # every status, 0 when none (status_counts)

    @property
    def to_write(self) -> int:
        """The rows the import would write (new and changed records)."""
        return self.counts.get(RowStatus.NEW, 0) + self.counts.get(RowStatus.UPDATE, 0)


def check_mapping(mapping: Mapping[Field, int], required: Sequence[Field]) -> None:
    """ValidationError when a required field has no column, or two fields share one."""
    errors = [
        FieldError(name, "import_column_required") for name in required if name not in mapping
    ]
    seen: dict[int, Field] = {}
    for name, column in mapping.items():
        if column in seen:
            errors.append(FieldError(name, "import_column_twice", {"field": str(seen[column])}))
        seen[column] = name
    if errors:
        raise ValidationError(errors)


def header_of(headers: Sequence[str], column: int) -> str:
    return headers[column] if 0 <= column < len(headers) else ""


# -- cells ----------------------------------------------------------------------------------


def text_cell(
    field: str, value: CellValue, header: str, *, integers: bool = False
) -> tuple[str, FieldError | None]:
    """The text of a cell, or why a cell of another type (a date in the name column) cannot
    be read as one. With ``integers``, a whole number is read as its digits (a unit or a
    block called 2)."""
    kind = cell_kind(value)
    if kind is CellKind.EMPTY:
        return "", None
    if kind is CellKind.TEXT:
        return str(value), None
    if integers and isinstance(value, int | float) and float(value).is_integer():
        return str(int(value)), None
    return "", FieldError(
        field, "import_cell_not_text", {"column": header, "value": shown_value(value)}
    )


# 14-03-2026, 14/03/2026, 14.03.2026 (the day first, as Indonesia writes it) or 2026-03-14.
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def read_day(text: str) -> date | None:
    """A date typed as text in one of the ways Indonesian lists write it; None otherwise."""
    text = text.strip()
    day_first = _DAY_FIRST.match(text)
    if day_first is not None:
        day, month, year = (int(part) for part in day_first.groups())
    else:
        iso = _ISO.match(text)
        if iso is None:
            return None
        year, month, day = (int(part) for part in iso.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_cell(field: str, value: CellValue, header: str) -> tuple[date | None, FieldError | None]:
    """The date of a cell: a date cell, or a text written as a date. A number is refused: it
    may be a date Excel shows formatted, or not a date at all, and guessing is worse."""
    kind = cell_kind(value)
    if kind is CellKind.EMPTY:
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if kind is CellKind.TEXT:
        day = read_day(str(value))
        if day is not None:
            return day, None
    return None, FieldError(
        field, "import_cell_not_date", {"column": header, "value": shown_value(value)}
    )


# -- the same key twice ---------------------------------------------------------------------


def repeated_lines(keyed: Iterable[tuple[int, str]]) -> dict[int, str]:
    """For each row (line, key) whose key the file holds more than once, the other lines of
    that key ("4, 9"); rows with an empty key are never repeats."""
    lines: dict[str, list[int]] = defaultdict(list)
    for line, key in keyed:
        if key:
            lines[key].append(line)
    return {
        line: ", ".join(str(other) for other in same if other != line)
        for same in lines.values()
        if len(same) > 1
        for line in same
    }
