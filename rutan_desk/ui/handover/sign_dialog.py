"""A signature on a handover: who signs and at what time (WIB)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.ui.widgets.field_errors import FieldErrors


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def to_datetime(value: QDateTime) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


class SignDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        people: Sequence[tuple[int, str]],
        default_id: int | None,
        at: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        text = QLabel(explanation)
        text.setWordWrap(True)
        form = QFormLayout()
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person_id, name in people:
            self.person_combo.addItem(name, person_id)
        completer = self.person_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if default_id is not None:
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(default_id), 0))
        self.errors.add_row(form, self.tr("&Signed by"), "staff", self.person_combo)
        self.time_edit = QDateTimeEdit(to_qdatetime(at))
        self.time_edit.setDisplayFormat("dd-MM-yyyy HH.mm")
        self.time_edit.setCalendarPopup(True)
        self.errors.add_row(form, self.tr("&Time (WIB)"), "at", self.time_edit)
        buttons = QDialogButtonBox()
        self.sign_button = buttons.addButton(
            self.tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_if_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def person_id(self) -> int | None:
        index = self.person_combo.findText(self.person_combo.currentText())
        return None if index < 0 else int(self.person_combo.itemData(index))

    def moment(self) -> datetime:
        return to_datetime(self.time_edit.dateTime())

    def _accept_if_chosen(self) -> None:
        if self.person_id() is None:
            self.errors.show([FieldError("staff", "staff_not_chosen")])
            return
        self.accept()
