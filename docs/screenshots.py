"""Regenerate the screenshots of the user guide (docs/panduan/*.png) from the demo database.

    make guide-screenshots

The demo database is built in a temporary folder as ``--demo`` builds it, on a fixed day
(``SHOTS_DAY``: every date of the demo is counted from "today", so the pictures are the same
at every run), and the main window is opened signed in as the demo's administrator, in
Indonesian. Each entry of ``SHOTS`` opens a tab or a dialog; it is grabbed offscreen at
1366 × 768 (the usual office screen) and written to ``docs/panduan/<name>.png``. The guide
refers to every one of them (tests/ui/test_guide.py checks both ways).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

SHOTS_FOLDER = Path(__file__).resolve().parent / "panduan"
# Monday 16 November 2026, 09.00 WIB: the demo's "today" for the pictures (a working morning
# in the middle of a month, the next month not planned yet).
SHOTS_DAY = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)
WIDTH, HEIGHT = 1366, 768
WINDOWS_DATA_DIR = r"C:\Users\kpr\AppData\Local\rutan-desk"


@dataclass(frozen=True)
class Shot:
    name: str  # the file docs/panduan/<name>.png
    take: Callable[[Studio], object]  # shows what is pictured; returns the widget to grab


class Studio:
    """The demo database, the main window over it and what a shot needs to reach."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtCore import QSettings

        from rutan_desk.paths import resolve_paths
        from rutan_desk.services.accounts.sign_in import sign_in
        from rutan_desk.services.context import FixedClock
        from rutan_desk.services.database import open_database, sqlite_url
        from rutan_desk.services.demo import DEMO_PASSWORD, populate_demo
        from rutan_desk.ui.context import AppContext, AppEvents

        self.paths = resolve_paths(folder, demo=True)
        self.paths.create()
        self.clock = FixedClock(SHOTS_DAY)
        self.db, _ = open_database(sqlite_url(self.paths.database_file), self.paths.backups_dir)
        populate_demo(self.db, with_accounts=True, with_kamtib=True)
        signed = sign_in(self.db, "admin", DEMO_PASSWORD, self.clock)
        settings = QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)
        self.ctx = AppContext(
            db=self.db,
            paths=self.paths,
            actor=signed.account.actor(),
            events=AppEvents(),
            settings=settings,
            clock=self.clock,
        )
        self.window = self._main_window()
        self.hide_temporary_folder(self.window)

    def _main_window(self) -> object:
        from rutan_desk.ui.main_window import MainWindow

        window = MainWindow(self.ctx)
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.load()
        settle()
        return window

    def tab(self, key: str) -> object:
        """The main window showing tab ``key`` (its content built and read)."""
        window = self.window
        window.tabs.setCurrentWidget(window.pages[key])  # type: ignore[attr-defined]
        settle()
        return window

    def content(self, key: str) -> object:
        self.tab(key)
        return self.window.tab(key)  # type: ignore[attr-defined]

    def dialog(self, dialog: object, width: int, height: int) -> object:
        """``dialog`` shown ``width`` × ``height`` over the main window."""
        dialog.resize(width, height)  # type: ignore[attr-defined]
        dialog.show()  # type: ignore[attr-defined]
        settle()
        self.hide_temporary_folder(dialog)
        return dialog

    def hide_temporary_folder(self, widget: object) -> None:
        """Labels name the database and its backups folder: show where they are on a Windows
        PC, not this run's temporary folder."""
        from PySide6.QtWidgets import QLabel

        here = self.paths.data_dir
        places = {
            str(here / "backups"): WINDOWS_DATA_DIR + "\\backups",
            str(self.paths.database_file): WINDOWS_DATA_DIR + "\\" + self.paths.database_file.name,
            str(here): WINDOWS_DATA_DIR,
        }
        for label in widget.findChildren(QLabel):  # type: ignore[attr-defined]
            text = label.text()
            for place, shown in places.items():
                text = text.replace(place, shown)
            label.setText(text)


def settle(seconds: float = 0.3) -> None:
    """Let the window lay itself out and its background reads come back."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


# -- the shots --------------------------------------------------------------------------


def _staff(studio: Studio) -> object:
    return studio.tab("staff")


def _roster(studio: Studio) -> object:
    return studio.tab("roster")


def _handover(studio: Studio) -> object:
    return studio.tab("handover")


def _incidents(studio: Studio) -> object:
    kamtib = studio.content("kamtib")
    kamtib.pages.setCurrentWidget(kamtib.incidents)  # type: ignore[attr-defined]
    settle()
    return studio.window


def _recap(studio: Studio) -> object:
    kamtib = studio.content("kamtib")
    kamtib.pages.setCurrentWidget(kamtib.recap)  # type: ignore[attr-defined]
    settle(1.0)
    return studio.window


def _agreements(studio: Studio) -> object:
    return studio.tab("agreements")


def _register(studio: Studio) -> object:
    return studio.tab("register")


def _backups(studio: Studio) -> object:
    from rutan_desk.services.backups.making import make_backup
    from rutan_desk.ui.backups.backups_dialog import BackupsDialog

    make_backup(studio.ctx.action(), studio.paths.backups_dir)
    dialog = BackupsDialog(studio.ctx, studio.window)  # type: ignore[arg-type]
    return studio.dialog(dialog, 1000, 620)


def _accounts(studio: Studio) -> object:
    from rutan_desk.ui.accounts.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(studio.ctx, studio.window)  # type: ignore[arg-type]
    return studio.dialog(dialog, 900, 520)


def _staff_import(studio: Studio) -> object:
    from rutan_desk.ui.staff.import_dialog import StaffImportDialog

    dialog = StaffImportDialog(studio.ctx, studio.window)  # type: ignore[arg-type]
    return studio.dialog(dialog, 1100, 620)


SHOTS: tuple[Shot, ...] = (
    Shot("pegawai", _staff),
    Shot("impor-pegawai", _staff_import),
    Shot("jadwal-bulan", _roster),
    Shot("serah-terima", _handover),
    Shot("kamtib-kejadian", _incidents),
    Shot("kamtib-rekap", _recap),
    Shot("register-surat", _register),
    Shot("kerja-sama", _agreements),
    Shot("cadangan", _backups),
    Shot("akun-peran", _accounts),
)


# -- running ----------------------------------------------------------------------------


@contextmanager
def fixed_system_clock(moment: datetime) -> Iterator[None]:
    """The demo counts its dates from the system clock: hold it at ``moment``."""
    from rutan_desk.services.context import SystemClock

    with mock.patch.object(SystemClock, "now", lambda _self: moment):
        yield


def grab(studio: Studio, widget: object, path: Path) -> None:
    """The main window as the clerk sees it, with ``widget`` (a dialog) over its middle."""
    from PySide6.QtGui import QColor, QPainter

    picture = studio.window.grab()  # type: ignore[attr-defined]
    if widget is not studio.window:
        studio.tab("staff")
        picture = studio.window.grab()  # type: ignore[attr-defined]
        dialog = widget.grab()  # type: ignore[attr-defined]
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))  # the window behind, dimmed
        painter.drawPixmap(
            (picture.width() - dialog.width()) // 2,
            (picture.height() - dialog.height()) // 2,
            dialog,
        )
        painter.end()
    if not picture.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rutan_desk import APP_ID, APP_NAME
    from rutan_desk.ui.i18n import install_translator

    wanted = set(argv) or {shot.name for shot in SHOTS}
    started = time.perf_counter()
    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    install_translator(app, "id")
    SHOTS_FOLDER.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, fixed_system_clock(SHOTS_DAY):
        studio = Studio(Path(folder))
        for shot in SHOTS:
            if shot.name not in wanted:
                continue
            widget = shot.take(studio)
            grab(studio, widget, SHOTS_FOLDER / f"{shot.name}.png")
            if widget is not studio.window:
                widget.close()  # type: ignore[attr-defined]
            print(f"{shot.name}.png")
        studio.window.close()  # type: ignore[attr-defined]
        studio.db.dispose()
    print(f"{len(wanted)} screenshots in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
