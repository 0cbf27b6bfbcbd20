"""The benchmark's incidents, written in bulk (bench/incidents.py), are records the services
read like their own: opened whole, numbered per year in the order they happened, found by
what a clerk types, on an audit trail that accounts for every row."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select

from bench.incidents import set_up_incidents, typed_queries
from bench.make_dataset import ROSTER_FIRST, regu_on_duty, set_up_roster
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import DEMO_BLOCKS, DemoShape, populate_demo
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.incidents.queries import IncidentQuery, list_incidents, load_incident
from rutan_desk.store.engine import Database
from rutan_desk.store.models.incidents import IncidentRow
from rutan_desk.store.models.roster import ReguRow
from tests.conftest import audit_check

SMALL = DemoShape(guards_per_regu=(6, 6, 6, 6), p2u_officers=2, admin_staff=6, external_officers=1)
FIRST, LAST = date(2022, 1, 1), date(2023, 12, 31)


def test_bulk_incidents_read_like_saved_ones(db: Database, ctx: ActionContext) -> None:
    people = populate_demo(db, SMALL, seed=3, with_roster=False)
    set_up_roster(ctx, people, ROSTER_FIRST)
    for name, capacity, _ in DEMO_BLOCKS:
        handover_setup.save_block(ctx, name, capacity)
    with db.read() as session:
        regu_ids = [
            regu_id for (regu_id,) in session.execute(select(ReguRow.id).order_by(ReguRow.name))
        ]

    made = set_up_incidents(
        ctx,
        FIRST,
        LAST,
        lambda day, code: regu_on_duty(regu_ids, day, code) if day >= ROSTER_FIRST else None,
        count=400,
        inmate_count=150,
    )

    assert (made.incidents, made.inmates) == (400, 150)
    check = audit_check(db)
    assert check.intact, check  # one entry per bulk statement covers every row
    listed = list_incidents(db, IncidentQuery(), limit=1000)
    assert len(listed) == 400
    for summary in listed:
        record = load_incident(db, summary.id)
        assert record.number == summary.number and record.type_name == summary.type_name
        assert FIRST <= summary.happened_at.date() <= LAST
        assert record.draft.summary and record.draft.chronology.count(". ") >= 1
        assert record.draft.notifications  # at least the Karupam was told
    serials: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
    with db.read() as session:
        for year, serial, happened_at in session.execute(
            select(IncidentRow.year, IncidentRow.serial, IncidentRow.happened_at)
        ):
            serials[year].append((serial, happened_at))
    for numbers in serials.values():  # 1, 2, 3, … per year, in the order they happened
        numbers.sort()
        assert [serial for serial, _ in numbers] == list(range(1, len(numbers) + 1))
        assert [at for _, at in numbers] == sorted(at for _, at in numbers)
    for query in typed_queries(db):
        assert list_incidents(db, query), query  # each typed text finds its incident
