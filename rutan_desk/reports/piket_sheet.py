"""Daftar Piket Harian: the sheet that hangs at the post, for one day.

Each shift with its hours, and within it each post with the names on duty and empty columns for
the arrival time, the signature and remarks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, whitesmoke
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from rutan_desk.domain.formatting import long_date
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.page import MARGIN_LEFT, MARGIN_RIGHT, build_pdf, page_size, styles


@dataclass(frozen=True)
class PostCrew:
    post: str  # "" for people not at a post: the Karupam, piket staff
    people: Sequence[str]


@dataclass(frozen=True)
class ShiftCrew:
    label: str  # "Pagi 07.00–13.00 WIB"
    posts: Sequence[PostCrew]


@dataclass(frozen=True)
class PiketSheet:
    day: date
    shifts: Sequence[ShiftCrew]
    note: str = ""  # "Hari Raya Natal; Siaga Nataru 2023/2024"
    paper: PaperSize = PaperSize.A4


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _shift_table(shift: ShiftCrew, width: float) -> Table:
    """One table per shift whose first row names the shift; both header rows repeat on a new
    page, so a shift that runs over stays readable, and shifts follow each other on a page."""
    widths = [9 * mm, 27 * mm, 0.0, 18 * mm, 24 * mm, 22 * mm]
    widths[2] = width - sum(widths)
    heading = ParagraphStyle("shift", parent=styles()["body"], fontName=f"{SERIF}-Bold")
    rows: list[list[Paragraph | str]] = [
        [Paragraph(escape(f"Dinas {shift.label}"), heading), "", "", "", "", ""],
        [_p("No"), _p("Pos"), _p("Nama"), _p("Jam datang"), _p("Tanda tangan"), _p("Keterangan")],
    ]
    number = 0
    for crew in shift.posts:
        for name in crew.people:
            number += 1
            rows.append([_p(str(number)), _p(crew.post or "—"), _p(name), "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("GRID", (0, 1), (-1, -1), 0.5, black),
                ("BACKGROUND", (0, 1), (-1, 1), whitesmoke),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 2), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 2), (-1, -1), 5),
            ]
        )
    )
    return table


def render_piket_sheet(sheet: PiketSheet, profile: InstitutionProfile) -> bytes:
    width = page_size(sheet.paper)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    story: list[Flowable] = [
        _p("DAFTAR PIKET HARIAN", "title"),
        _p(long_date(sheet.day), "center"),
    ]
    if sheet.note:
        story.append(_p(sheet.note, "center"))
    story.append(Spacer(1, 5 * mm))
    for shift in sheet.shifts:
        story += [_shift_table(shift, width), Spacer(1, 6 * mm)]
    return build_pdf(
        story, profile, paper=sheet.paper, title=f"Daftar Piket Harian {long_date(sheet.day)}"
    )
