"""Numbers typed into a handover have a sane range, checked in the service: a slip of the
keyboard (or 2^63, which no database integer holds) is refused with a message and nothing is
saved, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.handover import MAX_HEADCOUNT, MovementReason
from rutan_desk.services.context import ActionContext
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import list_handovers
from rutan_desk.services.handover.saving import save_handover
from tests.services.test_handover import (
    JAN_31,
    Rutan,
    make_rutan,
    movement,
    opening_balance,
    planned,
    with_counted,
)

HUGE = 2**63


@pytest.fixture
def rutan(ctx: ActionContext) -> Rutan:
    return make_rutan(ctx)


@pytest.mark.parametrize("number", [MAX_HEADCOUNT + 1, HUGE])
def test_a_count_beyond_any_block_is_refused_with_a_message(
    ctx: ActionContext, rutan: Rutan, number: int
) -> None:
    planned(ctx)
    a, tl = rutan.blocks[0], rutan.categories[0]
    draft = opening_balance(prefill_handover(ctx.db, JAN_31, "S"), {(a, tl): 40})
    for refused in (
        with_counted(draft, {(a, tl): number}),  # the count at the end of the shift
        opening_balance(draft, {(a, tl): number}),  # the opening balance typed in
        replace(draft, movements=(movement(time(15), MovementReason.BARU, number, a, tl),)),
    ):
        with pytest.raises(ValidationError) as raised:
            save_handover(ctx, refused)
        assert "count_too_large" in {error.code for error in raised.value.errors}
        assert {
            e.params.get("high") for e in raised.value.errors if e.code == "count_too_large"
        } == {MAX_HEADCOUNT}
    assert list_handovers(ctx.db, JAN_31, JAN_31) == []  # nothing was saved


def test_an_equipment_quantity_beyond_any_store_is_refused(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    a, tl = rutan.blocks[0], rutan.categories[0]
    draft = opening_balance(prefill_handover(ctx.db, JAN_31, "S"), {(a, tl): 40})
    radios = next(line for line in draft.equipment if line.item_id == rutan.radios)
    too_many = replace(radios, quantity=HUGE)
    draft = replace(
        draft,
        equipment=tuple(too_many if line is radios else line for line in draft.equipment),
    )
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, draft)
    assert ("equipment", "count_too_large") in {(e.field, e.code) for e in raised.value.errors}
