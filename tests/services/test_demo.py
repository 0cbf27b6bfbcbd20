from __future__ import annotations

from collections import Counter
from datetime import date

from rutan_desk.domain.nip import Gender, check_nrp, parse_nip
from rutan_desk.domain.staff import ExternalIdKind, StaffKind
from rutan_desk.services import roster
from rutan_desk.services.demo import demo_staff_drafts, populate_demo
from rutan_desk.services.institution import get_profile
from rutan_desk.services.maintenance import check_audit_trail
from rutan_desk.store.engine import Database


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
    audit = check_audit_trail(db)
    assert audit.entries == len(records) + 1
    assert audit.first_break is None


def test_demo_is_repeatable() -> None:
    assert demo_staff_drafts() == demo_staff_drafts()


def test_demo_roster_runs_from_november_2023_to_this_month(db: Database) -> None:
    populate_demo(db)
    first = roster.entries_between(db, date(2023, 11, 1), date(2023, 11, 1))
    assert len(first) == 40  # four regu of 9-11: everyone has a code on day one
    today = date.today()
    assert roster.entries_between(db, today, today)
    assert roster.entries_between(db, date(2023, 10, 31), date(2023, 10, 31)) == []
    december = roster.check_period(db, date(2023, 12, 1), date(2023, 12, 31))
    assert [c for c in december if c.hard] == []
    assert check_audit_trail(db).first_break is None


def test_demo_new_years_eve_2023_has_piket_staff_and_four_police_officers(db: Database) -> None:
    from rutan_desk.services import calendar

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
    assert [c for c in roster.check_period(db, nye, nye) if c.hard] == []


def test_demo_register_holds_the_nataru_orders(db: Database) -> None:
    from rutan_desk.services import documents

    populate_demo(db)
    newest_first = documents.register(db, year=2023)
    assert [d.number[-4:] for d in newest_first] == ["0003", "0002", "0001"]
    corrected, cancelled, new_years_eve = newest_first
    assert new_years_eve.title == "Jaga malam pergantian tahun 2023/2024"
    assert not new_years_eve.cancelled and not corrected.cancelled
    assert cancelled.cancelled and corrected.number in cancelled.cancelled_reason
    assert documents.document_pdf(db, new_years_eve.id).startswith(b"%PDF")
    source = documents.document_source(db, corrected.id)
    assert source["signatory"]["prefix"] == "a.n."
    assert {p["duty"].split(" · ")[1] for p in source["people"]} == {"Pagi", "Siang", "Malam"}
    shifts_in_order = [p["duty"].split(" · ")[1] for p in source["people"]]
    assert shifts_in_order == sorted(shifts_in_order, key=["Pagi", "Siang", "Malam"].index)
