"""Every list of the app saved as it is shown, to .xlsx or .csv, by one call:

    buttons.addWidget(export_button(self, self._ctx, self.table, "pegawai", self.tr("Staff")))

The file holds the rows the view shows — its filter, search and sort applied, hidden rows and
columns left out, columns in the order the clerk arranged them. A model gives each column's
kind in its header (``EXPORT_KIND_ROLE``) and each cell's typed value (``EXPORT_ROLE``); a
column without a kind is exported as the text on screen. ``RecordTableModel`` does both from
its ``Column`` definitions.

Writing a file is not a database write, but it runs through the operation runner all the same,
so a full disk or a read-only folder is worded for the clerk, never shown as a traceback.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableView, QWidget

from rutan_desk.services.table_export import ColumnKind, ExportColumn, ExportTable, export_table
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.failures import describe_failure
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.export_roles import EXPORT_KIND_ROLE, EXPORT_ROLE

XLSX, CSV = ".xlsx", ".csv"
Headings = Callable[[], Sequence[str]]


def visible_table(view: QTableView, title: str, heading_lines: Sequence[str] = ()) -> ExportTable:
    """What ``view`` shows, row by row in its order, column by column as arranged on screen."""
    model = view.model()
    header = view.horizontalHeader()
    sections = [
        section
        for section in (header.logicalIndex(visual) for visual in range(header.count()))
        if not view.isColumnHidden(section)
    ]
    horizontal = Qt.Orientation.Horizontal
    columns: list[ExportColumn] = []
    typed: list[bool] = []
    for section in sections:
        kind = model.headerData(section, horizontal, EXPORT_KIND_ROLE)
        title_text = model.headerData(section, horizontal, Qt.ItemDataRole.DisplayRole)
        columns.append(
            ExportColumn(
                str(title_text or "").replace("\n", " "),
                kind if isinstance(kind, ColumnKind) else ColumnKind.TEXT,
            )
        )
        typed.append(isinstance(kind, ColumnKind))
    display = Qt.ItemDataRole.DisplayRole
    rows = [
        tuple(
            model.index(row, section).data(EXPORT_ROLE if is_typed else display)
            for section, is_typed in zip(sections, typed, strict=True)
        )
        for row in range(model.rowCount())
        if not view.isRowHidden(row)
    ]
    return ExportTable(title, tuple(columns), rows, tuple(heading_lines))


class TableExporter:
    """Asks where to save, then writes the table ``make_table`` gives at that moment."""

    def __init__(
        self,
        parent: QWidget,
        app: AppContext,
        make_table: Callable[[], ExportTable],
        file_stem: str,
    ) -> None:
        self._parent = parent
        self._app = app
        self._make_table = make_table
        self._file_stem = file_stem
        self.saved: Path | None = None  # the last file written, for tests and callers

    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) / f"{self._file_stem}-{self._app.today().isoformat()}{XLSX}"

    def choose_path(self) -> Path | None:
        csv_filter = QCoreApplication.translate("TableExport", "CSV, UTF-8 (*.csv)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("TableExport", "Export the list"),
            str(self.suggested_path()),
            ";;".join(
                (QCoreApplication.translate("TableExport", "Excel workbook (*.xlsx)"), csv_filter)
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() in (XLSX, CSV):
            return path
        return path.with_name(path.name + (CSV if chosen_filter == csv_filter else XLSX))

    def export(self, path: Path | None = None) -> bool:
        """Save the list (to ``path``, or where the clerk chooses); True once written."""
        path = path or self.choose_path()
        if path is None:
            return False
        table = self._make_table()
        target = path
        decimal_point = system_decimal_point()
        self.saved = None

        def saved(_result: object) -> None:
            self.saved = target

        return (
            Operation(
                self._parent,
                self._app,
                lambda _action: export_table(target, table, decimal_point=decimal_point),
                title=QCoreApplication.translate("TableExport", "Export the list"),
            )
            .on_error(OSError, lambda error: self._not_written(target, error))
            .on_success(saved)
            .run()
        )

    def _not_written(self, path: Path, error: OSError) -> None:
        title = QCoreApplication.translate("TableExport", "Export the list")
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
            failure = describe_failure(error, self._app.paths.log_file)  # disk full, read-only
            text = failure.text
        elif isinstance(error, PermissionError):
            # On Windows a workbook open in Excel cannot be replaced: the likeliest cause.
            text = QCoreApplication.translate(
                "TableExport",
                "{path} could not be written. If the file is open in Excel, close it and export "
                "again; otherwise choose a folder you may write to.",
            ).format(path=path)
        else:  # the folder is gone (a USB stick pulled out), a name the disk refuses, ...
            text = QCoreApplication.translate(
                "TableExport", "{path} could not be written:\n{reason}"
            ).format(path=path, reason=error.strerror or error)
        QMessageBox.warning(self._parent, title, text)


def system_decimal_point() -> str:
    """How this PC's regional format writes the decimal point: Excel here splits a CSV file
    by the list separator that goes with it."""
    return QLocale.system().decimalPoint()


def export_button(
    parent: QWidget,
    app: AppContext,
    view: QTableView,
    file_stem: str,
    title: str,
    headings: Headings | None = None,
    *,
    text: str | None = None,
) -> QPushButton:
    """An "Export…" button saving what ``view`` shows as .xlsx or .csv; ``file_stem`` starts
    the suggested file name ("pegawai" → pegawai-2026-12-01.xlsx), ``title`` names the sheet,
    ``headings`` gives lines above the table (the month, the filter); ``text`` replaces the
    button's text where a page has two lists."""

    def make_table() -> ExportTable:
        lines = tuple(headings()) if headings is not None else ()
        return visible_table(view, title, lines)

    return table_export_button(parent, app, make_table, file_stem, text=text)


def table_export_button(
    parent: QWidget,
    app: AppContext,
    make_table: Callable[[], ExportTable],
    file_stem: str,
    *,
    text: str | None = None,
) -> QPushButton:
    """The same for a list that is not one row per record (the roster grid): ``make_table``
    builds the table to save when the clerk has chosen the file."""
    exporter = TableExporter(parent, app, make_table, file_stem)
    button = QPushButton(text or QCoreApplication.translate("TableExport", "E&xport…"))
    button.setToolTip(
        QCoreApplication.translate(
            "TableExport", "Save the list as shown (filtered and sorted) for Excel: .xlsx or .csv"
        )
    )
    button.clicked.connect(lambda: exporter.export())
    button.setProperty("exporter", exporter)
    return button


def exporter_of(button: QPushButton) -> TableExporter:
    """The exporter behind an export button (tests call ``export(path)`` on it)."""
    exporter = button.property("exporter")
    assert isinstance(exporter, TableExporter)
    return exporter
