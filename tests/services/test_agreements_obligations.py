"""Obligations with their evidence (the patrol visits of the Polres among it, a missed month a
gap), the warnings of the tab (expiring agreements, late obligations, late follow-ups, the
window setting), and the coordination history, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from rutan_desk.domain.accounts import Role
from rutan_desk.domain.agreements import (
    AgreementStatus,
    ObligationStatus,
    PeriodState,
    Recurrence,
    Responsible,
)
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.agreements.coordination import (
    delete_coordination,
    list_coordination,
    load_coordination,
    save_coordination,
    set_follow_up_done,
)
from rutan_desk.services.agreements.forms import (
    AttendeeLine,
    CoordinationDraft,
    EvidenceDraft,
    FollowUpLine,
)
from rutan_desk.services.agreements.obligations import (
    add_evidence,
    load_obligation,
    patrol_agencies,
    remove_evidence,
    save_obligation,
    set_obligation_status,
)
from rutan_desk.services.agreements.queries import list_agreements, load_agreement
from rutan_desk.services.agreements.renewal import renew_agreement
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.services.agreements.settings import agreement_settings, save_warning_days
from rutan_desk.services.agreements.warnings import agreement_warnings
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import PermissionDeniedError, StaleRecordError
from rutan_desk.services.patrols.forms import PatrolVisitDraft
from rutan_desk.services.patrols.saving import save_patrol_visit
from rutan_desk.services.staff.registry import create_staff
from tests.conftest import audit_check
from tests.services.test_agreements import (
    PDF,
    TODAY,
    an_obligation,
    clocked,  # noqa: F401  (fixture)
    pemda,  # noqa: F401  (fixture)
    polres,  # noqa: F401  (fixture)
    the_pks,
)
from tests.services.test_incidents import account


@pytest.fixture
def officer(clocked: ActionContext) -> int:  # noqa: F811
    """The Rutan officer who receives the patrols."""
    return create_staff(
        clocked,
        StaffDraft(
            kind=StaffKind.INTERNAL,
            name="Hermawan Yusuf Puspongoro",
            nip="198501102010031001",
            golongan="III/b",
            position="Kepala Kesatuan Pengamanan Rutan",
            unit="KPR",
            status_since=date(2020, 1, 1),
        ),
    ).id


def patrol(ctx: ActionContext, officer: int, at: datetime, agency: str = "Polres Blora") -> int:
    return save_patrol_visit(
        ctx, PatrolVisitDraft(arrived_at=at, agency=agency, received_by_id=officer)
    )


def test_an_obligation_is_checked_and_its_evidence_kept(
    clocked: ActionContext,  # noqa: F811
    polres: int,  # noqa: F811
    pemda: int,  # noqa: F811
) -> None:
    pks = save_agreement(clocked, the_pks(polres), finalise=True)
    with pytest.raises(ValidationError) as once:
        save_obligation(clocked, an_obligation(pks, due_on=None))
    assert once.value.codes() == {"due_on": "obligation_due_required"}
    with pytest.raises(ValidationError) as stranger:
        save_obligation(
            clocked, an_obligation(pks, responsible=Responsible.PARTNER, partner_id=pemda)
        )
    assert stranger.value.codes() == {"responsible": "obligation_partner_not_party"}

    alarm = save_obligation(
        clocked,
        an_obligation(
            pks,
            text="Tombol alarm di pintu utama (P2U)",
            responsible=Responsible.PARTNER,
            partner_id=polres,
        ),
    )
    with pytest.raises(ValidationError) as empty:
        add_evidence(clocked, alarm, EvidenceDraft(done_on=date(2026, 3, 2)))
    assert empty.value.codes() == {"note": "evidence_empty"}
    with pytest.raises(ValidationError) as future:
        add_evidence(clocked, alarm, EvidenceDraft(done_on=date(2026, 5, 2), note="Uji"))
    assert future.value.codes() == {"done_on": "date_in_future"}
    evidence = add_evidence(
        clocked,
        alarm,
        EvidenceDraft(
            done_on=date(2026, 3, 2),
            note="Tombol terpasang dan diuji bersama",
            file_name="foto-uji.pdf",
            file_data=PDF,
        ),
    )
    record = load_obligation(clocked.db, alarm, TODAY)
    assert record.responsible_name == "Polres Blora"
    (line,) = record.evidence
    assert (line.id, line.file_name, line.note) == (
        evidence,
        "foto-uji.pdf",
        "Tombol terpasang dan diuji bersama",
    )
    # Evidence is a line of the obligation: a form opened before it was added is stale.
    with pytest.raises(StaleRecordError):
        set_obligation_status(clocked, alarm, ObligationStatus.SELESAI, expected_version=1)
    set_obligation_status(
        clocked, alarm, ObligationStatus.SELESAI, expected_version=record.draft.version
    )
    remove_evidence(clocked, alarm, evidence)
    assert load_obligation(clocked.db, alarm, TODAY).evidence == ()
    summary = load_agreement(clocked.db, pks, TODAY).obligations[0]
    assert (summary.status_label, summary.evidence_count) == ("Selesai", 0)
    assert audit_check(clocked.db).intact


def test_the_patrol_visits_are_the_evidence_and_a_missed_month_is_a_gap(
    clocked: ActionContext,  # noqa: F811
    polres: int,  # noqa: F811
    officer: int,
) -> None:
    pks = save_agreement(clocked, the_pks(polres), finalise=True)
    patrols = save_obligation(
        clocked,
        an_obligation(
            pks,
            text="Patroli sambang rutin ke Rutan",
            responsible=Responsible.PARTNER,
            partner_id=polres,
            recurrence=Recurrence.MONTHLY,
            due_on=None,
            evidence_agency="Polres Blora",
        ),
    )
    patrol(clocked, officer, datetime(2026, 1, 30, 23, 10))
    patrol(clocked, officer, datetime(2026, 3, 14, 1, 5))  # February: nobody came
    patrol(clocked, officer, datetime(2026, 2, 11, 9, 0), agency="Kodim 0721/Blora")
    assert patrol_agencies(clocked.db) == ["Kodim 0721/Blora", "Polres Blora"]

    record = load_obligation(clocked.db, patrols, TODAY)
    assert [(p.period.label, p.state) for p in record.periods] == [
        ("Januari 2026", PeriodState.DONE),
        ("Februari 2026", PeriodState.GAP),
        ("Maret 2026", PeriodState.DONE),
        ("April 2026", PeriodState.PENDING),
    ]
    assert [gap.label for gap in record.gaps] == ["Februari 2026"]
    assert not record.overdue  # March, the last complete month, had its visit

    # On 2 May, April had no visit: the obligation is late, and is warned of.
    may = date(2026, 5, 2)
    assert load_obligation(clocked.db, patrols, may).overdue
    (late,) = agreement_warnings(clocked.db, may).overdue_obligations
    assert (late.id, late.missed and late.missed.label) == (patrols, "April 2026")
    # A visit entered by hand as evidence counts as well.
    add_evidence(
        clocked, patrols, EvidenceDraft(done_on=date(2026, 4, 5), note="Patroli (buku tamu)")
    )
    assert agreement_warnings(clocked.db, may).overdue_obligations == ()


def test_the_warnings_name_what_expires_and_what_is_late(
    clocked: ActionContext,  # noqa: F811
    polres: int,  # noqa: F811
    pemda: int,  # noqa: F811
) -> None:
    expiring = save_agreement(
        clocked,
        the_pks(
            polres,
            signed_on=date(2021, 6, 1),
            valid_from=date(2021, 6, 1),
            valid_to=date(2026, 5, 31),
        ),
        finalise=True,
    )
    far = save_agreement(
        clocked, the_pks(polres, title="PKS berlaku lama", valid_to=date(2030, 1, 1)), finalise=True
    )
    late_cctv = save_obligation(clocked, an_obligation(far, due_on=date(2026, 3, 31)))
    earliest = save_obligation(clocked, an_obligation(far, text="Alarm", due_on=date(2026, 1, 15)))
    save_obligation(clocked, an_obligation(far, text="Belum jatuh tempo", due_on=TODAY))
    done = save_obligation(clocked, an_obligation(far, text="Sudah", due_on=date(2026, 2, 1)))
    set_obligation_status(clocked, done, ObligationStatus.SELESAI, expected_version=1)
    meeting = save_coordination(
        clocked,
        CoordinationDraft(
            held_on=date(2026, 2, 16),
            subject="Pembangunan gedung PTSP",
            partner_ids=(pemda,),
            follow_ups=(
                FollowUpLine("Usulan anggaran PTSP", "Kasubsi Pengelolaan", date(2026, 3, 31)),
                FollowUpLine("Penataan kios tembok luar", "Ka KPR", date(2026, 6, 30)),
            ),
        ),
    )

    warnings = agreement_warnings(clocked.db, TODAY)
    assert warnings.window_days == 90
    assert [(w.id, w.days_left, w.partners) for w in warnings.expiring] == [
        (expiring, 51, ("Polres Blora",))
    ]
    assert [(o.id, o.due_on) for o in warnings.overdue_obligations] == [
        (earliest, date(2026, 1, 15)),  # the longest overdue first
        (late_cctv, date(2026, 3, 31)),
    ]
    assert [(f.coordination_id, f.text) for f in warnings.overdue_follow_ups] == [
        (meeting, "Usulan anggaran PTSP")
    ]
    assert warnings.count == 4
    # The lists are cut to the most overdue; the counts are not.
    short = agreement_warnings(clocked.db, TODAY, items=1)
    assert [o.id for o in short.overdue_obligations] == [earliest]
    assert (short.overdue_obligations_total, short.count) == (2, 4)
    assert next(o for o in load_agreement(clocked.db, far, TODAY).obligations).overdue

    # A renewal begun is named; once finalised, the old one is no longer warned of.
    renewal = renew_agreement(clocked, expiring, expected_version=1)
    (named,) = agreement_warnings(clocked.db, TODAY).expiring
    assert named.renewal_draft_id == renewal
    draft = load_agreement(clocked.db, renewal, TODAY).draft
    numbered = tuple(
        replace(p, document_number=f"N-{i}") for i, p in enumerate(draft.parties, start=1)
    )
    save_agreement(
        clocked,
        replace(draft, parties=numbered, signed_on=date(2026, 4, 8)),
        finalise=True,
    )
    assert agreement_warnings(clocked.db, TODAY).expiring == ()
    # Marking the follow-up done leaves only the late obligations.
    record = load_coordination(clocked.db, meeting)
    set_follow_up_done(
        clocked,
        meeting,
        record.draft.follow_ups[0].id or 0,
        date(2026, 4, 9),
        expected_version=record.draft.version,
    )
    assert agreement_warnings(clocked.db, TODAY).count == 2


def test_the_warning_window_is_a_setting(
    clocked: ActionContext,  # noqa: F811
    polres: int,  # noqa: F811
) -> None:
    pks = save_agreement(
        clocked, the_pks(polres, valid_to=date(2026, 6, 30)), finalise=True
    )  # 81 days left
    assert agreement_settings(clocked.db).warning_days == 90
    assert list_agreements(clocked.db, TODAY)[0].status is AgreementStatus.SEGERA_BERAKHIR
    with pytest.raises(ValidationError) as refused:
        save_warning_days(clocked, 0, expected_version=0)
    assert refused.value.codes() == {"warning_days": "number_out_of_range"}
    save_warning_days(clocked, 60, expected_version=0)
    assert agreement_settings(clocked.db).warning_days == 60
    assert load_agreement(clocked.db, pks, TODAY).status is AgreementStatus.BERLAKU
    assert agreement_warnings(clocked.db, TODAY).expiring == ()
    with pytest.raises(StaleRecordError):
        save_warning_days(clocked, 30, expected_version=0)
    reader = account(clocked, "pembaca", Role.PEMBACA, None)
    with pytest.raises(PermissionDeniedError) as denied:
        save_warning_days(reader, 30, expected_version=1)
    assert set(denied.value.roles) == {Role.ADMINISTRATOR, Role.OPERATOR}


def test_coordination_entries_are_kept_with_their_people_and_follow_ups(
    clocked: ActionContext,  # noqa: F811
    polres: int,  # noqa: F811
    pemda: int,  # noqa: F811
    officer: int,
) -> None:
    """The visit to the Pemda about the PTSP building, 16 April 2024."""
    pks = save_agreement(clocked, the_pks(polres), finalise=True)
    with pytest.raises(ValidationError) as refused:
        save_coordination(clocked, CoordinationDraft(held_on=date(2026, 5, 1), subject=" "))
    assert refused.value.codes() == {
        "held_on": "date_in_future",
        "subject": "field_required",
        "partners": "coordination_partner_required",
    }
    visit = save_coordination(
        clocked,
        CoordinationDraft(
            held_on=date(2024, 4, 16),
            subject="Pembangunan sarana PTSP di Rutan Blora; deteksi dini di tembok luar",
            partner_ids=(pemda,),
            place="Ruang Sekretaris Daerah",
            outcome="Sekda akan menindaklanjuti pembangunan gedung PTSP dalam waktu dekat.",
            attendees=(
                AttendeeLine(name="Budi Hardiono", position="Kepala Rutan"),
                AttendeeLine(staff_id=officer),
                AttendeeLine(name="Komang Gede Irawadi", position="Sekretaris Daerah"),
            ),
            follow_ups=(FollowUpLine("Penataan kios di tembok luar", "Ka KPR", date(2024, 6, 30)),),
        ),
    )
    patrol_meeting = save_coordination(
        clocked,
        CoordinationDraft(
            held_on=date(2026, 2, 3),
            subject="Evaluasi patroli sambang",
            partner_ids=(polres,),
            agreement_id=pks,
        ),
    )
    record = load_coordination(clocked.db, visit)
    assert record.partners == ("Pemda Blora",)
    assert [a.name for a in record.draft.attendees] == [
        "Budi Hardiono",
        "Hermawan Yusuf Puspongoro",
        "Komang Gede Irawadi",
    ]
    assert [c.id for c in list_coordination(clocked.db)] == [patrol_meeting, visit]
    assert [c.id for c in list_coordination(clocked.db, partner_id=pemda)] == [visit]
    (about_pks,) = list_coordination(clocked.db, agreement_id=pks)
    assert about_pks.agreement_title.startswith("Perjanjian Kerja Sama")
    assert [c.id for c in load_agreement(clocked.db, pks, TODAY).coordination] == [patrol_meeting]
    assert (
        list_coordination(clocked.db, first=date(2024, 1, 1), last=date(2024, 12, 31))[
            0
        ].open_follow_ups
        == 1
    )

    # Editing keeps the follow-up (its id) and marks it done.
    follow_up = record.draft.follow_ups[0]
    save_coordination(
        clocked,
        replace(record.draft, follow_ups=(replace(follow_up, done_on=date(2024, 6, 20)),)),
    )
    again = load_coordination(clocked.db, visit)
    assert again.draft.follow_ups[0].id == follow_up.id
    assert again.draft.follow_ups[0].done_on == date(2024, 6, 20)
    delete_coordination(clocked, visit, expected_version=again.draft.version)
    assert [c.id for c in list_coordination(clocked.db)] == [patrol_meeting]
    assert audit_check(clocked.db).intact
