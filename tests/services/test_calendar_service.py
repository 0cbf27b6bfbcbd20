from __future__ import annotations

from datetime import date

import pytest

from rutan_desk.domain.calendar import AlertPeriod, HolidayKind
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.services import calendar, roster
from rutan_desk.services.roster_grid import load_month
from rutan_desk.store.engine import Database
from tests.services.test_roster_service import setup_rutan

YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


def test_importing_a_year_twice_adds_nothing_the_second_time(db: Database, actor: str) -> None:
    added = calendar.import_year(db, actor, 2024)
    assert added == len(calendar.holidays_between(db, *YEAR_2024)) >= 25
    assert calendar.import_year(db, actor, 2024) == 0


def test_a_corrected_date_and_a_removal_survive_a_new_import(db: Database, actor: str) -> None:
    calendar.import_year(db, actor, 2027)
    estimated = next(
        h
        for h in calendar.holidays_between(db, date(2027, 1, 1), date(2027, 12, 31))
        if h.estimated and "Idul Fitri" in h.name
    )
    moved = calendar.correct_holiday(
        db, actor, estimated.id, date(2027, 3, 11), "Hari Raya Idul Fitri 1448 H"
    )
    assert moved.moved_from == estimated.day
    imlek = next(
        h
        for h in calendar.holidays_between(db, date(2027, 1, 1), date(2027, 12, 31))
        if h.name == "Tahun Baru Imlek"
    )
    calendar.remove_holiday(db, actor, imlek.id)
    assert calendar.import_year(db, actor, 2027) == 0
    names = [h.name for h in calendar.holidays_between(db, date(2027, 1, 1), date(2027, 12, 31))]
    assert "Tahun Baru Imlek" not in names
    assert "Hari Raya Idul Fitri 1448 H" in names


def test_local_holidays_can_be_added_and_removed(db: Database, actor: str) -> None:
    local = calendar.add_holiday(db, actor, date(2024, 12, 11), "Hari Jadi Kabupaten Blora")
    assert local.kind is HolidayKind.LOCAL and not local.from_package
    calendar.remove_holiday(db, actor, local.id)
    assert calendar.holidays_between(db, *YEAR_2024) == []
    with pytest.raises(ValidationError):
        calendar.add_holiday(db, actor, date(2024, 12, 11), "  ")


def test_alert_period_with_its_circular_and_extra_guards(db: Database, actor: str) -> None:
    period = AlertPeriod(
        "Siaga Nataru 2023/2024",
        date(2023, 12, 20),
        date(2024, 1, 5),
        "PAS-2077.PK.08.05 Tahun 2023",
        "Peningkatan Kewaspadaan Pengamanan menjelang Natal dan Tahun Baru",
        {"M": 3, "P": 1},
    )
    saved = calendar.save_alert_period(db, actor, period)
    (found,) = calendar.alert_periods_between(db, date(2023, 12, 31), date(2023, 12, 31))
    assert found.period == period
    changed = calendar.save_alert_period(
        db, actor, AlertPeriod(period.name, period.start, period.end, extra={"M": 4}), saved.id
    )
    assert calendar.alert_periods_between(db, period.start, period.end)[0].period.extra == {"M": 4}
    calendar.delete_alert_period(db, actor, changed.id)
    assert calendar.alert_periods_between(db, period.start, period.end) == []


def test_alert_period_dates_and_codes_are_checked(db: Database, actor: str) -> None:
    with pytest.raises(ValidationError) as raised:
        calendar.save_alert_period(
            db, actor, AlertPeriod("", date(2024, 1, 5), date(2024, 1, 1), extra={"X": 1})
        )
    assert raised.value.codes() == {
        "name": "field_required",
        "end": "end_before_start",
        "extra": "cycle_unknown_code",
    }


def test_alert_extra_strength_shows_as_an_understaffed_shift(db: Database, actor: str) -> None:
    setup_rutan(db, actor)
    roster.generate_period(db, actor, date(2023, 12, 30), date(2023, 12, 31))
    calendar.save_alert_period(
        db,
        actor,
        AlertPeriod("Malam tahun baru", date(2023, 12, 31), date(2023, 12, 31), extra={"M": 6}),
    )
    conflicts = roster.check_period(db, date(2023, 12, 31), date(2023, 12, 31))
    (short,) = [c for c in conflicts if c.rule is Rule.UNDERSTAFFED]
    # the posts need 5 on M and the alert 6 more; Regu III, on M that night, has 9 people
    assert (short.shift, short.post_id, short.params) == ("M", None, {"present": 9, "needed": 11})


def test_the_grid_knows_the_holidays_and_alert_days(db: Database, actor: str) -> None:
    calendar.import_year(db, actor, 2023)
    calendar.save_alert_period(
        db, actor, AlertPeriod("Siaga Nataru", date(2023, 12, 20), date(2024, 1, 5))
    )
    grid = load_month(db, 2023, 12)
    assert grid.holidays[date(2023, 12, 25)] == "Hari Raya Natal"
    assert date(2023, 12, 24) not in grid.holidays or "Cuti" in grid.holidays[date(2023, 12, 24)]
    assert grid.alerts[date(2023, 12, 20)] == "Siaga Nataru"
    assert date(2023, 12, 19) not in grid.alerts
