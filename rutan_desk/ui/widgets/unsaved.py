"""Closing a form with unsaved changes: the clerk saves them, drops them, or stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def may_close(form: QWidget, question: str, save: Callable[[], bool]) -> bool:
    """Ask ``question`` (Save, Discard, Cancel); True when the form may close: the changes
    were saved or dropped. A refused save keeps the form open, showing why."""
    answer = QMessageBox.question(
        form,
        form.windowTitle(),
        question,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    return answer != QMessageBox.StandardButton.Save or save()
