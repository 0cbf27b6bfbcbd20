"""The events of the shift in time order, and the standing instructions in force. A shift that
runs past midnight shows each event's date next to its time, as the printed report does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import clock, short_date, weekday_short
from rutan_desk.domain.handover import minutes_into_shift, moment_in_shift
from rutan_desk.services.handover.forms import EventLine, InstructionLine
from rutan_desk.ui.handover.counts_page import EDITABLE, _item
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.widgets.cell_editors import TimeDelegate
from rutan_desk.ui.widgets.field_errors import error_label
from rutan_desk.ui.widgets.tables import edit_triggers

AT, TEXT, DAY = range(3)  # the date is shown first, and only for a shift past midnight


class EventsPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], datetime]) -> None:
        super().__init__(parent)
        self._now = now  # the WIB wall clock (a new event starts at this minute)
        self.shift_start: time | None = None
        self.shift_day: date | None = None  # the day a shift past midnight began
        self._filling = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("What happened"), self.tr("Date")]
        )
        self.table.setItemDelegateForColumn(AT, TimeDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().moveSection(DAY, 0)
        self.table.setColumnHidden(DAY, True)
        for column in (AT, DAY):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._on_changed)
        self.add_button = QPushButton(self.tr("Add &event"))
        self.add_button.setToolTip(self.tr("Add an event (Insert)"))
        self.add_button.clicked.connect(lambda: self.add_event())
        self.remove_button = QPushButton(self.tr("Remove event"))
        self.remove_button.clicked.connect(self.remove_event)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, lambda: self.add_event())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_event).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.error_label = error_label(wrap=False)
        self.instructions = QListWidget()
        self.instructions.setWordWrap(True)
        self.instructions.setMaximumHeight(self.fontMetrics().height() * 7)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>Events of the shift</b> (kept in time order)")))
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(
            QLabel(self.tr("<b>Standing instructions</b> of the Karutan and the Ka KPR in force"))
        )
        layout.addWidget(self.instructions)

    def fill(
        self,
        events: Sequence[EventLine],
        instructions: Sequence[InstructionLine],
        shift_start: time | None,
        *,
        shift_day: date | None = None,
    ) -> None:
        """``shift_day``: the day the shift began when it runs past midnight; then each event
        shows its date."""
        self._filling = True
        self.shift_start = shift_start
        self.shift_day = shift_day if shift_start is not None else None
        self.table.setColumnHidden(DAY, self.shift_day is None)
        self.table.setRowCount(0)
        for event in self._in_order(events):
            self._append(event)
        self.instructions.clear()
        for instruction in instructions:
            self.instructions.addItem(
                f"{instruction.text} — {instruction.given_by}, "
                + self.tr("since {day}").format(day=short_date(instruction.from_day))
            )
        if not instructions:
            self.instructions.addItem(self.tr("None."))
        self._filling = False

    def _in_order(self, events: Sequence[EventLine]) -> list[EventLine]:
        return sorted(events, key=lambda e: minutes_into_shift(e.at, self.shift_start))

    def _append(self, event: EventLine) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, AT, _item(clock(event.at, zone=False), event.at))
        text = _item(event.text)
        self.table.setItem(row, TEXT, text)
        for column in (AT, TEXT):
            self.table.item(row, column).setFlags(EDITABLE)
        self.table.setItem(row, DAY, _item(self._date_text(event.at)))
        return row

    def _date_text(self, at: time) -> str:
        """``Kam 01-01-2026``: the date of ``at`` in a shift that began the evening before."""
        if self.shift_day is None or self.shift_start is None:
            return ""
        start = datetime.combine(self.shift_day, self.shift_start)
        day = moment_in_shift(start, at).date()
        return f"{weekday_short(day)} {short_date(day)}"

    def events(self) -> tuple[EventLine, ...]:
        lines = [
            EventLine(
                self.table.item(row, AT).data(Qt.ItemDataRole.UserRole),
                self.table.item(row, TEXT).text().strip(),
            )
            for row in range(self.table.rowCount())
        ]
        return tuple(self._in_order(lines))

    def add_event(self, text: str = "", at: time | None = None) -> None:
        moment = at or self._now().time().replace(second=0, microsecond=0)
        self._filling = True
        row = self._append(EventLine(moment, text))
        self._filling = False
        self.table.setFocus()
        self.table.setCurrentCell(row, TEXT)
        if not text:
            self.table.editItem(self.table.item(row, TEXT))
        self.changed.emit()

    def remove_event(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self.table.setEditTriggers(edit_triggers(locked))
        self.add_button.setEnabled(not locked)
        self.remove_button.setEnabled(not locked)

    def _on_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == DAY:
            return
        if item.column() == AT:  # a new time may fall on the other side of midnight
            at = item.data(Qt.ItemDataRole.UserRole)
            day = self.table.item(item.row(), DAY)
            if day is not None and isinstance(at, time):
                day.setText(self._date_text(at))
        self.changed.emit()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        texts = [message_for(e) for e in errors if e.field == "events"]
        self.error_label.setText("\n".join(texts))
        if texts:
            self.table.setFocus()
