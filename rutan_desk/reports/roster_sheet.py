"""Jadwal Jaga Bulan …: the monthly roster on landscape pages.

People grouped by regu with their NIP, a column per day with the shift or absence codes, weekend,
holiday and alert days shaded, the number of working days per person, a legend of the codes on
the sheet, and the two signature blocks (Mengetahui Kepala Rutan; the Ka KPR, under the date the
clerk chose). The header row repeats on every page, so 300 people print on readable pages, and
the last rows stay with the signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, black, whitesmoke
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from rutan_desk.domain.formatting import full_date, month_year
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.page import MARGIN_LEFT, MARGIN_RIGHT, build_pdf, page_size, styles

WEEKEND = HexColor("#e9ecef")
HOLIDAY = HexColor("#ffc9c9")
ALERT = HexColor("#ffe8cc")
KEEP = 3  # people's rows printed with the signatures, on the last page


@dataclass(frozen=True)
class SheetRow:
    name: str
    identity: str
    codes: Sequence[str]  # one per day; "" for nothing
    working_days: int


@dataclass(frozen=True)
class SheetGroup:
    name: str
    rows: Sequence[SheetRow]


@dataclass(frozen=True)
class RosterSheet:
    year: int
    month: int
    days: Sequence[date]
    groups: Sequence[SheetGroup]
    holidays: Sequence[date]
    alert_days: Sequence[date]
    legend: Sequence[str]  # "P = Pagi 07.00–13.00 WIB", "SK = Sakit": each code on the sheet
    made_by: tuple[str, str, str]  # title, name, NIP of the Ka KPR
    known_by: tuple[str, str, str]  # of the head of the Rutan
    city: str
    made_on: date
    paper: PaperSize = PaperSize.A4


def render_roster_sheet(sheet: RosterSheet, profile: InstitutionProfile) -> bytes:
    width = page_size(sheet.paper, landscape=True)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    small = ParagraphStyle("small", parent=styles()["cell"], fontSize=7, leading=8.5)
    day_count = len(sheet.days)
    name_width, total_width = 46 * mm, 10 * mm
    day_width = (width - name_width - total_width - 7 * mm) / day_count
    header: list[object] = ["No", Paragraph("Nama / NIP", small)]
    header += [str(day.day) for day in sheet.days] + ["Jml"]
    rows: list[list[object]] = [header]
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("FONTSIZE", (0, 0), (-1, -1), 7),
        ("LEADING", (0, 0), (-1, -1), 8),
        ("BACKGROUND", (0, 0), (-1, 0), whitesmoke),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
    ]
    holidays, alerts = set(sheet.holidays), set(sheet.alert_days)
    number = 0
    for group in sheet.groups:
        group_row = len(rows)
        rows.append(["", Paragraph(f"<b>{escape(group.name)}</b>", small)] + [""] * (day_count + 1))
        style += [
            ("SPAN", (1, group_row), (-1, group_row)),
            ("BACKGROUND", (0, group_row), (-1, group_row), whitesmoke),
        ]
        for person in group.rows:
            number += 1
            label = escape(person.name) + (
                f"<br/>{escape(person.identity)}" if person.identity else ""
            )
            rows.append(
                [str(number), Paragraph(label, small), *person.codes, str(person.working_days)]
            )
    last = len(rows) - 1
    style += [
        ("GRID", (0, 0), (-1, last), 0.3, black),
        ("ALIGN", (2, 0), (-1, last), "CENTER"),
        ("VALIGN", (0, 0), (-1, last), "MIDDLE"),
    ]
    for column, day in enumerate(sheet.days, start=2):
        colour = (
            HOLIDAY
            if day in holidays
            else ALERT
            if day in alerts
            else WEEKEND
            if day.weekday() >= 5
            else None
        )
        if colour is not None:
            style.append(("BACKGROUND", (column, 0), (column, last), colour))
    # The legend and the signatures end the table, and its last KEEP people may not be parted
    # from them: a page never starts with one orphan row above the signatures.
    legend = [
        Paragraph(
            escape("Warna: abu-abu Sabtu/Minggu, merah hari libur, jingga masa siaga."), small
        )
    ]
    if sheet.legend:  # an empty month has no codes to explain
        legend.insert(0, Paragraph(escape("Keterangan: " + "; ".join(sheet.legend)), small))
    rows += [
        [legend] + [""] * (day_count + 2),
        [_signatures(sheet, width)] + [""] * (day_count + 2),
    ]
    style += [
        ("SPAN", (0, last + 1), (-1, last + 1)),
        ("SPAN", (0, last + 2), (-1, last + 2)),
        ("TOPPADDING", (0, last + 1), (-1, last + 1), 3 * mm),
        ("TOPPADDING", (0, last + 2), (-1, last + 2), 6 * mm),
        ("LEFTPADDING", (0, last + 1), (-1, last + 2), 0),
        ("RIGHTPADDING", (0, last + 1), (-1, last + 2), 0),
        ("NOSPLIT", (0, _first_kept_row(rows[: last + 1], KEEP)), (-1, -1)),
    ]
    table = Table(
        rows, colWidths=[7 * mm, name_width] + [day_width] * day_count + [total_width], repeatRows=1
    )
    table.setStyle(TableStyle(style))
    story: list[Flowable] = [
        Paragraph(
            escape(f"JADWAL JAGA BULAN {month_year(sheet.year, sheet.month).upper()}"),
            styles()["title"],
        ),
        Spacer(1, 4 * mm),
        table,
    ]
    return build_pdf(
        story,
        profile,
        paper=sheet.paper,
        landscape=True,
        title=f"Jadwal Jaga {month_year(sheet.year, sheet.month)}",
    )


def _first_kept_row(rows: Sequence[Sequence[object]], keep: int) -> int:
    """The row from which the table keeps with its end: that of the ``keep``-th person from
    the bottom (a regu's heading row between them stays too); the header row is never kept."""
    people = [index for index, row in enumerate(rows) if index > 0 and row[0] != ""]
    return people[-keep] if len(people) >= keep else 1


def _signatures(sheet: RosterSheet, width: float) -> Table:
    body = styles()["body"]

    def block(lead: str, person: tuple[str, str, str]) -> list[Paragraph]:
        title, name, nip = person
        return [
            Paragraph(escape(lead), body),
            Paragraph(escape(f"{title},"), body),
            Spacer(1, 16 * mm),
            Paragraph(f"<b><u>{escape(name)}</u></b>", body),
            Paragraph(escape(f"NIP. {nip}") if nip else "", body),
        ]

    left = block("Mengetahui,", sheet.known_by)
    right = block(f"{sheet.city}, {full_date(sheet.made_on)}", sheet.made_by)
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SERIF)])
    )
    return table
