"""Riwayat perubahan: the history of one record (a person, a handover, a letter), oldest
first, each change with its values before and after.

Any list or form opens it with ``open_record_history(parent, ctx, table, record_id)``; it
follows the record while it is open (a change saved meanwhile appears in it).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import ChangeSet
from rutan_desk.services.audit.entries import AuditRecord
from rutan_desk.services.audit.queries import RecordHistory, record_history
from rutan_desk.ui.audit.entry_view import (
    TIME_SAMPLE,
    EntryDetails,
    entry_columns,
    on_current_entry,
    setup_entry_table,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.record_table import RECORD_ROLE, RecordTableModel, sortable_proxy

_WIDTHS: dict[int, int | str] = {0: TIME_SAMPLE, 1: 26, 2: 10}
TIME_COLUMN = 0


def open_record_history(
    parent: QWidget, ctx: AppContext, entity: str, entity_id: object
) -> RecordHistoryDialog | None:
    """Show the history of record ``entity_id`` of table ``entity``, or say why it may not be
    read (then None)."""
    dialog = RecordHistoryDialog(ctx, entity, str(entity_id), parent)
    if not dialog.reload():
        dialog.deleteLater()
        return None
    dialog.show()
    dialog.table.setFocus()
    return dialog


class RecordHistoryDialog(QDialog):
    def __init__(
        self, ctx: AppContext, entity: str, entity_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entity = entity
        self.entity_id = entity_id
        self.history: RecordHistory | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Change history"))
        self.model: RecordTableModel[AuditRecord] = RecordTableModel(
            entry_columns(with_area=False, with_record=False), self
        )
        self.proxy = sortable_proxy(self.model, self)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        setup_entry_table(self.table, _WIDTHS)
        self.table.sortByColumn(TIME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.details = EntryDetails()
        on_current_entry(self.table, RECORD_ROLE, self.details.show_entry)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        reload_button = QPushButton(self.tr("Re&load"))
        reload_button.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_button.clicked.connect(self.reload)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (reload_button, close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(1040, screen.width() - 60), min(620, screen.height() - 80))
        ctx.events.changed.connect(self._on_changed)

    def reload(self) -> bool:
        entity, entity_id = self.entity, self.entity_id
        return (
            Operation(
                self,
                self._ctx,
                lambda action: record_history(action, entity, entity_id),
                title=self.tr("Change history"),
            )
            .on_success(self._show)
            .run()
        )

    def _show(self, history: RecordHistory) -> None:
        chosen = self.details.entry
        self.history = history
        self.setWindowTitle(self.tr("Change history — {record}").format(record=history.title))
        count = len(history.entries)
        if not history.entries:
            text = self.tr("{record}: no change recorded.")
        elif history.complete:
            text = self.tr("{record}: %n entry(ies), oldest first.", "", count)
        else:
            text = self.tr("{record}: the latest %n entry(ies), oldest first.", "", count)
        self.heading.setText(text.format(record=history.title))
        self.model.set_rows(history.entries)
        # The change just looked at stays chosen; at first, the latest change.
        row = self.model.row_where(lambda e: chosen is not None and e.id == chosen.id)
        if row is None:
            row = count - 1
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            self.details.show_entry(None)

    def entries(self) -> list[AuditRecord]:
        """The entries in the order shown."""
        return [self.proxy.index(row, 0).data(RECORD_ROLE) for row in range(self.proxy.rowCount())]

    def _on_changed(self, changes: ChangeSet) -> None:
        """The record was changed (here or on another form): its history grows."""
        if self.entity_id.isdigit() and int(self.entity_id) in changes.ids(self.entity):
            self.reload()
