"""The headcount of a handover: per block and category the opening, in, out and closing numbers,
the number counted, the difference and its explanation; and the movements of the shift."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.formatting import clock
from rutan_desk.domain.handover import (
    REASON_LABELS,
    REASONS,
    CountKey,
    Direction,
    Movement,
    MovementReason,
    Tally,
    differences,
    direction_of,
    tally,
)
from rutan_desk.services.handover.forms import CountLine
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.widgets.cell_editors import IntDelegate, TimeDelegate
from rutan_desk.ui.widgets.choice_delegate import ChoiceDelegate
from rutan_desk.ui.widgets.field_errors import error_label
from rutan_desk.ui.widgets.tables import edit_triggers, entry_table

DIFFERENCE = QBrush(QColor("#f8d7da"))
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable

# Count table columns
BLOCK, CATEGORY, OPENING, CAME_IN, WENT_OUT, CLOSING, COUNTED, DIFF = range(8)
# Movement table columns
AT, REASON, M_BLOCK, M_CATEGORY, COUNT, NOTE = range(6)


def _item(text: str, value: object = None, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(EDITABLE if editable else READ_ONLY)
    return item


def _number(value: int | None, *, editable: bool = False) -> QTableWidgetItem:
    item = _item("" if value is None else str(value), value, editable=editable)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else ("−" + str(-number) if number < 0 else "0")


class CountsPage(QWidget):
    changed = Signal()

    def __init__(
        self,
        blocks: Mapping[int, str],
        categories: Mapping[int, str],
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(parent)
        self._now = now  # the WIB wall clock (a new movement starts at this minute)
        self.blocks, self.categories = dict(blocks), dict(categories)
        self.shift_start: time | None = None
        self.opening_balance = False
        self.tallies: dict[CountKey, Tally] = {}
        self.differences: dict[CountKey, int] = {}
        self._filling = False
        self._build()

    def _build(self) -> None:
        self.counts_table = entry_table(
            [
                self.tr("Block"),
                self.tr("Category"),
                self.tr("Opening"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Closing"),
                self.tr("Counted"),
                self.tr("Difference"),
            ]
        )
        self.counts_table.setItemDelegateForColumn(OPENING, IntDelegate(self.counts_table))
        self.counts_table.setItemDelegateForColumn(COUNTED, IntDelegate(self.counts_table))
        self.counts_table.setEditTriggers(edit_triggers(locked=False))
        self.counts_table.itemChanged.connect(self._on_changed)
        self.opening_note = QLabel(
            self.tr(
                "First handover: type the opening count of every block and category "
                "(the opening balance)."
            )
        )
        self.opening_note.setWordWrap(True)
        # Most block × category pairs hold nobody: the rows in use are shown, the others on
        # request (a movement into an empty pair shows its row by itself).
        self.all_pairs_box = QCheckBox(self.tr("Show &every block and category"))
        self.all_pairs_box.setToolTip(
            self.tr("Also the blocks and categories that hold nobody on this shift")
        )
        self.all_pairs_box.toggled.connect(lambda _on: self._show_rows())
        self.hidden_label = QLabel()
        self.totals_label = QLabel()
        self.counts_error = error_label()
        self.explanation_edit = QPlainTextEdit()
        self.explanation_edit.setTabChangesFocus(True)
        self.explanation_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.explanation_edit.setPlaceholderText(
            self.tr("Needed when a counted number differs: what happened and what was done.")
        )
        # Typing the explanation is a change too: closing the form asks before losing it.
        self.explanation_edit.textChanged.connect(self._on_explanation_changed)
        explanation_label = QLabel(self.tr("E&xplanation of the difference"))
        explanation_label.setBuddy(self.explanation_edit)
        self.explanation_error = error_label(wrap=False)

        reasons = [
            (reason.value, f"{self._direction_label(direction)} – {REASON_LABELS[reason]}")
            for direction in (Direction.MASUK, Direction.KELUAR)
            for reason in REASONS[direction]
        ]
        self.movements_table = entry_table(
            [
                self.tr("Time"),
                self.tr("In/out and reason"),
                self.tr("Block"),
                self.tr("Category"),
                self.tr("Number"),
                self.tr("Reference / note"),
            ]
        )
        self.movements_table.setItemDelegateForColumn(AT, TimeDelegate(self.movements_table))
        self.reason_delegate = ChoiceDelegate(reasons, self.movements_table)
        self.movements_table.setItemDelegateForColumn(REASON, self.reason_delegate)
        self.block_delegate = ChoiceDelegate(list(self.blocks.items()), self.movements_table)
        self.movements_table.setItemDelegateForColumn(M_BLOCK, self.block_delegate)
        self.category_delegate = ChoiceDelegate(list(self.categories.items()), self.movements_table)
        self.movements_table.setItemDelegateForColumn(M_CATEGORY, self.category_delegate)
        self.movements_table.setItemDelegateForColumn(COUNT, IntDelegate(self.movements_table))
        self.movements_table.setEditTriggers(self.counts_table.editTriggers())
        self.movements_table.itemChanged.connect(self._on_changed)
        self.add_movement_button = QPushButton(self.tr("&Add movement"))
        self.add_movement_button.setToolTip(self.tr("Add a movement (Insert)"))
        self.add_movement_button.clicked.connect(lambda: self.add_movement())
        self.remove_movement_button = QPushButton(self.tr("Remove movement"))
        self.remove_movement_button.clicked.connect(self.remove_movement)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.movements_table, self.add_movement)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete), self.movements_table, self.remove_movement
        ).setContext(Qt.ShortcutContext.WidgetShortcut)
        self.movements_error = error_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.opening_note)
        layout.addWidget(self.counts_table, 4)
        totals_row = QHBoxLayout()
        totals_row.addWidget(self.totals_label)
        totals_row.addStretch()
        totals_row.addWidget(self.hidden_label)
        totals_row.addWidget(self.all_pairs_box)
        layout.addLayout(totals_row)
        layout.addWidget(self.counts_error)
        layout.addWidget(explanation_label)
        layout.addWidget(self.explanation_edit)
        layout.addWidget(self.explanation_error)
        movements_row = QHBoxLayout()
        movements_label = QLabel(self.tr("<b>Movements during the shift</b>"))
        movements_row.addWidget(movements_label)
        movements_row.addStretch()
        movements_row.addWidget(self.add_movement_button)
        movements_row.addWidget(self.remove_movement_button)
        layout.addLayout(movements_row)
        layout.addWidget(self.movements_table, 1)
        layout.addWidget(self.movements_error)

    def _direction_label(self, direction: Direction) -> str:
        return self.tr("In") if direction == Direction.MASUK else self.tr("Out")

    # -- filling and reading --------------------------------------------------------------
    def fill(
        self,
        counts: Sequence[CountLine],
        movements: Sequence[Movement],
        explanation: str,
        *,
        opening_balance: bool,
        shift_start: time | None,
    ) -> None:
        self._filling = True
        self.opening_balance, self.shift_start = opening_balance, shift_start
        self.opening_note.setVisible(opening_balance)
        self.counts_table.setRowCount(0)
        for line in counts:
            row = self.counts_table.rowCount()
            self.counts_table.insertRow(row)
            block = _item(self.blocks.get(line.block_id, "?"), line.block_id)
            self.counts_table.setItem(row, BLOCK, block)
            category = _item(self.categories.get(line.category_id, "?"), line.category_id)
            self.counts_table.setItem(row, CATEGORY, category)
            self.counts_table.setItem(row, OPENING, _number(line.opening, editable=opening_balance))
            for column in (CAME_IN, WENT_OUT, CLOSING, DIFF):
                self.counts_table.setItem(row, column, _number(None))
            self.counts_table.setItem(row, COUNTED, _number(line.counted, editable=True))
        self.movements_table.setRowCount(0)
        for movement in movements:
            self._append_movement(movement)
        self.explanation_edit.setPlainText(explanation)
        self._filling = False
        self.recalculate()

    def _append_movement(self, movement: Movement) -> int:
        row = self.movements_table.rowCount()
        self.movements_table.insertRow(row)
        self.movements_table.setItem(row, AT, _item(clock(movement.at, zone=False), movement.at))
        reason_label = self.reason_delegate.label(movement.reason.value)
        self.movements_table.setItem(row, REASON, _item(reason_label, movement.reason.value))
        block_name = self.blocks.get(movement.block_id, "?")
        self.movements_table.setItem(row, M_BLOCK, _item(block_name, movement.block_id))
        category_name = self.categories.get(movement.category_id, "?")
        self.movements_table.setItem(row, M_CATEGORY, _item(category_name, movement.category_id))
        self.movements_table.setItem(row, COUNT, _number(movement.count))
        self.movements_table.setItem(row, NOTE, _item(movement.note))
        for column in range(self.movements_table.columnCount()):
            item = self.movements_table.item(row, column)
            item.setFlags(EDITABLE)
        return row

    def counts(self) -> tuple[CountLine, ...]:
        lines = []
        for row in range(self.counts_table.rowCount()):
            value = self.counts_table.item
            lines.append(
                CountLine(
                    block_id=int(value(row, BLOCK).data(Qt.ItemDataRole.UserRole)),
                    category_id=int(value(row, CATEGORY).data(Qt.ItemDataRole.UserRole)),
                    opening=int(value(row, OPENING).data(Qt.ItemDataRole.UserRole) or 0),
                    counted=value(row, COUNTED).data(Qt.ItemDataRole.UserRole),
                )
            )
        return tuple(lines)

    def movements(self) -> tuple[Movement, ...]:
        moves = []
        for row in range(self.movements_table.rowCount()):
            value = self.movements_table.item
            reason = MovementReason(value(row, REASON).data(Qt.ItemDataRole.UserRole))
            moves.append(
                Movement(
                    at=value(row, AT).data(Qt.ItemDataRole.UserRole),
                    direction=direction_of(reason),
                    reason=reason,
                    block_id=int(value(row, M_BLOCK).data(Qt.ItemDataRole.UserRole)),
                    category_id=int(value(row, M_CATEGORY).data(Qt.ItemDataRole.UserRole)),
                    count=int(value(row, COUNT).data(Qt.ItemDataRole.UserRole) or 0),
                    note=value(row, NOTE).text().strip(),
                )
            )
        return tuple(moves)

    def explanation(self) -> str:
        return self.explanation_edit.toPlainText().strip()

    # -- editing --------------------------------------------------------------------------
    def add_movement(self, at: time | None = None) -> None:
        """A new row (time now, one new arrival in the first block), its reason cell open."""
        first_block = next(iter(self.blocks), 0)
        first_category = next(iter(self.categories), 0)
        moment = at or self._now().time().replace(second=0, microsecond=0)
        self._filling = True
        row = self._append_movement(
            Movement(moment, Direction.MASUK, MovementReason.BARU, first_block, first_category, 1)
        )
        self._filling = False
        self.recalculate()
        self.movements_table.setFocus()
        self.movements_table.setCurrentCell(row, REASON)

    def remove_movement(self) -> None:
        row = self.movements_table.currentRow()
        if row >= 0:
            self.movements_table.removeRow(row)
            self.recalculate()

    def set_locked(self, locked: bool) -> None:
        triggers = edit_triggers(locked)
        self.counts_table.setEditTriggers(triggers)
        self.movements_table.setEditTriggers(triggers)
        self.explanation_edit.setReadOnly(locked)
        self.add_movement_button.setEnabled(not locked)
        self.remove_movement_button.setEnabled(not locked)

    def _on_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.recalculate()
            self.changed.emit()

    def _on_explanation_changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    # -- the arithmetic -------------------------------------------------------------------
    def recalculate(self) -> None:
        """Closing = opening + in − out per row, and counted − closing, as the clerk types."""
        counts = self.counts()
        opening = {(c.block_id, c.category_id): c.opening for c in counts}
        self.movements_error.clear()
        try:
            self.tallies = tally(opening, self.movements(), self.shift_start)
        except ValidationError as error:
            self.movements_error.setText(
                "\n".join(message_for(self._named(e)) for e in error.errors)
            )
            self.tallies = {key: Tally(number, 0, 0, number) for key, number in opening.items()}
        counted = {(c.block_id, c.category_id): c.counted for c in counts if c.counted is not None}
        self.differences = differences(self.tallies, counted)
        self._filling = True
        totals = [0, 0, 0, 0, 0]
        for row, line in enumerate(counts):
            key = (line.block_id, line.category_id)
            result = self.tallies.get(key, Tally(line.opening, 0, 0, line.opening))
            for column, number in (
                (CAME_IN, result.came_in),
                (WENT_OUT, result.went_out),
                (CLOSING, result.closing),
            ):
                self.counts_table.item(row, column).setText(str(number))
            difference = self.differences.get(key)
            cell = self.counts_table.item(row, DIFF)
            cell.setText("" if line.counted is None else _signed(difference or 0))
            shade = DIFFERENCE if difference else QBrush()
            for column in range(self.counts_table.columnCount()):
                self.counts_table.item(row, column).setBackground(shade)
            totals = [
                totals[0] + result.opening,
                totals[1] + result.came_in,
                totals[2] + result.went_out,
                totals[3] + result.closing,
                totals[4] + (line.counted or 0),
            ]
        self._filling = False
        self._show_rows()
        self.totals_label.setText(
            self.tr(
                "Total: opening {opening}, in {came_in}, out {went_out}, closing {closing}, "
                "counted {counted}"
            ).format(
                opening=totals[0],
                came_in=totals[1],
                went_out=totals[2],
                closing=totals[3],
                counted=totals[4],
            )
        )

    def _in_use(self, row: int) -> bool:
        line = self.counts()[row]
        key = (line.block_id, line.category_id)
        result = self.tallies.get(key, Tally(line.opening, 0, 0, line.opening))
        return bool(
            line.opening
            or line.counted
            or result.came_in
            or result.went_out
            or self.differences.get(key)
        )

    def _show_rows(self) -> None:
        """The pairs in use; every pair for the opening balance (each is typed) or on
        request."""
        show_all = self.opening_balance or self.all_pairs_box.isChecked()
        self.all_pairs_box.setVisible(not self.opening_balance)
        hidden = 0
        for row in range(self.counts_table.rowCount()):
            hide = not show_all and not self._in_use(row)
            self.counts_table.setRowHidden(row, hide)
            hidden += hide
        self.hidden_label.setText(
            self.tr("{count} empty pairs not shown").format(count=hidden) if hidden else ""
        )

    def _named(self, error: FieldError) -> FieldError:
        """The domain names blocks and categories by id; the clerk reads their names."""
        params = dict(error.params)
        if "block" in params:
            params["block"] = self.blocks.get(int(params["block"]), params["block"])
        if "category" in params:
            params["category"] = self.categories.get(int(params["category"]), params["category"])
        return FieldError(error.field, error.code, params)

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        by_field = {
            "counts": self.counts_error,
            "movements": self.movements_error,
            "difference_explanation": self.explanation_error,
        }
        for label in by_field.values():
            label.clear()
        for error in errors:
            label = by_field.get(error.field)
            if label is not None:
                text = message_for(self._named(error))
                label.setText("\n".join(filter(None, (label.text(), text))))
        if self.explanation_error.text():
            self.explanation_edit.setFocus()
        elif self.counts_error.text():
            self.counts_table.setFocus()
