"""What the handover form shows and edits, and what the history lists: plain data between the
handover services and the UI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from rutan_desk.domain.handover import (
    Condition,
    CountKey,
    EquipmentKind,
    EquipmentWarning,
    HandoverStatus,
    Movement,
    OfficerSide,
    OfficerStatus,
    Tally,
)
from rutan_desk.domain.shifts import ShiftType

SIDE_ORDER = {OfficerSide.OUTGOING: 0, OfficerSide.INCOMING: 1, OfficerSide.EXTERNAL: 2}


@dataclass(frozen=True)
class OfficerLine:
    staff_id: int
    side: OfficerSide
    status: OfficerStatus = OfficerStatus.HADIR
    reason: str = ""  # why absent or late
    name: str = ""  # shown only; not saved


@dataclass(frozen=True)
class CountLine:
    block_id: int
    category_id: int
    opening: int = 0  # typed only for the opening balance; otherwise the previous count
    counted: int | None = None  # the number physically counted at the handover


@dataclass(frozen=True)
class EquipmentLine:
    item_id: int
    quantity: int
    condition: Condition = Condition.BAIK
    note: str = ""
    # Shown only; the item's settings are read again when saving.
    name: str = ""
    kind: EquipmentKind = EquipmentKind.LAIN
    serial: str = ""
    expected: int = 0
    damaged: int = 0  # how many of those present are damaged (condition rusak)


@dataclass(frozen=True)
class EventLine:
    at: time
    text: str


@dataclass(frozen=True)
class InstructionLine:
    id: int
    text: str
    given_by: str
    from_day: date


@dataclass(frozen=True)
class HandoverDraft:
    """Everything the handover form shows and edits. ``previous_id``, ``opening_balance``,
    ``previous_unsigned`` and ``instructions`` are worked out by the service (on saving too)."""

    day: date  # the day the outgoing shift started
    outgoing_shift: str
    incoming_day: date
    incoming_shift: str
    outgoing_regu_id: int | None = None
    incoming_regu_id: int | None = None
    outgoing_karupam_id: int | None = None
    incoming_karupam_id: int | None = None
    officers: tuple[OfficerLine, ...] = ()
    counts: tuple[CountLine, ...] = ()
    movements: tuple[Movement, ...] = ()
    equipment: tuple[EquipmentLine, ...] = ()
    events: tuple[EventLine, ...] = ()
    instructions: tuple[InstructionLine, ...] = ()
    difference_explanation: str = ""
    unsigned_previous_reason: str = ""
    id: int | None = None
    previous_id: int | None = None
    opening_balance: bool = False
    previous_unsigned: bool = False
    version: int | None = None  # of the saved handover the form was opened on


@dataclass(frozen=True)
class Signature:
    staff_id: int
    name: str
    at: datetime
    stand_in: bool = False  # signed by someone other than that side's Karupam
    role: str = ""  # acknowledgement only: "Ka KPR" or "Perwira Piket"
    on_paper: date | None = None  # signed on paper that day, recorded by the clerk
    scan_id: int | None = None  # the scan of the signed page


@dataclass(frozen=True)
class AddendumRecord:
    number: int
    reason: str
    text: str
    author: str  # the person's full name
    written_at: datetime
    author_identity: str = ""  # the author's NIP, grouped; "" when not in the staff registry


@dataclass(frozen=True)
class HandoverRecord:
    """A saved handover with everything the form and the printed report show."""

    draft: HandoverDraft
    status: HandoverStatus
    outgoing: ShiftType
    incoming: ShiftType
    outgoing_start: datetime
    change_at: datetime
    outgoing_regu: str
    incoming_regu: str
    names: Mapping[int, str]  # staff id → name, for everyone the handover names
    blocks: Mapping[int, str]
    categories: Mapping[int, str]
    tallies: Mapping[CountKey, Tally]
    differences: Mapping[CountKey, int]
    warnings: tuple[EquipmentWarning, ...]
    handed: Signature | None
    received: Signature | None
    acknowledged: Signature | None
    addenda: tuple[AddendumRecord, ...]
    document_id: int | None
    created_at: datetime
    created_by: str

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id

    @property
    def locked(self) -> bool:
        return self.status.locked


@dataclass(frozen=True)
class HandoverSummary:
    id: int
    day: date
    outgoing_shift: str
    incoming_shift: str
    outgoing_regu: str
    incoming_regu: str
    outgoing_karupam: str
    incoming_karupam: str
    status: HandoverStatus
    counted: int  # inmates counted at the handover, all blocks and categories
    has_difference: bool
    missing_equipment: bool
    addenda: int
    version: int = 1
