"""Before the month's roster sheet is printed: the date written above the Ka KPR's signature."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from rutan_desk.domain.formatting import long_date, month_year
from rutan_desk.ui.widgets.dates import date_edit, to_date


class RosterSheetDialog(QDialog):
    """Offers the office's last working day before the month (the sheet is made before the
    month it plans); the clerk may choose another date."""

    def __init__(self, year: int, month: int, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roster sheet {month}").format(month=month_year(year, month)))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.made_on_edit = date_edit(default)
        form.addRow(self.tr("&Date under the signatures"), self.made_on_edit)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("Proposed: the last working day before the month, {day}.").format(
                day=long_date(default)
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def made_on(self) -> date:
        return to_date(self.made_on_edit.date())
