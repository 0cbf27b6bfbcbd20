"""Who is on the day's piket sheet, and in what role: the people at each post, then those not at
a post named by their role (the Karupam of the regu, the Ka KPR, piket staff, police and other
external personnel with rank, NRP and unit), and who signs the sheet: the Karupam of each shift
and, acknowledging it, the Ka KPR."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from rutan_desk.domain.formatting import clock, full_date
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import ExternalIdKind, StaffKind
from rutan_desk.reports.kamtib_parts import Signer
from rutan_desk.reports.piket_sheet import PostCrew, ShiftCrew
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.staff.records import HEAD_OF_SECURITY
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import PostRow, ReguRow, RosterEntryRow
from rutan_desk.store.models.staff import StaffRow

# The roles of those not at a post, in the order the sheet lists them.
KARUPAM, KA_KPR, PIKET, EXTERNAL, MEMBER = "Karupam", "Ka KPR", "Piket", "Bantuan", "Anggota regu"
_ROLE_ORDER = (KARUPAM, KA_KPR, PIKET, EXTERNAL, MEMBER)
_NRP = (ExternalIdKind.NRP_POLRI.value, ExternalIdKind.NRP_TNI.value)


@dataclass(frozen=True)
class PiketCrew:
    shifts: list[ShiftCrew]
    karupam: list[Signer]  # one per shift, in the order of the shifts
    ka_kpr: Signer


def shift_label(shift: ShiftType, day: date) -> str:
    """``Pagi 07.00–13.00 WIB``; a shift past midnight says when it ends: ``Malam 19.00 WIB –
    Senin, 1 Januari 2024 07.00 WIB``."""
    if shift.start is None or shift.end is None:
        return shift.name
    begin, end = shift.interval(day)
    if end.date() == begin.date():
        return f"{shift.name} {clock(shift.start, zone=False)}–{clock(shift.end)}"
    return f"{shift.name} {clock(shift.start)} – {full_date(end.date())} {clock(shift.end)}"


def person_line(person: StaffRow) -> str:
    """Own staff by name; external personnel with rank, NRP and unit, as a duty order names them:
    ``Bripka Agus Wibowo, NRP 87053286, Polres Blora``."""
    if person.kind != StaffKind.EXTERNAL.value:
        return person.name
    parts = [" ".join(part for part in (person.external_rank, person.name) if part)]
    if person.external_id:
        label = "NRP" if person.external_id_kind in _NRP else "No. identitas"
        parts.append(f"{label} {person.external_id}")
    if person.agency:
        parts.append(person.agency)
    return ", ".join(parts)


def _role(person: StaffRow, duty_kind: str, karupam_of: dict[int, str]) -> str:
    if person.id in karupam_of:
        return f"{KARUPAM} {karupam_of[person.id]}"
    if person.position == HEAD_OF_SECURITY:
        return KA_KPR
    if person.kind == StaffKind.EXTERNAL.value:
        return EXTERNAL
    return PIKET if duty_kind == "piket" else MEMBER


def _role_rank(role: str) -> int:
    return next(rank for rank, name in enumerate(_ROLE_ORDER) if role.startswith(name))


def _nip(person: StaffRow | None) -> str:
    return f"NIP. {format_nip(person.nip)}" if person is not None and person.nip else ""


def piket_crew(db: Database, day: date) -> PiketCrew:
    """The day's working shifts with their posts, those not at a post by role, and the signers."""
    with db.read() as session:
        shifts = [shift for shift in shift_types_in(session) if shift.working]
        rows = session.execute(
            select(RosterEntryRow.shift_code, RosterEntryRow.duty_kind, PostRow.name, StaffRow)
            .join(StaffRow, StaffRow.id == RosterEntryRow.staff_id)
            .outerjoin(PostRow, PostRow.id == RosterEntryRow.post_id)
            .where(RosterEntryRow.day == day)
            .order_by(PostRow.sort_order, StaffRow.name)
        ).all()
        karupam_of: dict[int, str] = {
            staff_id: name
            for staff_id, name in session.execute(
                select(ReguRow.karupam_id, ReguRow.name).where(
                    ReguRow.active, ReguRow.karupam_id.is_not(None)
                )
            )
            if staff_id is not None
        }
        ka_kpr = session.scalar(
            select(StaffRow)
            .where(StaffRow.active, StaffRow.position == HEAD_OF_SECURITY)
            .order_by(StaffRow.id)
        )
        session.expunge_all()  # plain values from here on
    # Per shift: the posts in their order, then those not at a post, grouped by role.
    at_posts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    by_role: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    leaders: dict[str, StaffRow] = {}
    for code, duty_kind, post, person in rows:
        if post:
            at_posts[code][post].append(person_line(person))
        else:
            by_role[code][_role(person, duty_kind, karupam_of)].append(person_line(person))
        if person.id in karupam_of:
            leaders.setdefault(code, person)
    crews, signers = [], []
    for shift in shifts:
        if shift.code not in at_posts and shift.code not in by_role:
            continue
        roles = sorted(by_role[shift.code].items(), key=lambda item: _role_rank(item[0]))
        crews.append(
            ShiftCrew(
                shift_label(shift, day),
                [
                    PostCrew(name, people)
                    for name, people in [*at_posts[shift.code].items(), *roles]
                ],
            )
        )
        leader = leaders.get(shift.code)
        signers.append(
            Signer(
                f"Karupam Dinas {shift.name}",
                karupam_of[leader.id] if leader else "",
                leader.name if leader else "",
                _nip(leader),
            )
        )
    head = Signer("Mengetahui", HEAD_OF_SECURITY, ka_kpr.name if ka_kpr else "", _nip(ka_kpr))
    return PiketCrew(crews, signers, head)
