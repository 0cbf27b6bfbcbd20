"""Importing the inmate list exported from SDP: the preview of each row matched by the register
number in its written form, hostile files (titles above the header, merged cells, empty rows,
wrong types, unknown blocks, duplicates, over-long text), and the import in one transaction
that a second run of the same file leaves alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.services.accounts import admin
from rutan_desk.services.accounts.sign_in import change_own_password, sign_in
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.errors import PermissionDeniedError, ValidationError
from rutan_desk.services.handover.setup import save_block
from rutan_desk.services.imports.sheet import CellValue, RawTable, read_table
from rutan_desk.services.inmates import records, registry
from rutan_desk.services.inmates.importing import (
    INMATE_HEADERS,
    BlockNames,
    InmateField,
    InmateImportPreview,
    RowStatus,
    guess_inmate_mapping,
    import_inmates,
    inmate_template,
    preview_inmate_import,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR

NOON = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)  # 12.00 WIB, 2 December 2026
HEADER = ["No", "No. Registrasi", "Nama WBP", "Blok/Kamar", "Tgl Masuk"]
BLOCKS = ("Blok A (Tahanan)", "Blok B (Narapidana)", "Blok C")


@pytest.fixture
def clerk(db: Database) -> ActionContext:
    """The app acting on a fixed day, with the office's three blocks."""
    ctx = ActionContext(db, ACTOR, FixedClock(NOON))
    for name in BLOCKS:
        save_block(ctx, name, 60)
    return ctx


@pytest.fixture
def registered(clerk: ActionContext) -> ActionContext:
    """Ahmad (in Blok A) and Budi (no block yet) already in the registry."""
    block_a = _block_id(clerk, "Blok A (Tahanan)")
    registry.create_inmate(
        clerk,
        InmateDraft(
            name="Ahmad Fauzi bin Salim",
            register_number="A.II/123/2026",
            block_id=block_a,
            admitted_on=date(2026, 3, 14),
            note="pindahan dari Polres",
        ),
    )
    registry.create_inmate(clerk, InmateDraft(name="Budi Hartono", register_number="B.I/45/2025"))
    return clerk


def _block_id(ctx: ActionContext, name: str) -> int:
    from rutan_desk.services.handover.setup import list_blocks

    return next(block.id for block in list_blocks(ctx.db) if block.name == name)


def xlsx(path: Path, rows: list[list[CellValue]], *, header: list[str] = HEADER) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def preview(ctx: ActionContext, path: Path) -> InmateImportPreview:
    table = read_table(path, guess=INMATE_HEADERS)
    return preview_inmate_import(ctx.db, table, guess_inmate_mapping(table), today=ctx.today())


def by_line(plan: InmateImportPreview) -> dict[int, tuple[RowStatus, list[str]]]:
    return {row.line: (row.status, [e.code for e in row.errors]) for row in plan.rows}


def audit_count(ctx: ActionContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def inmates(ctx: ActionContext) -> dict[str, records.InmateRecord]:
    return {r.register_number: r for r in records.find_inmates(ctx.db, "", limit=1000)}


def test_an_sdp_export_with_titles_merged_cells_and_empty_rows(
    registered: ActionContext, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["DAFTAR WBP RUTAN KELAS IIB BLORA"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Keadaan per 1 Desember 2026"])
    sheet.append([])
    sheet.append(HEADER)  # row 4
    # Ahmad as SDP writes him: capitals, spaces, leading zeros, the block without "Blok".
    sheet.append([1, "a.ii / 0123 / 2026", "AHMAD FAUZI BIN SALIM", "A", None])  # row 5
    sheet.append([2, "B.I/45/2025", "Budi Hartono", "Blok B / Kamar 3", None])
    sheet.append([None] * 5)  # an empty row between two inmates
    sheet.append([3, "A.III/7/2026", "Candra Wijaya", None, datetime(2026, 11, 20)])  # row 8
    sheet.append([4, "A.III/8/2026", "Dedi Pratama", None, "21-11-2026"])  # row 9
    sheet.merge_cells("D8:D9")  # the block written once beside both of them
    sheet["D8"] = "Blok C"
    path = tmp_path / "sdp.xlsx"
    workbook.save(path)

    table = read_table(path, guess=INMATE_HEADERS)
    assert table.header_line == 4
    assert table.merged == ("D8:D9",)
    plan = preview_inmate_import(
        registered.db, table, guess_inmate_mapping(table), today=registered.today()
    )

    assert by_line(plan) == {
        5: (RowStatus.UNCHANGED, []),
        6: (RowStatus.UPDATE, []),
        8: (RowStatus.NEW, []),
        9: (RowStatus.NEW, []),
    }
    assert plan.rows[0].register_number == "A.II/123/2026"
    assert plan.rows[0].name == "Ahmad Fauzi bin Salim"  # the registry's spelling kept
    assert plan.rows[1].changed == (InmateField.BLOCK,)
    assert plan.rows[3].draft is not None and plan.rows[3].draft.admitted_on == date(2026, 11, 21)

    result = import_inmates(registered, plan)

    assert (result.created, result.updated, result.unchanged, result.skipped) == (2, 1, 1, 0)
    found = inmates(registered)
    assert found["B.I/45/2025"].block_name == "Blok B (Narapidana)"
    assert found["A.III/7/2026"].block_name == "Blok C"
    assert found["A.III/7/2026"].admitted_on == date(2026, 11, 20)
    assert found["A.III/8/2026"].block_name == "Blok C"
    ahmad = found["A.II/123/2026"]
    assert (ahmad.name, ahmad.note, ahmad.version) == (
        "Ahmad Fauzi bin Salim",
        "pindahan dari Polres",  # an unmapped note keeps the registry's
        1,
    )


def test_rows_that_cannot_be_stored_say_why(registered: ActionContext, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "salah.xlsx",
        [
            [1, "A.II/9/2026", "Eko Saputra", "Blok Z", None],  # row 2
            [2, "A.II/10/2026", datetime(2026, 3, 1), "C", None],
            [3, 12345, "Fajar Nugroho", "C", None],
            [4, "123/2026", "Gilang Ramadhan", "C", None],
            [5, "A.II/11/2026", "H" * 121, "C", None],
            [6, "A.II/12/2026", "Indra\x9bKusuma", "C", None],
            [7, "A.II/13/2026", None, "C", None],
            [8, "A.II/14/2026", "Joko Susilo", "C", "kemarin"],
            [9, "A.II/15/2026", "Kurnia Sari", "C", datetime(2027, 1, 5)],
            [10, "A.IX/16/2026", "Lukman Hakim", "C", None],
        ],
    )
    plan = preview(registered, path)

    assert by_line(plan) == {
        2: (RowStatus.ERROR, ["import_block_unknown"]),
        3: (RowStatus.ERROR, ["import_cell_not_text"]),
        4: (RowStatus.ERROR, ["import_cell_not_text"]),
        5: (RowStatus.ERROR, ["register_number_invalid"]),
        6: (RowStatus.ERROR, ["text_too_long"]),
        7: (RowStatus.ERROR, ["control_characters"]),
        8: (RowStatus.ERROR, ["name_required"]),
        9: (RowStatus.ERROR, ["import_cell_not_date"]),
        10: (RowStatus.ERROR, ["date_in_future"]),
        11: (RowStatus.ERROR, ["register_category_unknown"]),
    }
    unknown = plan.rows[0].errors[0]
    assert (unknown.field, unknown.params) == (
        "block",
        {"block": "Blok Z", "blocks": "Blok A (Tahanan), Blok B (Narapidana), Blok C"},
    )
    assert plan.rows[1].errors[0].params == {"column": "Nama WBP", "value": "01-03-2026"}
    assert plan.rows[2].errors[0].field == "register_number"
    assert plan.rows[2].errors[0].params == {"column": "No. Registrasi", "value": "12345"}
    assert plan.to_write == 0

    written = audit_count(registered)
    result = import_inmates(registered, plan)
    assert (result.created, result.skipped) == (0, 10)
    assert audit_count(registered) == written


def test_a_register_number_twice_in_the_file_marks_every_row_of_it(
    registered: ActionContext, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "ganda.xlsx",
        [
            [1, "A.III/8/2026", "Dedi Pratama", "C", None],  # row 2
            [2, "A.III/9/2026", "Eko Saputra", "C", None],
            [3, "a.iii / 008 / 2026", "Dedi P.", "C", None],  # the same number, spaced
            [4, "A.II/123/2026", "Ahmad Fauzi bin Salim", "A", None],
            [5, "A.II/0123/2026", "Ahmad Fauzi", "A", None],
        ],
    )
    plan = preview(registered, path)

    assert by_line(plan) == {
        2: (RowStatus.ERROR, ["import_register_number_twice"]),
        3: (RowStatus.NEW, []),
        4: (RowStatus.ERROR, ["import_register_number_twice"]),
        5: (RowStatus.ERROR, ["import_register_number_twice"]),
        6: (RowStatus.ERROR, ["import_register_number_twice"]),
    }
    assert plan.rows[0].errors[0].params == {"lines": "4"}


def test_reimporting_the_same_file_writes_nothing(clerk: ActionContext, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "sdp.xlsx",
        [[i, f"B.IIa/{i}/2025", f"Warga Binaan {i}", "Blok B", "01-02-2025"] for i in range(1, 6)],
    )
    import_inmates(clerk, preview(clerk, path))
    written = audit_count(clerk)
    assert written > 0

    again = preview(clerk, path)
    assert {row.status for row in again.rows} == {RowStatus.UNCHANGED}
    result = import_inmates(clerk, again)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 5)
    assert audit_count(clerk) == written


def test_nothing_is_written_when_the_registry_changed_since_the_preview(
    clerk: ActionContext, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "sdp.xlsx",
        [[i, f"B.IIa/{i}/2025", f"Warga Binaan {i}", "Blok B", None] for i in range(1, 4)],
    )
    plan = preview(clerk, path)
    assert plan.to_write == 3
    # Meanwhile another PC enters the third inmate under another name.
    registry.create_inmate(clerk, InmateDraft(name="Orang Lain", register_number="b.iia/3/2025"))
    written = audit_count(clerk)

    with pytest.raises(ValidationError) as refused:
        import_inmates(clerk, plan)

    assert [e.code for e in refused.value.errors] == ["import_inmate_plan_changed"]
    assert audit_count(clerk) == written
    assert set(inmates(clerk)) == {"B.IIa/3/2025"}


def test_an_update_from_an_old_preview_is_refused_whole(
    registered: ActionContext, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "sdp.xlsx",
        [
            [1, "B.I/45/2025", "Budi Hartono", "Blok B", None],
            [2, "A.III/7/2026", "Candra Wijaya", "Blok C", None],
        ],
    )
    plan = preview(registered, path)
    assert [r.status for r in plan.rows] == [RowStatus.UPDATE, RowStatus.NEW]
    budi = inmates(registered)["B.I/45/2025"]
    registry.update_inmate(
        registered, budi.id, replace(budi.to_draft(), note="dipindah"), expected_version=1
    )

    with pytest.raises(ValidationError):
        import_inmates(registered, plan)

    assert "A.III/7/2026" not in inmates(registered)
    assert inmates(registered)["B.I/45/2025"].block_id is None


def test_a_reader_cannot_import(clerk: ActionContext, tmp_path: Path) -> None:
    admin.create_account(clerk, "tamu", "Tamu", Role.PEMBACA, "sementara-123")
    signed = sign_in(clerk.db, "tamu", "sementara-123")
    reader = ActionContext(clerk.db, signed.account.actor(), FixedClock(NOON))
    change_own_password(reader, "sementara-123", "sandi-tamu")
    path = xlsx(tmp_path / "sdp.xlsx", [[1, "B.I/1/2025", "Warga Binaan", "Blok B", None]])

    with pytest.raises(PermissionDeniedError) as refused:
        import_inmates(reader, preview(reader, path))

    assert refused.value.permission is Permission.INMATES_EDIT
    assert inmates(clerk) == {}


def test_a_csv_with_dates_typed_as_text(clerk: ActionContext, tmp_path: Path) -> None:
    path = tmp_path / "sdp.csv"
    text = (
        "Nomor Registrasi;Nama;Kamar;Tanggal Masuk;Keterangan\r\n"
        "B.IIb/77/2024;José Ramírez;Blok A;14/03/2024;residivis\r\n"
        "B.IIb/78/2024;Agus;Blok A;2024-03-15;\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    plan = preview(clerk, path)

    assert by_line(plan) == {2: (RowStatus.NEW, []), 3: (RowStatus.NEW, [])}
    first, second = (row.draft for row in plan.rows)
    assert first is not None and second is not None
    assert (first.name, first.admitted_on, first.note) == (
        "José Ramírez",
        date(2024, 3, 14),
        "residivis",
    )
    assert second.admitted_on == date(2024, 3, 15)


def test_a_mapping_without_the_register_number_is_refused(clerk: ActionContext) -> None:
    table = RawTable(("Nama",), ())
    with pytest.raises(ValidationError) as refused:
        preview_inmate_import(clerk.db, table, {InmateField.NAME: 0}, today=clerk.today())
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("register_number", "import_column_required")
    ]


def test_the_template_imports_its_examples(clerk: ActionContext, tmp_path: Path) -> None:
    save_block(clerk, "Blok A", 40)
    save_block(clerk, "Blok B", 40)
    path = inmate_template(tmp_path / "templat.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "No. Registrasi" and sheet["A50"].number_format == "@"

    plan = preview(clerk, path)

    assert [r.status for r in plan.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert set(guess_inmate_mapping(plan.table)) == set(InmateField)
    assert plan.rows[0].draft is not None
    assert plan.rows[0].draft.admitted_on == date(2026, 3, 14)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ("No.", "No Reg", "NAMA WBP", "Blok / Kamar", "Ket."),
            {
                InmateField.REGISTER_NUMBER: 1,
                InmateField.NAME: 2,
                InmateField.BLOCK: 3,
                InmateField.NOTE: 4,
            },
        ),
        (
            ("Nomor Registrasi", "Nama", "Kamar", "Tgl. Masuk"),
            {
                InmateField.REGISTER_NUMBER: 0,
                InmateField.NAME: 1,
                InmateField.BLOCK: 2,
                InmateField.ADMITTED_ON: 3,
            },
        ),
    ],
)
def test_sdp_headers_are_guessed_however_they_are_spelt(
    headers: tuple[str, ...], expected: dict[InmateField, int]
) -> None:
    assert guess_inmate_mapping(RawTable(headers, ())) == expected


BLOCK_NAMES = BlockNames(
    [(1, "Blok A (Tahanan)"), (2, "Blok B (Narapidana)"), (3, "Blok C"), (4, "Isolasi")]
)


@pytest.mark.parametrize(
    ("text", "block_id"),
    [
        ("Blok A (Tahanan)", 1),
        ("blok a (tahanan)", 1),
        ("Blok A", 1),
        ("A", 1),
        ("B / 3", 2),
        ("Blok B Kamar 12", 2),
        ("C", 3),
        ("ISOLASI", 4),
        ("Blok Isolasi", 4),
        ("D", None),
        ("Blok", None),
        ("", None),
    ],
)
def test_blocks_are_found_by_the_names_lists_write(text: str, block_id: int | None) -> None:
    assert BLOCK_NAMES.find(text) == block_id


def test_a_short_name_shared_by_two_blocks_finds_neither() -> None:
    blocks = BlockNames([(1, "Blok A (Pria)"), (2, "Blok A (Wanita)")])
    assert blocks.find("Blok A") is None
    assert blocks.find("Blok A (Wanita)") == 2
