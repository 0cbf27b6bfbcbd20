"""Jadwal Jaga → Pengaturan: shift codes and hours, the rules, and piket staf."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.formatting import clock
from rutan_desk.domain.roster_rules import RosterSettings
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.roster import queries, rules
from rutan_desk.services.staff.records import list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import FormDialog


def _to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ShiftTypeForm(FormDialog):
    """Add a shift code, or change ``shift`` as read at ``version``."""

    def __init__(
        self,
        ctx: AppContext,
        shift: ShiftType | None,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._replacing = shift.code if shift else None
        self._version = version
        self.setWindowTitle(self.tr("Shift code"))
        form = self.form
        self.code = QLineEdit(shift.code if shift else "")
        self.code.setMaxLength(rules.SHIFT_LIMITS["code"])
        self.errors.add_row(form, self.tr("&Code"), "code", self.code)
        self.name = QLineEdit(shift.name if shift else "")
        self.name.setMaxLength(rules.SHIFT_LIMITS["name"])
        self.errors.add_row(form, self.tr("&Name"), "name", self.name)
        self.on_duty = QCheckBox(self.tr("A &duty with hours (not lepas or libur)"))
        self.on_duty.setChecked(shift is None or shift.working)
        form.addRow("", self.on_duty)
        self.start = QTimeEdit(QTime(7, 0))
        self.start.setDisplayFormat("HH.mm")
        self.end = QTimeEdit(QTime(13, 0))
        self.end.setDisplayFormat("HH.mm")
        if shift is not None and shift.start is not None and shift.end is not None:
            self.start.setTime(QTime(shift.start.hour, shift.start.minute))
            self.end.setTime(QTime(shift.end.hour, shift.end.minute))
        self.errors.add_row(form, self.tr("&Starts"), "start", self.start)
        self.errors.add_row(form, self.tr("&Ends (before the start: next day)"), "end", self.end)
        colour_box = QWidget()
        colour_layout = QHBoxLayout(colour_box)
        colour_layout.setContentsMargins(0, 0, 0, 0)
        self.colour = QLineEdit(shift.colour if shift else "#ffffff")
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_colour)
        colour_layout.addWidget(self.colour)
        colour_layout.addWidget(choose)
        self.errors.add_row(form, self.tr("Co&lour"), "colour", colour_box, focus=self.colour)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.on_duty.toggled.connect(self._times_enabled)
        self._times_enabled(self.on_duty.isChecked())

    def _times_enabled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour.text()), self)
        if colour.isValid():
            self.colour.setText(colour.name())

    def shift(self) -> ShiftType:
        on = self.on_duty.isChecked()
        return ShiftType(
            self.code.text(),
            self.name.text(),
            _to_time(self.start.time()) if on else None,
            _to_time(self.end.time()) if on else None,
            self.colour.text(),
        )

    def submit(self, action: ActionContext) -> ShiftType:
        return rules.save_shift_type(
            action, self.shift(), replacing=self._replacing, expected_version=self._version
        )

    def gone_text(self) -> str:
        return self.tr("This shift code no longer exists (changed on another computer).")


class RosterSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Roster settings"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._codes_page(), self.tr("Shift &codes"))
        self.tabs.addTab(self._rules_page(), self.tr("&Rules"))
        self.tabs.addTab(self._piket_page(), self.tr("&Piket staff"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload_codes()

    # -- shift codes ----------------------------------------------------------------------
    def _codes_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.codes = QTableWidget(0, 3)
        self.codes.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Hours")])
        self.codes.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.codes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.codes.verticalHeader().hide()
        self.codes.horizontalHeader().setStretchLastSection(True)
        self.codes.doubleClicked.connect(lambda _index: self.edit_code())
        layout.addWidget(self.codes)
        row = QHBoxLayout()
        self.add_code_button = QPushButton(self.tr("&Add code…"))
        self.add_code_button.clicked.connect(lambda: self._open_code_form(None))
        self.edit_code_button = QPushButton(self.tr("&Edit…"))
        self.edit_code_button.clicked.connect(self.edit_code)
        row.addWidget(self.add_code_button)
        row.addWidget(self.edit_code_button)
        row.addStretch()
        layout.addLayout(row)
        return page

    def reload_codes(self) -> None:
        self._shifts = queries.shift_types(self._ctx.db)
        self._shift_versions = queries.shift_type_versions(self._ctx.db)
        self.codes.setRowCount(len(self._shifts))
        for row, shift in enumerate(self._shifts):
            hours = "—"
            if shift.start is not None and shift.end is not None:
                hours = f"{clock(shift.start, zone=False)}–{clock(shift.end)}"
            code = QTableWidgetItem(shift.code)
            code.setBackground(QColor(shift.colour))
            for column, item in enumerate(
                (code, QTableWidgetItem(shift.name), QTableWidgetItem(hours))
            ):
                self.codes.setItem(row, column, item)

    def edit_code(self) -> None:
        row = self.codes.currentRow()
        if 0 <= row < len(self._shifts):
            self._open_code_form(self._shifts[row])

    def _open_code_form(self, shift: ShiftType | None) -> None:
        version = self._shift_versions.get(shift.code) if shift is not None else None
        ShiftTypeForm(self._ctx, shift, self, version=version).exec()
        # Read again whatever came of it: saved, or refused because someone else changed it.
        self.reload_codes()

    # -- rules ----------------------------------------------------------------------------
    def _rules_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.rule_errors = FieldErrors()
        self._rules = queries.roster_rules(self._ctx.db)
        settings = self._rules.settings
        self.min_rest = QSpinBox()
        self.min_rest.setRange(0, 72)
        self.min_rest.setSuffix(self.tr(" hours"))
        self.min_rest.setValue(settings.min_rest_after_night_hours)
        self.rule_errors.add_row(
            form, self.tr("Rest after a &night shift"), "min_rest", self.min_rest
        )
        self.min_rest_any = QSpinBox()
        self.min_rest_any.setRange(0, rules.MAX_REST_HOURS)
        self.min_rest_any.setSuffix(self.tr(" hours"))
        self.min_rest_any.setValue(settings.min_rest_hours)
        self.min_rest_any.setToolTip(
            self.tr("Between the end of one shift and the start of the next (0: not checked).")
        )
        self.rule_errors.add_row(
            form, self.tr("Rest &between two shifts"), "min_rest_any", self.min_rest_any
        )
        self.max_duty = QSpinBox()
        self.max_duty.setRange(rules.MIN_DUTY_HOURS, rules.MAX_DUTY_HOURS)
        self.max_duty.setSuffix(self.tr(" hours"))
        self.max_duty.setValue(settings.max_continuous_hours)
        self.max_duty.setToolTip(
            self.tr("Back-to-back shifts count as one stretch (siang and malam: 18 hours).")
        )
        self.rule_errors.add_row(
            form, self.tr("&Longest continuous duty"), "max_duty", self.max_duty
        )
        self.max_days = QSpinBox()
        self.max_days.setRange(1, 31)
        self.max_days.setSuffix(self.tr(" days"))
        self.max_days.setValue(settings.max_consecutive_days)
        self.rule_errors.add_row(
            form, self.tr("&Most working days in a row"), "max_days", self.max_days
        )
        self.karupam_counts = QCheckBox(self.tr("The Karupam &counts towards post strength"))
        self.karupam_counts.setChecked(self._rules.karupam_counts_for_posts)
        form.addRow("", self.karupam_counts)
        layout.addLayout(form)
        save = QPushButton(self.tr("&Save rules"))
        save.clicked.connect(self.save_rules)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return page

    def save_rules(self) -> None:
        self.rule_errors.clear()
        settings = RosterSettings(
            min_rest_after_night_hours=self.min_rest.value(),
            max_consecutive_days=self.max_days.value(),
            min_rest_hours=self.min_rest_any.value(),
            max_continuous_hours=self.max_duty.value(),
        )
        karupam_counts, version = self.karupam_counts.isChecked(), self._rules.version
        Operation(
            self,
            self._ctx,
            lambda action: rules.save_roster_settings(
                action,
                settings,
                karupam_counts_for_posts=karupam_counts,
                expected_version=version,
            ),
            title=self.tr("Rules"),
        ).on_invalid(self._rules_refused).on_success(
            lambda _result: self._read_rules()
        ).after_failure(lambda _error: self._read_rules()).run()

    def _rules_refused(self, error: ValidationError) -> None:
        self.rule_errors.show(error.errors)

    def _read_rules(self) -> None:
        """The version to save the next change from (the form keeps what was typed)."""
        self._rules = queries.roster_rules(self._ctx.db)

    # -- piket staff ----------------------------------------------------------------------
    def _piket_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pool = QListWidget()
        in_pool = set(queries.piket_pool(self._ctx.db))
        for person in list_staff(self._ctx.db):
            if person.kind != StaffKind.INTERNAL or not person.active:
                continue
            item = QListWidgetItem(f"{person.name} — {person.unit}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in in_pool else Qt.CheckState.Unchecked
            )
            self.pool.addItem(item)
        layout.addWidget(self.pool)
        need = queries.holiday_piket_need(self._ctx.db)
        needs_row = QHBoxLayout()
        self.need: dict[str, QSpinBox] = {}
        for shift in queries.shift_types(self._ctx.db):
            if not shift.working:
                continue
            spin = QSpinBox()
            spin.setRange(0, 20)
            spin.setValue(need.get(shift.code, 0))
            spin.setPrefix(f"{shift.code}: ")
            needs_row.addWidget(spin)
            self.need[shift.code] = spin
        needs_row.addStretch()
        form = QFormLayout()
        holder = QWidget()
        holder.setLayout(needs_row)
        form.addRow(self.tr("Piket staff on each holiday shift"), holder)
        layout.addLayout(form)
        save = QPushButton(self.tr("Save &piket"))
        save.clicked.connect(self.save_piket)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def chosen_pool(self) -> list[int]:
        return [
            int(self.pool.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.pool.count())
            if self.pool.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save_piket(self) -> None:
        pool, since = self.chosen_pool(), self._ctx.today()
        need = {code: spin.value() for code, spin in self.need.items()}
        Operation(
            self,
            self._ctx,
            lambda action: rules.save_piket_settings(
                action, pool=pool, since=since, holiday_need=need
            ),
            title=self.tr("Piket staff"),
        ).run()
