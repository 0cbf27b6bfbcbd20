"""The arithmetic and the rules of a shift handover (serah terima jaga), as pure functions.

The inmate count (isi) is kept per block and category: what the outgoing shift found (opening),
what came in and went out during the shift, and what should be there at the end (closing =
opening + in − out). The number actually counted at the handover is compared with it; a difference
is never hidden, it needs an explanation. Movements are applied in the order they happened, so a
block can never be shown with fewer than zero people at any moment of the shift.

Equipment is checked item by item; a missing firearm or ammunition is a hard warning that proposes
recording an incident. A handover moves through its signatures: draft → handed over → received
(locked: later facts are numbered addenda) → acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.formatting import clock, full_date, long_date, short_date, weekday_short
from rutan_desk.domain.shifts import ShiftType

CountKey = tuple[int, int]  # (block_id, category_id)

MINUTES_PER_DAY = 24 * 60
# No block of a Rutan holds this many; a number beyond it is a slip of the keyboard (and 2^63
# would overflow the database's integers), refused with a message rather than stored.
MAX_HEADCOUNT = 99_999
# Places in the lists of blocks, categories and equipment: no office has more entries, and
# an order beyond the column's integers would be refused raw by the database.
MAX_SORT_ORDER = 9_999


# -- the shift change and the people ------------------------------------------------------


class OfficerSide(StrEnum):
    OUTGOING = "outgoing"  # the regu handing over
    INCOMING = "incoming"  # the regu taking over
    EXTERNAL = "external"  # police, TNI or others present on either shift


class OfficerStatus(StrEnum):
    HADIR = "hadir"
    TIDAK_HADIR = "tidak_hadir"
    TERLAMBAT = "terlambat"


def next_shift(
    shift_types: Sequence[ShiftType],
    day: date,
    outgoing_code: str,
    *,
    incoming_code: str | None = None,
) -> tuple[date, ShiftType]:
    """The shift that takes over from ``outgoing_code`` of ``day``, and the day it starts: the
    working shift (``incoming_code`` if given) starting nearest to the end of the outgoing one
    and after its start, the first in the settings' order on a tie. After the night shift it is
    the next day's morning."""
    shifts = [shift for shift in shift_types if shift.working]
    outgoing = next((shift for shift in shifts if shift.code == outgoing_code), None)
    if outgoing is None:
        raise ValidationError(
            [FieldError("outgoing_shift", "shift_not_working", {"code": outgoing_code})]
        )
    if incoming_code is not None and incoming_code not in {shift.code for shift in shifts}:
        raise ValidationError(
            [FieldError("incoming_shift", "shift_not_working", {"code": incoming_code})]
        )
    start, end = outgoing.interval(day)
    candidates = [
        (abs(candidate.interval(d)[0] - end), order, d, candidate)
        for order, candidate in enumerate(shifts)
        if incoming_code is None or candidate.code == incoming_code
        for d in (day, day + timedelta(days=1), day + timedelta(days=2))
        if candidate.interval(d)[0] > start
    ]
    _, _, incoming_day, incoming = min(candidates, key=lambda c: (c[0], c[1], c[2]))
    return incoming_day, incoming


# -- when a handover's shift ran ----------------------------------------------------------
# A handover is filed under the day its outgoing shift began; a night shift ends, and is handed
# over, the next morning. Every place that names a handover (the history, the form, the printed
# report) words its time span with these, so the two dates are never confused.


def _weekday(day: date) -> str:
    """``Rabu``: the weekday as ``long_date`` words it (it comes before a comma there)."""
    return long_date(day).split(",", 1)[0]


def shift_span_text(day: date, shift: ShiftType) -> str:
    """The outgoing shift in full, for the form and the report: ``Malam, Rabu 31 Desember 2025
    19.00 – Kamis 1 Januari 2026 07.00 WIB``; a shift within one day names its day once: ``Pagi,
    Rabu 31 Desember 2025 07.00–13.00 WIB``."""
    first = f"{_weekday(day)} {full_date(day)}"
    if not shift.working:
        return f"{shift.name}, {first}"
    begin, end = shift.interval(day)
    if end.date() == begin.date():
        return f"{shift.name}, {first} {clock(begin, zone=False)}–{clock(end)}"
    last = f"{_weekday(end.date())} {full_date(end.date())}"
    return f"{shift.name}, {first} {clock(begin, zone=False)} – {last} {clock(end)}"


def shift_span_short(day: date, shift: ShiftType) -> str:
    """The same for a list column: ``Rab 31-12-2025 19.00 – Kam 01-01-2026 07.00`` or ``Rab
    31-12-2025 07.00–13.00`` (the shift's name is in a column of its own)."""
    first = f"{weekday_short(day)} {short_date(day)}"
    if not shift.working:
        return first
    begin, end = shift.interval(day)
    if end.date() == begin.date():
        return f"{first} {clock(begin, zone=False)}–{clock(end, zone=False)}"
    last = f"{weekday_short(end.date())} {short_date(end.date())}"
    return f"{first} {clock(begin, zone=False)} – {last} {clock(end, zone=False)}"


def moment_in_shift(shift_start: datetime, at: time) -> datetime:
    """The date and time of ``at`` in the shift that began at ``shift_start``: in a night shift
    begun on 31 December at 19.00, 02.15 is on 1 January."""
    return shift_start.replace(second=0, microsecond=0) + timedelta(
        minutes=minutes_into_shift(at, shift_start.time())
    )


# -- movements ----------------------------------------------------------------------------


class Direction(StrEnum):
    MASUK = "masuk"  # into the Rutan (or back into it)
    KELUAR = "keluar"  # out of it, for good or for a while


class MovementReason(StrEnum):
    BARU = "baru"
    KEMBALI_SIDANG = "kembali_sidang"
    KEMBALI_RS = "kembali_rs"
    KEMBALI_CUTI = "kembali_cuti"
    PINDAHAN_MASUK = "pindahan_masuk"
    BEBAS = "bebas"
    PINDAH = "pindah"
    SIDANG = "sidang"
    RUMAH_SAKIT = "rumah_sakit"
    KAWAL = "kawal"
    MENINGGAL = "meninggal"


REASON_LABELS: dict[MovementReason, str] = {
    MovementReason.BARU: "Tahanan baru",
    MovementReason.KEMBALI_SIDANG: "Kembali dari sidang",
    MovementReason.KEMBALI_RS: "Kembali dari rumah sakit",
    MovementReason.KEMBALI_CUTI: "Kembali dari cuti/izin",
    MovementReason.PINDAHAN_MASUK: "Pindahan dari UPT lain",
    MovementReason.BEBAS: "Bebas",
    MovementReason.PINDAH: "Pindah ke UPT lain",
    MovementReason.SIDANG: "Ke sidang",
    MovementReason.RUMAH_SAKIT: "Ke rumah sakit",
    MovementReason.KAWAL: "Dikawal keluar",
    MovementReason.MENINGGAL: "Meninggal dunia",
}

REASONS: dict[Direction, tuple[MovementReason, ...]] = {
    Direction.MASUK: (
        MovementReason.BARU,
        MovementReason.KEMBALI_SIDANG,
        MovementReason.KEMBALI_RS,
        MovementReason.KEMBALI_CUTI,
        MovementReason.PINDAHAN_MASUK,
    ),
    Direction.KELUAR: (
        MovementReason.BEBAS,
        MovementReason.PINDAH,
        MovementReason.SIDANG,
        MovementReason.RUMAH_SAKIT,
        MovementReason.KAWAL,
        MovementReason.MENINGGAL,
    ),
}


def direction_of(reason: MovementReason) -> Direction:
    return Direction.MASUK if reason in REASONS[Direction.MASUK] else Direction.KELUAR


@dataclass(frozen=True)
class Movement:
    """``count`` inmates of one category moved into or out of one block at ``at``."""

    at: time
    direction: Direction
    reason: MovementReason
    block_id: int
    category_id: int
    count: int
    note: str = ""  # reference: court letter, hospital, escort order ...

    @property
    def key(self) -> CountKey:
        return (self.block_id, self.category_id)


@dataclass(frozen=True)
class Tally:
    opening: int
    came_in: int
    went_out: int
    closing: int


def minutes_into_shift(at: time, shift_start: time | None) -> int:
    """Minutes from the start of the shift to ``at``: on a night shift 02.00 comes after 23.00."""
    minutes = at.hour * 60 + at.minute
    if shift_start is None:
        return minutes
    return (minutes - (shift_start.hour * 60 + shift_start.minute)) % MINUTES_PER_DAY


def within_shift(at: time, start: time, end: time) -> bool:
    """Whether ``at`` falls in the shift from ``start`` to ``end`` (both included); a shift whose
    end is not after its start runs over midnight."""
    length = minutes_into_shift(end, start) or MINUTES_PER_DAY
    return minutes_into_shift(at, start) <= length


def tally(
    opening: Mapping[CountKey, int],
    movements: Iterable[Movement],
    shift_start: time | None,
) -> dict[CountKey, Tally]:
    """Opening, in, out and closing per block and category.

    Movements are applied in the order of the shift (arrivals before departures at the same
    minute). Raises ``ValidationError`` when a count is negative, a reason does not fit its
    direction, or more people would leave a block than were there at that moment. The errors
    name the movement by its position in ``movements`` (``row``), its block, category and time."""
    errors: list[FieldError] = []
    current: dict[CountKey, int] = {}
    came_in: dict[CountKey, int] = {}
    went_out: dict[CountKey, int] = {}
    for key, count in opening.items():
        if count < 0:
            errors.append(
                FieldError("opening", "count_negative", {"block": key[0], "category": key[1]})
            )
        elif count > MAX_HEADCOUNT:
            errors.append(
                FieldError(
                    "opening",
                    "count_too_large",
                    {"block": key[0], "category": key[1], "high": MAX_HEADCOUNT},
                )
            )
        current[key] = min(max(count, 0), MAX_HEADCOUNT)
    listed = list(enumerate(movements))
    listed.sort(
        key=lambda item: (
            minutes_into_shift(item[1].at, shift_start),
            item[1].direction != Direction.MASUK,
        )
    )
    overdrawn: set[CountKey] = set()
    for row, movement in listed:
        key = movement.key
        params = {
            "row": row,
            "block": key[0],
            "category": key[1],
            "time": clock(movement.at, zone=False),
        }
        if movement.count <= 0:
            errors.append(FieldError("movements", "movement_count_positive", params))
            continue
        if movement.count > MAX_HEADCOUNT:
            errors.append(
                FieldError("movements", "count_too_large", params | {"high": MAX_HEADCOUNT})
            )
            continue
        if direction_of(movement.reason) != movement.direction:
            errors.append(FieldError("movements", "movement_reason_direction", params))
            continue
        current.setdefault(key, 0)
        if movement.direction == Direction.MASUK:
            current[key] += movement.count
            came_in[key] = came_in.get(key, 0) + movement.count
            continue
        if movement.count > current[key] and key not in overdrawn:
            overdrawn.add(key)
            errors.append(
                FieldError(
                    "movements",
                    "movement_exceeds_count",
                    {**params, "count": movement.count, "present": current[key]},
                )
            )
        current[key] -= movement.count
        went_out[key] = went_out.get(key, 0) + movement.count
    if errors:
        raise ValidationError(errors)
    return {
        key: Tally(
            opening=opening.get(key, 0),
            came_in=came_in.get(key, 0),
            went_out=went_out.get(key, 0),
            closing=closing,
        )
        for key, closing in current.items()
    }


def differences(
    tallies: Mapping[CountKey, Tally], counted: Mapping[CountKey, int]
) -> dict[CountKey, int]:
    """Counted − closing for every block and category where they differ (a counted key without
    a tally had nobody in it; a tally without a count is a missing entry, not a difference)."""
    result: dict[CountKey, int] = {}
    for key, number in counted.items():
        expected = tallies[key].closing if key in tallies else 0
        if number != expected:
            result[key] = number - expected
    return result


# -- equipment ----------------------------------------------------------------------------


class EquipmentKind(StrEnum):
    KUNCI = "kunci"
    GEMBOK = "gembok"
    SENJATA = "senjata"
    AMUNISI = "amunisi"
    HT = "ht"
    BORGOL = "borgol"
    SENTER = "senter"
    BUKU = "buku"
    LAIN = "lain"


EQUIPMENT_KIND_LABELS: dict[EquipmentKind, str] = {
    EquipmentKind.KUNCI: "Kunci",
    EquipmentKind.GEMBOK: "Gembok",
    EquipmentKind.SENJATA: "Senjata api",
    EquipmentKind.AMUNISI: "Amunisi",
    EquipmentKind.HT: "HT (radio)",
    EquipmentKind.BORGOL: "Borgol",
    EquipmentKind.SENTER: "Senter",
    EquipmentKind.BUKU: "Buku laporan",
    EquipmentKind.LAIN: "Lain-lain",
}


class Condition(StrEnum):
    BAIK = "baik"
    RUSAK = "rusak"
    HILANG = "hilang"


def equipment_summary(expected: int, quantity: int, condition: Condition, damaged: int) -> str:
    """One item's check as it reads on paper: ``8 unit: 7 baik, 1 rusak``, ``8 unit: 8 baik``,
    ``6 unit: 5 baik, 1 tidak ada``, ``1 unit: 1 hilang``. ``damaged`` is how many of those
    present are damaged; a line marked damaged before the count was kept (0) says only
    "rusak"."""
    total = max(expected, quantity)
    absent = max(expected - quantity, 0)
    parts: list[str] = []
    if condition == Condition.RUSAK and damaged == 0:
        parts.append(f"{quantity} rusak" if quantity == 1 else "rusak")
    else:
        good = quantity - damaged
        if good or not (damaged or absent):
            parts.append(f"{good} baik")
        if damaged:
            parts.append(f"{damaged} rusak")
    if absent:
        parts.append(f"{absent} {'hilang' if condition == Condition.HILANG else 'tidak ada'}")
    elif condition == Condition.HILANG:
        parts = ["hilang"]
    return f"{total} unit: {', '.join(parts)}"


@dataclass(frozen=True)
class EquipmentCheck:
    item_id: int
    name: str
    kind: EquipmentKind
    expected: int
    quantity: int
    condition: Condition
    serial: str = ""


@dataclass(frozen=True)
class EquipmentWarning:
    item_id: int
    name: str
    code: str  # "firearm_missing", "ammunition_short", "equipment_missing", "equipment_damaged"
    hard: bool
    propose_incident: bool
    expected: int
    quantity: int


def equipment_warnings(items: Iterable[EquipmentCheck]) -> list[EquipmentWarning]:
    """What the handover must point out, hard warnings first. A firearm short or lost and
    ammunition short or lost are hard and propose an incident record; any other item short or
    lost, and damage to anything, are soft."""
    warnings: list[EquipmentWarning] = []
    for item in items:
        missing = item.quantity < item.expected or item.condition == Condition.HILANG
        code = ""
        if missing and item.kind == EquipmentKind.SENJATA:
            code = "firearm_missing"
        elif missing and item.kind == EquipmentKind.AMUNISI:
            code = "ammunition_short"
        elif missing:
            code = "equipment_missing"
        elif item.condition == Condition.RUSAK:
            code = "equipment_damaged"
        if not code:
            continue
        hard = code in ("firearm_missing", "ammunition_short")
        warnings.append(
            EquipmentWarning(
                item.item_id, item.name, code, hard, hard, item.expected, item.quantity
            )
        )
    warnings.sort(key=lambda warning: not warning.hard)
    return warnings


# -- signing ------------------------------------------------------------------------------


class HandoverStatus(StrEnum):
    DRAFT = "draft"
    HANDED_OVER = "handed_over"  # the outgoing Karupam signed
    RECEIVED = "received"  # the incoming Karupam signed: locked
    ACKNOWLEDGED = "acknowledged"  # the Ka KPR (or the duty officer) signed

    @property
    def locked(self) -> bool:
        return self in (HandoverStatus.RECEIVED, HandoverStatus.ACKNOWLEDGED)


class SignRole(StrEnum):
    HAND_OVER = "hand_over"
    RECEIVE = "receive"
    ACKNOWLEDGE = "acknowledge"


class Acknowledger(StrEnum):
    KA_KPR = "Ka KPR"
    PERWIRA_PIKET = "Perwira Piket"


_SIGNING: dict[SignRole, tuple[HandoverStatus, HandoverStatus]] = {
    SignRole.HAND_OVER: (HandoverStatus.DRAFT, HandoverStatus.HANDED_OVER),
    SignRole.RECEIVE: (HandoverStatus.HANDED_OVER, HandoverStatus.RECEIVED),
    SignRole.ACKNOWLEDGE: (HandoverStatus.RECEIVED, HandoverStatus.ACKNOWLEDGED),
}


def status_after(status: HandoverStatus, role: SignRole) -> HandoverStatus:
    """The status a signature leads to; refused out of order (receive before hand-over, ...)."""
    needed, reached = _SIGNING[role]
    if status != needed:
        raise ValidationError(
            [FieldError("role", "sign_out_of_order", {"status": status.value, "role": role.value})]
        )
    return reached


OFFICE_OPENS = time(7, 30)
OFFICE_CLOSES = time(16, 0)


def acknowledger_at(moment: datetime, *, holiday: bool = False) -> Acknowledger:
    """Who acknowledges at ``moment``: the Ka KPR in office hours (Monday to Friday, 07.30–16.00,
    not a holiday), the duty officer (perwira piket) outside them."""
    in_office = (
        not holiday and moment.weekday() < 5 and OFFICE_OPENS <= moment.time() < OFFICE_CLOSES
    )
    return Acknowledger.KA_KPR if in_office else Acknowledger.PERWIRA_PIKET
