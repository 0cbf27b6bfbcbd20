"""Rekapitulasi Gangguan Kamtib: one month of the security office, for the Kanwil.

I. the incidents counted by type, by place (block), by shift and by severity; II. the list of
the month's incidents; III. the searches with what they found, and the findings by item and
fate; IV. the patrol visits. A month with nothing says "NIHIL" under each heading — an empty
month is reported, not left out. Then the signatures of the Ka KPR and the Karutan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from rutan_desk.domain.formatting import month_year
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.kamtib_parts import (
    IncidentLine,
    SearchLine,
    Signer,
    VisitLine,
    fill,
    frame_width,
    grid,
    head,
    incidents_table,
    para,
    searches_table,
    section,
    signatures,
    visits_table,
)
from rutan_desk.reports.page import audit_footer, build_pdf

TITLE = "REKAPITULASI GANGGUAN KAMTIB"
CLOSING = "Demikian rekapitulasi gangguan keamanan dan ketertiban ini dibuat untuk menjadi periksa."
Counts = Sequence[tuple[str, int]]


@dataclass(frozen=True)
class FindingTotal:
    """What the month's searches found of one item, and what became of it."""

    item: str  # "HP"
    unit: str
    quantity: int
    kept: int  # disimpan
    destroyed: int  # dimusnahkan
    handed_over: int  # diserahkan ke Polres


@dataclass(frozen=True)
class KamtibRecap:
    year: int
    month: int
    by_type: Counts  # in the order of the settings
    by_place: Counts  # busiest first
    by_shift: Counts  # busiest first
    by_severity: Counts  # ringan, sedang, berat
    incidents: Sequence[IncidentLine]  # oldest first
    searches: Sequence[SearchLine]
    findings: Sequence[FindingTotal]
    visits: Sequence[VisitLine]
    signatures: Sequence[Signer]
    dated: date | None
    number: str = ""
    city: str = ""
    paper: PaperSize = PaperSize.A4
    audit_code: str = ""

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_severity)


def _count_table(title: str, counts: Counts, width: float) -> Table:
    rows = [[para(name or "-"), para(str(n), "num")] for name, n in counts]
    rows.append([para("Jumlah", "head"), para(str(sum(n for _, n in counts)), "total")])
    return grid([title, "Jumlah"], rows, [width - 16 * mm, 16 * mm])


def _counts(recap: KamtibRecap, width: float) -> list[Flowable]:
    """The four counts two by two, side by side."""
    if recap.total == 0:
        return []
    half = (width - 6 * mm) / 2
    pairs = [
        (("Jenis gangguan", recap.by_type), ("Tingkat", recap.by_severity)),
        (("Tempat", recap.by_place), ("Shift", recap.by_shift)),
    ]
    story: list[Flowable] = []
    for left, right in pairs:
        table = Table(
            [[_count_table(*left, half), "", _count_table(*right, half)]],
            colWidths=[half, 6 * mm, half],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ]
            )
        )
        story.append(table)
    return story


def _findings(recap: KamtibRecap, width: float) -> list[Flowable]:
    header = ["Barang", "Jumlah", "Disimpan", "Dimusnahkan", "Diserahkan ke Polres"]
    rows = [
        [
            para(f.item),
            para(f"{f.quantity} {f.unit}", "num"),
            para(str(f.kept), "num"),
            para(str(f.destroyed), "num"),
            para(str(f.handed_over), "num"),
        ]
        for f in recap.findings
    ]
    widths = fill([0, 26 * mm, 22 * mm, 24 * mm, 30 * mm], width)
    return [
        Spacer(1, 3 * mm),
        para("Temuan menurut barang dan nasibnya:", "text"),
        Spacer(1, 1.5 * mm),
        grid(header, rows, widths),
    ]


def _searches(recap: KamtibRecap, width: float) -> list[Flowable]:
    if not recap.searches:
        return []
    story = searches_table(recap.searches, width, with_date=True)
    if recap.findings:
        story += _findings(recap, width)
    return story


def render_kamtib_recap(recap: KamtibRecap, profile: InstitutionProfile) -> bytes:
    width = frame_width(recap.paper)
    period = f"Bulan {month_year(recap.year, recap.month)}"
    story: list[Flowable] = head(TITLE, period, recap.number)
    story += section(1, "JUMLAH GANGGUAN KAMTIB", _counts(recap, width))
    story += section(
        2, "DAFTAR GANGGUAN KAMTIB", incidents_table(recap.incidents, width, with_date=True)
    )
    story += section(3, "PENGGELEDAHAN DAN TEMUAN", _searches(recap, width))
    story += section(4, "KUNJUNGAN PATROLI", visits_table(recap.visits, width, with_date=True))
    story += signatures(recap.signatures, recap.city, recap.dated, width, CLOSING)
    title = f"Rekapitulasi Gangguan Kamtib {recap.number or f'{recap.year}-{recap.month:02d}'}"
    return build_pdf(
        story,
        profile,
        paper=recap.paper,
        title=title,
        footer=audit_footer(recap.audit_code),
        draft=not recap.number,  # a print before the recap is issued
    )
