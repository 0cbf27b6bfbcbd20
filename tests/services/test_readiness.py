"""What a new office still has to set up before its first roster: the first-day assistant
starts from it and the empty roster tab names it."""

from __future__ import annotations

from datetime import date

from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.calendar.edits import add_holiday
from rutan_desk.services.context import ActionContext
from rutan_desk.services.readiness import Missing, readiness
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.staff.registry import create_staff

DAY = date(2026, 12, 1)


def _guard(ctx: ActionContext, serial: int) -> int:
    draft = StaffDraft(
        kind=StaffKind.INTERNAL,
        name=f"Penjaga {serial}",
        nip=f"1985010120100310{serial:02d}",
        golongan="II/c",
        position="Petugas Pengamanan",
        unit="Regu A",
        status_since=date(2020, 1, 1),
    )
    return create_staff(ctx, draft).id


def test_an_empty_database_misses_everything_in_the_order_it_is_set_up(
    ctx: ActionContext,
) -> None:
    state = readiness(ctx.db, on=DAY)

    assert state.is_new
    assert not state.roster_ready
    assert state.missing_for_roster == (Missing.STAFF, Missing.REGU, Missing.POSTS)
    assert state.holiday_years == frozenset()


def test_each_step_of_the_set_up_removes_what_it_supplies(ctx: ActionContext) -> None:
    first, second = _guard(ctx, 1), _guard(ctx, 2)
    assert readiness(ctx.db, on=DAY).missing_for_roster == (Missing.REGU, Missing.POSTS)
    assert not readiness(ctx.db, on=DAY).is_new

    regu_a = roster_setup.create_regu(ctx, "Regu A")
    regu_b = roster_setup.create_regu(ctx, "Regu B", second)
    state = readiness(ctx.db, on=DAY)
    assert state.missing_for_roster == (Missing.MEMBERS, Missing.ROTATION, Missing.POSTS)
    assert state.regu_without_members == ("Regu A", "Regu B")
    assert state.regu_without_karupam == ("Regu A",)

    roster_setup.add_regu_member(ctx, regu_a, first, date(2026, 11, 1))
    roster_setup.add_regu_member(ctx, regu_b, second, date(2026, 11, 1))
    roster_setup.set_rotation(ctx, regu_a, "P S M L", anchor=DAY, valid_from=DAY)
    state = readiness(ctx.db, on=DAY)
    assert state.regu_without_rotation == ("Regu B",)
    assert state.missing_for_roster == (Missing.ROTATION, Missing.POSTS)

    roster_setup.set_rotation(ctx, regu_b, "S M L P", anchor=DAY, valid_from=DAY)
    roster_setup.create_post(ctx, "Pos Menara", {"P": 0, "S": 0, "M": 0})
    assert readiness(ctx.db, on=DAY).missing_for_roster == (Missing.POSTS,)  # manned on no shift

    roster_setup.create_post(ctx, "Pos Utama", {"P": 1, "S": 1, "M": 1})
    assert readiness(ctx.db, on=DAY).roster_ready


def test_a_membership_ended_before_the_day_does_not_count(ctx: ActionContext) -> None:
    guard = _guard(ctx, 1)
    regu = roster_setup.create_regu(ctx, "Regu A", guard)
    member = roster_setup.add_regu_member(ctx, regu, guard, date(2026, 1, 1))
    roster_setup.end_regu_membership(ctx, member, date(2026, 6, 30), expected_version=1)

    assert readiness(ctx.db, on=date(2026, 6, 30)).regu_without_members == ()
    assert readiness(ctx.db, on=DAY).regu_without_members == ("Regu A",)


def test_holiday_years_are_the_years_with_a_holiday(ctx: ActionContext) -> None:
    add_holiday(ctx, date(2026, 8, 17), "Hari Kemerdekaan")
    add_holiday(ctx, date(2027, 1, 1), "Tahun Baru")

    assert readiness(ctx.db, on=DAY).holiday_years == frozenset({2026, 2027})
