"""The agreements of the Kerja Sama tab: every PKS, MoU and addendum with its partners, its last
day and its status computed for today, found as the clerk types; what needs attention (ending
soon, obligations overdue) in a line above the list. Enter opens one, Ctrl+N starts a new one;
the register prints (Daftar Perjanjian Kerja Sama) and goes to Excel, and so do the obligations
of the agreements listed, one row each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.agreements import (
    KIND_SHORT_LABELS,
    STATUS_LABELS,
    AgreementKind,
    AgreementStatus,
)
from rutan_desk.domain.changes import ChangeSet
from rutan_desk.domain.formatting import short_date
from rutan_desk.services.agreements.documents import (
    agreement_register_pdf,
    agreement_register_xlsx,
)
from rutan_desk.services.agreements.forms import (
    AgreementDraft,
    AgreementRecord,
    AgreementSummary,
    AgreementWarnings,
)
from rutan_desk.services.agreements.obligation_list import ObligationLine, list_obligations
from rutan_desk.services.agreements.partners import list_partners
from rutan_desk.services.agreements.queries import list_agreements, load_agreement
from rutan_desk.services.agreements.warnings import agreement_warnings
from rutan_desk.services.table_export import ColumnKind, ExportColumn, ExportTable
from rutan_desk.ui.agreements.agreement_dialog import AgreementDialog
from rutan_desk.ui.agreements.settings_dialog import AgreementSettingsDialog
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.empty_state import EmptyState, Fix
from rutan_desk.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordSortProxy,
    RecordTableModel,
    sortable_proxy,
)
from rutan_desk.ui.widgets.table_export import export_button, table_export_button
from rutan_desk.ui.widgets.tables import open_on_enter, record_view

KIND, TITLE, PARTNERS, ENDS, LEFT, STATUS, OPEN = range(7)
TYPING_PAUSE_MS = 250
ATTENTION = "attention"  # the status filter "needs attention": ending soon or ended
STATUS_COLOURS = {
    AgreementStatus.SEGERA_BERAKHIR: QColor("#a35200"),
    AgreementStatus.BERAKHIR: QColor("#b00020"),
    AgreementStatus.DICABUT: QColor("#808080"),
    AgreementStatus.DIPERPANJANG: QColor("#808080"),
    AgreementStatus.DRAFT: QColor("#1f4e99"),
}


def ends_text(summary: AgreementSummary) -> str:
    if summary.until_revoked:
        return "sampai dicabut"
    return short_date(summary.ends_on) if summary.ends_on else ""


def days_left_text(summary: AgreementSummary) -> str:
    """Days to the last day; none for what no longer runs to it (revoked, renewed) or has
    not begun (a draft)."""
    if summary.days_left is None or summary.status in (
        AgreementStatus.DRAFT,
        AgreementStatus.DICABUT,
        AgreementStatus.DIPERPANJANG,
    ):
        return ""
    return str(summary.days_left)


class AgreementsPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.dialog: AgreementDialog | None = None
        self.preview: DocumentPreview | None = None
        self.warnings: AgreementWarnings | None = None
        self.settings_dialog: AgreementSettingsDialog | None = None
        self.model: RecordTableModel[AgreementSummary] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        self._build()

    def _columns(self) -> list[Column[AgreementSummary]]:
        def colour(summary: AgreementSummary) -> QColor | None:
            return STATUS_COLOURS.get(summary.status)

        return [
            Column(self.tr("Kind"), lambda r: KIND_SHORT_LABELS[r.kind]),
            Column(
                self.tr("Title"),
                lambda r: r.title,
                tooltip=lambda r: "\n".join(n for n in r.numbers if n),
            ),
            Column(self.tr("Partners"), lambda r: ", ".join(r.partners)),
            Column(
                self.tr("Valid until"),
                ends_text,
                sort=lambda r: r.ends_on or date.max,
                kind=ColumnKind.DATE,
                value=lambda r: "sampai dicabut" if r.until_revoked else r.ends_on,
            ),
            Column(
                self.tr("Days left"),
                days_left_text,
                sort=lambda r: r.days_left if r.days_left is not None else 10**9,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                colour=colour,
                kind=ColumnKind.INTEGER,
                value=lambda r: r.days_left if days_left_text(r) else None,
            ),
            Column(self.tr("Status"), lambda r: STATUS_LABELS[r.status], colour=colour),
            Column(
                self.tr("Open obligations"),
                lambda r: str(r.open_obligations),
                sort=lambda r: r.open_obligations,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                kind=ColumnKind.INTEGER,
                value=lambda r: r.open_obligations,
            ),
        ]

    def _build(self) -> None:
        self.attention_label = QLabel()
        self.attention_label.setWordWrap(True)
        self.attention_label.setStyleSheet("color: #a35200; font-weight: bold;")
        self.attention_label.hide()

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Title, partner or document number"))
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search_edit)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.status_combo.addItem(self.tr("Needs attention"), ATTENTION)
        for status in AgreementStatus:
            self.status_combo.addItem(STATUS_LABELS[status], status)
        self.status_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.partner_combo = QComboBox()
        self.partner_combo.currentIndexChanged.connect(lambda _index: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.partner_combo)

        self.new_button = QPushButton(self.tr("&New agreement…"))
        self.new_button.setToolTip(self.tr("Enter a new agreement (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_agreement)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self.tr("&Print register…"))
        self.print_button.setToolTip(self.tr("Daftar Perjanjian Kerja Sama, as of today"))
        self.print_button.clicked.connect(self.print_register)
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.settings_button.setToolTip(self.tr("How early an agreement's end is warned of"))
        self.settings_button.clicked.connect(self.edit_settings)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        # The register as printed (every agreement with its numbers and dates), as a workbook;
        # the Export button below takes the list as shown.
        self.excel_button = QPushButton(self.tr("Register to Exce&l…"))
        self.excel_button.setToolTip(self.tr("Save the register as an Excel workbook"))
        self.excel_button.clicked.connect(lambda: self.export_register())
        buttons.addWidget(self.excel_button)

        self.table = record_view(self.proxy, self.fontMetrics().height())
        # The list as shown (filtered, sorted) to .xlsx or .csv: the one way to Excel.
        self.export_button = export_button(
            self, self._ctx, self.table, "perjanjian", self.tr("Agreements"), self._export_headings
        )
        buttons.addWidget(self.export_button)
        # The obligations of the agreements listed, one row each, beside the list itself.
        self.obligations_export_button = table_export_button(
            self,
            self._ctx,
            self.obligations_table,
            "kewajiban-pks",
            text=self.tr("Export obl&igations…"),
        )
        self.obligations_export_button.setToolTip(
            self.tr("Save the obligations of the agreements listed for Excel: .xlsx or .csv")
        )
        buttons.addWidget(self.obligations_export_button)
        buttons.addWidget(self.settings_button)
        header = self.table.horizontalHeader()
        # No column sorted at first: the service's order (drafts, then the newest signed).
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._set_column_widths()
        open_on_enter(self.table, self.open_selected)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_agreement)
        self.addAction(new_action)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.attention_label)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.empty_state = EmptyState(self.table)

    def _export_headings(self) -> list[str]:
        return ["DAFTAR PERJANJIAN KERJA SAMA", f"Keadaan {short_date(self.today)}"]

    def shown_agreements(self) -> list[AgreementSummary]:
        """The agreements the list shows, in its order (the clerk's sort)."""
        records = (
            self.proxy.index(row, 0).data(RECORD_ROLE) for row in range(self.proxy.rowCount())
        )
        return [record for record in records if isinstance(record, AgreementSummary)]

    def obligations_table(self) -> ExportTable:
        """The obligations of the agreements shown, one row each, as they are today."""
        ids = [summary.id for summary in self.shown_agreements()]
        lines = list_obligations(self._ctx.db, ids, self.today)
        columns: list[tuple[str, ColumnKind, Callable[[ObligationLine], object]]] = [
            (self.tr("Agreement"), ColumnKind.TEXT, lambda o: o.agreement_title),
            (self.tr("Document numbers"), ColumnKind.TEXT, lambda o: "; ".join(o.numbers)),
            (self.tr("Partners"), ColumnKind.TEXT, lambda o: ", ".join(o.partners)),
            (self.tr("Obligation"), ColumnKind.TEXT, lambda o: o.text),
            (self.tr("Responsible"), ColumnKind.TEXT, lambda o: o.responsible_name),
            (self.tr("Person in charge"), ColumnKind.TEXT, lambda o: o.owner),
            (self.tr("Schedule"), ColumnKind.TEXT, lambda o: o.recurrence_label),
            (self.tr("Due"), ColumnKind.DATE, lambda o: o.due_on),
            (self.tr("Status"), ColumnKind.TEXT, lambda o: o.status_label),
            (self.tr("Overdue"), ColumnKind.BOOLEAN, lambda o: o.overdue),
            (self.tr("Last done"), ColumnKind.DATE, lambda o: o.last_done_on),
        ]
        return ExportTable(
            self.tr("Obligations"),
            tuple(ExportColumn(title, kind) for title, kind, _value in columns),
            [tuple(value(line) for _title, _kind, value in columns) for line in lines],
            ("KEWAJIBAN PERJANJIAN KERJA SAMA", f"Keadaan {short_date(self.today)}"),
        )

    def _set_column_widths(self) -> None:
        """Widths from the font and a sample of each column, not from the rows: sizing to the
        contents reads every one of thousands of rows before the list is drawn."""
        metrics = self.table.fontMetrics()
        samples = {
            KIND: max(KIND_SHORT_LABELS.values(), key=metrics.horizontalAdvance),
            PARTNERS: "Polres Blora, Kodim 0721/Blora",
            ENDS: "sampai dicabut",
            LEFT: "-9999",
            STATUS: max(STATUS_LABELS.values(), key=metrics.horizontalAdvance),
            OPEN: "999",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            self.table.setColumnWidth(column, width + 24)

    # -- the list -------------------------------------------------------------------------
    def _fill_partners(self) -> None:
        chosen = self.partner_combo.currentData()
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("All partners"), None)
        for partner in list_partners(self._ctx.db):
            self.partner_combo.addItem(partner.short_name or partner.name, partner.id)
        self.partner_combo.setCurrentIndex(max(self.partner_combo.findData(chosen), 0))
        self.partner_combo.blockSignals(False)

    def reload(self) -> None:
        """Read the agreements matching the filters (and the partners, and what needs
        attention), keeping the chosen agreement chosen."""
        self._typing.stop()
        chosen = self.selected()
        self._fill_partners()
        status = self.status_combo.currentData()
        statuses: tuple[AgreementStatus, ...] = ()
        if status == ATTENTION:
            statuses = (AgreementStatus.SEGERA_BERAKHIR, AgreementStatus.BERAKHIR)
        elif status is not None:
            statuses = (AgreementStatus(status),)
        rows = list_agreements(
            self._ctx.db,
            self.today,
            statuses=statuses,
            partner_id=self.partner_combo.currentData(),
            text=self.search_edit.text(),
        )
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} agreements").format(count=len(rows)))
        self.show_warnings(agreement_warnings(self._ctx.db, self.today))
        self.select_agreement(chosen.id if chosen is not None else None)
        self.empty_state.show_when_empty(
            shown=len(rows),
            filtered=bool(
                self.search_edit.text().strip()
                or self.status_combo.currentData() is not None
                or self.partner_combo.currentData() is not None
            ),
            clear=self.clear_filters,
            missing=self.tr(
                "No agreement entered yet. Enter each PKS, MoU or addendum of the Rutan with its "
                "partners and obligations: the tab then warns before one ends."
            ),
            fixes=[Fix(self.tr("New agreement…"), self.new_agreement)],
        )

    def clear_filters(self) -> None:
        """Every agreement: no search, any status, any partner."""
        for widget in (self.search_edit, self.status_combo, self.partner_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.partner_combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.status_combo, self.partner_combo):
            widget.blockSignals(False)
        self.reload()

    def show_warnings(self, warnings: AgreementWarnings) -> None:
        self.warnings = warnings
        parts = []
        if warnings.expiring:
            parts.append(
                self.tr("{count} agreement(s) end within {days} days").format(
                    count=len(warnings.expiring), days=warnings.window_days
                )
            )
        if warnings.overdue_obligations:
            parts.append(
                self.tr("{count} obligation(s) overdue").format(
                    count=len(warnings.overdue_obligations)
                )
            )
        if warnings.overdue_follow_ups:
            parts.append(
                self.tr("{count} follow-up(s) of meetings overdue").format(
                    count=len(warnings.overdue_follow_ups)
                )
            )
        self.attention_label.setText(" · ".join(parts))
        self.attention_label.setToolTip(
            "\n".join(
                [
                    *(f"{e.title} — {short_date(e.ends_on)}" for e in warnings.expiring),
                    *(f"{o.agreement_title}: {o.text}" for o in warnings.overdue_obligations),
                ]
            )
        )
        self.attention_label.setVisible(bool(parts))

    def apply_changes(self, changes: ChangeSet) -> None:
        self.reload()

    def selected(self) -> AgreementSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, AgreementSummary) else None

    def select_agreement(self, agreement_id: int | None) -> None:
        row = self.model.row_where(lambda r: r.id == agreement_id)
        index = (
            self.proxy.mapFromSource(self.model.index(row, 0))
            if row is not None
            else self.proxy.index(0, 0)
        )
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_agreement(summary.id)

    def open_agreement(self, agreement_id: int) -> None:
        Operation(
            self, self._ctx, lambda action: load_agreement(action.db, agreement_id, self.today)
        ).on_success(self._show_record).run()

    def _show_record(self, record: AgreementRecord) -> None:
        self._show_dialog(record.draft, record)

    def _show_dialog(self, draft: AgreementDraft, record: AgreementRecord | None = None) -> None:
        self.dialog = AgreementDialog(self._ctx, draft, self, record, today=self.today)
        self.dialog.open()

    def new_agreement(self) -> None:
        self._show_dialog(AgreementDraft(AgreementKind.PKS, ""))

    def edit_settings(self) -> None:
        self.settings_dialog = AgreementSettingsDialog(self._ctx, self)
        self.settings_dialog.open()

    def print_register(self) -> None:
        def show(pdf: bytes) -> None:
            self.preview = DocumentPreview(pdf, self.tr("Register of agreements"), self)
            self.preview.open()

        Operation(
            self,
            self._ctx,
            lambda action: agreement_register_pdf(action.db, self.today),
            title=self.tr("Register of agreements"),
        ).on_success(show).run()

    def export_register(self, path: Path | None = None) -> None:
        """Save the register as .xlsx (``path``: chosen by the clerk when None)."""
        title = self.tr("Register of agreements to Excel")
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggested = Path(folder) / f"Daftar PKS {self.today.isoformat()}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self, title, str(suggested), self.tr("Excel workbooks (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        target, today = path, self.today
        # Written inside the operation: a file open in Excel, a full or read-only disk is
        # worded by the runner like every other failure.
        Operation(
            self,
            self._ctx,
            lambda action: target.write_bytes(agreement_register_xlsx(action.db, today)),
            title=title,
        ).run()
