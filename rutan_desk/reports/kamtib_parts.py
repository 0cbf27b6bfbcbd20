"""The parts the Kamtib documents share (the daily report, the monthly recap and the two
berita acara): the lines they list, their styles, ruled tables whose header repeats on every
page, numbered sections that say "NIHIL" when there is nothing to list, and the signature
blocks kept on one page with the closing words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, whitesmoke
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rutan_desk.domain.formatting import clock, full_date
from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.incident_report import Signer
from rutan_desk.reports.page import MARGIN_LEFT, MARGIN_RIGHT, page_size, styles

NIHIL = "NIHIL"
CELL_SIZE, CELL_LEADING = 9.5, 11.5  # the font of a table cell, paragraph or plain text
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
SIGNATURE_SPACE = 18 * mm
# A heading with less than this left under it on the page starts the next page.
SECTION_ROOM = 30 * mm

__all__ = ["NIHIL", "Signer"]


# -- the lines the documents list -------------------------------------------------------------


@dataclass(frozen=True)
class CountLine:
    """The count at one change of shift."""

    change: str  # "Pagi → Siang"
    regu: str  # "Regu I → Regu II"
    counted: int
    expected: int  # the closing figure the count is checked against
    status: str  # "Selesai", "Draf", ...

    @property
    def difference(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True)
class IncidentLine:
    number: str
    at: datetime  # WIB
    kind: str
    place: str
    summary: str
    status: str
    severity: str = ""


@dataclass(frozen=True)
class SearchLine:
    at: datetime  # WIB
    kind: str  # "Rutin", "Insidentil", "Gabungan"
    places: str
    leader: str
    joint_with: str  # "Polri dan BNN", or ""
    findings: str  # "HP 2 buah; Senjata tajam 1 buah", or "" when nothing was found


@dataclass(frozen=True)
class VisitLine:
    at: datetime  # WIB
    kind: str
    agency: str  # "Polres Blora / Sat Samapta"
    officers: str
    areas: str
    received_by: str


# -- styles and helpers ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def kamtib_styles() -> dict[str, ParagraphStyle]:
    base = styles()
    text = ParagraphStyle("km-text", parent=base["body"], fontSize=11, leading=14)
    cell = ParagraphStyle("km-cell", parent=base["cell"], fontSize=CELL_SIZE, leading=CELL_LEADING)
    return {
        "title": base["title"],
        "subtitle": ParagraphStyle("km-subtitle", parent=text, alignment=TA_CENTER),
        "text": text,
        "prose": ParagraphStyle("km-prose", parent=text, alignment=TA_JUSTIFY, spaceAfter=2 * mm),
        "heading": ParagraphStyle(
            "km-heading",
            parent=text,
            fontName=f"{SERIF}-Bold",
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        "cell": cell,
        "head": ParagraphStyle(
            "km-head", parent=cell, fontName=f"{SERIF}-Bold", alignment=TA_CENTER
        ),
        "num": ParagraphStyle("km-num", parent=cell, alignment=TA_RIGHT),
        "total": ParagraphStyle(
            "km-total", parent=cell, fontName=f"{SERIF}-Bold", alignment=TA_RIGHT
        ),
        "centre": ParagraphStyle("km-centre", parent=cell, alignment=TA_CENTER),
        "sign": ParagraphStyle("km-sign", parent=text, alignment=TA_CENTER),
        "right": ParagraphStyle("km-right", parent=text, alignment=TA_RIGHT),
    }


def para(text: str, style: str = "cell") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    html = "<br/>".join(escape(line) for line in text.splitlines()) if text else ""
    return Paragraph(html, kamtib_styles()[style])


CELL_PADDING = 3  # left and right, as ``grid`` sets them


def wrapped(text: str, width: float) -> str:
    """Plain text broken into the lines it takes in a ``grid`` column ``width`` wide. A list of
    hundreds of rows is drawn from such text, not from paragraphs: reportlab wraps a paragraph
    again at every page the table splits on, which made a month's recap take seconds."""
    room = width - 2 * CELL_PADDING
    return "\n".join(broken for line in text.splitlines() for broken in _broken_line(line, room))


def _width(text: str) -> float:
    return float(stringWidth(text, SERIF, CELL_SIZE))


def _broken_line(line: str, room: float) -> list[str]:
    """One line of text in lines at most ``room`` wide, broken between words; a word wider
    than the column ("Pencurian/pemerasan") after its slashes and hyphens, then anywhere."""
    lines: list[str] = []
    current = ""
    for word in line.split():
        for number, piece in enumerate(_word_pieces(word, room)):
            joined = f"{current} {piece}" if current and number == 0 else current + piece
            if not current or _width(joined) <= room:
                current = joined
            else:
                lines.append(current)
                current = piece
    return [*lines, current]


def _word_pieces(word: str, room: float) -> list[str]:
    if _width(word) <= room:
        return [word]
    pieces: list[str] = []
    for part in re.findall(r"[^/-]*[/-]|[^/-]+", word):
        while _width(part) > room and len(part) > 1:
            cut = next(n for n in range(len(part) - 1, 0, -1) if _width(part[:n]) <= room or n == 1)
            pieces.append(part[:cut])
            part = part[cut:]
        pieces.append(part)
    return pieces


def frame_width(paper: PaperSize) -> float:
    """What a table may take: the frame keeps 6 pt of padding on each side."""
    return float(page_size(paper)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12)


def fill(widths: Sequence[float], width: float) -> list[float]:
    """The one column given as 0 takes what the others leave."""
    rest = width - sum(widths)
    return [rest if w == 0 else w for w in widths]


def when(moment: datetime, *, with_date: bool = True) -> str:
    """``31 Januari 2024\n21.40 WIB`` (or only the time, for a day's report)."""
    return f"{full_date(moment.date())}\n{clock(moment)}" if with_date else clock(moment)


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: list[float],
    *,
    centred: Sequence[int] = (),
    right: Sequence[int] = (),
) -> Table:
    """A ruled table whose header row repeats on every page it runs over (no header row when
    ``header`` is empty: the end of a table kept with what follows it). A cell is a
    paragraph or plain text in the cells' font, already broken into lines (``wrapped``): the
    lists of a month use plain text, which reportlab draws without wrapping it again at every
    page the table splits on. ``centred``, ``right``: columns whose cells align so."""
    head_rows = [[para(text, "head") for text in header]] if header else []
    body = len(head_rows)
    table = Table([*head_rows, *[list(row) for row in rows]], colWidths=widths, repeatRows=body)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("FONTSIZE", (0, body), (-1, -1), CELL_SIZE),
        ("LEADING", (0, body), (-1, -1), CELL_LEADING),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), whitesmoke),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ]
    commands += [("ALIGN", (c, body), (c, -1), "CENTER") for c in centred]
    commands += [("ALIGN", (c, body), (c, -1), "RIGHT") for c in right]
    table.setStyle(TableStyle(commands))
    return table


def grid_ending_with(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: list[float],
    after: Sequence[Flowable],
    *,
    centred: Sequence[int] = (),
    right: Sequence[int] = (),
    keep: int = 2,
) -> list[Flowable]:
    """A ``grid`` followed by ``after`` (the signatures, loose: ``signatures(kept=False)``), its
    last ``keep`` rows kept on the page of what follows: a signature block is never left alone
    at the top of a page."""
    if len(rows) <= keep:
        table = grid(header, rows, widths, centred=centred, right=right)
        return [KeepTogether([table, *after])]
    return [
        grid(header, rows[:-keep], widths, centred=centred, right=right),
        KeepTogether([grid((), rows[-keep:], widths, centred=centred, right=right), *after]),
    ]


def fields(rows: Sequence[tuple[str, str]], width: float, label: float = 40 * mm) -> Table:
    """Label, colon, value; the colons in one column."""
    table = Table(
        [[para(name, "text"), para(":", "text"), para(value, "text")] for name, value in rows],
        colWidths=fill([label, 4 * mm, 0], width),
        hAlign="LEFT",
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


def section(number: int, title: str, body: Sequence[Flowable]) -> list[Flowable]:
    """``I. TITLE`` over its body, or over "NIHIL" when the body is empty. The heading starts a
    new page when little is left of this one; it is not kept with its body as a whole, so a
    long table starts under it and goes on, header repeated, on the next page."""
    heading = para(f"{ROMAN[number - 1]}. {title}", "heading")
    return [CondPageBreak(SECTION_ROOM), heading, *(body or [para(NIHIL, "text")])]


def head(title: str, subtitle: str, number: str) -> list[Flowable]:
    story: list[Flowable] = [para(title, "title")]
    if number:
        story.append(para(f"NOMOR {number}", "subtitle"))
    if subtitle:
        story.append(para(subtitle, "subtitle"))
    return [*story, Spacer(1, 4 * mm)]


def _blocks(signers: Sequence[Signer], column: float, align: str) -> Table:
    """Signature blocks side by side: role, title, the space to sign, the name (or a dotted
    line to write it by hand), the NIP."""
    rows: list[list[Flowable]] = [
        [para(f"{s.role}," if s.role else "", "sign") for s in signers],
        [para(s.title, "sign") for s in signers],
        [Spacer(1, SIGNATURE_SPACE) for _ in signers],
        [
            Paragraph(f"<b><u>{escape(s.name)}</u></b>", kamtib_styles()["sign"])
            if s.name
            else para("(" + "." * 32 + ")", "sign")
            for s in signers
        ],
        [para(s.identity or "NIP. " + "." * 28, "sign") for s in signers],
    ]
    table = Table(rows, colWidths=[column] * len(signers), hAlign=align)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def signatures(
    signers: Sequence[Signer],
    city: str,
    dated: date | None,
    width: float,
    closing: str = "",
    *,
    under: Sequence[Signer] = (),
    alone_on_the_right: bool = False,
    kept: bool = True,
) -> list[Flowable]:
    """The closing words, the place and date, and the blocks side by side; ``under``: those
    who acknowledge it (the Karutan), centred below. All kept on one page.
    ``alone_on_the_right``: one signer, in the right half, as under a letter. ``kept=False``
    gives the flowables loose, for a caller that keeps them with more (reportlab cannot nest
    one KeepTogether in another: the inner one reports an endless height)."""
    story: list[Flowable] = []
    if closing:
        story += [Spacer(1, 3 * mm), para(closing, "prose")]
    story.append(Spacer(1, 4 * mm))
    if city:
        day = full_date(dated) if dated else "." * 30
        story += [para(f"{city}, {day}", "right"), Spacer(1, 3 * mm)]
    if signers and alone_on_the_right:
        story.append(_blocks(signers[:1], width / 2, "RIGHT"))
    elif signers:
        story.append(_blocks(signers, width / len(signers), "LEFT"))
    if under:
        column = width / max(len(under), 2)
        story += [Spacer(1, 5 * mm), _blocks(under, column, "CENTER")]
    return [KeepTogether(story)] if kept else story


# -- the sections more than one document has ---------------------------------------------------


def _time_width(with_date: bool) -> float:
    return float(24 * mm if with_date else 17 * mm)


def incidents_table(
    lines: Sequence[IncidentLine], width: float, *, with_date: bool
) -> list[Flowable]:
    if not lines:
        return []
    header = ["No", "Nomor", "Waktu", "Jenis", "Tempat", "Uraian singkat", "Status"]
    widths = fill([8 * mm, 28 * mm, _time_width(with_date), 25 * mm, 22 * mm, 0, 21 * mm], width)
    rows: list[list[Flowable | str]] = [
        [
            str(n),  # plain text: see ``grid``
            wrapped(line.number, widths[1]),
            wrapped(when(line.at, with_date=with_date), widths[2]),
            wrapped(f"{line.kind}\n({line.severity})" if line.severity else line.kind, widths[3]),
            wrapped(line.place, widths[4]),
            wrapped(line.summary, widths[5]),
            wrapped(line.status, widths[6]),
        ]
        for n, line in enumerate(lines, start=1)
    ]
    table = grid(header, rows, widths)
    table.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "CENTER")]))
    return [table]


def searches_table(lines: Sequence[SearchLine], width: float, *, with_date: bool) -> list[Flowable]:
    if not lines:
        return []
    header = ["No", "Waktu", "Jenis", "Tempat", "Dipimpin oleh", "Temuan"]
    widths = fill([8 * mm, _time_width(with_date), 26 * mm, 30 * mm, 28 * mm, 0], width)
    rows: list[list[Flowable | str]] = [
        [
            str(n),
            wrapped(when(line.at, with_date=with_date), widths[1]),
            wrapped(
                f"{line.kind}\nbersama {line.joint_with}" if line.joint_with else line.kind,
                widths[2],
            ),
            wrapped(line.places, widths[3]),
            wrapped(line.leader, widths[4]),
            wrapped(line.findings or NIHIL, widths[5]),
        ]
        for n, line in enumerate(lines, start=1)
    ]
    table = grid(header, rows, widths)
    table.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "CENTER")]))
    return [table]


def visits_table(lines: Sequence[VisitLine], width: float, *, with_date: bool) -> list[Flowable]:
    if not lines:
        return []
    header = ["No", "Waktu", "Jenis", "Instansi", "Petugas", "Yang diperiksa", "Diterima oleh"]
    widths = fill([8 * mm, _time_width(with_date), 20 * mm, 28 * mm, 28 * mm, 0, 24 * mm], width)
    rows: list[list[Flowable | str]] = [
        [
            str(n),
            *(
                wrapped(text, column)
                for text, column in zip(
                    (
                        when(line.at, with_date=with_date),
                        line.kind,
                        line.agency,
                        line.officers,
                        line.areas,
                        line.received_by,
                    ),
                    widths[1:],
                    strict=True,
                )
            ),
        ]
        for n, line in enumerate(lines, start=1)
    ]
    table = grid(header, rows, widths)
    table.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "CENTER")]))
    return [table]
