"""How the app's tables are set up: a read-only list to choose one row from (Enter opens it), and
a grid typed into cell by cell that a locked record stops editing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

_TYPED_INTO = (
    QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.DoubleClicked
)


def edit_triggers(locked: bool) -> QAbstractItemView.EditTrigger:
    """What opens a cell of an entry grid: typing, F2 or a double click; nothing once locked."""
    return QAbstractItemView.EditTrigger.NoEditTriggers if locked else _TYPED_INTO


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def entry_table(headers: list[str]) -> QTableWidget:
    """A grid typed into cell by cell; the columns fit their contents, the last one takes the
    spare width."""
    table = _table(headers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def list_table(headers: list[str]) -> QTableWidget:
    """A read-only list to choose one whole row from; the columns fit their contents."""
    table = _table(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def record_view(model: QAbstractItemModel, font_height: int) -> QTableView:
    """A read-only list of records in rows (on a RecordTableModel's sortable proxy), sortable
    by every column, one row chosen at a time, Tab leaving it. Rows have one fixed height: no
    row is measured, however long the list."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the list, as everywhere else
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(font_height + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def open_on_enter(view: QAbstractItemView, on_open: Callable[[], None]) -> None:
    """Enter (either key) or a double click in ``view`` opens the chosen row."""
    view.doubleClicked.connect(lambda _index: on_open())
    action = QAction(view)
    action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    # Only while the list has the focus: elsewhere Enter keeps its own meaning.
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(on_open)
    view.addAction(action)
