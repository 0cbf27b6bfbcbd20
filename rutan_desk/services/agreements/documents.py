"""The printed and exported agreements: the register (Daftar Perjanjian Kerja Sama) as PDF and
as an Excel workbook, and the summary of one agreement (Ringkasan), each read as of a day and
signed by the Karutan of the institution's profile."""

from __future__ import annotations

from datetime import date

from rutan_desk.domain.agreements import (
    KIND_SHORT_LABELS,
    OBLIGATION_STATUS_LABELS,
    RECURRENCE_LABELS,
    STATUS_LABELS,
    AgreementStatus,
    Recurrence,
)
from rutan_desk.domain.formatting import full_date
from rutan_desk.domain.institution import InstitutionProfile
from rutan_desk.domain.nip import format_nip
from rutan_desk.reports.agreement_register import (
    AgreementRegister,
    RegisterLine,
    render_agreement_register,
)
from rutan_desk.reports.agreement_register_xlsx import render_agreement_register_xlsx
from rutan_desk.reports.agreement_sheet import (
    AgreementSheet,
    ObligationLine,
    PartyBlock,
    render_agreement_sheet,
)
from rutan_desk.reports.incident_report import Signer
from rutan_desk.services.agreements.forms import AgreementLink, AgreementRecord
from rutan_desk.services.agreements.obligations import load_obligation
from rutan_desk.services.agreements.queries import (
    agreement_chain,
    list_agreements,
    load_agreement,
)
from rutan_desk.services.institution import get_profile
from rutan_desk.store.engine import Database


def _karutan(profile: InstitutionProfile) -> Signer:
    nip = f"NIP. {format_nip(profile.head_nip)}" if profile.head_nip else ""
    return Signer("", profile.head_title or "Kepala Rutan", profile.head_name, nip)


def agreement_register(db: Database, today: date) -> AgreementRegister:
    """Every agreement except drafts, as the register lists them on ``today``."""
    profile = get_profile(db, today)
    lines = [
        RegisterLine(
            kind=KIND_SHORT_LABELS[summary.kind],
            title=summary.title,
            partners="; ".join(summary.partners),
            numbers="\n".join(number for number in summary.numbers if number),
            signed_on=summary.signed_on,
            valid_from=summary.valid_from,
            valid_to=summary.ends_on,
            until_revoked=summary.until_revoked,
            status=STATUS_LABELS[summary.status],
            open_obligations=summary.open_obligations,
        )
        for summary in list_agreements(db, today)
        if summary.status is not AgreementStatus.DRAFT
    ]
    lines.reverse()  # the register runs oldest first, as a book does
    return AgreementRegister(lines, today, profile.paper_size, profile.city, _karutan(profile))


def agreement_register_pdf(db: Database, today: date) -> bytes:
    return render_agreement_register(agreement_register(db, today), get_profile(db, today))


def agreement_register_xlsx(db: Database, today: date) -> bytes:
    return render_agreement_register_xlsx(
        agreement_register(db, today), get_profile(db, today).unit_name
    )


def _link_text(role: str, link: AgreementLink) -> str:
    signed = f", {full_date(link.signed_on)}" if link.signed_on else ""
    return f"{role}: {link.title}{signed} ({STATUS_LABELS[link.status]})"


def _validity(record: AgreementRecord) -> str:
    draft = record.draft
    start = full_date(draft.valid_from) if draft.valid_from else "-"
    if draft.until_revoked:
        return f"{start}, sampai dicabut"
    end = full_date(record.ends_on) if record.ends_on else "-"
    left = ""
    if record.days_left is not None and record.days_left >= 0:
        left = f" (sisa {record.days_left} hari)"
    return f"{start} s.d. {end}{left}"


def _schedule(recurrence: Recurrence, due_on: date | None) -> str:
    if recurrence is Recurrence.ONCE or (recurrence is Recurrence.NONE and due_on):
        return f"Paling lambat {full_date(due_on)}" if due_on else "-"
    if recurrence is Recurrence.NONE:
        return "-"
    return RECURRENCE_LABELS[recurrence]


def agreement_sheet(db: Database, agreement_id: int, today: date) -> AgreementSheet:
    record = load_agreement(db, agreement_id, today)
    profile = get_profile(db, today)
    draft = record.draft
    obligations = []
    for summary in record.obligations:
        evidence = ""
        if summary.recurrence not in (Recurrence.NONE, Recurrence.ONCE):
            gaps = load_obligation(db, summary.id, today).gaps
            evidence = f"{summary.evidence_count} bukti"
            if gaps:
                evidence += "; tanpa bukti: " + ", ".join(gap.label for gap in gaps)
        elif summary.evidence_count:
            evidence = f"{summary.evidence_count} bukti"
        obligations.append(
            ObligationLine(
                text=summary.text,
                responsible=summary.responsible_name,
                owner=summary.owner,
                schedule=_schedule(summary.recurrence, summary.due_on),
                status=OBLIGATION_STATUS_LABELS[summary.status]
                + (" (terlambat)" if summary.overdue else ""),
                evidence=evidence,
            )
        )
    chain = []
    if record.parent is not None:
        chain.append(_link_text("Induk", record.parent))
    renewals = agreement_chain(db, agreement_id, today)
    if len(renewals) > 1:
        for number, link in enumerate(renewals, start=1):
            role = f"Perjanjian ke-{number}" + (" (yang ini)" if link.id == agreement_id else "")
            chain.append(_link_text(role, link))
    for number, link in enumerate(record.addenda, start=1):
        chain.append(_link_text(f"Adendum {number}", link))
    for link in record.implementing:
        chain.append(_link_text("Pelaksanaan", link))
    status = record.status_label
    if record.revoked_on is not None:
        status += f" ({full_date(record.revoked_on)}: {record.revoked_reason})"
    return AgreementSheet(
        kind=record.kind_label,
        title=draft.title,
        status=status,
        place_signed=draft.place_signed,
        signed_on=draft.signed_on,
        validity=_validity(record),
        parties=[
            PartyBlock(
                party.name,
                party.document_number,
                party.signatory_name,
                party.signatory_position,
                party.signatory_id_number,
            )
            for party in draft.parties
        ],
        scope=list(draft.scope),
        obligations=obligations,
        chain=chain,
        note=draft.note,
        as_of=today,
        paper=profile.paper_size,
        city=profile.city,
        signer=_karutan(profile),
    )


def agreement_sheet_pdf(db: Database, agreement_id: int, today: date) -> bytes:
    return render_agreement_sheet(agreement_sheet(db, agreement_id, today), get_profile(db, today))
