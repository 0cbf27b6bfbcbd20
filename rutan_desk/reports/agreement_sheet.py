"""Ringkasan Perjanjian Kerja Sama: one agreement on a page or two — what it is, who signed it
for each side with their own numbers, how long it runs, its scope, its obligations with their
status and evidence, and where it stands in its chain (the MoU above it, its predecessor and
renewal, its addenda). For the file of the agreement and the Karutan's meeting with a partner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rutan_desk.domain.formatting import full_date, short_date
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.incident_report import Signer
from rutan_desk.reports.kamtib_parts import (
    fields,
    fill,
    frame_width,
    grid,
    head,
    para,
    section,
    signatures,
    wrapped,
)
from rutan_desk.reports.page import audit_footer, build_pdf

TITLE = "RINGKASAN PERJANJIAN KERJA SAMA"


@dataclass(frozen=True)
class PartyBlock:
    name: str  # "Kepolisian Resor Blora"
    document_number: str
    signatory_name: str
    signatory_position: str
    signatory_id_number: str  # "NIP. …" or "NRP. …" as printed


@dataclass(frozen=True)
class ObligationLine:
    text: str
    responsible: str  # "Rutan", "Polres Blora", "Bersama"
    owner: str
    schedule: str  # "Setiap bulan", "Paling lambat 31 Maret 2026", "-"
    status: str  # "Belum", "Berjalan", "Selesai", ...
    evidence: str  # "12 bukti; bulan tanpa bukti: Februari 2026" or ""


@dataclass(frozen=True)
class AgreementSheet:
    kind: str  # "Perjanjian Kerja Sama"
    title: str
    status: str
    place_signed: str
    signed_on: date | None
    validity: str  # "27 Januari 2026 s.d. 26 Januari 2031 (sisa 1.518 hari)"
    parties: Sequence[PartyBlock]
    scope: Sequence[str]
    obligations: Sequence[ObligationLine]
    chain: Sequence[str]  # "Induk: MoU … (Berlaku)", "Pendahulu: …", "Adendum 1: …"
    note: str
    as_of: date
    paper: PaperSize
    city: str
    signer: Signer | None
    audit_code: str = ""


def _parties(sheet: AgreementSheet, width: float) -> list[Flowable]:
    header = ["No", "Pihak", "Nomor dokumen", "Penandatangan"]
    widths = fill([8 * mm, 0, 50 * mm, 60 * mm], width)
    rows: list[list[Flowable | str]] = [
        [
            str(n),
            wrapped(party.name, widths[1]),
            wrapped(party.document_number or "-", widths[2]),
            wrapped(
                "\n".join(
                    part
                    for part in (
                        party.signatory_name,
                        party.signatory_position,
                        party.signatory_id_number,
                    )
                    if part
                )
                or "-",
                widths[3],
            ),
        ]
        for n, party in enumerate(sheet.parties, start=1)
    ]
    return [grid(header, rows, widths, centred=[0])]


def _scope(sheet: AgreementSheet) -> list[Flowable]:
    return [para(f"{n}. {field}", "text") for n, field in enumerate(sheet.scope, start=1)]


def _obligations(sheet: AgreementSheet, width: float) -> list[Flowable]:
    if not sheet.obligations:
        return []
    header = ["No", "Kewajiban", "Pelaksana", "Jadwal", "Status", "Bukti pelaksanaan"]
    widths = fill([8 * mm, 0, 28 * mm, 30 * mm, 20 * mm, 40 * mm], width)
    rows: list[list[Flowable | str]] = [
        [
            str(n),
            wrapped(line.text, widths[1]),
            wrapped(
                f"{line.responsible}\n({line.owner})" if line.owner else line.responsible,
                widths[2],
            ),
            wrapped(line.schedule or "-", widths[3]),
            wrapped(line.status, widths[4]),
            wrapped(line.evidence or "-", widths[5]),
        ]
        for n, line in enumerate(sheet.obligations, start=1)
    ]
    return [grid(header, rows, widths, centred=[0])]


def render_agreement_sheet(sheet: AgreementSheet, profile: InstitutionProfile) -> bytes:
    width = frame_width(sheet.paper)
    story: list[Flowable] = head(TITLE, f"Keadaan {full_date(sheet.as_of)}", "")
    signed = ", ".join(
        part
        for part in (sheet.place_signed, full_date(sheet.signed_on) if sheet.signed_on else "")
        if part
    )
    story.append(
        fields(
            [
                ("Jenis", sheet.kind),
                ("Judul", sheet.title),
                ("Ditandatangani", signed or "-"),
                ("Masa berlaku", sheet.validity or "-"),
                ("Status", sheet.status),
                *((("Keterangan", sheet.note),) if sheet.note.strip() else ()),
            ],
            width,
        )
    )
    story += section(1, "PARA PIHAK", _parties(sheet, width) if sheet.parties else [])
    story += section(2, "RUANG LINGKUP", _scope(sheet))
    story += section(3, "KEWAJIBAN DAN PELAKSANAANNYA", _obligations(sheet, width))
    story += section(4, "RIWAYAT PERJANJIAN", [para(line, "text") for line in sheet.chain])
    if sheet.signer is not None:
        story += signatures([sheet.signer], sheet.city, sheet.as_of, width, alone_on_the_right=True)
    return build_pdf(
        story,
        profile,
        paper=sheet.paper,
        title=f"Ringkasan {sheet.title} {short_date(sheet.as_of)}",
        footer=audit_footer(sheet.audit_code),
    )
