"""What an incident form holds and what a saved incident shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rutan_desk.domain.incidents import (
    IncidentStatus,
    NotifyLevel,
    PersonKind,
    PersonRole,
    Severity,
    TaskStatus,
)


@dataclass(frozen=True)
class PersonLine:
    role: PersonRole
    kind: PersonKind
    inmate_id: int | None = None
    staff_id: int | None = None
    name: str = ""  # an outsider's name (for inmates and staff: filled in when read)
    identity: str = ""  # an outsider's NIK or card; the register number or NIP when read
    note: str = ""


@dataclass(frozen=True)
class ActionLine:
    at: datetime  # WIB
    text: str
    staff_id: int | None = None
    staff_name: str = ""  # filled in when read


@dataclass(frozen=True)
class NotificationLine:
    level: NotifyLevel
    whom: str
    at: datetime  # WIB
    how: str = ""  # telepon, HT, langsung, surat, WhatsApp


@dataclass(frozen=True)
class CustodyLine:
    holder: str
    since: datetime  # WIB
    place: str = ""


@dataclass(frozen=True)
class EvidenceLine:
    description: str
    quantity: int = 1
    note: str = ""
    custody: tuple[CustodyLine, ...] = ()
    id: int | None = None  # the saved line (custody is appended to it after approval)


@dataclass(frozen=True)
class TaskLine:
    text: str
    owner_id: int | None = None
    due_on: date | None = None
    status: TaskStatus = TaskStatus.OPEN
    owner_name: str = ""  # filled in when read
    id: int | None = None


@dataclass(frozen=True)
class AttachmentLine:
    attachment_id: int
    caption: str = ""
    file_name: str = ""  # filled in when read
    media_type: str = ""
    size: int = 0


@dataclass(frozen=True)
class IncidentDraft:
    """The form. ``id`` None: a new record (its number is given when first saved)."""

    type_id: int | None
    severity: Severity
    happened_at: datetime | None  # WIB
    reported_at: datetime | None  # WIB
    summary: str
    block_id: int | None = None
    room: str = ""
    other_place: str = ""
    chronology: str = ""
    injuries: str = ""
    damage: str = ""
    people: tuple[PersonLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()
    notifications: tuple[NotificationLine, ...] = ()
    evidence: tuple[EvidenceLine, ...] = ()
    tasks: tuple[TaskLine, ...] = ()
    attachments: tuple[AttachmentLine, ...] = ()
    handover_id: int | None = None
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class OnDuty:
    """Who was on duty at a moment, from the roster."""

    day: date | None = None
    shift_code: str = ""
    regu_id: int | None = None
    regu_name: str = ""
    karupam_id: int | None = None
    karupam_name: str = ""


@dataclass(frozen=True)
class Approval:
    staff_id: int
    name: str
    at: datetime  # WIB
    on_paper: date | None = None
    scan_id: int | None = None


@dataclass(frozen=True)
class SupplementRecord:
    number: int
    text: str
    author: str
    written_at: datetime  # UTC


@dataclass(frozen=True)
class ReopeningRecord:
    reason: str
    author: str
    written_at: datetime  # UTC


@dataclass(frozen=True)
class IncidentRecord:
    draft: IncidentDraft
    number: str
    status: IncidentStatus
    type_name: str
    place: str  # "Blok A, kamar 3" or the other place
    on_duty: OnDuty
    approval: Approval | None = None
    supplements: tuple[SupplementRecord, ...] = ()
    reopenings: tuple[ReopeningRecord, ...] = ()
    created_at: datetime | None = None

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id

    @property
    def locked(self) -> bool:
        """Approved: what it says is corrected only by supplements."""
        return self.approval is not None


@dataclass(frozen=True)
class IncidentSummary:
    """A row of the list."""

    id: int
    number: str
    happened_at: datetime
    type_name: str
    severity: Severity
    place: str
    summary: str
    status: IncidentStatus
    approved: bool
    shift_code: str
    regu_name: str
    version: int
