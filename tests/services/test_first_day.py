"""The first-day assistant's writes: every regu at once, a shift scheme for all regu, the usual
posts and two years of holidays, each whole or not at all; then the month can be planned."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.regu_proposal import ReguProposal
from rutan_desk.domain.shift_schemes import PSML_4, TWELVE_HOURS_4, default_post_minimums
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services import first_day
from rutan_desk.services.context import ActionContext
from rutan_desk.services.readiness import readiness
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.roster.generation import generate_period
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import RosterEntryRow

START = date(2026, 12, 1)
ROMAN = ("I", "II", "III", "IV")


@pytest.fixture
def office(db: Database, actor: object) -> ActionContext:
    """A new office on the morning of 1 December 2026 with 24 guards, six a regu as the staff
    list names them, the first of each a Kepala Regu."""
    ctx = ActionContext(db, actor).on_morning_of(START)  # type: ignore[arg-type]
    for serial in range(24):
        regu = ROMAN[serial % 4]
        create_staff(
            ctx,
            StaffDraft(
                kind=StaffKind.INTERNAL,
                name=f"Penjaga {serial:02d}",
                nip=f"1985010120100310{serial + 1:02d}",
                golongan="II/c",
                position="Kepala Regu" if serial < 4 else "Petugas Pengamanan",
                unit=f"Regu {regu}",
                status_since=date(2020, 1, 1),
            ),
        )
    return ctx


def _set_up(ctx: ActionContext) -> list[int]:
    teams = first_day.proposed_regu(ctx.db, on=START)
    return first_day.set_up_regu(ctx, teams, START)


def test_the_regu_proposed_from_the_staff_list_are_made_in_one_go(office: ActionContext) -> None:
    teams = first_day.proposed_regu(office.db, on=START)
    assert [team.name for team in teams] == ["Regu I", "Regu II", "Regu III", "Regu IV"]
    assert [len(team.member_ids) for team in teams] == [6, 6, 6, 6]

    first_day.set_up_regu(office, teams, START)

    made = roster_setup.list_regu(office.db, on=START)
    assert [regu.name for regu in made] == ["Regu I", "Regu II", "Regu III", "Regu IV"]
    assert [regu.karupam.name if regu.karupam else None for regu in made] == [
        "Penjaga 00",
        "Penjaga 01",
        "Penjaga 02",
        "Penjaga 03",
    ]
    assert all(member.start == START for regu in made for member in regu.members)
    assert first_day.proposed_regu(office.db, on=START) == []  # everyone has a regu now


def test_a_refused_regu_leaves_none_of_them_made(office: ActionContext) -> None:
    roster_setup.create_regu(office, "Regu III")
    teams = first_day.proposed_regu(office.db, on=START)

    with pytest.raises(ValidationError) as refused:
        first_day.set_up_regu(office, teams, START)

    assert [e.code for e in refused.value.errors] == ["name_duplicate"]
    assert [regu.name for regu in roster_setup.list_regu(office.db, on=START)] == ["Regu III"]
    with pytest.raises(ValidationError) as empty:
        first_day.set_up_regu(office, [*teams, ReguProposal("Regu V", None, ())], START)
    assert empty.value.errors[0].code == "regu_without_members"


def test_a_scheme_sets_the_hours_and_staggers_the_regu(office: ActionContext) -> None:
    regu_ids = _set_up(office)

    first_day.apply_shift_scheme(office, TWELVE_HOURS_4, regu_ids, START)

    with office.db.read() as session:
        shifts = {shift.code: shift for shift in shift_types_in(session)}
    assert (shifts["P"].start, shifts["P"].end) == (time(7), time(19))
    assert shifts["P"].name == "Pagi"  # the office's name for the code is kept
    regu = roster_setup.list_regu(office.db, on=START)
    assert [(r.rotations[0].cycle, r.rotations[0].anchor) for r in regu] == [
        ("P M L L", START - timedelta(days=i)) for i in range(4)
    ]
    assert readiness(office.db, on=START).regu_without_rotation == ()


def test_a_scheme_for_another_number_of_regu_is_refused_and_changes_nothing(
    office: ActionContext,
) -> None:
    regu_ids = _set_up(office)

    with pytest.raises(ValidationError) as refused:
        first_day.apply_shift_scheme(office, TWELVE_HOURS_4, regu_ids[:3], START)

    assert refused.value.errors[0].code == "scheme_regu_count"
    with office.db.read() as session:
        pagi = next(shift for shift in shift_types_in(session) if shift.code == "P")
    assert pagi.end == time(13)


def test_posts_are_saved_together_or_not_at_all(office: ActionContext) -> None:
    plans = [first_day.PostPlan(name, needs) for name, needs in default_post_minimums(PSML_4)]

    with pytest.raises(ValidationError) as refused:
        first_day.create_posts(office, [*plans, first_day.PostPlan("", {"P": 1})])
    assert refused.value.errors[0].code == "field_required"
    assert roster_setup.list_posts(office.db) == []
    with pytest.raises(ValidationError) as unmanned:
        first_day.create_posts(office, [first_day.PostPlan("Pos Menara", {"P": 0})])
    assert unmanned.value.errors[0].code == "posts_none_manned"

    first_day.create_posts(office, plans)

    posts = roster_setup.list_posts(office.db)
    assert [(post.name, post.minimums) for post in posts] == [
        ("Pos Utama (P2U)", {"M": 2, "P": 2, "S": 2}),
        ("Pos Menara", {"M": 1, "P": 1, "S": 1}),
        ("Pos Blok", {"M": 2, "P": 2, "S": 2}),
    ]


def test_holidays_of_two_years_in_one_click_and_again_adds_nothing(
    office: ActionContext,
) -> None:
    added = first_day.import_holidays(office, [2026, 2027])

    assert added > 20
    assert readiness(office.db, on=START).holiday_years == frozenset({2026, 2027})
    assert first_day.import_holidays(office, [2027, 2026]) == 0


def test_after_the_assistant_the_whole_month_can_be_planned(office: ActionContext) -> None:
    regu_ids = _set_up(office)
    first_day.apply_shift_scheme(office, PSML_4, regu_ids, START)
    first_day.create_posts(
        office, [first_day.PostPlan(name, needs) for name, needs in default_post_minimums(PSML_4)]
    )
    assert readiness(office.db, on=START).roster_ready

    generate_period(office, START, date(2026, 12, 31))

    with office.db.read() as session:
        days = session.scalars(select(RosterEntryRow.day).distinct()).all()
        night = session.scalar(
            select(func.count()).where(
                RosterEntryRow.day == START, RosterEntryRow.shift_code == "M"
            )
        )
    assert len(days) == 31
    assert night == 6  # Regu III works the night of the first day
