"""Daftar Perjanjian Kerja Sama: every agreement of the unit with its partners, numbers,
validity and status on a given day, for the Karutan's file and the Kanwil's request. Printed
landscape (nine columns do not fit upright); the same lines go to Excel
(``agreement_register_xlsx``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from rutan_desk.domain.formatting import full_date, short_date
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.incident_report import Signer
from rutan_desk.reports.kamtib_parts import (
    fill,
    grid_ending_with,
    head,
    para,
    signatures,
    wrapped,
)
from rutan_desk.reports.page import MARGIN_LEFT, MARGIN_RIGHT, audit_footer, build_pdf, page_size

TITLE = "DAFTAR PERJANJIAN KERJA SAMA"
UNTIL_REVOKED = "sampai dicabut"


@dataclass(frozen=True)
class RegisterLine:
    kind: str  # "PKS", "MoU", "Addendum"
    title: str
    partners: str  # "Polres Blora; Kodim 0721/Blora"
    numbers: str  # the parties' own numbers, one per line
    signed_on: date | None
    valid_from: date | None
    valid_to: date | None  # the effective last day (None: until revoked, or not yet set)
    until_revoked: bool
    status: str  # "Berlaku", "Segera berakhir", ...
    open_obligations: int


@dataclass(frozen=True)
class AgreementRegister:
    lines: Sequence[RegisterLine]
    as_of: date
    paper: PaperSize
    city: str
    signer: Signer | None  # the Karutan, or None for a working list
    number: str = ""
    audit_code: str = ""


def validity_text(line: RegisterLine) -> str:
    """``27-01-2026 s.d. 26-01-2031``, ``27-01-2026, sampai dicabut``, or ``-``."""
    start = short_date(line.valid_from) if line.valid_from else "-"
    if line.until_revoked:
        return f"{start}, {UNTIL_REVOKED}"
    end = short_date(line.valid_to) if line.valid_to else "-"
    return f"{start} s.d. {end}"


def _table(
    lines: Sequence[RegisterLine], width: float, after: Sequence[Flowable]
) -> list[Flowable]:
    header = [
        "No",
        "Jenis",
        "Judul",
        "Mitra",
        "Nomor",
        "Tanggal tanda tangan",
        "Masa berlaku",
        "Status",
        "Kewajiban terbuka",
    ]
    widths = fill([8 * mm, 16 * mm, 0, 34 * mm, 42 * mm, 20 * mm, 30 * mm, 22 * mm, 18 * mm], width)
    rows: list[list[Flowable | str]] = [
        [
            str(n),
            wrapped(line.kind, widths[1]),
            wrapped(line.title, widths[2]),
            wrapped(line.partners, widths[3]),
            wrapped(line.numbers or "-", widths[4]),
            short_date(line.signed_on) if line.signed_on else "-",
            wrapped(validity_text(line).replace(" s.d. ", " s.d.\n"), widths[6]),
            wrapped(line.status, widths[7]),
            str(line.open_obligations),
        ]
        for n, line in enumerate(lines, start=1)
    ]
    return grid_ending_with(header, rows, widths, after, centred=[0], right=[8])


def render_agreement_register(register: AgreementRegister, profile: InstitutionProfile) -> bytes:
    page_width = page_size(register.paper, landscape=True)[0]
    width = float(page_width - MARGIN_LEFT - MARGIN_RIGHT - 12)
    story: list[Flowable] = head(TITLE, f"Keadaan {full_date(register.as_of)}", register.number)
    signed: list[Flowable] = []
    if register.signer is not None:
        signed = signatures(
            [register.signer],
            register.city,
            register.as_of,
            width,
            alone_on_the_right=True,
            kept=False,
        )
    if register.lines:
        story += _table(register.lines, width, signed)
    else:
        story += [para("NIHIL", "text"), KeepTogether(signed)]
    return build_pdf(
        story,
        profile,
        paper=register.paper,
        landscape=True,
        title=f"Daftar Perjanjian Kerja Sama {short_date(register.as_of)}",
        footer=audit_footer(register.audit_code),
    )
