"""The searches (penggeledahan) of the Kamtib tab: the searches of a period, newest first, and
under them what they found. Enter opens a search, Ctrl+N files a new one; a chosen finding
opens its incident, and several are destroyed together under one berita acara."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import ChangeSet
from rutan_desk.domain.formatting import clock, short_date
from rutan_desk.domain.searches import FINAL_FATES, SearchKind
from rutan_desk.services.searches.forms import (
    FindingSummary,
    SearchDraft,
    SearchRecord,
    SearchSummary,
)
from rutan_desk.services.searches.queries import findings_between, list_searches, load_search
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.kamtib.finding_actions import (
    DestructionDialog,
    destroy_together,
    finding_text,
    open_finding_incident,
)
from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog
from rutan_desk.ui.kamtib.kamtib_previews import open_destruction_record
from rutan_desk.ui.kamtib.labels import fate_label, finding_item_label, search_kind_label
from rutan_desk.ui.kamtib.lists import PeriodBar
from rutan_desk.ui.kamtib.missing_setup import (
    blocks_fix,
    blocks_missing,
    no_blocks_text,
    no_staff_text,
    staff_fix,
    staff_missing,
)
from rutan_desk.ui.kamtib.search_dialog import SearchDialog
from rutan_desk.ui.messages import message_for
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

WHEN, KIND, JOINT, PLACES, LEADER, FOUND = range(6)
F_DAY, F_ITEM, F_QUANTITY, F_PLACE, F_OWNER, F_FATE, F_INCIDENT = range(7)
EVERYTHING_SINCE = date(2000, 1, 1)  # "all dates": the findings have no open-ended reading


def moment_label(summary: SearchSummary) -> str:
    """``31-01-2024 22.00–23.30``."""
    text = f"{short_date(summary.started_at.date())} {clock(summary.started_at, zone=False)}"
    if summary.ended_at is not None:
        text += f"–{clock(summary.ended_at, zone=False)}"
    return text


class SearchesPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.dialog: SearchDialog | None = None
        self.incident_dialog: IncidentDialog | None = None
        self.preview: DocumentPreview | None = None
        self._preview_operation: object = None  # kept alive while it prepares
        self.model: RecordTableModel[SearchSummary] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self.findings_model: RecordTableModel[FindingSummary] = RecordTableModel(
            self._finding_columns(), self
        )
        self.findings_proxy: RecordSortProxy = sortable_proxy(self.findings_model, self)
        self._findings: list[FindingSummary] = []  # of the period, before "only kept"
        self._build()

    def _columns(self) -> list[Column[SearchSummary]]:
        items = self.tr("{count} items")
        return [
            Column(
                self.tr("When"),
                moment_label,
                sort=lambda r: r.started_at,
                kind=ColumnKind.DATETIME,
                value=lambda r: r.started_at,
            ),
            Column(self.tr("Kind"), lambda r: search_kind_label(r.kind)),
            Column(self.tr("Joint with"), lambda r: ", ".join(r.agencies)),
            Column(self.tr("Places"), lambda r: r.places, tooltip=lambda r: r.places),
            Column(self.tr("Led by"), lambda r: r.leader_name),
            Column(
                self.tr("Findings"),
                lambda r: str(r.findings) if r.findings else "–",
                sort=lambda r: r.findings,
                kind=ColumnKind.INTEGER,
                value=lambda r: r.findings,
                align=Qt.AlignmentFlag.AlignRight,
                tooltip=lambda r: items.format(count=r.items) if r.findings else "",
            ),
        ]

    def _finding_columns(self) -> list[Column[FindingSummary]]:
        return [
            Column(
                self.tr("Found on"),
                lambda r: short_date(r.day),
                sort=lambda r: (r.searched_at, r.id),
                kind=ColumnKind.DATE,
                value=lambda r: r.day,
            ),
            Column(
                self.tr("Item"),
                lambda r: (
                    finding_item_label(r.item) + (f" ({r.description})" if r.description else "")
                ),
            ),
            Column(
                self.tr("Quantity"),
                lambda r: f"{r.quantity} {r.unit}",
                sort=lambda r: r.quantity,
                align=Qt.AlignmentFlag.AlignRight,
            ),
            Column(self.tr("Where"), lambda r: r.place),
            Column(
                self.tr("Owner"),
                lambda r: f"{r.owner_name} ({r.owner_register_number})" if r.owner_id else "",
                tooltip=lambda r: (
                    f"{r.owner_name} ({r.owner_register_number})" if r.owner_id else ""
                ),
            ),
            Column(
                self.tr("Fate"),
                self._fate_text,
                tooltip=lambda r: " · ".join(
                    part for part in (r.disposition.berita_acara, r.disposition.handed_to) if part
                ),
            ),
            Column(self.tr("Incident"), lambda r: r.incident_number),
        ]

    @staticmethod
    def _fate_text(finding: FindingSummary) -> str:
        disposition = finding.disposition
        label = fate_label(disposition.fate)
        return f"{label} {short_date(disposition.on)}" if disposition.on else label

    def _period_lines(self) -> list[str]:
        first, last = self.period_bar.period()
        if first is None or last is None:
            return ["Semua tanggal"]
        return [f"{short_date(first)} s.d. {short_date(last)}"]

    def _build(self) -> None:
        self.period_bar = PeriodBar(self.today)
        self.period_bar.changed.connect(self.reload)
        self.new_button = QPushButton(self.tr("&New search…"))
        self.new_button.setToolTip(self.tr("Record a new search (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_search())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        top = QHBoxLayout()
        top.addWidget(self.period_bar)
        top.addStretch()
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)

        height = self.fontMetrics().height()
        self.table = record_view(self.proxy, height)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(PLACES, QHeaderView.ResizeMode.Stretch)
        open_on_enter(self.table, self.open_selected)

        self.findings_table = record_view(self.findings_proxy, height)
        self.findings_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.findings_table.sortByColumn(F_DAY, Qt.SortOrder.DescendingOrder)
        self.findings_table.horizontalHeader().setSectionResizeMode(
            F_ITEM, QHeaderView.ResizeMode.Stretch
        )
        open_on_enter(self.findings_table, self.open_finding_search)
        self.export_button = export_button(
            self, self._ctx, self.table, "penggeledahan", self.tr("Searches"), self._period_lines
        )
        self.findings_export_button = export_button(
            self,
            self._ctx,
            self.findings_table,
            "temuan",
            self.tr("Findings"),
            self._period_lines,
            text=self.tr("Export &findings…"),
        )
        top.addWidget(self.export_button)
        self.findings_table.selectionModel().selectionChanged.connect(
            lambda _a, _b: self._show_finding_buttons()
        )
        self.kept_only_box = QCheckBox(self.tr("Only items still &kept"))
        self.kept_only_box.setToolTip(self.tr("Hide the items destroyed or handed over"))
        self.kept_only_box.toggled.connect(lambda _on: self._show_findings())
        self.incident_button = QPushButton()
        self.incident_button.clicked.connect(self.open_incident)
        self.destroy_button = QPushButton(self.tr("&Destroy together…"))
        self.destroy_button.setToolTip(
            self.tr("Record the chosen findings as destroyed under one berita acara")
        )
        self.destroy_button.clicked.connect(self.destroy_chosen)
        self.destruction_button = QPushButton(self.tr("&Berita acara pemusnahan…"))
        self.destruction_button.setToolTip(
            self.tr(
                "Print the berita acara of destroying the chosen findings today; issuing it "
                "records them destroyed under its number"
            )
        )
        self.destruction_button.clicked.connect(self.print_destruction)
        self.findings_error = QLabel()
        self.findings_error.setStyleSheet("color: #b00020;")
        self.findings_error.setWordWrap(True)
        findings_bar = QHBoxLayout()
        self.findings_title = QLabel()
        findings_bar.addWidget(self.findings_title)
        findings_bar.addWidget(self.kept_only_box)
        findings_bar.addStretch()
        findings_bar.addWidget(self.incident_button)
        findings_bar.addWidget(self.destroy_button)
        findings_bar.addWidget(self.destruction_button)
        findings_bar.addWidget(self.findings_export_button)
        findings = QWidget()
        findings_layout = QVBoxLayout(findings)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addLayout(findings_bar)
        findings_layout.addWidget(self.findings_table, 1)
        findings_layout.addWidget(self.findings_error)
        self.findings_error.hide()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(findings)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_search())
        self.addAction(new_action)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        self.empty_state = EmptyState(self.table)
        self._set_column_widths()
        self._show_finding_buttons()

    def _set_column_widths(self) -> None:
        for table, model, samples in (
            (
                self.table,
                self.model,
                {
                    WHEN: "00-00-0000 00.00–00.00",
                    KIND: max(
                        (search_kind_label(kind) for kind in SearchKind),
                        key=self.fontMetrics().horizontalAdvance,
                    ),
                    JOINT: "TNI, Polri, BNN",
                    LEADER: "Bambang Sutrisno Wibowo",
                    FOUND: "0000",
                },
            ),
            (
                self.findings_table,
                self.findings_model,
                {
                    F_DAY: "00-00-0000",
                    F_QUANTITY: "00 bungkus",
                    F_PLACE: "Blok B (Narapidana), kamar 00",
                    F_OWNER: "Joko Prasetyo bin Slamet (B.IIa/123/2026)",
                    F_FATE: max(
                        (f"{fate_label(fate)} 00-00-0000" for fate in FINAL_FATES),
                        key=self.fontMetrics().horizontalAdvance,
                    ),
                    F_INCIDENT: "KMT.000/XII/0000",
                },
            ),
        ):
            metrics = table.fontMetrics()
            for column, sample in samples.items():
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
                table.setColumnWidth(column, width + 24)

    # -- the lists ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the searches and the findings of the period, keeping the chosen ones chosen."""
        chosen = self.selected()
        chosen_findings = {f.id for f in self.selected_findings()}
        first, last = self.period_bar.period()
        searches = list_searches(self._ctx.db, first, last)
        self.model.set_rows(searches)
        self._findings = findings_between(
            self._ctx.db, first or EVERYTHING_SINCE, last or self._ctx.today()
        )
        self._show_findings(chosen_findings)
        self.count_label.setText(
            self.tr("{searches} searches, {findings} findings").format(
                searches=len(searches), findings=len(self._findings)
            )
        )
        self.select_search(chosen.id if chosen is not None else None)
        self._show_emptiness(bool(searches))

    def _show_emptiness(self, listed: bool) -> None:
        if listed:
            self.empty_state.clear()
        elif self.period_bar.is_narrowed() and list_searches(self._ctx.db, None, None):
            self.empty_state.show_filtered(
                self.period_bar.show_all_dates, self.tr("No search in this period.")
            )
        else:
            text = self.tr(
                "No search recorded yet. Record each search of the blocks and rooms here, with "
                "what it found; the findings are then listed below."
            )
            fixes = [Fix(self.tr("New search…"), self.new_search)]
            if staff_missing(self._ctx):
                text = f"{text}\n\n{no_staff_text()}"
                fixes.append(staff_fix(self._ctx, self))
            if blocks_missing(self._ctx):
                text = f"{text}\n\n{no_blocks_text()}"
                fixes.append(blocks_fix(self._ctx, self))
            self.empty_state.show_missing(text, fixes)

    def _show_findings(self, chosen: set[int] | None = None) -> None:
        if chosen is None:
            chosen = {f.id for f in self.selected_findings()}
        shown = [
            f
            for f in self._findings
            if not self.kept_only_box.isChecked() or f.disposition.fate not in FINAL_FATES
        ]
        self.findings_model.set_rows(shown)
        self.findings_title.setText(
            "<b>" + self.tr("Findings of the period ({count})").format(count=len(shown)) + "</b>"
        )
        self.select_findings(chosen)
        self._show_finding_buttons()

    def apply_changes(self, changes: ChangeSet) -> None:
        self.reload()

    def selected(self) -> SearchSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RECORD_ROLE)
        return record if isinstance(record, SearchSummary) else None

    def select_search(self, search_id: int | None) -> None:
        row = self.model.row_where(lambda r: r.id == search_id)
        index = (
            self.proxy.mapFromSource(self.model.index(row, 0))
            if row is not None
            else self.proxy.index(0, 0)
        )
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def selected_findings(self) -> list[FindingSummary]:
        """The findings chosen in the list, in the order they were found."""
        rows = self.findings_table.selectionModel().selectedRows()
        found = [index.data(RECORD_ROLE) for index in rows]
        return sorted(
            (f for f in found if isinstance(f, FindingSummary)),
            key=lambda f: (f.searched_at, f.id),
        )

    def select_findings(self, finding_ids: set[int]) -> None:
        selection = QItemSelection()
        for row, finding in enumerate(self.findings_model.records()):
            if finding.id in finding_ids:
                index = self.findings_proxy.mapFromSource(self.findings_model.index(row, 0))
                selection.select(index, index)
        model = self.findings_table.selectionModel()
        model.select(
            selection,
            model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows,
        )

    def _show_finding_buttons(self) -> None:
        chosen = self.selected_findings()
        one = chosen[0] if len(chosen) == 1 else None
        self.incident_button.setEnabled(one is not None)
        self.destroy_button.setEnabled(bool(chosen))
        self.destruction_button.setEnabled(bool(chosen))
        if one is not None and one.incident_id is not None:
            self.incident_button.setText(
                self.tr("Open incident {number}").format(number=one.incident_number)
            )
        else:
            self.incident_button.setText(self.tr("Open an &incident"))
        self.findings_error.hide()

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_search(summary.id)

    def open_search(self, search_id: int) -> None:
        Operation(self, self._ctx, lambda action: load_search(action.db, search_id)).on_success(
            self._show_record
        ).run()

    def open_finding_search(self) -> None:
        """Enter on a finding opens its search, at the finding."""
        chosen = self.selected_findings()
        if chosen:
            self.open_search(chosen[0].search_id)

    def _show_record(self, record: SearchRecord) -> None:
        self._show_dialog(record.draft, record)

    def _show_dialog(self, draft: SearchDraft, record: SearchRecord | None = None) -> None:
        self.dialog = SearchDialog(self._ctx, draft, self, record)
        self.dialog.open()

    def new_search(self) -> None:
        """A new search's form: routine, begun now."""
        now = self._ctx.action().wib_now().replace(second=0, microsecond=0, tzinfo=None)
        self._show_dialog(SearchDraft(kind=SearchKind.RUTIN, started_at=now, leader_id=None))

    def open_incident(self) -> None:
        """The chosen finding opens its incident in one step (or shows the one it opened)."""
        chosen = self.selected_findings()
        if len(chosen) != 1:
            return
        finding = chosen[0]
        self.incident_dialog = open_finding_incident(
            self,
            self._ctx,
            finding.id,
            finding.incident_id,
            opened=self.reload,
            refused=self._show_refusal,
        )

    def _show_refusal(self, error: object) -> None:
        errors = getattr(error, "errors", [])
        self.findings_error.setText("\n".join(message_for(e) for e in errors))
        self.findings_error.setVisible(bool(errors))

    def _kept_chosen(self, title: str) -> list[FindingSummary]:
        """The chosen findings, if all are still kept (else says so and gives none)."""
        chosen = self.selected_findings()
        gone = [f for f in chosen if f.disposition.fate in FINAL_FATES]
        if gone:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "{count} of the chosen items are already destroyed or handed over: choose "
                    "the items still kept."
                ).format(count=len(gone)),
            )
            return []
        return chosen

    def print_destruction(self) -> None:
        """The berita acara of destroying the chosen findings on the day the clerk gives, with
        its witnesses; numbered from the register when issued (which records them destroyed
        under that number)."""
        chosen = self._kept_chosen(self.tr("Berita acara pemusnahan"))
        if not chosen:
            return

        asked = DestructionDialog(len(chosen), self.today, self)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return

        def opened(preview: DocumentPreview) -> None:
            self.preview = preview
            preview.issued.connect(lambda _document: self.reload())

        self._preview_operation = open_destruction_record(
            self._ctx,
            {f.id: f.search_version for f in chosen},
            asked.day(),
            self,
            opened,
            asked.chosen_witnesses(),
        )

    def destroy_chosen(self) -> None:
        """The chosen findings destroyed together under one berita acara."""
        chosen = self._kept_chosen(self.tr("Destroy together"))
        if not chosen:
            return
        destroy_together(
            self,
            self._ctx,
            {f.id: f.search_version for f in chosen},
            [finding_text(f.item, f.description, f.quantity, f.unit) for f in chosen],
            done=self.reload,
        )
