"""The list-and-form pattern of the settings dialogs (roster setup, handover settings): each kind
of record is a read-only table with the record's id on the first cell of its row, and adding or
changing one opens a small form whose Save runs one service call."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import NotFoundError, ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.tables import list_table


def read_only_table(headers: list[str], stretch: int) -> QTableWidget:
    """A table to choose rows from; column ``stretch`` takes the spare width."""
    table = list_table(headers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the dialog
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def text_item(text: str, data: object = None) -> QTableWidgetItem:
    """A cell showing ``text``; ``data`` (a record's id on the first cell) is kept with it."""
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def selected_id(table: QTableWidget) -> int | None:
    """The id on the first cell of the chosen row."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    value = item.data(Qt.ItemDataRole.UserRole) if item else None
    return int(value) if value is not None else None


def select_id(table: QTableWidget, record_id: int | None, *, clear_otherwise: bool = True) -> None:
    """Choose the row whose first cell carries ``record_id``; when none does, choose nothing
    (or, with ``clear_otherwise=False``, keep the row that was chosen)."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == record_id:
            table.selectRow(row)
            return
    if clear_otherwise:
        table.clearSelection()


def warn_refused(parent: QWidget, title: str, errors: list[FieldError]) -> None:
    """What a service refused, when no field on screen is about it."""
    QMessageBox.warning(parent, title, "\n".join(message_for(e) for e in errors))


class FormDialog(QDialog):
    """A small form whose Save runs one service call through the operation runner; what it
    refuses is shown beside the field, the rest under the form. Subclasses build ``form`` and
    implement ``submit`` (the service call, given the action context), and ``gone_text`` in
    their own translation context."""

    # Size the dialog to the height its wrapped texts take at its width; without this Qt measures
    # wrapped text at its own narrow width and the dialog opens too tall.
    fit_wrapped_text: ClassVar[bool] = False

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.gone = False  # the record was removed meanwhile: the caller reads everything again
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = error_label()
        self.general_error.hide()

    def _finish(self, save_text: str, cancel_text: str) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Default only once inside the dialog, or Enter goes to the first auto-default button.
        self.save_button.setDefault(True)
        if self.fit_wrapped_text and layout.hasHeightForWidth():
            width = max(self.minimumWidth(), self.sizeHint().width())
            self.resize(width, layout.totalHeightForWidth(width))

    def submit(self, action: ActionContext) -> object:
        """Make the one service call of Save (raise ValidationError for what the form itself
        refuses before calling)."""
        raise NotImplementedError

    def gone_text(self) -> str:
        """The message that the record no longer exists (changed on another computer)."""
        raise NotImplementedError

    def _save(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        Operation(self, self._ctx, self.submit).on_invalid(self.show_refused).on_error(
            NotFoundError, lambda _error: self._gone()
        ).on_success(lambda _result: self.accept()).run()

    def show_refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            self.general_error.setText("\n".join(message_for(e) for e in leftover))
            self.general_error.show()

    def _gone(self) -> None:
        QMessageBox.warning(self, self.windowTitle(), self.gone_text())
        self.gone = True
        self.reject()
