"""One Rutan Desk per database on a PC, and no SQLite database on a network share.

The first start on a database holds a lock file tied to it and listens on a local server
(the QtSingleApplication pattern); a second start finds the lock taken, asks the first, over
the local server, to bring its window to the front, tells the clerk so and ends with
``EXIT_ALREADY_OPEN``. Nothing of the database is touched by the second start (the demo
database, rebuilt at each start, is never deleted under the app that uses it).

What ties the lock to the database (``database_identity``): a SQLite file's resolved path, or
a server's URL without its password. The lock of a SQLite file lies beside it
(``.rutan-desk.sqlite.lock``); the lock of a server URL in this PC's data folder, so that
several PCs share one PostgreSQL server while each PC runs one app for it. The local server's
name is a hash of the identity and the user's name (each account of a PC has its own).

A lock left by a crash names a process that no longer exists: QLockFile then takes it over
(its age is not used: the app holds its lock for hours, ``setStaleLockTime(0)``).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QThread, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rutan_desk import APP_ID, APP_NAME
from rutan_desk.paths import AppPaths
from rutan_desk.services.database import sqlite_url
from rutan_desk.services.database_location import (
    database_identity,
    network_share_of,
    sqlite_file_of,
)

log = logging.getLogger(__name__)

EXIT_REFUSED = 2  # as for a database that cannot be opened
EXIT_ALREADY_OPEN = 3  # another Rutan Desk has this database open; its window was raised

RAISE_REQUEST = b"raise\n"
_CONNECT_ATTEMPTS = 10  # the first may be between taking its lock and listening
_CONNECT_WAIT_MS = 200
_RAISE_RETRIES = 40  # the first may still be starting (no window shown yet): 10 s
_RAISE_RETRY_MS = 250


def server_name(identity: str) -> str:
    """The local server's name for a database identity: the same for every start of this
    user on this database, different for any other user or database."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password file
        user = ""
    digest = hashlib.sha256(f"{user}\n{identity}".encode()).hexdigest()[:24]
    return f"{APP_ID}-{digest}"


def lock_file_for(url: str, paths: AppPaths) -> Path:
    file = sqlite_file_of(url)
    if file is not None:
        return file.resolve().parent / f".{file.name}.lock"
    digest = hashlib.sha256(database_identity(url).encode()).hexdigest()[:24]
    return paths.data_dir / f".{APP_ID}-server-{digest}.lock"


class InstanceGuard(QObject):
    """The first start's hold on its database: the lock file and the local server that
    answers later starts. Released when dropped (the end of main())."""

    def __init__(self, lock_path: Path, name: str) -> None:
        super().__init__()
        self.lock = QLockFile(str(lock_path))
        self.lock.setStaleLockTime(0)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)

    def acquire(self) -> bool:
        """Take the lock (a stale one is taken over) and listen; False when another running
        Rutan Desk holds it. A lock that cannot be written (a read-only folder or a full
        disk, which the start then explains) does not stop the start: the local server alone
        then tells whether another app has the database."""
        with contextlib.suppress(OSError):  # the data folder of a first start is made here
            Path(self.lock.fileName()).parent.mkdir(parents=True, exist_ok=True)
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning(
                "cannot write the lock file %s: %s", self.lock.fileName(), self.lock.error()
            )
            if _answers(self.name):
                return False
        QLocalServer.removeServer(self.name)  # a socket left by a crash: nobody holds it
        if not self.server.listen(self.name):
            log.warning("cannot listen as %s: %s", self.name, self.server.errorString())
        return True

    def holder_pid(self) -> int:
        pid, _host, _app = self.lock.getLockInfo()  # (0, "", "") when unreadable
        return int(pid)

    def release(self) -> None:
        self.server.close()
        self.lock.unlock()

    def _answer(self) -> None:
        # The sockets stay the server's children, and their slots are found through
        # sender(): a closure holding a socket's wrapper crashes when the guard goes.
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read_sender)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read_sender(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == RAISE_REQUEST:
                log.info("another start on this database: its windows brought to the front")
                bring_to_front()


def bring_to_front(retries: int = _RAISE_RETRIES) -> None:
    """Raise the app's windows (the main window, then the dialogs over it: the sign-in when
    that is what shows), restoring a minimised one, and activate the top one. While the app
    is still starting (no window shown yet) try again a little later."""
    windows = [w for w in QApplication.topLevelWidgets() if _is_raisable(w)]
    if not windows:
        if retries > 0:
            QTimer.singleShot(_RAISE_RETRY_MS, lambda: bring_to_front(retries - 1))
        return
    modal = QApplication.activeModalWidget()
    windows.sort(key=lambda w: (w is modal, w.windowType() == Qt.WindowType.Dialog))
    for window in windows:
        if window.isMinimized():  # keeps a maximised window maximised
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
    windows[-1].activateWindow()


def _is_raisable(widget: QWidget) -> bool:
    kind = widget.windowType()
    return widget.isVisible() and kind in (Qt.WindowType.Window, Qt.WindowType.Dialog)


def ask_holder_to_come_forward(name: str, holder_pid: int) -> bool:
    """Ask the running app over its local server to bring its window to the front; False
    when it does not answer."""
    _allow_foreground(holder_pid)
    for _attempt in range(_CONNECT_ATTEMPTS):
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_CONNECT_WAIT_MS):
            socket.write(RAISE_REQUEST)
            written = socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return written
        QThread.msleep(_CONNECT_WAIT_MS)
    return False


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    answered = socket.waitForConnected(_CONNECT_WAIT_MS)
    socket.abort()
    return answered


def _allow_foreground(pid: int) -> bool:
    """Windows lets only the program the clerk just started bring a window to the front:
    pass that right on to the running app."""
    if sys.platform != "win32" or pid <= 0:
        return False
    import ctypes

    return bool(ctypes.windll.user32.AllowSetForegroundWindow(pid))


@dataclass
class DatabaseClaim:
    """What main() does next: go on (``held``; keep the claim until the end), or end with
    ``exit_code`` (refused, or already open elsewhere on this PC)."""

    held: bool
    exit_code: int = 0
    guard: InstanceGuard | None = None


def claim_database(paths: AppPaths, db_url: str | None) -> DatabaseClaim:
    """Refuse a SQLite database on a network share; hold the database for this start, or
    hand over to the Rutan Desk that already has it open. Call it before anything touches
    the database (the demo's is deleted and rebuilt at start)."""
    url = db_url or sqlite_url(paths.database_file)
    file = sqlite_file_of(url)
    if file is not None:
        share = network_share_of(file)
        if share is not None:
            log.error("refused: the database %s is on the network share %s", file, share)
            _show_network_share_refusal(file, share)
            return DatabaseClaim(held=False, exit_code=EXIT_REFUSED)
    guard = InstanceGuard(lock_file_for(url, paths), server_name(database_identity(url)))
    if guard.acquire():
        return DatabaseClaim(held=True, guard=guard)
    pid = guard.holder_pid()
    if ask_holder_to_come_forward(guard.name, pid):
        log.info("the database is open in process %s: its window brought to the front", pid)
        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "SingleInstance",
                "Rutan Desk is already open for this database; its window has been brought "
                "to the front.",
            ),
        )
    else:
        log.warning("the database is held by process %s, which does not answer", pid)
        QMessageBox.warning(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "SingleInstance",
                "Rutan Desk is already open for this database (process {pid} on this PC), "
                "but it does not answer. Wait until it has finished starting, or close it, "
                "and start Rutan Desk again.",
            ).format(pid=pid),
        )
    return DatabaseClaim(held=False, exit_code=EXIT_ALREADY_OPEN)


def _show_network_share_refusal(file: Path, share: str) -> None:
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "SingleInstance",
            "The database {path} is on a network share ({share}). A database file opened "
            "over the network can be damaged when more than one PC writes to it, so Rutan "
            "Desk does not open it there.\n\nKeep the database on this PC's own disk (the "
            "default folder, or a local --data-dir). For several PCs working on one "
            "database, use the shared-server mode: one PostgreSQL server, each PC started "
            'with --db-url (README, "Running it").',
        ).format(path=file, share=share),
    )
