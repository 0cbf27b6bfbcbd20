"""Security incidents (gangguan kamtib): the words, the workflow and the rules of a record.

A record goes Draft → Dilaporkan → Ditangani → Selesai; a closed one can be reopened with a
reason (back to Ditangani). Approval by a Pimpinan (or recorded from paper) locks what it says:
after that, new facts are numbered supplements, never edits. Times are the office's wall clock
(WIB), as written in the report book.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from rutan_desk.domain.errors import FieldError


class Severity(StrEnum):
    RINGAN = "ringan"
    SEDANG = "sedang"
    BERAT = "berat"


class IncidentStatus(StrEnum):
    DRAFT = "draft"
    REPORTED = "reported"  # Dilaporkan
    HANDLED = "handled"  # Ditangani
    CLOSED = "closed"  # Selesai


STATUS_LABELS = {
    IncidentStatus.DRAFT: "Draf",
    IncidentStatus.REPORTED: "Dilaporkan",
    IncidentStatus.HANDLED: "Ditangani",
    IncidentStatus.CLOSED: "Selesai",
}

# The steps forward; a closed record goes back to HANDLED only by reopening (with a reason).
NEXT_STATUS = {
    IncidentStatus.DRAFT: IncidentStatus.REPORTED,
    IncidentStatus.REPORTED: IncidentStatus.HANDLED,
    IncidentStatus.HANDLED: IncidentStatus.CLOSED,
}


class PersonRole(StrEnum):
    PELAKU = "pelaku"
    KORBAN = "korban"
    SAKSI = "saksi"
    PELAPOR = "pelapor"


class PersonKind(StrEnum):
    INMATE = "inmate"  # by register number (the inmate registry)
    STAFF = "staff"  # from the staff registry (NIP or NRP)
    OUTSIDER = "outsider"  # a visitor, a worker: by name and identity card


class NotifyLevel(StrEnum):
    """The ladder: Karupam → Ka KPR (office hours) or perwira piket → Karutan → Kanwil;
    Polres when police help is called."""

    KARUPAM = "karupam"
    KA_KPR = "ka_kpr"
    PERWIRA_PIKET = "perwira_piket"
    KARUTAN = "karutan"
    KANWIL = "kanwil"
    POLRES = "polres"


NOTIFY_LABELS = {
    NotifyLevel.KARUPAM: "Karupam",
    NotifyLevel.KA_KPR: "Ka KPR",
    NotifyLevel.PERWIRA_PIKET: "Perwira Piket",
    NotifyLevel.KARUTAN: "Karutan",
    NotifyLevel.KANWIL: "Kanwil",
    NotifyLevel.POLRES: "Polres",
}


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


# The kamtib types an office starts with (a setting: the clerk adds and retires types).
DEFAULT_INCIDENT_TYPES: tuple[str, ...] = (
    "Pencurian/pemerasan/ancaman",
    "Perkelahian antar-WBP",
    "Pemberontakan/perlawanan terhadap petugas",
    "Kebakaran",
    "Unjuk rasa/mogok makan",
    "Pelarian",
    "Percobaan pelarian",
    "Bencana alam",
    "Serangan dari luar",
    "Penyelundupan barang terlarang",
    "Kematian",
    "Percobaan bunuh diri",
    "Kehilangan senjata api/amunisi/inventaris",
    "Lain-lain",
)
# The kind an incident opened from a handover's missing equipment is filed under.
EQUIPMENT_LOSS_TYPE = "Kehilangan senjata api/amunisi/inventaris"

# Places outside the blocks where things happen, offered beside the blocks of the handover.
OTHER_PLACES: tuple[str, ...] = (
    "P2U (pintu utama)",
    "Ruang kunjungan",
    "Dapur",
    "Klinik",
    "Masjid/gereja",
    "Lapangan",
    "Tembok luar",
    "Pos atas",
    "Kantor",
)

MAX_SUPPLEMENTS = 999
MAX_EVIDENCE_QUANTITY = 99_999  # of one item of evidence: more is a typing slip


@dataclass(frozen=True)
class Reopening:
    at: datetime
    reason: str


def time_errors(
    happened_at: datetime | None, reported_at: datetime | None, now: datetime
) -> list[FieldError]:
    """When it happened and when it was reported: neither in the future, reported not before
    it happened (``now`` is the office's wall clock, WIB)."""
    errors: list[FieldError] = []
    if happened_at is None:
        errors.append(FieldError("happened_at", "incident_time_required"))
    elif happened_at > now:
        errors.append(FieldError("happened_at", "incident_time_future"))
    if reported_at is None:
        errors.append(FieldError("reported_at", "incident_time_required"))
    elif reported_at > now:
        errors.append(FieldError("reported_at", "incident_time_future"))
    elif happened_at is not None and happened_at <= now and reported_at < happened_at:
        # (a time of happening in the future is the mistake to show, not this consequence)
        errors.append(FieldError("reported_at", "incident_reported_before_happened"))
    return errors


def step_errors(current: IncidentStatus, target: IncidentStatus) -> list[FieldError]:
    """Whether ``current`` may move to ``target`` (one step forward; reopening is separate)."""
    if NEXT_STATUS.get(current) != target:
        return [
            FieldError(
                "status",
                "incident_step_not_allowed",
                {"current": STATUS_LABELS[current], "target": STATUS_LABELS[target]},
            )
        ]
    return []


def reopen_errors(current: IncidentStatus, reason: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if current != IncidentStatus.CLOSED:
        errors.append(FieldError("status", "incident_reopen_not_closed"))
    if not reason.strip():
        errors.append(FieldError("reason", "incident_reopen_reason_required"))
    return errors


def next_supplement_number(existing: Iterable[int]) -> int:
    """Supplements are numbered 1, 2, … per incident, in the order they were written."""
    return max(existing, default=0) + 1


# The incident's own number (``domain.numbering`` placeholders), per year, set in the settings.
DEFAULT_NUMBER_PATTERN = "KMT.{nomor:03d}/{bulan_romawi}/{tahun}"
