"""The lines of a record typed as a grid: each column says what it holds (text, a number, a date,
a moment, a choice), the grid gives every column its editor, Insert adds a line and Delete removes
one, and the lines come back as plain dicts for the form's draft.

    grid = LineGrid([
        GridColumn("at", self.tr("Time"), MOMENT),
        GridColumn("text", self.tr("What was done"), TEXT, stretch=True),
        GridColumn("staff_id", self.tr("By"), CHOICE, choices=people),
    ], defaults=lambda: {"at": now()})

Values live in ``Qt.UserRole`` of each cell (None while empty); the cell shows them as the
report book writes them (``31-01-2024 21.40``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.formatting import clock, short_date
from rutan_desk.ui.widgets.cell_editors import IntDelegate
from rutan_desk.ui.widgets.choice_delegate import ChoiceDelegate
from rutan_desk.ui.widgets.field_errors import error_label
from rutan_desk.ui.widgets.tables import edit_triggers

Index = QModelIndex | QPersistentModelIndex

TEXT, NUMBER, DAY, MOMENT, CHOICE = "text", "number", "day", "moment", "choice"
READ_ONLY_KEYS = "_read_only"  # a line may name the columns it shows but does not let type


def moment_label(value: datetime) -> str:
    """``31-01-2024 21.40``: a moment as the report book writes it."""
    return f"{short_date(value.date())} {clock(value, zone=False)}"


class MomentDelegate(QStyledItemDelegate):
    """A day and a time to the minute (WIB)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateTimeEdit(parent)
        editor.setDisplayFormat("dd-MM-yyyy HH.mm")
        editor.setCalendarPopup(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateTimeEdit)
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, datetime):
            editor.setDateTime(
                QDateTime(
                    QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
                )
            )

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateTimeEdit)
        chosen = editor.dateTime()
        day, moment = chosen.date(), chosen.time()
        value = datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())
        model.setData(index, value, Qt.ItemDataRole.UserRole)
        model.setData(index, moment_label(value), Qt.ItemDataRole.DisplayRole)


class DayDelegate(QStyledItemDelegate):
    """A day; emptied with Delete before editing is not possible, so a day column is optional
    only through its default (None shows as empty)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat("dd-MM-yyyy")
        editor.setCalendarPopup(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, date):
            editor.setDate(QDate(value.year, value.month, value.day))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        chosen = editor.date()
        value = date(chosen.year(), chosen.month(), chosen.day())
        model.setData(index, value, Qt.ItemDataRole.UserRole)
        model.setData(index, short_date(value), Qt.ItemDataRole.DisplayRole)


@dataclass(frozen=True)
class GridColumn:
    key: str  # the key of the value in the line's dict
    title: str
    kind: str = TEXT
    choices: Sequence[tuple[Hashable, str]] = field(default_factory=tuple)
    stretch: bool = False  # takes the spare width
    read_only: bool = False  # shown, not typed (filled by the form)


class LineGrid(QWidget):
    """A titled grid of lines with Add and Remove; ``changed`` on every edit."""

    changed = Signal()

    def __init__(
        self,
        title: str,
        columns: Sequence[GridColumn],
        *,
        add_text: str,
        defaults: Callable[[], dict[str, Any]] | None = None,
        on_add: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``on_add`` replaces adding a blank line (Add, Insert): a line that starts from a
        choice, such as a file, is added by it through ``add_line``."""
        super().__init__(parent)
        self.columns = tuple(columns)
        self._defaults = defaults or dict
        self._filling = False
        self._locked = False
        self._keep: list[dict[str, Any]] = []  # what each line carries beyond its columns
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([column.title for column in self.columns])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        self._delegates: list[QStyledItemDelegate] = []
        for number, column in enumerate(self.columns):
            delegate = self._delegate_for(column)
            if delegate is not None:
                self._delegates.append(delegate)
                self.table.setItemDelegateForColumn(number, delegate)
            header.setSectionResizeMode(
                number,
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.itemChanged.connect(self._on_changed)
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(self.tr("Add a line (Insert)"))
        add = on_add or (lambda: self.add_line())
        self.add_button.clicked.connect(add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen line (Delete)"))
        self.remove_button.clicked.connect(self.remove_line)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, add).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_line).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.error_label = error_label()
        self.title_label = QLabel(f"<b>{title}</b>")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.title_label)
        self.buttons.addStretch()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        self.error_label.hide()

    def _delegate_for(self, column: GridColumn) -> QStyledItemDelegate | None:
        if column.kind == NUMBER:
            return IntDelegate(self.table)
        if column.kind == DAY:
            return DayDelegate(self.table)
        if column.kind == MOMENT:
            return MomentDelegate(self.table)
        if column.kind == CHOICE:
            return ChoiceDelegate(column.choices, self.table)
        return None

    # -- values ---------------------------------------------------------------------------
    def _label(self, column: GridColumn, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == MOMENT and isinstance(value, datetime):
            return moment_label(value)
        if column.kind == DAY and isinstance(value, date):
            return short_date(value)
        if column.kind == CHOICE:
            return next((text for key, text in column.choices if key == value), "")
        return str(value)

    def _append(self, line: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._keep.insert(row, dict(line))
        for number, column in enumerate(self.columns):
            value = line.get(column.key)
            item = QTableWidgetItem(self._label(column, value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if not column.read_only and column.key not in line.get(READ_ONLY_KEYS, ()):
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self.table.setItem(row, number, item)
        return row

    def fill(self, lines: Sequence[dict[str, Any]]) -> None:
        self._filling = True
        self.table.setRowCount(0)
        self._keep = []
        for line in lines:
            self._append(line)
        self._filling = False

    def lines(self) -> list[dict[str, Any]]:
        """Every line as typed: the values of its columns over what it was filled with."""
        result = []
        for row in range(self.table.rowCount()):
            line = dict(self._keep[row])
            for number, column in enumerate(self.columns):
                item = self.table.item(row, number)
                value = item.data(Qt.ItemDataRole.UserRole) if item else None
                if column.kind == TEXT:
                    value = item.text() if item else ""
                line[column.key] = value
            result.append(line)
        return result

    def update_line(self, row: int, values: dict[str, Any]) -> None:
        """Change some values of line ``row``, those of its columns and those it carries (an
        owner or a photo chosen in a dialog of the form)."""
        self._filling = True
        self._keep[row].update(values)
        for number, column in enumerate(self.columns):
            item = self.table.item(row, number)
            if column.key in values and item is not None:
                item.setData(Qt.ItemDataRole.UserRole, values[column.key])
                item.setText(self._label(column, values[column.key]))
        self._filling = False
        self.changed.emit()

    def chosen_rows(self) -> list[int]:
        """The rows of the selected cells, in order; the current row when none is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        current = self.table.currentRow()
        return rows or ([current] if current >= 0 else [])

    def add_line(self, line: dict[str, Any] | None = None) -> None:
        if self._locked:
            return
        self._filling = True
        row = self._append({**self._defaults(), **(line or {})})
        self._filling = False
        self.table.setFocus()
        first = next(
            (n for n, c in enumerate(self.columns) if not c.read_only and c.kind == TEXT), 0
        )
        self.table.setCurrentCell(row, first)
        self.changed.emit()

    def remove_line(self) -> None:
        if self._locked:
            return
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._keep[row]
            self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.table.setEditTriggers(edit_triggers(locked))
        self.add_button.setEnabled(not locked)
        self.remove_button.setEnabled(not locked)

    def show_errors(self, texts: Sequence[str]) -> None:
        self.error_label.setText("\n".join(texts))
        self.error_label.setVisible(bool(texts))

    def _on_changed(self, _item: object) -> None:
        if not self._filling:
            self.changed.emit()
