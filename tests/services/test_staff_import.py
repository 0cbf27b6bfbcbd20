"""Importing the staff list from Excel or .csv: the preview of each row, hostile files (numbers
for NIPs, merged cells, empty rows, wrong types, duplicates), and the import in one transaction
that a second run of the same file leaves alone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.imports.sheet import CellValue, RawTable, read_table
from rutan_desk.services.staff import records, registry
from rutan_desk.services.staff.importing import (
    STAFF_HEADERS,
    ImportPreview,
    RowStatus,
    StaffField,
    guess_staff_mapping,
    import_staff,
    preview_staff_import,
    read_golongan,
    staff_template,
)
from rutan_desk.store.models.audit import AuditEntry

HEADER = ["No", "NIP", "Nama", "Pangkat/Gol", "Jabatan", "Unit", "No. HP"]
BUDI_NIP = "196804111993031009"
SITI_NIP = "199001152015032001"


def nip(serial: int, *, woman: bool = False) -> str:
    """A valid NIP: born 1 May 1985, appointed March 2010."""
    return f"19850501201003{2 if woman else 1}{serial:03d}"


def person(
    number: int, nip_text: CellValue, name: CellValue, **cells: CellValue
) -> list[CellValue]:
    return [
        number,
        nip_text,
        name,
        cells.get("golongan", "II/b"),
        cells.get("position", "Petugas Pengamanan"),
        cells.get("unit", "Regu I"),
        cells.get("phone"),
    ]


def xlsx(path: Path, rows: list[list[CellValue]], *, header: list[str] = HEADER) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def preview(ctx: ActionContext, path: Path) -> ImportPreview:
    table = read_table(path, guess=STAFF_HEADERS)
    return preview_staff_import(ctx.db, table, guess_staff_mapping(table), today=ctx.today())


def by_line(plan: ImportPreview) -> dict[int, tuple[RowStatus, list[str]]]:
    return {row.line: (row.status, [e.code for e in row.errors]) for row in plan.rows}


def audit_count(ctx: ActionContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.fixture
def registered(ctx: ActionContext) -> ActionContext:
    """Budi and Siti already in the registry."""
    for name, number, golongan, unit in (
        ("Budi Santoso", BUDI_NIP, "III/c", "Regu I"),
        ("Siti Rahayu", SITI_NIP, "II/c", "Regu II"),
    ):
        registry.create_staff(
            ctx,
            StaffDraft(
                StaffKind.INTERNAL,
                name=name,
                nip=number,
                golongan=golongan,
                position="Petugas Pengamanan",
                unit=unit,
                phone="081234567890",
            ),
        )
    return ctx


def test_rows_are_new_changed_unchanged_or_in_error(
    registered: ActionContext, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "pegawai.xlsx",
        [
            person(1, "19680411 199303 1 009", "Budi Santoso", golongan="Penata (III/c)"),
            person(2, SITI_NIP, "Siti Rahayu", golongan="II/c", unit="Regu III"),
            person(3, nip(7), "Andi Wijaya"),
            person(4, nip(8), "Joko", golongan="Kapten"),
            person(5, "1985050120100310", "Dewi Lestari"),
        ],
    )
    plan = preview(registered, path)

    assert by_line(plan) == {
        2: (RowStatus.UNCHANGED, []),
        3: (RowStatus.UPDATE, []),
        4: (RowStatus.NEW, []),
        5: (RowStatus.ERROR, ["golongan_unknown"]),
        6: (RowStatus.ERROR, ["nip_length"]),
    }
    assert plan.rows[1].changed == (StaffField.UNIT,)
    assert plan.rows[0].staff_id is not None
    assert plan.to_write == 2

    result = import_staff(registered, plan)

    assert (result.created, result.updated, result.unchanged, result.skipped) == (1, 1, 1, 2)
    people = {p.nip: p for p in records.list_staff(registered.db)}
    assert people[SITI_NIP].unit == "Regu III"
    assert people[SITI_NIP].phone == "081234567890"  # an empty phone cell keeps the registry's
    assert people[nip(7)].name == "Andi Wijaya"
    assert people[nip(7)].golongan == "II/b"
    assert nip(8) not in people


def test_reimporting_the_same_file_writes_nothing(ctx: ActionContext, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "pegawai.xlsx", [person(i, nip(i), f"Pegawai {i}") for i in range(1, 6)])
    import_staff(ctx, preview(ctx, path))
    written = audit_count(ctx)
    assert written > 0

    again = preview(ctx, path)
    assert {row.status for row in again.rows} == {RowStatus.UNCHANGED}
    result = import_staff(ctx, again)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 5)
    assert audit_count(ctx) == written


def test_an_18_digit_nip_stored_as_a_number_is_refused_with_the_way_to_fix_it(
    ctx: ActionContext, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "angka.xlsx",
        [
            person(1, float(BUDI_NIP), "Budi Santoso"),  # what Excel keeps: 1.96804111993031E+17
            person(2, int(BUDI_NIP), "Budi Santoso"),  # 18 digits as a number: not reliable
            person(3, 196804111993, "Budi Santoso"),
        ],
    )
    plan = preview(ctx, path)

    assert [r.status for r in plan.rows] == [RowStatus.ERROR] * 3
    first = plan.rows[0].errors
    assert [(e.field, e.code) for e in first] == [("nip", "import_nip_number")]
    assert first[0].params == {"value": "1.96804E+17"}
    assert all(r.nip == "" for r in plan.rows)  # never turned back into (wrong) digits


def test_a_csv_saved_by_excel_with_the_nip_in_scientific_notation(
    ctx: ActionContext, tmp_path: Path
) -> None:
    path = tmp_path / "pegawai.csv"
    text = (
        "NIP;Nama;Pangkat/Gol;Jabatan;Unit\r\n"
        "1,96804E+17;Budi Santoso;III/c;Petugas;Regu I\r\n"
        f"{nip(3)};José Ramírez;III-a;Petugas;Regu I\r\n"
    )
    path.write_bytes(text.encode("cp1252"))  # Excel's "CSV" on an Indonesian Windows
    plan = preview(ctx, path)

    assert by_line(plan) == {
        2: (RowStatus.ERROR, ["import_nip_number"]),
        3: (RowStatus.NEW, []),
    }
    assert plan.rows[1].name == "José Ramírez"
    assert plan.rows[1].draft is not None and plan.rows[1].draft.golongan == "III/a"


def test_merged_cells_empty_rows_and_a_title_above_the_header(
    ctx: ActionContext, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["DAFTAR PEGAWAI RUTAN KELAS IIB BLORA"])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(HEADER)  # row 3
    sheet.append(person(1, nip(1), "Andi Wijaya", unit="Regu II"))  # row 4
    sheet.append(person(2, nip(2), "Bambang Irawan", unit=None))
    sheet.append([None] * 7)  # an empty row between two people
    sheet.append(person(3, nip(3), "Candra Kusuma", unit=None))  # row 7
    sheet.merge_cells("F4:F7")  # the unit written once beside the three of them
    sheet.append(["", "  ", None])
    path = tmp_path / "gabung.xlsx"
    workbook.save(path)

    table = read_table(path, guess=STAFF_HEADERS)
    assert table.header_line == 3
    assert table.merged == ("F4:F7",)
    plan = preview_staff_import(ctx.db, table, guess_staff_mapping(table), today=ctx.today())

    assert [(r.line, r.status) for r in plan.rows] == [
        (4, RowStatus.NEW),
        (5, RowStatus.NEW),
        (7, RowStatus.NEW),
    ]
    assert {r.draft.unit for r in plan.rows if r.draft} == {"Regu II"}


def test_cells_of_the_wrong_type_are_named(ctx: ActionContext, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "jenis.xlsx",
        [
            person(1, nip(1), datetime(2024, 3, 1)),
            person(2, nip(2), "Bambang Irawan", position=12),
            person(3, nip(3), "Candra Kusuma", phone=81234567890),
            person(4, nip(4), "Dedi Pratama", unit=2),  # a unit called 2 is text enough
            person(5, nip(5), True),
        ],
    )
    plan = preview(ctx, path)

    assert by_line(plan) == {
        2: (RowStatus.ERROR, ["import_cell_not_text"]),
        3: (RowStatus.ERROR, ["import_cell_not_text"]),
        4: (RowStatus.ERROR, ["import_phone_number"]),
        5: (RowStatus.NEW, []),
        6: (RowStatus.ERROR, ["import_cell_not_text"]),
    }
    assert plan.rows[0].errors[0].params == {"column": "Nama", "value": "01-03-2024"}
    assert plan.rows[1].errors[0].field == "position"


def test_a_nip_twice_in_the_file_marks_both_rows(registered: ActionContext, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "ganda.xlsx",
        [
            person(1, nip(1), "Andi Wijaya"),
            person(2, nip(2), "Bambang Irawan"),
            person(3, f"{nip(1)[:8]} {nip(1)[8:]}", "Andi W."),  # the same NIP, spaced
            person(4, BUDI_NIP, "Budi Santoso", golongan="III/c"),
            person(5, BUDI_NIP, "Budi S.", golongan="III/c"),
        ],
    )
    plan = preview(registered, path)

    assert by_line(plan) == {
        2: (RowStatus.ERROR, ["import_nip_twice"]),
        3: (RowStatus.NEW, []),
        4: (RowStatus.ERROR, ["import_nip_twice"]),
        5: (RowStatus.ERROR, ["import_nip_twice"]),
        6: (RowStatus.ERROR, ["import_nip_twice"]),
    }
    assert plan.rows[0].errors[0].params == {"lines": "4"}


def test_nothing_is_written_when_the_registry_changed_since_the_preview(
    ctx: ActionContext, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "pegawai.xlsx", [person(i, nip(i), f"Pegawai {i}") for i in range(1, 4)])
    plan = preview(ctx, path)
    assert plan.to_write == 3
    # Meanwhile another PC registers the third person under another name.
    registry.create_staff(
        ctx,
        StaffDraft(
            StaffKind.INTERNAL,
            name="Orang Lain",
            nip=nip(3),
            golongan="II/a",
            position="Staf",
            unit="Umum",
        ),
    )
    written = audit_count(ctx)

    with pytest.raises(ValidationError) as refused:
        import_staff(ctx, plan)

    assert [e.code for e in refused.value.errors] == ["import_plan_changed"]
    assert audit_count(ctx) == written
    assert {p.nip for p in records.list_staff(ctx.db)} == {nip(3)}


def test_a_mapping_without_the_nip_column_is_refused(ctx: ActionContext) -> None:
    table = RawTable(("Nama",), ())
    with pytest.raises(ValidationError) as refused:
        preview_staff_import(ctx.db, table, {StaffField.NAME: 0}, today=ctx.today())
    assert [(e.field, e.code) for e in refused.value.errors] == [("nip", "import_column_required")]


def test_the_template_keeps_the_nip_as_text_and_imports_its_examples(
    ctx: ActionContext, tmp_path: Path
) -> None:
    path = staff_template(tmp_path / "templat.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "NIP" and sheet["A2"].data_type == "s"
    assert sheet["A50"].number_format == "@"

    plan = preview(ctx, path)

    assert [r.status for r in plan.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert set(guess_staff_mapping(plan.table)) == set(StaffField)


@pytest.mark.parametrize(
    ("text", "golongan"),
    [
        ("III/a", "III/a"),
        ("iii-b", "III/b"),
        ("IV c", "IV/c"),
        ("Penata Muda (III/a)", "III/a"),
        ("Penata Muda Tk. I", "III/b"),
        ("pengatur  muda", "II/a"),
        ("Kapten", "Kapten"),
    ],
)
def test_the_golongan_is_read_as_lists_write_it(text: str, golongan: str) -> None:
    assert read_golongan(text) == golongan


def test_headers_are_guessed_however_they_are_spelt() -> None:
    table = RawTable(("No.", "N I P", "NAMA PEGAWAI", "Pangkat / Gol. Ruang", "Ket."), ())
    assert guess_staff_mapping(table) == {
        StaffField.NIP: 1,
        StaffField.NAME: 2,
        StaffField.GOLONGAN: 3,
        StaffField.NOTE: 4,
    }
