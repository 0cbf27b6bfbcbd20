"""The agreements demo on the demo's people (without the roster: the Kamtib demo takes a
while), with a visit book in short: a patrol of the Polres in each month since the PKS that is
over, and one of the Polsek. Built once for the module on each database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from rutan_desk.domain.agreements import (
    AgreementKind,
    AgreementStatus,
    ObligationStatus,
    Recurrence,
    last_complete_period,
    period_of,
    periods_between,
)
from rutan_desk.services.agreements.coordination import list_coordination, load_coordination
from rutan_desk.services.agreements.obligations import load_obligation
from rutan_desk.services.agreements.partners import list_partners, load_partner
from rutan_desk.services.agreements.queries import agreement_chain, load_agreement
from rutan_desk.services.agreements.warnings import agreement_warnings
from rutan_desk.services.attachments import file_bytes
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import DEMO_ACTOR, populate_demo
from rutan_desk.services.demo_agreements import AgreementsDemo, populate_demo_agreements
from rutan_desk.services.demo_agreements.coordination import PTSP_SUBJECT, PTSP_VISIT
from rutan_desk.services.demo_agreements.polres import (
    ALARM,
    CCTV,
    INFORMATION,
    PATROL,
    SCOPE,
)
from rutan_desk.services.demo_kamtib.patrols import OPERASI_KETUPAT_2026
from rutan_desk.services.institution import get_profile
from rutan_desk.services.patrols.forms import OfficerLine, PatrolVisitDraft
from rutan_desk.services.patrols.saving import save_patrol_visit
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from tests.conftest import audit_check
from tests.services.conftest import PG_URL_VARIABLE, _reset_postgres

PKS_SIGNED = date(2026, 1, 27)


@dataclass(frozen=True)
class Built:
    db: Database
    today: date
    staff: list[StaffRecord]
    demo: AgreementsDemo
    patrols: dict[date, int]  # the Polres' visits by day

    def agreement(self, key: str) -> int:
        return self.demo.agreements[key]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def built(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Built]:
    folder = tmp_path_factory.mktemp("agreements_demo")
    if request.param == "sqlite":
        url = sqlite_url(folder / "demo.sqlite")
    else:
        url = os.environ.get(PG_URL_VARIABLE, "")
        if not url:
            pytest.skip(f"{PG_URL_VARIABLE} is not set")
        _reset_postgres(url)
    prepare_database(url, folder / "backups")
    db = Database(url)
    staff = populate_demo(db, with_roster=False)
    ctx = ActionContext(db, DEMO_ACTOR)
    today = ctx.today()
    patrols = _visit_book(ctx, staff, today)
    demo = populate_demo_agreements(ctx, staff, seed=2023)
    yield Built(db, today, staff, demo, patrols)
    db.dispose()


def _visit_book(ctx: ActionContext, staff: list[StaffRecord], today: date) -> dict[date, int]:
    ka_kpr = next(r for r in staff if r.position == "Kepala Kesatuan Pengamanan Rutan")
    police = [r for r in staff if r.is_external]
    last = last_complete_period(Recurrence.MONTHLY, today).last
    patrols = {}
    ketupat = period_of(Recurrence.MONTHLY, OPERASI_KETUPAT_2026[0])
    for month in periods_between(Recurrence.MONTHLY, PKS_SIGNED, last):
        day = max(month.first + timedelta(days=9), PKS_SIGNED + timedelta(days=2))
        if month == ketupat:  # the Polres on the Lebaran posts: the Polsek patrolled
            _visit(ctx, day, "Polsek Blora Kota", ka_kpr, None)
        else:
            patrols[day] = _visit(ctx, day, "Polres Blora", ka_kpr, police[0])
    _visit(ctx, PKS_SIGNED + timedelta(days=1), "Polsek Blora Kota", ka_kpr, None)
    return patrols


def _visit(
    ctx: ActionContext, day: date, agency: str, receiver: StaffRecord, officer: StaffRecord | None
) -> int:
    arrived = datetime.combine(day, time(22))
    line = OfficerLine(staff_id=officer.id) if officer else OfficerLine(name="Heri Santosa")
    return save_patrol_visit(
        ctx,
        PatrolVisitDraft(
            arrived_at=arrived,
            agency=agency,
            received_by_id=receiver.id,
            left_at=arrived + timedelta(minutes=20),
            unit="Sat Samapta",
            areas_checked="Pintu utama dan tembok luar",
            officers=(line,),
        ),
    )


def test_the_pks_with_the_polres_has_its_scope_scan_and_obligations(built: Built) -> None:
    record = load_agreement(built.db, built.agreement("polres"), built.today)
    draft = record.draft
    assert draft.kind is AgreementKind.PKS and draft.place_signed == "Blora"
    assert draft.signed_on == draft.valid_from == PKS_SIGNED
    assert record.ends_on == date(2031, 1, 26)  # five years
    assert draft.scope == SCOPE and len(SCOPE) == 3
    ours, polres = draft.parties
    head = get_profile(built.db)
    assert ours.own and (ours.signatory_name, ours.signatory_id_number) == (
        head.head_name,
        head.head_nip,
    )
    assert polres.name == "Kepolisian Resor Blora" and polres.signatory_name.startswith("AKBP")
    assert ours.document_number and polres.document_number
    ((scan,),) = (record.scans,)
    name, media_type, data = file_bytes(built.db, scan.attachment_id)
    assert name.endswith(".pdf") and media_type == "application/pdf"
    assert data.startswith(b"%PDF-")

    obligations = {o.text: o for o in record.obligations}
    assert set(obligations) == {CCTV, ALARM, PATROL, INFORMATION}
    cctv, alarm = obligations[CCTV], obligations[ALARM]
    assert cctv.status is ObligationStatus.BERJALAN and cctv.due_on and not cctv.overdue
    assert alarm.status is ObligationStatus.SELESAI and alarm.evidence_count == 1
    (evidence,) = load_obligation(built.db, alarm.id, built.today).evidence
    assert evidence.file_name.endswith(".pdf")
    patrol = obligations[PATROL]
    assert patrol.recurrence is Recurrence.MONTHLY and patrol.responsible_name == "Polres Blora"
    assert patrol.evidence_agency == "Polres Blora"
    information = load_obligation(built.db, obligations[INFORMATION].id, built.today)
    assert information.draft.recurrence is Recurrence.QUARTERLY and information.evidence
    assert not information.gaps


def test_the_patrol_obligation_counts_the_polres_visits_and_shows_a_missed_month(
    built: Built,
) -> None:
    patrol = next(
        o
        for o in load_agreement(built.db, built.agreement("polres"), built.today).obligations
        if o.text == PATROL
    )
    record = load_obligation(built.db, patrol.id, built.today)
    done = {day for period in record.periods for day in period.evidence}
    assert done == set(built.patrols)  # the Polres' visits; not the Polsek's
    ketupat = period_of(Recurrence.MONTHLY, OPERASI_KETUPAT_2026[0])
    assert ketupat in record.gaps
    assert not patrol.overdue  # the last month over had its patrol


def test_the_renewed_bnnk_pks_is_a_chain_of_two_and_the_others_show_their_story(
    built: Built,
) -> None:
    chain = agreement_chain(built.db, built.agreement("bnnk"), built.today)
    assert [link.id for link in chain] == [built.agreement("bnnk_old"), built.agreement("bnnk")]
    assert chain[0].status is AgreementStatus.DIPERPANJANG
    assert chain[1].valid_from == chain[0].ends_on + timedelta(days=1)  # type: ignore[operator]
    renewed = load_agreement(built.db, built.agreement("bnnk"), built.today)
    assert len(renewed.obligations) == 2
    assert all(o.carried_from_id is not None for o in renewed.obligations)
    assert all(p.document_number for p in renewed.draft.parties)

    kodim = load_agreement(built.db, built.agreement("kodim"), built.today)
    assert kodim.draft.valid_to == date(2026, 6, 30) and kodim.ends_on == date(2027, 6, 30)
    assert [a.id for a in kodim.addenda] == [built.agreement("kodim_addendum")]

    rsud = load_agreement(built.db, built.agreement("rsud"), built.today)
    assert rsud.parent is not None and rsud.parent.id == built.agreement("dinkes")
    assert rsud.parent.until_revoked

    revoked = load_agreement(built.db, built.agreement("lpk"), built.today)
    assert revoked.status is AgreementStatus.DICABUT and revoked.revoked_reason
    partners = list_partners(built.db, include_retired=True)
    assert len(partners) == 7 and [p.label for p in partners if p.retired] == ["LPK Karya Mandiri"]
    polres = load_partner(built.db, built.demo.partners["Polres Blora"])
    assert polres.draft.address and len(polres.draft.contacts) >= 2
    assert all(c.name and c.position and c.rank and c.phone for c in polres.draft.contacts)


def test_the_warnings_show_the_pemda_mou_ending_and_what_is_late(built: Built) -> None:
    warnings = agreement_warnings(built.db, built.today)
    (pemda_ending,) = [e for e in warnings.expiring if e.id == built.agreement("pemda")]
    assert pemda_ending.days_left == 60 and pemda_ending.renewal_draft_id is None
    pemda = load_agreement(built.db, built.agreement("pemda"), built.today)
    assert pemda.status is AgreementStatus.SEGERA_BERAKHIR
    (late,) = [o for o in pemda.obligations if o.overdue]
    assert late.recurrence is Recurrence.ONCE and "PTSP" in late.text
    assert late.id in {o.id for o in warnings.overdue_obligations}
    # Late whenever the demo is built: the Pemda's schedule for the PTSP, the CCTV's line.
    assert warnings.overdue_follow_ups_total == 2


def test_a_year_of_coordination_with_the_visit_to_the_pemda_about_the_ptsp(built: Built) -> None:
    entries = list_coordination(built.db)
    year_ago = built.today - timedelta(days=365)
    assert 20 <= sum(e.held_on > year_ago for e in entries) <= 30
    assert all(e.held_on <= built.today for e in entries)
    (ptsp,) = [e for e in entries if e.subject == PTSP_SUBJECT]
    assert ptsp.held_on == PTSP_VISIT and ptsp.partners == ("Pemda Blora",)
    assert ptsp.agreement_id == built.agreement("pemda")
    record = load_coordination(built.db, ptsp.id)
    karutan = next(r for r in built.staff if r.position == "Kepala Rumah Tahanan Negara")
    attendees = {(a.staff_id, a.name) for a in record.draft.attendees}
    assert (karutan.id, karutan.name) in attendees
    assert any(
        a.staff_id is None and "Sekretaris Daerah" in a.position for a in record.draft.attendees
    )
    assert all(f.done_on is not None for f in record.draft.follow_ups)
    signing = [e for e in entries if e.held_on == PKS_SIGNED]
    assert signing and signing[0].agreement_id == built.agreement("polres")
    audit = audit_check(built.db)
    assert audit.chain_break is None and audit.gaps == ()
