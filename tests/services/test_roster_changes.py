from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.roster import checks, generation, rules
from rutan_desk.services.roster.changes import (
    absences_between,
    assign_replacement,
    delete_absence,
    propose_replacements,
    record_absence,
    swap_duties,
    swaps_between,
    undo_swap,
)
from rutan_desk.services.roster.checks import HardRuleError
from rutan_desk.services.roster.grid import load_month
from rutan_desk.services.roster.history import HistoryEditError
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.staff import StaffRow
from tests.conftest import ACTOR, audit_check, before_the_roster
from tests.services.test_roster_service import setup_rutan


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    """On the morning the roster's first month began (see ``before_the_roster``)."""
    return before_the_roster(db, actor)


DAY = date(2023, 12, 12)


@pytest.fixture
def planned(ctx: ActionContext) -> ActionContext:
    setup_rutan(ctx)
    generation.generate_period(ctx, date(2023, 12, 1), date(2023, 12, 31))
    return ctx


def codes_on(db: Database, day: date) -> dict[int, str]:
    grid = load_month(db, day.year, day.month)
    return {
        pid: "/".join(c.code for c in cells)
        for (pid, cell_day), cells in grid.cells.items()
        if cell_day == day
    }


def someone_on(db: Database, day: date, shift: str) -> int:
    return next(pid for pid, code in sorted(codes_on(db, day).items()) if code == shift)


def audit_since(db: Database, after_id: int) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)
            )
        )


def test_a_sick_day_takes_the_person_off_and_leaves_a_gap(planned: ActionContext) -> None:
    db = planned.db
    guard = someone_on(db, DAY, "P")
    start = audit_check(db).entries
    absence_id, gaps = record_absence(
        planned, guard, AbsenceKind.SAKIT, DAY, DAY, reference="surat dokter"
    )
    assert [(g.staff_id, g.day, g.shift) for g in gaps] == [(guard, DAY, "P")]
    assert guard not in codes_on(db, DAY)
    (absence,) = absences_between(db, DAY, DAY)
    assert (absence.id, absence.kind, absence.reference) == (
        absence_id,
        AbsenceKind.SAKIT,
        "surat dokter",
    )
    # The absence is recorded, and so is the duty it took off the roster (its code kept).
    created, removed = audit_since(db, start)
    assert {created.actor, removed.actor} == {ACTOR.audit_name}
    assert (created.entity, created.entity_id, created.action) == (
        "absence",
        str(absence_id),
        "create",
    )
    assert json.loads(created.after or "{}")["reference"] == "surat dokter"
    assert (removed.entity, removed.action, removed.after) == ("roster_entry", "delete", None)
    taken_off = json.loads(removed.before or "{}")
    assert (taken_off["staff_id"], taken_off["day"], taken_off["shift_code"]) == (
        guard,
        DAY.isoformat(),
        "P",
    )


def test_a_late_sick_note_takes_no_one_off_a_past_shift_without_a_recorded_reason(
    planned: ActionContext,
) -> None:
    # The note for 12 December comes on the 14th: the 12th is history (passed).
    later = planned.on_morning_of(DAY + timedelta(days=2))
    db = planned.db
    guard = someone_on(db, DAY, "P")
    before = codes_on(db, DAY)

    with pytest.raises(HistoryEditError) as refused:
        record_absence(later, guard, AbsenceKind.SAKIT, DAY, DAY + timedelta(days=3))
    assert refused.value.day == DAY
    assert codes_on(db, DAY) == before and absences_between(db, DAY, DAY) == []

    start = audit_check(db).entries
    _, gaps = record_absence(
        later,
        guard,
        AbsenceKind.SAKIT,
        DAY,
        DAY + timedelta(days=3),
        correction_reason="surat dokter datang terlambat",
    )
    assert guard not in codes_on(db, DAY) and DAY in {gap.day for gap in gaps}
    (event,) = [e for e in audit_since(db, start) if e.entity == "roster_absence"]
    details = json.loads(event.after or "{}")
    assert details["override_reason"] == "surat dokter datang terlambat"
    assert details["history"] == "past" and DAY.isoformat() in details["days_taken_off"]


def test_an_absence_that_takes_no_one_off_a_past_shift_needs_no_reason(
    planned: ActionContext,
) -> None:
    later = planned.on_morning_of(DAY + timedelta(days=2))
    guard = someone_on(planned.db, DAY + timedelta(days=3), "P")

    _, gaps = record_absence(
        later, guard, AbsenceKind.CUTI, DAY + timedelta(days=3), DAY + timedelta(days=3)
    )

    assert [gap.day for gap in gaps] == [DAY + timedelta(days=3)]


def test_proposals_break_no_hard_rule_and_come_best_first(planned: ActionContext) -> None:
    """A pagi gap: the regu after its night (lepas) may not, nor the regu on that evening's
    malam (6 hours of rest); the regu on siang may double up (pagi and siang, 12 hours)."""
    db = planned.db
    guard = someone_on(db, DAY, "P")
    _, (gap,) = record_absence(planned, guard, AbsenceKind.SAKIT, DAY, DAY)
    proposals = propose_replacements(db, gap)
    assert proposals
    today = codes_on(db, DAY)
    yesterday = codes_on(db, DAY - timedelta(days=1))
    for proposal in proposals:
        assert today.get(proposal.staff_id) == "S" and proposal.current == "S"
        assert yesterday.get(proposal.staff_id) != "M"  # no P right after a night shift
        assert not proposal.official and not proposal.rested and proposal.rest_hours == 0
    keys = [(p.shifts_this_month, len(p.warnings), p.name) for p in proposals]
    assert keys == sorted(keys)


def test_picking_a_replacement_fills_the_gap(planned: ActionContext) -> None:
    db = planned.db
    rules.set_piket_pool(planned, _office_staff(db)[:1], date(2023, 11, 1))
    guard = someone_on(db, DAY, "S")
    _, (gap,) = record_absence(planned, guard, AbsenceKind.IZIN, DAY, DAY)
    best = propose_replacements(db, gap)[0]
    assert best.rested  # the pool's member, off duty, before the regu on pagi doubling up
    start = audit_check(db).entries
    assign_replacement(planned, gap, best.staff_id)
    assert codes_on(db, DAY)[best.staff_id] == "S"
    # The replacement's cell is one roster_entry row, noting whom it replaces.
    (entry,) = audit_since(db, start)
    assert entry.entity == "roster_entry" and entry.action in ("create", "update")
    after = json.loads(entry.after or "{}")
    assert (after["staff_id"], after["shift_code"], after["note"]) == (
        best.staff_id,
        "S",
        f"pengganti {guard}",
    )
    assert [c for c in checks.check_period(db, DAY, DAY) if c.hard] == []
    generation.generate_period(planned, date(2023, 12, 1), date(2023, 12, 31))
    assert codes_on(db, DAY)[best.staff_id] == "S"  # kept by regeneration
    assert guard not in codes_on(db, DAY)  # the absence still holds


def test_an_absence_entered_by_mistake_can_be_deleted(planned: ActionContext) -> None:
    db = planned.db
    guard = someone_on(db, DAY, "P")
    absence_id, _ = record_absence(planned, guard, AbsenceKind.CUTI, DAY, DAY)
    (absence,) = absences_between(db, DAY, DAY)
    with pytest.raises(StaleRecordError):
        delete_absence(planned, absence_id, expected_version=absence.version + 1)
    delete_absence(planned, absence_id, expected_version=absence.version)
    assert absences_between(db, DAY, DAY) == []
    (entry,) = audit_since(db, audit_check(db).entries - 1)
    assert (entry.entity, entry.entity_id, entry.action) == ("absence", str(absence_id), "delete")


def test_a_swap_exchanges_two_cells_and_can_be_undone(planned: ActionContext) -> None:
    db = planned.db
    before = codes_on(db, DAY)
    a = someone_on(db, DAY, "P")
    b = someone_on(db, DAY, "L")
    swap = swap_duties(
        planned, a, DAY, b, DAY, "keperluan keluarga", override_reason="disetujui Ka KPR"
    )
    after = codes_on(db, DAY)
    assert (after[a], after[b]) == (before[b], before[a])
    (listed,) = swaps_between(db, DAY, DAY)
    assert (listed.swap, listed.undone) == (swap, False)
    start = audit_check(db).entries
    undo_swap(planned, swap.id, expected_version=swap.version)
    assert codes_on(db, DAY) == before
    assert swaps_between(db, DAY, DAY)[0].undone
    entries = audit_since(db, start)
    assert ("roster_swap", str(swap.id), "update") in {
        (e.entity, e.entity_id, e.action) for e in entries
    }
    assert {e.entity for e in entries} == {"roster_swap", "roster_entry"}
    with pytest.raises(StaleRecordError):  # undone already: the listing was out of date
        undo_swap(planned, swap.id, expected_version=swap.version)


def test_a_swap_that_breaks_a_hard_rule_needs_a_reason_to_override(
    planned: ActionContext,
) -> None:
    db = planned.db
    day = DAY + timedelta(days=1)
    night = someone_on(db, DAY, "M")  # on M the evening before
    morning = someone_on(db, day, "P")
    before = codes_on(db, day)
    entries = audit_check(db).entries
    with pytest.raises(HardRuleError):
        swap_duties(planned, night, day, morning, day, "tukar")
    assert codes_on(db, day) == before
    assert audit_check(db).entries == entries
    swap = swap_duties(planned, night, day, morning, day, "tukar", override_reason="perintah KPR")
    event = audit_since(db, audit_check(db).entries - 1)[0]
    assert (event.entity, event.entity_id, event.action) == ("roster_swap", str(swap.id), "event")
    details = json.loads(event.after or "{}")
    assert details["override_reason"] == "perintah KPR"
    assert "rest_after_night" in details["overridden"]


def test_a_swap_needs_a_reason_and_two_people(planned: ActionContext) -> None:
    a = someone_on(planned.db, DAY, "P")
    with pytest.raises(ValidationError) as raised:
        swap_duties(planned, a, DAY, a, DAY, " ")
    assert raised.value.codes() == {"reason": "field_required", "other": "swap_same_person"}


def _officials(db: Database) -> dict[str, int]:
    """The Karutan and the Ka KPR of the demo, by position."""
    with db.read() as session:
        rows = session.execute(
            select(StaffRow.position, StaffRow.id).where(
                StaffRow.position.in_(
                    ("Kepala Rumah Tahanan Negara", "Kepala Kesatuan Pengamanan Rutan")
                )
            )
        )
        return {position: staff_id for position, staff_id in rows}


def _office_staff(db: Database) -> list[int]:
    with db.read() as session:
        return list(
            session.scalars(
                select(StaffRow.id).where(StaffRow.unit.like("Urusan%")).order_by(StaffRow.id)
            )
        )


def test_the_siang_guard_is_not_proposed_for_that_evenings_malam(planned: ActionContext) -> None:
    """Malam 19.00–07.00 after siang 13.00–19.00 is 18 hours on duty; after pagi it is 6 hours
    of rest; after lepas 12 hours after a night. The piket pool takes it, rested first."""
    db = planned.db
    office = _office_staff(db)[:3]
    rules.set_piket_pool(planned, office, date(2023, 11, 1))
    guard = someone_on(db, DAY, "M")
    _, (gap,) = record_absence(planned, guard, AbsenceKind.IZIN, DAY, DAY)
    proposals = propose_replacements(db, gap)
    assert sorted(p.staff_id for p in proposals) == office
    assert all(p.rested and p.current == "" for p in proposals)
    siang = someone_on(db, DAY, "S")
    entries = audit_check(db).entries
    with pytest.raises(HardRuleError) as raised:
        assign_replacement(planned, gap, siang)
    (too_long,) = [c for c in raised.value.conflicts if c.rule is Rule.LONG_DUTY]
    assert (too_long.day, too_long.shift, too_long.params["hours"]) == (DAY, "M", 18)
    assert codes_on(db, DAY)[siang] == "S" and audit_check(db).entries == entries


def test_the_ka_kpr_and_karutan_are_proposed_only_when_asked(planned: ActionContext) -> None:
    db = planned.db
    officials = set(_officials(db).values())
    assert len(officials) == 2
    guard = someone_on(db, DAY, "M")
    _, (gap,) = record_absence(planned, guard, AbsenceKind.IZIN, DAY, DAY)
    assert propose_replacements(db, gap) == []  # no regu can, and there is no piket pool
    asked = propose_replacements(db, gap, include_officials=True, limit=100)
    assert officials <= {p.staff_id for p in asked}
    assert all(p.official for p in asked)
    # With a piket pool, its staff come before any official.
    office = _office_staff(db)[:2]
    rules.set_piket_pool(planned, office, date(2023, 11, 1))
    asked = propose_replacements(db, gap, include_officials=True, limit=100)
    assert {p.staff_id for p in asked[:2]} == set(office)
    assert not any(p.official for p in asked[:2])
    assert all(p.official for p in asked[2:])


def test_the_rested_guard_with_fewest_duties_comes_first(planned: ActionContext) -> None:
    """Siang: the regu on lepas (their night ended at 07.00, 6 hours before) may not; the
    regu on pagi doubles up; a pool member rested a day either side comes before them."""
    db = planned.db
    office = _office_staff(db)[:1]
    rules.set_piket_pool(planned, office, date(2023, 11, 1))
    guard = someone_on(db, DAY, "S")
    _, (gap,) = record_absence(planned, guard, AbsenceKind.IZIN, DAY, DAY)
    first, *others = propose_replacements(db, gap, limit=100)
    assert (first.staff_id, first.rested, first.shifts_this_month) == (office[0], True, 0)
    today = codes_on(db, DAY)
    assert {today.get(p.staff_id) for p in others} == {"P"}
    assert [p.shifts_this_month for p in others] == sorted(p.shifts_this_month for p in others)
