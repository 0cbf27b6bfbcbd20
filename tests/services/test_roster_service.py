from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster import AbsenceKind, EntrySource
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.roster import checks, generation, queries, rules, setup
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.services.staff.registry import find_references
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.roster import RosterEntryRow, ShiftTypeRow
from rutan_desk.store.tracking import bulk_digest
from tests.conftest import ACTOR, audit_check, before_the_roster


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    """On the morning the roster's first month began (see ``before_the_roster``)."""
    return before_the_roster(db, actor)


START = date(2023, 11, 1)


def setup_rutan(ctx: ActionContext) -> tuple[list[StaffRecord], list[int]]:
    """The demo's people, four regu on P-S-M-L and three posts."""
    people = populate_demo(ctx.db, with_roster=False)
    regu_ids = []
    for number, name in enumerate(("Regu I", "Regu II", "Regu III", "Regu IV")):
        members = [p for p in people if p.unit == name]
        karupam = next(p for p in members if p.position == "Kepala Regu Pengamanan")
        regu_id = setup.create_regu(ctx, name, karupam.id)
        for member in members:
            setup.add_regu_member(ctx, regu_id, member.id, START)
        setup.set_rotation(
            ctx, regu_id, "P-S-M-L", anchor=START - timedelta(number), valid_from=START
        )
        regu_ids.append(regu_id)
    setup.create_post(ctx, "P2U", {"P": 2, "S": 2, "M": 2})
    setup.create_post(ctx, "Menara", {"P": 1, "S": 1, "M": 1})
    setup.create_post(ctx, "Blok Hunian", {"P": 2, "S": 2, "M": 2})
    return people, regu_ids


def audit_since(db: Database, after_id: int) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)
            )
        )


def shift_version(db: Database, code: str) -> int:
    """The version of a shift code. The roster's queries give ShiftType without its version
    (the settings dialog reads it from the store the same way)."""
    with db.read() as session:
        return session.scalars(select(ShiftTypeRow.version).where(ShiftTypeRow.code == code)).one()


def test_default_shift_codes_come_with_the_database(db: Database) -> None:
    codes = [(s.code, s.working) for s in queries.shift_types(db)]
    assert codes == [("P", True), ("S", True), ("M", True), ("L", False), ("Lb", False)]
    assert queries.roster_settings(db).min_rest_after_night_hours == 24
    # The rest between any two shifts and the longest continuous duty come with it too.
    assert (
        queries.roster_settings(db).min_rest_hours,
        queries.roster_settings(db).max_continuous_hours,
    ) == (8, 12)
    assert queries.roster_rules(db).version == 1  # the row the database comes with


def test_december_2023_is_generated_complete_and_without_conflict(ctx: ActionContext) -> None:
    db = ctx.db
    setup_rutan(ctx)
    summary = generation.generate_period(ctx, date(2023, 12, 1), date(2023, 12, 31))
    entries = queries.entries_between(db, date(2023, 12, 1), date(2023, 12, 31))
    assert summary.generated == len(entries) == 31 * 40
    per_day_shift = Counter((e.day, e.shift) for e in entries)
    assert {shift for _, shift in per_day_shift} == {"P", "S", "M", "L"}
    assert checks.check_period(db, date(2023, 12, 1), date(2023, 12, 31)) == []


def test_regeneration_keeps_hand_made_entries(ctx: ActionContext) -> None:
    db = ctx.db
    setup_rutan(ctx)
    december = (date(2023, 12, 1), date(2023, 12, 31))
    generation.generate_period(ctx, *december)
    # Stands in for the manual-edit service of the grid.
    with ctx.write(Permission.ROSTER_EDIT) as session:
        entry = session.scalars(
            select(RosterEntryRow).where(
                RosterEntryRow.day == date(2023, 12, 31), RosterEntryRow.shift_code == "M"
            )
        ).first()
        assert entry is not None
        session.execute(
            update(RosterEntryRow)
            .where(RosterEntryRow.id == entry.id)
            .values(source=EntrySource.PINNED.value, note="malam tahun baru")
        )
        pinned = (entry.staff_id, entry.day, entry.shift_code, entry.post_id)
    second = generation.generate_period(ctx, *december)
    assert second.kept == 1
    again = queries.entries_between(db, *december)
    assert [
        (d.person_id, d.day, d.shift, d.post_id) for d in again if d.source is EntrySource.PINNED
    ] == [pinned]
    assert len(again) == 31 * 40


COLUMNS = ["day", "staff_id", "shift_code", "post_id", "source", "duty_kind", "note"]


def _digest_of_rows(db: Database, first: date, last: date) -> str:
    """SHA-256 of the period's rows as the planning inserted them (the store's bulk digest)."""
    with db.read() as session:
        rows = session.execute(
            select(*(getattr(RosterEntryRow, c) for c in COLUMNS)).where(
                RosterEntryRow.day.between(first, last)
            )
        ).all()
    return bulk_digest(rows)


def test_generation_is_audited_as_bulk_entries_with_a_digest(ctx: ActionContext) -> None:
    """Planning a period: one bulk entry per statement on roster_entry (how many rows, which
    columns, and a SHA-256 of them) and one event naming the period and what was planned."""
    db = ctx.db
    _, regu_ids = setup_rutan(ctx)
    week = (date(2023, 12, 1), date(2023, 12, 7))
    before = audit_check(db).entries
    generation.generate_period(ctx, *week)
    inserted, event = audit_since(db, before)
    assert {e.actor for e in (inserted, event)} == {ACTOR.audit_name}
    assert (inserted.entity, inserted.entity_id, inserted.action) == ("roster_entry", "*", "create")
    assert inserted.before is None
    after = json.loads(inserted.after or "{}")
    assert after == {"rows": 7 * 40, "columns": COLUMNS, "sha256": _digest_of_rows(db, *week)}
    assert (event.entity, event.entity_id, event.action) == (
        "roster",
        "2023-12-01..2023-12-07",
        "event",
    )
    assert json.loads(event.after or "{}") == {
        "planned": 7 * 40,
        "kept": 0,
        "removed": 0,
        "added": 7 * 40,
        "history": [],
    }

    # Planned again with nothing changed: nothing is written, the event says so.
    middle = audit_check(db).entries
    summary = generation.generate_period(ctx, *week)
    (event_again,) = audit_since(db, middle)
    assert (summary.removed, summary.added) == (0, 0)
    assert json.loads(event_again.after or "{}")["removed"] == 0

    # Regu I moves one day in its cycle from the 4th: only what changes is written.
    setup.set_rotation(
        ctx, regu_ids[0], "P S M L", anchor=date(2023, 12, 5), valid_from=date(2023, 12, 4)
    )
    later = audit_check(db).entries
    summary = generation.generate_period(ctx, *week)
    removed, added, _ = audit_since(db, later)
    assert (removed.action, added.action) == ("delete", "create")
    assert json.loads(removed.before or "{}")["rows"] == summary.removed
    assert json.loads(added.after or "{}")["rows"] == summary.added
    assert 0 < summary.added < 7 * 40
    assert json.loads(added.after or "{}")["sha256"] != _digest_of_rows(db, *week)  # only part
    assert audit_check(db).chain_break is None


def test_sick_day_leaves_a_gap_and_marks_nothing_hard(ctx: ActionContext) -> None:
    db = ctx.db
    people, _ = setup_rutan(ctx)
    guard = next(p for p in people if p.unit == "Regu I" and p.position == "Petugas Pengamanan")
    record_absence(
        ctx,
        guard.id,
        AbsenceKind.SAKIT,
        date(2023, 12, 5),
        date(2023, 12, 5),
        reference="surat dokter",
    )
    generation.generate_period(ctx, date(2023, 12, 1), date(2023, 12, 31))
    assert not [
        e
        for e in queries.entries_between(db, date(2023, 12, 5), date(2023, 12, 5))
        if e.person_id == guard.id
    ]
    assert [
        c for c in checks.check_period(db, date(2023, 12, 1), date(2023, 12, 31)) if c.hard
    ] == []


def test_a_person_belongs_to_one_regu_at_a_time(ctx: ActionContext) -> None:
    people, regu_ids = setup_rutan(ctx)
    member = next(p for p in people if p.unit == "Regu I")
    with pytest.raises(ValidationError) as raised:
        setup.add_regu_member(ctx, regu_ids[1], member.id, date(2024, 1, 1))
    assert raised.value.codes() == {"staff": "member_in_other_regu"}


def test_pattern_change_keeps_the_roster_before_it(ctx: ActionContext) -> None:
    _, regu_ids = setup_rutan(ctx)
    setup.set_rotation(
        ctx,
        regu_ids[0],
        "P P S S M L L",
        anchor=date(2024, 1, 1),
        valid_from=date(2024, 1, 1),
    )
    generation.generate_period(ctx, date(2023, 12, 25), date(2024, 1, 8))
    with pytest.raises(ValidationError) as raised:
        setup.set_rotation(ctx, regu_ids[0], "P X", anchor=START, valid_from=START)
    assert raised.value.codes() == {"cycle": "cycle_unknown_code"}
    entries = queries.entries_between(ctx.db, date(2023, 12, 25), date(2024, 1, 8))
    karupam_of_regu_1 = [e for e in entries if e.person_id == entries[0].person_id]
    assert len(karupam_of_regu_1) == 15


def test_absence_end_before_start_is_refused(ctx: ActionContext) -> None:
    people, _ = setup_rutan(ctx)
    with pytest.raises(ValidationError) as raised:
        record_absence(ctx, people[5].id, AbsenceKind.CUTI, date(2024, 1, 5), date(2024, 1, 4))
    assert raised.value.codes() == {"end": "end_before_start"}


def test_rostered_people_can_no_longer_be_deleted(ctx: ActionContext) -> None:
    people, _ = setup_rutan(ctx)
    generation.generate_period(ctx, date(2023, 12, 1), date(2023, 12, 1))
    guard = next(p for p in people if p.unit == "Regu I")
    with ctx.db.read() as session:
        tables = dict(find_references(session, guard.id))
    assert tables["regu_member"] == 1
    assert tables["roster_entry"] == 1


def test_external_officers_alone_on_a_shift_are_reported(ctx: ActionContext) -> None:
    people, _ = setup_rutan(ctx)
    generation.generate_period(ctx, date(2023, 12, 31), date(2023, 12, 31))
    officer = next(p for p in people if p.kind == StaffKind.EXTERNAL)
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(
            RosterEntryRow(
                day=date(2023, 12, 31),
                staff_id=officer.id,
                shift_code="S",
                source=EntrySource.MANUAL.value,
                note="",
            )
        )
    found = {c.rule for c in checks.check_period(ctx.db, date(2023, 12, 31), date(2023, 12, 31))}
    assert Rule.EXTERNAL_ALONE not in found  # the Karupam of the regu on S is there


def test_piket_staff_are_added_on_holidays_fairly(ctx: ActionContext) -> None:
    from rutan_desk.services.calendar import edits as calendar_edits
    from rutan_desk.services.calendar.queries import holidays_between

    db = ctx.db
    people, _ = setup_rutan(ctx)
    pool = [p for p in people if p.unit.startswith(("Subseksi", "Urusan"))][:6]
    rules.set_piket_pool(ctx, [p.id for p in pool], START)
    rules.set_holiday_piket_need(ctx, {"P": 1, "S": 1})
    assert queries.piket_pool(db) == sorted(p.id for p in pool)
    assert queries.holiday_piket_need(db) == {"P": 1, "S": 1}
    calendar_edits.import_year(ctx, 2024)
    generation.generate_period(ctx, date(2024, 1, 1), date(2024, 12, 31))
    entries = queries.entries_between(db, date(2024, 1, 1), date(2024, 12, 31))
    piket = [e for e in entries if e.person_id in {p.id for p in pool}]
    holidays = {h.day for h in holidays_between(db, date(2024, 1, 1), date(2024, 12, 31))}
    assert piket and {e.day for e in piket} <= holidays
    assert len(piket) == 2 * len(holidays)
    counts = Counter(e.person_id for e in piket)
    assert max(counts.values()) - min(counts.values()) <= 1
    # the next generation of a month counts the year so far: the spread stays fair
    generation.generate_period(ctx, date(2024, 12, 1), date(2024, 12, 31))
    again = Counter(
        e.person_id
        for e in queries.entries_between(db, date(2024, 1, 1), date(2024, 12, 31))
        if e.person_id in counts
    )
    assert max(again.values()) - min(again.values()) <= 1


def test_a_twelve_hour_scheme_can_be_set_up(ctx: ActionContext) -> None:
    from datetime import time

    from rutan_desk.domain.shifts import ShiftType

    rules.save_shift_type(ctx, ShiftType("D", "Dinas Siang", time(7), time(19), "#ffe066"))
    rules.save_shift_type(ctx, ShiftType("N", "Dinas Malam", time(19), time(7), "#748ffc"))
    codes = {s.code: s for s in queries.shift_types(ctx.db)}
    assert codes["N"].crosses_midnight and codes["D"].hours == 12
    with pytest.raises(ValidationError) as raised:
        rules.save_shift_type(ctx, ShiftType("9x", "", time(7), None, "red"))
    assert raised.value.codes() == {
        "code": "shift_code_invalid",
        "name": "field_required",
        "end": "shift_times_both",
        "colour": "colour_invalid",
    }
    with pytest.raises(ValidationError) as raised:
        rules.save_shift_type(ctx, ShiftType("P", "Pagi lagi", time(6), time(12)))
    assert raised.value.codes() == {"code": "name_duplicate"}


def test_a_used_code_keeps_its_name_but_may_change_its_hours(ctx: ActionContext) -> None:
    from datetime import time

    from rutan_desk.domain.shifts import ShiftType

    db = ctx.db
    setup_rutan(ctx)
    generation.generate_period(ctx, date(2023, 12, 1), date(2023, 12, 1))
    version = shift_version(db, "P")
    rules.save_shift_type(
        ctx,
        ShiftType("P", "Pagi", time(6), time(12), "#fff3b0"),
        replacing="P",
        expected_version=version,
    )
    assert {s.code: s for s in queries.shift_types(db)}["P"].start == time(6)
    assert shift_version(db, "P") == version + 1
    with pytest.raises(ValidationError) as raised:
        rules.save_shift_type(
            ctx,
            ShiftType("PG", "Pagi", time(6), time(12)),
            replacing="P",
            expected_version=version + 1,
        )
    assert raised.value.codes() == {"code": "shift_code_in_use"}
    with pytest.raises(StaleRecordError):  # the form opened before the change above
        rules.save_shift_type(
            ctx, ShiftType("P", "Pagi", time(7), time(13)), replacing="P", expected_version=version
        )


def test_rule_settings_are_saved_and_checked(ctx: ActionContext) -> None:
    from rutan_desk.domain.roster_rules import RosterSettings

    opened = queries.roster_rules(ctx.db)
    rules.save_roster_settings(
        ctx,
        RosterSettings(12, 5, min_rest_hours=10, max_continuous_hours=16),
        karupam_counts_for_posts=True,
        expected_version=opened.version,
    )
    saved = queries.roster_rules(ctx.db)
    assert queries.roster_settings(ctx.db) == RosterSettings(12, 5, 10, 16) == saved.settings
    assert saved.karupam_counts_for_posts
    assert saved.version == opened.version + 1
    with pytest.raises(ValidationError) as raised:
        rules.save_roster_settings(
            ctx,
            RosterSettings(-1, 0, min_rest_hours=25, max_continuous_hours=3),
            karupam_counts_for_posts=False,
            expected_version=1,
        )
    assert raised.value.codes() == {
        "min_rest": "number_out_of_range",
        "max_days": "number_out_of_range",
        "min_rest_any": "number_out_of_range",
        "max_duty": "number_out_of_range",
    }
    with pytest.raises(StaleRecordError):  # a form opened before the save above
        rules.save_roster_settings(
            ctx,
            RosterSettings(24, 6),
            karupam_counts_for_posts=False,
            expected_version=opened.version,
        )
    assert queries.roster_rules(ctx.db) == saved


def test_new_years_eve_piket_goes_to_who_did_not_do_the_last_one(ctx: ActionContext) -> None:
    from rutan_desk.domain.calendar import AlertPeriod
    from rutan_desk.services.calendar import edits as calendar_edits

    db = ctx.db
    people, _ = setup_rutan(ctx)
    pool = [p for p in people if p.unit.startswith(("Subseksi", "Urusan"))][:6]
    rules.set_piket_pool(ctx, [p.id for p in pool], START)
    for year in (2023, 2024):
        calendar_edits.save_alert_period(
            ctx,
            AlertPeriod(
                f"Malam tahun baru {year}", date(year, 12, 31), date(year, 12, 31), extra={"M": 3}
            ),
        )
    generation.generate_period(ctx, date(2023, 12, 31), date(2023, 12, 31))
    first = {
        e.person_id
        for e in queries.entries_between(db, date(2023, 12, 31), date(2023, 12, 31))
        if e.piket
    }
    generation.generate_period(ctx, date(2024, 12, 31), date(2024, 12, 31))
    second = {
        e.person_id
        for e in queries.entries_between(db, date(2024, 12, 31), date(2024, 12, 31))
        if e.piket
    }
    assert len(first) == len(second) == 3
    assert not first & second


def test_planning_again_after_hand_edits_breaks_no_rest_rule(ctx: ActionContext) -> None:
    """A guard of the regu on siang takes that day's malam by hand; their regu is on malam
    the next day, 12 hours after that night ends: planning again leaves them off it."""
    from rutan_desk.services.roster.grid import set_cell

    db = ctx.db
    setup_rutan(ctx)
    december = (date(2023, 12, 1), date(2023, 12, 31))
    generation.generate_period(ctx, *december)
    day = date(2023, 12, 12)
    entries = queries.entries_between(db, day, day + timedelta(days=1))
    code = {(e.person_id, e.day): e.shift for e in entries}
    guard = next(
        pid
        for (pid, when), shift in sorted(code.items())
        if when == day and shift == "S" and code[(pid, day + timedelta(days=1))] == "M"
    )
    set_cell(ctx, guard, day, "M", override_reason="pengganti, perintah Ka KPR")
    assert [c.rule for c in checks.check_period(db, *december) if c.hard] == [
        Rule.REST_AFTER_NIGHT  # the planned malam of the next day, until planned again
    ]
    generation.generate_period(ctx, *december)
    assert [c for c in checks.check_period(db, *december) if c.hard] == []
    after = queries.entries_between(db, day, day + timedelta(days=1))
    assert [(e.day, e.shift) for e in after if e.person_id == guard] == [(day, "M")]
