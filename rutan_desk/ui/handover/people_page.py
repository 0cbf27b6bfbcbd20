"""Who hands over and who takes over: both regu and Karupam, the officers of both shifts with
present / absent (reason) / late, external personnel; and why the previous handover may be
unsigned."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.handover import OfficerSide, OfficerStatus
from rutan_desk.services.handover.forms import OfficerLine
from rutan_desk.ui.handover.counts_page import _item
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.widgets.choice_delegate import ChoiceDelegate
from rutan_desk.ui.widgets.field_errors import ERROR_STYLE, error_label
from rutan_desk.ui.widgets.tables import edit_triggers, entry_table

NAME, SIDE, STATUS, REASON = range(4)


class PeoplePage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[OfficerLine] = []
        self._filling = False
        self.side_labels = {
            OfficerSide.OUTGOING: self.tr("Outgoing regu"),
            OfficerSide.INCOMING: self.tr("Incoming regu"),
            OfficerSide.EXTERNAL: self.tr("External personnel"),
        }
        form = QFormLayout()
        self.day_label = QLabel()
        self.outgoing_label = QLabel()
        self.incoming_label = QLabel()
        form.addRow(self.tr("Outgoing shift"), self.day_label)
        form.addRow(self.tr("Handing over"), self.outgoing_label)
        form.addRow(self.tr("Taking over"), self.incoming_label)
        self.unsigned_label = QLabel(
            self.tr(
                "The previous handover has not been received and signed yet. A new one may "
                "start only with a recorded reason."
            )
        )
        self.unsigned_label.setWordWrap(True)
        self.unsigned_label.setStyleSheet(ERROR_STYLE)
        self.unsigned_edit = QLineEdit()
        self.unsigned_caption = QLabel(self.tr("&Reason"))
        self.unsigned_caption.setBuddy(self.unsigned_edit)
        self.unsigned_error = error_label(wrap=False)
        form.addRow(self.unsigned_label)
        form.addRow(self.unsigned_caption, self.unsigned_edit)
        form.addRow("", self.unsigned_error)
        self.unsigned_edit.textEdited.connect(lambda _t: self.changed.emit())

        self.table = entry_table(
            [self.tr("Name"), self.tr("Side"), self.tr("Attendance"), self.tr("Reason")]
        )
        self.status_delegate = ChoiceDelegate(
            [
                (OfficerStatus.HADIR.value, self.tr("Present")),
                (OfficerStatus.TIDAK_HADIR.value, self.tr("Absent")),
                (OfficerStatus.TERLAMBAT.value, self.tr("Late")),
            ],
            self.table,
        )
        self.table.setItemDelegateForColumn(STATUS, self.status_delegate)
        self.table.itemChanged.connect(self._on_changed)
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.error_label)

    def fill(
        self,
        day: str,
        outgoing: str,
        incoming: str,
        officers: Sequence[OfficerLine],
        *,
        previous_unsigned: bool,
        unsigned_reason: str,
    ) -> None:
        self._filling = True
        self.day_label.setText(day)
        self.outgoing_label.setText(outgoing)
        self.incoming_label.setText(incoming)
        for widget in (self.unsigned_label, self.unsigned_caption, self.unsigned_edit):
            widget.setVisible(previous_unsigned or bool(unsigned_reason))
        self.unsigned_edit.setText(unsigned_reason)
        self.lines = list(officers)
        self.table.setRowCount(0)
        for row, line in enumerate(self.lines):
            self.table.insertRow(row)
            self.table.setItem(row, NAME, _item(line.name, line.staff_id))
            self.table.setItem(row, SIDE, _item(self.side_labels[line.side], line.side.value))
            status = self.status_delegate.label(line.status.value)
            self.table.setItem(row, STATUS, _item(status, line.status.value, editable=True))
            self.table.setItem(row, REASON, _item(line.reason, editable=True))
        self._filling = False

    def officers(self) -> tuple[OfficerLine, ...]:
        return tuple(
            OfficerLine(
                staff_id=line.staff_id,
                side=line.side,
                status=OfficerStatus(self.table.item(row, STATUS).data(Qt.ItemDataRole.UserRole)),
                reason=self.table.item(row, REASON).text().strip(),
                name=line.name,
            )
            for row, line in enumerate(self.lines)
        )

    def unsigned_reason(self) -> str:
        return self.unsigned_edit.text().strip()

    def set_locked(self, locked: bool) -> None:
        self.table.setEditTriggers(edit_triggers(locked))
        self.unsigned_edit.setReadOnly(locked)

    def _on_changed(self, _item: object) -> None:
        if not self._filling:
            self.changed.emit()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        officers = [message_for(e) for e in errors if e.field == "officers"]
        unsigned = [message_for(e) for e in errors if e.field == "unsigned_previous_reason"]
        self.error_label.setText("\n".join(officers))
        self.unsigned_error.setText("\n".join(unsigned))
        if unsigned:
            self.unsigned_edit.setFocus()
        elif officers:
            self.table.setFocus()
