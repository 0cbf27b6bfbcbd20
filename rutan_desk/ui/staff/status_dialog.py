"""Deactivate or reactivate a person from a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.widgets.dates import date_edit, to_date


class StatusDialog(QDialog):
    def __init__(self, record: StaffRecord, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        deactivate = record.active
        self.setWindowTitle(
            self.tr("Deactivate person") if deactivate else self.tr("Reactivate person")
        )
        layout = QVBoxLayout(self)
        text = (
            self.tr(
                "{name} will no longer be offered for duty. Records that name this "
                "person keep the name."
            )
            if deactivate
            else self.tr("{name} will be offered for duty again.")
        )
        message = QLabel(text.format(name=record.name))
        message.setWordWrap(True)
        layout.addWidget(message)
        form = QFormLayout()
        self.date_edit = date_edit(today)
        form.addRow(self.tr("From &date"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            self.tr("Deactivate") if deactivate else self.tr("Reactivate"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Default only once inside the dialog, or Enter goes to the first auto-default button.
        ok.setDefault(True)
        self.date_edit.setFocus()

    def chosen_date(self) -> date:
        return to_date(self.date_edit.date())
