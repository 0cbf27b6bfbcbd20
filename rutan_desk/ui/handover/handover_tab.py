"""Tab "Serah Terima": the history of handovers with its filters, and the start of a new one."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.formatting import short_date, weekday_short
from rutan_desk.domain.handover import HandoverStatus
from rutan_desk.services import handover as handover_service
from rutan_desk.services import roster as roster_service
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.handover import HandoverSummary
from rutan_desk.services.roster_setup import list_regu
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover.handover_dialog import HandoverDialog
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.tables import list_table, open_on_enter

AREA = "handover"
ATTENTION = QBrush(QColor("#f8d7da"))


class HandoverTab(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or handover_service.wib_now().date()
        self.rows: list[HandoverSummary] = []
        self.dialog: HandoverDialog | None = None
        self._build()
        ctx.events.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        filters = QHBoxLayout()
        self.first_edit = date_edit(self.today - timedelta(days=6))
        self.last_edit = date_edit(self.today)
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
        actions.addWidget(self.settings_button)

        self.table = list_table(
            [
                self.tr("Date"),
                self.tr("Shift change"),
                self.tr("Regu"),
                self.tr("Karupam handing over / taking over"),
                self.tr("Inmates"),
                self.tr("Difference"),
                self.tr("Equipment"),
                self.tr("Addenda"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
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

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        self._fill_regu()
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        self.rows = handover_service.list_handovers(
            self._ctx.db,
            min(first, last),
            max(first, last),
            regu_id=self.regu_filter.currentData(),
            with_differences=self.differences_box.isChecked(),
            with_missing_equipment=self.missing_box.isChecked(),
        )
        status_text = {
            HandoverStatus.DRAFT: self.tr("Draft"),
            HandoverStatus.HANDED_OVER: self.tr("Handed over"),
            HandoverStatus.RECEIVED: self.tr("Received"),
            HandoverStatus.ACKNOWLEDGED: self.tr("Acknowledged"),
        }
        shifts = {s.code: s.name for s in roster_service.shift_types(self._ctx.db)}
        self.table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            cells = (
                f"{weekday_short(summary.day)} {short_date(summary.day)}",
                f"{shifts.get(summary.outgoing_shift, summary.outgoing_shift)} → "
                f"{shifts.get(summary.incoming_shift, summary.incoming_shift)}",
                f"{summary.outgoing_regu} → {summary.incoming_regu}",
                f"{summary.outgoing_karupam} / {summary.incoming_karupam}",
                str(summary.counted),
                self.tr("yes") if summary.has_difference else "",
                self.tr("missing") if summary.missing_equipment else "",
                str(summary.addenda) if summary.addenda else "",
                status_text[summary.status],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (4, 7):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if (column == 5 and summary.has_difference) or (
                    column == 6 and summary.missing_equipment
                ):
                    item.setBackground(ATTENTION)
                self.table.setItem(row, column, item)
        open_ones = sum(1 for s in self.rows if not s.status.locked)
        self.summary_label.setText(
            self.tr("{count} handovers, {open} not yet received").format(
                count=len(self.rows), open=open_ones
            )
        )
        if self.rows and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _fill_regu(self) -> None:
        current = self.regu_filter.currentData()
        self.regu_filter.blockSignals(True)
        self.regu_filter.clear()
        self.regu_filter.addItem(self.tr("All"), None)
        for regu in list_regu(self._ctx.db):
            self.regu_filter.addItem(regu.name, regu.id)
        self.regu_filter.setCurrentIndex(max(self.regu_filter.findData(current), 0))
        self.regu_filter.blockSignals(False)

    def _on_data_changed(self, area: str) -> None:
        if area in (AREA, "roster", "staff"):
            self.reload()

    def show_day(self, day: date) -> None:
        self._set_period(day, day)

    def shift_period(self, direction: int) -> None:
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        length = timedelta(days=(last - first).days + 1)
        self._set_period(first + direction * length, last + direction * length)

    def _set_period(self, first: date, last: date) -> None:
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self.reload()

    def selected(self) -> HandoverSummary | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_handover(summary.id)

    def open_handover(self, handover_id: int) -> None:
        record = handover_service.load_handover(self._ctx.db, handover_id)
        self.dialog = HandoverDialog(self._ctx, record.draft, self, record)
        self.dialog.open()

    def new_handover(self) -> None:
        chooser = NewHandoverDialog(self._ctx, self.today, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        day, shift = chooser.choice()
        existing = next(
            (
                s
                for s in handover_service.list_handovers(self._ctx.db, day, day)
                if s.outgoing_shift == shift
            ),
            None,
        )
        if existing is not None:
            self.open_handover(existing.id)
            return
        try:
            draft = handover_service.prefill_handover(self._ctx.db, day, shift)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("New handover"), message_for(error.errors[0]))
            return
        self.dialog = HandoverDialog(self._ctx, draft, self)
        self.dialog.open()

    def edit_settings(self) -> None:
        from rutan_desk.ui.handover.settings_dialog import HandoverSettingsDialog

        HandoverSettingsDialog(self._ctx, self).exec()
        self._ctx.events.data_changed.emit(AREA)


class NewHandoverDialog(QDialog):
    """Which shift hands over: the day and the outgoing shift (the one ending next by default)."""

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New handover"))
        form = QFormLayout()
        self.day_edit = date_edit(today)
        form.addRow(self.tr("&Day the outgoing shift began"), self.day_edit)
        self.shift_combo = QComboBox()
        now = handover_service.wib_now()
        working = [s for s in roster_service.shift_types(ctx.db) if s.working]
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
