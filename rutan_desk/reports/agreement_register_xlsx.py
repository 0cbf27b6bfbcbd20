"""The register of agreements as an Excel workbook (openpyxl): the lines of the printed
Daftar Perjanjian Kerja Sama, one row each, with real dates (sortable and filterable in Excel),
the header frozen and filtered, for the Kanwil's spreadsheet and the office's own lists."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from rutan_desk.domain.formatting import full_date
from rutan_desk.reports.agreement_register import UNTIL_REVOKED, AgreementRegister, RegisterLine

SHEET_TITLE = "Daftar PKS"
DATE_FORMAT = "DD-MM-YYYY"
COLUMNS = (  # header, width in characters
    ("No", 5),
    ("Jenis", 10),
    ("Judul", 48),
    ("Mitra", 30),
    ("Nomor", 36),
    ("Ditandatangani", 14),
    ("Berlaku mulai", 14),
    ("Berlaku sampai", 16),
    ("Status", 16),
    ("Kewajiban terbuka", 10),
)
HEADER_ROW = 4  # under the title, the unit and the day


def _row(number: int, line: RegisterLine) -> list[object]:
    until: date | str | None = UNTIL_REVOKED if line.until_revoked else line.valid_to
    return [
        number,
        line.kind,
        line.title,
        line.partners,
        line.numbers,
        line.signed_on,
        line.valid_from,
        until,
        line.status,
        line.open_obligations,
    ]


def render_agreement_register_xlsx(register: AgreementRegister, unit_name: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet["A1"] = "DAFTAR PERJANJIAN KERJA SAMA"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = unit_name
    sheet["A3"] = f"Keadaan {full_date(register.as_of)}"
    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor="EEEEEE")
    for column, (header, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=header)
        cell.font, cell.fill = bold, shade
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for number, line in enumerate(register.lines, start=1):
        row = HEADER_ROW + number
        for column, value in enumerate(_row(number, line), start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
    last = HEADER_ROW + len(register.lines)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
