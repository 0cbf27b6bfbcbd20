"""The handover form: prefilled from the roster, filled by keyboard, a difference that must be
explained, signatures that lock it, an addendum afterwards, and the printed report."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.handover import EquipmentKind, HandoverStatus, SignRole
from rutan_desk.services import documents, handover_setup
from rutan_desk.services import handover as handover_service
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.staff import StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover import counts_page
from rutan_desk.ui.handover.handover_dialog import HandoverDialog
from rutan_desk.ui.handover.handover_tab import HandoverTab
from rutan_desk.ui.handover.sign_dialog import SignDialog

DAY = date(2023, 12, 20)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with unsaved changes asks; at the end of a test the answer is Discard."""
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard),
    )


@pytest.fixture
def demo(ctx: AppContext, actor: str) -> list[StaffRecord]:
    records = populate_demo(ctx.db, with_handovers=False)
    handover_setup.save_block(ctx.db, actor, "Blok A", 60)
    handover_setup.save_block(ctx.db, actor, "Blok B", 40)
    handover_setup.save_equipment_item(
        ctx.db, actor, "Senjata api laras panjang", EquipmentKind.SENJATA, 1, serial="SS1-0001"
    )
    handover_setup.save_equipment_item(ctx.db, actor, "HT Motorola", EquipmentKind.HT, 6)
    return records


def _type_into(qtbot: QtBot, table: Any, row: int, column: int, text: str) -> None:
    """As a clerk does: go to the cell, F2, type, Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and table.isAncestorOf(editor), "the cell did not open"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def _new_dialog(qtbot: QtBot, ctx: AppContext) -> HandoverDialog:
    draft = handover_service.prefill_handover(ctx.db, DAY, "P")
    dialog = HandoverDialog(ctx, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go where a clerk would type them
    return dialog


def test_a_new_handover_is_prefilled_from_the_roster(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    dialog = _new_dialog(qtbot, ctx)
    people = dialog.people_page
    assert people.day_label.text() == "Rabu, 20 Desember 2023"
    assert "Pagi 07.00–13.00" in people.outgoing_label.text()
    assert "Siang 13.00–19.00" in people.incoming_label.text()
    assert people.table.rowCount() == len(dialog.draft.officers) > 10
    counts = dialog.counts_page
    assert not counts.opening_note.isHidden()  # the first handover: an opening balance
    assert counts.counts_table.rowCount() == 2 * 5  # two blocks, five seeded categories
    assert dialog.equipment_page.table.rowCount() == 2
    # Not saved yet: it can be handed over (which saves first) but not received or printed.
    assert dialog.record is None and dialog.hand_over_button.isEnabled()
    assert not dialog.receive_button.isEnabled() and not dialog.print_button.isEnabled()


def test_a_difference_must_be_explained_before_the_handover_is_saved(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    dialog = _new_dialog(qtbot, ctx)
    page = dialog.counts_page
    dialog.tabs.setCurrentWidget(page)
    table = page.counts_table
    for row in range(table.rowCount()):
        _type_into(qtbot, table, row, counts_page.OPENING, "10")
        _type_into(qtbot, table, row, counts_page.COUNTED, "10")
    assert table.item(0, counts_page.CLOSING).text() == "10"
    # One man of Blok A is taken to court during the shift ...
    qtbot.keyClick(page.movements_table, Qt.Key.Key_Insert)
    assert page.movements_table.rowCount() == 1
    movements = page.movements_table
    movements.item(0, counts_page.AT).setData(Qt.ItemDataRole.UserRole, datetime(1, 1, 1, 9).time())
    reason = movements.item(0, counts_page.REASON)
    reason.setData(Qt.ItemDataRole.UserRole, "sidang")
    reason.setText(page.reason_delegate.label("sidang"))
    assert table.item(0, counts_page.WENT_OUT).text() == "1"
    assert table.item(0, counts_page.CLOSING).text() == "9"
    # ... but the count at the handover is still 10: a difference of +1.
    assert table.item(0, counts_page.DIFF).text() == "+1"
    assert page.totals_label.text().endswith("closing 99, counted 100")

    dialog.tabs.setCurrentWidget(dialog.equipment_page)
    for row in range(2):
        _type_into(qtbot, dialog.equipment_page.table, row, 3, "1" if row == 0 else "6")
    assert dialog.save() is False
    assert dialog.tabs.currentWidget() is page
    assert page.explanation_error.text() == (
        "The count differs from the expected number: explain the difference."
    )
    assert handover_service.list_handovers(ctx.db, DAY, DAY) == []  # nothing half-saved

    page.explanation_edit.setFocus()
    qtbot.keyClicks(page.explanation_edit, "Tahanan kembali dari sidang pukul 12.40 tanpa dicatat.")
    assert dialog.save() is True
    assert dialog.record is not None and dialog.record.status == HandoverStatus.DRAFT
    (saved,) = handover_service.list_handovers(ctx.db, DAY, DAY)
    assert saved.has_difference and saved.counted == 100
    assert dialog.hand_over_button.isEnabled() and not dialog.receive_button.isEnabled()


def _sign_with_defaults(qtbot: QtBot, dialog: HandoverDialog, role: SignRole) -> None:
    """Accept the signature dialog as it opens (the Karupam proposed, the time given)."""

    def accept() -> None:
        signer = QApplication.activeModalWidget()
        assert isinstance(signer, SignDialog)
        signer.time_edit.setDateTime(QDateTime(2023, 12, 20, 13, 5, 0))
        signer.sign_button.click()

    QTimer.singleShot(0, accept)
    dialog.sign(role)


def test_receiving_locks_the_form_and_a_correction_is_an_addendum(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    dialog = _new_dialog(qtbot, ctx)
    dialog.tabs.setCurrentWidget(dialog.counts_page)
    table = dialog.counts_page.counts_table
    for row in range(table.rowCount()):
        _type_into(qtbot, table, row, counts_page.OPENING, "5")
        _type_into(qtbot, table, row, counts_page.COUNTED, "5")
    dialog.tabs.setCurrentWidget(dialog.equipment_page)
    for row in range(2):
        _type_into(qtbot, dialog.equipment_page.table, row, 3, "1" if row == 0 else "6")
    assert dialog.save()
    _sign_with_defaults(qtbot, dialog, SignRole.HAND_OVER)
    assert dialog.record is not None and dialog.record.status == HandoverStatus.HANDED_OVER
    _sign_with_defaults(qtbot, dialog, SignRole.RECEIVE)
    assert dialog.record.status == HandoverStatus.RECEIVED
    assert not dialog.save_button.isEnabled() and dialog.addendum_button.isEnabled()
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers  # locked: nothing can be typed

    def write_addendum() -> None:
        addendum = QApplication.activeModalWidget()
        assert isinstance(addendum, QDialog)
        addendum.reason_edit.setText("Jam kembali dari sidang salah tulis")  # type: ignore[attr-defined]
        addendum.text_edit.setPlainText("Yang benar pukul 12.50 WIB.")  # type: ignore[attr-defined]
        addendum.accept()

    QTimer.singleShot(0, write_addendum)
    dialog.add_addendum()
    assert [a.number for a in dialog.record.addenda] == [1]
    assert "Addendum 1" in dialog.status_label.text()


def test_the_report_of_a_received_handover_is_issued_into_the_register(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], actor: str
) -> None:
    test_receiving_locks_the_form_and_a_correction_is_an_addendum(qtbot, ctx, demo)
    (summary,) = handover_service.list_handovers(ctx.db, DAY, DAY)
    record = handover_service.load_handover(ctx.db, summary.id)
    dialog = HandoverDialog(ctx, record.draft, None, record)
    qtbot.addWidget(dialog)
    dialog.print_report()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    preview = dialog.preview
    qtbot.addWidget(preview)
    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "LAPORAN SERAH TERIMA JAGA" in " ".join(text.split())
    assert preview.issue_button.isVisible()
    before = len(documents.register(ctx.db))
    preview.issue_now()
    qtbot.waitUntil(lambda: not preview.issue_button.isVisible())
    issued = documents.register(ctx.db)
    assert len(issued) == before + 1 and issued[0].kind == "serah_terima"
    assert preview.pdf == documents.document_pdf(ctx.db, issued[0].id)
    assert handover_service.load_handover(ctx.db, summary.id).document_id == issued[0].id


def test_unsaved_changes_are_not_lost_by_closing(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _new_dialog(qtbot, ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # tab "2 Inmate count"
    assert dialog.tabs.currentWidget() is dialog.counts_page
    _type_into(qtbot, dialog.counts_page.counts_table, 0, counts_page.COUNTED, "3")
    assert dialog.dirty
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    dialog.reject()
    assert asked == ["Save the changes to this handover?"]
    assert dialog.isVisible()


def test_the_history_lists_and_filters_handovers(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    test_a_difference_must_be_explained_before_the_handover_is_saved(qtbot, ctx, demo)
    tab = HandoverTab(ctx, today=DAY)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "Pagi → Siang"
    assert tab.table.item(0, 5).text() == "yes"
    assert tab.summary_label.text() == "1 handovers, 1 not yet received"
    tab.missing_box.setChecked(True)
    assert tab.table.rowCount() == 0
    tab.missing_box.setChecked(False)
    tab.shift_period(-1)
    assert tab.table.rowCount() == 0  # the week before
    tab.show_day(DAY)
    assert tab.table.rowCount() == 1
