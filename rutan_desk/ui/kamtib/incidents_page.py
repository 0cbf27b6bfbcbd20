"""The incidents of the Kamtib tab: found as the clerk types (number, names, register numbers,
chronology, actions, supplements), narrowed by period, kind, severity, status and block, newest
first; Enter opens one, Ctrl+N files a new one."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.formatting import clock, short_date
from rutan_desk.domain.incidents import IncidentStatus, Severity
from rutan_desk.services.handover.setup import list_blocks
from rutan_desk.services.incidents.forms import IncidentDraft, IncidentRecord, IncidentSummary
from rutan_desk.services.incidents.queries import IncidentQuery, list_incidents, load_incident
from rutan_desk.services.incidents.setup import list_incident_types
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog
from rutan_desk.ui.kamtib.labels import severity_label, status_label
from rutan_desk.ui.kamtib.missing_setup import blocks_fix, blocks_missing, no_blocks_text
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.empty_state import EmptyState, Fix
from rutan_desk.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordSortProxy,
    RecordTableModel,
    sortable_proxy,
)
from rutan_desk.ui.widgets.table_export import export_button
from rutan_desk.ui.widgets.tables import open_on_enter, record_view

LIST_LIMIT = 500  # the newest this many; the search narrows the rest
TYPING_PAUSE_MS = 150  # the list follows the typing once the clerk pauses this long
SEVERITY_ORDER = {severity: order for order, severity in enumerate(Severity)}
STATUS_ORDER = {status: order for order, status in enumerate(IncidentStatus)}

NUMBER, HAPPENED, KIND, SEVERITY, PLACE, SUMMARY, DUTY, STATUS = range(8)


class IncidentsPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.dialog: IncidentDialog | None = None
        self.model: RecordTableModel[IncidentSummary] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        self._build()

    def _columns(self) -> list[Column[IncidentSummary]]:
        approved = self.tr("approved")
        return [
            Column(
                self.tr("Number"), lambda r: r.number, sort=lambda r: (r.happened_at.year, r.id)
            ),
            Column(
                self.tr("When"),
                lambda r: f"{short_date(r.happened_at.date())} {clock(r.happened_at, zone=False)}",
                sort=lambda r: r.happened_at,
                kind=ColumnKind.DATETIME,
                value=lambda r: r.happened_at,
            ),
            Column(self.tr("Kind"), lambda r: r.type_name),
            Column(
                self.tr("Severity"),
                lambda r: severity_label(r.severity),
                sort=lambda r: SEVERITY_ORDER[r.severity],
            ),
            Column(self.tr("Where"), lambda r: r.place),
            Column(self.tr("Summary"), lambda r: r.summary, tooltip=lambda r: r.summary),
            Column(
                self.tr("On duty"),
                lambda r: " ".join(part for part in (r.regu_name, r.shift_code) if part),
            ),
            Column(
                self.tr("Status"),
                lambda r: status_label(r.status) + (f" · {approved}" if r.approved else ""),
                sort=lambda r: (STATUS_ORDER[r.status], r.approved),
            ),
        ]

    def _export_headings(self) -> list[str]:
        if self.all_dates_box.isChecked():
            period = "Semua tanggal"
        else:
            first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
            period = f"{short_date(first)} s.d. {short_date(last)}"
        return ["DAFTAR GANGGUAN KAMTIB", period]

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Number, name, register number, words of the chronology…")
        )
        self.search_edit.textChanged.connect(lambda _t: self._typing.start())
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search_edit)

        self.all_dates_box = QCheckBox(self.tr("&All dates"))
        self.all_dates_box.toggled.connect(self._dates_toggled)
        self.first_edit = date_edit(self.today - timedelta(days=364))
        self.last_edit = date_edit(self.today)
        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.type_filter = QComboBox()
        self.severity_filter = QComboBox()
        self.severity_filter.addItem(self.tr("Any severity"), None)
        for severity in Severity:
            self.severity_filter.addItem(severity_label(severity), severity)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in IncidentStatus:
            self.status_filter.addItem(status_label(status), status)
        self.block_filter = QComboBox()
        for combo in (
            self.type_filter,
            self.severity_filter,
            self.status_filter,
            self.block_filter,
        ):
            # Wide enough for a kind's name: the choices are filled after the first show.
            combo.setMinimumContentsLength(18 if combo is self.type_filter else 12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        from_label = QLabel(self.tr("Fro&m"))
        from_label.setBuddy(self.first_edit)
        top.addWidget(from_label)
        top.addWidget(self.first_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.last_edit)
        top.addWidget(self.all_dates_box)
        filters = QHBoxLayout()
        for combo in (
            self.type_filter,
            self.severity_filter,
            self.status_filter,
            self.block_filter,
        ):
            filters.addWidget(combo)
        filters.addStretch()
        self.new_button = QPushButton(self.tr("&New incident…"))
        self.new_button.setToolTip(self.tr("File a new incident (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_incident())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.settings_button.setToolTip(
            self.tr("Kinds of incident, the incidents' numbers, the import of the inmate list")
        )
        self.settings_button.clicked.connect(self.edit_settings)
        filters.addWidget(self.new_button)
        filters.addWidget(self.open_button)
        filters.addWidget(self.settings_button)

        self.table = record_view(self.proxy, self.fontMetrics().height())
        self.table.sortByColumn(HAPPENED, Qt.SortOrder.DescendingOrder)
        self.export_button = export_button(
            self, self._ctx, self.table, "insiden", self.tr("Incidents"), self._export_headings
        )
        filters.insertWidget(filters.indexOf(self.settings_button), self.export_button)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        self._set_column_widths()
        open_on_enter(self.table, self.open_selected)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_incident())
        self.addAction(new_action)
        # Down from the search box goes into the list, as in a search field anywhere.
        down = QAction(self.search_edit)
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self._into_list)
        self.search_edit.addAction(down)
        self.search_edit.returnPressed.connect(self._into_list)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.empty_state = EmptyState(self.table)

    def _set_column_widths(self) -> None:
        metrics = self.table.fontMetrics()
        samples = {
            NUMBER: "KMT.000/XII/0000",
            HAPPENED: "00-00-0000 00.00",
            KIND: "Perkelahian antar-WBP  ",
            SEVERITY: self.tr("moderate"),
            PLACE: "Blok B (Narapidana), kamar 00",
            DUTY: "Regu III M",
            STATUS: status_label(IncidentStatus.HANDLED) + " · " + self.tr("approved"),
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            self.table.setColumnWidth(column, width + 24)

    def _dates_toggled(self, all_dates: bool) -> None:
        self._dates_enabled(not all_dates)
        self.reload()

    def _dates_enabled(self, enabled: bool) -> None:
        self.first_edit.setEnabled(enabled)
        self.last_edit.setEnabled(enabled)

    def _into_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.select_incident(None)

    # -- the list -------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        for combo, everything, items in (
            (
                self.type_filter,
                self.tr("Any kind"),
                [(t.id, t.name) for t in list_incident_types(self._ctx.db, include_retired=True)],
            ),
            (
                self.block_filter,
                self.tr("Any place"),
                [(b.id, b.name) for b in list_blocks(self._ctx.db)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, text in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def query(self) -> IncidentQuery:
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        dated = not self.all_dates_box.isChecked()
        return IncidentQuery(
            first=min(first, last) if dated else None,
            last=max(first, last) if dated else None,
            type_id=self.type_filter.currentData(),
            severity=self.severity_filter.currentData(),
            block_id=self.block_filter.currentData(),
            status=self.status_filter.currentData(),
            text=self.search_edit.text(),
        )

    def reload(self) -> None:
        """Read the filters' choices and the incidents they let through, keeping the chosen
        incident chosen."""
        self._typing.stop()
        chosen = self.selected()
        if self.type_filter.count() == 0:
            self._fill_filters()
        rows = list_incidents(self._ctx.db, self.query(), limit=LIST_LIMIT)
        self.model.set_rows(rows)
        if len(rows) >= LIST_LIMIT:
            text = self.tr("The newest {count} incidents; narrow the search to see others.")
        else:
            text = self.tr("{count} incidents")
        self.count_label.setText(text.format(count=len(rows)))
        self.select_incident(chosen.id if chosen is not None else None)
        self._show_emptiness(bool(rows))

    def _show_emptiness(self, listed: bool) -> None:
        if listed:
            self.empty_state.clear()
        elif list_incidents(self._ctx.db, limit=1):
            self.empty_state.show_filtered(
                self.clear_filters, self.tr("No incident in this period with the filters chosen.")
            )
        else:
            text = self.tr(
                "No incident recorded yet. When one happens, file it here; its kinds and its "
                "number are set in Settings."
            )
            fixes = [
                Fix(self.tr("New incident…"), self.new_incident),
                Fix(self.tr("Settings…"), self.edit_settings),
            ]
            if blocks_missing(self._ctx):
                text = f"{text}\n\n{no_blocks_text()}"
                fixes.append(blocks_fix(self._ctx, self))
            self.empty_state.show_missing(text, fixes)

    def clear_filters(self) -> None:
        """Every incident: all dates, no search, any kind, severity, status and place."""
        widgets = (
            self.search_edit,
            self.all_dates_box,
            self.type_filter,
            self.severity_filter,
            self.status_filter,
            self.block_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        self.all_dates_box.setChecked(True)
        self._dates_enabled(False)
        for combo in widgets[2:]:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.reload()

    def apply_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.INCIDENT_SETUP, Area.HANDOVER_SETUP}):
            self._fill_filters()
        self.reload()

    def selected(self) -> IncidentSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, IncidentSummary) else None

    def select_incident(self, incident_id: int | None) -> None:
        row = self.model.row_where(lambda r: r.id == incident_id)
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
            self.open_incident(summary.id)

    def open_incident(self, incident_id: int) -> None:
        Operation(self, self._ctx, lambda action: load_incident(action.db, incident_id)).on_success(
            self._show_record
        ).run()

    def _show_record(self, record: IncidentRecord) -> None:
        self._show_dialog(record.draft, record)

    def _show_dialog(self, draft: IncidentDraft, record: IncidentRecord | None = None) -> None:
        self.dialog = IncidentDialog(self._ctx, draft, self, record)
        self.dialog.open()

    def new_incident(self, draft: IncidentDraft | None = None) -> None:
        """A new incident's form (``draft``: prefilled by a handover's warning or a finding)."""
        now = self._ctx.action().wib_now().replace(second=0, microsecond=0)
        self._show_dialog(
            draft
            or IncidentDraft(
                type_id=None,
                severity=Severity.RINGAN,
                happened_at=now,
                reported_at=now,
                summary="",
            )
        )

    def edit_settings(self) -> None:
        from rutan_desk.ui.kamtib.settings_dialog import KamtibSettingsDialog

        KamtibSettingsDialog(self._ctx, self).exec()
