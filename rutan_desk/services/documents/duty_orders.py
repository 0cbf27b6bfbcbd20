"""The duty order (Surat Perintah): the people of the chosen shifts from the roster, with NIP
or NRP, rank and duty (the shift with its hours, the post; the day too when the order covers
several), the alert period's circular in the Dasar, the Kanwil of the office's profile in the
Tembusan; drafted for reading and issued through the register."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import clock, long_date
from rutan_desk.domain.institution import InstitutionProfile
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.ranks import civil_service_rank
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import character_errors
from rutan_desk.reports.duty_order import DutyOrder, OrderedPerson, Signatory, render_duty_order
from rutan_desk.services.calendar.queries import alerts_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import (
    IssuedDocument,
    document_settings,
    issue_document,
)
from rutan_desk.services.institution import get_profile
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.validation import text_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.documents import IssuedDocumentRow
from rutan_desk.store.models.roster import PostRow, RosterEntryRow, ShiftTypeRow
from rutan_desk.store.models.staff import StaffRow

KIND = "surat_perintah"


DRAFT_NUMBER = "…………………………"


STANDING_BASIS = (
    "Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan;",
    "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 33 Tahun 2015 tentang Pengamanan pada "
    "Lembaga Pemasyarakatan dan Rumah Tahanan Negara;",
)


PIKET_TASKS = (
    "Melaksanakan tugas jaga pada tanggal, dinas dan pos sebagaimana tersebut di atas;",
    "Melaksanakan apel serah terima jaga dan melaporkan pelaksanaan tugas kepada Kepala "
    "Kesatuan Pengamanan Rutan atau Perwira Piket;",
    "Melaksanakan perintah ini dengan penuh rasa tanggung jawab.",
)


ALERT_TASKS = (
    "Melaksanakan tugas pengamanan dalam rangka siaga pada tanggal, dinas dan pos sebagaimana "
    "tersebut di atas;",
    "Meningkatkan kewaspadaan, melakukan kontrol keliling dan penggeledahan sesuai petunjuk "
    "Kepala Kesatuan Pengamanan Rutan;",
    "Segera melaporkan setiap gangguan keamanan dan ketertiban kepada Kepala Kesatuan Pengamanan "
    "Rutan atau Perwira Piket;",
    "Melaksanakan perintah ini dengan penuh rasa tanggung jawab.",
)


POLICE_TASKS = (
    "Melaksanakan pengamanan bersama petugas Rutan pada tanggal, dinas dan pos sebagaimana "
    "tersebut di atas;",
    "Berkoordinasi dengan Kepala Regu Pengamanan yang bertugas dan mengikuti apel serah terima "
    "jaga;",
    "Melaksanakan perintah ini dengan penuh rasa tanggung jawab.",
)


# Task templates the clerk starts from; the text stays editable in the form.
TASK_TEMPLATES: dict[str, tuple[str, ...]] = {
    "Piket jaga": PIKET_TASKS,
    "Siaga / hari besar": ALERT_TASKS,
    "Pengamanan bersama Polri": POLICE_TASKS,
}


# The Tembusan when the office's profile names no Kanwil; the archive copy is not listed.
DEFAULT_COPIES = ("Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan",)
# Words kept in capitals when a name from the letterhead is written in title case.
ACRONYMS = frozenset({"DKI", "RI", "HAM"})


MAX_ORDER_DAYS = 31
MAX_ORDER_LINE = 600  # characters of one Menimbang, Untuk or Tembusan line: a long paragraph


class Signing(StrEnum):
    """Who signs: the head, a day-to-day stand-in (Plh.), or someone on the head's behalf (a.n.)."""

    HEAD = "head"
    STAND_IN = "plh"
    ON_BEHALF = "an"


@dataclass(frozen=True)
class DutyOrderRequest:
    """What the clerk fills in for a Surat Perintah; the people come from the roster."""

    first: date
    last: date
    shifts: frozenset[str]
    issued_on: date
    title: str
    considering: tuple[str, ...] = ()
    tasks: tuple[str, ...] = PIKET_TASKS
    copies: tuple[str, ...] | None = None  # None: the office's (``default_copies``)
    signing: Signing = Signing.HEAD
    signer_id: int | None = None  # the Plh. or the official signing a.n.


def _in_sentence(word: str) -> str:
    """A word of a name from the letterhead (in capitals) as written in a sentence."""
    if word.upper() in ACRONYMS:
        return word.upper()
    return word.lower() if word.lower() == "dan" else word.capitalize()


def _title_case(name: str) -> str:
    """ "KANTOR WILAYAH … JAWA TENGAH" as written in a sentence: "Kantor Wilayah … Jawa Tengah"."""
    return " ".join(_in_sentence(word) for word in name.split())


KANWIL = "KANTOR WILAYAH"
COUNTRY = "REPUBLIK INDONESIA"


def default_copies(profile: InstitutionProfile) -> tuple[str, ...]:
    """The Tembusan of an order: the head of the office's Kanwil, named in full from the
    letterhead ("Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah"). A
    letterhead that writes the Kanwil under its ministry's line ("KANTOR WILAYAH JAWA TENGAH",
    as the Kemenkumham's did) gets the ministry named in it: "Kepala Kantor Wilayah
    Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah"."""
    kanwil = " ".join(profile.regional_office.upper().split())
    if not kanwil:
        return DEFAULT_COPIES
    ministry = " ".join(profile.ministry.upper().split()).removesuffix(COUNTRY).strip()
    region = kanwil.removeprefix(KANWIL).strip()
    names_its_owner = any(word in kanwil for word in ("KEMENTERIAN", "DIREKTORAT", "DEPARTEMEN"))
    if kanwil.startswith(KANWIL) and ministry and not names_its_owner:
        kanwil = f"{KANWIL} {ministry} {region}"
    return (f"Kepala {_title_case(kanwil)}",)


def shift_with_hours(shift: ShiftType) -> str:
    """ "Malam 19.00–07.00 WIB"; the name alone for a shift without hours."""
    if shift.start is None or shift.end is None:
        return shift.name
    return f"{shift.name} {clock(shift.start, zone=False)}–{clock(shift.end)}"


def draft_duty_order(
    db: Database, first: date, last: date, shifts: set[str], *, issued_on: date
) -> DutyOrder:
    """Everyone on ``shifts`` between ``first`` and ``last``, with the alert periods' circulars
    in the Dasar. The number is given when the order is issued. For one day, the day is the
    order's (said once) and each duty names the shift with its hours and the post."""
    profile = get_profile(db, issued_on)
    settings = document_settings(db)
    with db.read() as session:
        shifts_by_code = {s.code: s for s in shift_types_in(session)}
        rows = session.execute(
            select(RosterEntryRow.day, RosterEntryRow.shift_code, PostRow.name, StaffRow)
            .join(StaffRow, StaffRow.id == RosterEntryRow.staff_id)
            .outerjoin(PostRow, PostRow.id == RosterEntryRow.post_id)
            .join(ShiftTypeRow, ShiftTypeRow.code == RosterEntryRow.shift_code)
            .where(
                RosterEntryRow.day.between(first, last),
                RosterEntryRow.shift_code.in_(sorted(shifts)),
            )
            .order_by(
                RosterEntryRow.day,
                ShiftTypeRow.sort_order,  # the day's shifts in their order: pagi, siang, malam
                RosterEntryRow.shift_code,
                StaffRow.kind.desc(),
                PostRow.sort_order,
                StaffRow.name,
            )
        ).all()
        circulars = [a.period for a in alerts_in(session, first, last) if a.period.circular_number]
    one_day = first == last
    people = []
    for day, code, post, person in rows:
        if person.kind == "external":
            identity, rank = person.external_id or "", person.external_rank
            position = f"{person.position} {person.agency}".strip()
        else:
            identity = format_nip(person.nip or "")
            label = civil_service_rank(person.golongan)
            rank, position = (label.label() if label else person.golongan), person.position
        shift = shift_with_hours(shifts_by_code[code]) if code in shifts_by_code else code
        day_text = "" if one_day else long_date(day)
        duty = " · ".join(part for part in (day_text, shift, post) if part)
        people.append(OrderedPerson(person.name, identity, rank, position, duty))
    basis = list(STANDING_BASIS)
    basis += [
        f"Surat Edaran Direktur Jenderal Pemasyarakatan Nomor {period.circular_number}"
        + (f" tentang {period.circular_title}" if period.circular_title else "")
        + ";"
        for period in circulars
    ]
    head_nip = profile.head_nip
    return DutyOrder(
        number="",
        basis=basis,
        people=people,
        tasks=list(PIKET_TASKS),
        city=profile.city,
        issued_on=issued_on,
        signatory=Signatory(profile.head_title, profile.head_name, head_nip, profile.head_golongan),
        command_word=settings.command_word,
        copies=list(default_copies(profile)),
        paper=profile.paper_size,
        with_duty_column=True,
        duty_day=first if one_day else None,
        period=(first, last),
    )


def _lines(items: tuple[str, ...]) -> list[str]:
    """The lines as printed: tidied (a control character stays, for the check to refuse)."""
    return [line for line in map(tidy, items) if line]


def _line_errors(field: str, items: tuple[str, ...]) -> list[FieldError]:
    """The first line of ``items`` that is too long or holds a control character."""
    for line in _lines(items):
        if len(line) > MAX_ORDER_LINE:
            return [FieldError(field, "text_too_long", {"max": MAX_ORDER_LINE})]
        if found := character_errors(field, line):
            return found
    return []


def _check_request(request: DutyOrderRequest) -> list[FieldError]:
    errors: list[FieldError] = []
    if request.last < request.first:
        errors.append(FieldError("last", "end_before_start"))
    elif (request.last - request.first).days + 1 > MAX_ORDER_DAYS:
        errors.append(FieldError("last", "order_period_too_long", {"days": MAX_ORDER_DAYS}))
    if not request.shifts:
        errors.append(FieldError("shifts", "order_shifts_required"))
    errors += text_errors("title", request.title.strip(), IssuedDocumentRow.title, required=True)
    if not _lines(request.tasks):
        errors.append(FieldError("tasks", "order_tasks_required"))
    errors += _line_errors("considering", request.considering)
    errors += _line_errors("tasks", request.tasks)
    errors += _line_errors("copies", request.copies or ())
    if request.signing is not Signing.HEAD and request.signer_id is None:
        errors.append(FieldError("signer", "order_signer_required"))
    return errors


def _signatory(db: Database, request: DutyOrderRequest, head: Signatory) -> Signatory:
    if request.signing is Signing.HEAD or request.signer_id is None:
        return head
    with db.read() as session:
        signer = session.get(StaffRow, request.signer_id)
        if signer is None:
            raise NotFoundError(f"staff {request.signer_id}")
        name, nip, golongan = signer.name, signer.nip or "", signer.golongan
        position = signer.position.upper()
    if request.signing is Signing.STAND_IN:
        return Signatory(head.title, name, nip, golongan, prefix="Plh.")
    return Signatory(head.title, name, nip, golongan, prefix="a.n.", own_title=position)


def prepare_duty_order(db: Database, request: DutyOrderRequest) -> DutyOrder:
    """The order as the clerk asked for it: checked, with the people from the roster. Raises
    ValidationError naming the field when the request cannot make an order."""
    errors = _check_request(request)
    if errors:
        raise ValidationError(errors)
    order = draft_duty_order(
        db, request.first, request.last, set(request.shifts), issued_on=request.issued_on
    )
    if not order.people:
        raise ValidationError([FieldError("shifts", "order_nobody_on_duty")])
    return replace(
        order,
        considering=_lines(request.considering),
        tasks=_lines(request.tasks),
        copies=order.copies if request.copies is None else _lines(request.copies),
        signatory=_signatory(db, request, order.signatory),
    )


def duty_order_draft_pdf(db: Database, order: DutyOrder) -> bytes:
    """The order before it has a number, for reading through: the number's place is dotted and
    KONSEP runs across every page."""
    return render_duty_order(
        replace(order, number=DRAFT_NUMBER, draft=True), get_profile(db, order.issued_on)
    )


def issue_duty_order(ctx: ActionContext, order: DutyOrder, title: str) -> IssuedDocument:
    """Number the order, render it with that number, and keep the exact file in the register."""
    profile = get_profile(ctx.db, order.issued_on)
    return issue_document(
        ctx,
        kind=KIND,
        title=title,
        on=order.issued_on,
        source=asdict(order),
        covers=order.period,
        render=lambda number, code: render_duty_order(
            replace(order, number=number, audit_code=code), profile
        ),
    )
