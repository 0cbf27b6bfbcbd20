"""Laporan Serah Terima Jaga: the shift handover as it goes into the security report book.

Title and number; the shift with its dates and hours, both regu and the time of the handover;
then numbered sections: the officers on duty, the inmate count by block and category (rows that
do not tally highlighted, with the explanation right under the table), the movements, the
equipment ("8 unit: 7 baik, 1 rusak"; anything damaged, lost or short highlighted), the events of
the shift and the standing instructions. Then the three signatures side by side — the outgoing
and the incoming Karupam and the Ka KPR or duty officer who acknowledges — kept on one page
together with the end of the last section, so they never stand alone at the top of a page.
Addenda, written after the report was closed, follow the signatures: each its own section, signed
by its author.

Movements and events are printed in the order of the shift, which for a night shift runs past
midnight: 23.40 comes before 02.15, and the rows after midnight stand under their own date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, black, whitesmoke
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rutan_desk.domain.formatting import clock, full_date, long_date
from rutan_desk.domain.handover import moment_in_shift
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.domain.nip import format_nip
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.page import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    audit_footer,
    build_pdf,
    page_size,
    styles,
)

# Rows that need a second look: a count that does not tally, equipment damaged, lost or short.
ATTENTION = HexColor("#ffe3e3")
MINUS = "\u2212"  # a real minus sign, as wide as the plus
SECTIONS = ("I", "II", "III", "IV", "V", "VI")
SIGNATURE_SPACE = 18 * mm
# Before a section heading: if less than this is left on the page, the section starts on the next,
# so a heading never ends a page without at least its table header and a row or two under it.
SECTION_ROOM = 32 * mm
# At most this much of the end of the last section travels with the signatures to a new page.
KEEP_WITH_SIGNATURES = 45 * mm
_DAY_SECONDS = 24 * 3600

T = TypeVar("T")


@dataclass(frozen=True)
class OfficerLine:
    name: str
    identity: str  # NIP grouped, or NRP for external personnel
    rank: str  # "Pengatur (II/c)" or "Bripka"
    side: str  # "Regu Keluar" / "Regu Masuk" / "Bantuan Polri" (already worded by the caller)
    status: str  # "Hadir", "Terlambat", "Tidak hadir – sakit" (already worded)


@dataclass(frozen=True)
class CountLine:
    block: str  # "Blok A"
    category: str  # "Tahanan Laki-laki"
    opening: int
    came_in: int
    went_out: int
    closing: int  # opening + came_in - went_out
    counted: int  # physically counted at handover


@dataclass(frozen=True)
class MovementLine:
    at: time
    direction: str  # "Masuk" / "Keluar"
    reason: str  # "Kembali dari sidang", "Bebas", ...
    block: str
    category: str
    count: int
    note: str  # reference or note, may be ""


@dataclass(frozen=True)
class EquipmentLine:
    item: str  # "Senjata api laras panjang"
    serial: str  # may be ""
    state: str  # "8 unit: 7 baik, 1 rusak" (domain.handover.equipment_summary)
    note: str
    attention: bool = False  # damaged, lost or short: highlighted


@dataclass(frozen=True)
class EventLine:
    at: time
    text: str


@dataclass(frozen=True)
class SignatureLine:
    role: str  # "Yang Menyerahkan", "Yang Menerima", "Mengetahui"
    title: str  # "Karupam Regu I", "Karupam Regu II", "Ka KPR" / "Perwira Piket"
    name: str  # "" when not signed yet → blank line to sign by hand
    identity: str  # NIP grouped or ""
    # Shown small under the name: "ditandatangani 25 November 2026 13.05 WIB".
    signed_at: datetime | None
    # Signed on paper that day and recorded by the clerk: said so instead of the time.
    on_paper: date | None = None


@dataclass(frozen=True)
class AddendumLine:
    number: int
    written_at: datetime
    author: str  # the person's full name
    reason: str
    text: str
    identity: str = ""  # the author's NIP grouped, "" when not in the staff registry


@dataclass(frozen=True)
class HandoverReport:
    number: str  # register number, "" for a draft print
    day: date  # the day the outgoing shift began
    handed_at: datetime | None
    outgoing: str  # "Regu I · Pagi 07.00–13.00 · Karupam Budi Santoso"
    incoming: str
    # True for the very first handover: its opening count was entered by hand.
    opening_balance: bool
    officers: Sequence[OfficerLine]
    counts: Sequence[CountLine]
    difference_explanation: str  # "" when counted == closing everywhere
    movements: Sequence[MovementLine]
    equipment: Sequence[EquipmentLine]
    events: Sequence[EventLine]
    instructions: Sequence[str]  # standing instructions in force
    signatures: Sequence[SignatureLine]  # always the three, in that order
    addenda: Sequence[AddendumLine] = ()
    city: str = ""
    paper: PaperSize = PaperSize.A4
    audit_code: str = ""  # the audit trail's head when issued, printed in the footer
    # "Malam, Rabu 31 Desember 2025 19.00 – Kamis 1 Januari 2026 07.00 WIB"
    # (domain.handover.shift_span_text); "" prints the day alone.
    shift_span: str = ""
    # When the outgoing shift began and when it hands over (planned): they date the rows of a
    # shift that runs past midnight and the handover not signed yet.
    shift_start: datetime | None = None
    change_at: datetime | None = None


# --- styles and small helpers ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    text = ParagraphStyle("text", parent=base["body"], fontSize=11, leading=14)
    cell = ParagraphStyle("hr-cell", parent=base["cell"], fontSize=10, leading=12)
    small = ParagraphStyle("hr-small", parent=text, fontSize=8.5, leading=10)
    return {
        "title": base["title"],
        "number": ParagraphStyle("number", parent=text, alignment=TA_CENTER),
        "text": text,
        "heading": ParagraphStyle(
            "heading",
            parent=text,
            fontName=f"{SERIF}-Bold",
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        "note": ParagraphStyle("note", parent=text, fontSize=10, leading=12.5, spaceBefore=2 * mm),
        "cell": cell,
        "head": ParagraphStyle("head", parent=cell, fontName=f"{SERIF}-Bold", alignment=TA_CENTER),
        "num": ParagraphStyle("num", parent=cell, alignment=TA_RIGHT),
        "centre": ParagraphStyle("centre", parent=cell, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", parent=text, alignment=TA_CENTER),
        "sign-small": ParagraphStyle("sign-small", parent=small, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=text, alignment=TA_RIGHT),
        # A numbered item with a hanging number; the number in the bundled font too.
        "item": ParagraphStyle(
            "item",
            parent=text,
            leftIndent=8 * mm,
            bulletIndent=0,
            bulletFontName=SERIF,
            bulletFontSize=11,
            spaceAfter=1 * mm,
        ),
        "addendum": ParagraphStyle("addendum", parent=text, spaceBefore=2 * mm, spaceAfter=3 * mm),
        "addendum-title": ParagraphStyle(
            "addendum-title",
            parent=text,
            fontName=f"{SERIF}-Bold",
            alignment=TA_CENTER,
            spaceAfter=3 * mm,
        ),
    }


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), _styles()[style])


def _bold(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(f"<b>{escape(text)}</b>", _styles()[style])


def _moment(moment: datetime) -> str:
    """``25 November 2026 13.05 WIB``."""
    return f"{full_date(moment.date())} {clock(moment)}"


def _signed(value: int) -> str:
    """The difference between the count and the books: ``+1``, ``−1`` or ``0``."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"{MINUS}{-value}"
    return "0"


def _seconds(moment: time) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def in_shift_order(items: Sequence[T], at: Callable[[T], time]) -> list[T]:
    """Sort by the time of day as the shift lived it. A shift is shorter than a day, so its
    moments lie on one arc of the 24-hour clock: the largest gap between them is the time off
    duty, and the shift starts right after it (for a night shift: 19.10, 23.40, then 02.15)."""
    moments = sorted({_seconds(at(item)) for item in items})
    if len(moments) < 2:
        return list(items)
    count = len(moments)
    gaps = [(moments[(k + 1) % count] - moments[k]) % _DAY_SECONDS for k in range(count)]
    # On a tie the ordinary clock order wins (the wrap-around gap is the last one).
    after = max(range(count), key=lambda k: (gaps[k], k == count - 1))
    start = moments[(after + 1) % count]
    return sorted(items, key=lambda item: (_seconds(at(item)) - start) % _DAY_SECONDS)


def _rules(header_rows: int = 1) -> list[tuple[object, ...]]:
    """Ruled, the header rows shaded and centred vertically."""
    last = header_rows - 1
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("BACKGROUND", (0, 0), (-1, last), whitesmoke),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, last), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]


def _grid(
    rows: list[list[Flowable]], widths: list[float], extra: Sequence[tuple[object, ...]] = ()
) -> Table:
    """A ruled table whose header row repeats on every page it runs over."""
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*_rules(), *extra]))
    return table


def _fill(widths: list[float], width: float) -> list[float]:
    """The one column given as 0 takes what the others leave of the frame width."""
    rest = width - sum(widths)
    return [rest if w == 0 else w for w in widths]


def _heading(number: int, text: str) -> list[Flowable]:
    return [CondPageBreak(SECTION_ROOM), _p(f"{SECTIONS[number - 1]}. {text}", "heading")]


# --- the parts of the document -----------------------------------------------------------------


def _handover_time(report: HandoverReport) -> str:
    """Always with its day: a night shift hands over the morning after the day it began."""
    if report.handed_at is not None:
        return f"{long_date(report.handed_at.date())} pukul {clock(report.handed_at)}"
    if report.change_at is not None:  # not signed yet: the hour is written by hand
        return f"{long_date(report.change_at.date())} pukul ........ WIB"
    return "........ WIB"


def _identification(report: HandoverReport, width: float) -> Table:
    rows = [
        ("Dinas jaga", report.shift_span)
        if report.shift_span
        else ("Hari/tanggal", long_date(report.day)),
        ("Regu yang menyerahkan", report.outgoing),
        ("Regu yang menerima", report.incoming),
        ("Waktu serah terima", _handover_time(report)),
    ]
    table = Table(
        [[_p(label, "text"), _p(":", "text"), _p(value, "text")] for label, value in rows],
        colWidths=_fill([48 * mm, 4 * mm, 0], width),
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _officers(report: HandoverReport, width: float) -> list[Flowable]:
    story = _heading(1, "Petugas Jaga")
    if not report.officers:
        return [*story, _p("Nihil.", "text")]
    header = ["No", "Nama", "NIP/NRP", "Pangkat", "Regu", "Keterangan"]
    rows: list[list[Flowable]] = [[_p(text, "head") for text in header]]
    for number, officer in enumerate(report.officers, start=1):
        rows.append(
            [
                _p(f"{number}.", "num"),
                _p(officer.name),
                _p(format_nip(officer.identity)),
                _p(officer.rank),
                _p(officer.side),
                _p(officer.status),
            ]
        )
    widths = _fill([8 * mm, 0, 38 * mm, 28 * mm, 23 * mm, 24 * mm], width)
    return [*story, _grid(rows, widths)]


def _counts(report: HandoverReport, width: float) -> list[Flowable]:
    story = _heading(2, "Jumlah Penghuni")
    if not report.counts:
        story.append(_p("Belum ada data jumlah penghuni.", "text"))
    else:
        header = ["Blok", "Kategori", "Awal", "Masuk", "Keluar", "Akhir", "Hasil Hitung", "Selisih"]
        rows: list[list[Flowable]] = [[_p(text, "head") for text in header]]
        extra: list[tuple[object, ...]] = []
        for line in report.counts:
            difference = line.counted - line.closing
            numbers = [line.opening, line.came_in, line.went_out, line.closing, line.counted]
            row: list[Flowable] = [_p(line.block), _p(line.category)]
            row += [_p(str(value), "num") for value in numbers]
            if difference:
                # Bold as well as shaded, so it still shows on a black-and-white printer.
                row.append(_bold(_signed(difference), "num"))
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), ATTENTION))
            else:
                row.append(_p(_signed(difference), "num"))
            rows.append(row)
        totals = [
            sum(line.opening for line in report.counts),
            sum(line.came_in for line in report.counts),
            sum(line.went_out for line in report.counts),
            sum(line.closing for line in report.counts),
            sum(line.counted for line in report.counts),
        ]
        last = len(rows)
        rows.append(
            [
                _bold("Jumlah"),
                _p(""),
                *(_bold(str(value), "num") for value in totals),
                _bold(_signed(totals[4] - totals[3]), "num"),
            ]
        )
        extra += [
            ("SPAN", (0, last), (1, last)),
            ("LINEABOVE", (0, last), (-1, last), 1.2, black),
        ]
        widths = _fill([24 * mm, 0, 13 * mm, 14 * mm, 14 * mm, 13 * mm, 17 * mm, 15 * mm], width)
        story.append(_grid(rows, widths, extra))
    if report.opening_balance:
        story.append(Paragraph("<i>Jumlah awal dicatat sebagai saldo awal.</i>", _styles()["note"]))
    if report.difference_explanation:
        story.append(
            Paragraph(
                f"<b>Penjelasan selisih:</b> {escape(report.difference_explanation)}",
                _styles()["note"],
            )
        )
    return story


def _by_date(
    report: HandoverReport, items: Sequence[T], at: Callable[[T], time]
) -> list[tuple[date | None, list[T]]]:
    """The rows in the order of the shift; a shift that runs past midnight groups them under
    their dates, so 02.15 reads as the morning after."""
    start, change = report.shift_start, report.change_at
    if start is None or change is None or change.date() == start.date():
        return [(None, in_shift_order(items, at))]
    groups: dict[date, list[T]] = {}
    for item in sorted(items, key=lambda item: moment_in_shift(start, at(item))):
        groups.setdefault(moment_in_shift(start, at(item)).date(), []).append(item)
    return list(groups.items())


def _dated_grids(
    header: Sequence[str],
    groups: Sequence[tuple[date | None, Sequence[list[Flowable]]]],
    widths: list[float],
) -> list[Flowable]:
    """A ruled table, or one per date when the rows are dated: the date over the header row,
    both repeated when the day's rows run over to the next page."""
    tables: list[Flowable] = []
    for day, lines in groups:
        head = [[_p(text, "head") for text in header]]
        if day is None:
            tables.append(_grid([*head, *lines], widths))
            continue
        caption = [_bold(long_date(day)), *(_p("") for _ in header[1:])]
        table = Table([caption, *head, *lines], colWidths=widths, repeatRows=2)
        table.setStyle(TableStyle([*_rules(header_rows=2), ("SPAN", (0, 0), (-1, 0))]))
        tables.append(table)
    return tables


def _movements(report: HandoverReport, width: float) -> list[Flowable]:
    story = _heading(3, "Mutasi Penghuni")
    if not report.movements:
        return [*story, _p("Tidak ada mutasi.", "text")]
    header = ["Jam", "Masuk/ Keluar", "Alasan", "Blok", "Kategori", "Jumlah", "Keterangan"]
    groups = [
        (
            day,
            [
                [
                    _p(clock(line.at, zone=False)),
                    _p(line.direction),
                    _p(line.reason),
                    _p(line.block),
                    _p(line.category),
                    _p(str(line.count), "num"),
                    _p(line.note),
                ]
                for line in lines
            ],
        )
        for day, lines in _by_date(report, report.movements, lambda line: line.at)
    ]
    widths = _fill([11 * mm, 15 * mm, 0, 15 * mm, 29 * mm, 14 * mm, 37 * mm], width)
    return [*story, *_dated_grids(header, groups, widths)]


def _equipment(report: HandoverReport, width: float) -> list[Flowable]:
    story = _heading(4, "Inventaris")
    if not report.equipment:
        return [*story, _p("Nihil.", "text")]
    header = ["Barang", "No. Seri", "Jumlah dan kondisi", "Keterangan"]
    rows: list[list[Flowable]] = [[_p(text, "head") for text in header]]
    extra: list[tuple[object, ...]] = []
    for line in report.equipment:
        if line.attention:
            # Bold as well as shaded, so it still shows on a black-and-white printer.
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), ATTENTION))
        rows.append(
            [
                _p(line.item),
                _p(line.serial or "—", "cell" if line.serial else "centre"),
                _bold(line.state) if line.attention else _p(line.state),
                _p(line.note),
            ]
        )
    widths = _fill([0, 28 * mm, 44 * mm, 46 * mm], width)
    return [*story, _grid(rows, widths, extra)]


def _events(report: HandoverReport, width: float) -> list[Flowable]:
    story = _heading(5, "Kejadian Selama Dinas")
    if not report.events:
        return [*story, _p("Nihil.", "text")]
    groups = [
        (day, [[_p(clock(line.at, zone=False)), _p(line.text)] for line in lines])
        for day, lines in _by_date(report, report.events, lambda line: line.at)
    ]
    widths = _fill([14 * mm, 0], width)
    return [*story, *_dated_grids(["Jam", "Uraian kejadian"], groups, widths)]


def _instruction_units(report: HandoverReport) -> list[list[Flowable]]:
    """VI as units that are never parted: the heading with the first item, then one per item.
    Each item is a paragraph with a hanging number, so a long one may continue on the next page."""
    heading = _p(f"{SECTIONS[5]}. Petunjuk/Perintah Pimpinan", "heading")
    if not report.instructions:
        return [[heading, _p("Nihil.", "text")]]
    style = _styles()["item"]
    items: list[Flowable] = [
        Paragraph(escape(text), style, bulletText=f"{number}.")
        for number, text in enumerate(report.instructions, start=1)
    ]
    return [[heading, items[0]], *([item] for item in items[1:])]


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 1000 * mm)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _tail_start(units: Sequence[Sequence[Flowable]], width: float) -> int:
    """Where the end of the last section that goes with the signatures begins: as many of the
    last units as fit in KEEP_WITH_SIGNATURES, and always at least the last one."""
    start, height = len(units) - 1, _height(units[-1], width)
    while start > 0:
        height += _height(units[start - 1], width)
        if height > KEEP_WITH_SIGNATURES:
            break
        start -= 1
    return start


def _signed_text(line: SignatureLine) -> str:
    if line.on_paper is not None:
        return f"ditandatangani di atas kertas<br/>{escape(full_date(line.on_paper))}"
    assert line.signed_at is not None
    return f"ditandatangani<br/>{escape(_moment(line.signed_at))}"


# The blocks under which people sign: lines close together, as under a letter.
_SIGNATURE_STYLE: list[tuple[object, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("FONTNAME", (0, 0), (-1, -1), SERIF),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
]


def _signatures(report: HandoverReport, width: float) -> list[Flowable]:
    """The three blocks side by side, line for line: role, title, the space to sign, the name
    (or a dotted line to write it by hand), the NIP and, when signed in the system, when."""
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    if report.city:
        moment = report.handed_at or report.change_at
        day = moment.date() if moment else report.day
        story += [_p(f"{report.city}, {full_date(day)}", "right"), Spacer(1, 3 * mm)]
    lines = report.signatures
    if not lines:
        return story
    rows: list[list[Flowable]] = [
        [_p(f"{line.role},", "sign") for line in lines],
        [_p(line.title, "sign") for line in lines],
        [Spacer(1, SIGNATURE_SPACE) for _ in lines],
        [
            Paragraph(f"<b><u>{escape(line.name)}</u></b>", _styles()["sign"])
            if line.name
            else _p("(" + "." * 32 + ")", "sign")
            for line in lines
        ],
        [
            _p("NIP. " + (format_nip(line.identity) if line.identity else "." * 28), "sign")
            for line in lines
        ],
        [
            Paragraph(_signed_text(line), _styles()["sign-small"])
            if line.signed_at is not None or line.on_paper is not None
            else _p("", "sign-small")
            for line in lines
        ],
    ]
    table = Table(rows, colWidths=[width / len(lines)] * len(lines), hAlign="LEFT")
    table.setStyle(TableStyle([*_SIGNATURE_STYLE, ("TOPPADDING", (0, 5), (-1, 5), 2)]))
    # A table of one row never splits, so the blocks stay on one page even when the closing
    # part is longer than a page (a nested KeepTogether would always force a page break).
    holder = Table([[table]], colWidths=[width])
    holder.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(holder)
    return story


def _last_sections(report: HandoverReport, width: float) -> tuple[list[Flowable], list[Flowable]]:
    """VI: what flows freely, and the end of it that is kept on one page with the signatures,
    so they never stand alone at the top of a page. Only a bounded end travels with them, so a
    long list still fills the pages before."""
    flowing: list[Flowable] = [CondPageBreak(SECTION_ROOM)]
    units = _instruction_units(report)
    start = _tail_start(units, width)
    flowing += [flowable for unit in units[:start] for flowable in unit]
    return flowing, [flowable for unit in units[start:] for flowable in unit]


def _addendum_signature(report: HandoverReport, line: AddendumLine, width: float) -> Table:
    """The author's block in the right half, as under a letter: place and date, role, the space
    to sign, the full name and the NIP."""
    place = f"{report.city}, " if report.city else ""
    identity = format_nip(line.identity) if line.identity else "." * 28
    rows = [
        [_p(f"{place}{full_date(line.written_at.date())}", "sign")],
        [_p("Yang membuat catatan tambahan,", "sign")],
        [Spacer(1, SIGNATURE_SPACE)],
        [Paragraph(f"<b><u>{escape(line.author)}</u></b>", _styles()["sign"])],
        [_p(f"NIP. {identity}", "sign")],
    ]
    table = Table(rows, colWidths=[width / 2], hAlign="RIGHT")
    table.setStyle(TableStyle(_SIGNATURE_STYLE))
    return table


def _addendum(report: HandoverReport, line: AddendumLine, width: float) -> list[Flowable]:
    """One addendum as its own signed section: its heading, when and why, the text, and its
    author's signature. Written after the report was closed, it stands after the signatures
    of the report itself; each is kept on one page."""
    details = Table(
        [
            [_p(label, "text"), _p(":", "text"), _p(value, "text")]
            for label, value in (
                ("Waktu", f"{long_date(line.written_at.date())} pukul {clock(line.written_at)}"),
                ("Alasan", line.reason or "—"),
            )
        ],
        colWidths=_fill([24 * mm, 4 * mm, 0], width),
    )
    details.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                _p(f"CATATAN TAMBAHAN (ADDENDUM) {line.number}", "addendum-title"),
                details,
                Paragraph(escape(line.text), _styles()["addendum"]),
                _addendum_signature(report, line, width),
            ]
        ),
    ]


def render_handover_report(report: HandoverReport, profile: InstitutionProfile) -> bytes:
    # The frame keeps 6 pt of padding on each side; tables must fit inside it.
    width = page_size(report.paper)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    story: list[Flowable] = [_p("LAPORAN SERAH TERIMA JAGA", "title")]
    if report.number:
        story.append(_p(f"NOMOR {report.number}", "number"))  # as on the orders
    story += [Spacer(1, 5 * mm), _identification(report, width)]
    story += _officers(report, width)
    story += _counts(report, width)
    story += _movements(report, width)
    story += _equipment(report, width)
    story += _events(report, width)
    # The signatures travel with the end of the last section, never alone at the top of a page.
    flowing, closing = _last_sections(report, width)
    story += flowing
    story.append(KeepTogether([*closing, *_signatures(report, width)]))
    for line in report.addenda:
        story += _addendum(report, line, width)
    title = "Laporan Serah Terima Jaga " + (report.number or full_date(report.day))
    return build_pdf(
        story,
        profile,
        paper=report.paper,
        title=title,
        footer=audit_footer(report.audit_code),
        draft=not report.number,  # a print before the report is issued
    )
