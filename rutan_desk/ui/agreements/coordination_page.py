"""The coordination history of the Kerja Sama tab: the meetings and visits with partners of a
period, newest first, for one partner or all, with the follow-ups still open. Enter opens an
entry, Ctrl+N records a new one, Delete (after a confirmation) removes one made by mistake."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.formatting import short_date
from rutan_desk.services.agreements.coordination import (
    delete_coordination,
    list_coordination,
    load_coordination,
)
from rutan_desk.services.agreements.forms import (
    CoordinationDraft,
    CoordinationRecord,
    CoordinationSummary,
)
from rutan_desk.services.agreements.partners import list_partners
from rutan_desk.ui.agreements.coordination_dialog import (
    CoordinationDialog,
    confirm_delete,
    new_draft,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.lists import PeriodBar
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.empty_state import EmptyState, Fix
from rutan_desk.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordSortProxy,
    RecordTableModel,
    sortable_proxy,
)
from rutan_desk.ui.widgets.tables import open_on_enter, record_view

DAY, PARTNERS, SUBJECT, PLACE, AGREEMENT, OPEN = range(6)
_OPEN_COLOUR = QColor("#b26a00")  # follow-ups still to be done


class CoordinationPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.dialog: CoordinationDialog | None = None
        self.model: RecordTableModel[CoordinationSummary] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._build()

    def _columns(self) -> list[Column[CoordinationSummary]]:
        return [
            Column(self.tr("Date"), lambda r: short_date(r.held_on), sort=lambda r: r.held_on),
            Column(
                self.tr("Partners"),
                lambda r: ", ".join(r.partners),
                tooltip=lambda r: "\n".join(r.partners),
            ),
            Column(self.tr("Subject"), lambda r: r.subject, tooltip=lambda r: r.subject),
            Column(self.tr("Place"), lambda r: r.place),
            Column(
                self.tr("Agreement"),
                lambda r: r.agreement_title,
                tooltip=lambda r: r.agreement_title,
            ),
            Column(
                self.tr("Open follow-ups"),
                lambda r: str(r.open_follow_ups) if r.open_follow_ups else "",
                sort=lambda r: r.open_follow_ups,
                align=Qt.AlignmentFlag.AlignRight,
                colour=lambda r: _OPEN_COLOUR if r.open_follow_ups else None,
            ),
        ]

    def _build(self) -> None:
        self.period_bar = PeriodBar(self.today)
        self.period_bar.changed.connect(self.reload)
        self.partner_combo = QComboBox()
        self.partner_combo.setMinimumContentsLength(18)
        self.partner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partner_combo.currentIndexChanged.connect(lambda _i: self.reload())
        partner_label = QLabel(self.tr("Pa&rtner"))
        partner_label.setBuddy(self.partner_combo)
        self.new_button = QPushButton(self.tr("&New entry…"))
        self.new_button.setToolTip(self.tr("Record a new meeting or visit (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete an entry made by mistake (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(self.period_bar)
        top.addSpacing(12)
        top.addWidget(partner_label)
        top.addWidget(self.partner_combo)
        top.addStretch()
        for button in (self.new_button, self.open_button, self.delete_button):
            top.addWidget(button)

        self.table = record_view(self.proxy, self.fontMetrics().height())
        self.table.sortByColumn(DAY, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self._set_column_widths()
        open_on_enter(self.table, self.open_selected)
        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_entry())
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
            PARTNERS: "Polres Blora, Pemda Kab. Blora",
            PLACE: "Kantor Sekretariat Daerah",
            AGREEMENT: "PKS Pengamanan Rutan Blora",
            OPEN: "0",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            self.table.setColumnWidth(column, width + 24)

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the entries of the period (with the partner chosen), keeping the chosen entry
        chosen."""
        self._fill_partners()
        chosen = self.selected()
        first, last = self.period_bar.period()
        entries = list_coordination(
            self._ctx.db, partner_id=self.partner_combo.currentData(), first=first, last=last
        )
        self.model.set_rows(entries)
        open_count = sum(entry.open_follow_ups for entry in entries)
        self.count_label.setText(
            self.tr("{count} entries; {open} follow-ups still open").format(
                count=len(entries), open=open_count
            )
        )
        self.delete_button.setEnabled(bool(entries))
        self.open_button.setEnabled(bool(entries))
        self.select_entry(chosen.id if chosen is not None else None)
        self.empty_state.show_when_empty(
            shown=len(entries),
            filtered=(self.period_bar.is_narrowed() or self.partner_combo.currentData() is not None)
            and not entries
            and bool(list_coordination(self._ctx.db)),
            clear=self.clear_filters,
            missing=self.tr(
                "No meeting or visit recorded yet. Record each meeting with a partner, what "
                "was agreed and its follow-ups: the open follow-ups are then counted here."
            ),
            fixes=[Fix(self.tr("New entry…"), self.new_entry)],
        )

    def clear_filters(self) -> None:
        """Every entry: all dates, every partner."""
        self.partner_combo.blockSignals(True)
        self.partner_combo.setCurrentIndex(0)
        self.partner_combo.blockSignals(False)
        if self.period_bar.is_narrowed():
            self.period_bar.show_all_dates()  # reads the list again
        else:
            self.reload()

    def _fill_partners(self) -> None:
        """Every partner (a retired one still has its history), the chosen one kept."""
        chosen = self.partner_combo.currentData()
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("(all partners)"), None)
        for partner in list_partners(self._ctx.db, include_retired=True):
            self.partner_combo.addItem(partner.label, partner.id)
        self.partner_combo.setCurrentIndex(max(self.partner_combo.findData(chosen), 0))
        self.partner_combo.blockSignals(False)

    def apply_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.AGREEMENTS}):
            self.reload()

    def selected(self) -> CoordinationSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, CoordinationSummary) else None

    def select_entry(self, coordination_id: int | None) -> None:
        row = self.model.row_where(lambda r: r.id == coordination_id)
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
            self.open_entry(summary.id)

    def open_entry(self, coordination_id: int) -> None:
        Operation(
            self, self._ctx, lambda action: load_coordination(action.db, coordination_id)
        ).on_success(self._show_record).run()

    def _show_record(self, record: CoordinationRecord) -> None:
        self._show_dialog(record.draft, record)

    def _show_dialog(
        self, draft: CoordinationDraft, record: CoordinationRecord | None = None
    ) -> None:
        self.dialog = CoordinationDialog(self._ctx, draft, self, record)
        self.dialog.open()

    def new_entry(self) -> None:
        """A new entry's form: held today, with the partner the list shows."""
        self._show_dialog(new_draft(self.today, self.partner_combo.currentData()))

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None or not confirm_delete(self):
            return
        Operation(
            self,
            self._ctx,
            lambda action: delete_coordination(
                action, summary.id, expected_version=summary.version
            ),
            title=self.tr("Delete coordination entry"),
        ).run()
