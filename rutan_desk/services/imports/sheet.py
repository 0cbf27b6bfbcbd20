"""A spreadsheet read into rows of typed cells: the first (or a chosen) sheet of an .xlsx file,
or a .csv file as Excel writes it.

Each cell keeps the type the file gave it (text, number, date, ...): the importer must see that
Excel turned an 18-digit NIP into the number 1.96804E+17 and refuse it, never turn the number
back into digits (the last three are lost). Rows with nothing in them are left out; every row
keeps the number the spreadsheet shows beside it, so the clerk finds it.

Merged cells: openpyxl's fast read-only mode does not report them, so the ranges are read from
the sheet's XML, and every cell of a merged range is given the value of its top-left cell,
which is what the clerk sees (a unit written once beside the five people of that unit). The
ranges are listed with the table so the preview can say so.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from rutan_desk.domain.errors import FieldError, ValidationError

CellValue = str | int | float | bool | datetime | date | time | None

MAX_ROWS = 50_000  # far beyond any office's list; a bigger file is not a list of people
MAX_COLUMNS = 60
HEADER_SEARCH_ROWS = 20  # a title ("DAFTAR PEGAWAI ...") may stand above the header row
SUFFIXES = (".xlsx", ".csv")

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


class CellKind(StrEnum):
    """What a cell holds, as the file stored it."""

    EMPTY = "empty"
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"


def cell_kind(value: CellValue) -> CellKind:
    if value is None or (isinstance(value, str) and not value.strip()):
        return CellKind.EMPTY
    if isinstance(value, str):
        return CellKind.TEXT
    if isinstance(value, bool):  # before int: a bool is an int in Python
        return CellKind.BOOLEAN
    if isinstance(value, int | float):
        return CellKind.NUMBER
    return CellKind.DATE


def shown_value(value: CellValue) -> str:
    """The cell as Excel would show it in a narrow column: a big number in scientific
    notation (``1.96804E+17``), a date as dd-mm-yyyy; used in messages, never as data."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if abs(value) >= 1e11:
            return f"{value:.5E}"
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return str(value)


@dataclass(frozen=True)
class RawRow:
    line: int  # the row number the spreadsheet shows (1 is the first row)
    cells: tuple[CellValue, ...]

    def cell(self, column: int | None) -> CellValue:
        if column is None or column >= len(self.cells):
            return None
        return self.cells[column]


@dataclass(frozen=True)
class RawTable:
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    header_line: int = 1  # 0 when the file has no rows at all
    merged: tuple[str, ...] = ()  # merged ranges below the header, filled from their top-left
    sheet: str = ""
    sheets: tuple[str, ...] = ()  # every sheet of the workbook, to offer another one


def normalise_header(text: str) -> str:
    """``"Pangkat / Gol."`` → ``"pangkatgol"``: letters and digits only, lower case, accents
    dropped, so that a header matches however it was spelt and spaced."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum() and ch.isascii())


class HeaderGuess:
    """Which column holds which field, guessed from the header names. ``names`` gives each
    field the headers it is known by (any spelling: they are normalised)."""

    def __init__(self, names: Mapping[str, Sequence[str]]) -> None:
        self._by_header: dict[str, str] = {}
        for field, headers in names.items():
            for header in headers:
                self._by_header.setdefault(normalise_header(header), field)

    def field_for(self, header: str) -> str | None:
        return self._by_header.get(normalise_header(header))

    def mapping(self, headers: Sequence[str]) -> dict[str, int]:
        """Field → column index; the first column of a field wins."""
        found: dict[str, int] = {}
        for column, header in enumerate(headers):
            field = self.field_for(header)
            if field is not None and field not in found:
                found[field] = column
        return found


def _unreadable(code: str, **params: object) -> ValidationError:
    return ValidationError([FieldError("file", code, dict(params))])


def read_table(
    path: Path, *, sheet: str | None = None, guess: HeaderGuess | None = None
) -> RawTable:
    """The table in an .xlsx or .csv file. The header row is the first of the top rows in
    which ``guess`` knows the most headers (at least two), otherwise the first row that is not
    empty. ValidationError (field ``file``) for a file that cannot be read as a table."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise _unreadable("import_file_type", suffix=path.suffix or path.name)
    try:
        if suffix == ".csv":
            return _table(_csv_rows(path.read_bytes()), (), path.stem, (), guess)
        lines, merged, name, names = _xlsx_rows(path, sheet)
    except ValidationError:
        raise
    except FileNotFoundError:
        raise _unreadable("import_file_missing", file=path.name) from None
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        raise _unreadable("import_file_unreadable", file=path.name, reason=str(error)) from error
    return _table(lines, merged, name, names, guess)


def _table(
    lines: list[tuple[int, list[CellValue]]],
    merged: tuple[str, ...],
    sheet: str,
    sheets: tuple[str, ...],
    guess: HeaderGuess | None,
) -> RawTable:
    filled = [
        (line, cells)
        for line, cells in lines
        if any(cell_kind(c) is not CellKind.EMPTY for c in cells)
    ]
    if not filled:
        return RawTable((), (), 0, merged, sheet, sheets)
    header_at = _header_index(filled, guess)
    header_line, header_cells = filled[header_at]
    width = max(len(cells) for _, cells in filled)
    headers = tuple(
        str(shown_value(cell)).strip() if cell is not None else "" for cell in header_cells
    ) + ("",) * (width - len(header_cells))
    rows = tuple(
        RawRow(line, tuple(cells) + (None,) * (width - len(cells)))
        for line, cells in filled[header_at + 1 :]
    )
    below = tuple(r for r in merged if range_boundaries(r)[3] > header_line)
    return RawTable(headers, rows, header_line, below, sheet, sheets)


def _header_index(filled: list[tuple[int, list[CellValue]]], guess: HeaderGuess | None) -> int:
    if guess is None:
        return 0
    best, best_known = 0, 1
    for index, (_, cells) in enumerate(filled[:HEADER_SEARCH_ROWS]):
        known = len(guess.mapping([str(c) if isinstance(c, str) else "" for c in cells]))
        if known > best_known:
            best, best_known = index, known
    return best


# -- .xlsx ----------------------------------------------------------------------------------


def _xlsx_rows(
    path: Path, sheet: str | None
) -> tuple[list[tuple[int, list[CellValue]]], tuple[str, ...], str, tuple[str, ...]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        names = tuple(workbook.sheetnames)
        name = sheet if sheet is not None else names[0]
        if name not in names:
            raise _unreadable("import_sheet_missing", sheet=name)
        worksheet = workbook[name]
        lines: list[tuple[int, list[CellValue]]] = []
        for line, values in enumerate(
            worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
        ):
            if line > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _unreadable("import_too_many_rows", max=MAX_ROWS)
            cells = list(values)
            while cells and cells[-1] is None:
                cells.pop()
            lines.append((line, cells))
    finally:
        workbook.close()
    merged = _merged_ranges(path, names.index(name))
    _fill_merged(lines, merged)
    return lines, merged, name, names


def _merged_ranges(path: Path, sheet_index: int) -> tuple[str, ...]:
    """The merged ranges of the sheet, read from its XML (the read-only mode skips them)."""
    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        sheets = workbook.findall(f"{{{_MAIN_NS}}}sheets/{{{_MAIN_NS}}}sheet")
        relation = sheets[sheet_index].get(f"{{{_REL_NS}}}id")
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = next(
            (
                r.get("Target", "")
                for r in rels.findall(f"{{{_PKG_REL_NS}}}Relationship")
                if r.get("Id") == relation
            ),
            "",
        )
        if not target:
            return ()
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        return tuple(match.decode() for match in _MERGE.findall(archive.read(part)))


def _fill_merged(lines: list[tuple[int, list[CellValue]]], merged: tuple[str, ...]) -> None:
    """Give every cell of a merged range its top-left value; a row with nothing of its own
    (an empty row the merge runs across) stays empty, to be left out."""
    by_line = {
        line: cells
        for line, cells in lines
        if any(cell_kind(cell) is not CellKind.EMPTY for cell in cells)
    }
    for reference in merged:
        first_col, first_row, last_col, last_row = range_boundaries(reference)
        top = by_line.get(first_row)
        value = top[first_col - 1] if top is not None and first_col - 1 < len(top) else None
        if value is None:
            continue
        for row in range(first_row, min(last_row, first_row + MAX_ROWS) + 1):
            cells = by_line.get(row)
            if cells is None:
                continue
            for col in range(first_col, min(last_col, MAX_COLUMNS) + 1):
                while len(cells) < col:
                    cells.append(None)
                cells[col - 1] = value


# -- .csv -----------------------------------------------------------------------------------


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes), else Windows-1252, which is what an
    Indonesian Excel saves as "CSV" without saying."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def csv_delimiter(text: str) -> str:
    """``;`` (Excel with Indonesian number settings, where ``,`` is the decimal comma), ``,``
    or a tab: whichever the first line has most of."""
    first = next(iter(text.splitlines()), "")
    return max((";", ",", "\t"), key=first.count)


def _csv_rows(data: bytes) -> list[tuple[int, list[CellValue]]]:
    text = decode_csv(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
    lines: list[tuple[int, list[CellValue]]] = []
    for line, values in enumerate(reader, start=1):
        if line > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise _unreadable("import_too_many_rows", max=MAX_ROWS)
        cells: list[CellValue] = [value if value.strip() else None for value in values]
        while cells and cells[-1] is None:
            cells.pop()
        lines.append((line, cells[:MAX_COLUMNS]))
    return lines
