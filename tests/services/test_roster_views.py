from __future__ import annotations

from datetime import date

import pytest

from rutan_desk.domain.calendar import AlertPeriod
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.services.calendar import edits as calendar_edits
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.roster import generation
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.services.roster.queries import entries_between
from rutan_desk.services.roster.views import day_view, fairness, person_month
from rutan_desk.store.engine import Database
from tests.conftest import before_the_roster
from tests.services.test_roster_service import setup_rutan


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    """On the morning the roster's first month began (see ``before_the_roster``)."""
    return before_the_roster(db, actor)


NYE = date(2023, 12, 31)


def test_a_day_by_shift_and_post_with_who_is_absent(ctx: ActionContext) -> None:
    people, _ = setup_rutan(ctx)
    calendar_edits.import_year(ctx, 2023)
    generation.generate_period(ctx, date(2023, 12, 24), date(2023, 12, 25))
    sick = next(p for p in people if p.unit == "Regu II" and p.position == "Petugas Pengamanan")
    record_absence(ctx, sick.id, AbsenceKind.SAKIT, date(2023, 12, 25), date(2023, 12, 25))
    view = day_view(ctx.db, date(2023, 12, 25))
    assert [s.shift.code for s in view.shifts] == ["P", "S", "M"]
    assert view.holiday == "Hari Raya Natal"
    assert (sick.name, AbsenceKind.SAKIT) in view.absent
    posts = {p.post for s in view.shifts for p in s.posts}
    assert {"P2U", "Menara", "Blok Hunian", ""} <= posts  # "": the Karupam, not at a post
    working = [
        e for e in entries_between(ctx.db, date(2023, 12, 25), date(2023, 12, 25)) if e.shift != "L"
    ]
    assert sum(s.strength for s in view.shifts) == len(working) >= 27  # three regu on duty


def test_one_persons_month(ctx: ActionContext) -> None:
    people, _ = setup_rutan(ctx)
    generation.generate_period(ctx, date(2023, 12, 1), date(2023, 12, 31))
    guard = next(p for p in people if p.unit == "Regu I")
    month = person_month(ctx.db, guard.id, 2023, 12)
    assert len(month) == 31
    assert all(len(day.codes) == 1 for day in month)
    assert {day.codes[0] for day in month} == {"P", "S", "M", "L"}


def test_fairness_counts_nights_holidays_alerts_and_who_did_new_years_eve(
    ctx: ActionContext,
) -> None:
    setup_rutan(ctx)
    calendar_edits.import_year(ctx, 2023)
    calendar_edits.save_alert_period(ctx, AlertPeriod("Nataru", date(2023, 12, 20), NYE))
    generation.generate_period(ctx, date(2023, 11, 1), NYE)
    rows = {row.staff_id: row for row in fairness(ctx.db, 2023)}
    on_duty_nye = {e.person_id for e in entries_between(ctx.db, NYE, NYE) if e.shift != "L"}
    assert {sid for sid, row in rows.items() if row.last_new_year_eve == 2023} == on_duty_nye
    nights = [row.nights for row in rows.values()]
    assert min(nights) >= 14 and max(nights) <= 16  # two months of P-S-M-L
    assert all(row.alert_shifts in (8, 9) for row in rows.values())  # 12 alert days, 3 of 4
    assert all(row.holiday_shifts >= 1 for row in rows.values())
