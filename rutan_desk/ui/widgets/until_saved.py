"""A small dialog of one step (a signature, an addendum, a supplement, a reason) shown again
until its service call succeeds or the clerk cancels it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QMessageBox

from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import NotFoundError, StaleRecordError, ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors


class StepDialog(Protocol):
    errors: FieldErrors

    def exec(self) -> int: ...


def run_until_saved(
    ctx: AppContext,
    dialog: StepDialog,
    save: Callable[[ActionContext], object],
    title: str,
    *,
    saved: Callable[[], None],
    out_of_date: Callable[[], None] = lambda: None,
) -> None:
    """Show ``dialog`` until ``save`` succeeds (then ``saved``) or it is cancelled. A refusal
    is shown beside its field (one about no field in a message); when the record changed or
    went meanwhile the runner says so and ``out_of_date`` runs (what the form shows is old)."""

    def refused(error: ValidationError) -> None:
        dialog.errors.show(error.errors)
        general = dialog.errors.unplaced(error.errors)
        if general:
            QMessageBox.warning(dialog, title, message_for(general[0]))

    while dialog.exec() == QDialog.DialogCode.Accepted:
        operation = Operation(dialog, ctx, save, title=title).on_invalid(refused)
        if operation.on_success(lambda _result: saved()).run():
            return
        if isinstance(operation.error, (StaleRecordError, NotFoundError)):
            out_of_date()
            return
