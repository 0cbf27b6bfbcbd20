"""The audit trail on screen: one person's history opened from the staff tab by keyboard, the
audit dialog's filters, pages, values side by side and PDF, the history of a handover and of
a letter, and a reader who may not look."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.accounts import Role
from rutan_desk.domain.changes import Area
from rutan_desk.domain.handover import EquipmentKind
from rutan_desk.services.accounts.admin import create_account
from rutan_desk.services.accounts.sign_in import change_own_password
from rutan_desk.services.calendar.edits import add_holiday
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.documents import register as documents
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.services.staff import registry
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.audit.audit_dialog import AuditTrailDialog, open_audit_trail
from rutan_desk.ui.audit.record_history import RecordHistoryDialog, open_record_history
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.register_tab import RegisterTab
from rutan_desk.ui.handover.handover_dialog import HandoverDialog
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.staff.staff_tab import StaffTab
from tests.services.test_staff_service import BUDI, SITI

MOVED = replace(BUDI, position="Petugas Pengamanan")


@pytest.fixture(autouse=True)
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the operation runner would have shown (never a blocking box in a test)."""
    shown: list[str] = []

    def warn(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Discard
    )
    return shown


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


def budi_changed_twice(ctx: AppContext) -> StaffRecord:
    """Budi created, moved to another position, then given a new phone number."""
    budi = registry.create_staff(ctx.action(), BUDI)
    budi = registry.update_staff(ctx.action(), budi.id, MOVED, expected_version=budi.version)
    return registry.update_staff(
        ctx.action(), budi.id, replace(MOVED, phone="081298765432"), expected_version=budi.version
    )


def shown(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


# -- one record's history ---------------------------------------------------------------------


def test_the_history_of_a_person_opens_from_the_staff_tab_by_keyboard(
    qtbot: QtBot, ctx: AppContext
) -> None:
    budi = budi_changed_twice(ctx)
    registry.create_staff(ctx.action(), SITI)
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    tab.resize(1100, 600)
    shown(qtbot, tab)
    assert not tab.history_button.isEnabled()  # nobody chosen yet

    # Find the person, go to the list, choose the row, ask for the history: all by keyboard.
    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.search_edit, "budi")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert tab.table.hasFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.selected_record() is not None and tab.selected_record().id == budi.id
    assert tab.history_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: tab.history_dialog is not None and tab.history_dialog.isVisible())
    dialog = tab.history_dialog
    assert isinstance(dialog, RecordHistoryDialog)
    assert dialog.windowTitle() == "Change history — Pegawai: Budi Santoso, S.H."
    assert [e.action for e in dialog.entries()] == ["create", "update", "update"]
    assert dialog.heading.text() == "Pegawai: Budi Santoso, S.H.: 3 entry(ies), oldest first."
    # The latest change is chosen, its values before and after side by side.
    qtbot.waitUntil(dialog.table.hasFocus)
    assert dialog.details.rows() == [("Telepon", "081234567890", "081298765432")]
    # One up: the change before it.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.details.rows() == [("Jabatan", "Kepala Regu Pengamanan", "Petugas Pengamanan")]
    assert dialog.details.heading.text().endswith(" · Pegawai: Budi Santoso, S.H. · changed")
    # Every field on demand: the unchanged ones too, the changed one in bold.
    dialog.details.all_fields.setChecked(True)
    rows = dict((field, (before, after)) for field, before, after in dialog.details.rows())
    assert rows["Nama"] == ("Budi Santoso, S.H.", "Budi Santoso, S.H.")
    assert rows["Jabatan"] == ("Kepala Regu Pengamanan", "Petugas Pengamanan")

    # A change saved while the history is open appears in it.
    Operation(
        tab,
        ctx,
        lambda action: registry.update_staff(
            action, budi.id, replace(MOVED, phone=""), expected_version=budi.version
        ),
    ).run()
    assert len(dialog.entries()) == 4
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_history_of_a_letter_opens_from_the_register(
    qtbot: QtBot, ctx: AppContext, parent: QWidget
) -> None:
    action = ActionContext(ctx.db, ctx.actor, FixedClock(datetime(2024, 1, 2, 3, tzinfo=UTC)))
    issued = documents.issue_document(
        action,
        kind="surat_perintah",
        title="Pengamanan sidang",
        on=date(2024, 1, 2),
        source={},
        render=lambda number, _code: f"%PDF {number}".encode(),
    )
    documents.cancel_document(
        ctx.action(), issued.id, "Salah tanggal", expected_version=issued.version
    )
    tab = RegisterTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.selected() is not None and tab.history_button.isEnabled()
    tab.history_button.click()
    dialog = tab.history_dialog
    assert isinstance(dialog, RecordHistoryDialog) and dialog.isVisible()
    assert dialog.windowTitle() == f"Change history — Surat: {issued.number}"
    assert [e.action for e in dialog.entries()] == ["create", "update"]
    rows = dict((field, (before, after)) for field, before, after in dialog.details.rows())
    assert rows["Status"] == ("terbit", "dibatalkan")
    assert rows["Alasan pembatalan"] == ("—", "Salah tanggal")


@pytest.fixture
def handover_demo(ctx: AppContext) -> list[StaffRecord]:
    records = populate_demo(ctx.db, with_handovers=False)
    handover_setup.save_block(ctx.action(), "Blok A", 60)
    handover_setup.save_equipment_item(ctx.action(), "HT Motorola", EquipmentKind.HT, 6)
    return records


def test_the_history_of_a_handover_shows_its_changed_lines(
    qtbot: QtBot, ctx: AppContext, handover_demo: list[StaffRecord]
) -> None:
    from rutan_desk.services.handover.prefill import prefill_handover

    draft = prefill_handover(ctx.db, date(2024, 1, 15), "P")
    counts = tuple(replace(c, opening=7, counted=7) for c in draft.counts)
    handover_id = save_handover(ctx.action(), replace(draft, counts=counts))
    record = load_handover(ctx.db, handover_id)
    first = record.draft.counts[0]
    again = replace(
        record.draft,
        counts=(replace(first, opening=9, counted=9), *record.draft.counts[1:]),
    )
    save_handover(ctx.action(), again)
    record = load_handover(ctx.db, handover_id)

    dialog = HandoverDialog(ctx, record.draft, record=record)
    qtbot.addWidget(dialog)
    assert dialog.history_button.isEnabled()
    dialog.history_button.click()
    history = dialog.history_dialog
    assert isinstance(history, RecordHistoryDialog)
    assert [e.action for e in history.entries()] == ["create", "update"]
    rows = history.details.rows()
    assert rows[0][0].startswith("Jumlah penghuni Blok A · ") and rows[0][0].endswith("(changed)")
    assert rows[1:] == [
        ("  Awal", "7", "9"),
        ("  Akhir", "7", "9"),
        ("  Dihitung", "7", "9"),
    ]


# -- the audit trail ----------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, parent: QWidget, ctx: AppContext) -> AuditTrailDialog:
    dialog = open_audit_trail(parent, ctx)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def records(dialog: AuditTrailDialog) -> list[tuple[str, str]]:
    return [(e.record_text, e.action) for e in dialog.model.records()]


def test_the_audit_trail_filters_pages_and_shows_before_and_after(
    qtbot: QtBot, ctx: AppContext, parent: QWidget
) -> None:
    budi_changed_twice(ctx)
    add_holiday(ctx.action(), date(2026, 2, 17), "Tahun Baru Imlek")
    dialog = open_dialog(qtbot, parent, ctx)
    budi = "Pegawai: Budi Santoso, S.H."
    assert records(dialog) == [
        ("Hari libur: 17-02-2026 Tahun Baru Imlek", "create"),
        (budi, "update"),
        (budi, "update"),
        (budi, "create"),
    ]
    assert dialog.count_label.text() == "4 entry(ies), newest first"
    assert dialog.details.entry is not None and dialog.details.entry.entity == "holiday"
    accounts = [dialog.actor_combo.itemText(i) for i in range(dialog.actor_combo.count())]
    assert accounts == ["Every account", "petugas.uji (sistem)"]

    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(Area.STAFF))
    assert records(dialog) == [(budi, "update"), (budi, "update"), (budi, "create")]
    assert dialog.details.rows() == [("Telepon", "081234567890", "081298765432")]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.details.rows() == [("Jabatan", "Kepala Regu Pengamanan", "Petugas Pengamanan")]

    qtbot.keyClicks(dialog.search_edit, "081298765432")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert records(dialog) == [(budi, "update")]
    dialog.search_edit.clear()
    dialog.reload()

    # Another period: nothing; all dates: everything again.
    dialog.set_period(date(2020, 1, 1), date(2020, 1, 31))
    assert records(dialog) == [] and dialog.details.entry is None
    dialog.all_dates.setChecked(True)
    assert len(records(dialog)) == 3

    # Older entries are read a page at a time.
    dialog.page_size = 2
    dialog.reload()
    assert len(records(dialog)) == 2 and dialog.older_button.isEnabled()
    assert "older ones are not read yet" in dialog.count_label.text()
    dialog.older_button.click()
    assert records(dialog) == [(budi, "update"), (budi, "update"), (budi, "create")]
    assert not dialog.older_button.isEnabled()

    # The chosen entry's record, on its own.
    dialog.history_button.click()
    assert isinstance(dialog.history, RecordHistoryDialog)
    assert len(dialog.history.entries()) == 3

    # The filtered view as a PDF, in the preview.
    dialog.export_pdf()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert dialog.preview is not None
    pdf = dialog.preview.pdf  # type: ignore[attr-defined]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "Jejak Audit" in text and "Bidang: Pegawai" in text
    assert "Jabatan: Kepala Regu Pengamanan → Petugas Pengamanan" in text
    assert "Tahun Baru Imlek" not in text


def test_a_reader_is_told_why_the_audit_trail_stays_closed(
    qtbot: QtBot, ctx: AppContext, parent: QWidget, warnings: list[str]
) -> None:
    temporary, own = "Sementara#2026", "Rahasia#Sendiri7"
    account = create_account(ctx.action(), "pembaca.satu", "Tamu", Role.PEMBACA, temporary)
    change_own_password(ActionContext(ctx.db, account.actor()), temporary, own)
    reader = replace(ctx, actor=account.actor())

    assert open_audit_trail(parent, reader) is None
    assert open_record_history(parent, reader, "staff", 1) is None
    assert len(warnings) == 2
    assert all("Administrator" in text for text in warnings)
