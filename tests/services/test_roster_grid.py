from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster import AbsenceKind, EntrySource
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.services.context import ActionContext, Actor, ActorKind
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.roster import generation
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.services.roster.checks import HardRuleError
from rutan_desk.services.roster.grid import (
    load_cells,
    load_month,
    month_conflicts,
    pin_cell,
    restore_cell,
    set_cell,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR, audit_check, before_the_roster
from tests.services.test_roster_service import setup_rutan


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    """On the morning the roster's first month began (see ``before_the_roster``)."""
    return before_the_roster(db, actor)


NYE = date(2023, 12, 31)


@pytest.fixture
def december(ctx: ActionContext) -> ActionContext:
    setup_rutan(ctx)
    generation.generate_period(ctx, date(2023, 12, 1), date(2024, 1, 31))
    return ctx


def code_of(grid_db: Database, staff_id: int, day: date) -> list[str]:
    grid = load_month(grid_db, day.year, day.month)
    return [cell.code for cell in grid.cells.get((staff_id, day), ())]


def audit_since(db: Database, after_id: int) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)
            )
        )


def test_month_grid_has_every_regu_member_and_their_codes(december: ActionContext) -> None:
    db = december.db
    grid = load_month(db, 2023, 12)
    assert len(grid.days) == 31
    assert grid.group_order[:4] == ("Regu I", "Regu II", "Regu III", "Regu IV")
    assert len(grid.people) == 40
    assert [p.group for p in grid.people[:3]] == ["Regu I"] * 3
    assert all(len(grid.cells[(p.id, day)]) == 1 for p in grid.people for day in grid.days)
    assert month_conflicts(db, 2023, 12) == ()
    assert [s.code for s in grid.shift_types] == ["P", "S", "M", "L", "Lb"]


def test_absences_show_in_the_grid(december: ActionContext) -> None:
    db = december.db
    person = load_month(db, 2023, 12).people[3]
    record_absence(december, person.id, AbsenceKind.CUTI, date(2023, 12, 30), date(2024, 1, 2))
    grid = load_month(db, 2023, 12)
    assert grid.absences[(person.id, NYE)] == "cuti"
    assert (person.id, date(2023, 12, 29)) not in grid.absences


def test_a_typed_code_that_breaks_a_hard_rule_is_refused_whole(december: ActionContext) -> None:
    db = december.db
    grid = load_month(db, 2023, 12)
    night = next(p for p in grid.people if grid.cells[(p.id, NYE)][0].code == "M")
    before = code_of(db, night.id, date(2024, 1, 1))
    entries = audit_check(db).entries
    with pytest.raises(HardRuleError) as raised:
        set_cell(december, night.id, date(2024, 1, 1), "P")  # right after a night
    assert {c.rule for c in raised.value.conflicts} == {Rule.REST_AFTER_NIGHT}
    assert code_of(db, night.id, date(2024, 1, 1)) == before
    assert audit_check(db).entries == entries


def test_an_override_with_a_reason_is_saved_and_audited(december: ActionContext) -> None:
    db = december.db
    grid = load_month(db, 2023, 12)
    night = next(p for p in grid.people if grid.cells[(p.id, NYE)][0].code == "M")
    new_year = date(2024, 1, 1)
    before_code = code_of(db, night.id, new_year)
    start = audit_check(db).entries
    december.take_changes()
    edit = set_cell(
        december,
        night.id,
        new_year,
        "P",
        override_reason="Perintah Karutan: siaga tahun baru",
        expected=tuple(before_code),
    )
    assert code_of(db, night.id, new_year) == ["P"]
    assert any(c.rule is Rule.REST_AFTER_NIGHT for c in edit.conflicts)
    # The cell's row changed (one update of roster_entry), and the override is an event.
    changed, event = audit_since(db, start)
    assert {changed.actor, event.actor} == {ACTOR.audit_name}
    assert (changed.entity, changed.action) == ("roster_entry", "update")
    before, after = json.loads(changed.before or "{}"), json.loads(changed.after or "{}")
    assert (before["staff_id"], before["day"], before["shift_code"]) == (
        night.id,
        "2024-01-01",
        before_code[0],
    )
    assert (after["shift_code"], after["source"]) == ("P", EntrySource.MANUAL.value)
    assert (event.entity, event.entity_id, event.action) == (
        "roster_cell",
        f"{night.id}@2024-01-01",
        "event",
    )
    details = json.loads(event.after or "{}")
    assert details["override_reason"] == "Perintah Karutan: siaga tahun baru"
    assert details["overridden"] == ["rest_after_night"]
    assert details["entries"] == ["P"]
    assert december.take_changes().roster_cells == frozenset({(night.id, new_year)})


def test_an_edit_without_override_records_only_the_row(december: ActionContext) -> None:
    db = december.db
    person = load_month(db, 2023, 12).people[4]
    day = date(2023, 12, 12)
    was = code_of(db, person.id, day)
    start = audit_check(db).entries
    set_cell(december, person.id, day, None, expected=tuple(was))
    (removed,) = audit_since(db, start)
    assert (removed.entity, removed.action, removed.after) == ("roster_entry", "delete", None)
    assert json.loads(removed.before or "{}")["shift_code"] == was[0]


def test_a_cell_changed_meanwhile_elsewhere_is_refused(december: ActionContext) -> None:
    db = december.db
    person = load_month(db, 2023, 12).people[5]
    day = date(2023, 12, 20)
    seen = tuple(code_of(db, person.id, day))
    other = before_the_roster(db, Actor(ActorKind.SYSTEM, "petugas.lain"))
    set_cell(other, person.id, day, "Lb", expected=seen)
    with pytest.raises(StaleRecordError) as raised:
        set_cell(december, person.id, day, "P", expected=seen)
    assert raised.value.changed_by == "sistem:petugas.lain"
    assert raised.value.fields == ("shift_code",)
    assert load_cells(db, [(person.id, day)])[(person.id, day)][0].code == "Lb"


def test_undo_puts_back_exactly_what_was_there(december: ActionContext) -> None:
    db = december.db
    person = load_month(db, 2023, 12).people[5]
    before = code_of(db, person.id, NYE)
    edit = set_cell(december, person.id, NYE, None)
    assert code_of(db, person.id, NYE) == []
    restore_cell(december, edit)
    assert code_of(db, person.id, NYE) == before
    grid = load_month(db, 2023, 12)
    assert grid.cells[(person.id, NYE)][0].source is EntrySource.GENERATED


def test_undo_is_refused_when_the_cell_changed_since(december: ActionContext) -> None:
    db = december.db
    person = load_month(db, 2023, 12).people[5]
    edit = set_cell(december, person.id, NYE, "Lb")
    other = before_the_roster(db, Actor(ActorKind.SYSTEM, "petugas.lain"))
    set_cell(other, person.id, NYE, "L", expected=("Lb",))
    with pytest.raises(StaleRecordError):
        restore_cell(december, edit)
    assert code_of(db, person.id, NYE) == ["L"]


def test_typed_cells_survive_regeneration(december: ActionContext) -> None:
    db = december.db
    person = load_month(db, 2023, 12).people[6]
    current = code_of(db, person.id, date(2023, 12, 10))[0]
    replacement = "Lb" if current != "Lb" else "L"
    set_cell(december, person.id, date(2023, 12, 10), replacement)
    generation.generate_period(december, date(2023, 12, 1), date(2023, 12, 31))
    assert code_of(db, person.id, date(2023, 12, 10)) == [replacement]


def test_unknown_code_is_refused(december: ActionContext) -> None:
    person = load_month(december.db, 2023, 12).people[0]
    with pytest.raises(ValidationError) as raised:
        set_cell(december, person.id, NYE, "X")
    assert raised.value.codes() == {"code": "cycle_unknown_code"}


def test_a_pinned_cell_survives_regeneration(december: ActionContext) -> None:
    db = december.db
    person = load_month(db, 2023, 12).people[7]
    before = load_month(db, 2023, 12).cells[(person.id, NYE)]
    edit = pin_cell(december, person.id, NYE)
    assert [e.source for e in edit.after] == [EntrySource.PINNED]
    generation.generate_period(december, date(2023, 12, 1), date(2023, 12, 31))
    after = load_month(db, 2023, 12).cells[(person.id, NYE)]
    assert [(c.code, c.post) for c in after] == [(c.code, c.post) for c in before]
    assert after[0].source is EntrySource.PINNED


def test_a_typed_code_with_too_little_rest_is_refused(december: ActionContext) -> None:
    """A clerk's own shift code, Dini hari 01.00–07.00, typed for a guard the night after
    their siang (ending 19.00): 6 hours of rest, fewer than the 8 asked between two shifts."""
    from datetime import time, timedelta

    from rutan_desk.domain.shifts import ShiftType
    from rutan_desk.services.roster.rules import save_shift_type

    db = december.db
    save_shift_type(december, ShiftType("D", "Dini hari", time(1), time(7), "#cccccc"))
    grid = load_month(db, 2023, 12)
    day = date(2023, 12, 12)
    siang = next(p for p in grid.people if grid.cells[(p.id, day)][0].code == "S")
    next_day = day + timedelta(days=1)
    before = code_of(db, siang.id, next_day)
    with pytest.raises(HardRuleError) as raised:
        set_cell(december, siang.id, next_day, "D")
    (conflict,) = raised.value.conflicts
    assert (conflict.rule, conflict.day, conflict.params["rest_hours"]) == (
        Rule.SHORT_REST,
        next_day,
        6.0,
    )
    assert code_of(db, siang.id, next_day) == before
    edit = set_cell(december, siang.id, next_day, "D", override_reason="apel siaga")
    assert [c.rule for c in edit.conflicts if c.hard] == [Rule.SHORT_REST]
