from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.services import roster
from rutan_desk.services.roster_changes import (
    absences_between,
    assign_replacement,
    delete_absence,
    propose_replacements,
    record_absence,
    swap_duties,
    undo_swap,
)
from rutan_desk.services.roster_grid import HardRuleError, load_month
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.services.test_roster_service import setup_rutan

DAY = date(2023, 12, 12)


@pytest.fixture
def planned(db: Database, actor: str) -> Database:
    setup_rutan(db, actor)
    roster.generate_period(db, actor, date(2023, 12, 1), date(2023, 12, 31))
    return db


def codes_on(db: Database, day: date) -> dict[int, str]:
    grid = load_month(db, day.year, day.month)
    return {
        pid: "/".join(c.code for c in cells)
        for (pid, cell_day), cells in grid.cells.items()
        if cell_day == day
    }


def someone_on(db: Database, day: date, shift: str) -> int:
    return next(pid for pid, code in sorted(codes_on(db, day).items()) if code == shift)


def test_a_sick_day_takes_the_person_off_and_leaves_a_gap(planned: Database, actor: str) -> None:
    guard = someone_on(planned, DAY, "P")
    absence_id, gaps = record_absence(
        planned, actor, guard, AbsenceKind.SAKIT, DAY, DAY, reference="surat dokter"
    )
    assert [(g.staff_id, g.day, g.shift) for g in gaps] == [(guard, DAY, "P")]
    assert guard not in codes_on(planned, DAY)
    (absence,) = absences_between(planned, DAY, DAY)
    assert (absence.id, absence.kind, absence.reference) == (
        absence_id,
        AbsenceKind.SAKIT,
        "surat dokter",
    )
    with planned.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.entity == "absence"
    assert json.loads(entry.after or "{}")["removed_entries"][0]["shift_code"] == "P"


def test_proposals_break_no_hard_rule_and_come_best_first(planned: Database, actor: str) -> None:
    guard = someone_on(planned, DAY, "P")
    _, (gap,) = record_absence(planned, actor, guard, AbsenceKind.SAKIT, DAY, DAY)
    proposals = propose_replacements(planned, gap)
    assert proposals
    today = codes_on(planned, DAY)
    yesterday = codes_on(planned, DAY - timedelta(days=1))
    for proposal in proposals:
        assert today.get(proposal.staff_id, "") in ("", "L", "Lb")
        assert yesterday.get(proposal.staff_id) != "M"  # no P right after a night shift
    keys = [(len(p.warnings), p.shifts_this_month) for p in proposals]
    assert keys == sorted(keys)


def test_picking_a_replacement_fills_the_gap(planned: Database, actor: str) -> None:
    guard = someone_on(planned, DAY, "S")
    _, (gap,) = record_absence(planned, actor, guard, AbsenceKind.IZIN, DAY, DAY)
    best = propose_replacements(planned, gap)[0]
    assign_replacement(planned, actor, gap, best.staff_id)
    assert codes_on(planned, DAY)[best.staff_id] == "S"
    assert [c for c in roster.check_period(planned, DAY, DAY) if c.hard] == []
    roster.generate_period(planned, actor, date(2023, 12, 1), date(2023, 12, 31))
    assert codes_on(planned, DAY)[best.staff_id] == "S"  # kept by regeneration
    assert guard not in codes_on(planned, DAY)  # the absence still holds


def test_an_absence_entered_by_mistake_can_be_deleted(planned: Database, actor: str) -> None:
    guard = someone_on(planned, DAY, "P")
    absence_id, _ = record_absence(planned, actor, guard, AbsenceKind.CUTI, DAY, DAY)
    delete_absence(planned, actor, absence_id)
    assert absences_between(planned, DAY, DAY) == []


def test_a_swap_exchanges_two_cells_and_can_be_undone(planned: Database, actor: str) -> None:
    before = codes_on(planned, DAY)
    a = someone_on(planned, DAY, "P")
    b = someone_on(planned, DAY, "L")
    swap = swap_duties(
        planned, actor, a, DAY, b, DAY, "keperluan keluarga", override_reason="disetujui Ka KPR"
    )
    after = codes_on(planned, DAY)
    assert (after[a], after[b]) == (before[b], before[a])
    undo_swap(planned, actor, swap.id)
    assert codes_on(planned, DAY) == before


def test_a_swap_that_breaks_a_hard_rule_needs_a_reason_to_override(
    planned: Database, actor: str
) -> None:
    day = DAY + timedelta(days=1)
    night = someone_on(planned, DAY, "M")  # on M the evening before
    morning = someone_on(planned, day, "P")
    before = codes_on(planned, day)
    with pytest.raises(HardRuleError):
        swap_duties(planned, actor, night, day, morning, day, "tukar")
    assert codes_on(planned, day) == before


def test_a_swap_needs_a_reason_and_two_people(planned: Database, actor: str) -> None:
    a = someone_on(planned, DAY, "P")
    with pytest.raises(ValidationError) as raised:
        swap_duties(planned, actor, a, DAY, a, DAY, " ")
    assert raised.value.codes() == {"reason": "field_required", "other": "swap_same_person"}
