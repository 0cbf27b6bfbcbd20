"""The staff import dialog on a small file: the guessed columns, the preview with its counts
and reasons, a column mapped again, the import of the good rows and the template."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.staff import records, registry
from rutan_desk.services.staff.importing import RowStatus, StaffField
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.staff.import_dialog import StaffImportDialog
from rutan_desk.ui.staff.staff_tab import StaffTab

BUDI_NIP = "196804111993031009"


def small_file(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["NIP", "Nama Pegawai", "Gol.", "Jabatan", "Regu", "Telp"])
    sheet.append([BUDI_NIP, "Budi Santoso", "III/c", "Kepala Regu", "Regu I", "081234567890"])
    sheet.append(["198505012010031001", "Andi Wijaya", "II/b", "Petugas", "Regu II", None])
    sheet.append([198505012010031002, "Bambang", "II/b", "Petugas", "Regu II", None])
    workbook.save(path)
    return path


@pytest.fixture
def budi(ctx: AppContext) -> AppContext:
    registry.create_staff(
        ctx.action(),
        StaffDraft(
            StaffKind.INTERNAL,
            name="Budi Santoso",
            nip=BUDI_NIP,
            golongan="III/c",
            position="Petugas",
            unit="Regu I",
            phone="081234567890",
        ),
    )
    return ctx


def test_the_clerk_previews_and_imports_the_good_rows(
    qtbot: QtBot, budi: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *args: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    dialog = StaffImportDialog(budi)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()

    dialog.load_file(small_file(tmp_path / "pegawai.xlsx"))
    qtbot.waitUntil(lambda: not dialog.busy)

    assert dialog.column_combos[StaffField.NAME].currentText() == "B: Nama Pegawai"
    assert dialog.column_combos[StaffField.NOTE].currentData() is None
    assert dialog.count_label.text() == "1 new, 1 changed, 0 unchanged, 1 with errors"
    assert dialog.import_button.text() == "&Import 2 row(s)"
    model = dialog.model
    assert [model.index(r, 1).data() for r in range(3)] == ["Changed", "New", "Error"]
    assert model.index(0, 4).data() == "Changes: Position (jabatan)"
    assert model.index(2, 4).data().startswith("Excel stored this NIP as a number (1.98505E+17)")

    # The phone column left out: the rows are planned again without it.
    combo = dialog.column_combos[StaffField.PHONE]
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.preview is not None and dialog.preview.mapping.get(StaffField.PHONE) is None

    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)

    assert asked and "1 row(s) with errors will be left out" in asked[0]
    assert dialog.imported is not None
    assert (dialog.imported.created, dialog.imported.updated) == (1, 1)
    people = {p.nip: p for p in records.list_staff(budi.db)}
    assert people[BUDI_NIP].position == "Kepala Regu"
    assert people["198505012010031001"].unit == "Regu II"
    assert "198505012010031002" not in people


def test_a_mapping_without_names_is_explained_and_nothing_can_be_imported(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = StaffImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load_file(small_file(tmp_path / "pegawai.xlsx"))
    qtbot.waitUntil(lambda: not dialog.busy)

    dialog.column_combos[StaffField.NAME].setCurrentIndex(0)
    qtbot.waitUntil(lambda: not dialog.busy)

    assert dialog.mapping_errors.text() == "Name: Choose the column of this field."
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_the_template_saved_from_the_dialog_previews_as_two_new_people(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = StaffImportDialog(ctx)
    qtbot.addWidget(dialog)
    path = tmp_path / "templat.xlsx"
    dialog.write_template(path)

    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.busy)

    assert dialog.preview is not None
    assert [row.status for row in dialog.preview.rows] == [RowStatus.NEW, RowStatus.NEW]


def test_the_staff_tab_opens_the_import(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[StaffImportDialog] = []
    monkeypatch.setattr(StaffImportDialog, "exec", lambda self: opened.append(self) or 0)
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)

    tab.import_button.click()

    assert len(opened) == 1
