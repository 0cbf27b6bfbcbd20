"""The main window: the tabs of the registry, change sets routed to them, the status bar,
geometry, backups, the audit check."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.agreements import AgreementKind
from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.institution import PaperSize
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.paths import AppPaths
from rutan_desk.services import institution as institution_service
from rutan_desk.services.agreements.forms import AgreementDraft, PartnerDraft, PartyLine
from rutan_desk.services.agreements.partners import save_partner
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.staff import registry
from rutan_desk.store.anchors import verification_code
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditHead
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.i18n import LANGUAGE_KEY
from rutan_desk.ui.main_window import GEOMETRY_KEY, MainWindow
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.settings.institution_dialog import InstitutionDialog
from tests.conftest import ACTOR
from tests.ui.test_staff_tab import ModalDriver


class Recorder:
    """Stands in for a static QMessageBox function and remembers what it was asked to show."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, _parent: object, title: str, text: str, *_args: object) -> object:
        self.calls.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def information(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(QMessageBox, "information", recorder)
    return recorder


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", recorder)
    return recorder


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def add_two_people(db: Database) -> None:
    for name, nip in (
        ("Agus Santoso", "197001011995031001"),
        ("Dewi Lestari", "198002022005042002"),
    ):
        registry.create_staff(
            ActionContext(db, ACTOR),
            StaffDraft(
                kind=StaffKind.INTERNAL,
                name=name,
                nip=nip,
                golongan="III/a",
                position="Petugas Pengamanan",
                unit="Regu I",
                status_since=date(2020, 1, 2),
            ),
        )


def test_one_tab_per_area_that_exists(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "&Staff",
        "&Duty roster",
        "&Handover",
        "&Kamtib",
        "&Agreements",
        "Letter &register",
    ]
    assert [window.tabs.widget(i) for i in range(6)] == [
        window.pages[key]
        for key in ("staff", "roster", "handover", "kamtib", "agreements", "register")
    ]
    window.load()
    assert window.pages["staff"].loaded  # the visible tab is built and filled
    assert not window.pages["roster"].loaded  # the others when first shown
    assert not window.pages["register"].loaded and not window.pages["handover"].loaded
    assert not window.pages["kamtib"].loaded
    window.tabs.setCurrentIndex(1)
    assert window.pages["roster"].loaded
    assert window.tab("roster").parent() is window.pages["roster"]
    assert window.windowTitle() == "Rutan Desk"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Settings", "&Help"]


def test_what_needs_attention_in_the_agreements_is_counted_after_the_window_shows(
    qtbot: QtBot, ctx: AppContext
) -> None:
    polres = save_partner(ctx.action(), PartnerDraft(name="Polres Blora"))
    today = ctx.today()
    save_agreement(
        ctx.action(),
        AgreementDraft(
            AgreementKind.PKS,
            "PKS Pengamanan",
            parties=(PartyLine(None, "W13-1"), PartyLine(polres, "B/34/I/2026")),
            place_signed="Blora",
            signed_on=today - timedelta(days=700),
            valid_from=today - timedelta(days=700),
            valid_to=today + timedelta(days=20),
        ),
        finalise=True,
    )
    window = make_window(qtbot, ctx)
    index = window.tabs.indexOf(window.pages["agreements"])
    assert window.tabs.tabText(index) == "&Agreements"  # nothing is read before the window shows
    window.load()
    qtbot.waitUntil(lambda: window.tabs.tabText(index) == "&Agreements (1)")
    assert not window.pages["agreements"].loaded  # counted without building the tab
    assert "1 ending within 90 days" in window.statusBar().currentMessage()


def test_load_fills_the_staff_tab(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    add_two_people(db)
    window = make_window(qtbot, ctx)
    assert not window.pages["staff"].loaded  # nothing is built or read before load()
    window.load()
    assert window.tab("staff").model.rowCount() == 2


REGISTER = 5  # the position of the letter register among the tabs


def test_a_change_set_refreshes_the_visible_tab_and_a_hidden_one_when_shown(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    add_two_people(db)
    window = make_window(qtbot, ctx)
    window.load()
    window.tabs.setCurrentIndex(REGISTER)  # the register: built, then hidden again
    window.tabs.setCurrentIndex(0)
    register = window.tab("register")
    calls: list[str] = []
    register.reload = lambda: calls.append("reload")  # type: ignore[method-assign]
    register.apply_changes = lambda _changes: calls.append("apply")  # type: ignore[method-assign]
    staff = window.tab("staff")

    def add_third(action: ActionContext) -> object:
        return registry.create_staff(
            action,
            StaffDraft(
                kind=StaffKind.INTERNAL,
                name="Citra Ayu",
                nip="199003032015032003",
                golongan="II/c",
                position="Petugas Pengamanan",
                unit="Regu II",
                status_since=date(2020, 1, 2),
            ),
        )

    Operation(window, ctx, add_third).run()
    assert staff.model.rowCount() == 3  # the visible staff tab, at once
    assert calls == []  # a staff change does not concern the register

    window.tabs.setCurrentIndex(REGISTER)
    assert calls == []  # nothing it listens to changed while it was hidden
    ctx.events.changed.emit(ChangeSet(frozenset({Area.DOCUMENTS})))
    assert calls == ["apply"]  # visible: it is handed the change
    window.tabs.setCurrentIndex(0)
    ctx.events.changed.emit(ChangeSet(frozenset({Area.DOCUMENTS})))
    assert calls == ["apply"]  # hidden: nothing yet
    window.tabs.setCurrentIndex(REGISTER)
    assert calls == ["apply", "reload"]  # read again when shown


def test_status_bar_names_the_database_file(
    qtbot: QtBot, ctx: AppContext, app_paths: AppPaths
) -> None:
    window = make_window(qtbot, ctx)
    assert str(app_paths.database_file) in window.database_label.text()
    assert window.database_label.text().startswith("Database: ")


def test_demo_database_is_marked_in_the_title(qtbot: QtBot, ctx: AppContext) -> None:
    demo_paths = AppPaths(
        ctx.paths.data_dir, ctx.paths.config_dir, ctx.paths.log_dir, ctx.paths.backups_dir, True
    )
    demo_ctx = replace(ctx, paths=demo_paths)
    window = make_window(qtbot, demo_ctx)
    assert window.windowTitle() == "Rutan Desk — DEMO"


def test_geometry_is_saved_on_close_and_restored(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    assert window.size() == QSize(1180, 720)  # first start: the default size
    window.show()
    qtbot.waitExposed(window)
    # The offscreen screen is 800 x 600 and restoreGeometry() keeps a window on its screen,
    # so the size chosen here must fit (900 x 600 comes back 798 wide).
    screen = window.screen().availableGeometry()
    wanted = QSize(min(900, screen.width() - 100), min(600, screen.height() - 100))
    window.resize(wanted)
    qtbot.waitUntil(lambda: window.size() == wanted)
    window.close()

    saved = ctx.settings.value(GEOMETRY_KEY)
    assert isinstance(saved, QByteArray)
    assert not saved.isEmpty()

    # A new start reads the settings file afresh.
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    again = make_window(qtbot, replace(ctx, settings=settings))
    assert again.size() == wanted
    assert again.size() != QSize(1180, 720)


def test_back_up_now_writes_a_copy(
    qtbot: QtBot, ctx: AppContext, db: Database, app_paths: AppPaths, information: Recorder
) -> None:
    add_two_people(db)
    before = set(app_paths.backups_dir.glob("*.sqlite"))
    window = make_window(qtbot, ctx)

    window.back_up_now()
    qtbot.waitUntil(lambda: len(information.calls) == 1, timeout=20000)

    new = set(app_paths.backups_dir.glob("*.sqlite")) - before
    assert len(new) == 1
    (backup,) = new
    assert backup.stat().st_size > 0
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("SELECT count(*) FROM staff").fetchone()[0] == 2
    assert len(information.calls) == 1
    assert str(backup) in information.calls[0][1]
    assert str(backup) in window.statusBar().currentMessage()


def test_audit_check_intact_then_altered(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    app_paths: AppPaths,
    information: Recorder,
    critical: Recorder,
) -> None:
    add_two_people(db)
    window = make_window(qtbot, ctx)

    window.check_audit_trail()
    qtbot.waitUntil(lambda: len(information.calls) == 1, timeout=20000)
    assert critical.calls == []
    assert "2 changes recorded" in information.calls[0][1]

    with closing(sqlite3.connect(app_paths.database_file)) as connection, connection:
        connection.execute("UPDATE audit_log SET actor='x' WHERE id=2")

    window.check_audit_trail()
    qtbot.waitUntil(lambda: len(critical.calls) == 1, timeout=20000)
    assert len(information.calls) == 1
    title, text = critical.calls[0]
    assert title == "Audit trail"
    assert "entry 2" in text
    assert "changed after it was recorded" in text


def test_audit_check_names_records_written_around_the_trail(
    qtbot: QtBot, ctx: AppContext, db: Database, app_paths: AppPaths, critical: Recorder
) -> None:
    """A person added with an outside tool: the chain is whole but does not account for her."""
    add_two_people(db)
    with closing(sqlite3.connect(app_paths.database_file)) as connection, connection:
        connection.execute(
            "INSERT INTO staff (kind, name, nip, golongan, position, unit, gender, phone, agency,"
            " external_rank, active, status_since, note, created_at, updated_at, version)"
            " SELECT kind, 'Orang Luar', '199001152015032011', golongan, position, unit, 'P',"
            " phone, agency, external_rank, active, status_since, note, created_at, updated_at, 1"
            " FROM staff WHERE id = 1"
        )
    window = make_window(qtbot, ctx)

    window.check_audit_trail()
    qtbot.waitUntil(lambda: len(critical.calls) == 1, timeout=20000)

    text = critical.calls[0][1]
    assert "changed outside Rutan Desk" in text
    assert "Pegawai: 1 without their creation on the trail (no. 3)" in text


def test_a_printed_code_is_checked(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    information: Recorder,
    critical: Recorder,
) -> None:
    add_two_people(db)
    with db.read() as session:
        head = session.get(AuditHead, 1)
        assert head is not None
        code = verification_code(head.last_id, head.last_hash)
    answers = iter([(code, True), ("2-00000000", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: next(answers))
    window = make_window(qtbot, ctx)

    window.check_printed_code()
    window.check_printed_code()

    assert "The code matches: entry 2" in information.calls[0][1]
    assert "entry 2 of the audit trail has other content" in critical.calls[0][1]


def test_set_language_is_stored_for_the_next_start(
    qtbot: QtBot, ctx: AppContext, information: Recorder
) -> None:
    window = make_window(qtbot, ctx)
    assert window.language_actions["id"].isChecked()

    window.set_language("en")

    assert ctx.settings.value(LANGUAGE_KEY) == "en"
    assert len(information.calls) == 1
    assert "next time" in information.calls[0][1]

    window.set_language("en")  # unchanged: no second message
    assert len(information.calls) == 1


def test_language_menu_action_switches(
    qtbot: QtBot, ctx: AppContext, information: Recorder
) -> None:
    window = make_window(qtbot, ctx)
    window.language_actions["en"].trigger()
    assert ctx.settings.value(LANGUAGE_KEY) == "en"
    assert window.language_actions["en"].isChecked()
    assert not window.language_actions["id"].isChecked()


def test_institution_profile_is_saved_from_the_menu_with_enter(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate_demo(db, with_roster=False)
    choosers: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: choosers.append(args) or ("", "")
    )
    window = make_window(qtbot, ctx)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, InstitutionDialog)
        nip = institution_service.get_profile(db).head_nip
        assert len(nip) == 18  # kept as digits, shown grouped as printed
        assert dialog.edits["head_nip"].text() == f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        city = dialog.edits["city"]
        qtbot.keyClick(city, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(city, "Cepu")
        qtbot.keyClick(city, Qt.Key.Key_Return)

    driver = ModalDriver(edit)
    window.institution_action.trigger()

    assert isinstance(driver.dialog, InstitutionDialog)
    assert choosers == []  # Enter saves; it does not open the logo chooser
    assert driver.dialog.result() == InstitutionDialog.DialogCode.Accepted
    profile = institution_service.get_profile(db)
    assert profile.city == "Cepu"
    assert profile.paper_size == PaperSize.F4  # the demo's folio paper is kept
    assert len(profile.head_nip) == 18 and profile.head_nip.isdigit()  # saved back as digits


def test_the_daily_backup_is_made_once_in_the_background(
    qtbot: QtBot, ctx: AppContext, db: Database, app_paths: AppPaths
) -> None:
    add_two_people(db)
    window = make_window(qtbot, ctx)

    window.start_daily_backups()
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage(), timeout=20000)
    made = list(app_paths.backups_dir.glob("*.sqlite"))
    window.daily_backups.run_if_due()  # the hourly look: today's exists already

    assert len(made) == 1 and "harian" in made[0].name
    assert list(app_paths.backups_dir.glob("*.sqlite")) == made
    with closing(sqlite3.connect(made[0])) as connection:
        assert connection.execute("SELECT count(*) FROM staff").fetchone()[0] == 2
