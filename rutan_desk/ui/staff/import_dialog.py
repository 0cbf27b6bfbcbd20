"""Import the staff list from Excel (.xlsx) or .csv: choose the file, check which column is
which, look at what each row would do, then import the good rows in one go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.nip import format_nip
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.imports.sheet import RawTable, read_table
from rutan_desk.services.staff.importing import (
    STAFF_HEADERS,
    ImportPreview,
    ImportResult,
    PlannedRow,
    RowStatus,
    StaffField,
    guess_staff_mapping,
    import_staff,
    preview_staff_import,
    staff_template,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation

_ROW_COLOURS = {RowStatus.ERROR: "#f8d7da", RowStatus.NEW: "#d1e7dd", RowStatus.UPDATE: "#fff3cd"}


def field_label(field: StaffField) -> str:
    labels = {
        StaffField.NIP: QCoreApplication.translate("StaffImportDialog", "NIP"),
        StaffField.NAME: QCoreApplication.translate("StaffImportDialog", "Name"),
        StaffField.GOLONGAN: QCoreApplication.translate(
            "StaffImportDialog", "Rank (pangkat/golongan)"
        ),
        StaffField.POSITION: QCoreApplication.translate("StaffImportDialog", "Position (jabatan)"),
        StaffField.UNIT: QCoreApplication.translate("StaffImportDialog", "Unit"),
        StaffField.PHONE: QCoreApplication.translate("StaffImportDialog", "Phone"),
        StaffField.NOTE: QCoreApplication.translate("StaffImportDialog", "Note"),
    }
    return labels[field]


def status_label(status: RowStatus) -> str:
    labels = {
        RowStatus.NEW: QCoreApplication.translate("StaffImportDialog", "New"),
        RowStatus.UPDATE: QCoreApplication.translate("StaffImportDialog", "Changed"),
        RowStatus.UNCHANGED: QCoreApplication.translate("StaffImportDialog", "Unchanged"),
        RowStatus.ERROR: QCoreApplication.translate("StaffImportDialog", "Error"),
    }
    return labels[status]


def row_reason(row: PlannedRow) -> str:
    """Why a row is in error, or which fields an update changes."""
    if row.errors:
        return "; ".join(message_for(error) for error in row.errors)
    if row.changed:
        fields = ", ".join(field_label(field) for field in row.changed)
        return QCoreApplication.translate("StaffImportDialog", "Changes: {fields}").format(
            fields=fields
        )
    return ""


class PreviewModel(QAbstractTableModel):
    """The planned rows: spreadsheet row, status, name, NIP, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PlannedRow, ...] = ()
        self._headers = (
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Name"),
            self.tr("NIP"),
            self.tr("Reason"),
        )

    def set_rows(self, rows: tuple[PlannedRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and row.status in _ROW_COLOURS:
            return QBrush(QColor(_ROW_COLOURS[row.status]))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return row_reason(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            row.line,
            status_label(row.status),
            row.name,
            format_nip(row.nip),
            row_reason(row),
        )
        return values[index.column()]


class StaffImportDialog(QDialog):
    """Choose the file, map its columns, preview, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.table: RawTable | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import staff from Excel"))
        self.resize(900, 620)
        self._build()
        self._update()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        chooser = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("An .xlsx or .csv file with one person a row"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save &template…"))
        self.template_button.setToolTip(
            self.tr("A sample list with the expected columns, its NIP column formatted as text")
        )
        self.template_button.clicked.connect(self.save_template)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.choose_button)
        chooser.addWidget(file_label)
        chooser.addWidget(self.file_edit, 1)
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.template_button)
        layout.addLayout(chooser)

        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        layout.addWidget(self.sheet_note)

        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        self.column_combos: dict[StaffField, QComboBox] = {}
        for field in StaffField:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.column_combos[field] = combo
            form.addRow(field_label(field), combo)
        self.mapping_errors = QLabel()
        self.mapping_errors.setStyleSheet("color: #b02a37")
        self.mapping_errors.setWordWrap(True)
        form.addRow(self.mapping_errors)
        layout.addWidget(mapping_box)

        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)

        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton()
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.import_rows)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- the file -------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Staff list"),
            "",
            self.tr("Excel or CSV (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read the file, guess its columns and show the preview."""
        Operation(
            self, self._ctx, lambda _action: read_table(path, guess=STAFF_HEADERS)
        ).on_success(lambda table: self._show_table(path, table)).run()

    def _show_table(self, path: Path, table: RawTable) -> None:
        self.file_edit.setText(str(path))
        self.table = table
        notes = []
        if table.header_line:
            notes.append(self.tr("Headers read from row {line}.").format(line=table.header_line))
        if table.merged:
            ranges = ", ".join(table.merged[:5])
            notes.append(
                self.tr("Merged cells ({ranges}) were read as their value repeated.").format(
                    ranges=ranges
                )
            )
        self.sheet_note.setText(" ".join(notes))
        guessed = guess_staff_mapping(table)
        for field, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for column, header in enumerate(table.headers):
                combo.addItem(self._column_name(column, header), column)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(field))))
            combo.blockSignals(False)
        self.refresh_preview()

    @staticmethod
    def _column_name(column: int, header: str) -> str:
        letters = ""
        number = column + 1
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return f"{letters}: {header}" if header else letters

    def mapping(self) -> dict[StaffField, int]:
        return {
            field: combo.currentData()
            for field, combo in self.column_combos.items()
            if combo.currentData() is not None
        }

    # -- the preview ----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        self.mapping_errors.clear()
        self.preview = None
        Operation(
            self,
            self._ctx,
            lambda action: preview_staff_import(action.db, table, mapping, today=action.today()),
        ).on_success(self._show_preview).on_invalid(self._show_mapping_errors).run()
        self._update()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self._update()

    def _show_mapping_errors(self, error: ValidationError) -> None:
        self.model.set_rows(())
        self.mapping_errors.setText("\n".join(self._mapping_error(e) for e in error.errors))
        self._update()

    def _mapping_error(self, error: FieldError) -> str:
        try:
            field = field_label(StaffField(error.field))
        except ValueError:
            field = error.field
        return f"{field}: {message_for(error)}"

    def _update(self) -> None:
        preview = self.preview
        count = preview.to_write if preview is not None else 0
        self.import_button.setText(self.tr("&Import %n row(s)", "", count))
        self.import_button.setEnabled(count > 0)
        if preview is None:
            self.count_label.clear()
            return
        counts = preview.counts
        self.count_label.setText(
            self.tr("{new} new, {changed} changed, {same} unchanged, {errors} with errors").format(
                new=counts.get(RowStatus.NEW, 0),
                changed=counts.get(RowStatus.UPDATE, 0),
                same=counts.get(RowStatus.UNCHANGED, 0),
                errors=counts.get(RowStatus.ERROR, 0),
            )
        )

    # -- importing ------------------------------------------------------------------------
    def import_rows(self) -> None:
        preview = self.preview
        if preview is None or preview.to_write == 0:
            return
        errors = preview.counts.get(RowStatus.ERROR, 0)
        if errors:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "%n row(s) with errors will be left out; correct them in the file and "
                    "import it again later. Import the other rows now?",
                    "",
                    errors,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        Operation(self, self._ctx, lambda action: import_staff(action, preview)).on_success(
            self._imported
        ).after_failure(lambda _error: self.refresh_preview()).run()

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("{created} people added, {updated} changed.").format(
                created=result.created, updated=result.updated
            ),
        )
        self.accept()

    # -- the template ---------------------------------------------------------------------
    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), "templat-pegawai.xlsx", self.tr("Excel (*.xlsx)")
        )
        if name:
            self.write_template(Path(name))

    def write_template(self, path: Path) -> None:
        Operation(self, self._ctx, lambda _action: staff_template(path)).run()
