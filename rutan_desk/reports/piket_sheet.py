"""Daftar Piket Harian: the sheet that hangs at the post, for one day.

Each shift with its hours (a night shift says the day it ends), and within it each post with the
names on duty, then those not at a post under their role (the Karupam, piket staff, police with
rank, NRP and unit), and empty columns for the arrival time, the signature and remarks. Last the
Karupam of each shift sign, and the Ka KPR acknowledges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, whitesmoke
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from rutan_desk.domain.formatting import long_date
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.kamtib_parts import Signer, signatures
from rutan_desk.reports.page import MARGIN_LEFT, MARGIN_RIGHT, build_pdf, page_size, styles


@dataclass(frozen=True)
class PostCrew:
    post: str  # the post, or the role of those not at one: "Karupam Regu I", "Piket", "Bantuan"
    people: Sequence[str]  # names; police "Bripka Agus Wibowo, NRP 87053286, Polres Blora"


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
    signers: Sequence[Signer] = ()  # the Karupam of each shift, side by side
    acknowledged_by: Signer | None = None  # the Ka KPR, centred under them
    city: str = ""


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _shift_table(shift: ShiftCrew, width: float) -> Table:
    """One table per shift whose first row names the shift; both header rows repeat on a new
    page, so a shift that runs over stays readable, and shifts follow each other on a page."""
    widths = [9 * mm, 32 * mm, 0.0, 17 * mm, 22 * mm, 22 * mm]
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


# The last rows of the last shift that go with the signatures when they must start a new page.
ROWS_WITH_SIGNATURES = 3


class _TableThenSignatures(KeepTogether):  # type: ignore[misc]  # reportlab is untyped
    """The last shift's table and the signatures under it. When both do not fit on the page,
    the table is split so that its last rows (header repeated) go with the signatures to the
    next page: the signatures never stand alone at the top of a page."""

    def __init__(self, table: Table, closing: list[Flowable]) -> None:
        super().__init__([table, *closing])
        self._table = table
        self._closing = closing

    def split(self, width: float, height: float) -> list[Flowable]:
        self.wrap(width, height)
        needed: float = self._H  # the table and the signatures, as KeepTogether measured them
        if needed <= height:
            return [self._table, *self._closing]
        self._table.wrap(width, height)
        rows: list[float] = self._table._rowHeights
        if len(rows) - self._table.repeatRows > ROWS_WITH_SIGNATURES:
            room = sum(rows[:-ROWS_WITH_SIGNATURES])  # all but the rows that go with them
            parts = self._table.split(width, min(height, room))
            if len(parts) == 2:
                return [parts[0], KeepTogether([parts[1], *self._closing])]
        frame = getattr(self, "_frame", None)
        if frame is not None and not getattr(frame, "_atTop", True):
            return []  # nothing of it fits here: all of it starts on the next page
        return list(super().split(width, height))


def render_piket_sheet(sheet: PiketSheet, profile: InstitutionProfile) -> bytes:
    width = page_size(sheet.paper)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    story: list[Flowable] = [
        _p("DAFTAR PIKET HARIAN", "title"),
        _p(long_date(sheet.day), "center"),
    ]
    if sheet.note:
        story.append(_p(sheet.note, "center"))
    story.append(Spacer(1, 5 * mm))
    tables = [_shift_table(shift, width) for shift in sheet.shifts]
    for table in tables[:-1]:
        story += [table, Spacer(1, 6 * mm)]
    under = [sheet.acknowledged_by] if sheet.acknowledged_by else []
    closing = signatures(sheet.signers, sheet.city, sheet.day, width, under=under, kept=False)
    if tables and (sheet.signers or under):
        story.append(_TableThenSignatures(tables[-1], closing))
    elif tables:
        story.append(tables[-1])
    return build_pdf(
        story, profile, paper=sheet.paper, title=f"Daftar Piket Harian {long_date(sheet.day)}"
    )
