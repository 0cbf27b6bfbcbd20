"""A list of the app as a file for Excel: a typed table written to .xlsx (openpyxl) or .csv.

Each column says what kind of value it holds, so the file keeps the meaning, not only the text:

- TEXT is always a string (.xlsx number format "@"), so an 18-digit NIP, an NRP or a register
  number keeps every digit and its leading zeros instead of becoming 1.96804E+17;
- INTEGER and DECIMAL are numbers Excel sums;
- DATE and DATETIME are real dates (.xlsx "DD-MM-YYYY" / "DD-MM-YYYY HH:MM"; .csv ISO 8601,
  the one date form Excel reads as a date whatever the Windows regional setting, where
  "01-02-2026" would be 1 February in Indonesian and 2 January in English);
- BOOLEAN is written "ya" / "tidak".

A date column may hold a word for a row that has no date ("sampai dicabut"): it is written as
text.

A text that starts like a formula (= + - @, or a tab or carriage return) is never a formula: a
CSV cell gets a leading apostrophe and an .xlsx cell is stored as a string (OWASP "CSV
injection": a name typed as ``=HYPERLINK(...)`` must not run when the file is opened).

The file is written beside the target under a temporary name and then renamed over it, so a
failure half-way (a full disk) never replaces a good file with half of one.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
TEXT_FORMAT = "@"
YES, NO = "ya", "tidak"
MAX_WIDTH = 60  # characters: a long summary wraps in Excel rather than a column a screen wide
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_TITLE_LENGTH = 31  # Excel refuses longer sheet names
_SHEET_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


class ColumnKind(Enum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class ExportColumn:
    title: str
    kind: ColumnKind = ColumnKind.TEXT


@dataclass(frozen=True)
class ExportTable:
    """What one list shows: its columns and its rows (one value per column, None for empty)."""

    sheet_title: str
    columns: tuple[ExportColumn, ...]
    rows: Sequence[Sequence[object]]
    heading_lines: tuple[str, ...] = field(default=())


# -- values --------------------------------------------------------------------------------
def _typed(value: object, kind: ColumnKind) -> object:
    """``value`` as the kind of its column says (None stays an empty cell)."""
    if value is None or value == "":
        return None
    if kind is ColumnKind.TEXT:
        return str(value)
    if kind is ColumnKind.BOOLEAN:
        return YES if value else NO
    if kind is ColumnKind.INTEGER:
        if not isinstance(value, (int, float, Decimal, str)):
            raise TypeError(f"an INTEGER column holds whole numbers, not {value!r}")
        return int(value)
    if kind is ColumnKind.DECIMAL:
        return value if isinstance(value, (int, float, Decimal)) else Decimal(str(value))
    if isinstance(value, str) and kind in (ColumnKind.DATE, ColumnKind.DATETIME):
        return value  # a word where a row has no date: "sampai dicabut"
    if kind is ColumnKind.DATETIME:
        if not isinstance(value, datetime):
            raise TypeError(f"a DATETIME column holds datetimes, not {value!r}")
        return value.replace(tzinfo=None, second=0, microsecond=0)
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise TypeError(f"a DATE column holds dates, not {value!r}")
    return value


def formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(value: object, kind: ColumnKind) -> str:
    """One CSV cell: dates in ISO 8601, a formula-like text defused with an apostrophe."""
    typed = _typed(value, kind)
    if typed is None:
        return ""
    if isinstance(typed, datetime):
        return typed.strftime("%Y-%m-%d %H:%M")
    if isinstance(typed, date):
        return typed.isoformat()
    text = str(typed)
    if isinstance(typed, str) and formula_like(text):
        return "'" + text
    return text


# -- writing -------------------------------------------------------------------------------
def write_atomically(path: Path, write: Callable[[io.BufferedWriter], None]) -> None:
    """Call ``write`` on a temporary file beside ``path``, then rename it to ``path``; on any
    failure the temporary file is removed and ``path`` is left as it was."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; the export is an ordinary document.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def csv_delimiter(decimal_point: str) -> str:
    """The separator Excel splits a CSV file's lines by when it opens it: the list separator
    of Windows' regional format, a semicolon where numbers are written 1.234,5 (Indonesian),
    a comma elsewhere. With the wrong one every line lands in the first column."""
    return ";" if decimal_point == "," else ","


def write_csv(
    path: Path,
    columns: Sequence[ExportColumn],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
) -> None:
    """The table as CSV: UTF-8 with a byte-order mark (Excel then reads names like "Ketut
    Widiastuti Ṣ." right instead of as Windows-1252), cells separated by ``delimiter`` (see
    ``csv_delimiter``), one header line."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_text_cell(column.title) for column in columns])
    for row in rows:
        writer.writerow(
            [csv_text(value, column.kind) for value, column in zip(row, columns, strict=True)]
        )
    data = buffer.getvalue().encode("utf-8-sig")

    def write(stream: io.BufferedWriter) -> None:
        stream.write(data)

    write_atomically(path, write)


def _text_cell(text: str) -> str:
    return "'" + text if formula_like(text) else text


def safe_sheet_title(title: str) -> str:
    """``title`` as Excel accepts a sheet name (no []:*?/\\, at most 31 characters)."""
    cleaned = " ".join(title.translate(_SHEET_TITLE_FORBIDDEN).split())
    return cleaned[:SHEET_TITLE_LENGTH] or "Sheet1"


def xlsx_workbook(
    title: str,
    columns: Sequence[ExportColumn],
    rows: Iterable[Sequence[object]],
    *,
    heading_lines: Sequence[str] = (),
) -> Workbook:
    """The table as a workbook of one sheet: optional heading lines (the first in bold), then
    a bold, shaded, frozen header row with a filter on it, one row per record."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = safe_sheet_title(title)
    for number, line in enumerate(heading_lines, start=1):
        cell = sheet.cell(row=number, column=1, value=line)
        cell.data_type = "s"  # a heading is text even when it starts with "="
        if number == 1:
            cell.font = Font(bold=True, size=13)
    header_row = len(heading_lines) + 2 if heading_lines else 1
    bold, shade = Font(bold=True), PatternFill("solid", fgColor="EEEEEE")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [len(column.title) for column in columns]
    for number, column in enumerate(columns, start=1):
        cell = sheet.cell(row=header_row, column=number, value=column.title)
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = bold, shade, centred
    formats = [_number_format(column.kind) for column in columns]
    last = header_row
    for last, row in enumerate(rows, start=header_row + 1):
        for number, (value, column) in enumerate(zip(row, columns, strict=True), start=1):
            typed = _typed(value, column.kind)
            cell = sheet.cell(row=last, column=number, value=typed)
            if isinstance(typed, str):
                cell.data_type = "s"  # openpyxl would take "=..." for a formula
            if formats[number - 1] is not None:
                cell.number_format = formats[number - 1]
            if typed is not None:
                widths[number - 1] = max(widths[number - 1], _width(typed))
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(width + 2, MAX_WIDTH)
    if columns:
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{last}"
    return workbook


def _number_format(kind: ColumnKind) -> str | None:
    return {
        ColumnKind.TEXT: TEXT_FORMAT,
        ColumnKind.BOOLEAN: TEXT_FORMAT,
        ColumnKind.DATE: DATE_FORMAT,
        ColumnKind.DATETIME: DATETIME_FORMAT,
    }.get(kind)


def _width(value: object) -> int:
    if isinstance(value, datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        return len(DATE_FORMAT)
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def write_xlsx(
    path: Path,
    sheet_title: str,
    columns: Sequence[ExportColumn],
    rows: Iterable[Sequence[object]],
    *,
    heading_lines: Sequence[str] = (),
) -> None:
    workbook = xlsx_workbook(sheet_title, columns, rows, heading_lines=heading_lines)
    write_atomically(path, workbook.save)


def write_table(path: Path, table: ExportTable, *, csv_delimiter: str = ",") -> None:
    """``table`` to ``path``: CSV for a name ending in .csv, an Excel workbook otherwise."""
    if path.suffix.lower() == ".csv":
        write_csv(path, table.columns, table.rows, delimiter=csv_delimiter)
    else:
        write_xlsx(
            path, table.sheet_title, table.columns, table.rows, heading_lines=table.heading_lines
        )
