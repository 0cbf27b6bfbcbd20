"""The coordination history of the Kerja Sama tab, driven as a clerk does: the visit to the
Pemda about the PTSP building entered by keyboard with its attendees and a follow-up, a refused
form, the list of a partner, an entry deleted after a confirmation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.services.agreements.coordination import (
    list_coordination,
    load_coordination,
    save_coordination,
)
from rutan_desk.services.agreements.forms import (
    CoordinationDraft,
    FollowUpLine,
    PartnerDraft,
)
from rutan_desk.services.agreements.partners import save_partner
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.agreements.coordination_dialog import CoordinationDialog
from rutan_desk.ui.agreements.coordination_page import OPEN, PARTNERS, CoordinationPage
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.record_table import RECORD_ROLE
from tests.ui.test_kamtib_ui import Answer, shown


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with unsaved changes asks; at the end of a test the answer is Discard."""
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard),
    )


@pytest.fixture
def staff(ctx: AppContext) -> list[StaffRecord]:
    return populate_demo(ctx.db, with_handovers=False)


@pytest.fixture
def pemda(ctx: AppContext) -> int:
    return save_partner(
        ctx.action(),
        PartnerDraft(name="Pemerintah Kabupaten Blora", short_name="Pemda Kab. Blora"),
    )


@pytest.fixture
def polres(ctx: AppContext) -> int:
    return save_partner(
        ctx.action(), PartnerDraft(name="Kepolisian Resor Blora", short_name="Polres Blora")
    )


@pytest.fixture
def page(
    qtbot: QtBot, ctx: AppContext, staff: list[StaffRecord], pemda: int, polres: int
) -> CoordinationPage:
    page = CoordinationPage(ctx)
    qtbot.addWidget(page)
    follow(ctx, page)
    page.resize(1280, 700)
    shown(qtbot, page)
    page.reload()
    return page


def follow(ctx: AppContext, page: CoordinationPage) -> None:
    """Hand the page the change sets of its area, as the tab does."""

    def forward(changes: ChangeSet) -> None:
        if changes.touches({Area.AGREEMENTS}):
            page.apply_changes(changes)

    ctx.events.changed.connect(forward)


def open_dialog(qtbot: QtBot, page: CoordinationPage) -> CoordinationDialog:
    dialog = page.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    return dialog


def type_into_cell(qtbot: QtBot, table: QWidget, text: str) -> None:
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def an_entry(ctx: AppContext, partner_id: int, held_on: date, *, open_follow_up: bool) -> int:
    return save_coordination(
        ctx.action(),
        CoordinationDraft(
            held_on=held_on,
            subject="Koordinasi patroli sambang",
            partner_ids=(partner_id,),
            follow_ups=(
                FollowUpLine("Jadwal patroli", done_on=None if open_follow_up else held_on),
            ),
        ),
    )


def shown_ids(page: CoordinationPage) -> list[int]:
    return [page.proxy.index(r, 0).data(RECORD_ROLE).id for r in range(page.proxy.rowCount())]


def test_enter_the_visit_to_the_pemda_by_keyboard(
    qtbot: QtBot, ctx: AppContext, page: CoordinationPage, staff: list[StaffRecord], pemda: int
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "New coordination entry"

    held_on = ctx.today() - timedelta(days=6)
    dialog.held_edit.setDate(QDate(held_on.year, held_on.month, held_on.day))
    qtbot.keyClicks(dialog.place_edit, "Ruang Sekretaris Daerah")
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)  # presses no button
    assert dialog.isVisible() and dialog.attendees_grid.lines() == []
    qtbot.keyClicks(dialog.subject_edit, "Pembangunan gedung PTSP")
    dialog.partners_list.setFocus()
    qtbot.keyClicks(dialog.partners_list, "Pemda")  # found by its first letters
    qtbot.keyClick(dialog.partners_list, Qt.Key.Key_Space)
    assert dialog.partners_list.chosen() == (pemda,)
    qtbot.keyClicks(dialog.outcome_edit, "Sekda akan menindaklanjuti dalam waktu dekat.")

    karutan = next(s for s in staff if s.active and not s.is_external)

    def pick_karutan(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(dialog.staff_text(karutan))
        widget.accept()

    Answer(QInputDialog, pick_karutan)
    qtbot.mouseClick(dialog.add_staff_button, Qt.MouseButton.LeftButton)
    shown(qtbot, dialog)
    attendees = dialog.attendees_grid.table
    attendees.setFocus()
    qtbot.keyClick(attendees, Qt.Key.Key_Insert)  # the host, not of the staff
    type_into_cell(qtbot, attendees, "Komang Gede Irawadi")
    qtbot.keyClick(attendees, Qt.Key.Key_Right)
    type_into_cell(qtbot, attendees, "Sekretaris Daerah")
    qtbot.waitUntil(lambda: dialog.attendees_grid.lines()[1]["position"] == "Sekretaris Daerah")

    follow_ups = dialog.follow_ups_grid.table
    follow_ups.setFocus()
    qtbot.keyClick(follow_ups, Qt.Key.Key_Insert)
    type_into_cell(qtbot, follow_ups, "Usulan anggaran gedung PTSP")
    qtbot.keyClick(follow_ups, Qt.Key.Key_Right)
    type_into_cell(qtbot, follow_ups, "Kasubsi Pengelolaan")
    qtbot.keyClick(follow_ups, Qt.Key.Key_Right)
    type_into_cell(qtbot, follow_ups, "30062026")  # the date edit moves on section by section
    qtbot.waitUntil(lambda: dialog.follow_ups_grid.lines()[0]["due_on"] == date(2026, 6, 30))

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.record is not None, (
        dialog.general_error.text(),
        [dialog.errors.text(n) for n in ("held_on", "subject", "partners")],
        dialog.attendees_grid.error_label.text(),
        dialog.follow_ups_grid.error_label.text(),
    )
    record = load_coordination(ctx.db, dialog.record.id)
    draft = record.draft
    assert (draft.held_on, draft.place, draft.subject) == (
        held_on,
        "Ruang Sekretaris Daerah",
        "Pembangunan gedung PTSP",
    )
    assert draft.partner_ids == (pemda,) and draft.agreement_id is None
    assert draft.outcome == "Sekda akan menindaklanjuti dalam waktu dekat."
    assert [(a.staff_id, a.name, a.position) for a in draft.attendees] == [
        (karutan.id, karutan.name, karutan.position),
        (None, "Komang Gede Irawadi", "Sekretaris Daerah"),
    ]
    assert [(f.text, f.owner, f.due_on, f.done_on) for f in draft.follow_ups] == [
        ("Usulan anggaran gedung PTSP", "Kasubsi Pengelolaan", date(2026, 6, 30), None)
    ]
    assert dialog.windowTitle().startswith("Coordination of ")
    assert not dialog.dirty

    # The list follows: the entry, its partner, its open follow-up.
    assert shown_ids(page) == [dialog.record.id]
    assert page.proxy.index(0, PARTNERS).data() == "Pemda Kab. Blora"
    assert page.proxy.index(0, OPEN).data() == "1"
    assert page.count_label.text() == "1 entries; 1 follow-ups still open"


def test_a_refused_entry_shows_why_beside_the_field_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext, page: CoordinationPage
) -> None:
    page.new_entry()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.place_edit, "Kantor Pemda")

    assert not dialog.save()

    assert dialog.errors.text("subject") == "This field is required."
    assert dialog.errors.text("partners") == "Choose at least one partner the meeting was with."
    assert dialog.record is None and list_coordination(ctx.db) == []
    assert dialog.subject_edit.hasFocus() or dialog.held_edit.hasFocus()


def test_the_list_follows_the_partner_and_an_entry_is_deleted_after_asking(
    qtbot: QtBot,
    ctx: AppContext,
    page: CoordinationPage,
    pemda: int,
    polres: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    today = ctx.today()
    older = an_entry(ctx, polres, today - timedelta(days=40), open_follow_up=False)
    recent = an_entry(ctx, pemda, today - timedelta(days=3), open_follow_up=True)
    page.reload()
    assert shown_ids(page) == [recent, older]  # newest first
    assert page.count_label.text() == "2 entries; 1 follow-ups still open"

    page.partner_combo.setCurrentIndex(page.partner_combo.findData(polres))
    assert shown_ids(page) == [older]

    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    page.delete_selected()  # No: kept
    assert [e.id for e in list_coordination(ctx.db)] == [recent, older]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # Yes
    assert [e.id for e in list_coordination(ctx.db)] == [recent]
    assert shown_ids(page) == [] and "attendees and follow-ups" in asked[0]
    page.partner_combo.setCurrentIndex(0)
    assert shown_ids(page) == [recent]


def test_enter_opens_an_entry_with_its_retired_partner_still_ticked(
    qtbot: QtBot, ctx: AppContext, page: CoordinationPage, pemda: int, polres: int
) -> None:
    from rutan_desk.services.agreements.partners import load_partner, set_partner_retired

    entry = an_entry(ctx, polres, ctx.today() - timedelta(days=2), open_follow_up=True)
    version = load_partner(ctx.db, polres).draft.version
    set_partner_retired(ctx.action(), polres, True, expected_version=version)
    page.reload()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    dialog = open_dialog(qtbot, page)
    assert dialog.record is not None and dialog.record.id == entry
    assert dialog.partners_list.chosen() == (polres,)
    offered = [dialog.partners_list.item(r).text() for r in range(dialog.partners_list.count())]
    assert offered == [  # by name: Kepolisian ..., Pemerintah ...
        "Polres Blora — Kepolisian Resor Blora",
        "Pemda Kab. Blora — Pemerintah Kabupaten Blora",
    ]
    assert dialog.follow_ups_grid.lines()[0]["text"] == "Jadwal patroli"
    assert not dialog.dirty
