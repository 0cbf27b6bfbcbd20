"""The patrol visits (patroli sambang) and other security visits of the Kamtib tab: the visit
book of a period, newest first. Enter opens a visit, Ctrl+N records a new one (prefilled with
the agency and unit of the last visit: the same patrol calls every week)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import ChangeSet
from rutan_desk.domain.formatting import clock, short_date
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.services.patrols.forms import (
    PatrolVisitDraft,
    PatrolVisitRecord,
    PatrolVisitSummary,
)
from rutan_desk.services.patrols.queries import list_patrol_visits, load_patrol_visit
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.labels import visit_kind_label
from rutan_desk.ui.kamtib.lists import PeriodBar
from rutan_desk.ui.kamtib.missing_setup import no_staff_text, staff_fix, staff_missing
from rutan_desk.ui.kamtib.patrol_dialog import PatrolDialog
from rutan_desk.ui.operations import Operation
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

DAY, ARRIVED, LEFT, AGENCY, KIND, OFFICERS, RECEIVED = range(7)


class PatrolsPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.dialog: PatrolDialog | None = None
        self.model: RecordTableModel[PatrolVisitSummary] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._build()

    def _columns(self) -> list[Column[PatrolVisitSummary]]:
        return [
            Column(
                self.tr("Date"),
                lambda r: short_date(r.arrived_at.date()),
                sort=lambda r: r.arrived_at,
                kind=ColumnKind.DATE,
                value=lambda r: r.arrived_at.date(),
            ),
            Column(
                self.tr("In"),
                lambda r: clock(r.arrived_at, zone=False),
                sort=lambda r: r.arrived_at.time(),
            ),
            Column(
                self.tr("Out"),
                lambda r: clock(r.left_at, zone=False) if r.left_at else "",
                sort=lambda r: r.left_at.time() if r.left_at else None,
            ),
            Column(self.tr("Agency / unit"), lambda r: r.agency_unit),
            Column(self.tr("Kind"), lambda r: visit_kind_label(r.kind)),
            Column(
                self.tr("Officers"),
                lambda r: ", ".join(r.officers),
                tooltip=lambda r: "\n".join(r.officers),
            ),
            Column(self.tr("Received by"), lambda r: r.received_by_name),
        ]

    def _period_lines(self) -> list[str]:
        first, last = self.period_bar.period()
        if first is None or last is None:
            return ["BUKU KUNJUNGAN PATROLI", "Semua tanggal"]
        return ["BUKU KUNJUNGAN PATROLI", f"{short_date(first)} s.d. {short_date(last)}"]

    def _build(self) -> None:
        self.period_bar = PeriodBar(self.today)
        self.period_bar.changed.connect(self.reload)
        self.new_button = QPushButton(self.tr("&New visit…"))
        self.new_button.setToolTip(self.tr("Record a new visit (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_visit())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        top = QHBoxLayout()
        top.addWidget(self.period_bar)
        top.addStretch()
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)

        self.table = record_view(self.proxy, self.fontMetrics().height())
        self.table.sortByColumn(DAY, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(OFFICERS, QHeaderView.ResizeMode.Stretch)
        self._set_column_widths()
        open_on_enter(self.table, self.open_selected)
        self.export_button = export_button(
            self,
            self._ctx,
            self.table,
            "kunjungan-patroli",
            self.tr("Patrol visits"),
            self._period_lines,
        )
        top.addWidget(self.export_button)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_visit())
        self.addAction(new_action)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.empty_state = EmptyState(self.table)

    def _set_column_widths(self) -> None:
        metrics = self.table.fontMetrics()
        samples = {
            DAY: "00-00-0000",
            ARRIVED: "00.00",
            LEFT: "00.00",
            AGENCY: "Polres Blora / Sat Samapta",
            KIND: max(
                (visit_kind_label(kind) for kind in VisitKind), key=metrics.horizontalAdvance
            ),
            RECEIVED: "Bambang Sutrisno Wibowo",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            self.table.setColumnWidth(column, width + 24)

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the visits of the period, keeping the chosen visit chosen."""
        chosen = self.selected()
        visits = list_patrol_visits(self._ctx.db, *self.period_bar.period())
        self.model.set_rows(visits)
        self.count_label.setText(self.tr("{count} visits").format(count=len(visits)))
        self.select_visit(chosen.id if chosen is not None else None)
        self._show_emptiness(bool(visits))

    def _show_emptiness(self, listed: bool) -> None:
        if listed:
            self.empty_state.clear()
        elif self.period_bar.is_narrowed() and list_patrol_visits(self._ctx.db, None, None):
            self.empty_state.show_filtered(
                self.period_bar.show_all_dates, self.tr("No visit in this period.")
            )
        else:
            text = self.tr(
                "No visit recorded yet. Record each call of the police patrol or another "
                "agency as it happens: the agreements count these visits."
            )
            fixes = [Fix(self.tr("New visit…"), self.new_visit)]
            if staff_missing(self._ctx):
                text = f"{text}\n\n{no_staff_text()}"
                fixes.append(staff_fix(self._ctx, self))
            self.empty_state.show_missing(text, fixes)

    def apply_changes(self, changes: ChangeSet) -> None:
        self.reload()

    def selected(self) -> PatrolVisitSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, PatrolVisitSummary) else None

    def select_visit(self, visit_id: int | None) -> None:
        row = self.model.row_where(lambda r: r.id == visit_id)
        index = (
            self.proxy.mapFromSource(self.model.index(row, 0))
            if row is not None
            else self.proxy.index(0, 0)
        )
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    # -- actions --------------------------------------------------------------------------
    def _agencies(self) -> list[str]:
        """The agencies that called in the list, the most recent first."""
        seen: dict[str, None] = {}
        for visit in sorted(self.model.records(), key=lambda r: r.arrived_at, reverse=True):
            seen.setdefault(visit.agency, None)
        return list(seen)

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_visit(summary.id)

    def open_visit(self, visit_id: int) -> None:
        Operation(
            self, self._ctx, lambda action: load_patrol_visit(action.db, visit_id)
        ).on_success(self._show_record).run()

    def _show_record(self, record: PatrolVisitRecord) -> None:
        self._show_dialog(record.draft, record)

    def _show_dialog(
        self, draft: PatrolVisitDraft, record: PatrolVisitRecord | None = None
    ) -> None:
        self.dialog = PatrolDialog(self._ctx, draft, self, record, agencies=self._agencies())
        self.dialog.open()

    def new_visit(self) -> None:
        """A new visit's form: arrived now, from the agency and unit that called last."""
        now = self._ctx.action().wib_now().replace(second=0, microsecond=0, tzinfo=None)
        last = max(self.model.records(), key=lambda r: r.arrived_at, default=None)
        self._show_dialog(
            PatrolVisitDraft(
                arrived_at=now,
                agency=last.agency if last else "",
                unit=last.unit if last else "",
                received_by_id=None,
                kind=last.kind if last else VisitKind.SAMBANG,
            )
        )
