"""The roster's vocabulary: who is on which shift, at which post, and what keeps them away."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from rutan_desk.domain.nip import Gender


class AbsenceKind(StrEnum):
    CUTI = "cuti"  # leave
    SAKIT = "sakit"  # sick
    IZIN = "izin"  # permission
    DIKLAT = "diklat"  # training
    DINAS_LUAR = "dinas_luar"  # official travel

    @property
    def code(self) -> str:
        """What the roster shows on the person's day, on screen and on paper."""
        return _ABSENCE_CODES[self]

    @property
    def label(self) -> str:
        """The Indonesian word, as the sheet's legend prints it."""
        return _ABSENCE_LABELS[self]


# Distinct from each other and from the shift codes (P, S, M, L, Lb): "S" is siang, so sakit is
# "SK"; two letters cut from the word made diklat and dinas luar both "DI".
_ABSENCE_CODES: dict[AbsenceKind, str] = {
    AbsenceKind.CUTI: "C",
    AbsenceKind.SAKIT: "SK",
    AbsenceKind.IZIN: "I",
    AbsenceKind.DIKLAT: "DK",
    AbsenceKind.DINAS_LUAR: "DL",
}
_ABSENCE_LABELS: dict[AbsenceKind, str] = {
    AbsenceKind.CUTI: "Cuti",
    AbsenceKind.SAKIT: "Sakit",
    AbsenceKind.IZIN: "Izin",
    AbsenceKind.DIKLAT: "Diklat",
    AbsenceKind.DINAS_LUAR: "Dinas Luar",
}


def is_absence_code(code: str) -> bool:
    """Whether ``code`` reads as an absence (letter case aside): a shift code must not."""
    return code.strip().casefold() in {kind.code.casefold() for kind in AbsenceKind}


class EntrySource(StrEnum):
    GENERATED = "generated"  # planned by the generator; re-planned on regeneration
    MANUAL = "manual"  # typed or moved by the clerk; kept by regeneration
    PINNED = "pinned"  # explicitly fixed by the clerk; kept by regeneration


@dataclass(frozen=True)
class Duty:
    """One person on one shift starting on one day, at a post (or not yet placed)."""

    person_id: int
    day: date
    shift: str
    post_id: int | None = None
    source: EntrySource = EntrySource.GENERATED
    piket: bool = False  # staff added on a holiday or alert day, not the regu's rotation


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    gender: Gender
    external: bool = False
    karupam: bool = False
    active: bool = True
    status_since: date | None = None

    def available_on(self, day: date) -> bool:
        """An active person from their status date on; an inactive one only before it."""
        if self.active:
            return self.status_since is None or day >= self.status_since
        return self.status_since is not None and day < self.status_since


@dataclass(frozen=True)
class Post:
    id: int
    name: str
    minimum: dict[str, int] = field(default_factory=dict)  # shift code → guards needed
    # A women's post (the women's block, the body search of women visitors) is staffed by
    # women only, at least ``min_women`` of them on every shift it is manned.
    needs_woman: bool = False
    min_women: int = 1

    def manned_on(self, shift: str) -> bool:
        return self.minimum.get(shift, 0) > 0


@dataclass(frozen=True)
class Absence:
    person_id: int
    kind: AbsenceKind
    start: date
    end: date  # inclusive
    reference: str = ""

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end
