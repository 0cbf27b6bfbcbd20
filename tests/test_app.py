"""Start-up: arguments, the demo database, and refusing a database from a newer version."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from rutan_desk import __version__
from rutan_desk.app import main, parse_args
from rutan_desk.paths import resolve_paths
from rutan_desk.store.engine import sqlite_url
from rutan_desk.store.migrate import prepare_database

RunMain = Callable[[Sequence[str]], int]


@pytest.fixture
def run_main(qapp: QApplication) -> Iterator[RunMain]:
    """Call main() and undo what it does to the process: the exception hook, the log handler,
    the translator and the windows it leaves behind, so that later tests are unaffected."""
    root = logging.getLogger()
    level = root.level
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationVersion())

    def run(argv: Sequence[str]) -> int:
        hook = sys.excepthook
        handlers = list(root.handlers)
        translators = set(qapp.findChildren(QTranslator))
        windows = set(QApplication.topLevelWidgets())
        try:
            return main(list(argv))
        finally:
            sys.excepthook = hook
            for handler in root.handlers:
                if handler not in handlers:
                    root.removeHandler(handler)
                    handler.close()
            for translator in set(qapp.findChildren(QTranslator)) - translators:
                qapp.removeTranslator(translator)
                translator.deleteLater()
            # The main window outlives main() (its actions hold it, with the database).
            for window in set(QApplication.topLevelWidgets()) - windows:
                if window.parent() is None:
                    window.close()
                    window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            settle_event_loop(qapp)

    yield run
    root.setLevel(level)
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setApplicationVersion(names[2])


def settle_event_loop(qapp: QApplication) -> None:
    """app.quit() can leave a second Quit event queued when exec() returns. Delivered later,
    outside exec(), it sets Qt's "quit now" flag for good, and every later QEventLoop (the
    waits of qtbot, a dialog's exec()) returns at once. Running exec() once more lets any such
    event end it, and exec() clears the flag on the way out; the timer ends it otherwise."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: qapp.exit(0))
    timer.start(0)
    qapp.exec()
    timer.stop()


def staff_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM staff").fetchone()[0])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_cannot_be_combined_with_a_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--demo", "--db-url", "x"])
    assert exit_info.value.code == 2
    assert "--demo" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--version"])
    assert exit_info.value.code == 0
    assert __version__ == "0.1.0"
    assert capsys.readouterr().out.strip() == "Rutan Desk 0.1.0"


def test_arguments(tmp_path: Path) -> None:
    args = parse_args(["--data-dir", str(tmp_path), "--quit-after-show"])
    assert args.data_dir == tmp_path
    assert args.quit_after_show
    assert not args.demo
    assert args.db_url is None


def test_demo_starts_fresh_every_time(tmp_path: Path, run_main: RunMain) -> None:
    argv = ["--demo", "--data-dir", str(tmp_path), "--quit-after-show"]
    demo_file = tmp_path / "demo" / "rutan-desk-demo.sqlite"

    assert run_main(argv) == 0
    assert demo_file.exists()
    assert staff_count(demo_file) == 70
    assert not (tmp_path / "rutan-desk.sqlite").exists()  # never the real database
    assert (tmp_path / "demo" / "logs" / "rutan-desk.log").exists()

    assert run_main(argv) == 0
    assert staff_count(demo_file) == 70  # a fresh demo, not appended to the last one


def test_the_demo_opens_signed_in_as_its_clerk(tmp_path: Path, run_main: RunMain) -> None:
    from rutan_desk.ui.main_window import MainWindow

    shown: list[str] = []
    original = MainWindow.show

    def record(window: MainWindow) -> None:
        shown.append(window.user_label.text())
        original(window)

    MainWindow.show = record  # type: ignore[method-assign]
    try:
        assert run_main(["--demo", "--data-dir", str(tmp_path), "--quit-after-show"]) == 0
    finally:
        MainWindow.show = original  # type: ignore[method-assign]
    (label,) = shown
    assert "Masuk sebagai:" in label


def test_a_new_real_database_asks_for_its_administrator_first(
    tmp_path: Path, run_main: RunMain
) -> None:
    from rutan_desk.ui.accounts.first_admin_dialog import FirstAdministratorDialog

    shown: list[str] = []
    original = FirstAdministratorDialog.show

    def record(dialog: FirstAdministratorDialog) -> None:
        shown.append(dialog.windowTitle())
        original(dialog)

    FirstAdministratorDialog.show = record  # type: ignore[method-assign]
    try:
        assert run_main(["--data-dir", str(tmp_path), "--quit-after-show"]) == 0
    finally:
        FirstAdministratorDialog.show = original  # type: ignore[method-assign]
    assert shown == ["Penggunaan pertama: akun Administrator"]  # in Indonesian by default
    with closing(sqlite3.connect(tmp_path / "rutan-desk.sqlite")) as connection:
        assert connection.execute("SELECT count(*) FROM account").fetchone()[0] == 0


def test_main_restores_nothing_left_behind(tmp_path: Path, run_main: RunMain) -> None:
    hook = sys.excepthook
    handlers = list(logging.getLogger().handlers)
    assert run_main(["--demo", "--data-dir", str(tmp_path), "--quit-after-show"]) == 0
    assert sys.excepthook is hook
    assert logging.getLogger().handlers == handlers


def test_database_from_a_newer_version_is_refused_untouched(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(tmp_path)
    paths.create()
    database = tmp_path / "rutan-desk.sqlite"
    assert paths.database_file == database
    prepare_database(sqlite_url(database), paths.backups_dir)
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert not Path(f"{database}-wal").exists()
    before = sha256(database)
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)

    assert run_main(["--data-dir", str(tmp_path), "--quit-after-show"]) == 2

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Rutan Desk"
    assert "9999_future" in text
    assert sha256(database) == before
    assert list(paths.backups_dir.iterdir()) == []  # nothing to back up: nothing was changed
    log = paths.log_file.read_text(encoding="utf-8")
    assert "cannot open the database" in log


def test_run_ends_the_process_with_mains_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """The entry point skips interpreter teardown once everything is saved (faster close)."""
    import rutan_desk.app as app_module

    calls: list[str] = []
    monkeypatch.setattr(app_module, "main", lambda: calls.append("main") or 2)
    monkeypatch.setattr(app_module.logging, "shutdown", lambda: calls.append("log flushed"))

    def fake_exit(code: int) -> None:
        calls.append(f"exit {code}")
        raise SystemExit(code)

    monkeypatch.setattr(app_module.os, "_exit", fake_exit)
    with pytest.raises(SystemExit):
        app_module.run()
    assert calls == ["main", "log flushed", "exit 2"]
