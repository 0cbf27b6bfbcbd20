"""The add/edit dialog, driven from the keyboard like a clerk would."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.paths import AppPaths
from rutan_desk.services.context import ActionContext
from rutan_desk.services.staff import records, registry
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.i18n import install_translator
from rutan_desk.ui.staff.staff_dialog import StaffDialog
from tests.conftest import ACTOR, audit_check

NIP = "196804111993031009"


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "id")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
    translator.deleteLater()


def open_dialog(qtbot: QtBot, ctx: AppContext, record: StaffRecord | None = None) -> StaffDialog:
    dialog = StaffDialog(ctx, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_golongan(qtbot: QtBot, dialog: StaffDialog, word: str, downs: int = 0) -> None:
    """Type a rank name into the closed combo (it jumps to the first match), then arrow down.
    No spaces: Space opens the combo's pop-up list."""
    qtbot.keyClicks(dialog.golongan_combo, word)
    for _ in range(downs):
        qtbot.keyClick(dialog.golongan_combo, Qt.Key.Key_Down)


def type_internal_person(
    qtbot: QtBot,
    dialog: StaffDialog,
    *,
    name: str = "Slamet Riyadi, S.H.",
    nip: str = "19680411 199303 1 009",
    position: str = "Petugas Pengamanan",
    unit: str = "Regu II",
) -> None:
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.nip_edit, nip)
    choose_golongan(qtbot, dialog, "Penata", downs=1)
    qtbot.keyClicks(dialog.position_edit, position)
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), unit)
    qtbot.keyClicks(dialog.phone_edit, "081234567890")


def press_enter(qtbot: QtBot, dialog: StaffDialog) -> None:
    qtbot.keyClick(dialog.position_edit, Qt.Key.Key_Return)


def audit_count(db: Database) -> int:
    return audit_check(db).entries


def last_audit(app_paths: AppPaths) -> tuple[str, str, str, str]:
    with closing(sqlite3.connect(app_paths.database_file)) as connection:
        row = connection.execute(
            "SELECT action, entity, entity_id, actor FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    return tuple(row)


def existing_person(db: Database, name: str = "Budi Santoso", nip: str = NIP) -> StaffRecord:
    return registry.create_staff(
        ActionContext(db, ACTOR),
        StaffDraft(
            kind=StaffKind.INTERNAL,
            name=name,
            nip=nip,
            golongan="II/b",
            position="Petugas Pengamanan",
            unit="Regu I",
            status_since=date(2020, 1, 2),
        ),
    )


def test_add_person_by_keyboard(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.windowTitle() == "Add person"
    assert dialog.internal_radio.isChecked()
    assert dialog.focusWidget() is dialog.name_edit
    type_internal_person(qtbot, dialog, nip="19680411 199303 2 009")
    assert dialog.golongan_combo.currentData() == "III/b"

    with qtbot.waitSignal(ctx.events.changed) as changed:
        press_enter(qtbot, dialog)

    assert changed.args[0].areas == {Area.STAFF}
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    (record,) = records.list_staff(db)
    assert dialog.saved == record
    assert record.kind == StaffKind.INTERNAL
    assert record.name == "Slamet Riyadi, S.H."
    assert record.nip == "196804111993032009"
    assert record.gender == Gender.FEMALE  # digit 15 of the NIP is 2
    assert record.golongan == "III/b"
    assert record.position == "Petugas Pengamanan"
    assert record.unit == "Regu II"
    assert record.phone == "081234567890"
    assert record.active
    assert record.status_since == ctx.today()  # the office day (WIB), not the machine's
    assert audit_count(db) == 1


def test_gender_comes_from_the_nip_and_is_not_asked(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert not dialog.gender_combo.isVisible()
    type_internal_person(qtbot, dialog)
    press_enter(qtbot, dialog)
    (record,) = records.list_staff(db)
    assert record.nip == NIP
    assert record.gender == Gender.MALE


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "19681311199303 1 009",
            "8 digit pertama (19681311) harus tanggal lahir TTTTBBHH.",
        ),
        ("19680411199303100", "NIP terdiri dari 18 digit; yang diisi 17 digit."),
        (
            "19680411 199303 3 009",
            "Digit ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan 3.",
        ),
        ("19680411 198503 1 009", "Bulan pengangkatan (03/1985) sebelum usia 18 tahun."),
        ("19680411 199303 1 000", "3 digit terakhir (nomor urut) tidak boleh 000."),
        ("1968041119930310O9", "NIP hanya berisi angka."),
    ],
)
def test_bad_nip_is_explained_beside_the_field_and_nothing_saved(
    qtbot: QtBot, ctx: AppContext, db: Database, indonesian: None, typed: str, message: str
) -> None:
    dialog = open_dialog(qtbot, ctx)
    entries_before = audit_count(db)
    type_internal_person(qtbot, dialog, nip=typed)

    press_enter(qtbot, dialog)

    assert dialog.errors.text("nip") == message
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.saved is None
    assert dialog.focusWidget() is dialog.nip_edit
    for other in ("name", "golongan", "position", "unit", "phone"):
        assert dialog.errors.text(other) == ""
    assert records.list_staff(db) == []
    assert audit_count(db) == entries_before


def test_correcting_the_nip_then_saves(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    dialog = open_dialog(qtbot, ctx)
    type_internal_person(qtbot, dialog, nip="19680411 199303 3 009")
    press_enter(qtbot, dialog)
    assert dialog.errors.text("nip") == "Digit 15 must be 1 (man) or 2 (woman), not 3."
    assert dialog.nip_hint.text() == ""  # said once, under the field, not also in the hint

    dialog.nip_edit.clear()
    qtbot.keyClicks(dialog.nip_edit, NIP)
    assert "born 11 April 1968" in dialog.nip_hint.text()
    press_enter(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.nip for r in records.list_staff(db)] == [NIP]


def test_every_missing_field_is_named(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    dialog = open_dialog(qtbot, ctx)
    press_enter(qtbot, dialog)
    assert dialog.errors.text("name") == "Enter the name."
    assert dialog.errors.text("nip") == "Enter the 18-digit NIP."
    assert dialog.errors.text("golongan") == "Choose the rank (pangkat/golongan)."
    assert dialog.errors.text("position") == "Enter the position (jabatan)."
    assert dialog.errors.text("unit") == "Enter the unit."
    assert dialog.focusWidget() is dialog.name_edit
    assert records.list_staff(db) == []


def test_duplicate_nip_names_the_other_person(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    existing_person(db, name="Budi Santoso")
    entries_before = audit_count(db)
    dialog = open_dialog(qtbot, ctx)
    type_internal_person(qtbot, dialog, name="Joko Wibowo", nip="19680411-199303-1-009")

    press_enter(qtbot, dialog)

    assert dialog.errors.text("nip") == "This NIP is already registered for Budi Santoso."
    assert dialog.isVisible()
    assert [r.name for r in records.list_staff(db)] == ["Budi Santoso"]
    assert audit_count(db) == entries_before


def test_external_officer_needs_an_eight_digit_nrp(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.external_radio, Qt.MouseButton.LeftButton)
    assert dialog.external_radio.isChecked()
    assert dialog.external_id_edit.isVisible()
    assert not dialog.nip_edit.isVisible()
    assert not dialog.golongan_combo.isVisible()
    assert dialog.gender_combo.isVisible()
    assert dialog.id_kind_combo.currentData() == ExternalIdKind.NRP_POLRI

    qtbot.keyClicks(dialog.name_edit, "Andi Pratama")
    qtbot.keyClicks(dialog.agency_combo.lineEdit(), "Polres Blora")
    qtbot.keyClicks(dialog.external_id_edit, "8405123")
    qtbot.keyClicks(dialog.external_rank_combo.lineEdit(), "Bripka")
    qtbot.keyClicks(dialog.position_edit, "Anggota Polri")
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "Samapta")
    press_enter(qtbot, dialog)

    assert dialog.errors.text("external_id") == "An NRP has 8 digits; this one has 7."
    assert dialog.focusWidget() is dialog.external_id_edit
    assert records.list_staff(db) == []

    qtbot.keyClick(dialog.external_id_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.external_id_edit, "4")
    press_enter(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    (record,) = records.list_staff(db)
    assert record.kind == StaffKind.EXTERNAL
    assert record.external_id_kind == ExternalIdKind.NRP_POLRI
    assert record.external_id == "84051234"
    assert record.nip == ""
    assert record.agency == "Polres Blora"
    assert record.external_rank == "Bripka"
    assert record.gender == Gender.MALE
    assert record.unit == "Samapta"


def test_external_nrp_message_in_indonesian(
    qtbot: QtBot, ctx: AppContext, db: Database, indonesian: None
) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.external_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Andi Pratama")
    qtbot.keyClicks(dialog.agency_combo.lineEdit(), "Polres Blora")
    qtbot.keyClicks(dialog.external_id_edit, "8405123")
    qtbot.keyClicks(dialog.external_rank_combo.lineEdit(), "Bripka")
    press_enter(qtbot, dialog)
    assert dialog.errors.text("external_id") == "NRP terdiri dari 8 digit; yang diisi 7 digit."
    assert records.list_staff(db) == []


def test_switching_kind_clears_the_messages(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    press_enter(qtbot, dialog)
    assert dialog.errors.text("nip") != ""
    qtbot.mouseClick(dialog.external_radio, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("nip") == ""
    assert dialog.errors.text("name") == ""


def test_nip_hint_explains_the_number_in_indonesian(
    qtbot: QtBot, ctx: AppContext, indonesian: None
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.windowTitle() == "Tambah personel"
    qtbot.keyClicks(dialog.nip_edit, "19680411199303100")
    assert dialog.nip_hint.text() == ""  # incomplete: nothing to explain yet
    qtbot.keyClicks(dialog.nip_edit, "9")
    hint = dialog.nip_hint.text()
    assert "11 April 1968" in hint
    assert hint == "19680411 199303 1 009 · lahir 11 April 1968 · diangkat Maret 1993 · laki-laki"

    dialog.nip_edit.clear()
    qtbot.keyClicks(dialog.nip_edit, "19681311 199303 1 009")
    assert dialog.nip_hint.text() == "8 digit pertama (19681311) harus tanggal lahir TTTTBBHH."


def test_nip_hint_in_english_without_translator(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.nip_edit, "196804111993032009")
    assert dialog.nip_hint.text() == (
        "19680411 199303 2 009 · born 11 April 1968 · appointed Maret 1993 · woman"
    )


def test_edit_changes_the_record_and_writes_an_update_entry(
    qtbot: QtBot, ctx: AppContext, db: Database, app_paths: AppPaths
) -> None:
    record = existing_person(db)
    entries_before = audit_count(db)
    dialog = open_dialog(qtbot, ctx, record)
    assert dialog.windowTitle() == "Edit person"
    assert dialog.name_edit.text() == "Budi Santoso"
    assert dialog.nip_edit.text() == NIP
    assert dialog.golongan_combo.currentData() == "II/b"
    assert dialog.unit_combo.currentText() == "Regu I"

    qtbot.keyClick(dialog.position_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.position_edit, "Kepala Regu Pengamanan")
    qtbot.keyClick(dialog.golongan_combo, Qt.Key.Key_Down)
    press_enter(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    updated = records.get_staff(db, record.id)
    assert updated.position == "Kepala Regu Pengamanan"
    assert updated.golongan == "II/c"
    assert updated.name == "Budi Santoso"
    assert len(records.list_staff(db)) == 1
    assert audit_count(db) == entries_before + 1
    assert last_audit(app_paths) == ("update", "staff", str(record.id), ACTOR.audit_name)


def test_saving_an_unchanged_record_writes_no_audit_entry(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    record = existing_person(db)
    entries_before = audit_count(db)
    dialog = open_dialog(qtbot, ctx, record)
    press_enter(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert records.get_staff(db, record.id) == record
    assert audit_count(db) == entries_before


def test_edit_external_record_keeps_its_fields(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    record = registry.create_staff(
        ActionContext(db, ACTOR),
        StaffDraft(
            kind=StaffKind.EXTERNAL,
            name="Sri Wahyuni",
            gender=Gender.FEMALE,
            agency="Kodim 0721/Blora",
            external_id_kind=ExternalIdKind.NRP_TNI,
            external_id="21120345",
            external_rank="Serda",
            position="Anggota TNI",
        ),
    )
    dialog = open_dialog(qtbot, ctx, record)
    assert dialog.external_radio.isChecked()
    assert dialog.id_kind_combo.currentData() == ExternalIdKind.NRP_TNI
    assert dialog.external_rank_combo.currentText() == "Serda"
    assert dialog.gender_combo.currentData() == Gender.FEMALE
    assert dialog.draft() == record.to_draft()


def test_cancel_saves_nothing(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    dialog = open_dialog(qtbot, ctx)
    type_internal_person(qtbot, dialog)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert records.list_staff(db) == []
