from __future__ import annotations

from datetime import date

from rutan_desk.domain.calendar import AlertPeriod
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.services import calendar, roster
from rutan_desk.services.roster_changes import record_absence
from rutan_desk.services.roster_views import day_view, fairness, person_month
from rutan_desk.store.engine import Database
from tests.services.test_roster_service import setup_rutan

NYE = date(2023, 12, 31)


def test_a_day_by_shift_and_post_with_who_is_absent(db: Database, actor: str) -> None:
    people, _ = setup_rutan(db, actor)
    calendar.import_year(db, actor, 2023)
    roster.generate_period(db, actor, date(2023, 12, 24), date(2023, 12, 25))
    sick = next(p for p in people if p.unit == "Regu II" and p.position == "Petugas Pengamanan")
    record_absence(db, actor, sick.id, AbsenceKind.SAKIT, date(2023, 12, 25), date(2023, 12, 25))
    view = day_view(db, date(2023, 12, 25))
    assert [s.shift.code for s in view.shifts] == ["P", "S", "M"]
    assert view.holiday == "Hari Raya Natal"
    assert (sick.name, AbsenceKind.SAKIT) in view.absent
    posts = {p.post for s in view.shifts for p in s.posts}
    assert {"P2U", "Menara", "Blok Hunian", ""} <= posts  # "": the Karupam, not at a post
    working = [
        e
        for e in roster.entries_between(db, date(2023, 12, 25), date(2023, 12, 25))
        if e.shift != "L"
    ]
    assert sum(s.strength for s in view.shifts) == len(working) >= 27  # three regu on duty


def test_one_persons_month(db: Database, actor: str) -> None:
    people, _ = setup_rutan(db, actor)
    roster.generate_period(db, actor, date(2023, 12, 1), date(2023, 12, 31))
    guard = next(p for p in people if p.unit == "Regu I")
    month = person_month(db, guard.id, 2023, 12)
    assert len(month) == 31
    assert all(len(day.codes) == 1 for day in month)
    assert {day.codes[0] for day in month} == {"P", "S", "M", "L"}


def test_fairness_counts_nights_holidays_alerts_and_who_did_new_years_eve(
    db: Database, actor: str
) -> None:
    setup_rutan(db, actor)
    calendar.import_year(db, actor, 2023)
    calendar.save_alert_period(db, actor, AlertPeriod("Nataru", date(2023, 12, 20), NYE))
    roster.generate_period(db, actor, date(2023, 11, 1), NYE)
    rows = {row.staff_id: row for row in fairness(db, 2023)}
    on_duty_nye = {e.person_id for e in roster.entries_between(db, NYE, NYE) if e.shift != "L"}
    assert {sid for sid, row in rows.items() if row.last_new_year_eve == 2023} == on_duty_nye
    nights = [row.nights for row in rows.values()]
    assert min(nights) >= 14 and max(nights) <= 16  # two months of P-S-M-L
    assert all(row.alert_shifts in (8, 9) for row in rows.values())  # 12 alert days, 3 of 4
    assert all(row.holiday_shifts >= 1 for row in rows.values())
