"""Date fields as every form of the app shows them: dd-MM-yyyy with a calendar pop-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def filter_date_edit(value: date) -> QDateEdit:
    """A date that filters a list: the list follows the date once it is typed whole (Enter,
    Tab, or the calendar), not each digit on the way, which would read the list again for
    dates the clerk never meant."""
    edit = date_edit(value)
    edit.setKeyboardTracking(False)
    return edit


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a check box says whether it is given, the date beside it.
    The focus (and the form label's Alt+letter) goes to the date once it is given."""

    def __init__(self, text: str, value: date | None, default: date) -> None:
        super().__init__()
        self.check = QCheckBox(text)
        self.edit = date_edit(value or default)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch()
        # A label's Alt+letter only reaches a buddy that takes focus; the proxy passes it on
        # (and keeps this box itself out of the Tab order).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.check.toggled.connect(self._given_changed)
        self.check.setChecked(value is not None)
        self._given_changed(value is not None)

    def _given_changed(self, given: bool) -> None:
        self.edit.setEnabled(given)
        self.setFocusProxy(self.edit if given else self.check)
        if given and self.check.hasFocus():
            self.edit.setFocus()

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(to_qdate(value))
        self.check.setChecked(value is not None)
