"""The main window: one tab per area, the menus, the database location in the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from rutan_desk import APP_NAME, __version__
from rutan_desk.domain.changes import ChangeSet
from rutan_desk.services.agreements.warnings import agreement_warnings
from rutan_desk.services.backups.making import BackupMade, BackupNotSupportedError, make_backup
from rutan_desk.services.backups.records import BackupInfo
from rutan_desk.services.errors import BackupError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.i18n import LANGUAGE_KEY, chosen_language
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.tabs import TABS, TabSpec
from rutan_desk.ui.view_only import view_only_badge, view_only_reason_text
from rutan_desk.ui.widgets.lazy_tab import LazyTab

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
TAB_KEY = "main_window/tab"


class MainWindow(QMainWindow):
    #: The signed-in person leaves the PC to the next one (the session closes this window).
    switch_user_requested = Signal()
    #: Cover the window until its person signs in again.
    lock_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        title = APP_NAME if not ctx.paths.demo else self.tr("{app} — DEMO").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.tabs = QTabWidget()
        # Each tab is built and filled the first time it is shown, so start-up reads only what
        # is seen; a tab that is built but hidden is refreshed when it is shown again.
        self.pages: dict[str, LazyTab[Any]] = {}
        self._specs: dict[QWidget, TabSpec] = {}
        for spec in TABS:
            page: LazyTab[Any] = LazyTab(lambda spec=spec: spec.build(self._ctx))
            self.pages[spec.key] = page
            self._specs[page] = spec
            self.tabs.addTab(page, QCoreApplication.translate("Tabs", spec.title))
        self.setCentralWidget(self.tabs)
        self._loaded: set[QWidget] = set()
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _index: self._load_current_tab())
        ctx.events.changed.connect(self._on_changed)
        self._build_menus()
        self.database_label = QLabel(
            self.tr("Database: {location}").format(location=ctx.db.describe())
        )
        self.user_label = QLabel(self.tr("Signed in: {name}").format(name=ctx.actor.label))
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.view_only_label = QLabel()
        self.view_only_label.setStyleSheet("QLabel { color: white; background: #b00020; }")
        self.statusBar().insertPermanentWidget(0, self.view_only_label)
        self._title = title
        self.show_view_only()
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = file_menu.addAction(self.tr("&Back up now"))
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.backups_action = file_menu.addAction(self.tr("Backups and &restore…"))
        self.backups_action.triggered.connect(lambda: self.open_backups())
        file_menu.addSeparator()
        self.password_action = file_menu.addAction(self.tr("Change &password…"))
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = file_menu.addAction(self.tr("&Lock the screen"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.switch_action = file_menu.addAction(self.tr("S&witch user…"))
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.switch_user_requested.emit)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("E&xit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.institution_action = settings_menu.addAction(self.tr("&Institution profile…"))
        self.institution_action.triggered.connect(self.edit_institution)
        self.numbering_action = settings_menu.addAction(self.tr("Letter &numbers…"))
        self.numbering_action.triggered.connect(self.edit_numbering)
        self.accounts_action = settings_menu.addAction(self.tr("&Accounts and roles…"))
        self.accounts_action.triggered.connect(self.open_accounts)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = chosen_language(self._ctx.settings)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.first_day_action = help_menu.addAction(self.tr("&First-day assistant…"))
        self.first_day_action.triggered.connect(self.open_first_day)
        self.guide_action = help_menu.addAction(self.tr("&User guide…"))
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addSeparator()
        self.audit_trail_action = help_menu.addAction(self.tr("Audit &trail…"))
        self.audit_trail_action.triggered.connect(self.open_audit_trail)
        self.audit_action = help_menu.addAction(self.tr("&Check audit trail"))
        self.audit_action.triggered.connect(self.check_audit_trail)
        self.code_action = help_menu.addAction(self.tr("Check a printed c&ode…"))
        self.code_action.triggered.connect(self.check_printed_code)
        about = help_menu.addAction(self.tr("&About Rutan Desk"))
        about.triggered.connect(self.show_about)

    def show_view_only(self) -> None:
        """Say in the title and the status bar when nothing can be saved (the database was
        opened for viewing only, or was found damaged after the start), and why."""
        reason = self._ctx.db.view_only
        self.view_only_label.setVisible(reason is not None)
        if reason is None:
            self.setWindowTitle(self._title)
            return
        badge = view_only_badge()
        self.view_only_label.setText(f" {badge} ")
        self.view_only_label.setToolTip(view_only_reason_text(reason))
        self.setWindowTitle(f"{self._title} — {badge}")

    # -- start-up and closing -------------------------------------------------------------
    def load(self) -> None:
        """Fill the visible tab from the database (called once the window is on screen); what
        needs attention on the agreements tab is counted just after, not before the window
        shows."""
        self._load_current_tab()
        QTimer.singleShot(0, lambda: self.show_agreement_warnings(at_start=True))

    def show_agreement_warnings(self, *, at_start: bool = False) -> None:
        """The count of agreements ending soon and of obligations and follow-ups overdue, on
        the agreements tab's title; at start also said in the status bar. Nothing blocks."""
        warnings = agreement_warnings(self._ctx.db, self._ctx.today())
        page = self.pages["agreements"]
        title = QCoreApplication.translate("Tabs", self._specs[page].title)
        count = warnings.count
        self.tabs.setTabText(self.tabs.indexOf(page), f"{title} ({count})" if count else title)
        if at_start and count:
            self.statusBar().showMessage(
                self.tr(
                    "Agreements: {expiring} ending within {days} days, {overdue} obligations "
                    "and {follow_ups} follow-ups overdue."
                ).format(
                    expiring=len(warnings.expiring),
                    days=warnings.window_days,
                    overdue=len(warnings.overdue_obligations),
                    follow_ups=len(warnings.overdue_follow_ups),
                ),
                30000,
            )

    def _load_current_tab(self) -> None:
        page = self.tabs.currentWidget()
        if not isinstance(page, LazyTab):
            return
        if page not in self._loaded or page in self._stale:
            self._loaded.add(page)
            self._stale.discard(page)
            page.content().reload()

    def tab(self, key: str) -> Any:
        """The content of the tab ``key`` of the registry, built now if it was not yet."""
        return self.pages[key].content()

    def _on_changed(self, changes: ChangeSet) -> None:
        """Hand a change set to the tabs that show what it touched: the visible one refreshes
        now, a hidden one when it is shown again."""
        if changes.touches(self._specs[self.pages["agreements"]].listens_to):
            self.show_agreement_warnings()
        current = self.tabs.currentWidget()
        for page, spec in self._specs.items():
            if page not in self._loaded or not changes.touches(spec.listens_to):
                continue
            if page is current:
                page.content().apply_changes(changes)
            else:
                self._stale.add(page)

    def _restore_geometry(self) -> None:
        settings = self._ctx.settings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = settings.value(STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            self.resize(1180, 720)
        tab = settings.value(TAB_KEY, 0)
        self.tabs.setCurrentIndex(int(tab) if str(tab).isdigit() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._ctx.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(TAB_KEY, self.tabs.currentIndex())
        settings.sync()
        super().closeEvent(event)

    # -- menu actions ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        from rutan_desk.ui.backups.settings import second_dir

        backups_dir, usb = self._ctx.paths.backups_dir, second_dir(self._ctx.settings)
        Operation(
            self,
            self._ctx,
            lambda action: make_backup(action, backups_dir, second_dir=usb),
            title=self.tr("Back up"),
        ).on_success(self._backed_up).on_error(
            BackupNotSupportedError, lambda _error: self._backup_on_server()
        ).on_error(BackupError, self._backup_failed).run_in_background(self.tr("Making a backup…"))

    def _backed_up(self, made: BackupMade) -> None:
        path = made.backup.path
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=path), 10000)
        QMessageBox.information(
            self,
            self.tr("Back up"),
            self.tr("The database was copied and checked:\n{path}").format(path=path),
        )

    def _backup_on_server(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Back up"),
            self.tr(
                "This database is on a shared server; it is backed up by the server's "
                "administrator."
            ),
        )

    def _backup_failed(self, error: BackupError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Back up"),
            self.tr("The backup could not be made: {reason}").format(reason=error),
        )

    def open_backups(self, select: BackupInfo | None = None) -> None:
        from rutan_desk.ui.backups.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._ctx, self)
        if select is not None:
            dialog.select_backup(select)
        dialog.exec()

    def open_first_day(self) -> None:
        """The first-day assistant, from Help (it may also be offered at the start)."""
        from rutan_desk.ui.first_day.offer import open_first_day

        self.first_day = open_first_day(self, self._ctx)

    def offer_first_day(self) -> None:
        """Open the first-day assistant when the database is new and it was not skipped."""
        from rutan_desk.ui.first_day.offer import offer_first_day

        self.first_day = offer_first_day(self, self._ctx)

    def edit_institution(self) -> None:
        # Imported on first use: the dialog's Qt classes cost start-up time (see bench/).
        from rutan_desk.ui.settings.institution_dialog import InstitutionDialog

        InstitutionDialog(self._ctx, self).exec()

    def change_password(self) -> None:
        from rutan_desk.ui.accounts.password_dialog import PasswordDialog

        PasswordDialog(self._ctx, self, forced=False).exec()

    def open_accounts(self) -> None:
        from rutan_desk.ui.accounts.accounts_dialog import AccountsDialog

        AccountsDialog(self._ctx, self).exec()

    def edit_numbering(self) -> None:
        from rutan_desk.ui.documents.numbering_dialog import NumberingDialog

        NumberingDialog(self._ctx, self).exec()

    def set_language(self, code: str) -> None:
        if code == chosen_language(self._ctx.settings):
            return
        self._ctx.settings.setValue(LANGUAGE_KEY, code)
        self._ctx.settings.sync()
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Rutan Desk starts."),
        )

    def open_guide(self) -> None:
        """The user guide beside the window (one window, brought to the front again)."""
        from rutan_desk.ui.help.guide_window import GuideWindow

        if getattr(self, "guide_window", None) is None:
            self.guide_window = GuideWindow(parent=self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()

    def open_audit_trail(self) -> None:
        """Who changed what and when (for those who may view the audit trail)."""
        from rutan_desk.ui.audit.audit_dialog import open_audit_trail

        self.audit_dialog = open_audit_trail(self, self._ctx)

    def check_audit_trail(self) -> None:
        """Is the trail whole, does it account for every record, does it agree with what was
        seen of it outside the database? (in the background: it reads the whole trail)"""
        from rutan_desk.ui.audit.trail_check import run_trail_check

        self.trail_check = run_trail_check(self, self._ctx)

    def check_printed_code(self) -> None:
        from rutan_desk.ui.audit.trail_check import ask_printed_code

        ask_printed_code(self, self._ctx)

    def start_daily_backups(self) -> None:
        """Today's backup when it is due, now and then every hour (a PC left on overnight
        makes the next day's)."""
        from rutan_desk.ui.backups.daily import DailyBackups

        self.daily_backups = DailyBackups(self, self._ctx)
        self.daily_backups.start()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rutan Desk"),
            self.tr(
                "<b>{app}</b> {version}<br>The desk application of the security unit (KPR) of a "
                "detention centre. It works without a network.<br><br>Database: {database}<br>"
                "Logs: {logs}"
            ).format(
                app=APP_NAME,
                version=__version__,
                database=self._ctx.db.describe(),
                logs=self._ctx.paths.log_file,
            ),
        )
