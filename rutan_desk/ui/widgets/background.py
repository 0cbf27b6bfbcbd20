"""Run a slow service call off the GUI thread, with a busy dialog, and get its result back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """``BackgroundTask(parent, label, job).start()``; ``done`` or ``error`` fires once."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget, label: str, job: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setCancelButton(None)  # one transaction: it completes or rolls back
        self.progress.setMinimumDuration(300)
        self.progress.setWindowTitle(label)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._thread.wait()

    def _finish(self) -> None:
        self.progress.reset()
        self._thread.quit()
        self._thread.wait()

    def _on_finished(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _on_failed(self, error: object) -> None:
        self._finish()
        self.error.emit(error)
