"""Jejak audit: who changed what and when, for the Administrator and the Pimpinan.

Filters (period, account, area, text) choose the entries; they are read newest first a page at
a time ("Load older entries" reads the next). The chosen entry's values before and after are
shown side by side below the list. The filtered view can be exported as a PDF, and the
history of the chosen entry's record opened on its own.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area
from rutan_desk.domain.formatting import short_date
from rutan_desk.services.audit.entries import AuditRecord
from rutan_desk.services.audit.export import audit_trail_pdf
from rutan_desk.services.audit.queries import (
    PAGE_SIZE,
    ActorChoice,
    AuditPage,
    AuditQuery,
    actor_choices,
    browse,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.ui.audit.entry_view import (
    TIME_SAMPLE,
    EntryDetails,
    areas,
    entry_columns,
    on_current_entry,
    setup_entry_table,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.background import BackgroundTask
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.record_table import RECORD_ROLE, RecordTableModel, sortable_proxy
from rutan_desk.ui.widgets.table_export import export_button
from rutan_desk.ui.widgets.tables import open_on_enter

DEFAULT_DAYS = 30  # the period first shown: the last 30 days
# Starting widths in characters; the changes take the rest.
_WIDTHS: dict[int, int | str] = {0: TIME_SAMPLE, 1: 24, 2: 22, 3: 38, 4: 10}
TIME_COLUMN = 0


def open_audit_trail(parent: QWidget, ctx: AppContext) -> AuditTrailDialog | None:
    """Show the audit trail, or say why it may not be read (then None)."""
    dialog = AuditTrailDialog(ctx, parent)
    if not dialog.load_choices() or not dialog.reload():
        dialog.deleteLater()
        return None
    dialog.show()
    dialog.table.setFocus()
    return dialog


class AuditTrailDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Audit trail"))
        self._next_before: int | None = None
        self.page_size = PAGE_SIZE  # entries read at a time
        self._task: BackgroundTask | None = None
        self.preview: QWidget | None = None
        self.history: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.reload)
        self.model: RecordTableModel[AuditRecord] = RecordTableModel(entry_columns(), self)
        self.proxy = sortable_proxy(self.model, self)
        self._build()
        self._fit_screen()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        today = self._ctx.today()
        self.from_edit = date_edit(today - timedelta(days=DEFAULT_DAYS - 1))
        self.to_edit = date_edit(today)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.to_edit)
        self.all_dates = QCheckBox(self.tr("All &dates"))
        self.all_dates.toggled.connect(self._dates_toggled)
        self.actor_combo = QComboBox()
        self.actor_combo.setMinimumContentsLength(18)
        self.actor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.actor_combo.addItem(self.tr("Every account"), None)
        actor_label = QLabel(self.tr("A&ccount"))
        actor_label.setBuddy(self.actor_combo)
        self.area_combo = QComboBox()
        self.area_combo.addItem(self.tr("All areas"), None)
        for area, text in areas():
            self.area_combo.addItem(text, area)
        area_label = QLabel(self.tr("A&rea"))
        area_label.setBuddy(self.area_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, number, value… (Ctrl+F)"))
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search_edit)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.actor_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.area_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self._search_now)

        filters = QHBoxLayout()
        for widget in (from_label, self.from_edit, to_label, self.to_edit, self.all_dates):
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(actor_label)
        filters.addWidget(self.actor_combo, 1)
        filters.addWidget(area_label)
        filters.addWidget(self.area_combo)
        filters.addSpacing(12)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 2)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        setup_entry_table(self.table, _WIDTHS)
        self.table.sortByColumn(TIME_COLUMN, Qt.SortOrder.DescendingOrder)
        open_on_enter(self.table, self.open_record_history)  # Enter: the record's history
        self.details = EntryDetails()
        on_current_entry(self.table, RECORD_ROLE, self._entry_chosen)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel()
        self.history_button = QPushButton(self.tr("Record &history…"))
        self.history_button.setToolTip(self.tr("Every change of the chosen entry's record"))
        self.history_button.clicked.connect(self.open_record_history)
        self.older_button = QPushButton(self.tr("Load &older entries"))
        self.older_button.clicked.connect(self.load_older)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.clicked.connect(self.export_pdf)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        self.table_export_button = export_button(
            self,
            self._ctx,
            self.table,
            "jejak-audit",
            self.tr("Audit trail"),
            self._export_headings,
            text=self.tr("E&xcel / CSV…"),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (
            self.history_button,
            self.older_button,
            self.reload_button,
            self.export_button,
            self.table_export_button,
            close_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

    def _export_headings(self) -> list[str]:
        if self.all_dates.isChecked():
            return ["JEJAK AUDIT", "Semua tanggal"]
        first, last = to_date(self.from_edit.date()), to_date(self.to_edit.date())
        return ["JEJAK AUDIT", f"{short_date(first)} s.d. {short_date(last)}"]

    def _fit_screen(self) -> None:
        """Large enough to read, never larger than the screen (1366 × 768 included)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1320, screen.width() - 40), min(700, screen.height() - 60))

    # -- filters ---------------------------------------------------------------------------
    def query(self) -> AuditQuery:
        """The filter as chosen on screen."""
        first = last = None
        if not self.all_dates.isChecked():
            first, last = to_date(self.from_edit.date()), to_date(self.to_edit.date())
            if first > last:
                first, last = last, first
        area = self.area_combo.currentData()
        return AuditQuery(
            first=first,
            last=last,
            actor=self.actor_combo.currentData() or None,
            area=Area(area) if area else None,
            text=self.search_edit.text(),
        )

    def set_period(self, first: date | None, last: date | None) -> None:
        """Show ``first``…``last`` (both None: all dates)."""
        if first is None or last is None:
            self.all_dates.setChecked(True)
            return
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self.all_dates.setChecked(False)
        self.reload()

    def _dates_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(not on)
        self.to_edit.setEnabled(not on)
        self.reload()

    def _search_now(self) -> None:
        self._timer.stop()
        self.reload()
        self.table.setFocus()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- reading ---------------------------------------------------------------------------
    def load_choices(self) -> bool:
        """Fill the account filter (every account, and the other names in the trail)."""
        return (
            Operation(self, self._ctx, actor_choices, title=self.tr("Audit trail"))
            .on_success(self._fill_choices)
            .run()
        )

    def _fill_choices(self, choices: list[ActorChoice]) -> None:
        current = self.actor_combo.currentData()
        self.actor_combo.blockSignals(True)
        while self.actor_combo.count() > 1:
            self.actor_combo.removeItem(1)
        for choice in choices:
            self.actor_combo.addItem(choice.label, choice.actor)
        self.actor_combo.setCurrentIndex(max(self.actor_combo.findData(current), 0))
        self.actor_combo.blockSignals(False)

    def reload(self) -> bool:
        """Read the newest page of the filtered view again."""
        self._timer.stop()
        query, size = self.query(), self.page_size
        return (
            Operation(
                self,
                self._ctx,
                lambda action: browse(action, query, limit=size),
                title=self.tr("Audit trail"),
            )
            .on_success(lambda page: self._show_page(page, append=False))
            .run()
        )

    def load_older(self) -> None:
        before = self._next_before
        if before is None:
            return
        query, size = self.query(), self.page_size
        Operation(
            self,
            self._ctx,
            lambda action: browse(action, query, before_id=before, limit=size),
            title=self.tr("Audit trail"),
        ).on_success(lambda page: self._show_page(page, append=True)).run()

    def _show_page(self, page: AuditPage, *, append: bool) -> None:
        chosen = self.details.entry
        rows = [*self.model.records(), *page.entries] if append else list(page.entries)
        self.model.set_rows(rows)
        self._next_before = page.next_before
        self.older_button.setEnabled(page.next_before is not None)
        if page.next_before is not None:
            text = self.tr(
                "%n entry(ies) shown, newest first; older ones are not read yet", "", len(rows)
            )
        else:
            text = self.tr("%n entry(ies), newest first", "", len(rows))
        self.count_label.setText(text)
        if not (append and chosen is not None and self.select_entry(chosen.id)):
            self._select_row(0)
        self._entry_chosen(self.selected_entry())

    # -- selection -------------------------------------------------------------------------
    def selected_entry(self) -> AuditRecord | None:
        index = self.table.currentIndex()
        entry = index.data(RECORD_ROLE) if index.isValid() else None
        return entry if isinstance(entry, AuditRecord) else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_where(lambda e: e.id == entry_id)
        if row is None:
            return False
        return self._select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _select_row(self, row: int) -> bool:
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

    def _entry_chosen(self, entry: AuditRecord | None) -> None:
        if entry is not self.details.entry:
            self.details.show_entry(entry)
        self.history_button.setEnabled(entry is not None and not entry.bulk)

    # -- actions ---------------------------------------------------------------------------
    def open_record_history(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.bulk:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history = open_record_history(self, self._ctx, entry.entity, entry.entity_id)

    def export_pdf(self) -> None:
        """The filtered view as a PDF, shown in the preview to print or save."""
        query = self.query()

        def render(action: ActionContext) -> bytes:
            return audit_trail_pdf(action, query)

        self._task = (
            Operation(self, self._ctx, render, title=self.tr("Export PDF"))
            .on_success(self._show_pdf)
            .run_in_background(self.tr("Preparing the audit trail…"))
        )

    def _show_pdf(self, pdf: bytes) -> None:
        from rutan_desk.ui.documents.preview import DocumentPreview

        self.preview = DocumentPreview(pdf, "Jejak Audit", self)
        self.preview.show()
