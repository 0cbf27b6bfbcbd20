"""Cooperation agreements through the services, on SQLite and PostgreSQL: partners, saving a
draft and finalising it, the checks, renewals and their chain, addenda, revoking, scans, the
list with its statuses and filters, who may write, stale forms."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from rutan_desk.domain.accounts import Role
from rutan_desk.domain.agreements import (
    AgreementKind,
    AgreementStatus,
    ObligationStatus,
    Recurrence,
)
from rutan_desk.domain.errors import ValidationError
from rutan_desk.services.agreements.coordination import load_coordination, save_coordination
from rutan_desk.services.agreements.forms import (
    AgreementDraft,
    ContactLine,
    CoordinationDraft,
    ObligationDraft,
    PartnerDraft,
    PartyLine,
)
from rutan_desk.services.agreements.obligations import save_obligation, set_obligation_status
from rutan_desk.services.agreements.partners import (
    list_partners,
    load_partner,
    save_partner,
    set_partner_retired,
)
from rutan_desk.services.agreements.queries import agreement_chain, list_agreements, load_agreement
from rutan_desk.services.agreements.renewal import renew_agreement, start_addendum
from rutan_desk.services.agreements.saving import (
    attach_agreement_scan,
    delete_draft_agreement,
    remove_agreement_scan,
    revoke_agreement,
    save_agreement,
)
from rutan_desk.services.agreements.warnings import agreement_warnings
from rutan_desk.services.attachments import file_bytes
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.errors import PermissionDeniedError, StaleRecordError
from tests.conftest import audit_check
from tests.services.test_incidents import account, audit_of

TODAY = date(2026, 4, 10)
SIGNED = date(2026, 1, 27)  # the PKS with Polres Blora
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def clocked(ctx: ActionContext) -> ActionContext:
    """The service context on 10 April 2026, 09.00 WIB."""
    return ActionContext(ctx.db, ctx.actor, FixedClock(datetime(2026, 4, 10, 2, 0, tzinfo=UTC)))


@pytest.fixture
def polres(clocked: ActionContext) -> int:
    return save_partner(
        clocked,
        PartnerDraft(
            name="Kepolisian Resor Blora",
            short_name="Polres Blora",
            address="Jl. Pemuda No. 1, Blora",
            contacts=(ContactLine("Wawan Andi Susanto", "Kapolres", "AKBP", "0296531001"),),
        ),
    )


@pytest.fixture
def pemda(clocked: ActionContext) -> int:
    return save_partner(
        clocked, PartnerDraft(name="Pemerintah Kabupaten Blora", short_name="Pemda Blora")
    )


def the_pks(partner_id: int, **changes: object) -> AgreementDraft:
    """The PKS with Polres Blora of 27 January 2026, for five years."""
    draft = AgreementDraft(
        kind=AgreementKind.PKS,
        title="Perjanjian Kerja Sama tentang Sinergi Pengamanan dan Penegakan Hukum",
        parties=(
            PartyLine(
                None,
                "W13.PAS.PAS11-HM.05.01-0012",
                "Sugito",
                "Kepala Rutan Kelas IIB Blora",
                "197405121998031002",
            ),
            PartyLine(partner_id, "B/12/I/2026/Polres", "Wawan Andi Susanto", "Kapolres Blora"),
        ),
        place_signed="Blora",
        signed_on=SIGNED,
        valid_from=SIGNED,
        valid_to=date(2031, 1, 26),
        scope=(
            "Pengamanan",
            "Penanganan gangguan keamanan dan ketertiban",
            "Dukungan tugas kepolisian dan masyarakat",
        ),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def an_obligation(agreement_id: int, **changes: object) -> ObligationDraft:
    draft = ObligationDraft(
        agreement_id=agreement_id,
        text="CCTV area steril tembok luar terhubung ke monitor Polres",
        owner="Hermawan Yusuf Puspongoro",
        recurrence=Recurrence.ONCE,
        due_on=date(2026, 12, 31),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


# -- partners -------------------------------------------------------------------------------


def test_a_partner_is_kept_with_its_contacts_and_retired(
    clocked: ActionContext, polres: int, pemda: int
) -> None:
    record = load_partner(clocked.db, polres)
    assert record.draft.short_name == "Polres Blora"
    assert record.draft.contacts[0].rank == "AKBP"
    with pytest.raises(ValidationError) as twice:
        save_partner(clocked, PartnerDraft(name="kepolisian resor  blora"))
    assert twice.value.codes() == {"name": "name_duplicate"}
    set_partner_retired(clocked, pemda, True, expected_version=1)
    assert [p.label for p in list_partners(clocked.db)] == ["Polres Blora"]
    assert len(list_partners(clocked.db, include_retired=True)) == 2


def test_a_partner_needs_a_real_e_mail_address_and_is_listed_by_name_in_any_case(
    clocked: ActionContext, polres: int
) -> None:
    with pytest.raises(ValidationError) as refused:
        save_partner(clocked, PartnerDraft(name="BNNK Blora", email="bnnk blora.go.id"))
    assert refused.value.codes() == {"email": "email_invalid"}
    save_partner(clocked, PartnerDraft(name="badan Narkotika Nasional", email="bnnk@bnn.go.id"))
    assert [p.name for p in list_partners(clocked.db)] == [
        "badan Narkotika Nasional",
        "Kepolisian Resor Blora",
    ]


def test_a_retired_partner_is_not_named_anew_but_stays_where_it_is(
    clocked: ActionContext, polres: int, pemda: int
) -> None:
    agreement = save_agreement(clocked, the_pks(polres))
    coordination = save_coordination(
        clocked, CoordinationDraft(date(2026, 3, 2), "Koordinasi pengamanan", (polres,))
    )
    set_partner_retired(clocked, polres, True, expected_version=1)

    with pytest.raises(ValidationError) as refused:
        save_agreement(clocked, the_pks(polres, title="PKS baru"))
    assert refused.value.codes() == {"parties": "partner_retired"}
    with pytest.raises(ValidationError) as refused:
        save_coordination(clocked, CoordinationDraft(date(2026, 3, 9), "Rapat", (polres,)))
    assert refused.value.codes() == {"partners": "partner_retired"}

    # What named it before is still saved with it.
    kept = load_agreement(clocked.db, agreement, clocked.today()).draft
    save_agreement(clocked, replace(kept, note="Dicatat ulang"))
    entry = load_coordination(clocked.db, coordination).draft
    save_coordination(clocked, replace(entry, outcome="Disepakati patroli bersama"))


# -- saving ---------------------------------------------------------------------------------


def test_a_draft_may_lack_numbers_and_dates_and_is_finalised_when_complete(
    clocked: ActionContext, polres: int
) -> None:
    unnumbered = tuple(replace(p, document_number="") for p in the_pks(polres).parties)
    agreement_id = save_agreement(
        clocked, the_pks(polres, parties=unnumbered, signed_on=None, valid_to=None)
    )
    record = load_agreement(clocked.db, agreement_id, TODAY)
    assert record.status is AgreementStatus.DRAFT and record.is_draft
    assert record.draft.parties[0].name == "RUMAH TAHANAN NEGARA KELAS IIB BLORA"

    with pytest.raises(ValidationError) as refused:
        save_agreement(clocked, record.draft, finalise=True)
    assert refused.value.codes() == {
        "signed_on": "date_required",
        "valid_to": "agreement_end_required",
        "parties": "party_number_required",
    }
    assert load_agreement(clocked.db, agreement_id, TODAY).is_draft  # nothing written

    save_agreement(
        clocked, the_pks(polres, id=agreement_id, version=record.draft.version), finalise=True
    )
    record = load_agreement(clocked.db, agreement_id, TODAY)
    assert record.status is AgreementStatus.BERLAKU
    assert record.ends_on == date(2031, 1, 26) and record.days_left == 1752
    assert record.draft.scope[1] == "Penanganan gangguan keamanan dan ketertiban"
    assert [p.document_number for p in record.draft.parties] == [
        "W13.PAS.PAS11-HM.05.01-0012",
        "B/12/I/2026/Polres",
    ]
    # A finalised agreement stays finalised: a later save is checked as complete.
    with pytest.raises(ValidationError) as later:
        save_agreement(clocked, replace(record.draft, parties=unnumbered))
    assert later.value.codes() == {"parties": "party_number_required"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": "  "}, {"title": "field_required"}),
        ({"valid_to": date(2025, 12, 31)}, {"valid_to": "end_before_start"}),
        ({"signed_on": TODAY + timedelta(days=1)}, {"signed_on": "date_in_future"}),
        ({"until_revoked": True}, {"valid_to": "agreement_end_or_until_revoked"}),
        ({"kind": AgreementKind.ADDENDUM}, {"parent": "addendum_parent_required"}),
        ({"scope": ("x" * 301,)}, {"scope": "text_too_long"}),
    ],
)
def test_a_form_with_a_mistake_saves_nothing(
    clocked: ActionContext, polres: int, changes: dict[str, object], expected: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        save_agreement(clocked, the_pks(polres, **changes), finalise=True)
    assert refused.value.codes() == expected
    assert list_agreements(clocked.db, TODAY) == []


def test_the_parties_are_our_unit_and_at_least_one_partner(
    clocked: ActionContext, polres: int
) -> None:
    ours, theirs = the_pks(polres).parties
    for parties in ((ours,), (theirs,), (ours, theirs, theirs)):
        with pytest.raises(ValidationError) as refused:
            save_agreement(clocked, the_pks(polres, parties=parties))
        assert "parties" in refused.value.codes()


def test_a_form_opened_before_anothers_change_is_refused(
    clocked: ActionContext, polres: int
) -> None:
    agreement_id = save_agreement(clocked, the_pks(polres), finalise=True)
    opened = load_agreement(clocked.db, agreement_id, TODAY).draft
    save_agreement(clocked, replace(opened, note="Asli disimpan di Subsi Pengelolaan."))
    with pytest.raises(StaleRecordError):
        save_agreement(clocked, replace(opened, title="Diubah dari versi lama"))
    with pytest.raises(StaleRecordError):
        revoke_agreement(
            clocked,
            agreement_id,
            revoked_on=TODAY,
            reason="x",
            expected_version=opened.version,
        )


def test_a_reader_cannot_write(clocked: ActionContext, polres: int) -> None:
    reader = account(clocked, "pembaca", Role.PEMBACA, None)
    with pytest.raises(PermissionDeniedError) as refused:
        save_agreement(reader, the_pks(polres))
    assert refused.value.roles == (Role.OPERATOR,)
    with pytest.raises(PermissionDeniedError):
        save_partner(reader, PartnerDraft(name="Kodim 0721/Blora"))
    assert list_agreements(clocked.db, TODAY) == []
    clerk = account(clocked, "operator", Role.OPERATOR, None)
    assert save_agreement(clerk, the_pks(polres)) > 0


def test_the_signed_scan_is_kept_with_its_hash(clocked: ActionContext, polres: int) -> None:
    agreement_id = save_agreement(clocked, the_pks(polres), finalise=True)
    with pytest.raises(ValidationError) as refused:
        attach_agreement_scan(clocked, agreement_id, "pks.txt", b"not a scan")
    assert refused.value.codes() == {"scan": "file_not_scan"}
    scan_id = attach_agreement_scan(clocked, agreement_id, "pks-polres.pdf", PDF, caption="Asli")
    (scan,) = load_agreement(clocked.db, agreement_id, TODAY).scans
    assert (scan.id, scan.file_name, scan.media_type, scan.caption) == (
        scan_id,
        "pks-polres.pdf",
        "application/pdf",
        "Asli",
    )
    assert file_bytes(clocked.db, scan.attachment_id) == ("pks-polres.pdf", "application/pdf", PDF)
    remove_agreement_scan(clocked, agreement_id, scan_id)
    assert load_agreement(clocked.db, agreement_id, TODAY).scans == ()
    assert audit_check(clocked.db).intact


# -- renewals, addenda, revocation ----------------------------------------------------------


def test_a_renewal_carries_over_parties_scope_and_open_obligations(
    clocked: ActionContext, polres: int
) -> None:
    """The PKS of 2021 with Polres Blora ended on 26 January 2026 and was renewed."""
    old_id = save_agreement(
        clocked,
        the_pks(
            polres,
            signed_on=date(2021, 1, 27),
            valid_from=date(2021, 1, 27),
            valid_to=date(2026, 1, 26),
        ),
        finalise=True,
    )
    cctv = save_obligation(clocked, an_obligation(old_id))
    alarm = save_obligation(
        clocked,
        an_obligation(
            old_id,
            text="Tombol alarm di pintu utama (P2U) terhubung ke Polres",
            status=ObligationStatus.BERJALAN,
        ),
    )
    done = save_obligation(
        clocked, an_obligation(old_id, text="Pelatihan petugas pengamanan", due_on=date(2022, 1, 1))
    )
    set_obligation_status(clocked, done, ObligationStatus.SELESAI, expected_version=1)
    assert list_agreements(clocked.db, TODAY)[0].status is AgreementStatus.BERAKHIR

    new_id = renew_agreement(clocked, old_id, expected_version=1)
    new = load_agreement(clocked.db, new_id, TODAY)
    assert new.is_draft and new.predecessor_id == old_id
    assert (new.draft.valid_from, new.draft.valid_to) == (date(2026, 1, 27), date(2031, 1, 26))
    assert new.draft.signed_on is None
    assert [p.document_number for p in new.draft.parties] == ["", ""]  # the new document's
    assert [p.signatory_name for p in new.draft.parties] == ["Sugito", "Wawan Andi Susanto"]
    assert new.draft.scope == the_pks(polres).scope
    assert [(o.text, o.status, o.carried_from_id) for o in new.obligations] == [
        ("CCTV area steril tembok luar terhubung ke monitor Polres", ObligationStatus.BELUM, cctv),
        (
            "Tombol alarm di pintu utama (P2U) terhubung ke Polres",
            ObligationStatus.BERJALAN,
            alarm,
        ),
    ]
    # Until the renewal is finalised the old one has only ended; then it reads as renewed.
    assert load_agreement(clocked.db, old_id, TODAY).status is AgreementStatus.BERAKHIR
    with pytest.raises(ValidationError) as twice:
        renew_agreement(clocked, old_id, expected_version=1)
    assert twice.value.codes() == {"agreement": "agreement_already_renewed"}
    save_agreement(clocked, the_pks(polres, id=new_id, version=new.draft.version), finalise=True)
    old = load_agreement(clocked.db, old_id, TODAY)
    assert (old.status, old.successor_id) == (AgreementStatus.DIPERPANJANG, new_id)

    # The chain is walked in order from any of its links.
    third = renew_agreement(clocked, new_id, expected_version=2)
    for member in (old_id, new_id, third):
        chain = agreement_chain(clocked.db, member, TODAY)
        assert [link.id for link in chain] == [old_id, new_id, third]
    assert [link.status for link in agreement_chain(clocked.db, old_id, TODAY)] == [
        AgreementStatus.DIPERPANJANG,
        AgreementStatus.BERLAKU,
        AgreementStatus.DRAFT,
    ]
    # A renewal begun by mistake is deleted with what it carried.
    delete_draft_agreement(clocked, third, expected_version=1)
    assert [link.id for link in agreement_chain(clocked.db, new_id, TODAY)] == [old_id, new_id]
    assert audit_check(clocked.db).intact


def test_a_draft_or_revoked_agreement_is_not_renewed(clocked: ActionContext, polres: int) -> None:
    draft_id = save_agreement(clocked, the_pks(polres))
    with pytest.raises(ValidationError) as draft:
        renew_agreement(clocked, draft_id, expected_version=1)
    assert draft.value.codes() == {"agreement": "agreement_still_draft"}
    final_id = save_agreement(clocked, the_pks(polres), finalise=True)
    revoke_agreement(
        clocked, final_id, revoked_on=TODAY, reason="Diganti MoU baru", expected_version=1
    )
    with pytest.raises(ValidationError) as revoked:
        start_addendum(clocked, final_id, expected_version=2)
    assert revoked.value.codes() == {"agreement": "agreement_revoked"}


def test_an_addendum_that_extends_the_end_changes_the_agreement(
    clocked: ActionContext, polres: int
) -> None:
    pks = save_agreement(
        clocked,
        the_pks(
            polres,
            signed_on=date(2023, 5, 2),
            valid_from=date(2023, 5, 2),
            valid_to=date(2026, 5, 1),
        ),
        finalise=True,
    )
    assert load_agreement(clocked.db, pks, TODAY).status is AgreementStatus.SEGERA_BERAKHIR

    addendum_id = start_addendum(clocked, pks, expected_version=1)
    addendum = load_agreement(clocked.db, addendum_id, TODAY)
    assert addendum.draft.kind is AgreementKind.ADDENDUM and addendum.parent is not None
    assert addendum.draft.title.startswith("Adendum Perjanjian Kerja Sama")
    numbered = tuple(
        replace(p, document_number=f"ADD/{n}") for n, p in enumerate(addendum.draft.parties)
    )
    save_agreement(
        clocked,
        replace(
            addendum.draft,
            parties=numbered,
            signed_on=date(2026, 4, 1),
            valid_from=date(2026, 4, 1),
            valid_to=date(2028, 5, 1),
        ),
        finalise=True,
    )
    record = load_agreement(clocked.db, pks, TODAY)
    assert (record.ends_on, record.status) == (date(2028, 5, 1), AgreementStatus.BERLAKU)
    assert [a.id for a in record.addenda] == [addendum_id]
    # The addendum reads as the agreement it amends; revoking it gives the old end back.
    assert load_agreement(clocked.db, addendum_id, TODAY).status is AgreementStatus.BERLAKU
    revoke_agreement(
        clocked, addendum_id, revoked_on=TODAY, reason="Dibatalkan", expected_version=2
    )
    assert load_agreement(clocked.db, pks, TODAY).ends_on == date(2026, 5, 1)


def test_revoking_needs_a_reason_and_a_finalised_agreement(
    clocked: ActionContext, polres: int
) -> None:
    draft_id = save_agreement(clocked, the_pks(polres))
    with pytest.raises(ValidationError) as draft:
        revoke_agreement(clocked, draft_id, revoked_on=TODAY, reason=" ", expected_version=1)
    assert draft.value.codes() == {
        "reason": "field_required",
        "revoked_on": "agreement_draft_not_revocable",
    }
    final_id = save_agreement(clocked, the_pks(polres), finalise=True)
    with pytest.raises(ValidationError) as early:
        revoke_agreement(
            clocked, final_id, revoked_on=date(2026, 1, 1), reason="x", expected_version=1
        )
    assert early.value.codes() == {"revoked_on": "revoked_before_signed"}
    revoke_agreement(
        clocked,
        final_id,
        revoked_on=date(2026, 4, 1),
        reason="Dicabut oleh kedua pihak",
        expected_version=1,
    )
    record = load_agreement(clocked.db, final_id, TODAY)
    assert (record.status, record.revoked_reason) == (
        AgreementStatus.DICABUT,
        "Dicabut oleh kedua pihak",
    )
    with pytest.raises(ValidationError) as again:
        revoke_agreement(clocked, final_id, revoked_on=TODAY, reason="x", expected_version=2)
    assert again.value.codes() == {"revoked_on": "agreement_already_revoked"}
    assert [e.action for e in audit_of(clocked, "agreement") if e.entity_id == str(final_id)] == [
        "create",
        "update",
    ]


# -- the list -------------------------------------------------------------------------------


def test_the_list_shows_each_status_and_filters(
    clocked: ActionContext, polres: int, pemda: int
) -> None:
    pks = save_agreement(clocked, the_pks(polres), finalise=True)
    save_obligation(clocked, an_obligation(pks))
    ptsp_parties = (
        PartyLine(None, "W13-0044"),
        PartyLine(pemda, "119/2024", "Komang Gede Irawadi", "Sekretaris Daerah"),
    )
    ptsp = save_agreement(
        clocked,
        the_pks(
            pemda,
            kind=AgreementKind.MOU,
            title="Nota Kesepahaman Pembangunan Gedung PTSP",
            parties=ptsp_parties,
            signed_on=date(2024, 5, 20),
            valid_from=date(2024, 5, 20),
            valid_to=date(2026, 5, 19),
        ),
        finalise=True,
    )
    standing = save_agreement(
        clocked,
        the_pks(
            pemda,
            title="Kerja sama kebersihan",
            parties=ptsp_parties,
            valid_to=None,
            until_revoked=True,
        ),
        finalise=True,
    )
    unnumbered = tuple(replace(p, document_number="") for p in the_pks(polres).parties)
    draft = save_agreement(
        clocked, the_pks(polres, title="PKS layanan kesehatan", parties=unnumbered)
    )

    rows = {row.id: row for row in list_agreements(clocked.db, TODAY)}
    assert list_agreements(clocked.db, TODAY)[0].id == draft  # drafts on top
    assert rows[pks].status_label == "Berlaku"
    assert rows[pks].partners == ("Polres Blora",) and rows[pks].open_obligations == 1
    assert (rows[ptsp].status, rows[ptsp].days_left) == (AgreementStatus.SEGERA_BERAKHIR, 39)
    assert (rows[standing].status, rows[standing].days_left) == (AgreementStatus.BERLAKU, None)
    assert rows[draft].status is AgreementStatus.DRAFT

    def ids(**filters: object) -> set[int]:
        return {row.id for row in list_agreements(clocked.db, TODAY, **filters)}  # type: ignore[arg-type]

    assert ids(statuses={AgreementStatus.SEGERA_BERAKHIR}) == {ptsp}
    assert ids(partner_id=pemda) == {ptsp, standing}
    assert ids(text="ptsp") == {ptsp}
    assert ids(text="b/12/i/2026") == {pks}  # a document number
    assert ids(text="polres kesehatan") == {draft}


def test_an_addendums_obligations_are_chased_only_while_its_agreement_runs(
    clocked: ActionContext, polres: int
) -> None:
    pks = save_agreement(clocked, the_pks(polres), finalise=True)
    addendum_id = start_addendum(clocked, pks, expected_version=1)
    addendum = load_agreement(clocked.db, addendum_id, TODAY).draft
    save_agreement(
        clocked,
        replace(
            addendum,
            parties=tuple(
                replace(p, document_number=f"ADD/{n}") for n, p in enumerate(addendum.parties)
            ),
            signed_on=date(2026, 2, 2),
            valid_from=date(2026, 2, 2),
            valid_to=date(2031, 1, 26),
        ),
        finalise=True,
    )
    late = save_obligation(
        clocked, an_obligation(addendum_id, text="Pos jaga bersama", due_on=date(2026, 3, 31))
    )

    def chased() -> set[int]:
        return {o.id for o in agreement_warnings(clocked.db, TODAY).overdue_obligations}

    assert chased() == {late}
    assert load_agreement(clocked.db, addendum_id, TODAY).obligations[0].overdue

    version = load_agreement(clocked.db, pks, TODAY).draft.version
    revoke_agreement(
        clocked, pks, revoked_on=TODAY, reason="Dicabut oleh Kapolres", expected_version=version
    )
    assert chased() == set()
    assert not load_agreement(clocked.db, addendum_id, TODAY).obligations[0].overdue
