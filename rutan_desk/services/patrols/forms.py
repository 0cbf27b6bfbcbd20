"""What a patrol visit form holds and what a saved visit shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rutan_desk.domain.patrols import VISIT_KIND_LABELS, VisitKind


@dataclass(frozen=True)
class OfficerLine:
    """An officer who came: ``staff_id`` from the registry's external personnel, or written
    by name, rank and NRP."""

    staff_id: int | None = None
    name: str = ""  # someone not in the registry (filled in when read for the others)
    rank: str = ""
    nrp: str = ""


@dataclass(frozen=True)
class PatrolVisitDraft:
    """The form. ``id`` None: a new record."""

    arrived_at: datetime | None  # WIB
    agency: str  # Polres Blora
    received_by_id: int | None  # the Rutan officer who received them
    kind: VisitKind = VisitKind.SAMBANG
    left_at: datetime | None = None  # WIB; None while not known
    unit: str = ""  # Sat Samapta
    areas_checked: str = ""
    note: str = ""
    officers: tuple[OfficerLine, ...] = ()
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class PatrolVisitRecord:
    draft: PatrolVisitDraft
    received_by_name: str
    created_at: datetime | None = None  # UTC

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id

    @property
    def kind_label(self) -> str:
        return VISIT_KIND_LABELS[self.draft.kind]


@dataclass(frozen=True)
class PatrolVisitSummary:
    """A row of the list, and a visit of a period's recap."""

    id: int
    kind: VisitKind
    arrived_at: datetime
    left_at: datetime | None
    agency: str
    unit: str
    officers: tuple[str, ...]  # "Aipda Agus Wibowo"
    areas_checked: str
    received_by_name: str
    version: int

    @property
    def kind_label(self) -> str:
        return VISIT_KIND_LABELS[self.kind]

    @property
    def agency_unit(self) -> str:
        """``Polres Blora / Sat Samapta``."""
        return f"{self.agency} / {self.unit}" if self.unit else self.agency
