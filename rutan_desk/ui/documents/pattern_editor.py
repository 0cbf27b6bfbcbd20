"""The number pattern of one kind of document, put together from its parts: the fixed text
(the classification code), the serial with its digits, the year and the month, each chosen
from a button rather than typed in braces, with the number it makes shown as it changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.numbering import (
    MAX_SERIAL_DIGITS,
    NumberPatternError,
    pattern_parts,
    placeholder,
    serial_digits,
    with_serial_digits,
)
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.widgets.field_errors import error_label


class PatternEditorDialog(QDialog):
    """Edit ``pattern``; ``next_number(pattern)`` is the number the next document would take
    with it (raises NumberPatternError when it cannot make one)."""

    def __init__(
        self,
        title: str,
        pattern: str,
        next_number: Callable[[str], str],
        max_length: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._next_number = next_number
        self.setWindowTitle(title)
        self.setMinimumWidth(640)

        self.pattern_edit = QLineEdit(pattern)
        self.pattern_edit.setMaxLength(max_length)
        self.pattern_edit.textChanged.connect(lambda _text: self._show())
        insert_row = QHBoxLayout()
        self.part_buttons: dict[str, QPushButton] = {}
        for field, text in (
            ("nomor", self.tr("&Serial")),
            ("tahun", self.tr("&Year")),
            ("bulan", self.tr("&Month (12)")),
            ("bulan_romawi", self.tr("Month in &Roman (XII)")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, f=field: self.insert(f))
            insert_row.addWidget(button)
            self.part_buttons[field] = button
        insert_row.addStretch(1)
        self.digits_spin = QSpinBox()
        self.digits_spin.setRange(1, MAX_SERIAL_DIGITS)
        self.digits_spin.setValue(min(serial_digits(pattern), MAX_SERIAL_DIGITS))
        self.digits_spin.setSpecialValueText(self.tr("as it is (1, 2, … 10)"))
        self.digits_spin.valueChanged.connect(self._pad_serial)

        self.parts_label = QLabel()
        self.parts_label.setWordWrap(True)
        self.parts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.example_label = QLabel()
        self.example_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.example_label.font()
        bold.setBold(True)
        self.example_label.setFont(bold)
        self.error = error_label()

        form = QFormLayout()
        pattern_label = QLabel(self.tr("&Pattern"))
        pattern_label.setBuddy(self.pattern_edit)
        form.addRow(pattern_label, self.pattern_edit)
        form.addRow(self.tr("Insert at the cursor"), insert_row)
        digits_label = QLabel(self.tr("&Digits of the serial"))
        digits_label.setBuddy(self.digits_spin)
        form.addRow(digits_label, self.digits_spin)
        form.addRow(self.tr("Parts"), self.parts_label)
        form.addRow(self.tr("Next number"), self.example_label)
        help_label = QLabel(
            self.tr(
                "Type the fixed text (the classification code, slashes, dots) and put the "
                "serial, the year and the month where they belong. The serial starts again "
                "at 1 every year."
            )
        )
        help_label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(help_label)
        layout.addWidget(buttons)
        self._show()
        self.pattern_edit.setFocus()

    def pattern(self) -> str:
        return self.pattern_edit.text().strip()

    def insert(self, field: str) -> None:
        """Put ``field``'s placeholder at the cursor (the serial with the chosen digits)."""
        self.pattern_edit.insert(placeholder(field, digits=self.digits_spin.value()))
        self.pattern_edit.setFocus()

    def _pad_serial(self, digits: int) -> None:
        if "{nomor" in self.pattern_edit.text():
            self.pattern_edit.setText(with_serial_digits(self.pattern_edit.text(), digits))

    def _part_name(self, field: str, written: str) -> str:
        if field == "nomor":
            digits = serial_digits(written)
            if digits > 1:
                return self.tr("serial, {digits} digits").format(digits=digits)
            return self.tr("serial")
        names = {
            "tahun": self.tr("year"),
            "bulan": self.tr("month (12)"),
            "bulan_romawi": self.tr("month in Roman (XII)"),
        }
        return names.get(field, field)

    def _show(self) -> None:
        pattern = self.pattern()
        try:
            parts = pattern_parts(pattern)
            example = self._next_number(pattern)
        except NumberPatternError as error:
            self.parts_label.setText("")
            self.example_label.setText("—")
            self.error.setText(message_for(FieldError("pattern", error.code, error.params)))
            self.error.show()
            self.ok_button.setEnabled(False)
            return
        self.parts_label.setText(
            "  ·  ".join(
                f"[{self._part_name(part.field, part.text)}]"
                if part.field
                else f"“{part.text.replace('{{', '{').replace('}}', '}')}”"
                for part in parts
            )
        )
        self.example_label.setText(example)
        self.error.clear()
        self.error.hide()
        self.ok_button.setEnabled(True)
