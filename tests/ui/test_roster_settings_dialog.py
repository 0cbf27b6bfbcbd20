from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.roster_rules import RosterSettings
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.roster import queries as roster
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.roster.settings_dialog import RosterSettingsDialog, ShiftTypeForm


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> RosterSettingsDialog:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: pytest.fail("unexpected warning"))
    populate_demo(ctx.db, with_roster=False)
    widget = RosterSettingsDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_twelve_hour_code_is_added_by_keyboard(
    qtbot: QtBot, dialog: RosterSettingsDialog, ctx: AppContext
) -> None:
    def fill(form: ShiftTypeForm) -> None:
        qtbot.keyClicks(form.code, "N")
        qtbot.keyClicks(form.name, "Dinas Malam 12 jam")
        form.start.setTime(QTime(19, 0))
        form.end.setTime(QTime(7, 0))
        form.colour.setText("#748ffc")
        qtbot.keyClick(form.name, Qt.Key.Key_Return)

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, ShiftTypeForm):
            QTimer.singleShot(10, run)
            return
        fill(modal)

    QTimer.singleShot(0, run)
    dialog.add_code_button.click()
    night = {s.code: s for s in roster.shift_types(ctx.db)}["N"]
    assert (night.start, night.end, night.hours) == (time(19), time(7), 12)
    codes = [dialog.codes.item(r, 0).text() for r in range(dialog.codes.rowCount())]
    assert codes[-1] == "N"
    assert dialog.codes.item(dialog.codes.rowCount() - 1, 2).text() == "19.00–07.00 WIB"


def test_a_code_is_renamed_from_the_version_the_form_opened(
    qtbot: QtBot, dialog: RosterSettingsDialog, ctx: AppContext
) -> None:
    def rename(form: ShiftTypeForm) -> None:
        form.name.setText("Pagi hari")
        qtbot.keyClick(form.name, Qt.Key.Key_Return)

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, ShiftTypeForm):
            QTimer.singleShot(10, run)
            return
        rename(modal)

    dialog.codes.selectRow(0)
    QTimer.singleShot(0, run)
    dialog.edit_code_button.click()
    assert {s.code: s.name for s in roster.shift_types(ctx.db)}["P"] == "Pagi hari"
    assert dialog.codes.item(0, 1).text() == "Pagi hari"


def test_rules_are_saved(dialog: RosterSettingsDialog, ctx: AppContext) -> None:
    announced: list[ChangeSet] = []
    ctx.events.changed.connect(announced.append)
    dialog.min_rest.setValue(12)
    dialog.max_days.setValue(5)
    dialog.min_rest_any.setValue(10)
    dialog.max_duty.setValue(14)
    dialog.karupam_counts.setChecked(True)
    dialog.save_rules()
    assert roster.roster_settings(ctx.db) == RosterSettings(12, 5, 10, 14)
    assert roster.roster_rules(ctx.db).karupam_counts_for_posts
    assert [changes.areas for changes in announced] == [frozenset({Area.ROSTER_SETUP})]
    # Saved again from the same form: it took the new version of the rules.
    dialog.max_days.setValue(6)
    dialog.save_rules()
    assert roster.roster_settings(ctx.db) == RosterSettings(12, 6, 10, 14)


def test_rules_changed_elsewhere_meanwhile_are_not_overwritten(
    dialog: RosterSettingsDialog, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.services.roster.rules import save_roster_settings

    rules = roster.roster_rules(ctx.db)
    save_roster_settings(  # on another PC
        ctx.action(),
        RosterSettings(10, 7),
        karupam_counts_for_posts=False,
        expected_version=rules.version,
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    dialog.min_rest.setValue(12)
    dialog.save_rules()
    assert len(shown) == 1 and "changed this record after you opened it" in shown[0]
    assert roster.roster_settings(ctx.db) == RosterSettings(10, 7)


def test_piket_pool_and_holiday_need(dialog: RosterSettingsDialog, ctx: AppContext) -> None:
    office = [
        r for r in range(dialog.pool.count()) if "Urusan Tata Usaha" in dialog.pool.item(r).text()
    ]
    for row in office:
        dialog.pool.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.need["P"].setValue(2)
    dialog.save_piket()
    assert len(roster.piket_pool(ctx.db)) == len(office) > 0
    assert roster.holiday_piket_need(ctx.db) == {"P": 2}
