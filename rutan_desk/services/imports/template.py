"""The sample list an importer offers: the headers it recognises, a few example rows, and the
columns Excel must not turn into numbers formatted as Text before the clerk types in them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

TEMPLATE_ROWS = 500  # rows formatted ahead, ready to type in
TEXT_FORMAT = "@"
DATE_FORMAT = "DD-MM-YYYY"


@dataclass(frozen=True)
class TemplateColumn:
    header: str
    examples: Sequence[str | date | None]  # one value per example row
    width: int = 18
    number_format: str = ""  # TEXT_FORMAT keeps every digit of a number typed in


def write_template(path: Path, sheet_title: str, columns: Sequence[TemplateColumn]) -> Path:
    """Write the sample workbook to ``path``: the header row (frozen), the examples, and each
    column's number format on the rows below."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title
    sheet.append([column.header for column in columns])
    examples = max((len(column.examples) for column in columns), default=0)
    for index in range(examples):
        sheet.append(
            [column.examples[index] if index < len(column.examples) else None for column in columns]
        )
    for number, column in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=number).column_letter
        sheet.column_dimensions[letter].width = column.width
        if column.number_format:
            for line in range(2, TEMPLATE_ROWS + 2):
                sheet.cell(row=line, column=number).number_format = column.number_format
    sheet.freeze_panes = "A2"
    workbook.save(path)
    return path
