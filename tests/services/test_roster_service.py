from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster import AbsenceKind, EntrySource
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services import roster
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.maintenance import check_audit_trail
from rutan_desk.services.roster_changes import record_absence
from rutan_desk.services.staff import StaffRecord, find_references
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.roster import RosterEntryRow

START = date(2023, 11, 1)


def setup_rutan(db: Database, actor: str) -> tuple[list[StaffRecord], list[int]]:
    """The demo's people, four regu on P-S-M-L and three posts."""
    people = populate_demo(db, with_roster=False)
    regu_ids = []
    for number, name in enumerate(("Regu I", "Regu II", "Regu III", "Regu IV")):
        members = [p for p in people if p.unit == name]
        karupam = next(p for p in members if p.position == "Kepala Regu Pengamanan")
        regu_id = roster.create_regu(db, actor, name, karupam.id)
        for member in members:
            roster.add_regu_member(db, actor, regu_id, member.id, START)
        roster.set_rotation(
            db, actor, regu_id, "P-S-M-L", anchor=START - timedelta(number), valid_from=START
        )
        regu_ids.append(regu_id)
    roster.create_post(db, actor, "P2U", {"P": 2, "S": 2, "M": 2})
    roster.create_post(db, actor, "Menara", {"P": 1, "S": 1, "M": 1})
    roster.create_post(db, actor, "Blok Hunian", {"P": 2, "S": 2, "M": 2})
    return people, regu_ids


def test_default_shift_codes_come_with_the_database(db: Database) -> None:
    codes = [(s.code, s.working) for s in roster.shift_types(db)]
    assert codes == [("P", True), ("S", True), ("M", True), ("L", False), ("Lb", False)]
    assert roster.roster_settings(db).min_rest_after_night_hours == 24


def test_december_2023_is_generated_complete_and_without_conflict(db: Database, actor: str) -> None:
    setup_rutan(db, actor)
    summary = roster.generate_period(db, actor, date(2023, 12, 1), date(2023, 12, 31))
    entries = roster.entries_between(db, date(2023, 12, 1), date(2023, 12, 31))
    assert summary.generated == len(entries) == 31 * 40
    per_day_shift = Counter((e.day, e.shift) for e in entries)
    assert {shift for _, shift in per_day_shift} == {"P", "S", "M", "L"}
    assert roster.check_period(db, date(2023, 12, 1), date(2023, 12, 31)) == []


def test_regeneration_keeps_hand_made_entries(db: Database, actor: str) -> None:
    setup_rutan(db, actor)
    december = (date(2023, 12, 1), date(2023, 12, 31))
    roster.generate_period(db, actor, *december)
    with db.write() as session:  # stands in for the manual-edit service of the grid
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
    second = roster.generate_period(db, actor, *december)
    assert second.kept == 1
    again = roster.entries_between(db, *december)
    assert [
        (d.person_id, d.day, d.shift, d.post_id) for d in again if d.source is EntrySource.PINNED
    ] == [pinned]
    assert len(again) == 31 * 40


def test_generation_is_one_audited_change_with_a_digest(db: Database, actor: str) -> None:
    setup_rutan(db, actor)
    before = check_audit_trail(db).entries
    roster.generate_period(db, actor, date(2023, 12, 1), date(2023, 12, 7))
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    assert check_audit_trail(db).entries == before + 1
    assert (entry.entity, entry.entity_id) == ("roster", "2023-12-01..2023-12-07")
    assert json.loads(entry.after or "{}")["generated_entries"] == 7 * 40


def test_sick_day_leaves_a_gap_and_marks_nothing_hard(db: Database, actor: str) -> None:
    people, _ = setup_rutan(db, actor)
    guard = next(p for p in people if p.unit == "Regu I" and p.position == "Petugas Pengamanan")
    record_absence(
        db,
        actor,
        guard.id,
        AbsenceKind.SAKIT,
        date(2023, 12, 5),
        date(2023, 12, 5),
        reference="surat dokter",
    )
    roster.generate_period(db, actor, date(2023, 12, 1), date(2023, 12, 31))
    assert not [
        e
        for e in roster.entries_between(db, date(2023, 12, 5), date(2023, 12, 5))
        if e.person_id == guard.id
    ]
    assert [
        c for c in roster.check_period(db, date(2023, 12, 1), date(2023, 12, 31)) if c.hard
    ] == []


def test_a_person_belongs_to_one_regu_at_a_time(db: Database, actor: str) -> None:
    people, regu_ids = setup_rutan(db, actor)
    member = next(p for p in people if p.unit == "Regu I")
    with pytest.raises(ValidationError) as raised:
        roster.add_regu_member(db, actor, regu_ids[1], member.id, date(2024, 1, 1))
    assert raised.value.codes() == {"staff": "member_in_other_regu"}


def test_pattern_change_keeps_the_roster_before_it(db: Database, actor: str) -> None:
    _, regu_ids = setup_rutan(db, actor)
    roster.set_rotation(
        db,
        actor,
        regu_ids[0],
        "P P S S M M L L",
        anchor=date(2024, 1, 1),
        valid_from=date(2024, 1, 1),
    )
    roster.generate_period(db, actor, date(2023, 12, 25), date(2024, 1, 8))
    with pytest.raises(ValidationError) as raised:
        roster.set_rotation(db, actor, regu_ids[0], "P X", anchor=START, valid_from=START)
    assert raised.value.codes() == {"cycle": "cycle_unknown_code"}
    entries = roster.entries_between(db, date(2023, 12, 25), date(2024, 1, 8))
    karupam_of_regu_1 = [e for e in entries if e.person_id == entries[0].person_id]
    assert len(karupam_of_regu_1) == 15


def test_absence_end_before_start_is_refused(db: Database, actor: str) -> None:
    people, _ = setup_rutan(db, actor)
    with pytest.raises(ValidationError) as raised:
        record_absence(
            db, actor, people[5].id, AbsenceKind.CUTI, date(2024, 1, 5), date(2024, 1, 4)
        )
    assert raised.value.codes() == {"end": "end_before_start"}


def test_rostered_people_can_no_longer_be_deleted(db: Database, actor: str) -> None:
    people, _ = setup_rutan(db, actor)
    roster.generate_period(db, actor, date(2023, 12, 1), date(2023, 12, 1))
    guard = next(p for p in people if p.unit == "Regu I")
    with db.read() as session:
        tables = dict(find_references(session, guard.id))
    assert tables["regu_member"] == 1
    assert tables["roster_entry"] == 1


def test_external_officers_alone_on_a_shift_are_reported(db: Database, actor: str) -> None:
    people, _ = setup_rutan(db, actor)
    roster.generate_period(db, actor, date(2023, 12, 31), date(2023, 12, 31))
    officer = next(p for p in people if p.kind == StaffKind.EXTERNAL)
    with db.write() as session:
        session.add(
            RosterEntryRow(
                day=date(2023, 12, 31),
                staff_id=officer.id,
                shift_code="S",
                source=EntrySource.MANUAL.value,
                note="",
            )
        )
    rules = {c.rule for c in roster.check_period(db, date(2023, 12, 31), date(2023, 12, 31))}
    assert Rule.EXTERNAL_ALONE not in rules  # the Karupam of the regu on S is there


def test_piket_staff_are_added_on_holidays_fairly(db: Database, actor: str) -> None:
    from rutan_desk.services import calendar

    people, _ = setup_rutan(db, actor)
    pool = [p for p in people if p.unit.startswith(("Subseksi", "Urusan"))][:6]
    roster.set_piket_pool(db, actor, [p.id for p in pool], START)
    roster.set_holiday_piket_need(db, actor, {"P": 1, "S": 1})
    calendar.import_year(db, actor, 2024)
    roster.generate_period(db, actor, date(2024, 1, 1), date(2024, 12, 31))
    entries = roster.entries_between(db, date(2024, 1, 1), date(2024, 12, 31))
    piket = [e for e in entries if e.person_id in {p.id for p in pool}]
    holidays = {h.day for h in calendar.holidays_between(db, date(2024, 1, 1), date(2024, 12, 31))}
    assert piket and {e.day for e in piket} <= holidays
    assert len(piket) == 2 * len(holidays)
    counts = Counter(e.person_id for e in piket)
    assert max(counts.values()) - min(counts.values()) <= 1
    # the next generation of a month counts the year so far: the spread stays fair
    roster.generate_period(db, actor, date(2024, 12, 1), date(2024, 12, 31))
    again = Counter(
        e.person_id
        for e in roster.entries_between(db, date(2024, 1, 1), date(2024, 12, 31))
        if e.person_id in counts
    )
    assert max(again.values()) - min(again.values()) <= 1


def test_a_twelve_hour_scheme_can_be_set_up(db: Database, actor: str) -> None:
    from datetime import time

    from rutan_desk.domain.shifts import ShiftType

    roster.save_shift_type(db, actor, ShiftType("D", "Dinas Siang", time(7), time(19), "#ffe066"))
    roster.save_shift_type(db, actor, ShiftType("N", "Dinas Malam", time(19), time(7), "#748ffc"))
    codes = {s.code: s for s in roster.shift_types(db)}
    assert codes["N"].crosses_midnight and codes["D"].hours == 12
    with pytest.raises(ValidationError) as raised:
        roster.save_shift_type(db, actor, ShiftType("9x", "", time(7), None, "red"))
    assert raised.value.codes() == {
        "code": "shift_code_invalid",
        "name": "field_required",
        "end": "shift_times_both",
        "colour": "colour_invalid",
    }
    with pytest.raises(ValidationError) as raised:
        roster.save_shift_type(db, actor, ShiftType("P", "Pagi lagi", time(6), time(12)))
    assert raised.value.codes() == {"code": "name_duplicate"}


def test_a_used_code_keeps_its_name_but_may_change_its_hours(db: Database, actor: str) -> None:
    from datetime import time

    from rutan_desk.domain.shifts import ShiftType

    setup_rutan(db, actor)
    roster.generate_period(db, actor, date(2023, 12, 1), date(2023, 12, 1))
    roster.save_shift_type(
        db, actor, ShiftType("P", "Pagi", time(6), time(12), "#fff3b0"), replacing="P"
    )
    assert {s.code: s for s in roster.shift_types(db)}["P"].start == time(6)
    with pytest.raises(ValidationError) as raised:
        roster.save_shift_type(db, actor, ShiftType("PG", "Pagi", time(6), time(12)), replacing="P")
    assert raised.value.codes() == {"code": "shift_code_in_use"}


def test_rule_settings_are_saved_and_checked(db: Database, actor: str) -> None:
    from rutan_desk.domain.roster_rules import RosterSettings

    roster.save_roster_settings(db, actor, RosterSettings(12, 5), karupam_counts_for_posts=True)
    assert roster.roster_settings(db) == RosterSettings(12, 5)
    assert roster.karupam_counts_for_posts(db)
    with pytest.raises(ValidationError) as raised:
        roster.save_roster_settings(
            db, actor, RosterSettings(-1, 0), karupam_counts_for_posts=False
        )
    assert raised.value.codes() == {
        "min_rest": "number_out_of_range",
        "max_days": "number_out_of_range",
    }


def test_new_years_eve_piket_goes_to_who_did_not_do_the_last_one(db: Database, actor: str) -> None:
    from rutan_desk.domain.calendar import AlertPeriod
    from rutan_desk.services import calendar

    people, _ = setup_rutan(db, actor)
    pool = [p for p in people if p.unit.startswith(("Subseksi", "Urusan"))][:6]
    roster.set_piket_pool(db, actor, [p.id for p in pool], START)
    for year in (2023, 2024):
        calendar.save_alert_period(
            db,
            actor,
            AlertPeriod(
                f"Malam tahun baru {year}", date(year, 12, 31), date(year, 12, 31), extra={"M": 3}
            ),
        )
    roster.generate_period(db, actor, date(2023, 12, 31), date(2023, 12, 31))
    first = {
        e.person_id
        for e in roster.entries_between(db, date(2023, 12, 31), date(2023, 12, 31))
        if e.piket
    }
    roster.generate_period(db, actor, date(2024, 12, 31), date(2024, 12, 31))
    second = {
        e.person_id
        for e in roster.entries_between(db, date(2024, 12, 31), date(2024, 12, 31))
        if e.piket
    }
    assert len(first) == len(second) == 3
    assert not first & second
