"""The first-day assistant driven by keyboard from an empty database: the Administrator is
made, a 70-person staff list is imported from Excel, the regu, the scheme, the posts and the
holidays are saved, and the month is planned and its roster sheet previewed. Skipping is
remembered, Help opens it again, and the demo is never offered it.

Set RUTAN_DESK_FIRST_DAY_SHOTS to a folder to keep a screenshot of every step there."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from rutan_desk.domain.accounts import DEFAULT_MATRIX, Permission, Role
from rutan_desk.paths import AppPaths
from rutan_desk.services.accounts.admin import create_first_administrator, set_role_permissions
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.institution import saved_profile
from rutan_desk.services.readiness import readiness
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.roster.setup import create_regu
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import RosterEntryRow
from rutan_desk.ui.context import AppContext, AppEvents
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.first_day.assistant import FirstDayAssistant
from rutan_desk.ui.first_day.offer import should_offer
from rutan_desk.ui.main_window import MainWindow
from rutan_desk.ui.staff.import_dialog import StaffImportDialog

# 08.00 WIB on the first day of December 2026: the whole month is still ahead.
MORNING = FixedClock(datetime(2026, 12, 1, 1, 0, tzinfo=UTC))
ROMAN = ("I", "II", "III", "IV")


def staff_list(path: Path, count: int = 70) -> Path:
    """The office's Excel list: NIP as text, rank, position (four Kepala Regu), regu."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["NIP", "Nama", "Pangkat/Gol", "Jabatan", "Unit"])
    for i in range(count):
        nip = f"19850101201003{1 + i % 2}{i + 1:03d}"
        sheet.append(
            [
                nip,
                f"Penjaga {i + 1:02d}",
                "II/c" if i >= 4 else "III/a",
                "Kepala Regu" if i < 4 else "Petugas Pengamanan",
                f"Regu {ROMAN[i % 4]}",
            ]
        )
        sheet.cell(row=i + 2, column=1).number_format = "@"
    workbook.save(path)
    return path


def logo_file(path: Path) -> Path:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path))
    return path


@pytest.fixture
def new_office(qapp: object, db: Database, app_paths: AppPaths) -> AppContext:
    """An empty database whose Administrator was just made (by the services)."""
    account = create_first_administrator(db, "admin", "Admin Rutan", "rahasia-sekali-1")
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    return AppContext(db, app_paths, account.actor(), AppEvents(), settings, MORNING)


@pytest.fixture
def office(new_office: AppContext) -> AppContext:
    """A new office that lets the Administrator also keep the staff and plan, as a one-clerk
    office does."""
    set_role_permissions(
        ActionContext(new_office.db, new_office.actor, MORNING),
        Role.ADMINISTRATOR,
        DEFAULT_MATRIX[Role.ADMINISTRATOR] | {Permission.STAFF_EDIT, Permission.ROSTER_EDIT},
    )
    return new_office


class Keyboard:
    """Keys pressed into whatever has the focus, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.keys = 0

    def focus(self) -> QWidget:
        """The focused widget of the top dialog (the one the clerk is typing into)."""
        top = QApplication.activeModalWidget()
        widget = (top.focusWidget() or top) if top is not None else QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.keys += 1

    def alt(self, letter: str) -> None:
        """Alt+letter; a button's mnemonic clicks it "animated", a moment later."""
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        self.qtbot.wait(150)

    def type(self, text: str, *, replace_all: bool = False) -> None:
        if replace_all:
            self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(self.focus(), text)
        self.keys += len(text)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make ``widget``'s window the active one, as the window manager would."""
    with qtbot.waitActive(widget):
        widget.activateWindow()


def when_shown(kind: type, act: Callable[[QWidget], None]) -> None:
    """Act on the next dialog of ``kind`` once its exec() shows it (exec() blocks the test)."""

    def poll(tries: int = 0) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            try:
                act(widget)
            finally:  # a failure must not leave exec() waiting for ever
                if widget.isVisible():
                    widget.close()
        elif tries < 1000:
            QTimer.singleShot(10, lambda: poll(tries + 1))

    QTimer.singleShot(0, poll)


class Shots:
    """A screenshot of each step, when RUTAN_DESK_FIRST_DAY_SHOTS names a folder."""

    def __init__(self) -> None:
        folder = os.environ.get("RUTAN_DESK_FIRST_DAY_SHOTS", "")
        self.folder = Path(folder) if folder else None
        self.count = 0
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)

    def take(self, widget: QWidget, name: str) -> None:
        self.count += 1
        if self.folder is not None:
            QApplication.processEvents()
            widget.grab().save(str(self.folder / f"{self.count:02d}-{name}.png"))


def test_the_clerk_sets_up_the_office_by_keyboard_up_to_the_roster_sheet(
    qtbot: QtBot, new_office: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = new_office
    files = {
        "Choose logo": logo_file(tmp_path / "logo.png"),
        "": staff_list(tmp_path / "pegawai.xlsx"),
    }

    def chosen_file(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        return str(files.get(title, files[""])), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.load()
    assert should_offer(office)
    window.offer_first_day()
    assistant = window.first_day
    assert isinstance(assistant, FirstDayAssistant) and assistant.isVisible()
    activate(qtbot, assistant)
    keys, shots, transitions = Keyboard(qtbot), Shots(), 0

    def next_step(expected: int) -> None:
        nonlocal transitions
        keys.alt("n")
        transitions += 1
        assert assistant.index == expected, assistant.page.error.text()

    # 1. Accounts: the Administrator is named; a one-clerk office gives its role the rights
    # of the staff and the planning (Alt+G, confirmed).
    shots.take(assistant, "accounts")
    account_page = assistant.pages[0]
    assert "Admin Rutan" in account_page.who.text()  # type: ignore[attr-defined]
    assert "planning the month" in account_page.rights.text()  # type: ignore[attr-defined]
    keys.alt("g")
    qtbot.waitUntil(lambda: not account_page.grant_button.isVisible())  # type: ignore[attr-defined]
    assert "every step" in account_page.rights.text()  # type: ignore[attr-defined]
    next_step(1)

    # 2. Profile: the unit, its address and city, the head and the logo.
    assert keys.focus() is assistant.pages[1].edits["unit_name"]  # type: ignore[attr-defined]
    keys.type("RUMAH TAHANAN NEGARA KELAS IIB CONTOH", replace_all=True)
    keys.tab(2)
    keys.type("Jl. Pemuda No. 1")
    keys.tab()
    keys.type("Contoh", replace_all=True)
    keys.tab()
    keys.type("KEPALA RUMAH TAHANAN NEGARA KELAS IIB CONTOH", replace_all=True)
    keys.tab()
    keys.type("Ahmad Fauzi")
    keys.tab()
    keys.type("197001011990031001")
    keys.tab()
    keys.press(Qt.Key.Key_Space)  # Choose logo… (the file is picked by the stand-in)
    shots.take(assistant, "profile")
    next_step(2)

    # 3. Staff: import the Excel list (Alt+I), in the import dialog choose it (Alt+C) and
    # import its rows (Alt+I).
    def import_list(dialog: QWidget) -> None:
        assert isinstance(dialog, StaffImportDialog)
        activate(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
        keys.alt("c")
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30000)
        shots.take(dialog, "staff-import")
        keys.alt("i")
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    when_shown(StaffImportDialog, import_list)
    keys.alt("i")
    activate(qtbot, assistant)  # as the window manager does when the dialog closes
    assert readiness(office.db, on=date(2026, 12, 1)).staff == 70
    shots.take(assistant, "staff")
    next_step(3)

    # 4. Regu: proposed from the list's Unit column, each with its Kepala Regu.
    shots.take(assistant, "regu")
    next_step(4)

    # 5. The scheme: P-S-M-L with four regu is offered first.
    shots.take(assistant, "scheme")
    next_step(5)

    # 6. Posts: the three usual ones.
    shots.take(assistant, "posts")
    next_step(6)

    # 7. Holidays of this year and the next.
    shots.take(assistant, "holidays")
    next_step(7)

    # 8. Plan the month and open its roster sheet.
    shots.take(assistant, "finish")
    keys.alt("n")
    transitions += 1
    roster = window.tab("roster")
    qtbot.waitUntil(lambda: getattr(roster, "preview", None) is not None, timeout=60000)
    preview = roster.preview
    assert isinstance(preview, DocumentPreview) and preview.isVisible()
    preview.resize(1366, 768)
    shots.take(preview, "roster-sheet")
    assert not assistant.isVisible()
    assert window.tabs.currentWidget() is window.pages["roster"]

    state = readiness(office.db, on=date(2026, 12, 1))
    assert state.roster_ready and state.holiday_years >= {2026, 2027}
    regu = roster_setup.list_regu(office.db, on=date(2026, 12, 1))
    assert [r.name for r in regu] == ["Regu I", "Regu II", "Regu III", "Regu IV"]
    assert all(r.karupam is not None and len(r.members) in (17, 18) for r in regu)
    assert [p.name for p in roster_setup.list_posts(office.db)] == [
        "Pos Utama (P2U)",
        "Pos Menara",
        "Pos Blok",
    ]
    with office.db.read() as session:
        days = session.scalar(select(func.count(func.distinct(RosterEntryRow.day))))
    assert days == 31
    profile = saved_profile(office.db).profile
    assert (profile.unit_name, profile.city, profile.head_nip) == (
        "RUMAH TAHANAN NEGARA KELAS IIB CONTOH",
        "Contoh",
        "197001011990031001",
    )
    assert profile.logo is not None
    assert not should_offer(office)  # a set-up office is not offered it again
    # What it took, for the report: page transitions and keystrokes.
    print(f"first-day assistant: {transitions} page transitions, {keys.keys} keystrokes")
    preview.close()


def test_skipping_is_remembered_and_help_opens_it_again(qtbot: QtBot, office: AppContext) -> None:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.offer_first_day()
    assistant = window.first_day
    assert isinstance(assistant, FirstDayAssistant)
    activate(qtbot, assistant)

    Keyboard(qtbot).alt("k")  # Skip the assistant

    assert not assistant.isVisible()
    assert not should_offer(office)
    window.offer_first_day()
    assert window.first_day is None
    window.first_day_action.trigger()  # Help → First-day assistant…
    assert isinstance(window.first_day, FirstDayAssistant) and window.first_day.isVisible()
    window.first_day.close()


def test_the_empty_roster_of_a_new_office_offers_the_assistant(
    qtbot: QtBot, office: AppContext
) -> None:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.pages["roster"])
    roster = window.tab("roster")

    roster.empty_state.button("First-day assistant…").click()

    assert isinstance(window.first_day, FirstDayAssistant) and window.first_day.isVisible()
    window.first_day.close()
    # Once the regu are being set up by hand, the empty roster offers the next piece alone.
    create_regu(ActionContext(office.db, office.actor, MORNING), "Regu I")
    roster.reload()
    texts = [button.text() for button in roster.empty_state.buttons]
    assert "First-day assistant…" not in texts and texts


def test_a_new_database_is_offered_it_once_its_administrator_is_made(
    qtbot: QtBot, qapp: QApplication, db: Database, app_paths: AppPaths
) -> None:
    from rutan_desk.ui.accounts.first_admin_dialog import FirstAdministratorDialog
    from rutan_desk.ui.session import Session

    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    session = Session(db, app_paths, settings, clock=MORNING)
    try:
        session.start()
        dialog = session.dialog
        assert isinstance(dialog, FirstAdministratorDialog)
        qtbot.keyClicks(dialog.name, "Slamet Riyadi")
        dialog.password.setText("kunci-admin-1")
        dialog.again.setText("kunci-admin-1")
        dialog.create()
        window = session.window
        assert isinstance(window, MainWindow)
        qtbot.waitUntil(lambda: isinstance(getattr(window, "first_day", None), FirstDayAssistant))
        assert window.first_day.isVisible()  # type: ignore[union-attr]
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        qapp.removeEventFilter(session)


def test_the_demo_is_never_offered_it(office: AppContext) -> None:
    assert should_offer(office)
    office.paths = replace(office.paths, demo=True)
    assert not should_offer(office)


def test_a_refused_step_stays_with_the_reason(qtbot: QtBot, office: AppContext) -> None:
    assistant = FirstDayAssistant(office)
    qtbot.addWidget(assistant)
    assistant.show()
    assistant.show_page(2)  # staff: none yet

    assistant.go_next()

    assert assistant.index == 2
    assert assistant.page.error.text().startswith("Import or type the staff first")


def test_reopened_on_a_set_up_office_every_step_says_so_and_is_passed(
    qtbot: QtBot, office: AppContext
) -> None:
    from rutan_desk.domain.shift_schemes import PSML_4, default_post_minimums
    from rutan_desk.domain.staff import StaffDraft, StaffKind
    from rutan_desk.services import first_day
    from rutan_desk.services.institution import save_profile
    from rutan_desk.services.staff.registry import create_staff

    action = office.action()
    for i in range(8):
        create_staff(
            action,
            StaffDraft(
                kind=StaffKind.INTERNAL,
                name=f"Penjaga {i}",
                nip=f"19850101201003{1 + i % 2}{i + 1:03d}",
                golongan="II/c",
                position="Petugas Pengamanan",
                unit=f"Regu {ROMAN[i % 4]}",
                status_since=date(2020, 1, 1),
            ),
        )
    start = date(2026, 12, 1)
    ids = first_day.set_up_regu(action, first_day.proposed_regu(office.db, on=start), start)
    first_day.apply_shift_scheme(action, PSML_4, ids, start)
    first_day.create_posts(
        action, [first_day.PostPlan(n, m) for n, m in default_post_minimums(PSML_4)]
    )
    first_day.import_holidays(action, [2026, 2027])
    save_profile(action, saved_profile(office.db).profile, expected_version=0)
    assistant = FirstDayAssistant(office)
    qtbot.addWidget(assistant)
    assistant.show()

    said = []
    for index in range(1, 7):
        assistant.go_next()
        assert assistant.index == index
        said.append(assistant.page.done_label.text())

    assert all(said[:6]), said  # profile, staff, regu, scheme, posts, holidays: done
    assert said[2].startswith("4 regu are set up")
    assert roster_setup.list_posts(office.db)[0].version == 1  # passed, not saved again
