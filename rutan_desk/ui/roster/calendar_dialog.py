"""Jadwal Jaga → Kalender: the holidays of a year and the alert periods (siaga)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.calendar import MAX_ALERT_EXTRA, AlertPeriod, HolidayKind
from rutan_desk.domain.formatting import full_date, long_date
from rutan_desk.services.calendar import edits, queries
from rutan_desk.services.calendar.edits import ALERT_LIMITS, HOLIDAY_LIMITS
from rutan_desk.services.calendar.queries import AlertRecord, HolidayRecord
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.queries import shift_types
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.record_lists import FormDialog


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _gone_text() -> str:
    return QCoreApplication.translate(
        "CalendarDialog", "This entry no longer exists (changed on another computer)."
    )


class HolidayForm(FormDialog):
    """Add a local holiday (``holiday`` None, on ``day``), or correct one."""

    def __init__(
        self,
        ctx: AppContext,
        holiday: HolidayRecord | None,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._holiday = holiday
        self.setWindowTitle(self.tr("Holiday"))
        self.day = date_edit(holiday.day if holiday else day)
        self.errors.add_row(self.form, self.tr("&Date"), "day", self.day)
        self.name = QLineEdit(holiday.name if holiday else "")
        self.name.setMaxLength(HOLIDAY_LIMITS["name"])
        self.errors.add_row(self.form, self.tr("&Name"), "name", self.name)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.name.setFocus()

    def submit(self, action: ActionContext) -> HolidayRecord:
        day, name = to_date(self.day.date()), self.name.text()
        if self._holiday is None:
            return edits.add_holiday(action, day, name)
        return edits.correct_holiday(
            action, self._holiday.id, day, name, expected_version=self._holiday.version
        )

    def gone_text(self) -> str:
        return _gone_text()


class AlertForm(FormDialog):
    def __init__(
        self, ctx: AppContext, record: AlertRecord | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self._record = record
        self.setWindowTitle(self.tr("Alert period"))
        self.setMinimumWidth(520)
        period = (
            record.period if record else AlertPeriod("", date(year, 12, 20), date(year + 1, 1, 5))
        )
        form = self.form
        self.name = QLineEdit(period.name)
        self.name.setMaxLength(ALERT_LIMITS["name"])
        self.name.setPlaceholderText(self.tr("e.g. Siaga Nataru 2023/2024"))
        self.errors.add_row(form, self.tr("&Name"), "name", self.name)
        self.start = date_edit(period.start)
        self.errors.add_row(form, self.tr("&From"), "start", self.start)
        self.end = date_edit(period.end)
        self.errors.add_row(form, self.tr("&Until"), "end", self.end)
        self.number = QLineEdit(period.circular_number)
        self.number.setMaxLength(ALERT_LIMITS["circular_number"])
        self.number.setPlaceholderText("PAS-2077.PK.08.05 Tahun 2023")
        self.errors.add_row(form, self.tr("Circular &number"), "circular_number", self.number)
        self.title = QPlainTextEdit(period.circular_title)
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(54)
        self.errors.add_row(form, self.tr("Circular &title"), "circular_title", self.title)
        extras = QWidget()
        extras_layout = QHBoxLayout(extras)
        extras_layout.setContentsMargins(0, 0, 0, 0)
        self.extra: dict[str, QSpinBox] = {}
        for shift in shift_types(ctx.db):
            if not shift.working:
                continue
            spin = QSpinBox()
            spin.setRange(0, MAX_ALERT_EXTRA)
            spin.setValue(period.extra.get(shift.code, 0))
            extras_layout.addWidget(QLabel(shift.code))
            extras_layout.addWidget(spin)
            self.extra[shift.code] = spin
        extras_layout.addStretch()
        self.errors.add_row(
            form,
            self.tr("&Extra guards per shift"),
            "extra",
            extras,
            focus=next(iter(self.extra.values()), None),
        )
        self._finish(self.tr("Save"), self.tr("Cancel"))

    def period(self) -> AlertPeriod:
        return AlertPeriod(
            self.name.text(),
            to_date(self.start.date()),
            to_date(self.end.date()),
            self.number.text(),
            self.title.toPlainText(),
            {code: spin.value() for code, spin in self.extra.items()},
        )

    def submit(self, action: ActionContext) -> AlertRecord:
        record = self._record
        if record is None:
            return edits.save_alert_period(action, self.period())
        return edits.save_alert_period(
            action, self.period(), record.id, expected_version=record.version
        )

    def gone_text(self) -> str:
        return _gone_text()


class CalendarDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Holidays and alert periods"))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _value: self.reload())
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch()
        layout.addLayout(top)

        holidays_box = QGroupBox(self.tr("Holidays"))
        holidays_layout = QVBoxLayout(holidays_box)
        self.holidays = _table([self.tr("Date"), self.tr("Name"), self.tr("Kind"), self.tr("Note")])
        holidays_layout.addWidget(self.holidays)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Load national holidays"))
        self.import_button.clicked.connect(self.import_year)
        self.add_holiday_button = QPushButton(self.tr("Add &local holiday…"))
        self.add_holiday_button.clicked.connect(self.add_holiday)
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.correct_button.clicked.connect(self.correct_holiday)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_holiday)
        for button in (
            self.import_button,
            self.add_holiday_button,
            self.correct_button,
            self.remove_button,
        ):
            row.addWidget(button)
        row.addStretch()
        holidays_layout.addLayout(row)
        layout.addWidget(holidays_box, 3)

        alerts_box = QGroupBox(self.tr("Alert periods (siaga)"))
        alerts_layout = QVBoxLayout(alerts_box)
        self.alerts = _table(
            [
                self.tr("Name"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Circular"),
                self.tr("Extra guards"),
            ]
        )
        alerts_layout.addWidget(self.alerts)
        row = QHBoxLayout()
        self.add_alert_button = QPushButton(self.tr("&Add alert period…"))
        self.add_alert_button.clicked.connect(lambda: self.edit_alert(None))
        self.edit_alert_button = QPushButton(self.tr("&Edit…"))
        self.edit_alert_button.clicked.connect(self.edit_selected_alert)
        self.delete_alert_button = QPushButton(self.tr("&Delete"))
        self.delete_alert_button.clicked.connect(self.delete_alert)
        for button in (self.add_alert_button, self.edit_alert_button, self.delete_alert_button):
            row.addWidget(button)
        row.addStretch()
        alerts_layout.addLayout(row)
        layout.addWidget(alerts_box, 2)

        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._holiday_rows: list[HolidayRecord] = []
        self._alert_rows: list[AlertRecord] = []
        self.reload()

    # -- filling --------------------------------------------------------------------------
    def _span(self) -> tuple[date, date]:
        year = self.year.value()
        return date(year, 1, 1), date(year, 12, 31)

    def reload(self) -> None:
        first, last = self._span()
        kinds = {
            HolidayKind.NATIONAL: self.tr("National holiday"),
            HolidayKind.CUTI_BERSAMA: self.tr("Cuti bersama"),
            HolidayKind.LOCAL: self.tr("Local"),
        }
        self._holiday_rows = queries.holidays_between(self._ctx.db, first, last)
        self.holidays.setRowCount(len(self._holiday_rows))
        for row, holiday in enumerate(self._holiday_rows):
            note = ""
            if holiday.moved_from is not None:
                note = self.tr("moved from {day}").format(day=full_date(holiday.moved_from))
            elif holiday.estimated:
                note = self.tr("estimated date: check the government decree")
            for column, text in enumerate(
                (long_date(holiday.day), holiday.name, kinds[holiday.kind], note)
            ):
                self.holidays.setItem(row, column, QTableWidgetItem(text))
        self.holidays.resizeColumnsToContents()
        self._alert_rows = queries.alert_periods_between(self._ctx.db, first, last)
        self.alerts.setRowCount(len(self._alert_rows))
        for row, alert in enumerate(self._alert_rows):
            period = alert.period
            extra = ", ".join(f"{code} +{n}" for code, n in sorted(period.extra.items()))
            for column, text in enumerate(
                (
                    period.name,
                    full_date(period.start),
                    full_date(period.end),
                    period.circular_number,
                    extra,
                )
            ):
                self.alerts.setItem(row, column, QTableWidgetItem(text))
        self.alerts.resizeColumnsToContents()

    def _selected_holiday(self) -> HolidayRecord | None:
        row = self.holidays.currentRow()
        return self._holiday_rows[row] if 0 <= row < len(self._holiday_rows) else None

    def _selected_alert(self) -> AlertRecord | None:
        row = self.alerts.currentRow()
        return self._alert_rows[row] if 0 <= row < len(self._alert_rows) else None

    # -- holidays -------------------------------------------------------------------------
    def _run(self, call: Callable[[ActionContext], object], title: str) -> Operation[object]:
        """One change of the calendar; the lists are read again whatever came of it (a failure
        may mean that someone else changed them)."""
        return Operation(self, self._ctx, call, title=title).after_failure(
            lambda _error: self.reload()
        )

    def import_year(self) -> None:
        year = self.year.value()
        self._run(lambda action: edits.import_year(action, year), self.tr("Holidays")).on_success(
            lambda added: self._imported(year, added)
        ).run()

    def _imported(self, year: int, added: object) -> None:
        self.reload()
        QMessageBox.information(
            self,
            self.tr("Holidays"),
            self.tr(
                "{count} holidays added for {year}. Dates marked as estimated should be checked "
                "against the government's decree."
            ).format(count=added, year=year),
        )

    def _open(self, form: FormDialog) -> None:
        """Run a form, then read the lists again: it saved, or it found that someone else had
        changed or removed its entry."""
        form.exec()
        self.reload()

    def add_holiday(self) -> None:
        self._open(HolidayForm(self._ctx, None, date(self.year.value(), 1, 1), self))

    def correct_holiday(self) -> None:
        holiday = self._selected_holiday()
        if holiday is not None:
            self._open(HolidayForm(self._ctx, holiday, holiday.day, self))

    def remove_holiday(self) -> None:
        holiday = self._selected_holiday()
        if holiday is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove holiday"),
            self.tr("Remove {name} ({day}) from the calendar?").format(
                name=holiday.name, day=full_date(holiday.day)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(
                lambda action: edits.remove_holiday(
                    action, holiday.id, expected_version=holiday.version
                ),
                self.tr("Remove holiday"),
            ).on_success(lambda _result: self.reload()).run()

    # -- alert periods --------------------------------------------------------------------
    def edit_alert(self, record: AlertRecord | None) -> None:
        self._open(AlertForm(self._ctx, record, self.year.value(), self))

    def edit_selected_alert(self) -> None:
        record = self._selected_alert()
        if record is not None:
            self.edit_alert(record)

    def delete_alert(self) -> None:
        record = self._selected_alert()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete alert period"),
            self.tr("Delete the alert period {name}?").format(name=record.period.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(
                lambda action: edits.delete_alert_period(
                    action, record.id, expected_version=record.version
                ),
                self.tr("Delete alert period"),
            ).on_success(lambda _result: self.reload()).run()
