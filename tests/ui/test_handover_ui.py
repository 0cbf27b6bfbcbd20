"""The handover form: prefilled from the roster, filled by keyboard, a difference that must be
explained, signatures that lock it, an addendum afterwards, the printed report, a change made
meanwhile by someone else; and the history list (a sortable model) with its filters."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.handover import Condition, EquipmentKind, HandoverStatus, SignRole
from rutan_desk.services.attachments import PaperSignature
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.documents import register as documents
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.forms import EventLine
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.handover.saving import save_handover, sign_handover
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover import counts_page, equipment_page, events_page, handover_tab
from rutan_desk.ui.handover.handover_dialog import HandoverDialog
from rutan_desk.ui.handover.handover_tab import HandoverTab
from rutan_desk.ui.handover.sign_dialog import SignDialog
from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog
from rutan_desk.ui.widgets.dates import to_date
from rutan_desk.ui.widgets.file_viewer import FileViewer
from rutan_desk.ui.widgets.record_table import RECORD_ROLE
from tests.conftest import audit_check
from tests.ui.conftest import follow_changes

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
def demo(ctx: AppContext) -> list[StaffRecord]:
    records = populate_demo(ctx.db, with_handovers=False)
    handover_setup.save_block(ctx.action(), "Blok A", 60)
    handover_setup.save_block(ctx.action(), "Blok B", 40)
    handover_setup.save_equipment_item(
        ctx.action(), "Senjata api laras panjang", EquipmentKind.SENJATA, 1, serial="SS1-0001"
    )
    handover_setup.save_equipment_item(ctx.action(), "HT Motorola", EquipmentKind.HT, 6)
    return records


def _saved_handover(ctx: AppContext, day: date, shift: str, per_line: int) -> int:
    """A handover saved through the service (not signed): ``per_line`` inmates counted in
    every block and category (the opening balance too, for the first one)."""
    draft = prefill_handover(ctx.db, day, shift)
    counts = tuple(
        replace(c, opening=per_line if draft.opening_balance else c.opening, counted=per_line)
        for c in draft.counts
    )
    return save_handover(
        ctx.action(),
        replace(
            draft,
            counts=counts,
            difference_explanation="Dihitung ulang bersama Karupam.",
            unsigned_previous_reason="Karupam sebelumnya belum tanda tangan."
            if draft.previous_unsigned
            else "",
        ),
    )


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
    draft = prefill_handover(ctx.db, DAY, "P")
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
    # The outgoing shift with its day and hours, as in the history and on the report.
    assert people.day_label.text() == "Pagi, Rabu 20 Desember 2023 07.00–13.00 WIB"
    assert dialog.windowTitle() == "Handover: Pagi Rab 20-12-2023 07.00–13.00 → Siang"
    assert dialog.events_page.table.isColumnHidden(events_page.DAY)  # one day: no dates
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
    assert list_handovers(ctx.db, DAY, DAY) == []  # nothing half-saved

    page.explanation_edit.setFocus()
    qtbot.keyClicks(page.explanation_edit, "Tahanan kembali dari sidang pukul 12.40 tanpa dicatat.")
    assert dialog.save() is True
    assert dialog.record is not None and dialog.record.status == HandoverStatus.DRAFT
    (saved,) = list_handovers(ctx.db, DAY, DAY)
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

    # Signed in as the account of a person: the addendum carries that person's name.
    ctx.actor = replace(ctx.actor, staff_id=dialog.draft.incoming_karupam_id)
    QTimer.singleShot(0, write_addendum)
    dialog.add_addendum()
    assert [a.number for a in dialog.record.addenda] == [1]
    karupam = dialog.record.names[dialog.draft.incoming_karupam_id or 0]
    assert dialog.record.addenda[0].author == karupam
    assert "Addendum 1" in dialog.status_label.text() and karupam in dialog.status_label.text()


def test_the_report_of_a_received_handover_is_issued_into_the_register(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    test_receiving_locks_the_form_and_a_correction_is_an_addendum(qtbot, ctx, demo)
    (summary,) = list_handovers(ctx.db, DAY, DAY)
    record = load_handover(ctx.db, summary.id)
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
    assert load_handover(ctx.db, summary.id).document_id == issued[0].id


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


def test_a_handover_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    handover_id = _saved_handover(ctx, DAY, "P", 5)
    record = load_handover(ctx.db, handover_id)
    dialog = HandoverDialog(ctx, record.draft, None, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Someone else saves the same handover, opened at the same version, on another PC.
    save_handover(
        ctx.action(), replace(record.draft, difference_explanation="Diubah di PC pos utama.")
    )
    warnings: list[tuple[str, str]] = []

    def warn(_parent: object, title: str, text: str, *_args: object) -> object:
        warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    page = dialog.counts_page
    dialog.tabs.setCurrentWidget(page)
    page.explanation_edit.setFocus()
    page.explanation_edit.selectAll()
    qtbot.keyClicks(page.explanation_edit, "Diketik di form ini.")
    before = audit_check(ctx.db).entries

    assert dialog.save() is False
    [(title, text)] = warnings
    assert title == "Save handover — Changed by someone else"
    assert text.startswith("petugas.uji changed this record after you opened it.")
    assert "what you typed is still in the form" in text
    # The form stays open with what was typed; nothing was saved over the other change.
    assert dialog.isVisible() and dialog.dirty
    assert page.explanation() == "Diketik di form ini."
    assert dialog.record is not None and dialog.record.draft.version == record.draft.version
    stored = load_handover(ctx.db, handover_id)
    assert stored.draft.difference_explanation == "Diubah di PC pos utama."
    assert stored.draft.version == record.draft.version + 1
    assert audit_check(ctx.db).entries == before


def test_the_history_lists_and_filters_handovers(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    tab = HandoverTab(ctx, today=DAY)
    qtbot.addWidget(tab)
    follow_changes(ctx, tab, "handover")  # as the main window hands it the change sets
    tab.reload()
    assert tab.model.rowCount() == 0
    # Saved in the form: the change set brings it into the list, no reload asked for.
    test_a_difference_must_be_explained_before_the_handover_is_saved(qtbot, ctx, demo)
    assert tab.model.rowCount() == 1
    assert tab.proxy.index(0, handover_tab.SHIFTS).data() == "Pagi → Siang"
    assert tab.proxy.index(0, handover_tab.DAY).data() == "Rab 20-12-2023 07.00–13.00"
    assert tab.proxy.index(0, handover_tab.INMATES).data() == "100"
    difference = tab.proxy.index(0, handover_tab.DIFFERENCE)
    assert difference.data() == "yes"
    assert difference.data(Qt.ItemDataRole.BackgroundRole) == handover_tab.ATTENTION
    equipment = tab.proxy.index(0, handover_tab.EQUIPMENT)
    assert equipment.data() == "" and equipment.data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.summary_label.text() == "1 handovers, 1 not yet received"
    assert tab.selected() is not None and tab.selected().day == DAY
    tab.missing_box.setChecked(True)
    assert tab.model.rowCount() == 0
    tab.missing_box.setChecked(False)
    tab.shift_period(-1)
    assert tab.model.rowCount() == 0  # the week before
    tab.show_day(DAY)
    assert tab.model.rowCount() == 1


def test_a_date_typed_in_the_history_applies_once_typed_whole(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    tab = HandoverTab(ctx, today=DAY)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    reads: list[date] = []
    read = tab.reload

    def counted() -> None:
        reads.append(to_date(tab.first_edit.date()))
        read()

    tab.reload = counted  # type: ignore[method-assign]
    tab.first_edit.setFocus()
    tab.first_edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(tab.first_edit, "01122023")  # dd, MM, yyyy: each section in turn
    assert reads == []  # nothing read for 0, 01, 01-1 …
    qtbot.keyClick(tab.first_edit, Qt.Key.Key_Return)
    assert reads == [date(2023, 12, 1)]


def test_enter_in_the_history_opens_the_chosen_handover(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    first = _saved_handover(ctx, DAY - timedelta(days=1), "P", 1)
    second = _saved_handover(ctx, DAY, "P", 1)
    tab = HandoverTab(ctx, today=DAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # keys go where a clerk would type them
    tab.reload()
    assert [tab.proxy.index(row, 0).data(RECORD_ROLE).id for row in range(2)] == [second, first]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    selected = tab.selected()
    assert selected is not None and selected.id == first
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    assert tab.dialog is not None and tab.dialog.record is not None
    assert tab.dialog.record.id == first
    tab.dialog.reject()


@pytest.fixture
def history(qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]) -> HandoverTab:
    """Four handovers over three days, saved in the order of the shifts; 10, 100, 20 and 30
    inmates counted (two blocks, five categories)."""
    for day, shift, per_line in (
        (DAY - timedelta(days=2), "P", 1),
        (DAY - timedelta(days=1), "P", 10),
        (DAY - timedelta(days=1), "S", 2),
        (DAY, "M", 3),
    ):
        _saved_handover(ctx, day, shift, per_line)
    tab = HandoverTab(ctx, today=DAY)
    qtbot.addWidget(tab)
    tab.reload()
    return tab


def _shown(tab: HandoverTab) -> list[tuple[date, str, int]]:
    records = [tab.proxy.index(row, 0).data(RECORD_ROLE) for row in range(tab.proxy.rowCount())]
    return [(r.day, r.outgoing_shift, r.counted) for r in records]


def test_the_history_fits_an_office_screen_without_scrolling_sideways(
    qtbot: QtBot, history: HandoverTab
) -> None:
    history.resize(1366 - 20, 700)  # the tab inside a maximised window at 1366 × 768
    history.show()
    qtbot.waitExposed(history)
    header = history.table.horizontalHeader()
    assert header.length() <= history.table.viewport().width()
    assert not history.table.horizontalScrollBar().isVisible()
    karupam = history.proxy.index(0, 3)
    assert karupam.data(Qt.ItemDataRole.ToolTipRole) == karupam.data()  # a long pair on hover


def test_the_history_model_passes_the_model_tester(
    qtmodeltester: Any, history: HandoverTab
) -> None:
    assert history.model.rowCount() == 4
    qtmodeltester.check(history.model)


def test_the_history_sorts_by_day_and_by_number(history: HandoverTab) -> None:
    newest_first = [
        (DAY, "M", 30),
        (DAY - timedelta(days=1), "S", 20),
        (DAY - timedelta(days=1), "P", 100),
        (DAY - timedelta(days=2), "P", 10),
    ]
    assert _shown(history) == newest_first  # as it opens: the date column, newest first
    history.table.sortByColumn(handover_tab.DAY, Qt.SortOrder.AscendingOrder)
    assert _shown(history) == newest_first[::-1]  # by day, and within a day by shift
    history.table.sortByColumn(handover_tab.DAY, Qt.SortOrder.DescendingOrder)
    assert _shown(history) == newest_first
    # The counts sort as numbers (as text "100" would come before "20").
    history.table.sortByColumn(handover_tab.INMATES, Qt.SortOrder.AscendingOrder)
    assert [counted for _day, _shift, counted in _shown(history)] == [10, 20, 30, 100]
    # Sorting keeps the chosen handover chosen.
    history.table.selectRow(0)
    chosen = history.selected()
    history.table.sortByColumn(handover_tab.INMATES, Qt.SortOrder.DescendingOrder)
    assert history.selected() == chosen


def test_a_settings_change_alone_does_not_read_the_history_again(
    history: HandoverTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    monkeypatch.setattr(history, "reload", lambda: reads.append(1))
    history.apply_changes(ChangeSet(frozenset({Area.HANDOVER_SETUP})))
    assert reads == []
    history.apply_changes(ChangeSet(frozenset({Area.HANDOVER, Area.DOCUMENTS})))
    assert reads == [1]


def test_signing_for_someone_else_is_recording_a_signature_on_paper(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """An account signs as its own person; choosing anyone else makes it a signature on
    paper, which needs the scan of the signed page."""
    people = [(1, "Budi — Ka KPR"), (2, "Siti — Petugas Registrasi")]
    dialog = SignDialog("Acknowledge", "", people, 1, datetime(2024, 1, 31, 14, 0), own_staff_id=2)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.paper_check.isChecked()  # the Ka KPR is not the one signed in
    assert dialog.scan_row.isVisible() and dialog.sign_button.text() == "Record"
    dialog.sign_button.click()
    assert dialog.isVisible()  # refused: no scan chosen
    assert dialog.errors.text("scan") == "Choose the scan of the signed page."

    scan = tmp_path / "ttd-kakpr.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)
    dialog.scan_edit.setText(str(scan))
    dialog.sign_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    paper = dialog.paper()
    assert paper is not None
    assert (paper.signed_on, paper.file_name) == (date(2024, 1, 31), "ttd-kakpr.png")

    dialog.person_combo.setCurrentIndex(1)  # oneself: signed in the app
    assert not dialog.paper_check.isChecked() and not dialog.scan_row.isVisible()
    assert dialog.paper() is None and dialog.sign_button.text() == "Sign"


def test_a_missing_firearm_is_filed_as_an_incident_in_one_step(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    handover_id = _saved_handover(ctx, DAY, "P", 10)
    record = load_handover(ctx.db, handover_id)
    missing = tuple(
        replace(line, quantity=0, condition=Condition.HILANG)
        if line.kind == EquipmentKind.SENJATA
        else line
        for line in record.draft.equipment
    )
    save_handover(ctx.action(), replace(record.draft, equipment=missing))
    record = load_handover(ctx.db, handover_id)
    dialog = HandoverDialog(ctx, record.draft, None, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.equipment_page.incident_button.isEnabled()  # a hard warning

    qtbot.mouseClick(dialog.equipment_page.incident_button, Qt.MouseButton.LeftButton)

    form = dialog.incident_dialog
    assert isinstance(form, IncidentDialog)
    qtbot.addWidget(form)
    assert form.type_combo.currentText() == "Kehilangan senjata api/amunisi/inventaris"
    assert "Senjata api laras panjang kurang 1" in form.summary_edit.text()
    assert form.save()
    form.reject()
    assert form.record is not None
    assert form.record.draft.handover_id == handover_id
    assert f"Security incident {form.record.number} was filed" in dialog.status_label.text()


def test_the_scan_of_a_signature_on_paper_opens_from_the_status_line(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    handover_id = _saved_handover(ctx, DAY, "P", 5)
    outgoing = load_handover(ctx.db, handover_id).draft.outgoing_karupam_id
    assert outgoing is not None
    scan = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
    sign_handover(
        ctx.action(),
        handover_id,
        SignRole.HAND_OVER,
        outgoing,
        datetime(2023, 12, 20, 14, 0),
        paper=PaperSignature(DAY, scan, "ttd-regu-i.png"),
    )
    record = load_handover(ctx.db, handover_id)
    dialog = HandoverDialog(ctx, record.draft, None, record)
    qtbot.addWidget(dialog)
    text = dialog.status_label.text()
    assert f'<a href="scan:{record.handed.scan_id}">on paper 20-12-2023</a>' in text  # type: ignore[union-attr]

    shown: list[FileViewer] = []
    monkeypatch.setattr(FileViewer, "exec", lambda viewer: shown.append(viewer) or 0)
    dialog.status_label.linkActivated.emit(f"scan:{record.handed.scan_id}")  # type: ignore[union-attr]
    (viewer,) = shown
    assert viewer.data == scan and viewer.windowTitle() == "ttd-regu-i.png"


def test_the_history_opens_on_the_latest_handovers_when_this_week_has_none(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    _saved_handover(ctx, DAY, "P", 5)
    tab = HandoverTab(ctx, today=DAY + timedelta(days=40))  # weeks later, nothing since
    qtbot.addWidget(tab)
    tab.reload()
    assert to_date(tab.last_edit.date()) == DAY
    assert to_date(tab.first_edit.date()) == DAY - timedelta(days=6)
    assert tab.model.rowCount() == 1

    tab.shift_period(1)  # the clerk moves on: the period is theirs from now on
    tab.reload()
    assert to_date(tab.first_edit.date()) == DAY + timedelta(days=1)


def test_a_night_shift_shows_both_dates_and_the_date_of_each_event(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    draft = prefill_handover(ctx.db, DAY, "M")
    draft = replace(
        draft,
        events=(EventLine(time(23, 40), "Apel malam"), EventLine(time(2, 15), "Kontrol blok")),
    )
    dialog = HandoverDialog(ctx, draft)
    qtbot.addWidget(dialog)
    assert dialog.people_page.day_label.text() == (
        "Malam, Rabu 20 Desember 2023 19.00 – Kamis 21 Desember 2023 07.00 WIB"
    )
    assert dialog.windowTitle() == (
        "Handover: Malam Rab 20-12-2023 19.00 – Kam 21-12-2023 07.00 → Pagi"
    )
    table = dialog.events_page.table
    assert not table.isColumnHidden(events_page.DAY)
    assert [
        (table.item(row, events_page.DAY).text(), table.item(row, events_page.AT).text())
        for row in range(table.rowCount())
    ] == [("Rab 20-12-2023", "23.40"), ("Kam 21-12-2023", "02.15")]
    # A time typed past midnight moves the event to the next day.
    dialog.events_page.table.item(0, events_page.AT).setData(Qt.ItemDataRole.UserRole, time(0, 30))
    assert table.item(0, events_page.DAY).text() == "Kam 21-12-2023"


def test_marking_an_item_damaged_asks_how_many(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    dialog = _new_dialog(qtbot, ctx)
    page = dialog.equipment_page
    radio = next(row for row, line in enumerate(page.lines) if line.name == "HT Motorola")
    condition = page.table.item(radio, equipment_page.CONDITION)
    condition.setData(Qt.ItemDataRole.UserRole, Condition.RUSAK.value)
    line = next(v for v in page.values() if v.name == "HT Motorola")
    assert (line.condition, line.damaged) == (Condition.RUSAK, 1)  # one at least
    page.table.item(radio, equipment_page.DAMAGED).setData(Qt.ItemDataRole.UserRole, 2)
    assert next(v.damaged for v in page.values() if v.name == "HT Motorola") == 2
    condition = page.table.item(radio, equipment_page.CONDITION)
    condition.setData(Qt.ItemDataRole.UserRole, Condition.BAIK.value)
    line = next(v for v in page.values() if v.name == "HT Motorola")
    assert (line.condition, line.damaged) == (Condition.BAIK, 0)
