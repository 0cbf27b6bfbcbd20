"""Tab "Pegawai": the staff registry with search, filters and the add/edit dialog."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.staff import records, registry
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.services.staff.registry import StaffInUseError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.staff.table_model import RECORD_ROLE, StaffFilterModel, StaffTableModel
from rutan_desk.ui.widgets.empty_state import EmptyState, Fix
from rutan_desk.ui.widgets.table_export import export_button

STAFF_TABLE = "staff"


class StaffTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.history_dialog: QWidget | None = None
        self.model = StaffTableModel(self)
        self.proxy = StaffFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, NIP/NRP or position (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        filters.addWidget(self.search_edit, 3)

        self.unit_filter = QComboBox()
        self.unit_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_unit(self.unit_filter.currentData())
        )
        unit_label = QLabel(self.tr("&Unit"))
        unit_label.setBuddy(self.unit_filter)
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_filter, 1)

        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Everyone"), None)
        self.kind_filter.addItem(self.tr("Own staff"), StaffKind.INTERNAL)
        self.kind_filter.addItem(self.tr("External"), StaffKind.EXTERNAL)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_kind(self.kind_filter.currentData())
        )
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind_filter)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Active"), True)
        self.status_filter.addItem(self.tr("Inactive"), False)
        self.status_filter.addItem(self.tr("All"), None)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_active(self.status_filter.currentData())
        )
        status_label = QLabel(self.tr("S&tatus"))
        status_label.setBuddy(self.status_filter)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row height: no per-row measuring, so thousands of rows scroll smoothly.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name takes the spare width; the others are as wide as a long value of theirs
        # (a unit's name was cut while the status took a third of the screen).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (0, "19680411 199303 1 009"),
            (2, "Pengatur Muda Tingkat I (II/b)"),
            (3, "Pengadministrasi Kepegawaian"),
            (4, "Subseksi Pelayanan Tahanan"),
            (5, "L/P"),
            (6, "Aktif (eksternal)"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.empty_state = EmptyState(self.table)

        buttons = QHBoxLayout()
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        buttons.addStretch()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.status_button = QPushButton(self.tr("&Deactivate…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every change of this person (Ctrl+H)"))
        for button in (
            self.add_button,
            self.edit_button,
            self.status_button,
            self.delete_button,
            self.history_button,
        ):
            buttons.addWidget(button)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.status_button.clicked.connect(self.toggle_selected_status)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.show_history)
        self.export_button = export_button(self, self._ctx, self.table, "pegawai", self.tr("Staff"))
        buttons.addWidget(self.export_button)
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.import_button.setToolTip(self.tr("Add or update staff from an .xlsx or .csv list"))
        self.import_button.clicked.connect(self.import_staff)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)

        self._shortcut(QKeySequence.StandardKey.New, self.add_person)
        self._shortcut(QKeySequence(Qt.Key.Key_Insert), self.add_person)
        self._shortcut(QKeySequence(Qt.Key.Key_F2), self.edit_selected)
        self._shortcut(QKeySequence.StandardKey.Find, self._focus_search)
        self._shortcut(QKeySequence("Ctrl+H"), self.show_history)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.search_edit.returnPressed.connect(self.table.setFocus)

    def _shortcut(self, keys: QKeySequence | QKeySequence.StandardKey, slot: object) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_record()
        self.model.set_rows(records.list_staff(self._ctx.db))
        self._reload_units()
        if selected is not None:
            self.select_staff(selected.id)
        self._update_buttons()
        self._update_count()

    def _reload_units(self) -> None:
        current = self.unit_filter.currentData()
        units = sorted({r.unit for r in self._records() if r.unit and not r.is_external})
        agencies = sorted({r.agency for r in self._records() if r.is_external and r.agency})
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        for name in units + agencies:
            self.unit_filter.addItem(name, name)
        index = self.unit_filter.findData(current)
        self.unit_filter.setCurrentIndex(max(index, 0))
        self.unit_filter.blockSignals(False)
        self.proxy.set_unit(self.unit_filter.currentData())

    def _records(self) -> list[StaffRecord]:
        return [self.model.record(row) for row in range(self.model.rowCount())]

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read only the people the change names; a change without names (or of another
        area that shows here) reads the list again."""
        ids = changes.ids(STAFF_TABLE)
        if not changes.only({Area.STAFF}) or not ids:
            self.reload()
            return
        found = records.staff_by_ids(self._ctx.db, ids)
        removed = ids - {record.id for record in found}
        self.model.update_records(found, sorted(removed))
        self._reload_units()
        self._update_buttons()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} people").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
        self.empty_state.show_when_empty(
            shown=self.proxy.rowCount(),
            filtered=self.model.rowCount() > 0,
            clear=self.clear_filters,
            missing=self.tr(
                "No staff recorded yet. Import the staff list from an Excel file, or add "
                "people one by one."
            ),
            fixes=[
                Fix(self.tr("Import from Excel…"), self.import_staff),
                Fix(self.tr("Add a person…"), self.add_person),
            ],
        )

    def clear_filters(self) -> None:
        """Show everyone: no search, every unit, kind and status."""
        self.search_edit.clear()
        self.unit_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(None))

    # -- selection ------------------------------------------------------------------------
    def selected_record(self) -> StaffRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = self.proxy.data(index, RECORD_ROLE)
        return record if isinstance(record, StaffRecord) else None

    def select_staff(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, StaffTableModel.NAME))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _update_buttons(self, *_args: QModelIndex) -> None:
        record = self.selected_record()
        self.edit_button.setEnabled(record is not None)
        self.status_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        self.history_button.setEnabled(record is not None)
        if record is not None and not record.active:
            self.status_button.setText(self.tr("Re&activate…"))
        else:
            self.status_button.setText(self.tr("&Deactivate…"))

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- actions --------------------------------------------------------------------------
    def add_person(self) -> None:
        from rutan_desk.ui.staff.staff_dialog import StaffDialog  # on first use: faster start

        dialog = StaffDialog(self._ctx, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._show_saved(dialog.saved)

    def import_staff(self) -> None:
        from rutan_desk.ui.staff.import_dialog import StaffImportDialog  # on first use

        StaffImportDialog(self._ctx, parent=self).exec()

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        from rutan_desk.ui.staff.staff_dialog import StaffDialog

        dialog = StaffDialog(self._ctx, record, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._show_saved(dialog.saved)

    def _show_saved(self, record: StaffRecord) -> None:
        # A saved person hidden by the filters is shown anyway: the clerk wants to see it.
        row = self.model.row_of(record.id)
        if row is not None and not self.proxy.filterAcceptsRow(row, QModelIndex()):
            self.search_edit.clear()
            self.status_filter.setCurrentIndex(self.status_filter.findData(record.active))
            self.kind_filter.setCurrentIndex(0)
            self.unit_filter.setCurrentIndex(0)
        self.select_staff(record.id)
        self.table.setFocus()

    def toggle_selected_status(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        from rutan_desk.ui.staff.status_dialog import StatusDialog

        dialog = StatusDialog(record, self._ctx.today(), self)
        if not dialog.exec():
            return
        since = dialog.chosen_date()
        Operation(
            self,
            self._ctx,
            lambda action: registry.set_staff_active(
                action,
                record.id,
                active=not record.active,
                since=since,
                expected_version=record.version,
            ),
        ).run()

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr(
                "Delete {name} from the registry? Use this only for a person entered by "
                "mistake; someone who left is deactivated instead."
            ).format(name=record.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        Operation(
            self,
            self._ctx,
            lambda action: registry.delete_staff(
                action, record.id, expected_version=record.version
            ),
        ).on_error(StaffInUseError, lambda _error: self._in_use(record)).run()

    def show_history(self) -> None:
        """Riwayat perubahan of the chosen person."""
        record = self.selected_record()
        if record is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, STAFF_TABLE, record.id)

    def _in_use(self, record: StaffRecord) -> None:
        QMessageBox.information(
            self,
            self.tr("Delete person"),
            self.tr(
                "{name} appears in other records and cannot be deleted. Deactivate the "
                "person instead."
            ).format(name=record.name),
        )
