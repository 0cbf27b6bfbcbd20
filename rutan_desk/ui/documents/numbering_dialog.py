"""Pengaturan → Penomoran Surat: the letter number pattern and the operative word of orders."""

from __future__ import annotations

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
from rutan_desk.services.documents import register
from rutan_desk.services.documents.register import DocumentSettings
from rutan_desk.services.errors import ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import warn_refused


class NumberingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Letter numbers"))
        self.setMinimumWidth(620)
        self.errors = FieldErrors()
        self._settings = settings = register.document_settings(ctx.db)
        form = QFormLayout()
        self.pattern_edit = QLineEdit(settings.number_pattern)
        self.pattern_edit.setMaxLength(register.SETTINGS_LIMITS["number_pattern"])
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
        self.command_edit.setMaxLength(register.SETTINGS_LIMITS["command_word"])
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
            example = format_number(pattern, 123, self._ctx.today())
        except NumberPatternError:
            example = "—"
        self.example_label.setText(example)

    def save(self) -> None:
        self.errors.clear()
        settings = DocumentSettings(
            self.pattern_edit.text(), self.command_edit.text(), self._settings.version
        )
        Operation(
            self, self._ctx, lambda action: register.save_document_settings(action, settings)
        ).on_invalid(self._refused).on_success(lambda _result: self.accept()).run()

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            warn_refused(self, self.windowTitle(), leftover)
