from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path

from sqlalchemy import select

from rutan_desk.domain.handover import (
    Acknowledger,
    Condition,
    EquipmentKind,
    HandoverStatus,
    MovementReason,
    OfficerSide,
    minutes_into_shift,
)
from rutan_desk.domain.nip import Gender, check_nrp, parse_nip
from rutan_desk.domain.staff import ExternalIdKind, StaffKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import DEMO_ACTOR, DEMO_LETTERHEADS, demo_staff_drafts, populate_demo
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.forms import HandoverRecord
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.institution import default_logo, get_profile
from rutan_desk.services.roster import checks
from rutan_desk.services.roster import queries as roster
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import audit_check

NYE = date(2023, 12, 31)


def test_demo_rutan_has_the_shape_of_a_real_one(db: Database) -> None:
    records = populate_demo(db)
    internal = [r for r in records if r.kind == StaffKind.INTERNAL]
    external = [r for r in records if r.kind == StaffKind.EXTERNAL]
    assert 65 <= len(records) <= 75
    regu = Counter(r.unit for r in internal if r.unit.startswith("Regu "))
    assert sorted(regu) == ["Regu I", "Regu II", "Regu III", "Regu IV"]
    assert all(9 <= size <= 11 for size in regu.values())
    karupam = Counter(r.unit for r in internal if r.position == "Kepala Regu Pengamanan")
    assert karupam == {name: 1 for name in regu}
    assert sum(r.unit == "P2U" for r in internal) >= 3
    assert sum(r.position == "Kepala Kesatuan Pengamanan Rutan" for r in internal) == 1
    assert sum(r.gender is Gender.FEMALE for r in internal) >= 5
    assert len(external) == 6
    assert {r.agency for r in external} == {"Polres Blora"}
    for officer in external:
        assert officer.external_id_kind is ExternalIdKind.NRP_POLRI
        assert check_nrp(officer.external_id) == officer.external_id
    for person in internal:
        assert parse_nip(person.nip).gender is person.gender
    assert len({r.name for r in records}) == len(records)


def test_demo_profile_names_the_head_and_everything_is_audited(db: Database) -> None:
    records = populate_demo(db, with_roster=False)
    profile = get_profile(db)
    assert profile.unit_name == "RUMAH TAHANAN NEGARA KELAS IIB BLORA"
    assert profile.head_nip == records[0].nip
    assert profile.logo == default_logo()  # the shipped emblem until the office sets its own
    # The ministry was renamed on 21 October 2024: a letter prints the name of its own date.
    assert get_profile(db, date(2023, 12, 30)).ministry == (
        "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"
    )
    assert get_profile(db, date(2025, 1, 6)).ministry == (
        "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA"
    )
    audit = audit_check(db)
    assert audit.entries == len(records) + 1 + len(DEMO_LETTERHEADS)
    assert audit.chain_break is None
    with db.read() as session:
        actors = set(session.scalars(select(AuditEntry.actor)))
    assert actors == {DEMO_ACTOR.audit_name} == {"sistem:demo"}


def test_demo_is_repeatable() -> None:
    assert demo_staff_drafts() == demo_staff_drafts()


def test_demo_roster_runs_from_november_2023_to_this_month(db: Database) -> None:
    populate_demo(db)
    first = roster.entries_between(db, date(2023, 11, 1), date(2023, 11, 1))
    assert len(first) == 40  # four regu of 9-11: everyone has a code on day one
    today = ActionContext(db, DEMO_ACTOR).today()  # the office's day, as the demo reads it
    assert roster.entries_between(db, today, today)
    assert roster.entries_between(db, date(2023, 10, 31), date(2023, 10, 31)) == []
    december = checks.check_period(db, date(2023, 12, 1), date(2023, 12, 31))
    assert [c for c in december if c.hard] == []
    assert audit_check(db).chain_break is None


def test_demo_new_years_eve_2023_has_piket_staff_and_four_police_officers(db: Database) -> None:
    from rutan_desk.services.calendar import queries as calendar

    records = populate_demo(db)
    nye = date(2023, 12, 31)
    night = [e for e in roster.entries_between(db, nye, nye) if e.shift == "M"]
    police = {r.id for r in records if r.is_external}
    assert len([e for e in night if e.person_id in police]) == 4
    assert len([e for e in night if e.piket]) == 3  # the alert period's extra night guards
    (nataru,) = calendar.alert_periods_between(db, nye, nye)
    assert nataru.period.circular_number == "PAS-2077.PK.08.05 Tahun 2023"
    names = {h.name for h in calendar.holidays_between(db, date(2024, 1, 1), date(2024, 12, 31))}
    assert "Hari Raya Idul Fitri" in names
    assert [c for c in checks.check_period(db, nye, nye) if c.hard] == []


def test_demo_register_holds_the_nataru_orders(db: Database) -> None:
    from rutan_desk.services.documents import register as documents

    populate_demo(db)
    newest_first = documents.register(db, year=2023)
    # The orders are 0001-0003; the handover report of New Year's Eve, issued after them, is
    # the first of its own kind.
    assert [d.number for d in newest_first] == [
        "W13.PAS.PAS11-PK.01.04.02-0001",
        "W13.PAS.PAS11-PK.01.04.01-0003",
        "W13.PAS.PAS11-PK.01.04.01-0002",
        "W13.PAS.PAS11-PK.01.04.01-0001",
    ]
    report, corrected, cancelled, new_years_eve = newest_first
    assert report.kind == "serah_terima"
    assert new_years_eve.title == "Jaga malam pergantian tahun 2023/2024"
    assert not new_years_eve.cancelled and not corrected.cancelled
    assert cancelled.cancelled and corrected.number in cancelled.cancelled_reason
    assert documents.document_pdf(db, new_years_eve.id).startswith(b"%PDF")
    source = documents.document_source(db, corrected.id)
    assert source["signatory"]["prefix"] == "a.n."
    # One day: the duty starts with the shift and its hours ("Pagi 07.00–13.00 WIB · P2U").
    shifts_in_order = [p["duty"].split()[0] for p in source["people"]]
    assert set(shifts_in_order) == {"Pagi", "Siang", "Malam"}
    assert shifts_in_order == sorted(shifts_in_order, key=["Pagi", "Siang", "Malam"].index)


# -- the handover month -------------------------------------------------------------------

DECEMBER = (date(2023, 12, 1), date(2023, 12, 31))


def _month_oldest_first(db: Database) -> list[HandoverRecord]:
    return [load_handover(db, s.id) for s in reversed(list_handovers(db, *DECEMBER))]


def test_demo_december_2023_has_every_handover_received_and_chained(db: Database) -> None:
    populate_demo(db)
    working = [s.code for s in roster.shift_types(db) if s.working]
    assert working == ["P", "S", "M"]
    month = _month_oldest_first(db)
    assert len(month) == 31 * len(working) == 93  # every shift change of December 2023
    assert [(r.draft.day, r.draft.outgoing_shift) for r in month] == [
        (date(2023, 12, day), code) for day in range(1, 32) for code in working
    ]
    assert (month[-1].draft.incoming_day, month[-1].draft.incoming_shift) == (date(2024, 1, 1), "P")
    assert all(r.locked for r in month)
    statuses = Counter(r.status for r in month)
    assert statuses[HandoverStatus.ACKNOWLEDGED] >= 85
    assert set(statuses) == {HandoverStatus.RECEIVED, HandoverStatus.ACKNOWLEDGED}
    for record in month:
        assert record.handed is not None and record.received is not None
        assert record.handed.staff_id != record.received.staff_id
        assert record.change_at <= record.handed.at <= record.received.at
        if record.acknowledged is not None:
            assert record.received.at <= record.acknowledged.at
            assert record.acknowledged.role in {a.value for a in Acknowledger}
    roles = Counter(r.acknowledged.role for r in month if r.acknowledged)
    assert roles[Acknowledger.KA_KPR.value] and roles[Acknowledger.PERWIRA_PIKET.value]

    # The first is the opening balance; every other opens with what the one before counted.
    first = month[0]
    assert first.draft.opening_balance and first.draft.previous_id is None
    total = sum(line.opening for line in first.draft.counts)
    assert 200 <= total <= 300
    for before, record in pairwise(month):
        assert record.draft.previous_id == before.id and not record.draft.opening_balance
        counted = {(c.block_id, c.category_id): c.counted for c in before.draft.counts}
        assert {(c.block_id, c.category_id): c.opening for c in record.draft.counts} == counted
    blocks = {b.name: b for b in handover_setup.list_blocks(db)}
    assert len(blocks) >= 5 and sum(b.capacity for b in blocks.values()) >= total
    women = {c.id for c in handover_setup.list_categories(db) if c.code in ("TP", "NP")}
    for line in first.draft.counts:
        in_women_block = line.block_id == blocks["Blok W (Wanita)"].id
        if line.opening:
            assert (line.category_id in women) == in_women_block

    reasons = {m.reason for r in month for m in r.draft.movements}
    assert {
        MovementReason.BARU,
        MovementReason.SIDANG,
        MovementReason.KEMBALI_SIDANG,
        MovementReason.RUMAH_SAKIT,
        MovementReason.KEMBALI_RS,
        MovementReason.BEBAS,
        MovementReason.PINDAH,
    } <= reasons
    away: Counter[tuple[date, int, int]] = Counter()  # court trips come back the same day
    for record in month:
        for m in record.draft.movements:
            if m.reason in (MovementReason.SIDANG, MovementReason.KEMBALI_SIDANG):
                sign = 1 if m.reason == MovementReason.SIDANG else -1
                away[(record.draft.day, *m.key)] += sign * m.count
    assert away and set(away.values()) == {0}
    for record in month:
        start = record.outgoing_start.time()
        minutes = [minutes_into_shift(e.at, start) for e in record.draft.events]
        assert minutes == sorted(minutes) and len(minutes) >= 4
    nye = month[-1]
    assert any("pergantian tahun" in e.text for e in nye.draft.events)
    assert sum(o.side == OfficerSide.EXTERNAL for o in nye.draft.officers) == 4
    assert audit_check(db).chain_break is None


def test_demo_handovers_show_one_explained_difference_and_a_broken_radio(db: Database) -> None:
    populate_demo(db)
    month = _month_oldest_first(db)

    differing = [r for r in month if r.differences]
    assert len(differing) == 1
    (explained,) = differing
    assert (explained.draft.day, explained.draft.outgoing_shift) == (date(2023, 12, 27), "S")
    assert "Sel Isolasi" in explained.draft.difference_explanation
    assert sorted(explained.differences.values()) == [-1, 1]  # moved inside the Rutan
    assert [r.draft.difference_explanation for r in month].count("") == len(month) - 1
    found = list_handovers(db, *DECEMBER, with_differences=True)
    assert [s.id for s in found] == [explained.id]
    assert found[0].has_difference

    radio = next(i for i in handover_setup.list_equipment_items(db) if i.kind == EquipmentKind.HT)
    conditions = [
        next(e for e in r.draft.equipment if e.item_id == radio.id).condition for r in month
    ]
    broken_from = next(i for i, r in enumerate(month) if r.draft.day == date(2023, 12, 9)) + 1
    assert (month[broken_from].draft.day, month[broken_from].draft.outgoing_shift) == (
        date(2023, 12, 9),
        "S",
    )
    assert conditions == [Condition.BAIK] * broken_from + [Condition.RUSAK] * (
        len(month) - broken_from
    )
    line = next(e for e in month[-1].draft.equipment if e.item_id == radio.id)
    assert "HT" in line.note and line.quantity == line.expected == 8  # broken, not missing
    assert any(w.code == "equipment_damaged" for w in month[-1].warnings)

    firearms = [
        i for i in handover_setup.list_equipment_items(db) if i.kind == EquipmentKind.SENJATA
    ]
    assert 2 <= len(firearms) <= 4 and all(f.serial and f.expected_quantity == 1 for f in firearms)
    missing = list_handovers(db, *DECEMBER, with_missing_equipment=True)
    assert [(s.day, s.outgoing_shift) for s in missing] == [(date(2023, 12, 16), "P")]
    assert not any(w.hard for r in month for w in r.warnings)  # no firearm or ammunition short
    assert len(list_handovers(db, *DECEMBER, with_missing_equipment=False)) == len(month)

    # One instruction of each; the Ka KPR's was removed in the middle of the month.
    instructions = handover_setup.list_instructions(db)
    assert sorted(i.given_by for i in instructions) == ["Ka KPR", "Karutan"]
    (removed,) = [i for i in instructions if i.removed_on is not None]
    removed_on = removed.removed_on
    assert removed_on is not None and date(2023, 12, 1) < removed_on < date(2023, 12, 31)
    carried = [removed.id in {i.id for i in r.draft.instructions} for r in month]
    assert carried == [r.draft.day < removed_on for r in month]


def test_demo_handover_report_is_in_the_register_and_the_demo_is_repeatable(
    db: Database, tmp_path: Path
) -> None:
    from rutan_desk.services.documents import register as documents

    populate_demo(db)
    (report,) = [d for d in documents.register(db) if d.kind == "serah_terima"]
    (nye,) = [s for s in list_handovers(db, NYE, NYE) if s.outgoing_shift == "M"]
    assert load_handover(db, nye.id).document_id == report.id
    assert documents.document_pdf(db, report.id).startswith(b"%PDF")

    url = sqlite_url(tmp_path / "again.sqlite")
    prepare_database(url, tmp_path / "backups")
    again = Database(url)
    try:
        populate_demo(again)
        first = [load_handover(db, s.id) for s in list_handovers(db, *DECEMBER)]
        second = [load_handover(again, s.id) for s in list_handovers(again, *DECEMBER)]
    finally:
        again.dispose()
    assert [_comparable(r) for r in first] == [_comparable(r) for r in second]


def _comparable(record: HandoverRecord) -> tuple[object, ...]:
    """What the demo chose (not when it was written)."""
    signatures = (record.handed, record.received, record.acknowledged)
    return (
        record.draft,
        record.status,
        tuple(None if s is None else (s.staff_id, s.at, s.role) for s in signatures),
        tuple((a.number, a.reason, a.text) for a in record.addenda),
    )
