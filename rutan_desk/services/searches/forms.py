"""What a search form holds and what a saved search shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rutan_desk.domain.searches import (
    DEFAULT_UNIT,
    FINDING_ITEM_LABELS,
    SEARCH_KIND_LABELS,
    Disposition,
    FindingItem,
    SearchKind,
    words_list,
)


@dataclass(frozen=True)
class MemberLine:
    """A member of the team: ``staff_id`` from the registry (own staff or external
    personnel), or someone written by name, rank, NRP and agency."""

    staff_id: int | None = None
    name: str = ""  # someone not in the registry (filled in when read for the others)
    rank: str = ""
    nrp: str = ""  # or NIP, when read for own staff
    agency: str = ""


@dataclass(frozen=True)
class PlaceLine:
    """A block (and room) searched, or another place."""

    block_id: int | None = None
    room: str = ""
    other_place: str = ""
    place: str = ""  # "Blok A, kamar 3" (filled in when read)


@dataclass(frozen=True)
class FindingLine:
    item: FindingItem
    quantity: int = 1
    unit: str = DEFAULT_UNIT
    description: str = ""
    block_id: int | None = None
    room: str = ""
    other_place: str = ""
    owner_id: int | None = None  # the inmate it belonged to, when known
    photo_id: int | None = None  # an attachment
    disposition: Disposition = field(default_factory=Disposition)  # kept, until decided
    id: int | None = None  # the saved line: a finding keeps its id (and its incident) on edits
    # Filled in when read:
    incident_id: int | None = None
    incident_number: str = ""
    owner_name: str = ""
    owner_register_number: str = ""
    place: str = ""

    @property
    def item_label(self) -> str:
        return FINDING_ITEM_LABELS[self.item]


@dataclass(frozen=True)
class SearchDraft:
    """The form. ``id`` None: a new record."""

    kind: SearchKind
    started_at: datetime | None  # WIB
    leader_id: int | None  # who led it
    ended_at: datetime | None = None  # WIB; None while not known
    agencies: tuple[str, ...] = ()  # joint with (TNI, Polri, BNN)
    order_document_id: int | None = None  # the surat perintah in the letter register
    note: str = ""
    team: tuple[MemberLine, ...] = ()
    places: tuple[PlaceLine, ...] = ()
    findings: tuple[FindingLine, ...] = ()
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class SearchRecord:
    draft: SearchDraft
    leader_name: str
    order_number: str  # "" without an order from the register
    created_at: datetime | None = None  # UTC

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id

    @property
    def kind_label(self) -> str:
        return SEARCH_KIND_LABELS[self.draft.kind]

    @property
    def joint_with(self) -> str:
        """``TNI, Polri dan BNN`` ("" for the Rutan's own search)."""
        return words_list(self.draft.agencies)


@dataclass(frozen=True)
class SearchSummary:
    """A row of the list."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    kind: SearchKind
    agencies: tuple[str, ...]
    places: str  # "Blok A, kamar 3; Dapur"
    leader_name: str
    findings: int  # lines found
    items: int  # the quantities added up
    version: int

    @property
    def kind_label(self) -> str:
        return SEARCH_KIND_LABELS[self.kind]


@dataclass(frozen=True)
class FindingSummary:
    """A finding with its search, for the monthly recap, the berita acara of a destruction
    and the incident it opened."""

    id: int
    search_id: int
    search_version: int  # what a change of its fate is checked against
    searched_at: datetime  # when the search began (WIB)
    search_kind: SearchKind
    item: FindingItem
    description: str
    quantity: int
    unit: str
    place: str
    owner_id: int | None
    owner_name: str
    owner_register_number: str
    disposition: Disposition
    incident_id: int | None
    incident_number: str

    @property
    def item_label(self) -> str:
        return FINDING_ITEM_LABELS[self.item]

    @property
    def day(self) -> date:
        return self.searched_at.date()
