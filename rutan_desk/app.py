"""Start-up: arguments, paths, logging, the store (back up, migrate), translator, main window.

Imports are ordered for a fast start: the store (SQLAlchemy) and then Qt are loaded once the
arguments are known, and Alembic, reportlab and holidays only when something needs them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from rutan_desk import APP_ID, APP_NAME, __version__
from rutan_desk.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from rutan_desk.services.database import Database
    from rutan_desk.services.errors import ViewOnlyReason
    from rutan_desk.store.migrate import PrepareResult

log = logging.getLogger("rutan_desk")

#: What the start needs that does not use Qt. It is imported before PySide6: once PySide6 is
#: loaded it hooks every later import and reads each new module's source text (looking for
#: "PySide6"), which for SQLAlchemy and the store is about a tenth of the start.
STORE_MODULES = (
    "sqlalchemy.dialects.sqlite.pysqlite",
    "rutan_desk.services.database",
    "rutan_desk.services.database_location",
    "rutan_desk.services.storage_check",
    "rutan_desk.services.database_health",
    "rutan_desk.services.accounts.records",
    "rutan_desk.services.accounts.sign_in",
    "rutan_desk.services.audit.verification",
    "rutan_desk.services.backups.making",
    "rutan_desk.services.backups.empty_file",
)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rutan-desk", description=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a fresh demonstration database (never the real one)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep database, settings, logs and backups under DIR",
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help="SQLAlchemy URL of the database, e.g. postgresql+psycopg://host/db",
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="exit as soon as the main window is shown and filled (benchmarks)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (database, PDF, preview) and exit",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    args = parser.parse_args(argv)
    if args.demo and args.db_url:
        parser.error("--demo makes its own database; it cannot be combined with --db-url")
    return args


class _LogFileHandler(RotatingFileHandler):
    """The log file, which never stops the app: on a disk that fills up or goes away, a line
    that cannot be written is dropped (the clerk is told about the disk by the app itself)."""

    def flush(self) -> None:
        with contextlib.suppress(OSError):
            super().flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        if not isinstance(sys.exc_info()[1], OSError):
            super().handleError(record)


def configure_logging(log_file: Path) -> None:
    """Log to ``log_file``; to the console when it cannot be written (a full or read-only
    disk: the start-up then says so to the clerk, and the log must not stop it first)."""
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _LogFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as error:
        handler = logging.StreamHandler()
        handler.setFormatter(formatter)
        root.addHandler(handler)
        log.warning("cannot write the log file %s (%s); logging to the console", log_file, error)
        return
    handler.setFormatter(formatter)
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:  # before anything reads or writes the user's folders
        from rutan_desk.self_test import run_self_test

        return run_self_test()
    paths = resolve_paths(args.data_dir, demo=args.demo)
    configure_logging(paths.log_file)  # the folders are made once the disk is checked
    for module in STORE_MODULES:
        importlib.import_module(module)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)

    from rutan_desk.ui.crash import install_exception_hook
    from rutan_desk.ui.i18n import chosen_language, install_translator

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    install_translator(app, chosen_language(settings))
    install_exception_hook(paths.log_file)

    from rutan_desk.ui.single_instance import claim_database

    claim = claim_database(paths, args.db_url)  # kept until main() returns
    if not claim.held:  # refused, or open in another app (the demo is not rebuilt under it)
        return claim.exit_code
    window = open_main_window(app, paths, args.db_url, settings)
    if window is None:
        return 2
    if args.quit_after_show:
        QTimer.singleShot(0, app.quit)
    return app.exec()


def run() -> None:
    """Entry point of ``rutan-desk`` and ``python -m rutan_desk``.

    Once the window has closed everything is already saved: the database connections are
    closed (WAL checkpointed), the settings synced, the log flushed. Tearing down the Python
    interpreter module by module would only keep the clerk waiting, so the process ends at once.
    """
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _while_showing_progress(label: str, job: Callable[[], object]) -> None:
    """Run ``job`` on a worker thread while a busy dialog shows ``label`` (the demo takes some
    seconds to write three years of records: the clerk sees that something is happening)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QWidget

    from rutan_desk.ui.widgets.background import BackgroundTask

    owner = QWidget()
    task = BackgroundTask(owner, label, job)
    loop = QEventLoop()
    failures: list[object] = []
    task.done.connect(lambda _result: loop.quit())
    task.error.connect(lambda error: (failures.append(error), loop.quit()))
    task.start()
    loop.exec()
    owner.deleteLater()
    if failures and isinstance(failures[0], BaseException):
        raise failures[0]


def open_main_window(
    app: QApplication, paths: AppPaths, db_url: str | None, settings: object
) -> object | None:
    """Open the store and start the session (the sign-in, then the main window); on a store
    problem explain it and return None."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from rutan_desk.services.database import remove_sqlite_file, sqlite_url
    from rutan_desk.ui.session import Session

    assert isinstance(settings, QSettings)
    go_on, view_only = _storage_at_start(paths, db_url)
    if not go_on:
        return None
    if paths.demo:
        remove_sqlite_file(paths.database_file)
    url = db_url or sqlite_url(paths.database_file)
    if view_only is not None:
        db = _open_for_viewing(url, paths, view_only)
        if db is None:
            return None
    else:
        opened = _open_store(url, paths)
        if opened is None:
            return None
        db, result = opened
        if result.upgraded:
            log.info("database upgraded from %s; backup %s", result.revision_before, result.backup)
    demo_sign_in: tuple[str, str] | None = None
    demo_note = ""
    if paths.demo:
        from rutan_desk.services.demo import DEMO_OPERATOR, DEMO_PASSWORD, populate_demo

        _while_showing_progress(
            QCoreApplication.translate("Demo", "Preparing the demo data (three years)…"),
            lambda: populate_demo(db, with_accounts=True, with_kamtib=True),
        )
        demo_sign_in = (DEMO_OPERATOR, DEMO_PASSWORD)
        demo_note = QCoreApplication.translate(
            "Demo",
            "Demo: every account has the password {password} (admin, operator, karupam, "
            "kakpr, karutan, pembaca).",
        ).format(password=DEMO_PASSWORD)
    session = Session(
        db,
        paths,
        settings,
        demo_sign_in=demo_sign_in,
        demo_note=demo_note,
        daily_backups=not paths.demo and db.view_only is None,  # the demo: new every start
        start_check=(lambda: _anchor_at_start(db, paths)) if db.view_only is None else None,
    )
    session.start()
    app.aboutToQuit.connect(lambda: session.db.dispose())
    return session


def _storage_at_start(paths: AppPaths, db_url: str | None) -> tuple[bool, ViewOnlyReason | None]:
    """A full disk or a folder or file that cannot be written to, said before anything else.
    (go on, None): all is well; (go on, reason): the clerk chose to open the data for viewing
    only; (False, None): the clerk quit, or there is nothing to view."""
    from rutan_desk.services.storage_check import check_storage
    from rutan_desk.ui.startup_errors import ask_to_view

    database_file = None if db_url else paths.database_file
    problem = check_storage(paths, database_file)
    if problem is None:
        paths.create()
        return True, None
    log.error("storage problem at start: %s %s", problem.kind.value, problem.path)
    # The demo is made afresh at every start: with nothing writable there is nothing to view.
    has_data = db_url is not None or paths.database_file.exists()
    if not ask_to_view(problem, can_view=has_data and not paths.demo):
        return False, None
    return True, problem.view_only_reason


def _open_for_viewing(url: str, paths: AppPaths, reason: ViewOnlyReason) -> Database | None:
    from rutan_desk.services.database import open_for_viewing
    from rutan_desk.services.errors import StoreError
    from rutan_desk.ui.startup_errors import show_store_error

    try:
        db = open_for_viewing(url, reason)
    except StoreError as error:
        log.exception("cannot open the database %s for viewing", url)
        show_store_error(error, paths)
        return None
    log.warning("database %s opened for viewing only (%s)", url, reason.value)
    return db


def _open_store(url: str, paths: AppPaths) -> tuple[Database, PrepareResult] | None:
    """Check, back up, migrate and open the database; on a problem explain it and return None.
    A database file found empty is never replaced quietly: the clerk chooses (restore the
    latest verified backup, start a new database, or quit)."""
    from rutan_desk.services.backups.empty_file import EmptyDatabaseFileError
    from rutan_desk.services.database import open_database
    from rutan_desk.services.errors import StoreError
    from rutan_desk.ui.startup_errors import resolve_empty_database, show_store_error

    while True:
        try:
            return open_database(url, paths.backups_dir)
        except EmptyDatabaseFileError as error:
            log.warning("the database file %s is empty", error.path)
            if not resolve_empty_database(error, paths):
                return None
        except StoreError as error:
            log.exception("cannot open the database %s", url)
            show_store_error(error, paths)
            return None


def _anchor_at_start(db: Database, paths: AppPaths) -> str:
    """Note the head of the audit trail beside the database; a warning when the trail no
    longer reaches what was noted last time (cut back while the app was closed)."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QCoreApplication

    from rutan_desk.services.audit.verification import AnchorPlaces, anchor_head

    places = AnchorPlaces(anchors_dir=paths.data_dir, backups_dir=paths.backups_dir)
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # stored moments: naive UTC
    problems = anchor_head(db, places, source="start", at=now)
    if not problems:
        return ""
    log.warning("audit trail behind its anchor at start: %s", problems)
    return QCoreApplication.translate(
        "Startup",
        "The audit trail no longer has entries this PC saw the last time it opened the "
        "database: it may have been changed outside Rutan Desk. Run Help → Check audit trail "
        "and tell the Administrator.",
    )
