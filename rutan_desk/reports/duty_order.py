"""Surat Perintah (duty order) in the form of the Indonesian rules for official letters.

Title and number centred; Menimbang (optional, lettered a., b., c.); Dasar as a numbered list;
the operative word (MEMERINTAHKAN by default) centred; Kepada, in the same label and colon
column as the others, with the people as a table that continues on the next page with its
header repeated; Untuk as numbered tasks; "Dikeluarkan di" and "Pada tanggal"; the signatory,
kept together so it never stands alone at the top of a page; Tembusan.

More than ``MAX_PEOPLE_IN_BODY`` people and the body says the names are in the Lampiran: a
page of its own headed "LAMPIRAN SURAT PERINTAH … NOMOR … TANGGAL …" with the table, signed
again. An order for one day says that day once, above the table, not on every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, whitesmoke
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rutan_desk.domain.formatting import full_date, long_date
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.ranks import civil_service_rank
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.page import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    audit_footer,
    build_pdf,
    page_size,
    styles,
)

# More people than this and their names go to the Lampiran (the rules say "about ten").
MAX_PEOPLE_IN_BODY = 10
IN_LAMPIRAN = "Nama-nama sebagaimana tersebut dalam Lampiran Surat Perintah ini."
# The label column of Menimbang, Dasar, Kepada and Untuk, the colon, the item's number.
LABEL_WIDTH, COLON_WIDTH, MARKER_WIDTH = 28 * mm, 5 * mm, 8 * mm
# Of the Lampiran's table, the last rows that stay on the page of its signature.
ROWS_WITH_SIGNATURE = 2


@dataclass(frozen=True)
class OrderedPerson:
    name: str
    identity: str  # NIP (grouped when 18 digits) or NRP
    rank: str
    position: str
    # For piket orders, parts printed one under the other: "Malam 19.00–07.00 WIB · P2U",
    # led by the day ("Minggu, 31 Desember 2023 · …") when the order covers several days.
    duty: str = ""


@dataclass(frozen=True)
class Signatory:
    title: str  # "KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA"
    name: str
    nip: str = ""
    golongan: str = ""
    prefix: str = ""  # "Plh." or "a.n." when someone signs for the head
    own_title: str = ""  # with "a.n.": the signer's own position, on the line under the head's


@dataclass(frozen=True)
class DutyOrder:
    number: str
    basis: Sequence[str]
    people: Sequence[OrderedPerson]
    tasks: Sequence[str]
    city: str
    issued_on: date
    signatory: Signatory
    considering: Sequence[str] = ()
    command_word: str = "MEMERINTAHKAN"
    copies: Sequence[str] = ()
    paper: PaperSize = PaperSize.A4
    with_duty_column: bool = field(default=False)
    audit_code: str = ""  # the audit trail's head when issued, printed in the footer
    draft: bool = False  # a print to read before it is issued: KONSEP across every page
    duty_day: date | None = None  # an order for one day: the day, said once above the table
    # The roster days the order covers (first, last): kept from re-planning once issued.
    period: tuple[date, date] | None = None

    @property
    def in_lampiran(self) -> bool:
        """The names go to the Lampiran: too many for the body."""
        return len(self.people) > MAX_PEOPLE_IN_BODY


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _lettered(index: int) -> str:
    return f"{chr(ord('a') + index - 1)}."  # Menimbang has at most a handful of points


def _label_style() -> TableStyle:
    body = styles()["body"]
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
            ("LEADING", (0, 0), (-1, -1), body.leading),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )


def _label_widths(width: float) -> list[float]:
    return [
        LABEL_WIDTH,
        COLON_WIDTH,
        MARKER_WIDTH,
        width - LABEL_WIDTH - COLON_WIDTH - MARKER_WIDTH,
    ]


def _listed(
    label: str, items: Sequence[str], width: float, *, lettered: bool = False, start: int = 1
) -> Table:
    """ "Dasar : 1. …" with the label column and hanging numbers (letters for Menimbang),
    text wrapping; the label only on the first item, which is item ``start``."""
    # Label, colon and number never wrap: plain strings, which the table draws without the
    # paragraph parser (a third of the time of a long order went into parsing such cells).
    rows: list[list[str | Paragraph]] = [
        [
            label if index == 1 else "",
            ":" if index == 1 else "",
            _lettered(index) if lettered else f"{index}.",
            _p(item, "body"),
        ]
        for index, item in enumerate(items, start=start)
    ]
    table = Table(rows, colWidths=_label_widths(width))
    table.setStyle(_label_style())
    return table


def _addressed(order: DutyOrder, width: float) -> Table:
    """ "Kepada :" in the label column; when the names are in the Lampiran, it says so."""
    text = _p(IN_LAMPIRAN, "body") if order.in_lampiran else ""
    table = Table([["Kepada", ":", text, ""]], colWidths=_label_widths(width))
    style = _label_style()
    style.add("SPAN", (2, 0), (3, 0))
    table.setStyle(style)
    return table


def _duty_day(order: DutyOrder) -> list[Flowable]:
    """The day of a one-day order, once, above the table."""
    if order.duty_day is None:
        return []
    return [_p(f"Hari/tanggal: {long_date(order.duty_day)}", "body"), Spacer(1, 2 * mm)]


def _duty(text: str) -> Paragraph:
    """The parts of a duty (day, shift with its hours, post), one under the other; the time
    zone never starts a line of its own ("Malam" / "19.00–07.00 WIB")."""
    parts = (escape(part).replace(" WIB", "\u00a0WIB") for part in text.split(" · "))
    return Paragraph("<br/>".join(parts), styles()["cell"])


def _people_table(order: DutyOrder, width: float, signature: Flowable | None = None) -> Table:
    """No, Nama, NIP/NRP, Pangkat/Gol., Jabatan. A piket order adds the duty (day, shift, post)
    and, to keep to a portrait page, gives the position under the name. With ``signature``
    (in the Lampiran) the table ends with it, kept on one page with the last rows."""
    piket = order.with_duty_column
    header = ["No", "Nama / Jabatan" if piket else "Nama", "NIP/NRP", "Pangkat/Gol."]
    # A piket order's duty column takes the hours of a shift on one line: "19.00–07.00 WIB".
    widths = [9 * mm, 45 * mm, 41 * mm, 28 * mm] if piket else [9 * mm, 44 * mm, 41 * mm, 30 * mm]
    header.append("Tugas" if piket else "Jabatan")
    widths.append(width - sum(widths))
    cell = styles()["cell"]
    rows: list[list[str | Paragraph]] = [[_p(text, "cell") for text in header]]
    for number, person in enumerate(order.people, start=1):
        name = escape(person.name)
        if piket and person.position:
            name += f"<br/><i>{escape(person.position)}</i>"
        rows.append(
            [
                str(number),  # the number and the NIP never wrap: plain strings
                Paragraph(name, cell),
                format_nip(person.identity),
                _p(person.rank, "cell"),
                _duty(person.duty) if piket else _p(person.position, "cell"),
            ]
        )
    last = len(rows) - 1
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, last), 0.5, black),
            ("BACKGROUND", (0, 0), (-1, 0), whitesmoke),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), cell.leading),
        ]
    )
    if signature is not None:
        # A row of its own, without lines: the table can never leave it alone on a page.
        rows.append([signature, "", "", "", ""])
        style.add("SPAN", (0, last + 1), (-1, last + 1))
        style.add("ALIGN", (0, last + 1), (-1, last + 1), "RIGHT")
        style.add("TOPPADDING", (0, last + 1), (-1, last + 1), 8 * mm)
        style.add("NOSPLIT", (0, max(1, last + 1 - ROWS_WITH_SIGNATURE)), (-1, last + 1))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(style)
    return table


def _signature(order: DutyOrder, *, issued_at: bool = True) -> Flowable:
    """The signatory's block, under "Dikeluarkan di … Pada tanggal …" when ``issued_at``
    (the Lampiran, whose head gives the number and date, is signed without them)."""
    signatory = order.signatory
    lines = (
        [f"Dikeluarkan di {order.city}", f"Pada tanggal {full_date(order.issued_on)}", ""]
        if issued_at
        else []
    )
    titles = [f"{signatory.prefix} {signatory.title}".strip().rstrip(",")]
    if signatory.own_title:
        titles.append(signatory.own_title.strip().rstrip(","))
    titles[-1] += ","  # only the last title line ends with the comma
    lines += titles
    rank = civil_service_rank(signatory.golongan)
    block = [[_p(line, "body")] for line in lines]
    block.append([Spacer(1, 18 * mm)])
    block.append([Paragraph(f"<b><u>{escape(signatory.name)}</u></b>", styles()["body"])])
    if rank is not None:
        block.append([_p(rank.label(), "body")])
    if signatory.nip:
        block.append([_p(f"NIP. {format_nip(signatory.nip)}", "body")])
    table = Table(block, colWidths=[80 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _lampiran(order: DutyOrder, width: float) -> list[Flowable]:
    """A page of its own: whose Lampiran, its number and date; the table; the signature."""
    title = order.signatory.title.strip().rstrip(",")
    head = Table(
        [
            [_p(f"LAMPIRAN SURAT PERINTAH {title}", "body"), "", ""],
            ["NOMOR", ":", _p(order.number, "body")],
            ["TANGGAL", ":", _p(full_date(order.issued_on), "body")],
        ],
        colWidths=[24 * mm, 4 * mm, 72 * mm],
        hAlign="RIGHT",
    )
    style = _label_style()
    style.add("SPAN", (0, 0), (-1, 0))
    head.setStyle(style)
    return [
        PageBreak(),
        head,
        Spacer(1, 8 * mm),
        *_duty_day(order),
        _people_table(order, width, signature=_signature(order, issued_at=False)),
    ]


def render_duty_order(order: DutyOrder, profile: InstitutionProfile) -> bytes:
    # The frame keeps 6 pt of padding on each side; tables must fit inside it.
    width = page_size(order.paper)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    story: list[Flowable] = [
        _p("SURAT PERINTAH", "title"),
        _p(f"NOMOR {order.number}", "center"),
        Spacer(1, 6 * mm),
    ]
    if order.considering:
        story += [_listed("Menimbang", order.considering, width, lettered=True), Spacer(1, 3 * mm)]
    story += [
        _listed("Dasar", order.basis, width),
        Spacer(1, 5 * mm),
        _p(order.command_word.upper(), "title"),
        Spacer(1, 4 * mm),
        _addressed(order, width),
        Spacer(1, 2 * mm),
    ]
    if not order.in_lampiran:
        story += [*_duty_day(order), _people_table(order, width)]
    story.append(Spacer(1, 5 * mm))
    # The signature never stands alone at the top of a page: it travels with the last task
    # (the others may stay on the page before), and the Tembusan with it.
    tasks = list(order.tasks)
    if len(tasks) > 1:
        story.append(_listed("Untuk", tasks[:-1], width))
    closing: list[Flowable] = [
        _listed("Untuk", tasks[-1:], width, start=len(tasks)),
        Spacer(1, 8 * mm),
        _signature(order),
    ]
    if order.copies:
        closing += [Spacer(1, 6 * mm), _p("Tembusan:", "body")]
        closing += [
            _p(f"{number}. {copy}", "body") for number, copy in enumerate(order.copies, start=1)
        ]
    story.append(KeepTogether(closing))
    if order.in_lampiran:
        story += _lampiran(order, width)
    return build_pdf(
        story,
        profile,
        paper=order.paper,
        title=f"Surat Perintah {order.number}",
        footer=audit_footer(order.audit_code),
        draft=order.draft,
    )
