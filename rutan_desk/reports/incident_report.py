"""Laporan Kejadian: one security incident as an Indonesian official report.

Title and number (a print of a record not yet approved is marked KONSEP on every page; a print
made after the numbered report was issued says which supplements came after it); then
numbered sections in the 5W1H frame: what happened, when and where (I), who was involved, by
role (II), why and how — the chronology (III); who was on duty (IV), the actions taken (V),
the reporting up the ladder (VI), injuries and damage (VII), the evidence and who holds it
(VIII), the follow-up (IX), the status and the approval (X) and, once approved, the numbered
supplements (XI). An empty section says "Nihil.". Last the signatures — the maker (the Karupam
on duty) and the one who acknowledges (Ka KPR or Karutan) — kept on one page together with the
end of the last section, so they never stand alone at the top of a page.

A long chronology or supplement is a paragraph per line typed, so it breaks across pages
between lines, never leaving a single line behind; tables repeat their header on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, whitesmoke
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
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
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.page import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    audit_footer,
    build_pdf,
    page_size,
    styles,
)

SECTIONS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI")
SIGNATURE_SPACE = 18 * mm
# Before a section heading: if less than this is left on the page, the section starts on the
# next, so a heading never ends a page without at least a few lines under it.
SECTION_ROOM = 32 * mm
# Before a supplement: room for its lead and two lines of its text.
LEAD_ROOM = 22 * mm
# At most this much of the end of the last section travels with the signatures to a new page;
# of a longer last paragraph, its last lines.
KEEP_WITH_SIGNATURES = 45 * mm
TAIL_LINES = 4
DRAFT_FOOTER = "KONSEP – belum disetujui pimpinan, bukan laporan resmi"
NIHIL = "Nihil."


@dataclass(frozen=True)
class InvolvedPerson:
    role: str  # "Pelaku", "Korban", "Saksi", "Pelapor" (the report lists them in that order)
    status: str  # "WBP", "Petugas", "Pihak luar" (or the agency of external personnel)
    name: str
    identity: str  # "A.II/123/2023", "NIP. 19850111 201003 1 001", "NIK 3316…"; may be ""
    note: str = ""


@dataclass(frozen=True)
class ActionTaken:
    at: datetime  # WIB
    text: str
    by: str = ""


@dataclass(frozen=True)
class Notice:
    at: datetime  # WIB
    level: str  # "Ka KPR", "Perwira Piket", "Karutan", "Kanwil", "Polres"
    whom: str
    how: str = ""  # telepon, HT, langsung, ...


@dataclass(frozen=True)
class Custody:
    since: datetime  # WIB
    holder: str
    place: str = ""


@dataclass(frozen=True)
class Evidence:
    description: str
    quantity: int
    note: str = ""
    custody: Sequence[Custody] = ()  # oldest first; the last one holds it now


@dataclass(frozen=True)
class FollowUp:
    text: str
    owner: str
    due_on: date | None
    status: str  # "Belum selesai", "Selesai", "Dibatalkan"


@dataclass(frozen=True)
class ApprovalNote:
    name: str
    identity: str  # NIP grouped, or ""
    position: str  # jabatan
    at: datetime  # WIB
    on_paper: date | None = None  # approved on paper that day, recorded by the clerk
    scan: str = ""  # the file name of the scan of the signed paper


@dataclass(frozen=True)
class SupplementNote:
    number: int
    written_at: datetime  # WIB
    author: str
    text: str
    after_issue: bool = False  # written after the numbered report was issued


@dataclass(frozen=True)
class Signer:
    role: str  # "Dibuat oleh", "Mengetahui"
    title: str  # "Karupam Regu I", "Kepala Kesatuan Pengamanan Rutan"
    name: str  # "" → a dotted line to write it by hand
    identity: str  # "NIP. …" as printed, or ""
    note: str = ""  # small under the NIP: "disetujui 1 Februari 2024 08.00 WIB"


@dataclass(frozen=True)
class IssuedBefore:
    """The numbered report a later print follows."""

    number: str
    issued_on: date


@dataclass(frozen=True)
class IncidentReport:
    number: str  # register number; "" for a print without one
    incident_number: str  # the incident's own number (KMT.001/I/2024)
    type_name: str
    severity: str  # "Ringan", "Sedang", "Berat"
    summary: str
    happened_at: datetime  # WIB
    reported_at: datetime  # WIB
    place: str
    people: Sequence[InvolvedPerson]
    chronology: str
    regu: str
    karupam: str  # "Budi Santoso (NIP. …)" as printed, or ""
    shift: str  # "Malam 19.00–07.00", or ""
    actions: Sequence[ActionTaken]
    notifications: Sequence[Notice]
    injuries: str
    damage: str
    evidence: Sequence[Evidence]
    tasks: Sequence[FollowUp]
    status: str  # "Dilaporkan", "Ditangani", ...
    approval: ApprovalNote | None
    supplements: Sequence[SupplementNote]
    signatures: Sequence[Signer]  # the maker, then the one who acknowledges
    dated: date | None  # the date beside the city; None → dotted, to be written by hand
    draft: bool = False  # not approved: marked KONSEP
    issued_before: IssuedBefore | None = None
    city: str = ""
    paper: PaperSize = PaperSize.A4
    audit_code: str = ""  # the audit trail's head when issued, printed in the footer


# --- styles and small helpers ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    text = ParagraphStyle("lk-text", parent=base["body"], fontSize=11, leading=14)
    cell = ParagraphStyle("lk-cell", parent=base["cell"], fontSize=10, leading=12)
    small = ParagraphStyle("lk-small", parent=text, fontSize=8.5, leading=10)
    return {
        "title": base["title"],
        "number": ParagraphStyle("lk-number", parent=text, alignment=TA_CENTER),
        "text": text,
        # Lines typed by the clerk: justified, never a lone first or last line on a page.
        "prose": ParagraphStyle(
            "lk-prose",
            parent=text,
            alignment=TA_JUSTIFY,
            spaceAfter=1.5 * mm,
            allowWidows=0,
            allowOrphans=0,
        ),
        "heading": ParagraphStyle(
            "lk-heading",
            parent=text,
            fontName=f"{SERIF}-Bold",
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        # Over a few lines of text or fields: never left alone at the bottom of a page.
        "heading-kept": ParagraphStyle(
            "lk-heading-kept",
            parent=text,
            fontName=f"{SERIF}-Bold",
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        ),
        "lead": ParagraphStyle("lk-lead", parent=text, spaceBefore=2 * mm, spaceAfter=1 * mm),
        "box": ParagraphStyle("lk-box", parent=text, fontSize=10, leading=12.5),
        "cell": cell,
        "head": ParagraphStyle(
            "lk-head", parent=cell, fontName=f"{SERIF}-Bold", alignment=TA_CENTER
        ),
        "num": ParagraphStyle("lk-num", parent=cell, alignment=TA_RIGHT),
        "centre": ParagraphStyle("lk-centre", parent=cell, alignment=TA_CENTER),
        "sign": ParagraphStyle("lk-sign", parent=text, alignment=TA_CENTER),
        "sign-small": ParagraphStyle("lk-sign-small", parent=small, alignment=TA_CENTER),
        "right": ParagraphStyle("lk-right", parent=text, alignment=TA_RIGHT),
    }


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), _styles()[style])


def _lines(text: str, style: str = "cell") -> Paragraph:
    """Text with its line breaks kept, in one paragraph (a cell)."""
    return Paragraph("<br/>".join(escape(line) for line in text.splitlines()), _styles()[style])


def _prose(text: str) -> list[Paragraph]:
    """A paragraph per line typed (empty lines only separate), so a long text breaks between
    them and within them like a book, never leaving a lone line behind."""
    return [
        Paragraph(escape(line.strip()), _styles()["prose"])
        for line in text.splitlines()
        if line.strip()
    ]


def _moment(moment: datetime) -> str:
    """``31 Januari 2024 21.40 WIB``."""
    return f"{full_date(moment.date())} {clock(moment)}"


def _when(moment: datetime) -> str:
    """``Rabu, 31 Januari 2024, pukul 21.40 WIB``, as the report book writes it."""
    return f"{long_date(moment.date())}, pukul {clock(moment)}"


def _times(moments: Sequence[datetime]) -> list[str]:
    """The time of each line of a table; the date only where it changes, as a report book
    writes a day's lines under the day."""
    shown: list[str] = []
    previous: date | None = None
    for moment in moments:
        if moment.date() != previous:
            shown.append(f"{full_date(moment.date())}\n{clock(moment)}")
        else:
            shown.append(clock(moment))
        previous = moment.date()
    return shown


def _fill(widths: list[float], width: float) -> list[float]:
    """The one column given as 0 takes what the others leave of the frame width."""
    rest = width - sum(widths)
    return [rest if w == 0 else w for w in widths]


def _grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    """A ruled table whose header row repeats on every page it runs over."""
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("BACKGROUND", (0, 0), (-1, 0), whitesmoke),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def _fields(rows: Sequence[tuple[str, Flowable]], width: float, label: float = 34 * mm) -> Table:
    """Label, colon, value: the fields of a section, the colons in one column."""
    table = Table(
        [[_p(name, "text"), _p(":", "text"), value] for name, value in rows],
        colWidths=_fill([label, 4 * mm, 0], width),
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


def _boxed(html: str, width: float) -> Table:
    """A framed note under the title (KONSEP, or the issued report a later print follows)."""
    table = Table([[Paragraph(html, _styles()["box"])]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, black),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _heading(number: int, text: str, *, kept: bool = True) -> list[Flowable]:
    """The heading of a section, on a new page when too little is left for it and a few lines
    under it. Kept with what follows it (text, fields), but not with a ruled table: a long
    table starts under its heading and goes on, header repeated, on the next page."""
    style = "heading-kept" if kept else "heading"
    return [CondPageBreak(SECTION_ROOM), _p(f"{SECTIONS[number - 1]}. {text}", style)]


def _nihil() -> Paragraph:
    return _p(NIHIL, "text")


def _numbers(numbers: Sequence[int]) -> str:
    """``Suplemen 2``, ``Suplemen 2 dan 3``, ``Suplemen 2, 3 dan 4``."""
    words = [str(n) for n in numbers]
    joined = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} dan {words[-1]}"
    return f"Suplemen {joined}"


# --- the parts of the document -----------------------------------------------------------------


def _head(report: IncidentReport, width: float) -> list[Flowable]:
    story: list[Flowable] = [_p("LAPORAN KEJADIAN", "title")]
    if report.number:
        story.append(_p(f"NOMOR {report.number}", "number"))
    if report.draft:
        story += [
            Spacer(1, 3 * mm),
            _boxed(
                "<b>KONSEP</b> — laporan ini belum disetujui pimpinan dan belum bernomor; "
                "bukan laporan resmi.",
                width,
            ),
        ]
    later = [s.number for s in report.supplements if s.after_issue]
    if report.issued_before is not None:
        issued = report.issued_before
        text = (
            f"Cetakan tanpa nomor. Laporan Kejadian ini telah diterbitkan dengan Nomor "
            f"<b>{escape(issued.number)}</b> tanggal {escape(full_date(issued.issued_on))}."
        )
        if later:
            text += f" {_numbers(later)} ditulis sesudah laporan bernomor itu diterbitkan."
        story += [Spacer(1, 3 * mm), _boxed(text, width)]
    return story


def _what_when_where(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(1, "Kejadian (Apa, Kapan, Di Mana)")
    what = Paragraph(
        f"<b>{escape(report.type_name)}</b> — {escape(report.summary)}", _styles()["text"]
    )
    rows: list[tuple[str, Flowable]] = [
        ("Nomor kejadian", _p(report.incident_number, "text")),
        ("Apa", what),
        ("Tingkat", _p(report.severity, "text")),
        ("Kapan", _p(_when(report.happened_at), "text")),
        ("Dilaporkan", _p(_when(report.reported_at), "text")),
        ("Di mana", _p(report.place, "text")),
    ]
    return [*story, _fields(rows, width)]


def _people(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(2, "Pihak yang Terlibat (Siapa)", kept=False)
    if not report.people:
        return [*story, _nihil()]
    header = ["No", "Peran", "Nama", "Status", "No. Register/NIP/Identitas", "Keterangan"]
    rows: list[list[Flowable]] = [[_p(text, "head") for text in header]]
    for number, person in enumerate(report.people, start=1):
        rows.append(
            [
                _p(f"{number}.", "num"),
                _p(person.role),
                _p(person.name),
                _p(person.status),
                _p(person.identity or "—", "cell" if person.identity else "centre"),
                _p(person.note),
            ]
        )
    # The identity column holds a grouped NIP on one line.
    widths = _fill([8 * mm, 17 * mm, 0, 21 * mm, 46 * mm, 28 * mm], width)
    return [*story, _grid(rows, widths)]


def _chronology(report: IncidentReport) -> list[Flowable]:
    # Not kept with the text: a chronology of one long paragraph starts under its heading.
    story = _heading(3, "Kronologi (Mengapa dan Bagaimana)", kept=False)
    paragraphs = _prose(report.chronology)
    return [*story, *(paragraphs or [_nihil()])]


def _on_duty(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(4, "Petugas Jaga pada Saat Kejadian")
    rows: list[tuple[str, Flowable]] = [
        ("Regu", _p(report.regu or "—", "text")),
        ("Karupam", _p(report.karupam or "—", "text")),
        ("Shift", _p(report.shift or "—", "text")),
    ]
    return [*story, _fields(rows, width)]


def _actions(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(5, "Tindakan yang Diambil", kept=False)
    if not report.actions:
        return [*story, _nihil()]
    rows: list[list[Flowable]] = [[_p("Waktu", "head"), _p("Tindakan", "head"), _p("Oleh", "head")]]
    times = _times([a.at for a in report.actions])
    for shown, action in zip(times, report.actions, strict=True):
        rows.append([_lines(shown), _p(action.text), _p(action.by or "—")])
    return [*story, _grid(rows, _fill([30 * mm, 0, 45 * mm], width))]


def _notifications(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(6, "Pelaporan Berjenjang", kept=False)
    if not report.notifications:
        return [*story, _nihil()]
    header = ["Waktu", "Kepada", "Nama/Jabatan", "Cara"]
    rows: list[list[Flowable]] = [[_p(text, "head") for text in header]]
    times = _times([n.at for n in report.notifications])
    for shown, notice in zip(times, report.notifications, strict=True):
        rows.append([_lines(shown), _p(notice.level), _p(notice.whom), _p(notice.how or "—")])
    return [*story, _grid(rows, _fill([30 * mm, 28 * mm, 0, 28 * mm], width))]


def _harm(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(7, "Korban Luka dan Kerusakan")
    rows: list[tuple[str, Flowable]] = [
        ("Korban luka", _lines(report.injuries or NIHIL, "text")),
        ("Kerusakan", _lines(report.damage or NIHIL, "text")),
    ]
    return [*story, _fields(rows, width)]


def _custody_text(lines: Sequence[Custody]) -> str:
    parts = []
    for line in lines:
        place = f", {line.place}" if line.place else ""
        parts.append(f"Sejak {_moment(line.since)}: {line.holder}{place}")
    return "\n".join(parts)


def _evidence(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(8, "Barang Bukti", kept=False)
    if not report.evidence:
        return [*story, _nihil()]
    header = ["No", "Barang", "Jumlah", "Keterangan", "Penguasaan (terakhir di bawah)"]
    rows: list[list[Flowable]] = [[_p(text, "head") for text in header]]
    for number, item in enumerate(report.evidence, start=1):
        rows.append(
            [
                _p(f"{number}.", "num"),
                _p(item.description),
                _p(str(item.quantity), "num"),
                _p(item.note),
                _lines(_custody_text(item.custody) or "—"),
            ]
        )
    widths = _fill([8 * mm, 0, 15 * mm, 30 * mm, 62 * mm], width)
    return [*story, _grid(rows, widths)]


def _tasks(report: IncidentReport, width: float) -> list[Flowable]:
    story = _heading(9, "Tindak Lanjut", kept=False)
    if not report.tasks:
        return [*story, _nihil()]
    header = ["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu", "Status"]
    rows: list[list[Flowable]] = [[_p(text, "head") for text in header]]
    for number, task in enumerate(report.tasks, start=1):
        rows.append(
            [
                _p(f"{number}.", "num"),
                _p(task.text),
                _p(task.owner or "—"),
                _p(full_date(task.due_on) if task.due_on else "—"),
                _p(task.status),
            ]
        )
    widths = _fill([8 * mm, 0, 38 * mm, 28 * mm, 24 * mm], width)
    return [*story, _grid(rows, widths)]


def _approval_text(approval: ApprovalNote | None) -> Paragraph:
    if approval is None:
        return _p("Belum disetujui.", "text")
    who = escape(approval.name)
    if approval.identity:
        who += f" ({escape(approval.identity)})"
    if approval.position:
        who += f", {escape(approval.position)}"
    if approval.on_paper is not None:
        scan = f"; pindaian tersimpan: {escape(approval.scan)}" if approval.scan else ""
        when = (
            f"disetujui di atas kertas pada {escape(long_date(approval.on_paper))}"
            f" (dicatat dalam aplikasi{scan})"
        )
    else:
        when = f"disetujui pada {escape(_when(approval.at))}"
    return Paragraph(f"{who}<br/>{when}", _styles()["text"])


def _status(report: IncidentReport, width: float) -> list[Flowable]:
    heading = _p(f"{SECTIONS[9]}. Status dan Persetujuan", "heading-kept")
    rows: list[tuple[str, Flowable]] = [
        ("Status", _p(report.status, "text")),
        ("Persetujuan", _approval_text(report.approval)),
    ]
    return [heading, _fields(rows, width)]


def _supplement_units(report: IncidentReport) -> list[list[Flowable]]:
    """XI in units: the heading with the first supplement's lead and first paragraph, each
    later lead with its first paragraph, then a unit per paragraph. A lead starts a page when
    too little is left for it and two lines under it."""
    units: list[list[Flowable]] = []
    for index, supplement in enumerate(report.supplements):
        written = escape(_moment(supplement.written_at))
        lead = (
            f"<b>SUPLEMEN {supplement.number}</b> — ditulis {written}"
            f" oleh {escape(supplement.author)}"
        )
        if supplement.after_issue:
            lead += " <i>(sesudah laporan bernomor diterbitkan)</i>"
        first: list[Flowable] = [Paragraph(lead, _styles()["lead"])]
        if index == 0:  # the section's own room is asked for before the heading
            first.insert(0, _p(f"{SECTIONS[10]}. Suplemen", "heading"))
        else:
            first.insert(0, CondPageBreak(LEAD_ROOM))
        paragraphs = _prose(supplement.text) or [_nihil()]
        units.append([*first, paragraphs[0]])
        units += [[paragraph] for paragraph in paragraphs[1:]]
    return units


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 1000 * mm)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _tail_start(units: Sequence[Sequence[Flowable]], width: float) -> int:
    """Where the end that goes with the signatures begins: as many of the last units as fit
    in KEEP_WITH_SIGNATURES, and always at least the last one."""
    start, height = len(units) - 1, _height(units[-1], width)
    while start > 0:
        height += _height(units[start - 1], width)
        if height > KEEP_WITH_SIGNATURES:
            break
        start -= 1
    return start


def _signatures(report: IncidentReport, width: float) -> list[Flowable]:
    """The blocks side by side, line for line: role, title, the space to sign, the name (or a
    dotted line to write it by hand), the NIP and a small note."""
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    if report.city:
        day = full_date(report.dated) if report.dated else "." * 30
        story += [_p(f"{report.city}, {day}", "right"), Spacer(1, 3 * mm)]
    signers = report.signatures
    if not signers:
        return story
    rows: list[list[Flowable]] = [
        [_p(f"{signer.role},", "sign") for signer in signers],
        [_p(signer.title, "sign") for signer in signers],
        [Spacer(1, SIGNATURE_SPACE) for _ in signers],
        [
            Paragraph(f"<b><u>{escape(signer.name)}</u></b>", _styles()["sign"])
            if signer.name
            else _p("(" + "." * 32 + ")", "sign")
            for signer in signers
        ],
        [_p(signer.identity or "NIP. " + "." * 28, "sign") for signer in signers],
        [_p(signer.note, "sign-small") for signer in signers],
    ]
    table = Table(rows, colWidths=[width / len(signers)] * len(signers), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 5), (-1, 5), 2),
            ]
        )
    )
    # A table of one row never splits, so the blocks stay on one page.
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


def _last_lines(unit: Sequence[Flowable], width: float) -> tuple[list[Flowable], list[Flowable]]:
    """A unit too tall to travel with the signatures (one long paragraph): all of it flows
    but the last lines of its paragraph, cut off to stay with them."""
    *before, last = unit
    if not isinstance(last, Paragraph):
        return [], list(unit)
    height = last.wrap(width, 1000 * mm)[1]
    parts = last.split(width, height - TAIL_LINES * last.style.leading)
    if len(parts) != 2:
        return [], list(unit)
    return [*before, parts[0]], [parts[1]]


def _closing(report: IncidentReport, width: float) -> tuple[list[Flowable], list[Flowable]]:
    """X and, when there are supplements, XI: what flows freely, and the end of the last
    section that is kept on one page with the signatures, so they never stand alone at the
    top of a page. Only a bounded end travels with them, so a long text still fills the
    pages before."""
    flowing: list[Flowable] = [CondPageBreak(SECTION_ROOM)]
    units = [_status(report, width)]
    if report.supplements:
        flowing += units[0]
        flowing.append(CondPageBreak(SECTION_ROOM))
        units = _supplement_units(report)
    start = _tail_start(units, width)
    flowing += [flowable for unit in units[:start] for flowable in unit]
    closing = [flowable for unit in units[start:] for flowable in unit]
    if _height(closing, width) > KEEP_WITH_SIGNATURES:
        more, closing = _last_lines(closing, width)
        flowing += more
    return flowing, closing


def render_incident_report(report: IncidentReport, profile: InstitutionProfile) -> bytes:
    # The frame keeps 6 pt of padding on each side; tables must fit inside it.
    width = page_size(report.paper)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12
    story: list[Flowable] = _head(report, width)
    story.append(Spacer(1, 2 * mm))
    story += _what_when_where(report, width)
    story += _people(report, width)
    story += _chronology(report)
    story += _on_duty(report, width)
    story += _actions(report, width)
    story += _notifications(report, width)
    story += _harm(report, width)
    story += _evidence(report, width)
    story += _tasks(report, width)
    flowing, closing = _closing(report, width)
    story += flowing
    story.append(KeepTogether([*closing, *_signatures(report, width)]))
    title = "Laporan Kejadian " + (report.number or report.incident_number)
    footer = audit_footer(report.audit_code) or (DRAFT_FOOTER if report.draft else "")
    # Not approved, or approved but never issued: the print is not (yet) the letter.
    draft = report.draft or (not report.number and report.issued_before is None)
    return build_pdf(story, profile, paper=report.paper, title=title, footer=footer, draft=draft)
