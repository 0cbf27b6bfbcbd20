"""The equipment check of a handover: each item's quantity and condition, with the warnings a
missing firearm, short ammunition, a missing or damaged item call for."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.handover import (
    Condition,
    EquipmentCheck,
    EquipmentKind,
    EquipmentWarning,
    equipment_warnings,
)
from rutan_desk.services.handover.forms import EquipmentLine
from rutan_desk.ui.handover.counts_page import _item, _number
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.widgets.cell_editors import IntDelegate
from rutan_desk.ui.widgets.choice_delegate import ChoiceDelegate
from rutan_desk.ui.widgets.field_errors import ERROR_STYLE, error_label
from rutan_desk.ui.widgets.tables import edit_triggers, entry_table

ITEM, SERIAL, EXPECTED, QUANTITY, CONDITION, DAMAGED, NOTE = range(7)
PROBLEM = QBrush(QColor("#f8d7da"))
EDITABLE_COLUMNS = (QUANTITY, CONDITION, DAMAGED, NOTE)


def warning_text(warning: EquipmentWarning) -> str:
    return message_for(
        FieldError(
            "equipment",
            warning.code,
            {"name": warning.name, "quantity": warning.quantity, "expected": warning.expected},
        )
    )


class EquipmentPage(QWidget):
    changed = Signal()
    incident_proposed = Signal(str)  # the text of an event line to record
    incident_requested = Signal()  # file the hard warnings as a security incident

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[EquipmentLine] = []
        self.warnings: list[EquipmentWarning] = []
        self._filling = False
        self.table = entry_table(
            [
                self.tr("Item"),
                self.tr("Serial no."),
                self.tr("Expected"),
                self.tr("Present"),
                self.tr("Condition"),
                self.tr("Damaged"),
                self.tr("Note"),
            ]
        )
        self.table.setItemDelegateForColumn(QUANTITY, IntDelegate(self.table))
        # How many of those present are damaged: the report reads "8 unit: 7 baik, 1 rusak".
        self.table.setItemDelegateForColumn(DAMAGED, IntDelegate(self.table))
        self.condition_delegate = ChoiceDelegate(
            [
                (Condition.BAIK.value, self.tr("Good")),
                (Condition.RUSAK.value, self.tr("Damaged")),
                (Condition.HILANG.value, self.tr("Lost")),
            ],
            self.table,
        )
        self.table.setItemDelegateForColumn(CONDITION, self.condition_delegate)
        self.table.itemChanged.connect(self._item_changed)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&Note it in the events"))
        self.record_button.setToolTip(
            self.tr(
                "Writes the missing firearm or ammunition into the events of the shift, to be "
                "reported and recorded as a security incident."
            )
        )
        self.record_button.clicked.connect(self.propose_incident)
        self.incident_button = QPushButton(self.tr("File as &incident…"))
        self.incident_button.setToolTip(
            self.tr(
                "Opens a security incident prefilled from this handover (Kamtib tab); the "
                "handover then shows it."
            )
        )
        self.incident_button.clicked.connect(self.incident_requested)
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        warnings_row = QHBoxLayout()
        warnings_row.addWidget(self.warnings_label, 1)
        warnings_row.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        warnings_row.addWidget(self.incident_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(warnings_row)
        layout.addWidget(self.error_label)

    def fill(self, lines: Sequence[EquipmentLine]) -> None:
        self._filling = True
        self.lines = list(lines)
        self.table.setRowCount(0)
        for row, line in enumerate(self.lines):
            self.table.insertRow(row)
            self.table.setItem(row, ITEM, _item(line.name, line.item_id))
            self.table.setItem(row, SERIAL, _item(line.serial))
            self.table.setItem(row, EXPECTED, _number(line.expected))
            self.table.setItem(row, QUANTITY, _number(line.quantity, editable=True))
            condition = self.condition_delegate.label(line.condition.value)
            self.table.setItem(
                row, CONDITION, _item(condition, line.condition.value, editable=True)
            )
            self.table.setItem(row, DAMAGED, _number(line.damaged or None, editable=True))
            self.table.setItem(row, NOTE, _item(line.note, editable=True))
        self._filling = False
        self._on_changed(emit=False)

    def values(self) -> tuple[EquipmentLine, ...]:
        result = []
        for row, line in enumerate(self.lines):
            quantity = self.table.item(row, QUANTITY).data(Qt.ItemDataRole.UserRole)
            condition = self.table.item(row, CONDITION).data(Qt.ItemDataRole.UserRole)
            damaged = self.table.item(row, DAMAGED).data(Qt.ItemDataRole.UserRole)
            result.append(
                EquipmentLine(
                    item_id=line.item_id,
                    quantity=0 if quantity is None else int(quantity),
                    condition=Condition(condition),
                    damaged=0 if damaged is None else int(damaged),
                    note=self.table.item(row, NOTE).text().strip(),
                    name=line.name,
                    kind=line.kind,
                    serial=line.serial,
                    expected=line.expected,
                )
            )
        return tuple(result)

    def set_locked(self, locked: bool) -> None:
        self.table.setEditTriggers(edit_triggers(locked))
        self.record_button.setEnabled(not locked and any(w.hard for w in self.warnings))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """Keep the condition and the number damaged together: a line marked damaged has one
        damaged at least, a number damaged marks the line damaged, and any other condition
        has none."""
        if self._filling:
            return
        row = item.row()
        condition = Condition(self.table.item(row, CONDITION).data(Qt.ItemDataRole.UserRole))
        damaged = self.table.item(row, DAMAGED).data(Qt.ItemDataRole.UserRole) or 0
        self._filling = True
        if item.column() == CONDITION and condition == Condition.RUSAK and not damaged:
            self.table.setItem(row, DAMAGED, _number(1, editable=True))
        elif item.column() == CONDITION and condition != Condition.RUSAK and damaged:
            self.table.setItem(row, DAMAGED, _number(None, editable=True))
        elif item.column() == DAMAGED and damaged and condition != Condition.RUSAK:
            label = self.condition_delegate.label(Condition.RUSAK.value)
            self.table.setItem(row, CONDITION, _item(label, Condition.RUSAK.value, editable=True))
        self._filling = False
        self._on_changed()

    def _on_changed(self, *, emit: bool = True) -> None:
        if self._filling:
            return
        values = self.values()
        self.warnings = equipment_warnings(
            EquipmentCheck(
                v.item_id, v.name, EquipmentKind(v.kind), v.expected, v.quantity, v.condition
            )
            for v in values
        )
        flagged = {w.item_id for w in self.warnings}
        self._filling = True
        for row, line in enumerate(values):
            shade = PROBLEM if line.item_id in flagged else QBrush()
            for column in range(self.table.columnCount()):
                self.table.item(row, column).setBackground(shade)
        self._filling = False
        lines = [("⚠ " if w.hard else "• ") + warning_text(w) for w in self.warnings] or [
            self.tr("Everything is present and in good condition.")
        ]
        hard = any(w.hard for w in self.warnings)
        self.warnings_label.setStyleSheet(ERROR_STYLE + "font-weight: bold;" if hard else "")
        self.warnings_label.setText("\n".join(lines))
        self.record_button.setEnabled(hard)
        self.incident_button.setEnabled(hard)
        if emit:
            self.changed.emit()

    def propose_incident(self) -> None:
        for warning in (w for w in self.warnings if w.propose_incident):
            self.incident_proposed.emit(
                self.tr(
                    "{text} Reported to the Ka KPR / duty officer; to be recorded as a security "
                    "incident."
                ).format(text=warning_text(warning))
            )

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        texts = [message_for(e) for e in errors if e.field == "equipment"]
        self.error_label.setText("\n".join(texts))
        if texts:
            self.table.setFocus()
