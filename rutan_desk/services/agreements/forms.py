"""What the forms of the agreements tab hold (partners, agreements, obligations, evidence,
coordination) and what the tab reads back (the list's rows, a whole agreement, the chain of
renewals, the warnings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rutan_desk.domain.agreements import (
    KIND_LABELS,
    KIND_SHORT_LABELS,
    OBLIGATION_STATUS_LABELS,
    RECURRENCE_LABELS,
    STATUS_LABELS,
    AgreementKind,
    AgreementStatus,
    ObligationStatus,
    Period,
    PeriodEvidence,
    Recurrence,
    Responsible,
)

# -- partners -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactLine:
    name: str
    position: str = ""
    rank: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PartnerDraft:
    """The partner form. ``id`` None: a new partner."""

    name: str  # Kepolisian Resor Blora
    short_name: str = ""  # Polres Blora
    address: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    contacts: tuple[ContactLine, ...] = ()
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class PartnerRecord:
    draft: PartnerDraft
    retired: bool

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id


@dataclass(frozen=True)
class PartnerSummary:
    id: int
    name: str
    short_name: str
    phone: str
    retired: bool
    agreements: int  # agreements naming it as a party
    version: int

    @property
    def label(self) -> str:
        """The short name where there is one (lists), else the name."""
        return self.short_name or self.name


# -- agreements -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyLine:
    """A party, in the order of the text: our unit (``partner_id`` None) or a partner, with
    the number it gave the document and who signed for it."""

    partner_id: int | None
    document_number: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_id_number: str = ""  # NIP or NRP
    name: str = ""  # filled in when read: the partner's, or our unit's

    @property
    def own(self) -> bool:
        return self.partner_id is None


@dataclass(frozen=True)
class AgreementDraft:
    """The agreement form. ``id`` None: a new agreement (a draft until finalised). For an
    addendum ``parent_id`` is the agreement it amends and ``valid_to`` the new last day it
    sets for it (None: the end stays)."""

    kind: AgreementKind
    title: str
    parties: tuple[PartyLine, ...] = ()
    place_signed: str = ""
    signed_on: date | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    until_revoked: bool = False
    scope: tuple[str, ...] = ()  # the fields of the ruang lingkup, in order
    parent_id: int | None = None  # the MoU a PKS implements, the agreement an addendum amends
    note: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class ScanLine:
    id: int
    attachment_id: int
    caption: str
    file_name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class AgreementLink:
    """Another agreement as an agreement shows it: in its chain of renewals, as its parent,
    as one of its addenda."""

    id: int
    kind: AgreementKind
    title: str
    signed_on: date | None
    valid_from: date | None
    ends_on: date | None
    until_revoked: bool
    status: AgreementStatus

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def kind_label(self) -> str:
        return KIND_SHORT_LABELS[self.kind]


@dataclass(frozen=True)
class AgreementSummary:
    """A row of the tab's list."""

    id: int
    kind: AgreementKind
    title: str
    partners: tuple[str, ...]  # their short names, in the order of the parties
    numbers: tuple[str, ...]  # the parties' document numbers, as given
    signed_on: date | None
    valid_from: date | None
    ends_on: date | None  # the effective last day (after the addenda)
    until_revoked: bool
    status: AgreementStatus
    days_left: int | None  # to the last day (negative after it; None: until revoked)
    open_obligations: int
    parent_id: int | None
    predecessor_id: int | None
    version: int

    @property
    def kind_label(self) -> str:
        return KIND_SHORT_LABELS[self.kind]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class ObligationSummary:
    """An obligation as the agreement shows it."""

    id: int
    text: str
    responsible: Responsible
    responsible_name: str  # our unit, the partner's short name, or "Bersama"
    owner: str
    recurrence: Recurrence
    due_on: date | None
    status: ObligationStatus
    overdue: bool
    evidence_count: int
    evidence_agency: str
    carried_from_id: int | None
    version: int

    @property
    def status_label(self) -> str:
        return OBLIGATION_STATUS_LABELS[self.status]

    @property
    def recurrence_label(self) -> str:
        return RECURRENCE_LABELS[self.recurrence]


@dataclass(frozen=True)
class AgreementRecord:
    """One agreement, whole."""

    draft: AgreementDraft
    status: AgreementStatus
    ends_on: date | None  # effective, after the addenda
    days_left: int | None
    revoked_on: date | None
    revoked_reason: str
    predecessor_id: int | None
    successor_id: int | None  # its renewal (a draft or finalised)
    parent: AgreementLink | None
    addenda: tuple[AgreementLink, ...]
    implementing: tuple[AgreementLink, ...]  # agreements (PKS) under this one (an MoU)
    scans: tuple[ScanLine, ...]
    obligations: tuple[ObligationSummary, ...]
    coordination: tuple[CoordinationSummary, ...]
    created_at: datetime | None

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id

    @property
    def is_draft(self) -> bool:
        return self.status is AgreementStatus.DRAFT

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.draft.kind]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


# -- obligations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ObligationDraft:
    """The obligation form. ``due_on`` is a one-off's; ``starts_on`` a recurring one's first
    period (None: from the agreement's first day). The patrol visits of ``evidence_agency``
    (as the visit book writes it: ``Polres Blora``) count as its evidence."""

    agreement_id: int
    text: str
    responsible: Responsible = Responsible.OWN
    partner_id: int | None = None  # the partner responsible, when it is a partner's
    owner: str = ""
    recurrence: Recurrence = Recurrence.NONE
    due_on: date | None = None
    starts_on: date | None = None
    status: ObligationStatus = ObligationStatus.BELUM
    evidence_agency: str = ""
    note: str = ""
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class EvidenceDraft:
    """Evidence that the obligation was carried out on ``done_on``: a note, a file (name and
    bytes: PDF, PNG or JPEG), or a patrol visit; at least one of them."""

    done_on: date | None
    note: str = ""
    file_name: str = ""
    file_data: bytes = b""
    patrol_visit_id: int | None = None


@dataclass(frozen=True)
class EvidenceLine:
    id: int
    done_on: date
    note: str
    attachment_id: int | None
    file_name: str
    patrol_visit_id: int | None
    patrol_visit: str  # "Polres Blora / Sat Samapta, 01-02-2024 01.15" when linked


@dataclass(frozen=True)
class ObligationRecord:
    draft: ObligationDraft
    agreement_title: str
    responsible_name: str
    overdue: bool
    evidence: tuple[EvidenceLine, ...]
    # A recurring obligation's periods with their evidence (entered and patrol visits).
    periods: tuple[PeriodEvidence, ...]
    gaps: tuple[Period, ...]

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id


# -- coordination ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeLine:
    """Someone who attended: of the staff registry (``staff_id``), or written by name."""

    staff_id: int | None = None
    name: str = ""  # filled in when read for the registry's
    position: str = ""


@dataclass(frozen=True)
class FollowUpLine:
    text: str
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None
    id: int | None = None  # the saved line (for marking it done)


@dataclass(frozen=True)
class CoordinationDraft:
    """A meeting or visit with partners. ``id`` None: a new entry."""

    held_on: date | None
    subject: str
    partner_ids: tuple[int, ...] = ()
    place: str = ""
    outcome: str = ""
    agreement_id: int | None = None
    attendees: tuple[AttendeeLine, ...] = ()
    follow_ups: tuple[FollowUpLine, ...] = ()
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class CoordinationRecord:
    draft: CoordinationDraft
    partners: tuple[str, ...]
    agreement_title: str
    created_at: datetime | None

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id


@dataclass(frozen=True)
class CoordinationSummary:
    id: int
    held_on: date
    place: str
    subject: str
    partners: tuple[str, ...]
    agreement_id: int | None
    agreement_title: str
    open_follow_ups: int
    version: int


# -- warnings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpiringAgreement:
    id: int
    kind: AgreementKind
    title: str
    partners: tuple[str, ...]
    ends_on: date
    days_left: int
    renewal_draft_id: int | None  # a renewal begun and not yet finalised


@dataclass(frozen=True)
class OverdueObligation:
    id: int
    agreement_id: int
    agreement_title: str
    text: str
    owner: str
    recurrence: Recurrence
    due_on: date | None  # a one-off's
    missed: Period | None  # a recurring one's last period without evidence


@dataclass(frozen=True)
class OverdueFollowUp:
    id: int
    coordination_id: int
    held_on: date
    subject: str
    text: str
    owner: str
    due_on: date


@dataclass(frozen=True)
class AgreementWarnings:
    """What to warn of. The late obligations and follow-ups list the most overdue first, at
    most ``WARNING_ITEMS`` of each (a long neglected register would otherwise flood the
    panel); their ``*_total`` count them all."""

    window_days: int
    expiring: tuple[ExpiringAgreement, ...]
    overdue_obligations: tuple[OverdueObligation, ...]
    overdue_follow_ups: tuple[OverdueFollowUp, ...]
    overdue_obligations_total: int = 0
    overdue_follow_ups_total: int = 0

    @property
    def count(self) -> int:
        """The number on the tab's badge."""
        return len(self.expiring) + self.overdue_obligations_total + self.overdue_follow_ups_total


@dataclass(frozen=True)
class AgreementSettings:
    warning_days: int
    version: int  # 0: never saved (the default window)
