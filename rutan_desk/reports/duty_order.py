"""Surat Perintah (duty order) in the form of the Indonesian rules for official letters.

Title and number centred; Menimbang (optional); Dasar as a numbered list; the operative word
(MEMERINTAHKAN by default) centred; Kepada as a table that continues on the next page with its
header repeated; Untuk as numbered tasks; "Dikeluarkan di" and "Pada tanggal"; the signatory,
kept together so it never stands alone at the top of a page; Tembusan.
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
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rutan_desk.domain.formatting import full_date
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


@dataclass(frozen=True)
class OrderedPerson:
    name: str
    identity: str  # NIP (grouped when 18 digits) or NRP
    rank: str
    position: str
    duty: str = ""  # for piket orders: "Minggu, 31 Desember 2023 · Malam · P2U"


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


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _numbered(label: str, items: Sequence[str], width: float) -> Table:
    """ "Dasar : 1. …" with the label column and hanging numbers, text wrapping."""
    body = styles()["body"]
    # Label, colon and number never wrap: plain strings, which the table draws without the
    # paragraph parser (a third of the time of a long order went into parsing such cells).
    rows: list[list[str | Paragraph]] = [
        [label if index == 1 else "", ":" if index == 1 else "", f"{index}.", _p(item, "body")]
        for index, item in enumerate(items, start=1)
    ]
    table = Table(rows, colWidths=[28 * mm, 5 * mm, 8 * mm, width - 41 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
                ("LEADING", (0, 0), (-1, -1), body.leading),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _people_table(order: DutyOrder, width: float) -> Table:
    """No, Nama, NIP/NRP, Pangkat/Gol., Jabatan. A piket order adds the duty (day, shift, post)
    and, to keep to a portrait page, gives the position under the name."""
    piket = order.with_duty_column
    header = ["No", "Nama / Jabatan" if piket else "Nama", "NIP/NRP", "Pangkat/Gol."]
    widths = [9 * mm, 48 * mm if piket else 44 * mm, 41 * mm, 30 * mm]
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
                _p(person.duty if piket else person.position, "cell"),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("BACKGROUND", (0, 0), (-1, 0), whitesmoke),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
                ("LEADING", (0, 0), (-1, -1), cell.leading),
            ]
        )
    )
    return table


def _signature(order: DutyOrder) -> Flowable:
    signatory = order.signatory
    lines = [
        f"Dikeluarkan di {order.city}",
        f"Pada tanggal {full_date(order.issued_on)}",
        "",
    ]
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


def render_duty_order(order: DutyOrder, profile: InstitutionProfile) -> bytes:
    # The frame keeps 6 pt of padding on each side; tables must fit inside it.
    width = page_size(order.paper)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    story: list[Flowable] = [
        _p("SURAT PERINTAH", "title"),
        _p(f"NOMOR {order.number}", "center"),
        Spacer(1, 6 * mm),
    ]
    if order.considering:
        story += [_numbered("Menimbang", order.considering, width), Spacer(1, 3 * mm)]
    story += [
        _numbered("Dasar", order.basis, width),
        Spacer(1, 5 * mm),
        _p(order.command_word.upper(), "title"),
        Spacer(1, 4 * mm),
        _p("Kepada :", "body"),
        Spacer(1, 2 * mm),
        _people_table(order, width),
        Spacer(1, 5 * mm),
    ]
    closing: list[Flowable] = [
        _numbered("Untuk", order.tasks, width),
        Spacer(1, 8 * mm),
        _signature(order),
    ]
    if order.copies:
        closing += [Spacer(1, 6 * mm), _p("Tembusan:", "body")]
        closing += [
            _p(f"{number}. {copy}", "body") for number, copy in enumerate(order.copies, start=1)
        ]
    # The signature never stands alone at the top of a page: it travels with the tasks.
    story.append(KeepTogether(closing))
    return build_pdf(
        story,
        profile,
        paper=order.paper,
        title=f"Surat Perintah {order.number}",
        footer=audit_footer(order.audit_code),
    )
