"""Tab "Register Surat": every issued document of a year, searchable and sortable by every
column; re-open, reprint, cancel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.documents import kind_name
from rutan_desk.domain.formatting import from_utc, moment_text
from rutan_desk.services.documents import register
from rutan_desk.services.documents.register import IssuedDocument
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.background import BackgroundTask
from rutan_desk.ui.widgets.empty_state import EmptyState, Fix
from rutan_desk.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordSortProxy,
    RecordTableModel,
    sortable_proxy,
)
from rutan_desk.ui.widgets.table_export import export_button
from rutan_desk.ui.widgets.tables import open_on_enter

_CANCELLED = QColor("#8a8a8a")
NUMBER_COLUMN, SUBJECT_COLUMN = 0, 3
# Starting widths in characters; the subject takes the rest and every column can be resized.
# Each column as wide as a typical long value (measured in the table's font: an average
# character width cuts letter numbers and kinds short).
_SAMPLES = {
    0: "W13.PAS.PAS11-PK.01.04.01-0001",
    1: "01-12-2026 07.22 WIB",
    2: "Laporan Serah Terima Jaga",
    4: "Operator Tata Usaha",
    5: "Dibatalkan: diganti nomor",
}


def _grey_if_cancelled(document: IssuedDocument) -> QColor | None:
    return _CANCELLED if document.cancelled else None


class RegisterTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.preview: DocumentPreview | None = None
        self.history_dialog: QWidget | None = None
        self._task: BackgroundTask | None = None
        # Register order of the documents listed (0: the newest): the order of the year and
        # serial of their numbers, which the number's text does not sort by.
        self._position: dict[int, int] = {}
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.model: RecordTableModel[IssuedDocument] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._build()

    def _columns(self) -> list[Column[IssuedDocument]]:
        return [
            Column(
                self.tr("Number"),
                lambda d: d.number,
                sort=lambda d: -self._position.get(d.id, 0),
                colour=_grey_if_cancelled,
            ),
            Column(
                self.tr("Issued"),
                lambda d: moment_text(d.issued_at),
                sort=lambda d: d.issued_at,
                colour=_grey_if_cancelled,
                kind=ColumnKind.DATETIME,
                value=lambda d: from_utc(d.issued_at),  # WIB, as on screen
            ),
            Column(
                self.tr("Kind"),
                lambda d: kind_name(d.kind),
                colour=_grey_if_cancelled,
            ),
            Column(
                self.tr("Subject"),
                lambda d: d.title,
                tooltip=lambda d: d.title,
                colour=_grey_if_cancelled,
            ),
            Column(self.tr("By"), lambda d: d.issued_by, colour=_grey_if_cancelled),
            Column(
                self.tr("Status"),
                self._status,
                sort=lambda d: (d.cancelled, d.cancelled_reason.casefold()),
                tooltip=lambda d: self._status(d) if d.cancelled else "",
                colour=_grey_if_cancelled,
            ),
        ]

    def _status(self, document: IssuedDocument) -> str:
        if document.cancelled:
            return self.tr("Cancelled: {reason}").format(reason=document.cancelled_reason)
        return self.tr("Issued")

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload())
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search number or subject…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        search_label = QLabel(self.tr("Sea&rch"))
        search_label.setBuddy(self.search_edit)
        self.new_order_button = QPushButton(self.tr("New &duty order…"))
        self.new_order_button.clicked.connect(self.new_duty_order)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.cancel_button = QPushButton(self.tr("&Cancel document…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.history_button = QPushButton(self.tr("His&tory…"))
        self.history_button.setToolTip(self.tr("Every change of this document in the register"))
        self.history_button.clicked.connect(self.show_history)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.new_order_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.history_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, as everywhere else
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in _SAMPLES.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        self.table.setSortingEnabled(True)
        # Newest first, as the register is kept.
        self.table.sortByColumn(NUMBER_COLUMN, Qt.SortOrder.DescendingOrder)
        open_on_enter(self.table, self.open_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.export_button = export_button(
            self,
            self._ctx,
            self.table,
            "register-surat",
            self.tr("Letter register"),
            self._export_headings,
        )
        bar.addWidget(self.export_button)
        self.summary_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary_label)
        self.empty_state = EmptyState(self.table)
        self._update_buttons()

    def _export_headings(self) -> list[str]:
        year = self.year_combo.currentData()
        search = self.search_edit.text().strip()
        return [
            "REGISTER SURAT" + (f" TAHUN {year}" if year else ""),
            *([f"Pencarian: {search}"] if search else []),
        ]

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the register of the chosen year with the search typed, keeping the document
        that was chosen."""
        chosen = self.selected()
        self._fill_years()
        rows = register.register(
            self._ctx.db, year=self.year_combo.currentData(), search=self.search_edit.text()
        )
        self._position = {document.id: index for index, document in enumerate(rows)}
        self.model.set_rows(rows)
        cancelled = sum(1 for d in rows if d.cancelled)
        self.summary_label.setText(
            self.tr("{count} documents, {cancelled} of them cancelled").format(
                count=len(rows), cancelled=cancelled
            )
        )
        if chosen is None or not self.select_document(chosen.id):
            self._select_proxy_row(0)
        self._update_buttons()
        self.empty_state.show_when_empty(
            shown=len(rows),
            filtered=bool(self.search_edit.text().strip())
            or self.year_combo.currentData() is not None,
            clear=self.clear_filters,
            missing=self.tr(
                "No letter issued yet. A letter is numbered and listed here when it is issued: "
                "print a duty order (Surat Perintah) from the Duty roster tab (Print → Duty "
                "order), or start one here."
            ),
            fixes=[Fix(self.tr("New duty order…"), self.new_duty_order)],
        )

    def clear_filters(self) -> None:
        """Every year, no search."""
        for widget in (self.search_edit, self.year_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.year_combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.year_combo):
            widget.blockSignals(False)
        self.reload()

    def apply_changes(self, changes: ChangeSet) -> None:
        """A document was issued or cancelled, or the numbering changed: the register is read
        again (one short query; the files stay in the database)."""
        if changes.touches({Area.DOCUMENTS}):
            self.reload()

    def _fill_years(self) -> None:
        current = self.year_combo.currentData()
        years = register.register_years(self._ctx.db)
        this_year = self._ctx.today().year
        if this_year not in years:
            years = sorted({*years, this_year}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current) if current is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> IssuedDocument | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        document = index.data(RECORD_ROLE)
        return document if isinstance(document, IssuedDocument) else None

    def select_document(self, document_id: int) -> bool:
        row = self.model.row_where(lambda d: d.id == document_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        return self._select_proxy_row(index.row())

    def _select_proxy_row(self, row: int) -> bool:
        if not 0 <= row < self.proxy.rowCount():
            self.table.clearSelection()
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        document = self.selected()
        self.open_button.setEnabled(document is not None)
        self.cancel_button.setEnabled(document is not None and not document.cancelled)
        self.history_button.setEnabled(document is not None)

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        """Show the stored file of the chosen document (read off the GUI thread)."""
        document = self.selected()
        if document is None:
            return
        self._task = (
            Operation(
                self,
                self._ctx,
                lambda action: register.document_pdf(action.db, document.id),
                title=self.tr("Open document"),
            )
            .on_success(lambda pdf: self._show(document, pdf))
            .run_in_background(self.tr("Opening the document…"))
        )

    def _show(self, document: IssuedDocument, pdf: bytes) -> None:
        note = self.tr("Number {number}, issued {moment} by {actor}. SHA-256 {digest}").format(
            number=document.number,
            moment=moment_text(document.issued_at),
            actor=document.issued_by,
            digest=document.sha256[:16] + "…",
        )
        if document.cancelled:
            cancelled = self.tr("CANCELLED: {reason}").format(reason=document.cancelled_reason)
            note = f"{cancelled}\n{note}"
        title = f"{kind_name(document.kind)} {document.number}"
        self.preview = DocumentPreview(pdf, title, self, note=note)
        self.preview.show()

    def cancel_selected(self) -> None:
        """Cancel the chosen document with a reason; it keeps its number. The register is read
        again when the change is announced (or when it was refused because someone else
        changed the entry meanwhile)."""
        document = self.selected()
        if document is None or document.cancelled:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Cancel document"),
            self.tr(
                "Document {number} keeps its number, marked as cancelled; the number is not "
                "given again.\nReason for cancelling:"
            ).format(number=document.number),
        )
        if not accepted:
            return
        Operation(
            self,
            self._ctx,
            lambda action: register.cancel_document(
                action, document.id, reason, expected_version=document.version
            ),
            title=self.tr("Cancel document"),
        ).run()

    def show_history(self) -> None:
        """Riwayat perubahan of the chosen document (issued, cancelled)."""
        document = self.selected()
        if document is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, "issued_document", document.id)

    def new_duty_order(self) -> None:
        from rutan_desk.ui.documents.duty_order_dialog import DutyOrderDialog

        DutyOrderDialog(self._ctx, self._ctx.today(), self).exec()
