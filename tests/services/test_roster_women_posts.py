"""A women's post gets women only; when none is free it is a conflict, never a man."""

from __future__ import annotations

from datetime import date

import pytest

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.roster import checks, generation, queries, setup
from rutan_desk.services.roster.changes import Gap, propose_replacements, record_absence
from rutan_desk.store.engine import Database
from tests.conftest import before_the_roster
from tests.services.test_roster_service import setup_rutan

DECEMBER = (date(2023, 12, 1), date(2023, 12, 31))


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    return before_the_roster(db, actor)


def test_only_women_stand_at_the_womens_post_and_a_shortage_is_a_conflict(
    ctx: ActionContext,
) -> None:
    people, _ = setup_rutan(ctx)
    women = {p.id for p in people if p.gender == Gender.FEMALE}
    regu_one_women = [p.id for p in people if p.unit == "Regu I" and p.id in women]
    assert regu_one_women  # the demo's Regu I has women officers
    blok_wanita = setup.create_post(
        ctx, "Blok Wanita", {"P": 1, "S": 1, "M": 1}, needs_woman=True, min_women=1
    )
    for woman in regu_one_women:
        record_absence(ctx, woman, AbsenceKind.DIKLAT, date(2023, 12, 1), date(2023, 12, 31))

    generation.generate_period(ctx, *DECEMBER)

    entries = queries.entries_between(ctx.db, *DECEMBER)
    at_the_post = [d for d in entries if d.post_id == blok_wanita]
    assert at_the_post and {d.person_id for d in at_the_post} <= women
    # Regu I's shifts have no woman free: the post stays empty and the checks say so.
    regu_one = {p.id for p in people if p.unit == "Regu I"}
    shifts_of_regu_one = {
        (d.day, d.shift) for d in entries if d.person_id in regu_one and d.shift in "PSM"
    }
    short = {
        (c.day, c.shift)
        for c in checks.check_period(ctx.db, *DECEMBER)
        if c.rule is Rule.NO_WOMAN and c.post_id == blok_wanita
    }
    assert short == shifts_of_regu_one
    assert not [
        c for c in checks.check_period(ctx.db, *DECEMBER) if c.rule is Rule.MAN_ON_WOMEN_POST
    ]


def test_a_man_is_never_proposed_for_the_womens_post(ctx: ActionContext) -> None:
    people, _ = setup_rutan(ctx)
    women = {p.id for p in people if p.gender == Gender.FEMALE}
    blok_wanita = setup.create_post(ctx, "Blok Wanita", {"P": 1, "S": 1, "M": 1}, needs_woman=True)
    generation.generate_period(ctx, *DECEMBER)
    woman_on_duty = next(
        d
        for d in queries.entries_between(ctx.db, *DECEMBER)
        if d.post_id == blok_wanita and d.day >= date(2023, 12, 10)
    )
    _, gaps = record_absence(
        ctx, woman_on_duty.person_id, AbsenceKind.SAKIT, woman_on_duty.day, woman_on_duty.day
    )
    assert gaps == [
        Gap(woman_on_duty.person_id, woman_on_duty.day, woman_on_duty.shift, blok_wanita)
    ]

    proposals = propose_replacements(ctx.db, gaps[0], include_officials=True)

    assert proposals and {p.staff_id for p in proposals} <= women


def test_the_minimum_of_women_is_checked_by_the_service(ctx: ActionContext) -> None:
    setup_rutan(ctx)
    with pytest.raises(ValidationError) as refused:
        setup.create_post(ctx, "Blok Wanita", {"P": 2}, needs_woman=True, min_women=0)
    assert refused.value.codes() == {"min_women": "number_out_of_range"}
    post_id = setup.create_post(ctx, "Blok Wanita", {"P": 2}, needs_woman=True, min_women=2)
    post = next(p for p in setup.list_posts(ctx.db) if p.id == post_id)
    assert (post.needs_woman, post.min_women) == (True, 2)
