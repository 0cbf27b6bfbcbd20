"""Import a list from Excel (.xlsx) or .csv: choose the file, check which column is which, look at
what each row would do, then import the good rows in one go.

The dialog is the same for every list; an ``ImportKind`` says what differs (the fields and
their labels, the header guess, the services that preview, import and write the template, and
the words of the titles). Reading a file and previewing it take seconds for a long list (10,000
rows), so they run off the GUI thread; meanwhile the dialog says what it is doing and takes no
other request (a column changed while a preview runs is previewed once it is done).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
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
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.imports.planning import RowStatus
from rutan_desk.services.imports.sheet import HeaderGuess, RawTable, read_table
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.background import BackgroundTask

_ROW_COLOURS = {RowStatus.ERROR: "#f8d7da", RowStatus.NEW: "#d1e7dd", RowStatus.UPDATE: "#fff3cd"}


@dataclass(frozen=True)
class ImportKind:
    """One list the dialog imports. A preview has ``rows`` (each with ``line``, ``status``,
    ``name``, ``errors`` and ``changed``), ``counts``, ``to_write`` and ``mapping``; a result
    has ``created`` and ``updated``."""

    fields: Sequence[StrEnum]
    field_label: Callable[[StrEnum], str]
    headers: HeaderGuess  # finds the header row below a title
    guess: Callable[[RawTable], Mapping[Any, int]]
    preview: Callable[[ActionContext, RawTable, Mapping[Any, int]], Any]  # reads, on its day
    import_rows: Callable[[ActionContext, Any], Any]
    template: Callable[[Path], Path]
    key_header: str  # the heading of the preview's key column ("NIP")
    key_text: Callable[[Any], str]  # a planned row's key as shown
    title: str
    placeholder: str  # what the file box says before a file is chosen
    file_title: str  # the title of the file chooser
    template_name: str  # the template's suggested file name
    template_tooltip: str
    imported_text: str  # "{created} … added, {updated} changed."


def status_label(status: RowStatus) -> str:
    labels = {
        RowStatus.NEW: QCoreApplication.translate("ImportDialog", "New"),
        RowStatus.UPDATE: QCoreApplication.translate("ImportDialog", "Changed"),
        RowStatus.UNCHANGED: QCoreApplication.translate("ImportDialog", "Unchanged"),
        RowStatus.ERROR: QCoreApplication.translate("ImportDialog", "Error"),
    }
    return labels[status]


def row_reason(kind: ImportKind, row: Any) -> str:
    """Why a row is in error, or which fields an update changes."""
    if row.errors:
        return "; ".join(message_for(error) for error in row.errors)
    if row.changed:
        fields = ", ".join(kind.field_label(field) for field in row.changed)
        return QCoreApplication.translate("ImportDialog", "Changes: {fields}").format(fields=fields)
    return ""


def column_name(column: int, header: str) -> str:
    """``"B: Nama"``: the column's letters as Excel shows them, and its header."""
    letters = ""
    number = column + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}: {header}" if header else letters


class PreviewModel(QAbstractTableModel):
    """The planned rows: spreadsheet row, status, name, key (NIP, register number), reason."""

    REASON = 4

    def __init__(self, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._rows: tuple[Any, ...] = ()
        self._headers = (
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Name"),
            kind.key_header,
            self.tr("Reason"),
        )

    def set_rows(self, rows: tuple[Any, ...]) -> None:
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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.REASON:
            return row_reason(self._kind, row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            row.line,
            status_label(row.status),
            row.name,
            self._kind.key_text(row),
            row_reason(self._kind, row),
        )
        return values[index.column()]


class ImportDialog(QDialog):
    """Choose the file, map its columns, preview, import. (Its texts are translated in the
    context ImportDialog, whichever kind's subclass shows them: ``self.tr`` would look them
    up under the subclass's name, where lupdate does not put them.)"""

    def __init__(self, ctx: AppContext, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.kind = kind
        self.table: RawTable | None = None
        self.preview: Any = None
        self.imported: Any = None
        self.task: BackgroundTask | None = None  # the reading, preview or import under way
        self._preview_again = False
        self.setWindowTitle(kind.title)
        self.resize(900, 620)
        self._build()
        self._update()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        chooser = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.kind.placeholder)
        self.choose_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "&Choose file…")
        )
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "Save &template…")
        )
        self.template_button.setToolTip(self.kind.template_tooltip)
        self.template_button.clicked.connect(self.save_template)
        file_label = QLabel(QCoreApplication.translate("ImportDialog", "&File"))
        file_label.setBuddy(self.choose_button)
        chooser.addWidget(file_label)
        chooser.addWidget(self.file_edit, 1)
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.template_button)
        layout.addLayout(chooser)

        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        layout.addWidget(self.sheet_note)

        mapping_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Columns"))
        form = QFormLayout(mapping_box)
        self.column_combos: dict[Any, QComboBox] = {}
        for field in self.kind.fields:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.column_combos[field] = combo
            form.addRow(self.kind.field_label(field), combo)
        self.mapping_errors = QLabel()
        self.mapping_errors.setStyleSheet("color: #b02a37")
        self.mapping_errors.setWordWrap(True)
        form.addRow(self.mapping_errors)
        layout.addWidget(mapping_box)

        self.model = PreviewModel(self.kind, self)
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

    # -- work off the GUI thread ------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Whether a reading, preview or import is under way (nothing else can be asked)."""
        return self.task is not None

    def _run(
        self,
        call: Callable[[ActionContext], Any],
        label: str,
        succeeded: Callable[[Any], None],
        *,
        invalid: Callable[[ValidationError], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def done(result: Any) -> None:
            self._set_task(None)
            succeeded(result)

        def not_done(error: BaseException) -> None:
            self._set_task(None)
            if failed is not None:
                failed(error)
            self._preview_if_asked()

        operation = Operation(self, self._ctx, call, title=self.windowTitle())
        operation.on_success(done).after_failure(not_done)
        if invalid is not None:
            operation.on_invalid(invalid)
        self.count_label.setText(label)
        self._set_task(operation.run_in_background(label))

    def _set_task(self, task: BackgroundTask | None) -> None:
        self.task = task
        for widget in (self.choose_button, self.template_button, *self.column_combos.values()):
            widget.setEnabled(task is None)
        self._update()

    def _preview_if_asked(self) -> None:
        if self._preview_again and not self.busy:
            self._preview_again = False
            self.refresh_preview()

    def reject(self) -> None:
        if not self.busy:  # the work completes (or rolls back) first
            super().reject()

    # -- the file -------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.kind.file_title,
            "",
            QCoreApplication.translate(
                "ImportDialog", "Excel or CSV (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"
            ),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read the file, guess its columns and show the preview (in the background)."""
        if self.busy:
            return
        headers = self.kind.headers
        self._run(
            lambda _action: read_table(path, guess=headers),
            QCoreApplication.translate("ImportDialog", "Reading {file}…").format(file=path.name),
            lambda table: self._show_table(path, table),
        )

    def _show_table(self, path: Path, table: RawTable) -> None:
        self.file_edit.setText(str(path))
        self.table = table
        notes = []
        if table.header_line:
            notes.append(
                QCoreApplication.translate("ImportDialog", "Headers read from row {line}.").format(
                    line=table.header_line
                )
            )
        if table.merged:
            ranges = ", ".join(table.merged[:5])
            notes.append(
                QCoreApplication.translate(
                    "ImportDialog", "Merged cells ({ranges}) were read as their value repeated."
                ).format(ranges=ranges)
            )
        self.sheet_note.setText(" ".join(notes))
        guessed = self.kind.guess(table)
        for field, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not in the file)"), None)
            for column, header in enumerate(table.headers):
                combo.addItem(column_name(column, header), column)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(field))))
            combo.blockSignals(False)
        self.refresh_preview()

    def mapping(self) -> dict[Any, int]:
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
        if self.busy:  # a column changed meanwhile: previewed once the work is done
            self._preview_again = True
            return
        mapping = self.mapping()
        self.mapping_errors.clear()
        self.preview = None
        preview = self.kind.preview
        self._run(
            lambda action: preview(action, table, mapping),
            QCoreApplication.translate("ImportDialog", "Checking {count} rows…").format(
                count=len(table.rows)
            ),
            self._show_preview,
            invalid=self._show_mapping_errors,
        )

    def _show_preview(self, preview: Any) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self._update()
        self._preview_if_asked()

    def _show_mapping_errors(self, error: ValidationError) -> None:
        self.model.set_rows(())
        self.mapping_errors.setText("\n".join(self._mapping_error(e) for e in error.errors))
        self._update()

    def _mapping_error(self, error: FieldError) -> str:
        field = next((f for f in self.kind.fields if f.value == error.field), None)
        label = self.kind.field_label(field) if field is not None else error.field
        return f"{label}: {message_for(error)}"

    def _update(self) -> None:
        preview = self.preview
        count = preview.to_write if preview is not None else 0
        self.import_button.setText(
            QCoreApplication.translate("ImportDialog", "&Import %n row(s)", "", count)
        )
        self.import_button.setEnabled(count > 0 and not self.busy)
        if self.busy:
            return  # the label says what is under way
        if preview is None:
            self.count_label.clear()
            return
        counts = preview.counts
        self.count_label.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "{new} new, {changed} changed, {same} unchanged, {errors} with errors",
            ).format(
                new=counts.get(RowStatus.NEW, 0),
                changed=counts.get(RowStatus.UPDATE, 0),
                same=counts.get(RowStatus.UNCHANGED, 0),
                errors=counts.get(RowStatus.ERROR, 0),
            )
        )

    # -- importing ------------------------------------------------------------------------
    def import_rows(self) -> None:
        preview = self.preview
        if preview is None or preview.to_write == 0 or self.busy:
            return
        errors = preview.counts.get(RowStatus.ERROR, 0)
        if errors:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                QCoreApplication.translate(
                    "ImportDialog",
                    "%n row(s) with errors will be left out; correct them in the file and "
                    "import it again later. Import the other rows now?",
                    "",
                    errors,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        import_rows = self.kind.import_rows
        self._run(
            lambda action: import_rows(action, preview),
            QCoreApplication.translate(
                "ImportDialog", "Importing %n row(s)…", "", preview.to_write
            ),
            self._imported,
            failed=lambda _error: self.refresh_preview(),
        )

    def _imported(self, result: Any) -> None:
        self.imported = result
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.kind.imported_text.format(created=result.created, updated=result.updated),
        )
        self.accept()

    # -- the template ---------------------------------------------------------------------
    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ImportDialog", "Save template"),
            self.kind.template_name,
            QCoreApplication.translate("ImportDialog", "Excel (*.xlsx)"),
        )
        if name:
            self.write_template(Path(name))

    def write_template(self, path: Path) -> None:
        template = self.kind.template
        Operation(self, self._ctx, lambda _action: template(path)).run()
