"""The inmate import as the Kamtib clerk finds it: Settings of the incidents page → Import inmate
list, a file chosen, its preview read off the GUI thread (the dialog takes no second request
meanwhile), the good rows imported and the inmate found by the picker's search."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.services.handover.setup import save_block
from rutan_desk.services.inmates import records, registry
from rutan_desk.services.inmates.importing import InmateField, RowStatus
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.inmates.import_dialog import InmateImportDialog
from rutan_desk.ui.kamtib.kamtib_tab import KamtibTab
from rutan_desk.ui.kamtib.settings_dialog import KamtibSettingsDialog


def sdp_file(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["DAFTAR WBP"])
    sheet.append(["No", "No Reg", "Nama WBP", "Blok/Kamar"])  # row 2
    sheet.append([1, "b.i / 045 / 2025", "BUDI HARTONO", "Blok A"])
    sheet.append([2, "A.III/7/2025", "Candra Wijaya", "Blok A / Kamar 2"])
    sheet.append([3, "A.III/8/2025", "Dedi Pratama", "Blok Z"])
    workbook.save(path)
    return path


@pytest.fixture
def office(ctx: AppContext) -> AppContext:
    """Blok A kept, Budi already in the registry without a block."""
    action = ctx.action()
    save_block(action, "Blok A", 60)
    registry.create_inmate(action, InmateDraft(name="Budi Hartono", register_number="B.I/45/2025"))
    return ctx


def test_the_clerk_imports_the_inmate_list_from_the_kamtib_settings(
    qtbot: QtBot, office: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings: list[KamtibSettingsDialog] = []
    imports: list[InmateImportDialog] = []
    monkeypatch.setattr(KamtibSettingsDialog, "exec", lambda self: settings.append(self) or 0)
    monkeypatch.setattr(InmateImportDialog, "exec", lambda self: imports.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text) or 0)
    tab = KamtibTab(office)
    qtbot.addWidget(tab)

    tab.incidents.settings_button.click()
    (settings_dialog,) = settings
    qtbot.addWidget(settings_dialog)
    settings_dialog.import_inmates_button.click()
    (dialog,) = imports
    dialog.show()

    dialog.load_file(sdp_file(tmp_path / "sdp.xlsx"))
    assert dialog.busy  # read off the GUI thread: nothing else can be asked meanwhile
    assert not dialog.choose_button.isEnabled() and not dialog.import_button.isEnabled()
    assert not dialog.column_combos[InmateField.NAME].isEnabled()
    dialog.load_file(tmp_path / "another.xlsx")  # ignored while the first is read
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    assert dialog.file_edit.text().endswith("sdp.xlsx")
    assert dialog.sheet_note.text() == "Headers read from row 2."
    assert dialog.column_combos[InmateField.BLOCK].currentText() == "D: Blok/Kamar"
    assert dialog.column_combos[InmateField.ADMITTED_ON].currentData() is None
    assert dialog.count_label.text() == "1 new, 1 changed, 0 unchanged, 1 with errors"
    model = dialog.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Register number"
    assert [model.index(r, 1).data() for r in range(3)] == ["Changed", "New", "Error"]
    assert [model.index(r, 3).data() for r in range(3)] == [
        "B.I/45/2025",
        "A.III/7/2025",
        "A.III/8/2025",
    ]
    assert model.index(0, 4).data() == "Changes: Block"
    assert model.index(2, 4).data() == (
        "There is no block Blok Z; the blocks are: Blok A. Add it under Handover → Settings, "
        "or correct the file."
    )
    assert dialog.import_button.text() == "&Import 2 row(s)"

    dialog.import_button.click()
    assert dialog.busy and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)

    assert told == ["1 inmates added, 1 changed."]
    (candra,) = records.find_inmates(office.db, "candra")
    assert (candra.register_number, candra.block_name) == ("A.III/7/2025", "Blok A")
    (budi,) = records.find_inmates(office.db, "b.i/45/2025")
    assert (budi.name, budi.block_name) == ("Budi Hartono", "Blok A")
    assert records.find_inmates(office.db, "dedi") == []


def test_a_column_changed_while_the_preview_runs_is_previewed_after_it(
    qtbot: QtBot, office: AppContext, tmp_path: Path
) -> None:
    dialog = InmateImportDialog(office)
    qtbot.addWidget(dialog)
    dialog.load_file(sdp_file(tmp_path / "sdp.xlsx"))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    dialog.column_combos[InmateField.BLOCK].setCurrentIndex(0)  # starts a preview
    assert dialog.busy
    dialog.column_combos[InmateField.NOTE].setCurrentIndex(4)  # the block column as note
    qtbot.waitUntil(
        lambda: (
            not dialog.busy
            and dialog.preview is not None
            and dialog.preview.mapping.get(InmateField.NOTE) == 3
        ),
        timeout=10_000,
    )

    assert [row.status for row in dialog.preview.rows] == [
        RowStatus.UPDATE,
        RowStatus.NEW,
        RowStatus.NEW,
    ]
    assert dialog.preview.rows[0].changed == (InmateField.NOTE,)


def test_the_template_saved_from_the_dialog_names_the_office_blocks_or_says_it_does_not(
    qtbot: QtBot, office: AppContext, tmp_path: Path
) -> None:
    dialog = InmateImportDialog(office)
    qtbot.addWidget(dialog)
    path = tmp_path / "templat.xlsx"
    dialog.write_template(path)

    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    assert dialog.preview is not None
    # Blok A is the office's; the example in Blok B is refused, naming the blocks there are.
    assert [row.status for row in dialog.preview.rows] == [RowStatus.NEW, RowStatus.ERROR]
    assert dialog.preview.rows[1].errors[0].code == "import_block_unknown"
