from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster import AbsenceKind, EntrySource
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.services import roster
from rutan_desk.services.roster_changes import record_absence
from rutan_desk.services.roster_grid import (
    HardRuleError,
    load_month,
    month_conflicts,
    restore_cell,
    set_cell,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.services.test_roster_service import setup_rutan

NYE = date(2023, 12, 31)


@pytest.fixture
def december(db: Database, actor: str) -> Database:
    setup_rutan(db, actor)
    roster.generate_period(db, actor, date(2023, 12, 1), date(2024, 1, 31))
    return db


def code_of(grid_db: Database, staff_id: int, day: date) -> list[str]:
    grid = load_month(grid_db, day.year, day.month)
    return [cell.code for cell in grid.cells.get((staff_id, day), ())]


def test_month_grid_has_every_regu_member_and_their_codes(december: Database) -> None:
    grid = load_month(december, 2023, 12)
    assert len(grid.days) == 31
    assert grid.group_order[:4] == ("Regu I", "Regu II", "Regu III", "Regu IV")
    assert len(grid.people) == 40
    assert [p.group for p in grid.people[:3]] == ["Regu I"] * 3
    assert all(len(grid.cells[(p.id, day)]) == 1 for p in grid.people for day in grid.days)
    assert month_conflicts(december, 2023, 12) == ()
    assert [s.code for s in grid.shift_types] == ["P", "S", "M", "L", "Lb"]


def test_absences_show_in_the_grid(december: Database, actor: str) -> None:
    person = load_month(december, 2023, 12).people[3]
    record_absence(
        december, actor, person.id, AbsenceKind.CUTI, date(2023, 12, 30), date(2024, 1, 2)
    )
    grid = load_month(december, 2023, 12)
    assert grid.absences[(person.id, NYE)] == "cuti"
    assert (person.id, date(2023, 12, 29)) not in grid.absences


def test_a_typed_code_that_breaks_a_hard_rule_is_refused_whole(
    december: Database, actor: str
) -> None:
    grid = load_month(december, 2023, 12)
    night = next(p for p in grid.people if grid.cells[(p.id, NYE)][0].code == "M")
    before = code_of(december, night.id, date(2024, 1, 1))
    with pytest.raises(HardRuleError) as raised:
        set_cell(december, actor, night.id, date(2024, 1, 1), "P")  # right after a night
    assert {c.rule for c in raised.value.conflicts} == {Rule.REST_AFTER_NIGHT}
    assert code_of(december, night.id, date(2024, 1, 1)) == before


def test_an_override_with_a_reason_is_saved_and_audited(december: Database, actor: str) -> None:
    grid = load_month(december, 2023, 12)
    night = next(p for p in grid.people if grid.cells[(p.id, NYE)][0].code == "M")
    edit = set_cell(
        december,
        actor,
        night.id,
        date(2024, 1, 1),
        "P",
        override_reason="Perintah Karutan: siaga tahun baru",
    )
    assert code_of(december, night.id, date(2024, 1, 1)) == ["P"]
    assert any(c.rule is Rule.REST_AFTER_NIGHT for c in edit.conflicts)
    with december.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.entity == "roster_cell"
    after = json.loads(entry.after or "{}")
    assert after["override_reason"] == "Perintah Karutan: siaga tahun baru"
    assert after["overridden"] == ["rest_after_night"]


def test_undo_puts_back_exactly_what_was_there(december: Database, actor: str) -> None:
    person = load_month(december, 2023, 12).people[5]
    before = code_of(december, person.id, NYE)
    edit = set_cell(december, actor, person.id, NYE, None)
    assert code_of(december, person.id, NYE) == []
    restore_cell(december, actor, edit)
    assert code_of(december, person.id, NYE) == before
    grid = load_month(december, 2023, 12)
    assert grid.cells[(person.id, NYE)][0].source is EntrySource.GENERATED


def test_typed_cells_survive_regeneration(december: Database, actor: str) -> None:
    person = load_month(december, 2023, 12).people[6]
    current = code_of(december, person.id, date(2023, 12, 10))[0]
    replacement = "Lb" if current != "Lb" else "L"
    set_cell(december, actor, person.id, date(2023, 12, 10), replacement)
    roster.generate_period(december, actor, date(2023, 12, 1), date(2023, 12, 31))
    assert code_of(december, person.id, date(2023, 12, 10)) == [replacement]


def test_unknown_code_is_refused(december: Database, actor: str) -> None:
    person = load_month(december, 2023, 12).people[0]
    with pytest.raises(ValidationError) as raised:
        set_cell(december, actor, person.id, NYE, "X")
    assert raised.value.codes() == {"code": "cycle_unknown_code"}


def test_a_pinned_cell_survives_regeneration(december: Database, actor: str) -> None:
    from rutan_desk.services.roster_grid import pin_cell

    person = load_month(december, 2023, 12).people[7]
    before = load_month(december, 2023, 12).cells[(person.id, NYE)]
    edit = pin_cell(december, actor, person.id, NYE)
    assert [e.source for e in edit.after] == [EntrySource.PINNED]
    roster.generate_period(december, actor, date(2023, 12, 1), date(2023, 12, 31))
    after = load_month(december, 2023, 12).cells[(person.id, NYE)]
    assert [(c.code, c.post) for c in after] == [(c.code, c.post) for c in before]
    assert after[0].source is EntrySource.PINNED
