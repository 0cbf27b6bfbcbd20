"""Pengaturan → Penomoran Surat: the letter number pattern and the operative word of orders."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.numbering import NumberPatternError, check_pattern, format_number
from rutan_desk.services import documents
from rutan_desk.services.errors import DatabaseBusyError, ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.notices import warn_busy

AREA = "documents"


class NumberingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Letter numbers"))
        self.setMinimumWidth(620)
        self.errors = FieldErrors()
        settings = documents.document_settings(ctx.db)
        form = QFormLayout()
        self.pattern_edit = QLineEdit(settings.number_pattern)
        self.pattern_edit.textChanged.connect(lambda _t: self._show_example())
        self.errors.add_row(form, self.tr("Number &pattern"), "number_pattern", self.pattern_edit)
        help_label = QLabel(
            self.tr(
                "{nomor} is the serial of the year (write {nomor:04d} for 0001), {tahun} the "
                "year, {bulan} the month as 12 and {bulan_romawi} as XII."
            )
        )
        help_label.setWordWrap(True)
        form.addRow("", help_label)
        self.example_label = QLabel()
        form.addRow(self.tr("Example"), self.example_label)
        self.command_edit = QLineEdit(settings.command_word)
        self.errors.add_row(
            form, self.tr("&Operative word of orders"), "command_word", self.command_edit
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_example()

    def _show_example(self) -> None:
        try:
            pattern = check_pattern(self.pattern_edit.text())
            example = format_number(pattern, 123, date.today())
        except NumberPatternError:
            example = "—"
        self.example_label.setText(example)

    def save(self) -> None:
        settings = documents.DocumentSettings(self.pattern_edit.text(), self.command_edit.text())
        try:
            documents.save_document_settings(self._ctx.db, self._ctx.actor, settings)
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except DatabaseBusyError:
            warn_busy(self)
            return
        self._ctx.events.data_changed.emit(AREA)
        self.accept()
