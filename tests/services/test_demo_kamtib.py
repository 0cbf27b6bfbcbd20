"""The Kamtib demo: three years of incidents, searches and patrol visits on the demo Rutan,
built once for the module (on SQLite: it takes a while) and read through the services."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from rutan_desk.domain.incidents import (
    EQUIPMENT_LOSS_TYPE,
    IncidentStatus,
    PersonKind,
    PersonRole,
    Severity,
)
from rutan_desk.domain.searches import FindingFate, FindingItem
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import DEMO_ACTOR, TORCH_MISSING, populate_demo
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.incidents.forms import IncidentRecord
from rutan_desk.services.incidents.from_handover import incidents_of_handover
from rutan_desk.services.incidents.queries import list_incidents, load_incident
from rutan_desk.services.inmates.records import get_inmate
from rutan_desk.services.patrols.queries import load_patrol_visit, visits_between
from rutan_desk.services.searches.queries import findings_between, list_searches, load_search
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from tests.conftest import audit_check

FIRST = date(2023, 12, 1)  # the handover month: the demo's Kamtib records start with it


@dataclass(frozen=True)
class Demo:
    db: Database
    staff: list[StaffRecord]
    built: datetime  # WIB: nothing the demo wrote may be later
    incidents: list[IncidentRecord]

    def by_position(self, position: str) -> StaffRecord:
        return next(r for r in self.staff if r.position == position)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    folder: Path = tmp_path_factory.mktemp("kamtib_demo")
    url = sqlite_url(folder / "demo.sqlite")
    prepare_database(url, folder / "backups")
    db = Database(url)
    staff = populate_demo(db, with_kamtib=True)
    built = ActionContext(db, DEMO_ACTOR).wib_now()
    incidents = [load_incident(db, s.id) for s in list_incidents(db, limit=100_000)]
    yield Demo(db, staff, built, incidents)
    db.dispose()


def _of_type(demo: Demo, type_name: str) -> list[IncidentRecord]:
    return [r for r in demo.incidents if r.type_name == type_name]


def test_the_named_stories_are_there(demo: Demo) -> None:
    (fight,) = [
        r
        for r in _of_type(demo, "Perkelahian antar-WBP")
        if r.draft.happened_at and r.draft.happened_at.date() == date(2023, 12, 27)
    ]
    assert fight.place.endswith("kamar B-3") and "Sel Isolasi" in fight.draft.chronology
    roles = Counter(p.role for p in fight.draft.people if p.kind == PersonKind.INMATE)
    assert roles[PersonRole.PELAKU] == 1 and roles[PersonRole.KORBAN] == 1

    (phone,) = [
        r
        for r in _of_type(demo, "Penyelundupan barang terlarang")
        if r.draft.other_place == "Ruang kunjungan"
    ]
    visitor = [p for p in phone.draft.people if p.kind == PersonKind.OUTSIDER]
    assert [p.role for p in visitor] == [PersonRole.PELAKU] and len(visitor[0].identity) == 16
    assert any(p.kind == PersonKind.INMATE for p in phone.draft.people)
    assert any("HP" in e.description for e in phone.draft.evidence)
    # The phone went to the Polres after the record was approved: custody moved on.
    holders = [c.holder for c in phone.draft.evidence[0].custody]
    assert holders[-1] == "Sat Reskrim Polres Blora" and len(holders) == 3
    assert [s.number for s in phone.supplements] == [1, 2]

    (escape,) = _of_type(demo, "Percobaan pelarian")
    assert escape.draft.severity == Severity.BERAT
    assert {n.level.value for n in escape.draft.notifications} >= {"karutan", "kanwil", "polres"}

    (death,) = _of_type(demo, "Kematian")
    assert "RSUD" in death.draft.summary and "meninggal dunia" in death.draft.chronology
    (patient,) = [p for p in death.draft.people if p.kind == PersonKind.INMATE]
    assert patient.inmate_id is not None
    inmate = get_inmate(demo.db, patient.inmate_id)
    assert inmate.released_on == date(2025, 7, 22) and "Meninggal" in inmate.note

    (reopened,) = [r for r in demo.incidents if r.reopenings]
    assert reopened.status == IncidentStatus.CLOSED and reopened.locked
    assert reopened.reopenings[0].reason and reopened.supplements


def test_the_missing_torch_of_december_2023_is_an_incident_linked_to_its_handover(
    demo: Demo,
) -> None:
    day, shift = TORCH_MISSING
    (summary,) = [h for h in list_handovers(demo.db, day, day) if h.outgoing_shift == shift]
    handover = load_handover(demo.db, summary.id)
    ((incident_id, number),) = incidents_of_handover(demo.db, summary.id)
    torch = load_incident(demo.db, incident_id)
    assert torch.number == number and torch.draft.handover_id == summary.id
    assert torch.type_name == EQUIPMENT_LOSS_TYPE and "Senter" in torch.draft.summary
    assert torch.draft.happened_at == handover.change_at
    # The Karupam receiving the shift reported it; the one handing over is a witness.
    staff_roles = {p.staff_id: p.role for p in torch.draft.people}
    assert staff_roles[handover.draft.incoming_karupam_id] == PersonRole.PELAPOR
    assert staff_roles[handover.draft.outgoing_karupam_id] == PersonRole.SAKSI
    assert torch.status == IncidentStatus.CLOSED and torch.locked


def test_incidents_come_a_few_a_month_mostly_light_and_older_ones_are_approved(
    demo: Demo,
) -> None:
    incidents = demo.incidents
    per_month = Counter((r.draft.happened_at or demo.built).strftime("%Y-%m") for r in incidents)
    months = len(per_month)
    assert months >= 36 and min(per_month.values()) >= 1
    assert 2 <= len(incidents) / months <= 5
    severities = Counter(r.draft.severity for r in incidents)
    assert severities[Severity.RINGAN] > len(incidents) / 2 and severities[Severity.BERAT] >= 2
    assert all(r.on_duty.regu_name and r.on_duty.shift_code for r in incidents)
    ka_kpr = demo.by_position("Kepala Kesatuan Pengamanan Rutan")
    karutan = demo.by_position("Kepala Rumah Tahanan Negara")
    month_ago = demo.built - timedelta(days=30)
    for record in incidents:
        assert record.draft.happened_at is not None
        if record.draft.happened_at < month_ago:
            assert record.status == IncidentStatus.CLOSED and record.approval is not None
        if record.approval is not None:
            assert record.approval.staff_id in {ka_kpr.id, karutan.id}
        assert record.draft.chronology.count(". ") >= 2  # several sentences
        assert record.draft.actions and record.draft.notifications
    recent = {r.status for r in incidents if (r.draft.happened_at or month_ago) >= month_ago}
    assert {IncidentStatus.DRAFT, IncidentStatus.REPORTED, IncidentStatus.HANDLED} <= recent
    assert sum(bool(r.supplements) for r in incidents) >= 3
    # Numbers run per year in the order the incidents happened.
    by_year: dict[int, list[IncidentRecord]] = defaultdict(list)
    for record in sorted(incidents, key=lambda r: r.id):
        assert record.draft.happened_at is not None
        by_year[record.draft.happened_at.year].append(record)
    for records in by_year.values():
        moments = [r.draft.happened_at for r in records]
        assert moments == sorted(moments)  # type: ignore[type-var]
        assert [r.number.split("/")[0] for r in records] == [
            f"KMT.{n:03d}" for n in range(1, len(records) + 1)
        ]


def test_a_joint_night_search_with_tni_and_polri_found_things_with_their_fates(
    demo: Demo,
) -> None:
    (joint,) = [s for s in list_searches(demo.db) if set(s.agencies) == {"TNI", "Polri"}]
    assert joint.started_at.hour >= 20 and joint.ended_at is not None
    assert joint.ended_at.date() == joint.started_at.date() + timedelta(days=1)  # past midnight
    record = load_search(demo.db, joint.id)
    agencies = {m.agency for m in record.draft.team if m.staff_id is None}
    assert "Kodim 0721/Blora" in agencies
    assert all(m.rank and m.nrp for m in record.draft.team if m.staff_id is None)
    police = [m for m in record.draft.team if m.staff_id is not None and m.agency == "Polres Blora"]
    assert police, "the Polres' officers come from the registry"
    findings = record.draft.findings
    assert len(findings) >= 5
    fates = Counter(f.disposition.fate for f in findings)
    assert fates[FindingFate.DISERAHKAN] >= 1 and fates[FindingFate.DIMUSNAHKAN] >= 3
    drugs = next(f for f in findings if f.item == FindingItem.NARKOBA)
    assert drugs.incident_number and "Polres" in drugs.disposition.handed_to
    assert drugs.owner_name
    handed_on = drugs.disposition.on
    assert handed_on == joint.started_at.date() + timedelta(days=1)
    incident = load_incident(demo.db, drugs.incident_id or 0)
    assert incident.draft.evidence[0].custody[-1].holder == drugs.disposition.handed_to


def test_findings_kept_are_destroyed_together_under_one_berita_acara(demo: Demo) -> None:
    findings = findings_between(demo.db, FIRST, demo.built.date())
    destroyed: dict[str, list[object]] = defaultdict(list)
    for finding in findings:
        disposition = finding.disposition
        if disposition.fate == FindingFate.DIMUSNAHKAN:
            assert disposition.on is not None and disposition.on >= finding.day
            destroyed[disposition.berita_acara].append(finding)
        if finding.item == FindingItem.UANG:
            assert disposition.fate == FindingFate.DISIMPAN
    assert len(destroyed) >= 4  # twice a year
    assert max(len(items) for items in destroyed.values()) >= 5
    assert sum(f.incident_id is not None for f in findings) >= 2


def test_a_routine_search_every_month(demo: Demo) -> None:
    searches = list_searches(demo.db)
    months = {s.started_at.strftime("%Y-%m") for s in searches if s.kind.value == "rutin"}
    day = FIRST
    last_month = demo.built.date().replace(day=1) - timedelta(days=1)
    while day <= last_month:
        assert day.strftime("%Y-%m") in months
        day = (day + timedelta(days=32)).replace(day=1)
    assert any(s.kind.value == "insidentil" for s in searches)


def test_patrol_visits_come_every_week_and_nightly_in_the_handover_month(demo: Demo) -> None:
    visits = visits_between(demo.db, FIRST, demo.built.date())
    december = [v for v in visits if v.arrived_at < datetime(2024, 1, 1, 7)]
    assert len(december) >= 15  # the handover book's nights
    weeks = {v.arrived_at.isocalendar()[:2] for v in visits}
    monday = date(2024, 1, 1)
    while monday + timedelta(days=7) <= demo.built.date():
        assert monday.isocalendar()[:2] in weeks, monday
        monday += timedelta(days=7)
    for visit in visits:
        assert visit.officers and visit.received_by_name and visit.areas_checked
    polsek = next(v for v in visits if v.agency == "Polsek Blora Kota" and v.unit)
    written = [
        o for o in load_patrol_visit(demo.db, polsek.id).draft.officers if o.staff_id is None
    ]
    assert written and all(o.rank and o.nrp for o in written)
    assert {v.kind.value for v in visits} >= {"sambang", "koordinasi", "sidak"}


def test_nothing_is_in_the_future(demo: Demo) -> None:
    now = demo.built.replace(tzinfo=None)
    for record in demo.incidents:
        draft = record.draft
        assert draft.happened_at is not None and draft.reported_at is not None
        assert draft.happened_at <= draft.reported_at <= now
        moments = [a.at for a in draft.actions] + [n.at for n in draft.notifications]
        moments += [c.since for e in draft.evidence for c in e.custody]
        assert all(draft.happened_at <= moment <= now for moment in moments), record.number
        if record.approval is not None:
            assert draft.reported_at <= record.approval.at <= now
    for summary in list_searches(demo.db):
        assert summary.ended_at is not None and summary.ended_at <= now
    for finding in findings_between(demo.db, FIRST, now.date()):
        assert finding.disposition.on is None or finding.disposition.on <= now.date()
    for visit in visits_between(demo.db, FIRST, now.date()):
        assert visit.left_at is not None and visit.arrived_at < visit.left_at <= now


def test_the_audit_trail_holds_everything_the_demo_wrote(demo: Demo) -> None:
    check = audit_check(demo.db)
    assert check.chain_break is None and check.gaps == ()
    assert check.damaged is None
