"""Every list exports what it shows: the rows its filter and search leave, in its order, read
back from the file the export button wrote (the save dialog answered by the test)."""

from __future__ import annotations

import csv
import errno
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.roster.grid import Cell, GridPerson, MonthGrid
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.services.table_export import ColumnKind, export_table
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.register_tab import RegisterTab
from rutan_desk.ui.kamtib.kamtib_tab import KamtibTab
from rutan_desk.ui.roster.month_model import RosterMonthModel
from rutan_desk.ui.staff.staff_tab import StaffTab
from rutan_desk.ui.staff.table_model import RECORD_ROLE, StaffTableModel
from rutan_desk.ui.widgets import table_export
from rutan_desk.ui.widgets.export_roles import EXPORT_KIND_ROLE, EXPORT_ROLE
from rutan_desk.ui.widgets.record_table import RECORD_ROLE as ROW_RECORD
from rutan_desk.ui.widgets.table_export import visible_table
from tests.ui.test_kamtib_patrols_ui import a_visit, now
from tests.ui.test_kamtib_searches_ui import a_search
from tests.ui.test_kamtib_searches_ui import office as searches_office
from tests.ui.test_kamtib_ui import shown


class SaveDialog:
    """Answers QFileDialog.getSaveFileName as the clerk would: a name and a chosen filter."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path, csv_chosen: bool = False):
        self.path = path
        self.csv_chosen = csv_chosen
        self.asked: list[tuple[str, str]] = []  # (suggested name, filters)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._answer)

    def _answer(self, _parent: object, _title: str, suggested: str, filters: str) -> object:
        self.asked.append((suggested, filters))
        chosen = filters.split(";;")[1 if self.csv_chosen else 0]
        return str(self.path), chosen


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown_texts: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown_texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown_texts


@pytest.fixture
def staff_tab(qtbot: QtBot, ctx: AppContext) -> StaffTab:
    populate_demo(ctx.db, with_roster=False)
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    return tab


def xlsx_rows(path: Path, header_row: int = 1) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).active
    return list(sheet.iter_rows(min_row=header_row, values_only=True))


def test_the_staff_list_exports_only_the_rows_shown_in_their_order(
    qtbot: QtBot,
    ctx: AppContext,
    staff_tab: StaffTab,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    qtbot.keyClicks(staff_tab.search_edit, "pintu")
    staff_tab.table.sortByColumn(StaffTableModel.NAME, Qt.SortOrder.DescendingOrder)
    shown_records: list[StaffRecord] = [
        staff_tab.proxy.index(row, 0).data(RECORD_ROLE) for row in range(staff_tab.proxy.rowCount())
    ]
    assert len(shown_records) == 5
    dialog = SaveDialog(monkeypatch, tmp_path / "pintu")  # no suffix: the chosen filter adds it
    qtbot.mouseClick(staff_tab.export_button, Qt.MouseButton.LeftButton)

    suggested, filters = dialog.asked[0]
    assert Path(suggested).name == f"pegawai-{ctx.today().isoformat()}.xlsx"
    assert filters == "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
    rows = xlsx_rows(tmp_path / "pintu.xlsx")
    assert rows[0] == ("NIP / NRP", "Name", "Rank", "Position", "Unit / agency", "Sex", "Status")
    assert [row[1] for row in rows[1:]] == [r.name for r in shown_records]
    assert [row[0] for row in rows[1:]] == [r.nip or r.external_id for r in shown_records]
    sheet = load_workbook(tmp_path / "pintu.xlsx").active
    nip = sheet["A2"]
    assert nip.data_type == "s" and len(str(nip.value)) == 18 and nip.number_format == "@"


def test_the_staff_list_exports_to_csv_with_a_bom(
    qtbot: QtBot, staff_tab: StaffTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    staff_tab.kind_filter.setCurrentIndex(staff_tab.kind_filter.findText("Own staff"))
    SaveDialog(monkeypatch, tmp_path / "pegawai", csv_chosen=True)
    qtbot.mouseClick(staff_tab.export_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "pegawai.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "pegawai.csv").open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert len(lines) - 1 == staff_tab.proxy.rowCount()
    assert all(len(line[0]) == 18 and line[0].isdigit() for line in lines[1:])


def test_on_a_pc_with_indonesian_number_format_the_csv_is_split_by_semicolons(
    qtbot: QtBot, staff_tab: StaffTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Excel splits a CSV file by the list separator of Windows' regional format: ";" where the
    # decimal point is "," (Indonesian). With commas every line would land in one column.
    monkeypatch.setattr("rutan_desk.ui.widgets.table_export.system_decimal_point", lambda: ",")
    SaveDialog(monkeypatch, tmp_path / "pegawai", csv_chosen=True)
    qtbot.mouseClick(staff_tab.export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "pegawai.csv").open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream, delimiter=";"))
    assert len(lines) - 1 == staff_tab.proxy.rowCount()
    assert lines[0][:2] == ["NIP / NRP", "Name"]
    assert all(len(line) == len(lines[0]) for line in lines)


def test_a_file_that_cannot_be_written_is_said_not_shown_as_a_traceback(
    qtbot: QtBot,
    staff_tab: StaffTab,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    warnings: list[str],
) -> None:
    def locked(path: Path, _table: object, **_options: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(table_export, "export_table", locked)
    exporter = table_export.exporter_of(staff_tab.export_button)
    assert not exporter.export(tmp_path / "open-in-excel.xlsx")
    assert len(warnings) == 1 and "open in Excel" in warnings[0]

    assert not exporter.export(tmp_path / "no such folder" / "pegawai.xlsx")
    assert len(warnings) == 2 and "could not be written" in warnings[1]
    assert exporter.saved is None


def test_the_letter_register_exports_its_search_with_real_times(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    populate_demo(ctx.db)
    tab = RegisterTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    model = tab.table.model()
    numbers = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert len(numbers) == 4
    SaveDialog(monkeypatch, tmp_path / "register.xlsx")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "register.xlsx").active
    assert sheet["A1"].value == "REGISTER SURAT"
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows[0] == ("Number", "Issued", "Kind", "Subject", "By", "Status")
    assert [row[0] for row in rows[1:]] == numbers
    first = model.index(0, 0).data(ROW_RECORD)
    assert rows[1][1] == (first.issued_at + timedelta(hours=7)).replace(second=0, microsecond=0)
    assert sheet["B4"].is_date and sheet["B4"].number_format == "DD-MM-YYYY HH:MM"

    tab.search_edit.setText("pergantian tahun")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    SaveDialog(monkeypatch, tmp_path / "register.xlsx")  # the same file again: replaced whole
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "register.xlsx").active
    assert sheet["A2"].value == "Pencarian: pergantian tahun"
    assert [row[0] for row in sheet.iter_rows(min_row=5, values_only=True)] == [
        "W13.PAS.PAS11-PK.01.04.01-0001"
    ]


def test_the_patrol_visits_export_with_their_dates(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    staff = populate_demo(ctx.db, with_handovers=False)
    arrived = now(ctx) - timedelta(hours=2)
    a_visit(ctx, staff, arrived)
    tab = KamtibTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    shown(qtbot, tab)
    tab.reload()
    tab.pages.setCurrentWidget(tab.patrols)
    page = tab.patrols
    assert page.model.rowCount() >= 1
    SaveDialog(monkeypatch, tmp_path / "patroli.xlsx")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "patroli.xlsx").active
    assert sheet["A1"].value == "BUKU KUNJUNGAN PATROLI"
    header = [cell.value for cell in sheet[4]]
    assert header[:4] == ["Date", "In", "Out", "Agency / unit"]
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert len(rows) == page.proxy.rowCount()
    ours = next(row for row in rows if "Sat Samapta" in str(row[3]))
    assert ours[0] == datetime.combine(arrived.date(), datetime.min.time())
    assert sheet["A5"].is_date and sheet["A5"].number_format == "DD-MM-YYYY"
    assert isinstance(ours[1], str)  # the time on screen, as text


def test_the_findings_of_the_searches_export_with_iso_dates_in_csv(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Fixtures of the searches' tests, called as plain functions: one search, two findings.
    office = searches_office.__wrapped__(ctx)  # type: ignore[attr-defined]
    a_search(ctx, office)
    tab = KamtibTab(ctx)
    qtbot.addWidget(tab)
    shown(qtbot, tab)
    tab.reload()
    tab.pages.setCurrentWidget(tab.searches)
    page = tab.searches
    assert page.findings_proxy.rowCount() == 2
    SaveDialog(monkeypatch, tmp_path / "temuan.csv")
    qtbot.mouseClick(page.findings_export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "temuan.csv").open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0][:3] == ["Found on", "Item", "Quantity"]
    assert len(lines) == 3
    day = (now(ctx) - timedelta(hours=3)).date()
    assert {line[0] for line in lines[1:]} == {day.isoformat()}  # Excel reads ISO dates anywhere
    assert any("Budi Hartono (A.II/123/2023)" in line for line in lines)


def test_the_roster_month_exports_a_row_per_person_with_the_codes_as_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    days = tuple(date(2026, 2, day) for day in range(1, 29))
    nip = "198504122010121002"
    grid = MonthGrid(
        2026,
        2,
        days,
        (
            GridPerson(1, "Ahmad Fauzi", nip, "Regu A", external=False, karupam=True),
            GridPerson(2, "Siti Ñurhaliza", "197001011990032001", "Regu B", external=False),
        ),
        {
            (1, days[0]): (Cell("P"),),
            (1, days[1]): (Cell("S"), Cell("M")),
            (2, days[0]): (Cell("L"),),
        },
        {(2, days[2]): "cuti"},
        (
            ShiftType("P", "Pagi"),
            ShiftType("S", "Siang"),
            ShiftType("M", "Malam"),
            ShiftType("L", "Libur"),
        ),
    )
    model = RosterMonthModel()
    model.set_grid(grid)
    model.set_group_filter("Regu A")  # the grid shows one regu: so does the file
    path = tmp_path / "jadwal.xlsx"
    export_table(path, model.export_table("Februari 2026", ("JADWAL JAGA", "Februari 2026")))
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[4]]
    assert header[:4] == ["Regu", "NIP / NRP", "Nama", "1 " + header[3].split()[1]]
    assert len(header) == 3 + 28
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert rows == [("Regu A", nip, "Ahmad Fauzi", "P", "S/M", *([None] * 26))]
    assert sheet["B5"].data_type == "s"

    model.set_group_filter(None)
    table = model.export_table("Februari 2026")
    assert [row[2] for row in table.rows] == ["Ahmad Fauzi", "Siti Ñurhaliza"]
    assert table.rows[1][3:6] == ("L", "", "C")  # leave shows its code, as on the grid


def test_a_table_widget_exports_its_typed_columns_as_arranged_on_screen(qtbot: QtBot) -> None:
    """The fairness table's way: items carry their value, the header its kind; a hidden
    column stays out, a moved one comes where the clerk put it, a hidden row stays out."""
    table = QTableWidget(3, 3)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Name", "Nights", "Note"])
    header_item = table.horizontalHeaderItem(1)
    assert header_item is not None
    header_item.setData(EXPORT_KIND_ROLE, ColumnKind.INTEGER)
    for row, (name, nights) in enumerate((("Budi", 12), ("Ani", None), ("Citra", 3))):
        table.setItem(row, 0, QTableWidgetItem(name))
        nights_item = QTableWidgetItem("—" if nights is None else str(nights))
        nights_item.setData(EXPORT_ROLE, nights)
        table.setItem(row, 1, nights_item)
        table.setItem(row, 2, QTableWidgetItem("secret"))
    table.setColumnHidden(2, True)
    table.horizontalHeader().moveSection(1, 0)
    table.setRowHidden(2, True)

    exported = visible_table(table, "Keadilan", ("Tahun 2026",))
    assert [(c.title, c.kind) for c in exported.columns] == [
        ("Nights", ColumnKind.INTEGER),
        ("Name", ColumnKind.TEXT),
    ]
    assert exported.rows == [(12, "Budi"), (None, "Ani")]
    assert exported.heading_lines == ("Tahun 2026",)
