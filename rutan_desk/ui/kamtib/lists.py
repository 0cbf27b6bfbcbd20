"""What the record lists of the Kamtib tab share: the period they show, and a read-only table
sortable by every column."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from rutan_desk.ui.widgets.dates import filter_date_edit, to_date, to_qdate


class PeriodBar(QWidget):
    """From a day to a day (the last year up to today at first), this month at one click, or
    every date; ``changed`` whenever the period changes."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.first_edit = filter_date_edit(today - timedelta(days=364))
        self.last_edit = filter_date_edit(today)
        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.month_button = QPushButton(self.tr("&This month"))
        self.month_button.setAutoDefault(False)
        self.month_button.clicked.connect(self.show_this_month)
        self.all_dates_box = QCheckBox(self.tr("&All dates"))
        self.all_dates_box.toggled.connect(self._dates_toggled)
        from_label = QLabel(self.tr("Fro&m"))
        from_label.setBuddy(self.first_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(from_label)
        layout.addWidget(self.first_edit)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.last_edit)
        layout.addWidget(self.month_button)
        layout.addWidget(self.all_dates_box)

    def period(self) -> tuple[date | None, date | None]:
        """The days chosen, both included (None, None: every date)."""
        if self.all_dates_box.isChecked():
            return None, None
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        return min(first, last), max(first, last)

    def set_period(self, first: date, last: date) -> None:
        """Show ``first`` to ``last`` (one change, not two)."""
        for edit in (self.first_edit, self.last_edit):
            edit.blockSignals(True)
        self.first_edit.setDate(to_qdate(first))
        self.last_edit.setDate(to_qdate(last))
        for edit in (self.first_edit, self.last_edit):
            edit.blockSignals(False)
        if self.all_dates_box.isChecked():
            self.all_dates_box.setChecked(False)  # announces the change itself
        else:
            self.changed.emit()

    def show_this_month(self) -> None:
        self.set_period(self.today.replace(day=1), self.today)

    def is_narrowed(self) -> bool:
        """Some dates only are shown (a list empty for them may have records on others)."""
        return not self.all_dates_box.isChecked()

    def show_all_dates(self) -> None:
        self.all_dates_box.setChecked(True)  # announces the change itself

    def _dates_toggled(self, all_dates: bool) -> None:
        self.first_edit.setEnabled(not all_dates)
        self.last_edit.setEnabled(not all_dates)
        self.changed.emit()
