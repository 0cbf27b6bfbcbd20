"""The roster's steps of the first-day assistant: the regu with their Karupam, the shift scheme,
the posts, the holidays, and the last step that plans the month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.formatting import month_year
from rutan_desk.domain.regu_proposal import ReguProposal, regu_order
from rutan_desk.domain.shift_schemes import SHIFT_SCHEMES, ShiftScheme, default_post_minimums
from rutan_desk.services import first_day
from rutan_desk.services.readiness import Readiness
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.roster.generation import GenerationSummary, generate_period
from rutan_desk.services.roster.queries import month_days
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.first_day.page import Page
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date


def first_of_month(day: date) -> date:
    return day.replace(day=1)


class ReguPage(Page):
    """The regu proposed from the staff list: each person's regu and each regu's Karupam can be
    changed before they are saved together."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Regu and their Karupam"),
            self.tr(
                "The guards take their shifts by regu. The regu below were proposed from the "
                "staff list (its Regu/Unit column, else an even split); rename a regu, choose "
                "its Karupam, or move a person to another regu, then go on."
            ),
        )
        self.regu_table = QTableWidget(0, 3)
        self.regu_table.setHorizontalHeaderLabels(
            [self.tr("Regu"), self.tr("Karupam"), self.tr("Members")]
        )
        self.regu_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.regu_table.itemChanged.connect(self._renamed)
        self.people_table = QTableWidget(0, 3)
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Regu")]
        )
        self.people_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        regu_label = QLabel(self.tr("&Regu"))
        regu_label.setBuddy(self.regu_table)
        people_label = QLabel(self.tr("&People and their regu"))
        people_label.setBuddy(self.people_table)
        self.body.addWidget(regu_label)
        self.body.addWidget(self.regu_table, 1)
        self.body.addWidget(people_label)
        self.body.addWidget(self.people_table, 2)
        self.teams: list[ReguProposal] = []
        self._names: dict[int, tuple[str, str]] = {}  # staff id → name, position
        self._done = False

    def refresh(self, state: Readiness) -> None:
        self._done = state.regu > 0
        self.show_done(
            self.tr("{count} regu are set up; change them on the roster tab (Set up…).").format(
                count=state.regu
            )
            if self._done
            else ""
        )
        self.regu_table.setEnabled(not self._done)
        self.people_table.setEnabled(not self._done)
        if self._done:
            return
        start = first_of_month(self._ctx.today())
        self.teams = first_day.proposed_regu(self._ctx.db, on=start)
        free = roster_setup.staff_without_regu(self._ctx.db, on=start)
        positions = self._positions()
        self._names = {person.id: (person.name, positions.get(person.id, "")) for person in free}
        self._fill()

    def _positions(self) -> dict[int, str]:
        from rutan_desk.services.staff.records import list_staff

        return {record.id: record.position for record in list_staff(self._ctx.db)}

    def _fill(self) -> None:
        self.regu_table.blockSignals(True)
        self.regu_table.setRowCount(len(self.teams))
        for row, team in enumerate(self.teams):
            self.regu_table.setItem(row, 0, QTableWidgetItem(team.name))
            self.regu_table.setCellWidget(row, 1, self._karupam_combo(row))
            count = QTableWidgetItem(str(len(team.member_ids)))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.regu_table.setItem(row, 2, count)
        self.regu_table.blockSignals(False)
        people = [
            (staff_id, row) for row, team in enumerate(self.teams) for staff_id in team.member_ids
        ]
        people.sort(key=lambda pair: self._names.get(pair[0], ("", ""))[0].casefold())
        self.people_table.setRowCount(len(people))
        for index, (staff_id, team_row) in enumerate(people):
            name, position = self._names.get(staff_id, ("?", ""))
            self.people_table.setItem(index, 0, QTableWidgetItem(name))
            self.people_table.setItem(index, 1, QTableWidgetItem(position))
            combo = QComboBox()
            combo.addItems([team.name for team in self.teams])
            combo.setCurrentIndex(team_row)
            combo.currentIndexChanged.connect(
                lambda new_row, staff_id=staff_id: self._move(staff_id, new_row)
            )
            self.people_table.setCellWidget(index, 2, combo)
        self.people_table.resizeColumnToContents(1)

    def _karupam_combo(self, row: int) -> QComboBox:
        team = self.teams[row]
        combo = QComboBox()
        combo.addItem(self.tr("— none —"), None)
        for staff_id in sorted(team.member_ids, key=lambda i: self._names.get(i, ("", ""))[0]):
            combo.addItem(self._names.get(staff_id, ("?", ""))[0], staff_id)
        combo.setCurrentIndex(max(0, combo.findData(team.karupam_id)))
        combo.currentIndexChanged.connect(
            lambda _index, row=row, combo=combo: self._karupam_chosen(row, combo.currentData())
        )
        return combo

    def _karupam_chosen(self, row: int, staff_id: int | None) -> None:
        team = self.teams[row]
        self.teams[row] = ReguProposal(team.name, staff_id, team.member_ids)

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        row = item.row()
        team = self.teams[row]
        self.teams[row] = ReguProposal(item.text(), team.karupam_id, team.member_ids)
        for index in range(self.people_table.rowCount()):
            combo = self.people_table.cellWidget(index, 2)
            if isinstance(combo, QComboBox):
                combo.setItemText(row, item.text())

    def _move(self, staff_id: int, new_row: int) -> None:
        """A person goes to another regu (and stops being Karupam of the one they left)."""
        for row, team in enumerate(self.teams):
            members = tuple(i for i in team.member_ids if i != staff_id)
            if row == new_row:
                members = (*members, staff_id)
            karupam = team.karupam_id if team.karupam_id in members else None
            self.teams[row] = ReguProposal(team.name, karupam, members)
            self.regu_table.setCellWidget(row, 1, self._karupam_combo(row))
            count = self.regu_table.item(row, 2)
            if count is not None:
                count.setText(str(len(members)))

    def save(self, done: Callable[[], None]) -> None:
        self.show_error("")
        if self._done:
            done()
            return
        if not self.allowed(Permission.ROSTER_SETUP):
            return
        teams = [team for team in self.teams if team.member_ids]
        start = first_of_month(self._ctx.today())
        Operation(
            self, self._ctx, lambda action: first_day.set_up_regu(action, teams, start)
        ).on_invalid(self._refused).on_success(lambda _ids: done()).run()

    def _refused(self, error: ValidationError) -> None:
        self.show_error("\n".join(message_for(e) for e in error.errors))

    def first_field(self) -> QWidget | None:
        return self.regu_table


class SchemePage(Page):
    """The shift scheme: the hours of the shifts and the cycle every regu follows."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Shift pattern and hours"),
            self.tr(
                "Choose how the regu take turns. Each regu starts the cycle a day after the one "
                "before it, so every shift of every day has one regu. The hours and the codes "
                "can be changed later under the roster's settings."
            ),
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for number, scheme in enumerate(SHIFT_SCHEMES, start=1):
            button = QRadioButton(f"&{number}  {scheme.label}")
            hours = QLabel(self._describe(scheme))
            hours.setContentsMargins(24, 0, 0, 8)
            self.group.addButton(button)
            self.buttons[scheme.key] = button
            self.body.addWidget(button)
            self.body.addWidget(hours)
        self.buttons[SHIFT_SCHEMES[0].key].setChecked(True)
        form = QFormLayout()
        self.start_edit = date_edit(first_of_month(ctx.today()))
        start_label = QLabel(self.tr("Starts &on"))
        start_label.setBuddy(self.start_edit)
        form.addRow(start_label, self.start_edit)
        self.body.addLayout(form)
        self.body.addStretch()
        self._done = False

    def _describe(self, scheme: ShiftScheme) -> str:
        hours = ", ".join(
            f"{shift.code} {shift.start:%H.%M}–{shift.end:%H.%M}" for shift in scheme.shifts
        )
        return self.tr("Hours: {hours}. Cycle: {cycle}. Regu: {count}.").format(
            hours=hours, cycle=" – ".join(scheme.cycle), count=scheme.regu_count
        )

    @property
    def scheme(self) -> ShiftScheme:
        for scheme in SHIFT_SCHEMES:
            if self.buttons[scheme.key].isChecked():
                return scheme
        return SHIFT_SCHEMES[0]

    def refresh(self, state: Readiness) -> None:
        self._done = state.regu > 0 and not state.regu_without_rotation
        self.show_done(
            self.tr("Every regu has its pattern; change it on the roster tab (Set up…).")
            if self._done
            else ""
        )
        for button in self.buttons.values():
            button.setEnabled(not self._done)
        self.start_edit.setEnabled(not self._done)
        if not self._done:  # the scheme that fits the number of regu is offered first
            fitting = [s for s in SHIFT_SCHEMES if s.regu_count == state.regu]
            if fitting and self.scheme.regu_count != state.regu:
                self.buttons[fitting[0].key].setChecked(True)

    def first_field(self) -> QWidget | None:
        return self.group.checkedButton()

    def save(self, done: Callable[[], None]) -> None:
        self.show_error("")
        if self._done:
            done()
            return
        if not self.allowed(Permission.ROSTER_SETUP):
            return
        start = to_date(self.start_edit.date())
        scheme = self.scheme
        regu = roster_setup.list_regu(self._ctx.db, on=start)
        ids = [
            r.id for r in sorted((r for r in regu if r.active), key=lambda r: regu_order(r.name))
        ]
        Operation(
            self, self._ctx, lambda action: first_day.apply_shift_scheme(action, scheme, ids, start)
        ).on_invalid(
            lambda error: self.show_error("\n".join(message_for(e) for e in error.errors))
        ).on_success(lambda _none: done()).run()


class PostsPage(Page):
    """The posts and the guards each needs on every working shift."""

    def __init__(self, ctx: AppContext, scheme: Callable[[], ShiftScheme]) -> None:
        super().__init__(
            ctx,
            self.tr("Posts and their minimums"),
            self.tr(
                "The posts the guards man, and how many each needs on every shift. Correct the "
                "names and numbers to your Rutan; a post needed on no shift is left out."
            ),
        )
        self._scheme = scheme
        self.table = QTableWidget(0, 1)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table_label = QLabel(self.tr("&Posts"))
        table_label.setBuddy(self.table)
        self.add_button = QPushButton(self.tr("&Add a post"))
        self.add_button.clicked.connect(lambda: self._add_row("", {}))
        self.remove_button = QPushButton(self.tr("&Remove the post"))
        self.remove_button.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        self.body.addWidget(table_label)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self._codes: tuple[str, ...] = ()
        self._done = False

    def refresh(self, state: Readiness) -> None:
        self._done = state.posts > 0
        self.show_done(
            self.tr("{count} posts are manned; change them on the roster tab (Set up…).").format(
                count=state.posts
            )
            if self._done
            else ""
        )
        for widget in (self.table, self.add_button, self.remove_button):
            widget.setEnabled(not self._done)
        if self._done:
            return
        scheme = self._scheme()
        if scheme.working_codes != self._codes or not self.table.rowCount():
            self._codes = scheme.working_codes
            self.table.setColumnCount(1 + len(self._codes))
            self.table.setHorizontalHeaderLabels(
                [
                    self.tr("Post"),
                    *(self.tr("Guards on {code}").format(code=c) for c in self._codes),
                ]
            )
            self.table.setRowCount(0)
            for name, needs in default_post_minimums(scheme):
                self._add_row(name, needs)
            self.table.setCurrentCell(0, 0)

    def _add_row(self, name: str, needs: dict[str, int]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        for column, code in enumerate(self._codes, start=1):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, needs.get(code, 1))
            self.table.setItem(row, column, item)
        self.table.setCurrentCell(row, 0)

    def _remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def plans(self) -> list[first_day.PostPlan]:
        result = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, 0)
            needs = {}
            for column, code in enumerate(self._codes, start=1):
                item = self.table.item(row, column)
                value = item.data(Qt.ItemDataRole.EditRole) if item is not None else 0
                needs[code] = int(value) if str(value).strip().isdigit() else 0
            result.append(first_day.PostPlan(name_item.text() if name_item else "", needs))
        return result

    def first_field(self) -> QWidget | None:
        return self.table

    def save(self, done: Callable[[], None]) -> None:
        self.show_error("")
        if self._done:
            done()
            return
        if not self.allowed(Permission.ROSTER_SETUP):
            return
        plans = self.plans()
        Operation(self, self._ctx, lambda action: first_day.create_posts(action, plans)).on_invalid(
            lambda error: self.show_error("\n".join(message_for(e) for e in error.errors))
        ).on_success(lambda _ids: done()).run()


class HolidaysPage(Page):
    """The national holidays and joint leave days of this year and the next."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Holidays"),
            self.tr(
                "The roster marks holidays and plans piket on them. Next imports the national "
                "holidays and joint leave days of this year and the next from the list that "
                "comes with Rutan Desk; correct them later under the roster's calendar."
            ),
        )
        self.years_label = QLabel()
        self.years_label.setStyleSheet("font-size: 12pt;")
        self.body.addWidget(self.years_label)
        self.body.addStretch()
        self.missing: list[int] = []

    def years(self) -> list[int]:
        year = self._ctx.today().year
        return [year, year + 1]

    def refresh(self, state: Readiness) -> None:
        self.missing = [year for year in self.years() if year not in state.holiday_years]
        self.years_label.setText(
            self.tr("Next imports the holidays of {years}.").format(
                years=", ".join(str(year) for year in self.missing)
            )
            if self.missing
            else ""
        )
        self.show_done(
            ""
            if self.missing
            else self.tr("The holidays of {years} are there.").format(
                years=" and ".join(str(year) for year in self.years())
            )
        )

    def save(self, done: Callable[[], None]) -> None:
        self.show_error("")
        if not self.missing:
            done()
            return
        if not self.allowed(Permission.ROSTER_SETUP):
            return
        years = list(self.missing)
        Operation(
            self, self._ctx, lambda action: first_day.import_holidays(action, years)
        ).on_success(lambda _added: done()).run()


class FinishPage(Page):
    """Plans the current month; the assistant then opens its roster sheet."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Plan the first month"), "")
        self.body.addStretch()
        self._ready = False
        self.summary: GenerationSummary | None = None
        today = ctx.today()
        self.year, self.month = today.year, today.month

    def refresh(self, state: Readiness) -> None:
        month = month_year(self.year, self.month)
        if state.roster_ready:
            self.intro.setText(
                self.tr(
                    "Everything the roster needs is there. Finishing plans {month} from the "
                    "regu's pattern and opens its roster sheet to check and print. Days that "
                    "have passed are left as they are."
                ).format(month=month)
            )
            self.show_error("")
        else:
            self.intro.setText(self.tr("The roster cannot be planned yet."))
            self.show_error(self.tr("Go back and finish the steps before this one."))
        self._ready = state.roster_ready

    def save(self, done: Callable[[], None]) -> None:
        if not self._ready:
            return
        if not self.allowed(Permission.ROSTER_EDIT):
            return
        days = month_days(self.year, self.month)
        first, last = days[0], days[-1]
        self.summary = None

        def planned(summary: GenerationSummary) -> None:
            self.summary = summary
            done()

        self.task = (
            Operation(self, self._ctx, lambda action: generate_period(action, first, last))
            .on_success(planned)
            .run_in_background(self.tr("Planning the roster…"))
        )
