"""A read-only list of records as a Qt table model, for every list that shows one record per
row (handover history, letter register, ...).

Each column says how a record is shown and how it sorts; the view sorts through a
``QSortFilterProxyModel`` on ``SORT_ROLE`` (see ``sortable_proxy``), so every column sorts by
its real value (a date as a date, a number as a number), not by its text.

    columns = (
        Column(self.tr("Date"), lambda r: short_date(r.day), sort=lambda r: r.day),
        Column(self.tr("Regu"), lambda r: r.regu),
    )
    model = RecordTableModel(columns, self)
    model.set_rows(records)

A column that is not plain text in a file for Excel says its ``kind`` and the typed ``value`` an
export writes (``Column(self.tr("Date"), ..., kind=ColumnKind.DATE, value=lambda r: r.day)``);
see ``table_export``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.widgets.export_roles import EXPORT_KIND_ROLE, EXPORT_ROLE

RecordT = TypeVar("RecordT")
ModelIndex = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[RecordT]):
    title: str
    text: Callable[[RecordT], str]
    sort: Callable[[RecordT], Any] | None = None  # the text when None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[RecordT], str] | None = None
    colour: Callable[[RecordT], QColor | None] | None = None  # a warning shown in colour
    kind: ColumnKind = ColumnKind.TEXT  # what the column holds in an exported file
    value: Callable[[RecordT], Any] | None = None  # the typed value exported; the text when None


class RecordTableModel(QAbstractTableModel, Generic[RecordT]):
    def __init__(self, columns: Sequence[Column[RecordT]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[RecordT] = []

    # -- filling ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RecordT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> RecordT:
        return self._rows[row]

    def records(self) -> list[RecordT]:
        return list(self._rows)

    def row_where(self, matches: Callable[[RecordT], bool]) -> int | None:
        return next((row for row, record in enumerate(self._rows) if matches(record)), None)

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == EXPORT_KIND_ROLE:
            return self._columns[section].kind
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort is not None else column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == EXPORT_ROLE:
            return column.value(record) if column.value is not None else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(record)
        return None


class RecordSortProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE``; values of one column are always of one type."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        return bool(a < b)


def sortable_proxy(model: RecordTableModel[Any], parent: QObject | None = None) -> RecordSortProxy:
    proxy = RecordSortProxy(parent)
    proxy.setSourceModel(model)
    return proxy
