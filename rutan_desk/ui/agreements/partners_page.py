"""The partner institutions of the Kerja Sama tab, by name, with the number of agreements each
is a party to. A partner is retired, never deleted (what names it keeps it): retired ones are
hidden, or shown greyed when asked. Enter opens one, Ctrl+N adds one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.services.agreements.forms import PartnerDraft, PartnerRecord, PartnerSummary
from rutan_desk.services.agreements.partners import (
    list_partners,
    load_partner,
    set_partner_retired,
)
from rutan_desk.ui.agreements.partner_dialog import PartnerDialog
from rutan_desk.ui.context import AppContext
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

NAME, SHORT_NAME, PHONE, AGREEMENTS, STATE = range(5)


class PartnersPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.dialog: PartnerDialog | None = None
        self._retired_colour = self.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        self.model: RecordTableModel[PartnerSummary] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._build()

    def _greyed(self, partner: PartnerSummary) -> QColor | None:
        return self._retired_colour if partner.retired else None

    def _columns(self) -> list[Column[PartnerSummary]]:
        return [
            Column(
                self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.name, colour=self._greyed
            ),
            Column(self.tr("Short name"), lambda r: r.short_name, colour=self._greyed),
            Column(self.tr("Phone"), lambda r: r.phone, colour=self._greyed),
            Column(
                self.tr("Agreements"),
                lambda r: str(r.agreements),
                sort=lambda r: r.agreements,
                align=Qt.AlignmentFlag.AlignRight,
                colour=self._greyed,
            ),
            Column(
                self.tr("State"),
                lambda r: self.tr("retired") if r.retired else "",
                colour=self._greyed,
            ),
        ]

    def _build(self) -> None:
        self.retired_box = QCheckBox(self.tr("Show &retired"))
        self.retired_box.setToolTip(self.tr("Partners no longer offered, shown greyed"))
        self.retired_box.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton(self.tr("&New partner…"))
        self.new_button.setToolTip(self.tr("Add a partner institution (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_partner())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.retire_button.clicked.connect(self.toggle_retired)
        top = QHBoxLayout()
        top.addWidget(self.retired_box)
        top.addStretch()
        for button in (self.new_button, self.open_button, self.retire_button):
            top.addWidget(button)

        self.table = record_view(self.proxy, self.fontMetrics().height())
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self._set_column_widths()
        open_on_enter(self.table, self.open_selected)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda _now, _before: self._show_selection())
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_partner())
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
            SHORT_NAME: "Pemda Kab. Blora",
            PHONE: "(0296) 531 000",
            AGREEMENTS: "00",
            STATE: self.tr("retired"),
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            self.table.setColumnWidth(column, width + 24)

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the partners (with the retired ones when asked), keeping the chosen one."""
        chosen = self.selected()
        partners = list_partners(self._ctx.db, include_retired=self.retired_box.isChecked())
        self.model.set_rows(partners)
        self.count_label.setText(self.tr("{count} partners").format(count=len(partners)))
        self.select_partner(chosen.id if chosen is not None else None)
        self._show_selection()
        if partners or self.retired_box.isChecked():
            retired = False
        else:
            retired = bool(list_partners(self._ctx.db, include_retired=True))
        self.empty_state.show_when_empty(
            shown=len(partners),
            filtered=retired,
            clear=lambda: self.retired_box.setChecked(True),
            filtered_message=self.tr(
                "Every partner is retired; show the retired ones to see them."
            ),
            missing=self.tr(
                "No partner yet. Add the institutions the Rutan works with (Polres, Kodim, "
                "Pemda, BNN…): agreements and meetings name them."
            ),
            fixes=[Fix(self.tr("New partner…"), self.new_partner)],
        )

    def apply_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.AGREEMENTS}):
            self.reload()

    def selected(self) -> PartnerSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, PartnerSummary) else None

    def select_partner(self, partner_id: int | None) -> None:
        row = self.model.row_where(lambda r: r.id == partner_id)
        index = (
            self.proxy.mapFromSource(self.model.index(row, 0))
            if row is not None
            else self.proxy.index(0, 0)
        )
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def _show_selection(self) -> None:
        """Retire or Restore, as the chosen partner is."""
        partner = self.selected()
        self.open_button.setEnabled(partner is not None)
        self.retire_button.setEnabled(partner is not None)
        if partner is not None and partner.retired:
            self.retire_button.setText(self.tr("Re&store"))
            self.retire_button.setToolTip(self.tr("Offer this partner again"))
        else:
            self.retire_button.setText(self.tr("Re&tire"))
            self.retire_button.setToolTip(
                self.tr("No longer offered for new agreements and meetings; its records stay")
            )

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_partner(summary.id)

    def open_partner(self, partner_id: int) -> None:
        Operation(self, self._ctx, lambda action: load_partner(action.db, partner_id)).on_success(
            self._show_record
        ).run()

    def _show_record(self, record: PartnerRecord) -> None:
        self._show_dialog(record.draft, record)

    def _show_dialog(self, draft: PartnerDraft, record: PartnerRecord | None = None) -> None:
        self.dialog = PartnerDialog(self._ctx, draft, self, record)
        self.dialog.open()

    def new_partner(self) -> None:
        self._show_dialog(PartnerDraft(name=""))

    def toggle_retired(self) -> None:
        """Retire the chosen partner, or bring a retired one back."""
        partner = self.selected()
        if partner is None:
            return
        Operation(
            self,
            self._ctx,
            lambda action: set_partner_retired(
                action, partner.id, not partner.retired, expected_version=partner.version
            ),
            title=self.tr("Restore partner") if partner.retired else self.tr("Retire partner"),
        ).run()
