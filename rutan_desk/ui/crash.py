"""The last line of defence: log any uncaught error and tell the user in plain words."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("rutan_desk")


class ExceptionHook:
    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log.error("Uncaught error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        if self._showing:  # an error while the message is open: logged, not stacked
            return
        self._showing = True
        try:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("ExceptionHook", "Unexpected error"),
                self.message(),
            )
        finally:
            self._showing = False

    def message(self) -> str:
        return QCoreApplication.translate(
            "ExceptionHook",
            "Something went wrong that Rutan Desk did not expect. The last action may not have "
            "been completed, but nothing is ever saved half-way. The details were written "
            "to:\n{path}",
        ).format(path=self.log_file)


def install_exception_hook(log_file: Path) -> ExceptionHook:
    hook = ExceptionHook(log_file)
    sys.excepthook = hook
    return hook
