"""The staff list as a Qt table model, and the proxy that searches and filters it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from rutan_desk.domain.ranks import rank_order
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.widgets.export_roles import EXPORT_KIND_ROLE, EXPORT_ROLE

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    IDENTITY, NAME, RANK, POSITION, UNIT, GENDER, STATUS = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRecord] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("NIP / NRP"),
            self.tr("Name"),
            self.tr("Rank"),
            self.tr("Position"),
            self.tr("Unit / agency"),
            self.tr("Sex"),
            self.tr("Status"),
        )
        self._inactive_brush = QBrush(QColor("#777777"))

    def set_rows(self, rows: Sequence[StaffRecord]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def update_records(self, changed: Sequence[StaffRecord], removed: Sequence[int]) -> None:
        """Put changed records in their rows (new ones at the end) and take removed ones out,
        without resetting the model: the selection and the scroll position stay."""
        for staff_id in removed:
            row = self.row_of(staff_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for record in changed:
            row = self.row_of(record.id)
            if row is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(record)
                self.endInsertRows()
            else:
                self._rows[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on precomputed keys: sorting in the proxy would call back into
        Python for every comparison, which costs more than the whole list takes to load."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._sorted(old)
        position = {id(record): row for row, record in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(position[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[StaffRecord]) -> list[StaffRecord]:
        column, order = self._sort
        if column < 0:
            return rows
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda record: self._sort_key(record, column), reverse=descending)

    def record(self, row: int) -> StaffRecord:
        return self._rows[row]

    def row_of(self, staff_id: int) -> int | None:
        for row, record in enumerate(self._rows):
            if record.id == staff_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMN_COUNT:
            return self._headers[section]
        if horizontal and role == EXPORT_KIND_ROLE and 0 <= section < self.COLUMN_COUNT:
            return ColumnKind.TEXT  # the NIP too: as text Excel keeps its 18 digits
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == RECORD_ROLE:
            return record
        if role == EXPORT_ROLE:
            if column == self.IDENTITY:  # the digits as stored, the form an import reads back
                return record.nip if record.kind == StaffKind.INTERNAL else record.external_id
            return self._display(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return self._inactive_brush
        if role == Qt.ItemDataRole.ToolTipRole and column == self.UNIT and record.is_external:
            return record.agency
        return None

    def _display(self, record: StaffRecord, column: int) -> str:
        if column == self.IDENTITY:
            return record.identity
        if column == self.NAME:
            return record.name
        if column == self.RANK:
            return record.rank_label
        if column == self.POSITION:
            return record.position
        if column == self.UNIT:
            return f"{record.agency} – {record.unit}" if record.is_external else record.unit
        if column == self.GENDER:
            return record.gender.value
        if column == self.STATUS:
            status = self.tr("Active") if record.active else self.tr("Inactive")
            if record.is_external:
                return self.tr("{status} (external)").format(status=status)
            return status
        return ""

    def _sort_key(self, record: StaffRecord, column: int) -> Any:
        # Keys are strings or ints, which QSortFilterProxyModel compares natively; a Python
        # tuple reaches Qt as an opaque object that never compares less, so nothing would sort.
        external = int(record.kind != StaffKind.INTERNAL)
        if column == self.RANK:
            return f"{external}{rank_order(record.golongan):02d}{record.external_rank.casefold()}"
        if column == self.IDENTITY:
            return f"{external}{record.nip or record.external_id}"
        if column == self.STATUS:
            return int(not record.active) * 2 + int(record.is_external)
        return self._display(record, column).casefold()


class StaffFilterModel(QSortFilterProxyModel):
    """Search as you type over name, NIP/NRP and position; filter by unit, kind and status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._unit: str | None = None
        self._kind: StaffKind | None = None
        self._active: bool | None = True
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast); the proxy keeps its order and only filters."""
        model = self.sourceModel()
        if isinstance(model, StaffTableModel):
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._tokens = [token.casefold() for token in text.split()]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_unit(self, unit: str | None) -> None:
        self.beginFilterChange()
        self._unit = unit or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: StaffKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_active(self, active: bool | None) -> None:
        self.beginFilterChange()
        self._active = active
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StaffTableModel)
        record = model.record(source_row)
        if self._active is not None and record.active != self._active:
            return False
        if self._kind is not None and record.kind != self._kind:
            return False
        if self._unit is not None and record.unit != self._unit and record.agency != self._unit:
            return False
        return all(_matches(record, token) for token in self._tokens)


def _matches(record: StaffRecord, token: str) -> bool:
    digits = token.replace(".", "").replace("-", "")
    if digits.isdigit():
        return digits in record.nip or digits in record.external_id
    haystack = f"{record.name} {record.position} {record.unit} {record.agency}".casefold()
    return token in haystack
