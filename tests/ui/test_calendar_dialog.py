from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.services.calendar import edits, queries
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.roster.calendar_dialog import AlertForm, CalendarDialog, HolidayForm


@pytest.fixture(autouse=True)
def quiet_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_args: shown.append(text)
    )
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes
    )
    return shown


def on_modal(action: object) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, CalendarDialog):
            QTimer.singleShot(10, run)
            return
        action(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, run)


def texts(table: object, column: int) -> list[str]:
    return [
        table.item(row, column).text()  # type: ignore[attr-defined]
        for row in range(table.rowCount())
    ]  # type: ignore[attr-defined]


def test_loading_the_national_holidays_of_a_year(
    qtbot: QtBot, ctx: AppContext, quiet_message_boxes: list[str]
) -> None:
    announced: list[ChangeSet] = []
    ctx.events.changed.connect(announced.append)
    dialog = CalendarDialog(ctx, 2024)
    qtbot.addWidget(dialog)
    assert dialog.holidays.rowCount() == 0
    dialog.import_button.click()
    assert dialog.holidays.rowCount() >= 25
    assert texts(dialog.holidays, 0)[0] == "Senin, 1 Januari 2024"
    assert "Hari Raya Idul Fitri" in texts(dialog.holidays, 1)
    assert "added for 2024" in quiet_message_boxes[0]
    assert [changes.areas for changes in announced] == [frozenset({Area.CALENDAR})]


def test_correcting_an_estimated_date(qtbot: QtBot, ctx: AppContext) -> None:
    edits.import_year(ctx.action(), 2027)
    dialog = CalendarDialog(ctx, 2027)
    qtbot.addWidget(dialog)
    notes = texts(dialog.holidays, 3)
    row = next(i for i, note in enumerate(notes) if note.startswith("estimated"))
    dialog.holidays.selectRow(row)

    def move(form: HolidayForm) -> None:
        form.day.setDate(form.day.date().addDays(1))
        qtbot.keyClick(form.name, Qt.Key.Key_Return)

    on_modal(move)
    dialog.correct_button.click()
    assert any(note.startswith("moved from") for note in texts(dialog.holidays, 3))


def test_adding_an_alert_period_with_extra_guards(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = CalendarDialog(ctx, 2023)
    qtbot.addWidget(dialog)

    def fill(form: AlertForm) -> None:
        form.name.setText("Siaga Nataru 2023/2024")
        qtbot.keyClicks(form.number, "PAS-2077.PK.08.05 Tahun 2023")
        form.extra["M"].setValue(4)
        qtbot.keyClick(form.number, Qt.Key.Key_Return)

    on_modal(fill)
    dialog.add_alert_button.click()
    assert texts(dialog.alerts, 0) == ["Siaga Nataru 2023/2024"]
    assert texts(dialog.alerts, 1) == ["20 Desember 2023"]
    assert texts(dialog.alerts, 4) == ["M +4"]
    (alert,) = queries.alert_periods_between(ctx.db, date(2023, 12, 31), date(2023, 12, 31))
    assert alert.period.circular_number == "PAS-2077.PK.08.05 Tahun 2023"


def test_an_alert_ending_before_it_starts_is_refused_beside_the_field(
    qtbot: QtBot, ctx: AppContext
) -> None:
    form = AlertForm(ctx, None, 2023)
    qtbot.addWidget(form)
    form.show()
    form.name.setText("Siaga Pemilu")
    form.end.setDate(QDate(2023, 12, 1))
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.errors.text("end") == "The end is before the start."
    assert queries.alert_periods_between(ctx.db, date(2023, 1, 1), date(2024, 12, 31)) == []


def test_a_holiday_removed_elsewhere_meanwhile_is_reported_and_the_list_read_again(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    edits.import_year(ctx.action(), 2027)
    dialog = CalendarDialog(ctx, 2027)
    qtbot.addWidget(dialog)
    count = dialog.holidays.rowCount()
    dialog.holidays.selectRow(0)
    first = queries.holidays_between(ctx.db, date(2027, 1, 1), date(2027, 12, 31))[0]
    edits.correct_holiday(  # on another PC
        ctx.action(), first.id, first.day, "Tahun Baru", expected_version=first.version
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    dialog.remove_button.click()
    assert len(shown) == 1 and "changed this record after you opened it" in shown[0]
    assert dialog.holidays.rowCount() == count  # not removed: read again, with its new name
    assert texts(dialog.holidays, 1)[0] == "Tahun Baru"
