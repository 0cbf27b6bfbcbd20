"""Days that are history: planning never changes them, a hand edit needs a reason."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from rutan_desk.domain.roster_history import KeptDays, KeptReason
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.documents.duty_orders import (
    DutyOrderRequest,
    issue_duty_order,
    prepare_duty_order,
)
from rutan_desk.services.documents.register import cancel_document
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.services.roster import generation, queries, setup
from rutan_desk.services.roster.grid import set_cell
from rutan_desk.services.roster.history import HistoryEditError
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import before_the_roster
from tests.services.test_handover import (
    JAN_31,
    counted_as_expected,
    make_rutan,
    planned,
)
from tests.services.test_roster_service import setup_rutan

DECEMBER = (date(2023, 12, 1), date(2023, 12, 31))


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    return before_the_roster(db, actor)


def placed(db: Database, first: date, last: date) -> list[tuple[int, date, str, int | None]]:
    return [
        (d.person_id, d.day, d.shift, d.post_id) for d in queries.entries_between(db, first, last)
    ]


def test_planning_again_mid_month_leaves_the_days_passed_as_they_were(
    ctx: ActionContext,
) -> None:
    _, regu_ids = setup_rutan(ctx)
    generation.generate_period(ctx, *DECEMBER)
    first_half = placed(ctx.db, date(2023, 12, 1), date(2023, 12, 14))
    # On the 15th the Ka KPR changes Regu I's pattern from that day and plans the month again;
    # a new post makes every day's dealing different too.
    on_the_15th = ctx.on_morning_of(date(2023, 12, 15))
    setup.set_rotation(
        on_the_15th,
        regu_ids[0],
        "P-P-S-S-M-L",
        anchor=date(2023, 12, 15),
        valid_from=date(2023, 12, 15),
    )
    pintu_dua = setup.create_post(on_the_15th, "Pintu Dua", {"P": 1, "S": 1, "M": 1})

    summary = generation.generate_period(on_the_15th, *DECEMBER)

    assert placed(ctx.db, date(2023, 12, 1), date(2023, 12, 14)) == first_half
    assert summary.history == (KeptDays(date(2023, 12, 1), date(2023, 12, 14), KeptReason.PAST),)
    # From the 15th on the new post is manned every day; before it, never.
    later = queries.entries_between(ctx.db, date(2023, 12, 15), date(2023, 12, 31))
    assert {d.day for d in later if d.post_id == pintu_dua} == {
        date(2023, 12, day) for day in range(15, 32)
    }
    # The planning event says which days were left alone and why.
    with ctx.db.read() as session:
        event = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "roster").order_by(AuditEntry.id.desc())
        ).first()
    assert event is not None
    assert json.loads(event.after or "{}")["history"] == [
        {"first": "2023-12-01", "last": "2023-12-14", "reason": "past"}
    ]


def test_a_month_that_has_passed_is_not_planned_at_all(ctx: ActionContext) -> None:
    setup_rutan(ctx)
    in_january = ctx.on_morning_of(date(2024, 1, 10))
    summary = generation.generate_period(in_january, *DECEMBER)
    assert (summary.added, summary.removed) == (0, 0)
    assert placed(ctx.db, *DECEMBER) == []
    assert summary.history == (KeptDays(*DECEMBER, KeptReason.PAST),)


def test_a_day_an_issued_order_covers_is_kept_until_the_order_is_cancelled(
    ctx: ActionContext,
) -> None:
    setup_rutan(ctx)
    generation.generate_period(ctx, *DECEMBER)
    new_year = date(2023, 12, 31)
    order = prepare_duty_order(
        ctx.db,
        DutyOrderRequest(
            first=new_year,
            last=new_year,
            shifts=frozenset({"P", "S", "M"}),
            issued_on=date(2023, 12, 28),
            title="Pengamanan malam tahun baru",
        ),
    )
    issued = issue_duty_order(ctx, order, "Pengamanan malam tahun baru")
    on_paper = placed(ctx.db, new_year, new_year)
    setup.create_post(ctx, "Pintu Dua", {"P": 1, "S": 1, "M": 1})

    summary = generation.generate_period(ctx, *DECEMBER)

    assert placed(ctx.db, new_year, new_year) == on_paper
    assert summary.history == (KeptDays(new_year, new_year, KeptReason.ORDER),)
    # Cancelled, the order no longer holds the day: planning changes it again.
    cancel_document(ctx, issued.id, "salah tanggal", expected_version=issued.version)
    summary = generation.generate_period(ctx, *DECEMBER)
    assert summary.history == ()
    assert placed(ctx.db, new_year, new_year) != on_paper


def test_a_past_cell_is_corrected_only_with_a_reason_which_is_recorded(
    ctx: ActionContext,
) -> None:
    people, _ = setup_rutan(ctx)
    generation.generate_period(ctx, *DECEMBER)
    later = ctx.on_morning_of(date(2023, 12, 20))
    budi, day = people[5].id, date(2023, 12, 5)
    before = placed(ctx.db, day, day)

    with pytest.raises(HistoryEditError) as refused:
        set_cell(later, budi, day, "L")
    assert refused.value.codes() == {"day": "roster_history_past"}
    assert placed(ctx.db, day, day) == before

    set_cell(later, budi, day, "L", override_reason="sakit, surat dokter menyusul")
    assert "L" in {shift for pid, _, shift, _ in placed(ctx.db, day, day) if pid == budi}
    with ctx.db.read() as session:
        event = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "roster_cell", AuditEntry.entity_id == f"{budi}@{day}"
            )
        ).one()
    details = json.loads(event.after or "{}")
    assert (details["history"], details["override_reason"]) == (
        "past",
        "sakit, surat dokter menyusul",
    )
    # Today and the days ahead are edited as before, without a reason.
    set_cell(later, budi, date(2023, 12, 20) + timedelta(days=1), "L")


def test_a_day_whose_shift_was_handed_over_is_kept(ctx: ActionContext) -> None:
    make_rutan(ctx)
    planned(ctx)
    save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "S")))
    handed_over = placed(ctx.db, JAN_31, JAN_31)
    setup.create_post(ctx, "Pintu Dua", {"P": 1, "S": 1, "M": 1})

    summary = generation.generate_period(ctx, date(2024, 1, 25), date(2024, 2, 5))

    assert placed(ctx.db, JAN_31, JAN_31) == handed_over
    assert summary.history == (KeptDays(JAN_31, JAN_31, KeptReason.HANDOVER),)
