"""The two berita acara of the Kamtib tab, in the words a Rutan writes them.

Berita Acara Penggeledahan: on which day and hour, under which order, what kind of search
and joint with whom; the team; the places searched; what was found, where, whose, and what
became of it; signed by the leader of the search and acknowledged by the Karutan.

Berita Acara Pemusnahan Barang Terlarang: on which day the items listed — each with its
quantity and where and when it was found — were destroyed together, before the witnesses
who sign it with the officer who destroyed them. An empty list says "NIHIL".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rutan_desk.domain.formatting import clock, full_date, long_date
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.kamtib_parts import (
    NIHIL,
    Signer,
    fields,
    fill,
    frame_width,
    grid,
    head,
    para,
    section,
    signatures,
)
from rutan_desk.reports.page import audit_footer, build_pdf

CLOSING = (
    "Demikian berita acara ini dibuat dengan sebenarnya dalam keadaan sadar dan tanpa "
    "paksaan untuk dapat dipergunakan sebagaimana mestinya."
)


@dataclass(frozen=True)
class TeamMember:
    name: str
    rank: str  # pangkat or golongan
    identity: str  # NIP / NRP as printed
    agency: str  # "Rutan", "Polres Blora"


@dataclass(frozen=True)
class FoundItem:
    what: str  # "HP (Samsung hitam)"
    quantity: str  # "2 buah"
    place: str
    owner: str  # "Budi Hartono (A.II/123/2023)", or ""
    fate: str  # "Disimpan", "Dimusnahkan (BA.MSN-001/II/2024, 1 Februari 2024)"
    found_at: datetime | None = None  # for the destruction: when it was found


@dataclass(frozen=True)
class SearchRecordDocument:
    started_at: datetime  # WIB
    ended_at: datetime | None
    kind: str  # "Rutin", "Insidentil"
    joint_with: str  # "TNI dan Polri", or ""
    order: str  # the number of the surat perintah, or ""
    leader: str
    team: Sequence[TeamMember]
    places: Sequence[str]
    findings: Sequence[FoundItem]
    note: str
    signatures: Sequence[Signer]
    dated: date | None
    number: str = ""
    city: str = ""
    paper: PaperSize = PaperSize.A4
    audit_code: str = ""


@dataclass(frozen=True)
class DestructionDocument:
    on: date  # the day of the destruction
    reference: str  # the berita acara number recorded on the findings, or "" (a new one)
    items: Sequence[FoundItem]
    signatures: Sequence[Signer]  # the officer who destroyed them, then the witnesses
    dated: date | None
    acknowledged_by: Sequence[Signer] = ()  # the Karutan, under the others
    number: str = ""
    city: str = ""
    paper: PaperSize = PaperSize.A4
    audit_code: str = ""


def _opening_of_search(document: SearchRecordDocument) -> str:
    moment = document.started_at
    order = f" berdasarkan Surat Perintah Nomor {document.order}" if document.order else ""
    joint = f" bersama {document.joint_with}" if document.joint_with else ""
    until = f" sampai dengan pukul {clock(document.ended_at)}" if document.ended_at else ""
    return (
        f"Pada hari ini {long_date(moment.date())} pukul {clock(moment)}{until}, kami yang "
        f"bertanda tangan di bawah ini{order} telah melaksanakan penggeledahan "
        f"{document.kind.lower()}{joint} di lingkungan Rumah Tahanan Negara, dipimpin oleh "
        f"{document.leader}, dengan hasil sebagai berikut:"
    )


def _team(document: SearchRecordDocument, width: float) -> list[Flowable]:
    if not document.team:
        return []
    rows = [
        [para(str(n), "centre"), para(m.name), para(m.rank), para(m.identity), para(m.agency)]
        for n, m in enumerate(document.team, start=1)
    ]
    widths = fill([8 * mm, 0, 26 * mm, 40 * mm, 32 * mm], width)
    return [grid(["No", "Nama", "Pangkat/Gol.", "NIP/NRP", "Instansi"], rows, widths)]


def _findings(items: Sequence[FoundItem], width: float, *, with_time: bool) -> list[Flowable]:
    if not items:
        return []
    if with_time:
        header = ["No", "Barang", "Jumlah", "Tempat dan waktu ditemukan", "Pemilik"]
        rows = [
            [
                para(str(n), "centre"),
                para(i.what),
                para(i.quantity, "num"),
                para(
                    f"{i.place}\n{full_date(i.found_at.date())} {clock(i.found_at)}"
                    if i.found_at
                    else i.place
                ),
                para(i.owner or "-"),
            ]
            for n, i in enumerate(items, start=1)
        ]
        widths = fill([8 * mm, 0, 20 * mm, 50 * mm, 36 * mm], width)
    else:
        header = ["No", "Barang", "Jumlah", "Tempat ditemukan", "Pemilik", "Keterangan"]
        rows = [
            [
                para(str(n), "centre"),
                para(i.what),
                para(i.quantity, "num"),
                para(i.place),
                para(i.owner or "-"),
                para(i.fate),
            ]
            for n, i in enumerate(items, start=1)
        ]
        widths = fill([8 * mm, 0, 18 * mm, 30 * mm, 32 * mm, 32 * mm], width)
    return [grid(header, rows, widths)]


def render_search_record(document: SearchRecordDocument, profile: InstitutionProfile) -> bytes:
    width = frame_width(document.paper)
    story: list[Flowable] = head("BERITA ACARA PENGGELEDAHAN", "", document.number)
    story.append(para(_opening_of_search(document), "prose"))
    story += section(
        1,
        "PELAKSANAAN",
        [
            fields(
                [
                    ("Jenis penggeledahan", document.kind),
                    ("Bersama instansi", document.joint_with or "-"),
                    ("Surat perintah", document.order or "-"),
                    ("Dipimpin oleh", document.leader),
                ],
                width,
            )
        ],
    )
    story += section(2, "TIM PENGGELEDAHAN", _team(document, width))
    story += section(
        3,
        "TEMPAT YANG DIGELEDAH",
        [para("; ".join(document.places), "text")] if document.places else [],
    )
    story += section(4, "HASIL PENGGELEDAHAN", _findings(document.findings, width, with_time=False))
    if document.note:
        story += section(5, "KETERANGAN", [para(document.note, "prose")])
    story += signatures(document.signatures, document.city, document.dated, width, CLOSING)
    title = (
        f"Berita Acara Penggeledahan {document.number or document.started_at.date().isoformat()}"
    )
    return build_pdf(
        story,
        profile,
        paper=document.paper,
        title=title,
        footer=audit_footer(document.audit_code),
        draft=not document.number,  # a print before the berita acara is issued
    )


def render_destruction_record(document: DestructionDocument, profile: InstitutionProfile) -> bytes:
    width = frame_width(document.paper)
    number = document.number or document.reference
    story: list[Flowable] = head("BERITA ACARA PEMUSNAHAN BARANG TERLARANG", "", number)
    story.append(
        para(
            f"Pada hari ini {long_date(document.on)}, kami yang bertanda tangan di bawah ini "
            "telah melaksanakan pemusnahan barang terlarang hasil penggeledahan di lingkungan "
            "Rumah Tahanan Negara, disaksikan oleh para saksi, berupa barang-barang sebagai "
            "berikut:",
            "prose",
        )
    )
    story += _findings(document.items, width, with_time=True) or [para(NIHIL, "text")]
    story += signatures(
        document.signatures,
        document.city,
        document.dated,
        width,
        CLOSING,
        under=document.acknowledged_by,
    )
    title = f"Berita Acara Pemusnahan {number or document.on.isoformat()}"
    return build_pdf(
        story,
        profile,
        paper=document.paper,
        title=title,
        footer=audit_footer(document.audit_code),
        draft=not number,  # a print before the berita acara is issued
    )
