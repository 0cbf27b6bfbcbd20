"""The roster setup dialog (regu and posts), driven from the keyboard like a clerk would."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.context import FixedClock
from rutan_desk.services.errors import DatabaseBusyError, NotFoundError
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.roster.setup_dialog import (
    EndMembershipDialog,
    MemberDialog,
    PostDialog,
    ReguNameDialog,
    RosterSetupDialog,
)
from tests.conftest import audit_check
from tests.services.test_roster_service import setup_rutan

TODAY = date(2024, 1, 15)
SETUP = frozenset({Area.ROSTER_SETUP})
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """No message box may block a test: each is recorded and answered at once (Yes / OK)."""
    shown: list[tuple[str, str]] = []

    def fake(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *_args: object, **_kw: object) -> object:
            shown.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", fake("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def people(ctx: AppContext) -> list[StaffRecord]:
    return setup_rutan(ctx.action())[0]


@pytest.fixture
def changes(ctx: AppContext) -> list[frozenset[Area]]:
    """The areas of each change set announced."""
    areas: list[frozenset[Area]] = []

    def announced(change_set: ChangeSet) -> None:
        areas.append(change_set.areas)

    ctx.events.changed.connect(announced)
    return areas


def open_dialog(qtbot: QtBot, ctx: AppContext) -> RosterSetupDialog:
    # 10.00 WIB on TODAY: the dialog takes "today" from the app's clock.
    ctx.clock = FixedClock(datetime(2024, 1, 15, 3, 0, tzinfo=UTC))
    dialog = RosterSetupDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def with_modal(qtbot: QtBot, trigger: Callable[[], None], fill: Callable[[QDialog], None]) -> None:
    """Run ``trigger``, which opens a modal sub-dialog, and ``fill`` that dialog once it is up.
    The sub-dialog is closed whatever ``fill`` does, so no test can hang on it."""
    state = {"done": False, "tries": 0}

    def handle() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            state["tries"] += 1
            if state["tries"] < 300:
                QTimer.singleShot(10, handle)
            else:
                state["done"] = True
            return
        try:
            # As a window manager would: the new dialog is the active window. Offscreen, a
            # window left active by an earlier test can otherwise keep the keyboard.
            modal.activateWindow()
            qtbot.waitUntil(modal.isActiveWindow, timeout=2000)
            focus = modal.focusWidget()
            if focus is not None:
                focus.setFocus()
            fill(modal)
        finally:
            if modal.isVisible():
                modal.reject()
            state["done"] = True

    window = QApplication.activeWindow()
    QTimer.singleShot(0, handle)
    trigger()
    qtbot.waitUntil(
        lambda: state["done"] and QApplication.activeModalWidget() is None, timeout=5000
    )
    assert state["tries"] < 300, "the sub-dialog did not open"
    if window is not None:
        # A window manager gives the focus back to the dialog; the offscreen platform does not.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def press_alt(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    """Alt+key as the user types it: into the widget that has the focus."""
    qtbot.keyClick(window.focusWidget() or window, key, ALT)


def alt(qtbot: QtBot, window: QWidget, key: Qt.Key) -> Callable[[], None]:
    return lambda: press_alt(qtbot, window, key)


def keyboard_target() -> QWidget:
    """Where a key typed now goes: an open pop-up list (a completer's), else the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    return widget


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def audit_count(db: Database) -> int:
    return audit_check(db).entries


def outsiders(people: list[StaffRecord]) -> list[StaffRecord]:
    """Own staff in no regu (the office staff of the demo)."""
    return [p for p in people if p.kind == StaffKind.INTERNAL and not p.unit.startswith("Regu ")]


def add_regu(qtbot: QtBot, dialog: RosterSetupDialog, name: str) -> None:
    def fill(modal: QDialog) -> None:
        assert isinstance(modal, ReguNameDialog)
        qtbot.keyClicks(modal.name_edit, name)
        enter(qtbot, modal.name_edit)
        assert not modal.isVisible(), modal.errors.text("name")

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_A), fill)


def test_set_up_a_regu_by_keyboard(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord], changes: list[frozenset[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert [dialog.regu_list.item(i).text() for i in range(4)] == [
        "Regu I",
        "Regu II",
        "Regu III",
        "Regu IV",
    ]
    before = audit_count(ctx.db)

    add_regu(qtbot, dialog, "Regu V")
    assert dialog.regu_list.currentItem().text() == "Regu V"
    assert dialog.members_table.rowCount() == 0
    assert changes == [SETUP]

    newcomer = outsiders(people)[0]

    def add_member(modal: QDialog) -> None:
        assert isinstance(modal, MemberDialog)
        assert modal.start_edit.date() == QDate(2024, 1, 15)
        line = modal.staff_combo.lineEdit()
        assert line is not None and line.hasFocus()
        qtbot.keyClicks(line, newcomer.name.split(",")[0].lower())
        # The completer lists the names containing the text; Down and Enter take the first.
        qtbot.keyClick(keyboard_target(), Qt.Key.Key_Down)
        qtbot.keyClick(keyboard_target(), Qt.Key.Key_Return)
        assert line.text().startswith(newcomer.name)
        assert modal.chosen_staff_id() == newcomer.id
        enter(qtbot, keyboard_target())
        assert not modal.isVisible(), modal.errors.text("staff")

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_E), add_member)
    assert dialog.members_table.rowCount() == 1
    assert dialog.members_table.item(0, 0).text() == newcomer.name
    assert dialog.members_table.item(0, 2).text() == "15-01-2024"
    assert dialog.members_table.item(0, 3).text() == ""

    press_alt(qtbot, dialog, Qt.Key.Key_K)
    assert dialog.karupam_combo.hasFocus()
    qtbot.keyClick(dialog.karupam_combo, Qt.Key.Key_Down)
    assert dialog.karupam_combo.currentData() == newcomer.id
    press_alt(qtbot, dialog, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: len(changes) == 3)

    press_alt(qtbot, dialog, Qt.Key.Key_Y)
    assert dialog.cycle_edit.hasFocus()
    qtbot.keyClicks(dialog.cycle_edit, "P S M L")
    dialog.anchor_edit.setDate(QDate(2024, 1, 2))
    dialog.valid_from_edit.setDate(QDate(2024, 1, 1))
    enter(qtbot, dialog.cycle_edit)
    assert dialog.regu_errors.text("cycle") == ""
    assert dialog.rotations_table.rowCount() == 1
    assert [dialog.rotations_table.item(0, c).text() for c in range(3)] == [
        "01-01-2024",
        "02-01-2024",
        "P S M L",
    ]
    assert changes == [SETUP] * 4
    assert audit_count(ctx.db) == before + 4

    regu = next(r for r in roster_setup.list_regu(ctx.db, on=TODAY) if r.name == "Regu V")
    assert regu.karupam is not None and regu.karupam.id == newcomer.id
    assert [(m.staff_id, m.start) for m in regu.members] == [(newcomer.id, TODAY)]
    assert [(r.valid_from, r.anchor, r.cycle) for r in regu.rotations] == [
        (date(2024, 1, 1), date(2024, 1, 2), "P S M L")
    ]
    # The person is in a regu now: no longer offered for another one.
    assert newcomer.id not in {p.id for p in roster_setup.staff_without_regu(ctx.db, on=TODAY)}


def test_invalid_cycle_is_shown_beside_the_field(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord], changes: list[frozenset[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.cycle_edit.text() == "P S M L"  # Regu I's pattern, to start from
    press_alt(qtbot, dialog, Qt.Key.Key_Y)
    dialog.cycle_edit.selectAll()
    qtbot.keyClicks(dialog.cycle_edit, "P X")
    before = audit_count(ctx.db)
    press_alt(qtbot, dialog, Qt.Key.Key_P)  # Save &pattern
    qtbot.waitUntil(lambda: dialog.regu_errors.text("cycle") != "")
    assert dialog.regu_errors.text("cycle") == "Unknown shift code: X."
    assert dialog.cycle_edit.hasFocus()
    assert dialog.cycle_edit.text() == "P X"  # kept for correcting
    assert audit_count(ctx.db) == before
    assert changes == []
    assert dialog.rotations_table.rowCount() == 1

    dialog.cycle_edit.clear()
    enter(qtbot, dialog.cycle_edit)
    assert dialog.regu_errors.text("cycle") == "Enter the shift codes of the cycle, e.g. P S M L."


def test_member_and_name_errors_stay_in_their_sub_dialogs(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord], changes: list[frozenset[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)

    def duplicate_name(modal: QDialog) -> None:
        assert isinstance(modal, ReguNameDialog)
        assert modal.name_edit.text() == "Regu I"
        modal.name_edit.selectAll()
        qtbot.keyClicks(modal.name_edit, "Regu II")
        enter(qtbot, modal.name_edit)
        assert modal.isVisible()
        assert modal.errors.text("name") == "The name Regu II is already in use."

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_N), duplicate_name)

    def unknown_person(modal: QDialog) -> None:
        assert isinstance(modal, MemberDialog)
        qtbot.keyClicks(modal.staff_combo.lineEdit(), "Nobody by this name")
        enter(qtbot, modal.start_edit)
        assert modal.isVisible()
        assert modal.errors.text("staff") == "Choose a person from the list."

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_E), unknown_person)

    # Someone of Regu I, chosen in the table, cannot end before joining.
    dialog.members_table.setFocus()
    dialog.members_table.selectRow(0)
    member = dialog.selected_member()
    assert member is not None

    def end_too_early(modal: QDialog) -> None:
        assert isinstance(modal, EndMembershipDialog)
        modal.end_edit.setDate(QDate(2023, 10, 31))
        enter(qtbot, modal.end_edit)
        assert modal.isVisible()
        assert modal.errors.text("end") == "The end is before the start."

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_D), end_too_early)
    assert changes == []


def test_a_karupam_who_leaves_the_regu_no_longer_leads_it(
    qtbot: QtBot, ctx: AppContext, people: list[StaffRecord], changes: list[frozenset[Area]]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    regu = dialog.selected_regu()
    assert regu is not None and regu.karupam is not None
    assert dialog.karupam_combo.currentData() == regu.karupam.id
    row = next(i for i, m in enumerate(regu.members) if m.staff_id == regu.karupam.id)
    dialog.members_table.selectRow(row)

    def end_yesterday(modal: QDialog) -> None:
        assert isinstance(modal, EndMembershipDialog)
        modal.end_edit.setDate(QDate(2024, 1, 14))
        enter(qtbot, modal.end_edit)
        assert not modal.isVisible()

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_D), end_yesterday)
    assert dialog.members_table.rowCount() == len(regu.members) - 1
    assert dialog.karupam_combo.currentText() == "— none —"
    after = dialog.selected_regu()
    assert after is not None and after.karupam is None
    assert changes == [SETUP]  # one action: the membership ended, the lead with it


def test_add_edit_and_deactivate_a_post(
    qtbot: QtBot,
    ctx: AppContext,
    people: list[StaffRecord],
    changes: list[frozenset[Area]],
    message_boxes: list[tuple[str, str]],
) -> None:
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_O)
    assert dialog.tabs.currentWidget() is dialog.posts_page
    assert dialog.posts_table.rowCount() == 3

    def add_post(modal: QDialog) -> None:
        assert isinstance(modal, PostDialog)
        assert list(modal.minimum_spins) == ["P", "S", "M"]  # working codes only
        qtbot.keyClicks(modal.name_edit, "Pintu Utama")
        assert not modal.min_women_spin.isEnabled()  # only for a women's post
        press_alt(qtbot, modal, Qt.Key.Key_W)  # &Women officers only
        qtbot.waitUntil(modal.woman_check.isChecked)  # a mnemonic clicks after a short delay
        press_alt(qtbot, modal, Qt.Key.Key_O)  # W&omen needed
        assert modal.min_women_spin.hasFocus()
        modal.min_women_spin.selectAll()
        qtbot.keyClicks(modal.min_women_spin, "2")
        press_alt(qtbot, modal, Qt.Key.Key_M)  # &Minimum per shift: the first spin box
        spin = modal.minimum_spins["P"]
        assert spin.hasFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "2")
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
        assert modal.minimum_spins["S"].hasFocus()
        modal.minimum_spins["S"].selectAll()
        qtbot.keyClicks(modal.minimum_spins["S"], "1")
        enter(qtbot, modal.minimum_spins["S"])
        assert not modal.isVisible(), modal.errors.text("name")

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_A), add_post)
    table = dialog.posts_table
    assert table.rowCount() == 4
    assert [table.item(3, c).text() for c in range(6)] == [
        "Pintu Utama",
        "2",  # women only, two of them on each shift
        "2",
        "1",
        "–",
        "yes",
    ]
    assert dialog.selected_post() is not None and dialog.selected_post().name == "Pintu Utama"
    post = next(p for p in roster_setup.list_posts(ctx.db) if p.name == "Pintu Utama")
    assert (post.needs_woman, post.min_women, post.minimums) == (True, 2, {"P": 2, "S": 1})

    def rename_to_duplicate_then_fix(modal: QDialog) -> None:
        assert isinstance(modal, PostDialog)
        assert modal.minimum_spins["P"].value() == 2
        modal.name_edit.selectAll()
        qtbot.keyClicks(modal.name_edit, "P2U")
        enter(qtbot, modal.name_edit)
        assert modal.errors.text("name") == "The name P2U is already in use."
        modal.name_edit.selectAll()
        qtbot.keyClicks(modal.name_edit, "Pintu Depan")
        modal.minimum_spins["M"].setValue(1)
        enter(qtbot, modal.name_edit)
        assert not modal.isVisible()

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_E), rename_to_duplicate_then_fix)
    assert [table.item(3, c).text() for c in range(6)] == [
        "Pintu Depan",
        "2",
        "2",
        "1",
        "1",
        "yes",
    ]

    press_alt(qtbot, dialog, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: table.item(3, 5).text() == "no")
    assert message_boxes[-1][0] == "question"
    assert dialog.post_active_button.text() == "Reac&tivate"
    assert changes == [SETUP] * 3
    post = next(p for p in roster_setup.list_posts(ctx.db) if p.id == post.id)
    assert not post.active


def test_busy_database_is_reported(
    qtbot: QtBot,
    ctx: AppContext,
    people: list[StaffRecord],
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    def busy(*_args: object, **_kwargs: object) -> None:
        raise DatabaseBusyError("locked")

    monkeypatch.setattr(roster_setup, "set_karupam", busy)
    dialog = open_dialog(qtbot, ctx)
    dialog.karupam_button.click()
    assert message_boxes == [
        (
            "warning",
            "The database is in use by another program. Nothing was saved; try again.",
        )
    ]


def test_post_removed_meanwhile_is_reported_and_the_list_read_again(
    qtbot: QtBot,
    ctx: AppContext,
    people: list[StaffRecord],
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
    changes: list[frozenset[Area]],
) -> None:
    def gone(*_args: object, **_kwargs: object) -> None:
        raise NotFoundError("post")

    monkeypatch.setattr(roster_setup, "update_post", gone)
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_O)
    dialog.posts_table.setFocus()
    dialog.posts_table.selectRow(0)
    reads: list[int] = []
    monkeypatch.setattr(dialog, "refresh", lambda: reads.append(1))

    def save(modal: QDialog) -> None:
        enter(qtbot, modal.focusWidget() or modal)
        assert not modal.isVisible()

    with_modal(qtbot, lambda: enter(qtbot, dialog.posts_table), save)  # Enter edits the post
    assert message_boxes == [
        ("warning", "This record no longer exists (changed on another computer).")
    ]
    assert reads == [1]
    assert changes == []


def test_escape_closes_the_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.regu_list.count() == 0
    assert not dialog.regu_details.isEnabled()
    assert not dialog.rename_regu_button.isEnabled()
    qtbot.keyClick(dialog.regu_list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


_MNEMONIC = re.compile(r"&([^&])")


def mnemonics(widgets: list[QWidget]) -> list[str]:
    letters = []
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            letters += [m.casefold() for m in _MNEMONIC.findall(text)]
    return letters


def test_mnemonics_do_not_clash(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    shared = [m.casefold() for text in tabs for m in _MNEMONIC.findall(text)]
    shared += mnemonics([dialog.close_button])
    for page in (dialog.regu_page, dialog.posts_page):
        letters = shared + mnemonics(page.findChildren(QWidget))
        assert len(letters) == len(set(letters)), letters
    for sub in (
        ReguNameDialog(ctx, None, dialog),
        MemberDialog(
            ctx, roster_setup.ReguInfo(1, "Regu I", None, True, (), ()), [], TODAY, dialog
        ),
        PostDialog(ctx, None, dialog.shift_types, dialog),
    ):
        letters = mnemonics(sub.findChildren(QWidget))
        assert len(letters) == len(set(letters)), letters
        sub.deleteLater()


def test_a_regu_renamed_elsewhere_meanwhile_is_not_renamed_back(
    qtbot: QtBot,
    ctx: AppContext,
    people: list[StaffRecord],
    changes: list[frozenset[Area]],
    message_boxes: list[tuple[str, str]],
) -> None:
    dialog = open_dialog(qtbot, ctx)
    regu = dialog.selected_regu()
    assert regu is not None and regu.name == "Regu I"
    roster_setup.rename_regu(  # on another PC
        ctx.action(), regu.id, "Regu Satu", expected_version=regu.version
    )

    def rename(modal: QDialog) -> None:
        assert isinstance(modal, ReguNameDialog)
        modal.name_edit.selectAll()
        qtbot.keyClicks(modal.name_edit, "Regu A")
        enter(qtbot, modal.name_edit)
        assert modal.isVisible()  # what was typed stays in the form
        assert modal.name_edit.text() == "Regu A"

    with_modal(qtbot, alt(qtbot, dialog, Qt.Key.Key_N), rename)
    assert len(message_boxes) == 1 and message_boxes[0][0] == "warning"
    assert "changed this record after you opened it" in message_boxes[0][1]
    # Closed: the list is read again, with the other PC's name and version.
    assert dialog.regu_list.currentItem().text() == "Regu Satu"
    assert "Regu A" not in {r.name for r in roster_setup.list_regu(ctx.db, on=TODAY)}
    assert changes == [frozenset(Area)]  # the runner's "read everything again"
