"""Tab "Register Surat": every issued document of a year, searchable; re-open, reprint, cancel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.formatting import moment_text
from rutan_desk.services import documents
from rutan_desk.services.documents import IssuedDocument
from rutan_desk.services.errors import DatabaseBusyError, ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.widgets.notices import warn_busy
from rutan_desk.ui.widgets.tables import list_table, open_on_enter

AREA = "documents"
KIND_LABELS = {"surat_perintah": "Surat Perintah", "serah_terima": "Laporan Serah Terima Jaga"}
_CANCELLED = QBrush(QColor("#8a8a8a"))


class RegisterTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: list[IssuedDocument] = []
        self.preview: DocumentPreview | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self._build()
        ctx.events.data_changed.connect(self._on_data_changed)

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
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.new_order_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.cancel_button)

        self.table = list_table(
            [
                self.tr("Number"),
                self.tr("Issued"),
                self.tr("Kind"),
                self.tr("Subject"),
                self.tr("By"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        open_on_enter(self.table, self.open_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.summary_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary_label)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        self._fill_years()
        year = self.year_combo.currentData()
        self.rows = documents.register(self._ctx.db, year=year, search=self.search_edit.text())
        self.table.setRowCount(len(self.rows))
        for row, document in enumerate(self.rows):
            status = (
                self.tr("Cancelled: {reason}").format(reason=document.cancelled_reason)
                if document.cancelled
                else self.tr("Issued")
            )
            cells = (
                document.number,
                moment_text(document.issued_at),
                KIND_LABELS.get(document.kind, document.kind),
                document.title,
                document.issued_by,
                status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if document.cancelled:
                    item.setForeground(_CANCELLED)
                self.table.setItem(row, column, item)
        cancelled = sum(1 for d in self.rows if d.cancelled)
        self.summary_label.setText(
            self.tr("{count} documents, {cancelled} of them cancelled").format(
                count=len(self.rows), cancelled=cancelled
            )
        )
        if self.rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._update_buttons()

    def _fill_years(self) -> None:
        current = self.year_combo.currentData()
        years = documents.register_years(self._ctx.db)
        this_year = date.today().year
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

    def _on_data_changed(self, area: str) -> None:
        if area == AREA:
            self.reload()

    def selected(self) -> IssuedDocument | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        document = self.selected()
        self.open_button.setEnabled(document is not None)
        self.cancel_button.setEnabled(document is not None and not document.cancelled)

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        pdf = documents.document_pdf(self._ctx.db, document.id)
        note = self.tr("Number {number}, issued {moment} by {actor}. SHA-256 {digest}").format(
            number=document.number,
            moment=moment_text(document.issued_at),
            actor=document.issued_by,
            digest=document.sha256[:16] + "…",
        )
        if document.cancelled:
            cancelled = self.tr("CANCELLED: {reason}").format(reason=document.cancelled_reason)
            note = f"{cancelled}\n{note}"
        title = f"{KIND_LABELS.get(document.kind, document.kind)} {document.number}"
        self.preview = DocumentPreview(pdf, title, self, note=note)
        self.preview.show()

    def cancel_selected(self) -> None:
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
        try:
            documents.cancel_document(self._ctx.db, self._ctx.actor, document.id, reason)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Cancel document"), message_for(error.errors[0]))
            return
        except DatabaseBusyError:
            warn_busy(self)
            return
        self._ctx.events.data_changed.emit(AREA)

    def new_duty_order(self) -> None:
        from rutan_desk.ui.documents.duty_order_dialog import DutyOrderDialog

        DutyOrderDialog(self._ctx, date.today(), self).exec()
