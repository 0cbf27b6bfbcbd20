"""Tab "Serah Terima": the history of handovers with its filters, and the start of a new one.

The history is a read-only model behind a sortable view: every column sorts by its value (the
date as a date, the counts as numbers, the status in its order), Enter or a double click opens
the chosen handover. The tab reads the list again when a change set touches what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.formatting import short_date, weekday_short
from rutan_desk.domain.handover import HandoverStatus, shift_span_short
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.handover.forms import HandoverDraft, HandoverRecord, HandoverSummary
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import (
    last_handover_day,
    list_handovers,
    load_handover,
)
from rutan_desk.services.readiness import readiness
from rutan_desk.services.roster.queries import shift_types
from rutan_desk.services.roster.setup import list_regu
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover.handover_dialog import HandoverDialog
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.roster.readiness_text import missing_text, setup_fixes
from rutan_desk.ui.widgets.dates import date_edit, filter_date_edit, to_date, to_qdate
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

ATTENTION = QBrush(QColor("#f8d7da"))
STATUS_ORDER = {status: order for order, status in enumerate(HandoverStatus)}
ModelIndex = QModelIndex | QPersistentModelIndex

# The columns of the history
DAY, SHIFTS, REGU, KARUPAM, INMATES, DIFFERENCE, EQUIPMENT, ADDENDA, STATUS = range(9)


class HistoryModel(RecordTableModel[HandoverSummary]):
    """The handovers of the period; a count difference and missing equipment are marked with
    a red background on their cell."""

    def __init__(
        self,
        columns: Sequence[Column[HandoverSummary]],
        marked: dict[int, Callable[[HandoverSummary], bool]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._marked = marked

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            marked = self._marked.get(index.column())
            if index.isValid() and marked is not None and 0 <= index.row() < self.rowCount():
                return ATTENTION if marked(self.record(index.row())) else None
            return None
        return super().data(index, role)


class HandoverTab(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.dialog: HandoverDialog | None = None
        self._shifts: dict[str, ShiftType] = {}
        self._shift_order: dict[str, int] = {}
        self.model = self._history_model()
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._first_read = True
        self._build()

    def _history_model(self) -> HistoryModel:
        status_text = {
            HandoverStatus.DRAFT: self.tr("Draft"),
            HandoverStatus.HANDED_OVER: self.tr("Handed over"),
            HandoverStatus.RECEIVED: self.tr("Received"),
            HandoverStatus.ACKNOWLEDGED: self.tr("Acknowledged"),
        }
        right = Qt.AlignmentFlag.AlignRight
        yes, missing = self.tr("yes"), self.tr("missing")
        columns: list[Column[HandoverSummary]] = [
            Column(
                self.tr("Outgoing shift"),
                self._span,
                sort=lambda r: (r.day, self._shift_start(r.outgoing_shift)),
                kind=ColumnKind.DATE,
                value=lambda r: r.day,
            ),
            Column(
                self.tr("Shift change"),
                lambda r: (
                    f"{self._shift_name(r.outgoing_shift)} → {self._shift_name(r.incoming_shift)}"
                ),
                sort=lambda r: self._shift_order.get(r.outgoing_shift, len(self._shift_order)),
            ),
            Column(self.tr("Regu"), lambda r: f"{r.outgoing_regu} → {r.incoming_regu}"),
            Column(
                self.tr("Karupam handing over / taking over"),
                lambda r: f"{r.outgoing_karupam} / {r.incoming_karupam}",
                tooltip=lambda r: f"{r.outgoing_karupam} / {r.incoming_karupam}",
            ),
            Column(
                self.tr("Inmates"),
                lambda r: str(r.counted),
                sort=lambda r: r.counted,
                align=right,
                kind=ColumnKind.INTEGER,
                value=lambda r: r.counted,
            ),
            Column(
                self.tr("Difference"),
                lambda r: yes if r.has_difference else "",
                sort=lambda r: r.has_difference,
                kind=ColumnKind.BOOLEAN,
                value=lambda r: r.has_difference,
            ),
            Column(
                self.tr("Equipment"),
                lambda r: missing if r.missing_equipment else "",
                sort=lambda r: r.missing_equipment,
            ),
            Column(
                self.tr("Addenda"),
                lambda r: str(r.addenda) if r.addenda else "",
                sort=lambda r: r.addenda,
                align=right,
                kind=ColumnKind.INTEGER,
                value=lambda r: r.addenda,
            ),
            Column(
                self.tr("Status"),
                lambda r: status_text[r.status],
                sort=lambda r: STATUS_ORDER[r.status],
            ),
        ]
        marked: dict[int, Callable[[HandoverSummary], bool]] = {
            DIFFERENCE: lambda r: r.has_difference,
            EQUIPMENT: lambda r: r.missing_equipment,
        }
        return HistoryModel(columns, marked, self)

    def _export_headings(self) -> list[str]:
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        return [
            "SERAH TERIMA JAGA",
            f"{short_date(first)} s.d. {short_date(last)}",
        ]

    def _span(self, summary: HandoverSummary) -> str:
        """When the outgoing shift ran, both dates for a night: as the form and the report."""
        shift = self._shifts.get(summary.outgoing_shift)
        if shift is None:
            return f"{weekday_short(summary.day)} {short_date(summary.day)}"
        return shift_span_short(summary.day, shift)

    def _shift_name(self, code: str) -> str:
        shift = self._shifts.get(code)
        return shift.name if shift is not None else code

    def _shift_start(self, code: str) -> time:
        shift = self._shifts.get(code)
        return shift.start if shift is not None and shift.start is not None else time.min

    def _build(self) -> None:
        filters = QHBoxLayout()
        self.first_edit = filter_date_edit(self.today - timedelta(days=6))
        self.last_edit = filter_date_edit(self.today)
        self.first_edit.dateChanged.connect(lambda _d: self.reload())
        self.last_edit.dateChanged.connect(lambda _d: self.reload())
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.first_edit)
        filters.addWidget(from_label)
        filters.addWidget(self.first_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.last_edit)
        self.earlier_button = QPushButton("◀")
        self.earlier_button.setToolTip(self.tr("The same number of days before"))
        self.earlier_button.clicked.connect(lambda: self.shift_period(-1))
        self.later_button = QPushButton("▶")
        self.later_button.setToolTip(self.tr("The same number of days after"))
        self.later_button.clicked.connect(lambda: self.shift_period(1))
        self.day_button = QPushButton(self.tr("To&day"))
        self.day_button.setToolTip(self.tr("Only today's handovers; ◀ ▶ then go day by day"))
        self.day_button.clicked.connect(lambda: self.show_day(self.today))
        for button in (self.earlier_button, self.later_button, self.day_button):
            filters.addWidget(button)
        self.regu_filter = QComboBox()
        self.regu_filter.currentIndexChanged.connect(lambda _i: self.reload())
        regu_label = QLabel(self.tr("&Regu"))
        regu_label.setBuddy(self.regu_filter)
        filters.addSpacing(12)
        filters.addWidget(regu_label)
        filters.addWidget(self.regu_filter)
        self.differences_box = QCheckBox(self.tr("With a count &difference"))
        self.differences_box.toggled.connect(lambda _c: self.reload())
        self.missing_box = QCheckBox(self.tr("With &missing equipment"))
        self.missing_box.toggled.connect(lambda _c: self.reload())
        filters.addWidget(self.differences_box)
        filters.addWidget(self.missing_box)
        filters.addStretch()

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New handover…"))
        self.new_button.setToolTip(self.tr("Start the handover of a shift (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_handover)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.settings_button.setToolTip(
            self.tr("Blocks, inmate categories, equipment and standing instructions")
        )
        self.settings_button.clicked.connect(self.edit_settings)
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addStretch()

        self.table = record_view(self.proxy, self.fontMetrics().height())
        self.table.sortByColumn(DAY, Qt.SortOrder.DescendingOrder)  # the newest first
        self.export_button = export_button(
            self, self._ctx, self.table, "serah-terima", self.tr("Handovers"), self._export_headings
        )
        actions.addWidget(self.export_button)
        actions.addWidget(self.settings_button)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._set_column_widths()
        open_on_enter(self.table, self.open_selected)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_handover)
        self.addAction(new_action)
        self.summary_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        layout.addWidget(self.summary_label)
        self.empty_state = EmptyState(self.table)

    def _set_column_widths(self) -> None:
        """Widths from the header and a typical value, measured once (not per row)."""
        metrics = self.table.fontMetrics()
        samples = {
            DAY: "Rab 00-00-0000 00.00 – Kam 00-00-0000 00.00",  # a night: both dates
            SHIFTS: "Malam → Pagi",
            REGU: "Regu III → Regu III",
            # Two names of the usual length; a longer pair is cut, and shown whole on hover.
            KARUPAM: "Bambang Sulistyo, S.H. / Bambang Sulistyo, S.H.",
            INMATES: "0000",
            DIFFERENCE: self.tr("yes"),
            EQUIPMENT: self.tr("missing"),
            ADDENDA: "00",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            self.table.setColumnWidth(column, width + 24)

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the shifts, the regu and the handovers of the period again, keeping the chosen
        handover chosen."""
        chosen = self.selected()
        shifts = shift_types(self._ctx.db)
        self._shifts = {shift.code: shift for shift in shifts}
        self._shift_order = {shift.code: order for order, shift in enumerate(shifts)}
        self._fill_regu()
        if self._first_read:
            self._first_read = False
            self._start_at_the_latest_handovers()
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        rows = list_handovers(
            self._ctx.db,
            min(first, last),
            max(first, last),
            regu_id=self.regu_filter.currentData(),
            with_differences=self.differences_box.isChecked(),
            with_missing_equipment=self.missing_box.isChecked(),
        )
        self.model.set_rows(rows)
        open_ones = sum(1 for s in rows if not s.status.locked)
        self.summary_label.setText(
            self.tr("{count} handovers, {open} not yet received").format(
                count=len(rows), open=open_ones
            )
        )
        self.select_handover(chosen.id if chosen is not None else None)
        self._show_emptiness(bool(rows))

    def _show_emptiness(self, listed: bool) -> None:
        """No handover in the period: the filters are the reason, or there is none yet (and
        the first one needs the roster it is prefilled from)."""
        if listed:
            self.empty_state.clear()
            return
        latest = last_handover_day(self._ctx.db, date.max)
        if latest is not None:
            self.empty_state.show_filtered(
                self.clear_filters,
                self.tr("No handover in this period with the filters chosen."),
            )
            return
        ready = readiness(self._ctx.db, on=self.today)
        if ready.missing_for_roster:
            text = self.tr(
                "No handover yet. A handover is prefilled from the duty roster, so the roster "
                "comes first."
            )
            self.empty_state.show_missing(
                f"{text}\n\n{missing_text(ready)}", setup_fixes(self._ctx, self, ready)
            )
            return
        self.empty_state.show_missing(
            self.tr(
                "No handover yet. At each change of shift, start the handover: the roster "
                "fills in the regu and Karupam, the counts and equipment are entered, and both "
                "Karupam sign. Blocks, inmate categories and equipment are set in Settings."
            ),
            [
                Fix(self.tr("New handover…"), self.new_handover),
                Fix(self.tr("Settings…"), self.edit_settings),
            ],
        )

    def clear_filters(self) -> None:
        """Every regu, with or without differences, around the latest handovers."""
        for box in (self.differences_box, self.missing_box):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.regu_filter.blockSignals(True)
        self.regu_filter.setCurrentIndex(0)
        self.regu_filter.blockSignals(False)
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        latest = last_handover_day(self._ctx.db, date.max) or self.today
        if not first <= latest <= last:
            length = last - first
            self._set_period(latest - length, latest, read=False)
        self.reload()

    def apply_changes(self, changes: ChangeSet) -> None:
        """The history shows handovers, regu, shifts and names, but nothing of the handover
        settings: a change of those alone leaves the list as it is."""
        if changes.only({Area.HANDOVER_SETUP}):
            return
        self.reload()

    def _fill_regu(self) -> None:
        current = self.regu_filter.currentData()
        self.regu_filter.blockSignals(True)
        self.regu_filter.clear()
        self.regu_filter.addItem(self.tr("All"), None)
        for regu in list_regu(self._ctx.db, on=self.today):
            self.regu_filter.addItem(regu.name, regu.id)
        self.regu_filter.setCurrentIndex(max(self.regu_filter.findData(current), 0))
        self.regu_filter.blockSignals(False)

    def _start_at_the_latest_handovers(self) -> None:
        """Opened on a week without handovers (after a holiday, or the demo, whose book is
        December 2023), the history shows the week of the latest ones instead of nothing."""
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        latest = last_handover_day(self._ctx.db, last)
        if latest is not None and latest < first:
            self._set_period(latest - (last - first), latest, read=False)

    def show_day(self, day: date) -> None:
        self._set_period(day, day)

    def shift_period(self, direction: int) -> None:
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        length = timedelta(days=(last - first).days + 1)
        self._set_period(first + direction * length, last + direction * length)

    def _set_period(self, first: date, last: date, *, read: bool = True) -> None:
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        if read:
            self.reload()

    def selected(self) -> HandoverSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, HandoverSummary) else None

    def select_handover(self, handover_id: int | None) -> None:
        """Choose the row of ``handover_id``, or the first row shown when it is not listed."""
        row = self.model.row_where(lambda r: r.id == handover_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        else:
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_handover(summary.id)

    def open_handover(self, handover_id: int) -> None:
        Operation(self, self._ctx, lambda action: load_handover(action.db, handover_id)).on_success(
            self._show_record
        ).run()

    def _show_record(self, record: HandoverRecord) -> None:
        self._show_dialog(record.draft, record)

    def _show_dialog(self, draft: HandoverDraft, record: HandoverRecord | None = None) -> None:
        self.dialog = HandoverDialog(self._ctx, draft, self, record)
        self.dialog.open()

    def new_handover(self) -> None:
        chooser = NewHandoverDialog(self._ctx, self.today, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        day, shift = chooser.choice()
        existing = next(
            (s for s in list_handovers(self._ctx.db, day, day) if s.outgoing_shift == shift),
            None,
        )
        if existing is not None:
            self.open_handover(existing.id)
            return
        title = self.tr("New handover")
        Operation(
            self, self._ctx, lambda action: prefill_handover(action.db, day, shift), title=title
        ).on_invalid(
            lambda error: QMessageBox.warning(self, title, message_for(error.errors[0]))
        ).on_success(self._show_dialog).run()

    def edit_settings(self) -> None:
        from rutan_desk.ui.handover.settings_dialog import HandoverSettingsDialog

        HandoverSettingsDialog(self._ctx, self).exec()


class NewHandoverDialog(QDialog):
    """Which shift hands over: the day and the outgoing shift (the one ending next by default)."""

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New handover"))
        form = QFormLayout()
        self.day_edit = date_edit(today)
        form.addRow(self.tr("&Day the outgoing shift began"), self.day_edit)
        self.shift_combo = QComboBox()
        now = ctx.action().wib_now()
        working = [s for s in shift_types(ctx.db) if s.working]
        for shift in working:
            self.shift_combo.addItem(shift.name, shift.code)
        # The shift on duty now is the one that hands over next.
        day = now.date()
        for start_day in (day, day - timedelta(days=1)):
            current = next(
                (s for s in working if s.interval(start_day)[0] <= now < s.interval(start_day)[1]),
                None,
            )
            if current is not None:
                self.day_edit.setDate(to_qdate(start_day))
                self.shift_combo.setCurrentIndex(self.shift_combo.findData(current.code))
                break
        label = QLabel(self.tr("&Outgoing shift"))
        label.setBuddy(self.shift_combo)
        form.addRow(label, self.shift_combo)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[date, str]:
        return to_date(self.day_edit.date()), str(self.shift_combo.currentData())
