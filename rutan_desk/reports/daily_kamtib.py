"""Laporan Harian Kamtib: one day of the security office, as it goes up every morning.

I. the inmate count at each change of shift (counted, against the figure it is checked
against, and the difference); II. the incidents of the day; III. the searches and what they
found; IV. the patrol visits. A section with nothing in it says "NIHIL" — it is never left
out. Then the signatures of the Ka KPR who makes it and the Karutan who acknowledges it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rutan_desk.domain.formatting import long_date
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.kamtib_parts import (
    CountLine,
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

TITLE = "LAPORAN HARIAN KAMTIB"
CLOSING = "Demikian laporan harian keamanan dan ketertiban ini dibuat untuk menjadi periksa."


@dataclass(frozen=True)
class DailyKamtib:
    day: date
    counts: Sequence[CountLine]  # in the order of the day's changes of shift
    incidents: Sequence[IncidentLine]
    searches: Sequence[SearchLine]
    visits: Sequence[VisitLine]
    signatures: Sequence[Signer]  # the maker, then the one who acknowledges
    dated: date | None
    number: str = ""  # register number; "" for a print without one
    city: str = ""
    paper: PaperSize = PaperSize.A4
    audit_code: str = ""


def difference_text(line: CountLine) -> str:
    """``Sesuai``, ``Selisih -1``, ``Selisih +2``."""
    if line.difference == 0:
        return "Sesuai"
    return f"Selisih {line.difference:+d}"


def _counts(report: DailyKamtib, width: float) -> list[Flowable]:
    if not report.counts:
        return []
    header = ["No", "Pergantian jaga", "Regu", "Jumlah dihitung", "Seharusnya", "Keterangan"]
    rows = [
        [
            para(str(n), "centre"),
            para(line.change),
            para(line.regu),
            para(f"{line.counted} orang", "num"),
            para(f"{line.expected} orang", "num"),
            para(f"{difference_text(line)} ({line.status})"),
        ]
        for n, line in enumerate(report.counts, start=1)
    ]
    widths = fill([8 * mm, 34 * mm, 0, 24 * mm, 24 * mm, 32 * mm], width)
    return [grid(header, rows, widths)]


def render_daily_kamtib(report: DailyKamtib, profile: InstitutionProfile) -> bytes:
    width = frame_width(report.paper)
    story: list[Flowable] = head(TITLE, long_date(report.day), report.number)
    story += section(1, "JUMLAH PENGHUNI (SERAH TERIMA JAGA)", _counts(report, width))
    story += section(
        2, "GANGGUAN KAMTIB", incidents_table(report.incidents, width, with_date=False)
    )
    story += section(3, "PENGGELEDAHAN", searches_table(report.searches, width, with_date=False))
    story += section(4, "KUNJUNGAN PATROLI", visits_table(report.visits, width, with_date=False))
    story += signatures(report.signatures, report.city, report.dated, width, CLOSING)
    title = f"Laporan Harian Kamtib {report.number or report.day.isoformat()}"
    return build_pdf(
        story,
        profile,
        paper=report.paper,
        title=title,
        footer=audit_footer(report.audit_code),
        draft=not report.number,  # a print before the report is issued
    )
