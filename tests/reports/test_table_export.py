"""The lists as files for Excel: written, then read back and compared with the data."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rutan_desk.reports.table_export import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    ColumnKind,
    ExportColumn,
    ExportTable,
    csv_delimiter,
    safe_sheet_title,
    write_csv,
    write_table,
    write_xlsx,
)

NIP = "198504122010121002"  # 18 digits: a float would keep 15 of them
COLUMNS = (
    ExportColumn("NIP", ColumnKind.TEXT),
    ExportColumn("Nama", ColumnKind.TEXT),
    ExportColumn("Lahir", ColumnKind.DATE),
    ExportColumn("Dicatat", ColumnKind.DATETIME),
    ExportColumn("Jumlah", ColumnKind.INTEGER),
    ExportColumn("Aktif", ColumnKind.BOOLEAN),
)
ROWS = [
    (NIP, "Ñoman Śuryadi", date(1985, 4, 12), datetime(2026, 11, 30, 21, 5), 3, True),
    ("007", '=HYPERLINK("http://x","klik")', date(2001, 1, 2), None, None, False),
    ("-1", "+62 812", None, datetime(2026, 1, 1, 0, 0), 0, None),
]


def test_xlsx_keeps_nips_as_text_and_dates_as_dates(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.xlsx"
    write_xlsx(path, "Pegawai", COLUMNS, ROWS, heading_lines=("DAFTAR PEGAWAI", "Rutan Blora"))
    sheet = load_workbook(path).active
    assert sheet.title == "Pegawai"
    assert sheet["A1"].value == "DAFTAR PEGAWAI" and sheet["A1"].font.bold
    assert [c.value for c in sheet[4]] == ["NIP", "Nama", "Lahir", "Dicatat", "Jumlah", "Aktif"]
    assert all(c.font.bold for c in sheet[4])
    assert sheet.freeze_panes == "A5"
    assert sheet.auto_filter.ref == "A4:F7"
    nip = sheet["A5"]
    assert (nip.value, nip.data_type, nip.number_format) == (NIP, "s", "@")
    assert sheet["A6"].value == "007"  # the leading zeros stay
    assert sheet["B5"].value == "Ñoman Śuryadi"
    born = sheet["C5"]
    assert born.value == datetime(1985, 4, 12) and born.is_date
    assert born.number_format == DATE_FORMAT
    noted = sheet["D5"]
    assert noted.value == datetime(2026, 11, 30, 21, 5) and noted.number_format == DATETIME_FORMAT
    assert sheet["E5"].value == 3 and sheet["E5"].data_type == "n"
    assert [sheet["F5"].value, sheet["F6"].value, sheet["F7"].value] == ["ya", "tidak", None]
    assert sheet["C7"].value is None  # an empty date is an empty cell


def test_a_formula_like_text_is_never_a_formula_in_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    write_xlsx(path, "X", COLUMNS, ROWS)
    sheet = load_workbook(path).active
    cell = sheet["B3"]
    assert cell.value == '=HYPERLINK("http://x","klik")'
    assert cell.data_type == "s"
    with path.open("rb") as stream:
        from zipfile import ZipFile

        with ZipFile(stream) as archive:
            xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula element anywhere in the sheet


def test_column_widths_follow_the_content_capped(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    write_xlsx(path, "W", (ExportColumn("Isi"),), [("x" * 300,), ("pendek",)])
    sheet = load_workbook(path).active
    assert sheet.column_dimensions["A"].width == 60


def test_csv_has_a_bom_iso_dates_and_defused_formulas(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    write_csv(path, COLUMNS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == ["NIP", "Nama", "Lahir", "Dicatat", "Jumlah", "Aktif"]
    assert lines[1] == [NIP, "Ñoman Śuryadi", "1985-04-12", "2026-11-30 21:05", "3", "ya"]
    assert lines[2] == ["007", "'" + ROWS[1][1], "2001-01-02", "", "", "tidak"]
    assert lines[3] == ["'-1", "'+62 812", "", "2026-01-01 00:00", "0", ""]


def test_the_csv_separator_follows_the_regional_number_format(tmp_path: Path) -> None:
    assert csv_delimiter(",") == ";"  # 1.234,5: Indonesian, most of Europe
    assert csv_delimiter(".") == ","
    path = tmp_path / "pegawai.csv"
    write_csv(path, COLUMNS, ROWS, delimiter=";")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream, delimiter=";"))
    assert lines[1] == [NIP, "Ñoman Śuryadi", "1985-04-12", "2026-11-30 21:05", "3", "ya"]


def test_write_table_chooses_the_format_by_the_name(tmp_path: Path) -> None:
    table = ExportTable("Daftar", COLUMNS, ROWS)
    write_table(tmp_path / "a.CSV", table)
    write_table(tmp_path / "a.xlsx", table)
    assert (tmp_path / "a.CSV").read_bytes().startswith(b"\xef\xbb\xbf")
    assert load_workbook(tmp_path / "a.xlsx").active["A2"].value == NIP


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(b"the good file")
    with pytest.raises(TypeError):
        write_xlsx(path, "P", (ExportColumn("Lahir", ColumnKind.DATE),), [(12,)])
    assert path.read_bytes() == b"the good file"
    assert [p.name for p in tmp_path.iterdir()] == ["pegawai.xlsx"]


def test_a_good_write_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_bytes(b"old")
    write_csv(path, (ExportColumn("Nama"),), [("Budi",)])
    assert path.read_bytes() == b"\xef\xbb\xbfNama\r\nBudi\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pegawai.csv"]


def test_a_date_column_may_say_in_a_word_why_a_row_has_no_date(tmp_path: Path) -> None:
    columns = (ExportColumn("Berlaku sampai", ColumnKind.DATE),)
    rows = [(date(2027, 3, 31),), ("sampai dicabut",)]
    write_xlsx(tmp_path / "p.xlsx", "P", columns, rows)
    write_csv(tmp_path / "p.csv", columns, rows)
    sheet = load_workbook(tmp_path / "p.xlsx").active
    assert sheet["A2"].is_date and sheet["A3"].value == "sampai dicabut"
    text = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines() == ["Berlaku sampai", "2027-03-31", "sampai dicabut"]


def test_sheet_titles_are_ones_excel_accepts() -> None:
    assert safe_sheet_title("Register: 2026/12 [draft]?") == "Register 2026 12 draft"
    assert len(safe_sheet_title("x" * 50)) == 31
    assert safe_sheet_title("::") == "Sheet1"
