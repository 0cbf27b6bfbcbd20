"""Jejak Audit: a filtered view of the audit trail on landscape pages.

The filter that chose the entries, then one row per entry: when (WIB), who, which record, what
was done and what changed. The header row repeats on every page; an entry with many changes
(a handover's lines) continues on the rows below it, so no row is ever taller than a page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, whitesmoke
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.page import MARGIN_LEFT, MARGIN_RIGHT, build_pdf, page_size, styles

ROW_LINES = 24  # printed lines of changes on one table row; more continue on the next row
MAX_LINE = 300  # characters of one change (a long text is cut: the screen shows it whole)
FONT_SIZE = 8
LEADING = 9.6
PADDING = 3
TOP_PADDING = 2
BOTTOM_PADDING = 3


@dataclass(frozen=True)
class AuditTrailRow:
    entry_id: int
    time: str  # "27-01-2026 08.15 WIB"
    account: str
    record: str  # "Pegawai: Budi Santoso"
    action: str  # "diubah"
    changes: Sequence[str]  # "Jabatan: Staf → Karupam"
    one_per_line: bool = True  # False: the values of a new record, run on as one paragraph


@dataclass(frozen=True)
class AuditTrailReport:
    filters: Sequence[str]  # "Periode: 01-01-2026 s.d. 31-01-2026"
    rows: Sequence[AuditTrailRow]  # newest first
    made: str  # "Dicetak 30-11-2026 14.05 WIB oleh Budi Santoso"
    note: str = ""  # e.g. that only the newest entries are listed
    title: str = "Jejak Audit"
    paper: PaperSize = PaperSize.A4


def _cut(text: str) -> str:
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "…"


def _chunks(row: AuditTrailRow, width: float) -> list[str]:
    """The changes of ``row`` as the paragraphs of its table rows (markup), each at most
    ``ROW_LINES`` printed lines high (estimated from the text's width)."""
    changes = [_cut(line) for line in row.changes] or ["—"]
    separator = "<br/>" if row.one_per_line else "; "
    chunks: list[str] = []
    current: list[str] = []
    used = 0.0  # lines of the current chunk (a run-on chunk: the width used, in lines)
    for text in changes:
        lines = stringWidth(text + "; ", SERIF, FONT_SIZE) / width
        cost = max(1.0, math.ceil(lines)) if row.one_per_line else lines
        if current and used + cost > ROW_LINES - 1:
            chunks.append(separator.join(current))
            current, used = [], 0.0
        current.append(escape(text))
        used += cost
    chunks.append(separator.join(current))
    return chunks


def _tables(report: AuditTrailReport, width: float) -> list[Table]:
    cell = ParagraphStyle("audit", parent=styles()["cell"], fontSize=FONT_SIZE, leading=LEADING)
    head = ParagraphStyle("audit_head", parent=cell, fontName=f"{SERIF}-Bold")

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(text), style)

    widths = [13 * mm, 30 * mm, 30 * mm, 50 * mm, 16 * mm, 0.0]
    widths[-1] = width - sum(widths)
    header = [
        p(title, head) for title in ("No.", "Waktu", "Akun", "Catatan", "Tindakan", "Perubahan")
    ]
    rows: list[list[object]] = []
    for entry in report.rows:
        for index, chunk in enumerate(_chunks(entry, widths[-1] - 2 * PADDING)):
            if index == 0:
                first = [
                    p(str(entry.entry_id)),
                    p(entry.time),
                    p(entry.account),
                    p(entry.record),
                    p(entry.action),
                ]
            else:
                first = [p(""), p(""), p(""), p(f"{entry.record} (lanjutan)"), p("")]
            rows.append([*first, Paragraph(chunk, cell)])
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, black),
            ("BACKGROUND", (0, 0), (-1, 0), whitesmoke),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ]
    )
    # Every row's height is measured once here: a table told its row heights splits at each
    # page without measuring all the rows left again (which made long views quadratic).
    heights = [_height(row, widths) for row in [header, *rows]]
    table = Table([header, *rows], colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(style)
    return [table]


def _height(row: Sequence[object], widths: Sequence[float]) -> float:
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        if isinstance(cell, Paragraph):
            tallest = max(tallest, cell.wrap(width - 2 * PADDING, 10_000)[1])
    return tallest + TOP_PADDING + BOTTOM_PADDING


def render_audit_trail(report: AuditTrailReport, profile: InstitutionProfile) -> bytes:
    width = page_size(report.paper, landscape=True)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    body = styles()["body"]
    small = ParagraphStyle("audit_filter", parent=body, fontSize=10, leading=12.5)
    story: list[Flowable] = [
        Paragraph(escape(report.title), styles()["title"]),
        Spacer(1, 3 * mm),
    ]
    story += [Paragraph(escape(line), small) for line in report.filters]
    story.append(Paragraph(escape(report.made), small))
    if report.note:
        story.append(Paragraph(f"<i>{escape(report.note)}</i>", small))
    story.append(Spacer(1, 4 * mm))
    if report.rows:
        story += _tables(report, width)
    else:
        story.append(Paragraph("Tidak ada perubahan yang cocok dengan penyaring ini.", body))
    return build_pdf(
        story,
        profile,
        paper=report.paper,
        landscape=True,
        title=report.title,
        letterhead=False,
    )
