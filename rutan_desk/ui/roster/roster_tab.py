"""Tab "Jadwal Jaga": the month grid of the roster, edited by keyboard, with its conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.formatting import month_year, short_date
from rutan_desk.domain.roster_rules import Conflict
from rutan_desk.services.database import Database
from rutan_desk.services.readiness import readiness
from rutan_desk.services.roster import generation, grid
from rutan_desk.services.roster.changes import (
    Gap,
    Proposal,
    SwapRecord,
    assign_replacement,
    propose_replacements,
    undo_swap,
)
from rutan_desk.services.roster.checks import HardRuleError
from rutan_desk.services.roster.grid import CellEdit, GridPerson
from rutan_desk.services.roster.history import HistoryEditError
from rutan_desk.services.roster.queries import month_days
from rutan_desk.services.table_export import ExportTable
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.roster.absence_dialog import AbsenceDialog, ReplacementDialog
from rutan_desk.ui.roster.code_delegate import CodeDelegate
from rutan_desk.ui.roster.conflict_text import describe, severity
from rutan_desk.ui.roster.duty_dialog import DutyDialog, everyone_active
from rutan_desk.ui.roster.history_text import ask_correction_reason, history_text
from rutan_desk.ui.roster.month_model import RosterMonthModel, legend_html
from rutan_desk.ui.roster.readiness_text import missing_text, setup_fixes
from rutan_desk.ui.roster.sheet_dialog import RosterSheetDialog
from rutan_desk.ui.roster.swap_dialog import SwapDialog
from rutan_desk.ui.roster.view_dialogs import (
    DayViewDialog,
    FairnessDialog,
    PersonMonthDialog,
    SwapsDialog,
)
from rutan_desk.ui.widgets.background import BackgroundTask
from rutan_desk.ui.widgets.empty_state import EmptyState, Fix
from rutan_desk.ui.widgets.table_export import table_export_button

NAMES_WIDTH = 200
# A change of more cells than this (planning a month) reads the month again instead.
MAX_CELLS_UPDATED_IN_PLACE = 200


class RosterTab(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        today = today or ctx.today()
        self.year, self.month = today.year, today.month
        self.model = RosterMonthModel(self)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.undo_stack: list[CellEdit | SwapRecord] = []
        self.conflicts: tuple[Conflict, ...] = ()
        self._task: BackgroundTask | None = None
        self.preview: QWidget | None = None
        self._build()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()  # the month and what is shown
        actions = QHBoxLayout()  # what the clerk does to it
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous month (Ctrl+PgUp)"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next month (Ctrl+PgDown)"))
        # The month is chosen directly (a year back is not 12 presses of Ctrl+PgUp).
        self.month_combo = QComboBox()
        for number in range(1, 13):
            self.month_combo.addItem(month_year(2000, number).split()[0], number)
        self.month_combo.setToolTip(self.tr("The month shown"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setToolTip(self.tr("The year shown"))
        self.month_combo.activated.connect(lambda _index: self._month_chosen())
        # Only whole years in range are values: typing "2024" shows 2024, not 2, 20, 202.
        self.year_spin.valueChanged.connect(lambda _year: self._month_chosen())
        self.previous_button.clicked.connect(lambda: self.show_month_offset(-1))
        self.next_button.clicked.connect(lambda: self.show_month_offset(1))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("MMM") + 16)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.month_combo)
        bar.addWidget(self.year_spin)
        bar.addWidget(self.next_button)
        self.group_filter = QComboBox()
        self.group_filter.setMinimumContentsLength(12)
        self.group_filter.currentIndexChanged.connect(
            lambda: self._apply_filter(self.group_filter.currentData())
        )
        filter_label = QLabel(self.tr("&Group"))
        filter_label.setBuddy(self.group_filter)
        bar.addSpacing(16)
        bar.addWidget(filter_label)
        bar.addWidget(self.group_filter)
        self.post_filter = QComboBox()
        self.post_filter.setMinimumContentsLength(10)
        self.post_filter.currentIndexChanged.connect(self._apply_post_filter)
        post_label = QLabel(self.tr("P&ost"))
        post_label.setBuddy(self.post_filter)
        bar.addWidget(post_label)
        bar.addWidget(self.post_filter)
        bar.addStretch()
        self.legend = QLabel()
        self.absence_button = QPushButton(self.tr("A&bsence…"))
        self.absence_button.setToolTip(self.tr("Record an absence and find replacements (Ctrl+B)"))
        self.absence_button.clicked.connect(self.record_absence)
        actions.addWidget(self.absence_button)
        self.add_duty_button = QPushButton(self.tr("A&dd to shift…"))
        self.add_duty_button.setToolTip(
            self.tr("Put staff on piket or external personnel on a shift (Ctrl+N)")
        )
        self.add_duty_button.clicked.connect(self.add_duty)
        actions.addWidget(self.add_duty_button)
        self.swap_button = QPushButton(self.tr("S&wap…"))
        self.swap_button.setToolTip(self.tr("Swap the selected cell with someone (Ctrl+T)"))
        self.swap_button.clicked.connect(self.swap_current_cell)
        actions.addWidget(self.swap_button)
        self.views_button = QToolButton()
        self.views_button.setText(self.tr("&View"))
        self.views_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        views = QMenu(self.views_button)
        day_action = views.addAction(self.tr("The selected &day (Ctrl+D)"))
        day_action.triggered.connect(self.show_day)
        person_action = views.addAction(self.tr("The selected &person's month (Ctrl+E)"))
        person_action.triggered.connect(self.show_person_month)
        swaps_action = views.addAction(self.tr("&Swaps this month…"))
        swaps_action.triggered.connect(self.show_swaps)
        fairness_action = views.addAction(self.tr("&Fairness of the year…"))
        fairness_action.triggered.connect(self.show_fairness)
        self.views_button.setMenu(views)
        bar.addWidget(self.views_button)
        self.settings_button = QToolButton()
        self.settings_button.setText(self.tr("Se&ttings"))
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        settings_menu = QMenu(self.settings_button)
        self.setup_action = settings_menu.addAction(self.tr("&Regu, members, patterns and posts…"))
        self.setup_action.triggered.connect(self.edit_setup)
        rules_action = settings_menu.addAction(self.tr("Shift &codes, rules and piket…"))
        rules_action.triggered.connect(self.edit_settings)
        self.settings_button.setMenu(settings_menu)
        bar.addWidget(self.settings_button)
        self.calendar_button = QPushButton(self.tr("&Calendar…"))
        self.calendar_button.setToolTip(self.tr("Holidays and alert periods"))
        self.calendar_button.clicked.connect(self.edit_calendar)
        bar.addWidget(self.calendar_button)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("P&rint"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        self.month_sheet_action = print_menu.addAction(self.tr("&Roster sheet of the month…"))
        self.month_sheet_action.triggered.connect(self.print_month_sheet)
        # Ctrl+P prints the month from anywhere in the tab, and the menu says so.
        self.month_sheet_action.setShortcut(QKeySequence.StandardKey.Print)
        self.month_sheet_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.month_sheet_action)
        self.piket_sheet_action = print_menu.addAction(
            self.tr("Daily &piket sheet of the selected day…")
        )
        self.piket_sheet_action.triggered.connect(self.print_piket_sheet)
        self.duty_order_action = print_menu.addAction(
            self.tr("&Duty order (Surat Perintah) for the selected day…")
        )
        self.duty_order_action.triggered.connect(self.make_duty_order)
        self.print_button.setMenu(print_menu)
        actions.addWidget(self.print_button)
        self.generate_button = QPushButton(self.tr("&Plan this month…"))
        self.generate_button.clicked.connect(self.generate_month)
        actions.addWidget(self.generate_button)
        self.export_button = table_export_button(
            self, self._ctx, self.month_export_table, "jadwal-jaga"
        )
        self.export_button.setToolTip(
            self.tr("Save the month as shown (the group and post chosen) for Excel: .xlsx or .csv")
        )
        actions.addWidget(self.export_button)
        layout.addLayout(bar)
        actions.addStretch()
        layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(CodeDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setWordWrap(False)
        # Fixed sizes: no measuring of thousands of cells, so the grid scrolls smoothly.
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A whole month (31 days) and the names fit an office screen of 1366 pixels.
        metrics = self.fontMetrics()
        columns.setDefaultSectionSize(
            max(metrics.horizontalAdvance("Kam"), metrics.horizontalAdvance("WW")) + 6
        )
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 6)
        rows.setFixedWidth(NAMES_WIDTH)
        columns.sectionDoubleClicked.connect(self._day_header_double_clicked)
        rows.sectionDoubleClicked.connect(self._person_header_double_clicked)
        splitter.addWidget(self.table)
        self.empty_state = EmptyState(self.table)

        conflicts_box = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        self.conflicts_label = QLabel()
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.conflicts_label)
        legend_row.addStretch()
        legend_row.addWidget(self.legend)
        self.conflicts_list = QListWidget()
        self.conflicts_list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.conflicts_list.itemActivated.connect(self._go_to_conflict)
        conflicts_layout.addLayout(legend_row)
        conflicts_layout.addWidget(self.conflicts_list)
        splitter.addWidget(conflicts_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self._show_conflicts_list(False)
        layout.addWidget(splitter)

        self._action(QKeySequence.StandardKey.Undo, self.undo, self.table)
        self._action(QKeySequence(Qt.Key.Key_Delete), self.clear_current_cell, self.table)
        self._action(QKeySequence("Ctrl+B"), self.record_absence, self)
        self._action(QKeySequence("Ctrl+N"), self.add_duty, self)
        self._action(QKeySequence("Ctrl+K"), self.pin_current_cell, self.table)
        self._action(QKeySequence("Ctrl+D"), self.show_day, self)
        self._action(QKeySequence("Ctrl+E"), self.show_person_month, self)
        self._action(QKeySequence("Ctrl+T"), self.swap_current_cell, self)
        self._action(QKeySequence("Ctrl+PgUp"), lambda: self.show_month_offset(-1), self)
        self._action(QKeySequence("Ctrl+PgDown"), lambda: self.show_month_offset(1), self)

    def _action(
        self, keys: QKeySequence | QKeySequence.StandardKey, slot: object, owner: QWidget
    ) -> None:
        action = QAction(owner)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.table.currentIndex()
        month = grid.load_month(self._ctx.db, self.year, self.month)
        self.model.set_grid(month)
        self.month_combo.setCurrentIndex(self.month - 1)
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(self.year)
        self.year_spin.blockSignals(False)
        self._fill_groups(month.group_order)
        self._fill_posts()
        self._apply_spans()
        self._show_emptiness()
        self.conflicts_list.clear()
        self.conflicts_label.setText(self.tr("Checking the rules…"))
        # The month is painted first; the rules are checked on the next turn of the event loop.
        shown = (self.year, self.month)
        QTimer.singleShot(0, lambda: self._load_conflicts(shown))
        self.legend.setText(legend_html(month))
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    def _fill_groups(self, groups: tuple[str, ...]) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("Everyone"), None)
        for group in groups:
            self.group_filter.addItem(group, group)
        self.group_filter.setCurrentIndex(max(self.group_filter.findData(current), 0))
        self.group_filter.blockSignals(False)
        self.model.set_group_filter(self.group_filter.currentData())

    def _fill_posts(self) -> None:
        current = self.post_filter.currentData()
        self.post_filter.blockSignals(True)
        self.post_filter.clear()
        self.post_filter.addItem(self.tr("All posts"), None)
        for name in self.model.post_names():
            self.post_filter.addItem(name, name)
        self.post_filter.setCurrentIndex(max(self.post_filter.findData(current), 0))
        self.post_filter.blockSignals(False)
        self.model.set_post_filter(self.post_filter.currentData())

    def _apply_post_filter(self) -> None:
        self.model.set_post_filter(self.post_filter.currentData())
        self._apply_spans()
        self._show_emptiness()

    def _apply_filter(self, group: str | None) -> None:
        self.model.set_group_filter(group)
        self._apply_spans()
        self._show_emptiness()

    # -- an empty month -------------------------------------------------------------------
    def _is_planned(self) -> bool:
        month = self.model.grid
        return month is not None and bool(month.cells)

    def _show_emptiness(self) -> None:
        """An unplanned month says why (what the set-up still lacks, or that it is not
        planned yet) with the button that fixes it; a filter that hides everyone says so."""
        month = self.model.grid
        if month is None:
            return
        if self._is_planned():
            if self.model.rowCount() == 0 and month.people:
                self.empty_state.show_filtered(self.clear_filters)
            else:
                self.empty_state.clear()
            return
        ready = readiness(self._ctx.db, on=month.days[0])
        if ready.missing_for_roster:
            self.empty_state.show_missing(missing_text(ready), setup_fixes(self._ctx, self, ready))
            return
        self.empty_state.show_missing(
            self.tr(
                "{month} is not planned yet. Plan it from the regu rotations, or type the "
                "shifts by hand."
            ).format(month=month_year(self.year, self.month)),
            [
                Fix(self.tr("Plan the month…"), self.generate_month),
                Fix(self.tr("Type by hand"), self._type_by_hand),
            ],
        )

    def _type_by_hand(self) -> None:
        self.empty_state.clear()
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def clear_filters(self) -> None:
        """Show everyone of the month: every group, every post."""
        for combo in (self.group_filter, self.post_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.model.set_group_filter(None)
        self._apply_post_filter()

    def _apply_spans(self) -> None:
        self.table.clearSpans()
        columns = self.model.columnCount()
        for row in self.model.group_rows():
            self.table.setSpan(row, 0, 1, columns)

    def _load_conflicts(self, month: tuple[int, int]) -> None:
        if month != (self.year, self.month) or self.model.grid is None:
            return  # the clerk has already moved on to another month
        self.conflicts = grid.month_conflicts(self._ctx.db, *month)
        self.model.set_conflicts(self.conflicts)
        self._fill_conflicts()

    def _fill_conflicts(self) -> None:
        month = self.model.grid
        self.conflicts_list.clear()
        if month is None:
            return
        names = {person.id: person.name for person in month.people}
        posts = dict(grid.posts(self._ctx.db)) if self.conflicts else {}
        for conflict in self.conflicts:
            text = f"{severity(conflict)} — {describe(conflict, names, posts)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            self.conflicts_list.addItem(item)
        if self.conflicts:
            self.conflicts_label.setText(
                self.tr("{count} conflicts this month").format(count=len(self.conflicts))
            )
        elif not self._is_planned():
            self.conflicts_label.setText(self.tr("This month is not planned yet."))
        else:
            self.conflicts_label.setText(self.tr("No conflicts this month."))
        self._show_conflicts_list(bool(self.conflicts))

    def _show_conflicts_list(self, shown: bool) -> None:
        """The list of conflicts takes room only when there are some: a month without any
        gives the grid every row the screen has."""
        self.conflicts_list.setVisible(shown)
        line = self.fontMetrics().height()
        below = line * 9 if shown else line + 8
        self.splitter.setSizes([max(self.splitter.height() - below, 200), below])

    def _month_chosen(self) -> None:
        chosen = (self.year_spin.value(), int(self.month_combo.currentData()))
        if chosen != (self.year, self.month):
            self.show_month(*chosen)

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.reload()

    def show_month_offset(self, offset: int) -> None:
        index = self.year * 12 + (self.month - 1) + offset
        self.show_month(index // 12, index % 12 + 1)

    def apply_changes(self, changes: ChangeSet) -> None:
        """A change of a few roster cells updates just those cells and checks the rules of the
        days they reach again; anything else (planning, absences, setup, staff, calendar) reads
        the month again."""
        cells = changes.roster_cells
        month = self.model.grid
        if (
            month is None
            or not changes.only({Area.ROSTER})
            or cells is None
            or len(cells) > MAX_CELLS_UPDATED_IN_PLACE
        ):
            self.reload()
            return
        shown = [(person_id, day) for person_id, day in cells if day in month.days]
        if not shown:
            return
        if not self.model.update_cells(grid.load_cells(self._ctx.db, shown)):
            self.reload()
            return
        checked = grid.recheck(self._ctx.db, shown, (month.days[0], month.days[-1]))
        kept = tuple(c for c in self.conflicts if not checked.replaces(c))
        self.conflicts = tuple(sorted((*kept, *checked.conflicts), key=lambda c: c.day))
        self.model.set_conflicts(self.conflicts)
        self._fill_conflicts()

    def _go_to_conflict(self, item: QListWidgetItem) -> None:
        conflict = item.data(Qt.ItemDataRole.UserRole)
        for person_id in conflict.person_ids:
            index = self.model.index_of(person_id, conflict.day)
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.setFocus()
                return

    # -- editing --------------------------------------------------------------------------
    def _on_edit_requested(self, staff_id: int, day: date, text: str | None) -> None:
        code = None if text is None else (self.model.known_code(text) or text)
        # Saved once the editor has closed: the saved cell is then shown, which must not happen
        # while the view is still committing the editor's text.
        QTimer.singleShot(0, lambda: self.save_cell(staff_id, day, code))

    def _codes_shown(self, staff_id: int, day: date) -> tuple[str, ...]:
        month = self.model.grid
        cells = month.cells.get((staff_id, day), ()) if month is not None else ()
        return tuple(cell.code for cell in cells)

    def save_cell(self, staff_id: int, day: date, code: str | None, reason: str = "") -> None:
        """Save one cell, as the clerk saw it; a hard rule asks for the reason to override
        (the save is then made again with it), anything else refused is explained."""
        expected = self._codes_shown(staff_id, day)
        Operation(
            self,
            self._ctx,
            lambda action: grid.set_cell(
                action, staff_id, day, code, override_reason=reason, expected=expected
            ),
            title=self.tr("Roster"),
        ).on_error(
            HardRuleError, lambda error: self._override(error, staff_id, day, code)
        ).on_error(
            HistoryEditError, lambda error: self._correct_history(error, staff_id, day, code)
        ).on_success(self.undo_stack.append).run()

    def _override(self, error: HardRuleError, staff_id: int, day: date, code: str | None) -> None:
        reason = self._ask_override_reason(error)
        if reason:
            self.save_cell(staff_id, day, code, reason)

    def _correct_history(
        self, error: HistoryEditError, staff_id: int, day: date, code: str | None
    ) -> None:
        reason = ask_correction_reason(self, error)
        if reason:
            self.save_cell(staff_id, day, code, reason)

    def _ask_override_reason(self, error: HardRuleError) -> str:
        month = self.model.grid
        names = {p.id: p.name for p in month.people} if month else {}
        posts = dict(grid.posts(self._ctx.db))
        problems = "\n".join(f"• {describe(c, names, posts)}" for c in error.conflicts)
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Rule broken"),
            self.tr(
                "This change breaks a rule:\n{problems}\n\nTo save it anyway, give the "
                "reason (it is recorded):"
            ).format(problems=problems),
            QLineEdit.EchoMode.Normal,
            "",
        )
        return reason.strip() if ok else ""

    def clear_current_cell(self) -> None:
        index = self.table.currentIndex()
        person = self.model.person_at(index.row()) if index.isValid() else None
        day = self.model.day_at(index.column()) if index.isValid() else None
        if person is not None and day is not None:
            self.save_cell(person.id, day, None)

    def undo(self) -> None:
        """Ctrl+Z: take back the last typed cell or swap of this session (refused, and kept
        on the stack, when someone changed that cell since)."""
        if not self.undo_stack:
            return
        change = self.undo_stack.pop()
        if isinstance(change, SwapRecord):
            swap = change
            staff_id, day = swap.staff_a, swap.day_a
            operation = Operation(
                self,
                self._ctx,
                lambda action: undo_swap(action, swap.id, expected_version=swap.version),
            )
        else:
            edit = change
            staff_id, day = edit.staff_id, edit.day
            operation = Operation(self, self._ctx, lambda action: grid.restore_cell(action, edit))
        if operation.on_success(lambda _result: self._go_to(staff_id, day)).run():
            return
        self.undo_stack.append(change)

    def _go_to(self, staff_id: int, day: date) -> None:
        index = self.model.index_of(staff_id, day)
        if index.isValid():
            self.table.setCurrentIndex(index)

    # -- absences and swaps ---------------------------------------------------------------
    def _current_cell(self) -> tuple[GridPerson | None, date | None]:
        index = self.table.currentIndex()
        if not index.isValid():
            return None, None
        return self.model.person_at(index.row()), self.model.day_at(index.column())

    def record_absence(self) -> None:
        month = self.model.grid
        if month is None:
            return
        person, day = self._current_cell()
        dialog = AbsenceDialog(
            self._ctx, month.people, person.id if person else None, day or month.days[0], self
        )
        if not dialog.exec():
            return
        names = {p.id: p.name for p in month.people}
        for gap in dialog.gaps:

            def propose(include_officials: bool, gap: Gap = gap) -> list[Proposal]:
                return propose_replacements(self._ctx.db, gap, include_officials=include_officials)

            chooser = ReplacementDialog(
                gap, names.get(gap.staff_id, ""), propose(False), self, propose=propose
            )
            if not chooser.exec():
                continue
            chosen = chooser.chosen()
            if chosen is not None:
                self._replace(gap, chosen)

    def _replace(self, gap: Gap, chosen: Proposal) -> None:
        Operation(
            self,
            self._ctx,
            lambda action: assign_replacement(action, gap, chosen.staff_id),
            title=self.tr("Replacement"),
        ).on_error(HardRuleError, lambda _error: self._replacement_taken(chosen.name)).run()

    def _replacement_taken(self, name: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Replacement"),
            self.tr("The roster changed meanwhile; {name} can no longer take this shift.").format(
                name=name
            ),
        )

    def add_duty(self) -> None:
        month = self.model.grid
        if month is None:
            return
        _, day = self._current_cell()
        dialog = DutyDialog(self._ctx, everyone_active(self._ctx), day or month.days[0], self)
        if dialog.exec() and dialog.edit is not None:
            self.undo_stack.append(dialog.edit)

    def pin_current_cell(self) -> None:
        """Ctrl+K: keep this generated cell when the month is planned again."""
        person, day = self._current_cell()
        if person is None or day is None:
            return
        staff_id = person.id
        Operation(self, self._ctx, lambda action: grid.pin_cell(action, staff_id, day)).on_success(
            self._pinned
        ).run()

    def _pinned(self, edit: CellEdit) -> None:
        if edit.before != edit.after:
            self.undo_stack.append(edit)

    def swap_current_cell(self) -> None:
        month = self.model.grid
        person, day = self._current_cell()
        if month is None or person is None or day is None:
            return

        def code_of(staff_id: int, when: date) -> str:
            cells = month.cells.get((staff_id, when), ())
            return "/".join(cell.code for cell in cells)

        dialog = SwapDialog(self._ctx, month.people, person, day, code_of, self)
        if dialog.exec() and dialog.swap is not None:
            self.undo_stack.append(dialog.swap)

    def _day_header_double_clicked(self, column: int) -> None:
        day = self.model.day_at(column)
        if day is not None:
            DayViewDialog(self._ctx, day, self).exec()

    def _person_header_double_clicked(self, row: int) -> None:
        person = self.model.person_at(row)
        if person is not None:
            PersonMonthDialog(self._ctx, person.id, person.name, self.year, self.month, self).exec()

    def show_day(self) -> None:
        _, day = self._current_cell()
        month = self.model.grid
        if month is not None:
            DayViewDialog(self._ctx, day or month.days[0], self).exec()

    def show_person_month(self) -> None:
        person, _ = self._current_cell()
        if person is not None:
            PersonMonthDialog(self._ctx, person.id, person.name, self.year, self.month, self).exec()

    def show_swaps(self) -> None:
        SwapsDialog(self._ctx, self.year, self.month, self).exec()

    def month_export_table(self) -> ExportTable:
        """The month's grid as shown, for a file (the codes as text, a row per person)."""
        lines = ["JADWAL JAGA", month_year(self.year, self.month)]
        group, post = self.group_filter.currentData(), self.post_filter.currentData()
        if group:
            lines.append(str(group))
        if post:
            lines.append(f"Pos: {post}")
        return self.model.export_table(month_year(self.year, self.month), tuple(lines))

    def show_fairness(self) -> None:
        FairnessDialog(self._ctx, self.year, self).exec()

    def edit_settings(self) -> None:
        from rutan_desk.ui.roster.settings_dialog import RosterSettingsDialog

        RosterSettingsDialog(self._ctx, self).exec()

    def edit_setup(self) -> None:
        from rutan_desk.ui.roster.setup_dialog import RosterSetupDialog

        RosterSetupDialog(self._ctx, self).exec()

    def edit_calendar(self) -> None:
        from rutan_desk.ui.roster.calendar_dialog import CalendarDialog

        CalendarDialog(self._ctx, self.year, self).exec()

    # -- documents ------------------------------------------------------------------------
    def _selected_day(self) -> date:
        _, day = self._current_cell()
        month = self.model.grid
        return day or (month.days[0] if month is not None else date(self.year, self.month, 1))

    def _preview(self, label: str, title: str, render: Callable[[Database], bytes]) -> None:
        """Render a document off the GUI thread and open it in the preview; a failure is shown
        (and logged) by the operation runner."""
        from rutan_desk.ui.documents.preview import DocumentPreview

        def show(pdf: bytes) -> None:
            self.preview = DocumentPreview(pdf, title, self)
            self.preview.show()

        operation = Operation(self, self._ctx, lambda action: render(action.db), title=title)
        self._task = operation.on_success(show).run_in_background(label)

    def print_month_sheet(self) -> None:
        """Ask for the date under the signatures, then preview the month's sheet."""
        from rutan_desk.services.documents.sheets import roster_sheet_date

        year, month = self.year, self.month
        dialog = RosterSheetDialog(year, month, roster_sheet_date(self._ctx.db, year, month), self)
        if dialog.exec():
            self.preview_month_sheet(dialog.made_on)

    def preview_month_sheet(self, made_on: date) -> None:
        from rutan_desk.services.documents.sheets import roster_sheet_pdf

        year, month = self.year, self.month
        self._preview(
            self.tr("Preparing the roster sheet…"),
            self.tr("Roster sheet {month}").format(month=month_year(year, month)),
            lambda db: roster_sheet_pdf(db, year, month, made_on=made_on),
        )

    def print_piket_sheet(self) -> None:
        from rutan_desk.services.documents.sheets import piket_sheet_pdf

        day = self._selected_day()
        self._preview(
            self.tr("Preparing the piket sheet…"),
            self.tr("Piket sheet {day}").format(day=short_date(day)),
            lambda db: piket_sheet_pdf(db, day),
        )

    def make_duty_order(self) -> None:
        from rutan_desk.ui.documents.duty_order_dialog import DutyOrderDialog

        DutyOrderDialog(self._ctx, self._selected_day(), self).exec()

    # -- generation -----------------------------------------------------------------------
    def generate_month(self) -> None:
        days = month_days(self.year, self.month)
        answer = QMessageBox.question(
            self,
            self.tr("Plan the roster"),
            self.tr(
                "Plan {month} from the regu rotations? Cells typed or pinned by hand are "
                "kept, and so are the days that have passed, were handed over or are in an "
                "issued duty order; every other cell of the month is planned again."
            ).format(month=month_year(self.year, self.month)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        operation = Operation(
            self,
            self._ctx,
            lambda action: generation.generate_period(action, days[0], days[-1]),
            title=self.tr("Plan the roster"),
        )
        self._task = operation.on_success(self._show_planned).run_in_background(
            self.tr("Planning the roster…")
        )

    def _show_planned(self, summary: generation.GenerationSummary) -> None:
        """Say which days planning left alone, and why: the clerk expected the whole month."""
        if summary.history:
            QMessageBox.information(self, self.tr("Plan the roster"), history_text(summary.history))

    def focus_cell(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.table.setFocus()
