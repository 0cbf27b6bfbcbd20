"""One Rutan Desk per database, through the real main(): a second start brings the first to the
front and ends; a second demo start leaves the running demo's database alone; a lock left by a
crash or a finished start does not block; a database on a network share is refused.

A "first" app runs main() with its event loop; the second start is main() called from inside
that loop, as a second process would (its local-server request is answered once the first's
loop runs again; what the second leaves behind is undone with the first's by run_main). One
test runs the first app as a real second process. Every test has its own data folder, hence its
own lock file and local-server name. The interface is in English here (the source strings), so
that the tests do not depend on the translation.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import rutan_desk.services.database_location as location
import rutan_desk.ui.single_instance as single_instance
from rutan_desk.app import main
from rutan_desk.paths import AppPaths, resolve_paths
from rutan_desk.services.database import sqlite_url
from rutan_desk.services.database_location import windows_network_share
from rutan_desk.ui.i18n import LANGUAGE_KEY
from rutan_desk.ui.session import Session
from rutan_desk.ui.single_instance import EXIT_ALREADY_OPEN, EXIT_REFUSED, lock_file_for
from tests.test_app import RunMain
from tests.test_app import run_main as run_main  # the fixture

Shown = list[tuple[str, str]]
ROOT = Path(__file__).resolve().parent.parent


def in_english(paths: AppPaths) -> AppPaths:
    paths.create()
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    settings.sync()
    return paths


def record_boxes(monkeypatch: pytest.MonkeyPatch) -> Shown:
    shown: Shown = []

    def box(kind: str) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *_args: object) -> object:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return shown


def while_running(monkeypatch: pytest.MonkeyPatch, step: Callable[[Session], None]) -> None:
    """Run ``step`` once the first app's window or dialog is shown (its event loop running)."""
    original = Session.start

    def run_step(session: Session) -> None:
        try:
            step(session)
        finally:
            QApplication.quit()  # a failing step ends the test instead of leaving it waiting

    def start(session: Session) -> None:
        original(session)
        QTimer.singleShot(0, lambda: run_step(session))

    monkeypatch.setattr(Session, "start", start)


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


ALREADY_OPEN = "Rutan Desk is already open for this database; its window has been brought"


def test_a_second_start_brings_the_first_to_the_front_and_ends(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = in_english(resolve_paths(tmp_path))
    shown = record_boxes(monkeypatch)
    second: dict[str, object] = {}

    def second_start(_session: Session) -> None:
        (dialog,) = visible_windows()  # a new database: the first Administrator's dialog
        dialog.showMinimized()
        second["code"] = main(["--data-dir", str(tmp_path)])
        second["raised"] = wait_until(lambda: not dialog.isMinimized() and dialog.isVisible())

    while_running(monkeypatch, second_start)
    assert run_main(["--data-dir", str(tmp_path)]) == 0

    assert second == {"code": EXIT_ALREADY_OPEN, "raised": True}
    assert shown == [("information", ALREADY_OPEN + " to the front.")]
    log = paths.log_file.read_text(encoding="utf-8")
    assert "another start on this database: its windows brought to the front" in log
    assert not lock_file_for(sqlite_url(paths.database_file), paths).exists()  # released


def test_the_first_start_in_a_new_folder_holds_its_database(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "baru"  # made by the start itself
    paths = resolve_paths(data)
    lock = lock_file_for(sqlite_url(paths.database_file), paths)
    shown = record_boxes(monkeypatch)
    seen: dict[str, object] = {}

    def start_again(_session: Session) -> None:
        seen["locked"] = lock.exists()
        seen["code"] = main(["--data-dir", str(data)])

    while_running(monkeypatch, start_again)
    assert run_main(["--data-dir", str(data)]) == 0

    assert seen == {"locked": True, "code": EXIT_ALREADY_OPEN}
    assert [kind for kind, _text in shown] == ["information"]


def test_without_a_writable_lock_the_local_server_still_keeps_one_app(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock file that cannot be written (here: its folder would be inside a file; in an
    office, a read-only folder) does not stop the start, and a second start is still sent to
    the first by the local server."""
    in_english(resolve_paths(tmp_path))
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    unwritable = tmp_path / "a-file" / "rutan-desk.lock"
    monkeypatch.setattr(single_instance, "lock_file_for", lambda _url, _paths: unwritable)
    shown = record_boxes(monkeypatch)
    seen: dict[str, object] = {}

    def start_again(_session: Session) -> None:
        seen["code"] = main(["--data-dir", str(tmp_path)])

    while_running(monkeypatch, start_again)
    assert run_main(["--data-dir", str(tmp_path)]) == 0

    assert seen == {"code": EXIT_ALREADY_OPEN}
    assert shown == [("information", ALREADY_OPEN + " to the front.")]
    assert not unwritable.exists()


def test_a_second_demo_start_leaves_the_running_demo_database_alone(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.services.calendar.edits import add_holiday

    paths = in_english(resolve_paths(tmp_path, demo=True))
    argv = ["--demo", "--data-dir", str(tmp_path)]
    shown = record_boxes(monkeypatch)
    seen: dict[str, object] = {}

    def write_then_start_again(session: Session) -> None:
        assert session.ctx is not None  # the demo signs in by itself
        for day in range(1, 41):
            add_holiday(session.ctx.action(), date(2031, 1, 1).replace(day=1 + day % 28), "Uji")
        inode = paths.database_file.stat().st_ino
        seen["code"] = main(argv)
        seen["same file"] = paths.database_file.stat().st_ino == inode
        with closing(sqlite3.connect(paths.database_file)) as connection:
            query = "SELECT count(*) FROM holiday WHERE name = 'Uji'"
            seen["rows"] = connection.execute(query).fetchone()[0]

    while_running(monkeypatch, write_then_start_again)
    assert run_main(argv) == 0

    assert seen == {"code": EXIT_ALREADY_OPEN, "same file": True, "rows": 40}
    assert shown == [("information", ALREADY_OPEN + " to the front.")]


def test_after_the_first_has_ended_a_new_start_opens_normally(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = in_english(resolve_paths(tmp_path))
    shown = record_boxes(monkeypatch)
    lock = lock_file_for(sqlite_url(paths.database_file), paths)

    assert run_main(["--data-dir", str(tmp_path), "--quit-after-show"]) == 0
    assert not lock.exists()
    assert run_main(["--data-dir", str(tmp_path), "--quit-after-show"]) == 0
    assert not lock.exists()
    assert shown == []


def test_a_lock_left_by_a_crashed_start_does_not_block(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = in_english(resolve_paths(tmp_path))
    shown = record_boxes(monkeypatch)
    lock = lock_file_for(sqlite_url(paths.database_file), paths)
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os._exit(9)  # ends without unlocking, as a crash would\n"
    )
    finished = subprocess.run([sys.executable, "-c", crash, str(lock)], check=False)
    assert finished.returncode == 9
    dead_pid = int(lock.read_text(encoding="utf-8").split()[0])

    assert run_main(["--data-dir", str(tmp_path), "--quit-after-show"]) == 0

    assert shown == []
    assert dead_pid != os.getpid()
    assert not lock.exists()  # taken over, then released at the end


def test_a_second_start_while_another_process_has_the_database(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = in_english(resolve_paths(tmp_path))
    lock = lock_file_for(sqlite_url(paths.database_file), paths)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "rutan_desk", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_until(lock.exists, 30), "the first app did not start"
        shown = record_boxes(monkeypatch)

        assert run_main(["--data-dir", str(tmp_path)]) == EXIT_ALREADY_OPEN

        assert shown == [("information", ALREADY_OPEN + " to the front.")]
        assert int(lock.read_text(encoding="utf-8").split()[0]) == first.pid
        brought = "another start on this database: its windows brought to the front"
        assert wait_until(lambda: brought in paths.log_file.read_text(encoding="utf-8"), 15)
        assert first.poll() is None  # the first goes on
    finally:
        first.terminate()
        first.wait(10)


def fake_mounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(line, encoding="utf-8")
    monkeypatch.setattr(location, "MOUNTS_FILE", mounts)


@pytest.mark.skipif(sys.platform == "win32", reason="Linux mounts (Windows: the UNC test)")
def test_a_data_folder_on_a_network_share_is_refused(
    tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "kantor"
    paths = in_english(resolve_paths(share))
    fake_mounts(tmp_path, monkeypatch, f"//kantor/data {share} cifs rw 0 0\n")
    shown = record_boxes(monkeypatch)

    assert run_main(["--data-dir", str(share), "--quit-after-show"]) == EXIT_REFUSED

    ((kind, text),) = shown
    assert kind == "critical"
    assert f"The database {paths.database_file} is on a network share (//kantor/data)" in text
    assert "PostgreSQL server" in text and "--db-url" in text
    assert not paths.database_file.exists()
    assert "is on the network share" in paths.log_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "database",
    [r"\\kantor\data\rutan\rutan-desk.sqlite", "//kantor/data/rutan/rutan-desk.sqlite"],
)
def test_a_database_url_on_a_unc_path_is_refused(
    database: str, tmp_path: Path, run_main: RunMain, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A UNC path exists only on Windows: the Windows check is used here on its own."""
    in_english(resolve_paths(tmp_path))
    monkeypatch.chdir(tmp_path)  # a Linux reading of the path would be relative to here
    monkeypatch.setattr(
        single_instance,
        "network_share_of",
        lambda path: windows_network_share(str(path), lambda _root: 0),
    )
    shown = record_boxes(monkeypatch)

    url = f"sqlite:///{database}"
    assert run_main(["--data-dir", str(tmp_path), "--db-url", url]) == EXIT_REFUSED

    ((kind, text),) = shown
    assert kind == "critical"
    assert "is on a network share (\\\\kantor\\data)" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "logs", "rutan-desk.ini"]
