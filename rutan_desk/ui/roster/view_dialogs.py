"""Read-only windows on the roster: a day, a person's month, the fairness of a year."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.formatting import clock, long_date, month_year, short_date
from rutan_desk.services.roster import changes
from rutan_desk.services.roster.views import day_view, fairness, person_month
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.roster.conflict_text import absence_label
from rutan_desk.ui.widgets.background import BackgroundTask
from rutan_desk.ui.widgets.export_roles import EXPORT_KIND_ROLE, EXPORT_ROLE
from rutan_desk.ui.widgets.table_export import export_button


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox()
    buttons.addButton(
        QCoreApplication.translate("ViewDialogs", "Close"), QDialogButtonBox.ButtonRole.RejectRole
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class _NumberItem(QTableWidgetItem):
    """Sorts by number, not by text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(Qt.ItemDataRole.UserRole) or 0) < int(
            other.data(Qt.ItemDataRole.UserRole) or 0
        )


_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


class DayViewDialog(QDialog):
    """Who is on which shift and post on a day, and who is away; "Print" gives the day's piket
    sheet, the paper of one day the posts already use."""

    def __init__(self, ctx: AppContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._day = ctx, day
        self.preview: QDialog | None = None
        self._task: BackgroundTask | None = None
        view = day_view(ctx.db, day)
        self.setWindowTitle(self.tr("Duty on {day}").format(day=long_date(day)))
        layout = QVBoxLayout(self)
        notes = [note for note in (view.holiday, view.alert) if note]
        title = QLabel(f"<b>{long_date(day)}</b>" + (f" — {'; '.join(notes)}" if notes else ""))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Shift / post"), self.tr("People")])
        for shift_day in view.shifts:
            shift = shift_day.shift
            hours = ""
            if shift.start is not None and shift.end is not None:
                hours = f" {clock(shift.start, zone=False)}–{clock(shift.end)}"
            shift_item = QTreeWidgetItem(
                [f"{shift.code} {shift.name}{hours}", str(shift_day.strength)]
            )
            for post in shift_day.posts:
                label = post.post or self.tr("(no post: Karupam, piket)")
                # One name a line: a post of five guards in one line was cut at the edge.
                item = QTreeWidgetItem(shift_item, [label, "\n".join(post.people)])
                item.setTextAlignment(0, _TOP_LEFT)
            self.tree.addTopLevelItem(shift_item)
        if view.absent:
            absent_item = QTreeWidgetItem([self.tr("Absent"), str(len(view.absent))])
            for name, kind in view.absent:
                QTreeWidgetItem(absent_item, [name, f"{kind.code} {absence_label(kind.value)}"])
            self.tree.addTopLevelItem(absent_item)
        self.tree.setAlternatingRowColors(True)  # where one post's names end and the next begin
        self.tree.expandAll()
        layout.addWidget(self.tree)
        buttons = _close_buttons(self)
        self.print_button = buttons.addButton(
            self.tr("&Print piket sheet…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setToolTip(self.tr("The day's piket sheet, to print or save"))
        self.print_button.clicked.connect(self.print_piket_sheet)
        layout.addWidget(buttons)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Both columns as wide as their longest line in the tree's font, the window as wide
        as both (within the screen): no name is cut."""
        self.tree.resizeColumnToContents(0)
        metrics = self.tree.fontMetrics()
        lines = [self.tree.headerItem().text(1)]
        items = QTreeWidgetItemIterator(self.tree)
        while (item := items.value()) is not None:
            lines += item.text(1).split("\n")
            items += 1
        people_width = max(metrics.horizontalAdvance(line) for line in lines) + 24
        self.tree.setColumnWidth(1, people_width)
        wanted = self.tree.columnWidth(0) + people_width + 60
        screen = self.screen().availableGeometry()
        self.resize(min(max(wanted, 480), screen.width() - 40), min(720, screen.height() - 60))

    def print_piket_sheet(self) -> None:
        """The day's piket sheet in the preview, over this window (which stays open)."""
        from rutan_desk.services.documents.sheets import piket_sheet_pdf
        from rutan_desk.ui.documents.preview import DocumentPreview

        day = self._day
        title = self.tr("Piket sheet {day}").format(day=short_date(day))

        def show(pdf: bytes) -> None:
            self.preview = DocumentPreview(pdf, title, self)
            self.preview.open()

        operation = Operation(
            self, self._ctx, lambda action: piket_sheet_pdf(action.db, day), title=title
        )
        self._task = operation.on_success(show).run_in_background(
            self.tr("Preparing the piket sheet…")
        )


class PersonMonthDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        staff_id: int,
        name: str,
        year: int,
        month: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        days = person_month(ctx.db, staff_id, year, month)
        self.setWindowTitle(
            self.tr("{name} — {month}").format(name=name, month=month_year(year, month))
        )
        self.resize(560, 640)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(days), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Code"), self.tr("Post"), self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(days):
            note = ", ".join(
                filter(
                    None,
                    (absence_label(entry.absence.value) if entry.absence else "", entry.holiday),
                )
            )
            for column, text in enumerate(
                (long_date(entry.day), "/".join(entry.codes) or "—", entry.post, note)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        working = sum(1 for entry in days if set(entry.codes) - {"L", "Lb"})
        layout.addWidget(QLabel(self.tr("{count} days on duty this month.").format(count=working)))
        layout.addWidget(_close_buttons(self))


class FairnessDialog(QDialog):
    COLUMNS = 7

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Fairness of duty"))
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _value: self.reload())
        label = QLabel(self.tr("&Year"))
        label.setBuddy(self.year)
        top.addWidget(label)
        top.addWidget(self.year)
        top.addStretch()
        layout.addLayout(top)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Nights"),
                self.tr("Holiday shifts"),
                self.tr("Alert shifts"),
                self.tr("Piket"),
                self.tr("Last Lebaran"),
                self.tr("Last New Year's Eve"),
            ]
        )
        for column in range(1, self.COLUMNS):  # counts, and the years of the last ones
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setData(EXPORT_KIND_ROLE, ColumnKind.INTEGER)
        self.export_button = export_button(
            self,
            ctx,
            self.table,
            "keadilan-jaga",
            self.tr("Fairness of duty"),
            lambda: ["KEADILAN PEMBAGIAN JAGA", f"Tahun {self.year.value()}"],
        )
        top.addWidget(self.export_button)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # By name A→Z at first (Qt's own first order is Z→A); then as the clerk sorts.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table)
        layout.addWidget(_close_buttons(self))
        self.reload()

    def reload(self) -> None:
        rows = fairness(self._ctx.db, self.year.value())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(entry.name))
            values = (
                entry.nights,
                entry.holiday_shifts,
                entry.alert_shifts,
                entry.piket,
                entry.last_lebaran,
                entry.last_new_year_eve,
            )
            for column, value in enumerate(values, start=1):
                item = _NumberItem("—" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, value or 0)
                item.setData(EXPORT_ROLE, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()


class SwapsDialog(QDialog):
    """The swaps of a month; one that should not have happened is undone here."""

    def __init__(
        self, ctx: AppContext, year: int, month: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._span = (date(year, month, 1), date(year + month // 12, month % 12 + 1, 1))
        self.setWindowTitle(self.tr("Swaps in {month}").format(month=month_year(year, month)))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("Days"), self.tr("Reason"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = _close_buttons(self)
        self.undo_button = buttons.addButton(
            self.tr("&Undo the swap"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_selected)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        first, after = self._span
        self.rows = changes.swaps_between(self._ctx.db, first, after - timedelta(days=1))
        self.table.setRowCount(len(self.rows))
        for row, listing in enumerate(self.rows):
            swap = listing.swap
            days = (
                short_date(swap.day_a)
                if swap.day_a == swap.day_b
                else (f"{short_date(swap.day_a)} / {short_date(swap.day_b)}")
            )
            status = self.tr("undone") if listing.undone else self.tr("in force")
            for column, text in enumerate(
                (f"{listing.name_a} ⇄ {listing.name_b}", days, swap.reason, status)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def undo_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows) or self.rows[row].undone:
            return
        swap = self.rows[row].swap
        Operation(
            self,
            self._ctx,
            lambda action: changes.undo_swap(action, swap.id, expected_version=swap.version),
            title=self.tr("Undo the swap"),
        ).on_success(lambda _result: self.reload()).after_failure(
            lambda _error: self.reload()
        ).run()
